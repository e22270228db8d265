"""fo-02-sce-handbook-amendment: build the .docx next to this script.

Provider (invented detail): Service Children's Education (SCE), HQ at
Wegberg-Wildenrath, with the (invented) Aldenham University, which validates
a 40-credit Master's-level award taught by distance learning with study
weekends at Wegberg (Germany) and Dhekelia (Cyprus) and a summer school at
Aldenham (UK).

Document kind: an Amendment List to a service manual, as SCE issues it to its
schools: Amendment List No 9 to Part 4 (SEN and Inclusion) of the SCE
Schools' Handbook, replacing Chapter 12 with a new chapter on the award. It
is sent whole to the TDA with a shaded submission note. Layout: a cover
block, an authority line, a shaded submission-note box, an amendment
instructions table (Remove / Insert), a summary-of-changes table (Paragraph /
Change / Reason) that records cancelled paragraphs, a record-of-amendments
table with blank rows for schools to sign, then the replacement Chapter 12 in
hand-numbered paragraphs 12.01-12.51 (many carry a change bar: a left
paragraph border), shaded "Headteachers' action" boxes, Annex 12C (the
Outcome Record: merged group rows, the participant's evidence column) and
Annex 12D (the Mentor's Note). Header and footer in manual style (page
numbers like "12-3" typed in the footer).

Traps (requirement ids):
- The award carries 40 credits; 20 more "at their own cost" to reach a
  Postgraduate Certificate (E.2 partially_met).
- Summary of changes: 12.15 Experienced SENCO assessment cancelled, "There is
  no equivalent in the National Award at present" (2.3 not_met); the old SCE
  Certificate and its portfolio route are cancelled (past arrangements).
- Summary of changes: 12.30 Pupil participation "Cancelled pending the SCE
  Pupil Voice Strategy"; Annex 12C's S7 row points there (1.5, 6.S7
  not_met).
- "There are no online discussion groups" (3.3 partially_met: tutor support,
  no peer support).
- Consultation: the chapter "was not circulated to schools in draft" (4.2
  not_met); needs rest on "long experience" (4.1 partially_met); evaluation
  only by SCE and the University, mentors are heads (4.3 partially_met).
- Evaluation methods listed with nothing on how evidence is used (5.1
  partially_met). Pupil impact "is not attempted" (5.9 not_met).
- Mentors only "receive" the study guides and a short note (5.7
  partially_met).
- Reading lists "reflect current thinking" with nothing named but the Code
  (1.3 partially_met).
- Completion only "encouraged" through performance management (2.5
  partially_met).
- Annex 12C: no rows for K7 and S2c (not_met); K2 self-marked activities,
  S5 mentor's formative notes, A6 "not separately evidenced" (partially_met).
  The award rule in 12.44 requires every outcome "on the Outcome Record", which
  omits two national outcomes and has one cancelled row (6.0 partially_met;
  1.9 partially_met).
- CRB checks are real and on candidates (5.3 met); APEL is real (2.1 met).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
sec = doc.sections[0]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def changebar(p):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    left.set(qn("w:val"), "single")
    left.set(qn("w:sz"), "18")
    left.set(qn("w:space"), "8")
    left.set(qn("w:color"), "000000")
    b.append(left)
    pPr.append(b)


def bold(text, size=11, center=False, before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(before)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(num, text, bar=True, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.5)
    p.paragraph_format.first_line_indent = Cm(-1.5)
    p.add_run(f"{num}\t")
    if lead:
        p.add_run(lead + " ").italic = True
    p.add_run(text)
    if bar:
        changebar(p)
    return p


def sub(letter, text, bar=True):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.3)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run(f"({letter})\t{text}")
    if bar:
        changebar(p)
    return p


def grid(rows, widths, size=9, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, "D9D9D9")
            c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def box(title, lines, fill="E7E6E6"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    r = c.paragraphs[0].add_run(title)
    r.bold = True
    for ln in lines:
        c.add_paragraph(ln)
    doc.add_paragraph()


hp = sec.header.paragraphs[0]
hp.text = "SCE SCHOOLS' HANDBOOK - PART 4: SPECIAL EDUCATIONAL NEEDS AND INCLUSION"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "AL 9  March 2009          Chapter 12          12-1 to 12-16"
fp.runs[0].font.size = Pt(8)

# ---------------- cover ----------------
bold("SERVICE CHILDREN'S EDUCATION", 13, True, 0)
bold("SCE SCHOOLS' HANDBOOK", 16, True, 4)
bold("PART 4: SPECIAL EDUCATIONAL NEEDS AND INCLUSION", 12, True, 4)
bold("AMENDMENT LIST No 9 (AL 9)", 12, True, 12)
p = doc.add_paragraph("Chapter 12: Professional Development for SENCOs - The SCE National Award for SEN Coordination")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("Issued by HQ SCE (Inclusion), Wegberg-Wildenrath, BFPO 40, March 2009. By authority of the Chief Executive, SCE.")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

box("NOTE FOR THE TDA APPROVAL PANEL", [
    "This amendment list is sent as issued to SCE schools. It is the application of Service Children's Education and Aldenham University for approval to provide the national award for SENCOs. Chapter 12 as amended, with its annexes, is the whole description of the programme; the amendment instructions and the record of amendments are left in so that the panel sees the chapter as headteachers will.",
])

bold("1. AMENDMENT INSTRUCTIONS")
doc.add_paragraph("Holders of Part 4 are to amend their copies as follows, record the amendment on the Record of Amendments and destroy the pages removed.")
grid([
    ["Remove", "Insert"],
    ["Chapter 12, pages 12-1 to 12-8 (AL 6, September 2006)", "Chapter 12, pages 12-1 to 12-16 (AL 9, March 2009)"],
    ["Annex 12A, SCE Certificate in SEN Coordination: Candidate Record", "Nil. Annex 12A is cancelled."],
    ["Annex 12B, Experienced SENCO Assessment: Application Form", "Nil. Annex 12B is cancelled."],
    ["-", "Annex 12C, Outcome Record (new)"],
    ["-", "Annex 12D, Mentor's Note (new)"],
], [8, 8])

bold("2. SUMMARY OF CHANGES")
grid([
    ["Paragraph", "Change", "Reason"],
    ["12.01-12.05", "Rewritten", "The Management Board's decision (September 2008) that new SENCOs in SCE schools gain the national award."],
    ["12.06-12.12", "New", "The award with Aldenham University replaces the SCE Certificate in SEN Coordination."],
    ["12.09-12.14 (AL 6)", "Cancelled. The SCE Certificate in SEN Coordination closed to new entrants on 31 December 2008; current candidates complete under AL 6.", "Replaced by the national award."],
    ["12.15 (AL 6) Experienced SENCO assessment", "Cancelled. There is no equivalent in the National Award at present.", "The University requires all participants to register for the taught programme in 2009-10."],
    ["12.13-12.29", "New", "Nomination, entry, checks, prior learning, study arrangements."],
    ["12.30 Pupil participation", "Cancelled pending the SCE Pupil Voice Strategy, due in 2010. A new paragraph will be issued by amendment list.", "To avoid guidance that the strategy may overtake."],
    ["12.31-12.51", "New", "Content, assessment, award and quality."],
], [3.5, 7, 5.5])

bold("3. RECORD OF AMENDMENTS")
grid([
    ["AL No", "Date", "Inserted by (name and appointment)", "Signature"],
    ["6", "Sep 2006", "J Pearce, School Secretary", "J Pearce"],
    ["7", "Apr 2007", "J Pearce, School Secretary", "J Pearce"],
    ["8", "Jan 2008", "M Dunne, Bursar", "M Dunne"],
    ["9", "", "", ""],
    ["10", "", "", ""],
], [1.8, 2.5, 7.5, 4.2])

# ---------------- Chapter 12 ----------------
bold("CHAPTER 12", 12, True, 14)
bold("PROFESSIONAL DEVELOPMENT FOR SENCOs: THE SCE NATIONAL AWARD FOR SEN COORDINATION", 11, True, 2)

bold("SECTION 1 - POLICY")
para("12.01", "Every SCE school is to have a special educational needs coordinator (SENCO) who is a qualified teacher. From 1 September 2009 a teacher appointed as SENCO in an SCE school who has not previously been a SENCO for a total of six months is to gain the SCE National Award for SEN Coordination within three years of appointment. This follows the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, which SCE applies as a matter of policy.")
para("12.02", "The purpose of the award is to raise the achievement and well-being of pupils with SEN and/or disabilities in SCE schools. Achievement is understood as progress towards all five Every Child Matters outcomes, not only attainment. Each Part of the award sets tasks in the participant's own school that must show what has changed for pupils.")
para("12.03", "Headteachers are responsible for nominating the SENCO, releasing them for study weekends, and supporting the school-based work of the award, including acting as or appointing the school mentor (12.27).")
para("12.04", "Regional Education Officers are to keep a record of SENCOs in their region and the date by which each is to gain the award.")
para("12.05", "The SCE Adviser for SEN (HQ SCE) is the SCE lead for the award. Aldenham University is responsible for the academic standards of the award and for conferring it.")

bold("SECTION 2 - THE AWARD")
para("12.06", "The SCE National Award for SEN Coordination is a university award of Aldenham University, validated at the University's validation event on 18 February 2009 and approved by its Academic Standards Committee. It is taught by the University's School of Education with SCE staff.")
para("12.07", "The award carries 40 credits at Master's level (Level 7). Participants who wish to go on to a Postgraduate Certificate may add the University's 20-credit module Research Methods in Education at their own cost.")
para("12.08", "The award is studied by distance learning over about twelve months, part time. It has three Parts: Part A, Foundations of SEN Coordination; Part B, Teaching, Learning and Assessment for Pupils with SEN; and Part C, Leading Provision in an SCE School. Each Part has a printed Study Guide, readings on Aldenham Online (the University's Blackboard site) and school-based tasks.")
para("12.09", "Participants attend two study weekends (Friday 13:00 to Sunday 13:00), one in the autumn and one in the spring. Weekends are held at the SCE Training Centre, Wegberg, for Germany, Belgium, the Netherlands and Italy, and at the Dhekelia Education Centre for Cyprus, with the same programme in both places. Participants from Gibraltar, Brunei and the Falkland Islands attend whichever centre their travel allows.")
para("12.10", "Participants also attend a five-day summer school at Aldenham University in the UK in July, timed for the start of the SCE summer holiday, when most families travel to the UK. The Professional Discussion for Part C (12.43) takes place at the summer school.")
para("12.11", "SCE meets the University's fees, travel to the study weekends and summer school, accommodation and supply cover. Travel is booked through the HQ SCE travel cell.")
para("12.12", "The study guides and reading lists reflect current thinking in the field and are revised each year by the University. The Code of Practice (2001) is the main text for Part A.")

bold("SECTION 3 - NOMINATION, ENTRY AND CHECKS")
para("12.13", "Headteachers nominate on Form SCE 412 by 31 May for a September intake and by 30 November for a February intake. Nominees must hold QTS, be in post as SENCO or be appointed to the post from the start of the intake, and have taught for at least two years.")
para("12.14", "Each nominee has a Starting Point Review: a one-hour structured conversation by telephone or VTC with the Part A tutor, using the Starting Point Profile (the 28 national outcomes, each rated from 1 to 4 with the nominee's evidence). The tutor and nominee agree an Individual Study Plan, which records the outcomes on which the participant most needs to work, the optional tasks to be chosen in each Part and any prior learning to be claimed. The headteacher signs the Individual Study Plan. It is reviewed with the tutor at each study weekend and revised as needed.")
para("12.15", "Where the Starting Point Review shows that a nominee is not ready to reach the outcomes within the programme, the tutor writes to the nominee and the headteacher setting out what is needed, usually work through the SCE SEN Foundation Pack and a term alongside an experienced SENCO, and the nominee may be nominated again for the next intake. The Regional Education Officer is copied.")
para("12.16", "Before a place is confirmed, SCE Personnel Branch checks the nominee's enhanced CRB disclosure on the SCE staff record. A nominee whose disclosure is more than three years old, or who was recruited locally and has no disclosure, must apply through the SCE CRB Unit, and no place is confirmed until the new disclosure has been seen. Personnel Branch also confirms that the nominee is not barred from work with children (List 99) and, where the nominee has been in post for less than a year, obtains a reference from the previous employer covering conduct and any disciplinary matters. Personnel Branch tells the programme administrator only that the nominee is cleared or not cleared.")
para("12.17", "Participants may claim credit for prior certificated learning at Master's level in SEN from the last five years, up to 20 credits. A participant who has been a SENCO for at least three years may instead claim exemption from Part A through a Claim for Experiential Learning: a portfolio of evidence against the Part A outcomes, assessed by the Part A tutor and a second University assessor under the University's APEL regulations. SCE pays the University's APEL fee.")
para("12.18", "Form SCE 412 invites nominees to tell us of any disability or health condition, and explains that this is so that arrangements can be made and that it does not affect selection. The University's Disability Advisory Service telephones each participant who discloses before the first study weekend and agrees a Learning Support Agreement, for example extra time, study guides in large print or audio, rest breaks, or ground-floor rooms at Wegberg and Dhekelia. The same arrangements apply to assessment, including the Professional Discussion. SCE meets the cost of any adjustment. Participants may disclose at any later point through their tutor.")
p = para("12.19", "[Not used.]", bar=False)
para("12.20", "A participant whose partner is posted to the UK during the award continues as a distance student of the University. A participant posted between SCE regions attends the study weekend nearest the new school.")

bold("SECTION 4 - STUDY AND SUPPORT")
para("12.21", "There are two intakes a year, in September and February. After Part A, Parts B and C may be taken in either order. Participants study at their own pace within a maximum of 18 months, extended to 30 months where a posting or maternity leave interrupts study.")
para("12.22", "Each participant has a personal tutor at the University, who answers emails within five working days and holds two telephone tutorials in each Part. Aldenham Online holds the study guides, the readings, the assignment briefs, and the submission point for assignments, with feedback returned there.")
para("12.23", "There are no online discussion groups. Experience with the SCE Certificate was that participants posted rarely, and the forums have been withdrawn.")
para("12.24", "Participants may borrow from the SCE Specialist Support Service loan bank of assistive technology (text-to-speech software, Clicker 5, radio aids, switches) and of standardised assessments for their Part B tasks, and have full access to the University's electronic library through Athens.")
para("12.25", "Study weekends include sessions led by SCE educational psychologists and by Specialist Support Service teachers of pupils with hearing impairment, visual impairment and autism.")
para("12.26", "Each participant spends two days on a specialist attachment: either with the SCE Specialist Support Service in their own region, shadowing an educational psychologist or a specialist teacher on school visits, or during the summer school at one of the University's partner special schools in the UK (a school for pupils with severe and complex learning difficulties and a secondary school with an autism resource base). The University arranges the summer school attachments.")
para("12.27", "The school mentor is the headteacher or a deputy named by the headteacher. The mentor agrees the Individual Study Plan, meets the participant each half term and countersigns the school-based evidence. Mentors receive a copy of each Study Guide and the Mentor's Note at Annex 12D. The University is responsible for the preparation of its own tutors.")
box("HEADTEACHERS' ACTION", [
    "a. Nominate the SENCO on Form SCE 412 by the dates at 12.13.",
    "b. Name the school mentor (12.27).",
    "c. Release the participant for the study weekends; supply cover is claimed from HQ SCE Finance.",
])
para("12.28", "The tutors are University staff led by the Programme Director, Dr Priya Ramsden (PhD; formerly SENCO in two secondary schools and an LA inclusion adviser; member of the NASEN Professional Development Committee), with Mr Gareth Lowry (MA SEN; former head of a special school; Part B tutor). SCE contributes the Adviser for SEN, Mrs Frances Okoye (MEd; accredited SpLD assessor; eleven years as a SENCO in SCE schools), and the SCE Principal Educational Psychologist, who teach at the study weekends. All tutors take part in the University's annual staff development on SEN and disability.")
para("12.29", "[Not used.]", bar=False)
para("12.30", "[Cancelled by AL 9. See Summary of Changes.]")

bold("SECTION 5 - CONTENT AND ASSESSMENT")
para("12.31", "Part A, Foundations of SEN Coordination, has five units: A1, SEN law and the Code of Practice as SCE applies it; A2, disability equality, the Disability Discrimination Acts 1995 and 2005 and the duties of schools; A3, Every Child Matters and the SENCO; A4, how children develop and learn, and how SEN, disability, frequent moves and a parent's deployment affect development; A5, the main types of SEN: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties.")
para("12.32", "Part A is assessed by Assignment A (4,000 words): an audit of the school's SEN policy and accessibility plan against the Code of Practice and the disability equality duty, with a 1,500-word profile of two pupils with different types of need, drawing on the study of child development. Study Guide A3 has self-marked activities on Every Child Matters.")
para("12.33", "Part B, Teaching, Learning and Assessment for Pupils with SEN, has seven units: B1, identifying needs through observation, data and assessment; B2, using the assessments of educational psychologists, therapists and specialist teachers; B3, targets, individual education plans and interventions; B4, using national test results and the SCE tracking system to follow progress; B5, provision mapping and finding gaps in provision; B6, access arrangements for national tests and GCSE examinations, and making them part of everyday classroom practice; B7, ICT and assistive technology.")
para("12.34", "Part B is assessed by Case Study B (5,000 words), in which the participant identifies the needs of one pupil, uses the reports of other professionals, sets targets, plans and carries out an intervention and reviews it; and by Provision Map B, the school's provision map with a commentary on ineffective or missing provision and the access arrangements the school has made for the coming tests or examinations.")
para("12.35", "Part C, Leading Provision in an SCE School, has six units: C1, the SENCO as a leader, working with the headteacher, senior team and school governance committee on the school's inclusion policy, priorities and resources, and reviewing with colleagues how well the school's SEN provision works; C2, deploying and managing teaching assistants; C3, developing colleagues by observation and feedback, modelling, coaching and training; C4, working with parents and families, including through moves and deployments, in annual reviews and with the unit welfare officers and HIVE information centres; C5, working with SCE educational psychologists, the Specialist Support Service, the Children's Education Advisory Service, the Army Welfare Service, SSAFA Forces Help and voluntary organisations; C6, managing the SENCO's time and delegating.")
para("12.36", "Part C is assessed by Development Project C (5,000 words), in which the participant leads a change in the school's provision, with a chosen member of staff and with parents, and by the Professional Discussion (12.43).")
para("12.37", "Throughout the award participants keep the Outcome Record at Annex 12C, noting for each outcome where their evidence lies. Mentors add notes of their observations of the participant's work with colleagues.")
para("12.38", "Participants are expected to read widely and to draw on research and advice from outside the school throughout their study.")
para("12.39", "All assignments are marked against the University's Master's-level criteria. The pass mark is 50 per cent.")
para("12.40", "Each assignment is first marked by the Part tutor. A sample of 20 per cent and all fails are second marked by another University tutor. SCE and University tutors meet before each marking period to agree standards using anonymised work from the SCE Certificate. The University's external examiner (Dr Simon Achterberg, University of Norwich Vale) receives a sample from every Part and attends the Board of Examiners.")
para("12.41", "[Not used.]", bar=False)
para("12.42", "[Not used.]", bar=False)
para("12.43", "The Professional Discussion is a 40-minute discussion at the summer school, or by VTC for a participant who cannot travel, with two assessors: a University tutor and the SCE Adviser for SEN. The participant presents the Outcome Record and the assessors question them on it, recording each outcome as Shown or Not yet shown.")

bold("SECTION 6 - AWARD AND QUALITY")
para("12.44", "The University's Board of Examiners confers the award on a participant who has passed Assignment A, Case Study B, Provision Map B, Development Project C and the Professional Discussion. A participant cannot pass the Professional Discussion unless both assessors record every outcome on the Outcome Record as Shown.")
para("12.45", "A participant who does not pass may resubmit once, within three months.")
para("12.46", "On completion, participants are encouraged to continue their professional development through the SCE performance management cycle.")
para("12.47", "Participants complete an evaluation form at the end of each Part and after each study weekend and the summer school. The University reviews the award in its annual programme monitoring, and the external examiner reports each year.")
para("12.48", "The award is judged by the completion rate and by participants' own evaluations. Measuring the effect on pupils' attainment is not attempted: SCE pupil populations change too quickly for a year's data to mean anything.")
para("12.49", "The evaluation of the award is carried out by the SCE Inclusion Team and the University.")
para("12.50", "This chapter was drafted by the SCE Inclusion Team with the University in the light of SCE's long experience of its schools and of the needs of mobile Service children. Because of the time available it was not circulated to schools in draft. Headteachers may send comments to HQ SCE (Inclusion) for the next amendment list.")
para("12.51", "Queries about this chapter are to be addressed to the SCE Adviser for SEN, HQ SCE, BFPO 40.")

# ---------------- Annex 12C ----------------
doc.add_page_break()
bold("ANNEX 12C - OUTCOME RECORD", 11, False, 0)
doc.add_paragraph("Participant: ........................................   School: ........................................")
doc.add_paragraph("For each outcome, the participant notes where the evidence lies. The assessors complete the last column at the Professional Discussion (12.43).")
groups = [
    ("Professional attributes", [
        ("A1", "Relationships with pupils with SEN and with their parents or carers", "Part B, C", "Case Study B; Development Project C (work with parents)"),
        ("A2", "Gaining the commitment of colleagues and senior leaders", "Part C", "Development Project C"),
        ("A3", "Prioritising, managing time and delegating", "Part C", "Development Project C (section on the SENCO's time, unit C6)"),
        ("A4", "Anticipating and solving problems; judgement on provision", "Part B, C", "Case Study B; Development Project C"),
        ("A5", "Speaking and writing clearly; listening", "All", "All assignments; Professional Discussion"),
        ("A6", "Using research and outside advice", "All", "Reading throughout; not separately evidenced"),
        ("A7", "Keeping up to date; own CPD", "All", "Individual Study Plan reviews; Professional Discussion"),
    ]),
    ("Professional knowledge and understanding", [
        ("K1", "SEN law and guidance; the Code of Practice", "Part A", "Assignment A"),
        ("K2", "Every Child Matters", "Part A", "Study Guide A3 activities (self-marked)"),
        ("K3", "Disability equality law and duties", "Part A", "Assignment A"),
        ("K4", "Child development and the factors that affect it", "Part A", "Assignment A (pupil profiles)"),
        ("K5", "The main types of SEN and disability", "Part A", "Assignment A (pupil profiles)"),
        ("K6", "Approaches, strategies and resources, including ICT", "Part B", "Case Study B"),
        ("K8", "Best practice and research in meeting SEN", "Part B, C", "Case Study B; Development Project C (literature review)"),
        ("K9", "External agencies and specialist support", "Part B, C", "Case Study B; Development Project C"),
    ]),
    ("Professional skills", [
        ("S1", "Inclusive ethos, policy and resources with senior staff and governors", "Part C", "Development Project C; Professional Discussion"),
        ("S2", "Identifying pupils, setting targets, planning and reviewing", "Part B", "Case Study B"),
        ("S2a", "Using other professionals' assessments", "Part B", "Case Study B"),
        ("S2b", "Using national tests and summative data to track progress", "Part B", "Provision Map B commentary"),
        ("S2d", "Access arrangements for tests and examinations", "Part B", "Provision Map B commentary"),
        ("S3", "Provision mapping; finding ineffective or missing provision", "Part B", "Provision Map B"),
        ("S4", "Deploying and managing staff", "Part C", "Development Project C"),
        ("S5", "Developing colleagues", "Part C", "Mentor's observation notes (formative; not graded)"),
        ("S6", "Reviewing provision with colleagues for self-evaluation", "Part C", "Development Project C"),
        ("S7", "Involving pupils in their provision", "-", "See 12.30"),
        ("S8", "Working with parents and carers", "Part C", "Development Project C"),
        ("S9", "Working with other services and voluntary organisations", "Part C", "Development Project C; Professional Discussion"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
t = doc.add_table(rows=nrows, cols=5)
t.style = "Table Grid"
for j, h in enumerate(["Ref", "Outcome", "Part", "Where my evidence is", "Shown / Not yet shown"]):
    c = t.cell(0, j)
    c.text = ""
    r = c.paragraphs[0].add_run(h)
    r.bold = True
    r.font.size = Pt(9)
    shade(c, "D9D9D9")
i = 1
for g, rows in groups:
    m = t.cell(i, 0).merge(t.cell(i, 4))
    m.text = ""
    r = m.paragraphs[0].add_run(g)
    r.bold = True
    r.font.size = Pt(9)
    shade(m, "F2F2F2")
    i += 1
    for row in rows:
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            c.paragraphs[0].add_run(val).font.size = Pt(9)
        i += 1
for row in t.rows:
    for j, w in enumerate([1.1, 5.6, 1.6, 5.2, 2.5]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()
doc.add_paragraph("Assessors: ............................  ............................   Date: ..................")

# ---------------- Annex 12D ----------------
doc.add_page_break()
bold("ANNEX 12D - MENTOR'S NOTE", 11, False, 0)
doc.add_paragraph("Thank you for agreeing to mentor your SENCO through the award. Your part is simple but important.")
for ln in [
    "Agree the Individual Study Plan with your SENCO and sign it.",
    "Meet your SENCO once each half term to talk through the school-based tasks.",
    "Countersign the school-based evidence for each assignment.",
    "Make brief notes when you see your SENCO working with colleagues, and give them to your SENCO for the Outcome Record.",
    "Tell the personal tutor if your SENCO's study is at risk, for example because of a posting.",
]:
    doc.add_paragraph(ln, style="List Bullet")
doc.add_paragraph("The Study Guides explain each Part. Questions may be sent to the personal tutor by email.")

doc.save(OUT)
print("wrote", OUT)
