"""hd-01-nact-diploma-supplement: build script.

Provider (invented): NACT Professional Learning, the professional development
unit of the National Association of Class Teachers (a national teachers' union
that runs CPD for its members), with the University of Brinscombe, which
validates and awards the Postgraduate Certificate in Special Educational Needs
Coordination (National Award for SEN Coordination). January 2009.

Document kind and layout: the union sends, as its application, the SPECIMEN
DIPLOMA SUPPLEMENT the University will issue to every member who completes the
course, in the European Diploma Supplement format (sections 1-8 with the
format's own numbered fields 1.1-8), under a covering letter typed as a
letterhead with manual line breaks, with a "Section 9: Notes for the approval
panel" added by the union. Heading styles for the eight sections; the fields
are two-column label/value tables (the label column shaded) whose numbers
collide with requirement ids ("3.1 Level of qualification", "3.2 Official
length of programme", "3.3 Access requirements", "4.1 Mode of study",
"4.2 Programme requirements", "4.3 Programme details", "5.1 Access to further
study", "5.2 Professional status"). The outcomes sit in 4.3, unit by unit, as
the University's transcript tables (one with a merged title row) followed by
"Learning outcomes demonstrated" lists in the University's third-person voice
("The holder has ...") and "Also studied (not separately assessed)" lists.
Section 8 is the standard boilerplate on the UK higher education system.
Placeholders for the holder's details, marks and certification; a header and a
footer with a PAGE field; tracked changes by the University registry; Word
comments; two footnotes.

Traps (requirement ids):
- Numbering collisions: "3.1 Level of qualification" is not equality (3.1),
  "3.3 Access requirements" is not e-learning (3.3), "4.1"-"4.3" are the
  Supplement's fields, not stakeholders (4.1-4.3); "5.2 Professional status"
  is not entry systems (5.2).
- Section 8 boilerplate ("Institutions ... external examiners") is the national
  system, not the provider's QA; 5.1 and 5.8 are met from 4.4 and Section 9.
- 5.3 not_met: CRB checks are left to the employer; "NACT Professional Learning
  and the University do not see or record disclosures". A comment asks whether
  they should check (comments never count).
- 2.3 not_met: "there is no assessment-only route".
- 4.3 not_met: stakeholders in evaluation only hoped for ("hope to invite some
  to join the Course Committee"); the sentence saying the Heads' Panel will sit
  on the Course Committee is a deleted tracked change; a comment too.
- 6.S2d not_met: access arrangements for tests and examinations are a deleted
  tracked change in Unit 2's assessed list.
- 6.K4 not_met: child development appears nowhere except a comment.
- 5.8 met: second marking is an inserted tracked change (counts), plus the
  external examiner.
- 1.1 partially_met: the aim is attainment only ("raises the attainment").
- 1.5 partially_met / 6.S7 partially_met: pupil voice only "Also studied (not
  separately assessed)" in Unit 2.
- 6.A3, 6.A7, 6.S2c partially_met: "Also studied (not separately assessed)".
- 6.K9 partially_met: the online task "Who else can help?" is formative only.
- 1.9 partially_met: the Supplement's own lists leave outcomes not assessed.
- 2.2 partially_met: a Starting Point self-review against the outcomes decides
  which workshops come first; no individual plan or personalised outcomes.
- 2.5 partially_met: only the qualification's "Access to further study" and a
  mailing of course details.
- 5.5 partially_met: specialist guest tutors, but "NACT does not arrange
  placements".
- 5.7 partially_met: tutors inducted and standardised; the Workplace
  Supporter's role is "left to each school to decide".
- 5.9 partially_met: confidence self-ratings before and after; "We do not
  attempt to measure the effect on pupils' achievement".
- 6.0 met: 4.2's rule that the National Award is conferred only when the
  Outcome Record shows every national outcome demonstrated.
- Header/footer ("SPECIMEN", "Registry use only") are never evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _hd_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "hd-01-nact-diploma-supplement"
REG = "Registry - J. Pelham"
D1 = "2009-01-12T10:14:00Z"

d = new_doc(font="Times New Roman", size=11)
header_footer(d, "UNIVERSITY OF BRINSCOMBE  |  DIPLOMA SUPPLEMENT  |  SPECIMEN - NOT VALID AS A RECORD OF ACHIEVEMENT",
              "Supplement ref. DS/PGC-SENCO/2009/SPEC  -  Registry use only")

# ---------------- covering letter ----------------
lines(d, ["**NACT Professional Learning**",
          "National Association of Class Teachers",
          "Class Teachers' House, 14 Wardour Row, London WC1X 8QT",
          "Telephone 020 7946 0132   professional.learning@nact.org.uk"], size=10)
p(d, "16 January 2009")
lines(d, ["SENCO Training Approvals", "Training and Development Agency for Schools", "151 Buckingham Palace Road",
          "London SW1W 9SZ"])
p(d, "Dear Colleagues")
p(d, "**Application for approval: National Award for SEN Coordination**", )
p(d, "NACT Professional Learning is the professional development unit of the National Association of Class "
     "Teachers. We run continuing professional development for our members in every region of England, and in "
     "2007-08 some 2,300 members took one of our courses. This application is for the course we now run with the "
     "University of Brinscombe for members who are new to the role of SENCO.")
p(d, "Rather than write a fresh account of the course, we enclose the specimen Diploma Supplement that the "
     "University will issue to every member who completes it. The Supplement follows the European format, so its "
     "numbered fields (1.1 to 8) are the University's and not the numbering of your specification. It describes "
     "exactly what a holder has studied, how each part was assessed and what the award allows the holder to do "
     "next. We have added a Section 9 at the end, in our own words, on the matters the Supplement does not cover: "
     "how the course came about, how members are supported, who teaches it and how we check its quality.")
p(d, "We should be pleased to answer any questions. Our first cohort of 96 members began in September 2008 at "
     "four regional centres, and a second cohort will start in January 2009.")
p(d, "Yours faithfully")
lines(d, ["Helen Marchbank", "Head of Professional Learning, NACT"])
d.add_page_break()

# ---------------- the supplement ----------------
p(d, "UNIVERSITY OF BRINSCOMBE", bold=True, size=14, align="center")
p(d, "DIPLOMA SUPPLEMENT", bold=True, size=16, align="center")
p(d, "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination)",
  italic=True, align="center")
p(d, "This Diploma Supplement model was developed by the European Commission, Council of Europe and UNESCO/CEPES. "
     "The purpose of the supplement is to provide sufficient independent data to improve the international "
     "transparency and fair academic and professional recognition of qualifications (diplomas, degrees, "
     "certificates etc.). It is designed to provide a description of the nature, level, context, content and "
     "status of the studies that were pursued and successfully completed by the individual named on the original "
     "qualification to which this supplement is appended. It should be free from any value judgements, "
     "equivalence statements or suggestions about recognition. Information in all eight sections should be "
     "provided. Where information is not provided, an explanation should give the reason why.", size=9, italic=True)


def fields(rows):
    t = table(d, [["Field", "Entry"]] + rows, widths=[5.2, 11.5], header_fill="BFBFBF")
    for r in t.rows[1:]:
        shade(r.cells[0], "F2F2F2")
    d.add_paragraph()
    return t


h(d, "1  Information identifying the holder of the qualification", 1)
fields([["1.1 Family name(s)", "[FAMILY NAME]"],
        ["1.2 Given name(s)", "[GIVEN NAMES]"],
        ["1.3 Date of birth (dd/mm/yyyy)", "[DD/MM/YYYY]"],
        ["1.4 Student identification number or code", "[BRN student number]  /  NACT membership number [ ]"]])

h(d, "2  Information identifying the qualification", 1)
fields([["2.1 Name of qualification and title conferred",
         "Postgraduate Certificate in Special Educational Needs Coordination (PGCert SENCO). The certificate "
         "carries the National Award for SEN Coordination. Holders may use the letters PGCert (Brins)."],
        ["2.2 Main field(s) of study for the qualification",
         "Special educational needs and disability; leadership of provision for pupils with SEN in schools."],
        ["2.3 Name and status of awarding institution",
         "University of Brinscombe, a public university established by Royal Charter with powers to award "
         "taught and research degrees. The programme was validated by the University's Faculty of Education "
         "Validation Panel on 12 June 2008 for a period of five years, and the University awards the "
         "qualification and issues this Supplement."],
        ["2.4 Name and status of institution administering studies",
         "NACT Professional Learning, the professional development unit of the National Association of Class "
         "Teachers, an approved collaborative partner of the University of Brinscombe under a Memorandum of "
         "Cooperation dated 30 June 2008. NACT Professional Learning teaches the programme; the University "
         "sets and holds the academic standards, appoints the external examiner and confers the award."],
        ["2.5 Language(s) of instruction/examination",
         "English. British Sign Language interpretation is provided at Saturday Schools for holders who ask for "
         "it, and assessed work may be submitted in an agreed alternative format."]])

h(d, "3  Information on the level of the qualification", 1)
t = fields([["3.1 Level of qualification",
             "Level 7 (Masters) of the Framework for Higher Education Qualifications in England, Wales and "
             "Northern Ireland. The programme carries 60 credits at Level 7."],
            ["3.2 Official length of programme",
             "One academic year part time (September to July, or January to December). The maximum period of "
             "registration is two years."],
            ["3.3 Access requirements",
             "Qualified Teacher Status; employment as a teacher in a maintained school, academy or non-maintained "
             "special school in England, in the role of SENCO or designated by the headteacher to take it up; a "
             "nomination form signed by the headteacher. Every applicant has a Starting Point telephone interview "
             "with a NACT tutor, who checks the applicant's role, experience and current knowledge against the "
             "course's entry profile. Applicants who are not yet ready are given written advice on what to do "
             "first (usually the NACT one-day course Introducing the SENCO Role) and the tutor discusses the "
             "advice with the headteacher.\n"
             "Holders are employed teachers. Enhanced CRB disclosure is a matter for the employing authority or "
             "school; NACT Professional Learning and the University do not see or record disclosures."]])
footnote(d, t.cell(1, 1).paragraphs[0], "60 UK credits are equivalent to 30 ECTS credits.")
comment(d, t.cell(3, 1).paragraphs[1].runs,
        "Should we be checking CRB ourselves? The TDA specification, para 26, seems to expect it. HM",
        "Helen Marchbank", "HM")

h(d, "4  Information on the contents and results gained", 1)
fields([["4.1 Mode of study",
         "Part time, blended. The programme combines six Saturday Schools at NACT regional centres (Leeds, "
         "Birmingham, Bristol and London), directed study on NACT Learning Online between Saturday Schools, and "
         "a workplace enquiry in the holder's own school. Holders may start in September or January and may "
         "attend any Saturday School at any of the four centres, so a missed Saturday can be made up at another "
         "centre in the same term. The units may be taken in either order after Unit 1.\n"
         "On NACT Learning Online each holder belonged to a tutor group of about twelve with a named tutor, who "
         "answers forum posts and e-mails within two working days. A live online tutorial (the Tuesday "
         "Twilight) runs each fortnight between Saturday Schools, and each holder works in a study trio with "
         "two other members who review each other's drafts on the trio's own forum. Tutors and headteachers "
         "exchange progress reports through the platform's school link page each term."],
        ["4.2 Programme requirements",
         "The programme aims to develop teachers who will lead provision that raises the attainment of pupils "
         "with special educational needs and disabilities in their schools.\n"
         "To be awarded the Postgraduate Certificate the holder must pass each of the three 20-credit units, "
         "with every assessed component marked at 50 per cent or above. The National Award for SEN "
         "Coordination is conferred only where, in addition, the holder's Outcome Record shows each of the "
         "national minimum outcomes for SENCOs as demonstrated, signed by the unit tutor and confirmed by the "
         "Assessment Board. A holder who passes all three units but has any outcome not signed off is awarded "
         "the Postgraduate Certificate in Professional Studies (Education) instead, without the National "
         "Award."]])

p(d, "4.3 Programme details (e.g. modules or units studied), and the individual grades/marks/credits obtained",
  bold=True)
p(d, "Each unit is shown below with its assessed components, followed by the learning outcomes the holder "
     "demonstrated in that unit's assessment and the topics also studied in the unit but not separately "
     "assessed.")


def unit_table(code, title, comps):
    rows = [[f"{code}  {title}", None, None, None],
            ["Component", "Description", "Weight", "Mark"]] + comps
    t = table(d, rows, widths=[2.2, 10.0, 1.8, 2.2], header_fill=None, size=9.5)
    top = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(top, f"{code}  {title}   (20 credits, Level 7)", bold=True)
    shade(top, "BFBFBF")
    for c in t.rows[1].cells:
        shade(c, "E7E6E6")
        for r in c.paragraphs[0].runs:
            r.bold = True
    d.add_paragraph()
    return t


# Unit 1
p(d, "Unit 1", bold=True, size=12)
unit_table("BRN7401", "The SENCO, the Law and the School", [
    ["A1", "Policy Commentary (3,000 words): a critical commentary on the holder's school SEN policy and "
           "practice against the SEN Code of Practice (2001), the Disability Discrimination Act 1995 as amended "
           "in 2005, the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 and "
           "Every Child Matters, ending with recommendations addressed to the governing body and senior "
           "leadership team.", "60%", "[  ]"],
    ["A2", "Presentation (15 minutes, recorded) to the school's senior leadership team on the role of the "
           "SENCO in the school, followed by questions; the recording and the holder's notes are assessed.",
     "40%", "[  ]"]])
p(d, "Learning outcomes demonstrated (assessed in A1 and A2). The holder has:", italic=True)
for s in [
    "shown knowledge and understanding of the law and guidance on special educational needs, including the "
    "policies and procedures of the SEN Code of Practice, what they mean for the school, the SENCO and others, "
    "and how to put them into practice (A1);",
    "shown knowledge of the Disability Discrimination Act duties, including the disability equality duty, and of "
    "the actions the school must take to support disabled pupils, through a review of the school's disability "
    "equality scheme and accessibility plan (A1);",
    "explained the five Every Child Matters outcomes and how the SENCO helps pupils with SEN to achieve them (A1);",
    "used the principles of school self-evaluation to judge how well the school's self-evaluation form "
    "reports and improves outcomes for pupils with SEN (A1);",
    "advised the governing body and senior colleagues on the strategic development of inclusive policy, "
    "priorities and the use of resources, through the commentary's recommendations (A1);",
    "sought the commitment of the headteacher and senior leaders to improving outcomes for pupils with SEN "
    "(A2);",
    "expressed ideas clearly in speech and in writing, and listened and responded to the views of others in "
    "the question session (A1, A2)."]:
    bullet(d, s)
p(d, "Also studied (not separately assessed):", italic=True)
for s in ["managing the SENCO workload: prioritising, managing time and delegating tasks to colleagues;",
          "keeping up to date: the NACT SEN Members' Network, professional journals and planning one's own "
          "continuing professional development on SEN and disability."]:
    bullet(d, s)

# Unit 2
p(d, "Unit 2", bold=True, size=12)
unit_table("BRN7402", "Teaching, Learning and Assessment for Pupils with SEN", [
    ["B1", "Pupil Case Study (4,000 words): the identification and assessment of one pupil with SEN in the "
           "holder's school, the targets set, the intervention planned and taught, a meeting with the pupil's "
           "parents or carers, and a review of progress after at least eight weeks.", "70%", "[  ]"],
    ["B2", "Assessment Toolkit (online task): an annotated, critical review of six assessment and teaching "
           "tools and resources, at least two of them ICT-based, for pupils with different types of SEN.",
     "30%", "[  ]"]])
p(d, "Learning outcomes demonstrated (assessed in B1 and B2). The holder has:", italic=True)
for s in [
    "shown knowledge of the most common types of SEN and disability (behavioural, emotional and social "
    "difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, "
    "autistic spectrum disorders and moderate learning difficulties) and of how each affects learning (B1, B2);",
    "shown a critical understanding of approaches, strategies and resources for assessment, planning, teaching "
    "and learning, including ICT, and of how to use them to remove barriers and personalise provision (B2);",
    "identified a pupil who may have SEN using observation, data and assessment, set challenging targets, "
    "planned an intervention and reviewed the pupil's progress (B1);",
    "used assessments from a range of professionals (educational psychologist, speech and language therapist, "
    "specialist teacher) to shape teaching approaches for the pupil (B1);",
    "used summative assessment, including national test results and P scales, to track the pupil's progress "
    "and change the programme (B1);"]:
    bullet(d, s)
par = d.add_paragraph(style="List Bullet")
add_del(par, "identified in good time the access arrangements the pupil needs for national tests and "
             "examinations, and worked with colleagues to put them in place (B1);", REG, D1)
for s in [
    "established a fair, respectful and constructive relationship with the pupil and with the pupil's parents "
    "or carers, and liaised with the parents to promote the pupil's learning (B1);",
    "anticipated and resolved problems and made well-founded judgements about the pupil's provision (B1);",
    "drawn on research evidence, best practice and external advice in planning the intervention (B1, B2)."]:
    bullet(d, s)
p(d, "Also studied (not separately assessed):", italic=True)
for s in ["pupil voice and person-centred reviews: involving pupils in planning, agreeing and reviewing their "
          "own provision;",
          "assessment for learning: encouraging other teachers to use formative assessment with pupils with SEN."]:
    bullet(d, s)
par = p(d, "Unit 2 readings include Ofsted's Inclusion: does it matter where pupils are taught? (2006), the "
           "Bercow Review of services for children and young people with speech, language and communication "
           "needs (2008), Lewis and Norwich's Special Teaching for Special Children? (2005) and the DCSF's "
           "Inclusion Development Programme materials on dyslexia and speech, language and communication needs "
           "(2008).")
comment(d, par.runs, "Where do we cover child development? Not in any unit as far as I can see. AT",
        "Dr Anil Thakrar", "AT")

# Unit 3
p(d, "Unit 3", bold=True, size=12)
unit_table("BRN7403", "Leading Provision: the Workplace Enquiry", [
    ["C1", "Provision Map and Audit: the holder's provision map for the school, with an audit identifying "
           "ineffective or missing provision.", "30%", "[  ]"],
    ["C2", "Workplace Enquiry Report (5,000 words): an improvement to provision for pupils with SEN that the "
           "holder led in the school over at least one term, with baseline and follow-up evidence for the "
           "pupils concerned and an evaluation carried out with colleagues.", "70%", "[  ]"],
    ["(C0)", "Online task Who else can help?: a directory of local services, agencies and voluntary "
             "organisations, with tutor feedback. Formative only: it carries no marks and is not part of the "
             "unit's assessment.", "0%", "n/a"]])
p(d, "Learning outcomes demonstrated (assessed in C1 and C2). The holder has:", italic=True)
for s in [
    "used provision mapping and management to plan provision and identify ineffective or missing provision "
    "(C1);",
    "deployed and managed teaching assistants and other staff to support pupils with SEN (C2);",
    "supported colleagues' professional development through observation and feedback, modelling, coaching and "
    "leading a staff training session (C2);",
    "reviewed and evaluated with other staff the effectiveness of the provision, and reported the findings to "
    "inform the school's self-evaluation and improvement plan (C2);",
    "worked in partnership with at least one outside service or agency, or a voluntary organisation, in "
    "planning and carrying out the improvement (C2)."]:
    bullet(d, s)
p(d, "Also studied (not separately assessed):", italic=True)
bullet(d, "the scope and role of external agencies and how to obtain specialist support and resources (online "
          "task C0).")

fields([["4.4 Grading scheme and, if available, grade distribution guidance",
         "The University's postgraduate marking scale: 0-49 Fail; 50-59 Pass; 60-69 Merit; 70-100 Distinction. "
         "All assessed work is marked by the unit tutor against the published criteria. The external examiner, "
         "appointed by the University, sees a sample from every unit and every tutor, attends the Assessment "
         "Board and reports each year on the consistency of marking across the four centres. Tutors hold a "
         "moderation meeting after each submission date, at which scripts from each centre are cross-marked."],
        ["4.5 Overall classification of the qualification (in original language)",
         "[Pass / Merit / Distinction]"]])
par = d.paragraphs[-1]
# tracked insertion into the 4.4 entry (a new paragraph inside the cell)
t44 = d.tables[-1]
c = t44.cell(1, 1)
np_ = c.add_paragraph()
add_ins(np_, "Every failed script, every script marked at Distinction and a further 20 per cent sample of each "
             "tutor's scripts are second marked blind by a tutor from another centre.", REG, D1)

h(d, "5  Information on the function of the qualification", 1)
fields([["5.1 Access to further study",
         "The 60 credits may be counted towards the University of Brinscombe's MA Education (Inclusion and "
         "Special Educational Needs), entering at the second stage. Details of the MA and of other NACT courses "
         "are sent to every holder with this Supplement."],
        ["5.2 Professional status (if applicable)",
         "The National Award for SEN Coordination meets the requirement of the Education (Special Educational "
         "Needs Co-ordinators) (England) Regulations 2008 for teachers appointed as SENCO for the first time "
         "after 1 September 2008."]])

h(d, "6  Additional information", 1)
t = fields([["6.1 Additional information",
             "Accreditation of prior learning. Up to 20 credits (Unit 1 only) may be awarded for certificated "
             "learning at Level 7 in special educational needs completed within the previous five years, or for "
             "experiential learning through a portfolio claim mapped to the Unit 1 outcomes. Claims are assessed "
             "by the unit tutor, confirmed by the University's Accreditation of Prior Learning Panel, and the "
             "credit is shown on this Supplement as APL.\n"
             "Assessment without attendance. The University's regulations do not allow the award to be made on "
             "assessment alone; there is no assessment-only route, and every holder has completed the taught "
             "programme.\n"
             "Starting Point review. Before the first Saturday School each holder completed the Starting Point "
             "self-review against the national outcomes for SENCOs, which the tutor discussed with the holder by "
             "telephone. The review is used to decide which Saturday School workshops the holder takes first."],
            ["6.2 Further information sources",
             "University of Brinscombe Academic Registry, Brinscombe BN4 2RS; www.brinscombe.ac.uk/registry. "
             "NACT Professional Learning, professional.learning@nact.org.uk."]])

h(d, "7  Certification of the supplement", 1)
fields([["7.1 Date", "[DD/MM/YYYY]"], ["7.2 Signature", "[                               ]"],
        ["7.3 Capacity", "Academic Registrar, University of Brinscombe"],
        ["7.4 Official stamp or seal", "[UNIVERSITY SEAL]"]])

h(d, "8  Information on the national higher education system", 1)
for s in [
    "Higher education in England is provided by autonomous universities and colleges with their own degree "
    "awarding powers, and by other institutions whose programmes are validated by a degree-awarding body. The "
    "Framework for Higher Education Qualifications in England, Wales and Northern Ireland (FHEQ) sets out five "
    "levels of higher education qualification, from certificates at Level 4 to doctoral degrees at Level 8. "
    "Postgraduate certificates, postgraduate diplomas and master's degrees are at Level 7.",
    "Each institution is responsible for the academic standards of its awards and the quality of the learning "
    "opportunities it provides. Institutions have their own internal quality assurance procedures, including "
    "the approval and review of programmes and the use of external examiners, and are subject to external "
    "review by the Quality Assurance Agency for Higher Education (QAA). The QAA's Academic Infrastructure, "
    "including the Code of practice and subject benchmark statements, sets out expectations of all "
    "institutions.",
    "Credit is commonly expressed in units of ten notional hours of learning; a postgraduate certificate "
    "normally carries 60 credits and a master's degree 180 credits at Level 7."]:
    p(d, s, size=10)
footnote(d, d.paragraphs[-1], "The Credit and Qualifications Framework for Wales and the Scottish Credit and "
                              "Qualifications Framework differ in detail.")
d.add_page_break()

# ---------------- Section 9 ----------------
h(d, "9  Notes for the approval panel (added by NACT Professional Learning)", 1)
p(d, "This section is not part of the Supplement issued to holders. It is written by NACT Professional Learning "
     "for the TDA panel, and it uses the names we use with members: Saturday Schools, NACT Learning Online, the "
     "Starting Point, study trios and Workplace Supporters.", italic=True)

p(d, "**How the course came about.** In March 2008 we surveyed members who are SENCOs or about to become one "
     "(1,140 replies), held focus groups with SENCO members at our four regional centres, and asked the SEN "
     "advisers of fourteen local authorities and the forty headteachers on our Heads' Panel what new SENCOs in "
     "their schools most needed. Members told us they could not lose more teaching time and wanted study they "
     "could fit round school; heads wanted the course to produce a change in the school and not only an essay; "
     "local authority advisers asked for more on working with outside agencies.")
p(d, "**What changed as a result.** We moved the study days to Saturdays, added the January start, and built "
     "Unit 3 round a workplace enquiry that the head sees. The draft unit outlines went to the Heads' Panel and "
     "the SEN Members' Network in April 2008; they asked for more on managing teaching assistants, and the "
     "deployment of support staff now runs through Unit 3. After the first Saturday Schools in autumn 2008, "
     "members asked for evening contact with tutors, and the Tuesday Twilight tutorials began in November.")
par = p(d, "**Stakeholders and evaluation.** We would like headteachers and local authority officers to play a "
           "part in evaluating the course, and hope to invite some to join the Course Committee in future years. ")
add_del(par, "Two headteachers from the Heads' Panel will sit on the Course Committee and review the course "
             "evaluation each year.", REG, D1)
comment(d, par.runs[1], "Has the Heads' Panel actually agreed to this? If not, the deletion stands. JP",
        "J. Pelham (Registry)", "JP")

p(d, "**Our tutors.** The course is taught by a team of seven NACT associate tutors, all experienced SENCOs or "
     "SEN advisers, led by a programme leader employed by NACT and supported by a University link tutor.")
table(d, [["Name", "Role on the course", "Qualifications", "Current specialist work"],
          ["Margaret Oduya", "Programme leader; Unit 3 tutor", "MA (SEN), NPQH",
           "SENCO for twelve years; local authority SEN adviser 2003-08"],
          ["Dr Anil Thakrar", "University link tutor; Unit 2 tutor", "PhD (Education), PGCE",
           "Senior lecturer in inclusive education, University of Brinscombe"],
          ["Ruth Ellingham", "Unit 1 tutor (London, Bristol)", "MEd, OCR Diploma SpLD",
           "Serving SENCO, secondary school; NACT SEN Members' Network chair"],
          ["Colin Abara", "Unit 2 tutor (Leeds, Birmingham)", "MA (Autism), Advanced Diploma in SEN",
           "Outreach teacher, autism support service"],
          ["Four further associate tutors", "Saturday School and online tutors", "Masters level SEN or inclusion",
           "Serving SENCOs or advisory teachers"]], widths=[3.4, 4.2, 3.8, 5.4], size=9.5)
d.add_paragraph()
p(d, "**Preparing tutors and Workplace Supporters.** Every tutor attends a two-day induction run by the "
     "programme leader and the University link tutor before teaching, covering the units, the Outcome Record, "
     "marking criteria and online tutoring, and a standardisation day each September. The Tutor Handbook sets "
     "out each tutor's duties. Each member's headteacher names a Workplace Supporter in the school; what the "
     "Workplace Supporter does is left to each school to decide.")
p(d, "**Specialist expertise and placements.** Each Saturday School includes a session led by a specialist "
     "from outside the tutor team: an educational psychologist, a speech and language therapist, a parent "
     "partnership officer and a teacher from a special school have led sessions this year. NACT does not "
     "arrange placements; the enquiry takes place in the member's own school.")
p(d, "**Resources.** Members have full access to the University of Brinscombe library, including its "
     "electronic journals, for the period of registration. NACT Learning Online holds the unit readers, "
     "recorded lectures and a resource bank of assessment tools, and each regional centre has an assistive "
     "technology kit (text readers, voice recognition software, communication aids) that members can borrow for "
     "a half term.")
p(d, "**Disabled members and access.** The enrolment form asks every member whether they have a disability "
     "or need any adjustment, and explains why we ask. Members who tell us are contacted by NACT's Disability "
     "Adviser, who agrees a written support plan covering, for example, large print or audio materials, a "
     "note-taker, extra time or an alternative format for assessed work, and BSL interpretation, which NACT "
     "books and pays for. All four regional centres are step-free, and our course leaflet and web page are "
     "available in large print and audio. Assessment adjustments are confirmed with the University's "
     "Disability Service before each submission date.")
p(d, "**Cost.** The fee is \u00a31,450 for the year. Because NACT Professional Learning is funded in part by "
     "members' subscriptions, this is below the cost of comparable university certificates; schools may pay "
     "from their standards fund, and members who hold APL credit for Unit 1 pay two-thirds of the fee. Starting "
     "Point results let us place members straight into the workshops they most need, so no one repeats what "
     "they already know.")
p(d, "**Rooted in the member's school.** Every assessed task is carried out in the member's own school: the "
     "policy commentary and the presentation in Unit 1, the case study in Unit 2, and the provision map and "
     "workplace enquiry in Unit 3. The enquiry report must show a change the member led, with evidence of its "
     "effect on pupils and on colleagues' practice, so that by meeting the outcomes each member has already "
     "made a difference in the school.")
p(d, "**Quality and evaluation.** Members complete an evaluation form at the end of each Saturday School and "
     "an online survey at the end of each unit. The Course Committee (the programme leader, tutors, the "
     "University link tutor and two elected member representatives) meets each term to review the evaluations, "
     "marks, completion rates and the external examiner's comments, and keeps a course action plan. The "
     "University's annual monitoring report and its periodic review, and the external examiner's annual "
     "report, are considered by the NACT Education Committee, which must approve the action plan. Changes "
     "made this way are reported to members in the next cohort's course guide.")
p(d, "**Impact.** Each member rates their confidence against the national outcomes at the Starting Point and "
     "again at the final Saturday School, and the change for the cohort is reported in the annual monitoring "
     "report. We do not attempt to measure the effect on pupils' achievement, which lies beyond what a "
     "60-credit course can show.")
p(d, "**After the course.** Details of the MA and of other NACT courses are sent to every holder with the "
     "Supplement, and members are welcome to join the NACT SEN Members' Network.")

save(d, HERE / f"{NAME}.docx")
print("wrote", NAME)
