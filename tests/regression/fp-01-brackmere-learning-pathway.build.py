"""fp-01-brackmere-learning-pathway: an Integrated Learning Pathway on a children's hospital trust's
Integrated Care Pathway (ICP) template.

Provider (invented): Brackmere County Council Hospital and Home Education Service (HHES), the county's
medical pupil referral unit, teaching children too ill to attend school on the wards of Ellisford
Children's Hospital, in two hospital school rooms and at home. It applies with the University of
Ellisford (School of Education, validating a 60-credit PGCert) and Ellisford Children's Hospital NHS
Trust, whose Clinical Pathways team lent its ICP format. The document is the pathway itself, version
1.3, January 2009, ratified by three bodies, sent as the application: the Service says in a boxed
note that the pathway "is the programme".

Layout:
- Trust-style header ("Integrated Care Pathway template v3 - education adaptation") and footer
  ("Uncontrolled when printed", a PAGE field). Neither is evidence.
- A front-sheet table of ICP fields (pathway code, owner, population, inclusions, exclusions,
  ratified by, review date), with a grey template prompt left in above the evidence-base field.
- "How to use this pathway": ICP conventions (expected activity, initials, variance codes P/S/T/O).
- Seven stage tables (Stage 0 Referral to Stage 6 Exit), columns Expected activity / Responsible /
  When / Done (initials, date) / Variance code; the Done and Variance cells are blank (template).
- A variance analysis of the unaccredited 2007-08 pilot ("Medical Needs in Mainstream"), a table of
  variances with what changed.
- Section 5 "Pathway goals": a 4-column table (Goal / Worked on at / Evidence at Stage 5 /
  Assessed?) with merged group rows for the three goal groups, in the Service's own wording.
- Governance, audit and evaluation; an equality impact screening table in the Trust's format;
  staff list; blank variance record sheet.
- Real tracked changes (w:del / w:ins) by the Trust's pathway facilitator; two Word comments.

Traps (requirement ids):
- Assessment-only route: the pilot's "direct to assessment" option is described in the variance
  analysis and in the exclusions field as withdrawn from this pathway (2.3 not_met; past arrangement
  that has ended).
- CRB: the only checks described are on HHES, University and Trust staff (single central record)
  and the Trust's letter of access, which participants do not need because they are escorted; the
  Stage 0 checklist has no CRB check (5.3 not_met, wrong context).
- The goal row for summative assessment and national tests is a deleted tracked row (6.S2b not_met).
  Child development has no row and is not taught anywhere (6.K4 not_met).
- "and the Disability Equality Duty" is a tracked insertion in the K3 row (6.K3 met; inserted text is
  part of the submission).
- A blanket claim that "every pathway goal is assessed before exit" sits over a table in which
  A3 and S7 are evidenced only in the reflective log ("formative - not marked"), A7 only by an
  ungraded next-steps plan, K7 only "discussed at tutorial", S4 "not separately assessed" and S2d
  with an empty evidence cell (1.9, 6.A3, 6.A7, 6.K7, 6.S2d, 6.S4, 6.S7 partially_met).
- Consulting pupils: only a young people's forum guest session (listening to patients) and
  person-centred reviews; the idea of a session on consulting pupils is only in a comment (1.5
  partially_met).
- E-learning: the University VLE holds materials and takes submissions and tutors answer by email,
  but the pilot's discussion forum "has been closed", so there is no peer support (3.3
  partially_met).
- One September start and a fixed order of study days; only placement dates and catch-up days flex
  (3.2 partially_met).
- Stakeholders in delivery (speakers, hosts, mentors) but their part in evaluation is only to be
  "considered" in 2009-10 (4.3 partially_met).
- Marking by the link tutor; moderation "will be agreed" with Registry; a comment asks about it
  (5.8 partially_met).
- Confidence and competence measured by repeating the Starting Profile; pupils' achievement only
  "hoped" (5.9 partially_met).
- "excellent value" with no costing or cost argument (2.4 partially_met).
- Pupils' own hospital placements are not confused here; the Specialist Practice Week is a real
  placement for participants (5.5 met).
"""
import copy
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("fp-01-brackmere-learning-pathway.docx")
AUTHOR = "Carol Ainsworth (ECH Clinical Pathways)"
DATE = "2009-01-16T10:20:00Z"
_id = [900]


def nid():
    _id[0] += 1
    return str(_id[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def run_el(text, bold=False, deleted=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def add_ins(par, text):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), nid())
    ins.set(qn("w:author"), AUTHOR)
    ins.set(qn("w:date"), DATE)
    ins.append(run_el(text))
    par._p.append(ins)


def add_del(par, text):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid())
    d.set(qn("w:author"), AUTHOR)
    d.set(qn("w:date"), DATE)
    d.append(run_el(text, deleted=True))
    par._p.append(d)


def delete_row(row):
    """Mark a whole table row as a tracked deletion."""
    trPr = row._tr.get_or_add_trPr()
    dl = OxmlElement("w:del")
    dl.set(qn("w:id"), nid())
    dl.set(qn("w:author"), AUTHOR)
    dl.set(qn("w:date"), DATE)
    trPr.append(dl)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                wrap = OxmlElement("w:del")
                wrap.set(qn("w:id"), nid())
                wrap.set(qn("w:author"), AUTHOR)
                wrap.set(qn("w:date"), DATE)
                r.addprevious(wrap)
                wrap.append(r)


def add_page_field(par):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
hp = sec.header.paragraphs[0]
hp.text = "Ellisford Children's Hospital NHS Trust  |  Integrated Care Pathway template v3 - education adaptation"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "ILP/SENCO/01  Version 1.3  |  Uncontrolled when printed  |  Review date: January 2010  |  Page "
fp.runs[0].font.size = Pt(8)
add_page_field(fp)


def H(text, lvl=1):
    return doc.add_heading(text, lvl)


def P(text="", bold_lead=None, italic=False):
    p = doc.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    r = p.add_run(text)
    r.italic = italic
    return p


def grey(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    r.font.size = Pt(9)
    return p


def table(rows, widths=None, header=True, fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ---------------------------------------------------------------- title
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("INTEGRATED LEARNING PATHWAY")
r.bold = True
r.font.size = Pt(16)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("New SENCOs: the National Award for Special Educational Needs Coordination\n"
              "Postgraduate Certificate in Coordinating Special Educational Provision (University of Ellisford)")
r.font.size = Pt(12)

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
shade(c, "FFF2CC")
c.text = ""
c.paragraphs[0].add_run("Note for the TDA approval panel. ").bold = True
c.paragraphs[0].add_run(
    "Brackmere Hospital and Home Education Service, the University of Ellisford and Ellisford "
    "Children's Hospital NHS Trust submit this pathway as their application. We have not rewritten it "
    "into the TDA's order: the pathway is the programme, and it is the document our tutors, mentors "
    "and participants will work from. It follows the Trust's format for integrated care pathways, "
    "which our Service has used with the Trust since 2006 for children moving between ward, home and "
    "school. Where the pathway says 'participant' it means a teacher on the award; where it says "
    "'pupil' or 'child' it means a child in the participant's school.")
doc.add_paragraph()

H("Pathway front sheet", 1)
front = [
    ["Field", "Entry"],
    ["Pathway title", "Integrated Learning Pathway: New SENCOs (National Award for SEN Coordination)"],
    ["Pathway code", "ILP/SENCO/01"],
    ["Pathway owner", "Helen Marchbanks, Deputy Headteacher (Outreach), Brackmere Hospital and Home Education Service"],
    ["Pathway group", "H. Marchbanks (HHES, chair); Dr Simon Okafor (University of Ellisford); Dr Priya Lalvani "
                      "(ECH Trust, named clinical lead); Carol Ainsworth (ECH Clinical Pathways facilitator); "
                      "Graham Pybus (Brackmere SEN Services); a headteacher nominated by the Brackmere Primary "
                      "and Secondary Heads' Forums"],
    ["Population", "Qualified teachers new to the SENCO role (appointed since 1 September 2008, or about to "
                   "take it up) in mainstream and special schools in Brackmere and neighbouring authorities"],
    ["Inclusion criteria", "Qualified teacher status; appointed or designated SENCO; headteacher's nomination; a "
                           "named workplace mentor from the school's senior leadership team; completed Starting "
                           "Profile (Stage 1)"],
    ["Exclusions", "Teachers not in post in a school during the pathway; applicants seeking assessment without "
                   "attendance (see section 4, variance V7)"],
    ["Expected length", "Three terms, part time: September to July"],
    ["Credit", "60 credits at Masters level (M level), two 30-credit modules: EDM741 Leading Provision for "
               "Learners with SEN and Medical Needs; EDM742 Workplace Enquiry"],
    ["Ratified by", "HHES Management Committee (10 December 2008); ECH Trust Education Governance Committee "
                    "(18 December 2008); University of Ellisford School of Education Validation Panel "
                    "(14 January 2009, approved subject to TDA approval)"],
    ["Version / date", "1.3, 20 January 2009"],
    ["Review date", "January 2010, or sooner if variance audit shows a need"],
]
table(front, widths=[4, 13])
doc.add_paragraph()
grey("Template guidance (ICP v3): list the key sources of evidence on which the pathway is based. Use "
     "the Trust's evidence grading where possible. Delete this guidance before ratification.")
P("Evidence base. ", None)
doc.paragraphs[-1].runs[0].bold = True
doc.paragraphs[-1].add_run(
    "The pathway draws on the SEN Code of Practice (2001) and the SEN Toolkit; Removing Barriers to "
    "Achievement (2004); Every Child Matters: Change for Children (2004); Ofsted's Inclusion: does it "
    "matter where pupils are taught? (2006); the House of Commons Education and Skills Committee report "
    "on SEN (2006); the Bercow Review of services for children with speech, language and communication "
    "needs (2008); the DCSF guidance Access to Education for Children and Young People with Medical "
    "Needs (2001) and Managing Medicines in Schools and Early Years Settings (2005); the Lamb Inquiry, "
    "which began its work in 2008 and whose findings tutors will bring into the study days as they "
    "appear; and the Trust's own audit of school absence among children with long-term conditions "
    "(ECH, 2007).")

H("1. How to use this pathway", 1)
P("This pathway sets out what is expected to happen for every participant, in order, from nomination to "
  "the award. Each stage has a table of expected activities. The person responsible initials and dates "
  "the 'Done' column on the participant's own copy of the pathway, which is kept in the participant's "
  "file at the HHES Outreach Base (Ashdown House, Mill Lane, Ellisford) and scanned to the University at "
  "the end of each term.")
P("When an expected activity does not happen, or happens late or differently, this is a variance. It is "
  "not a failure: it is information. The person who notices it writes the variance code on the pathway "
  "and completes a variance record (Appendix B). The Pathway Group reviews all variances each half term.")
table([
    ["Code", "Variance arises from", "Example"],
    ["P", "the participant", "assignment plan not submitted; illness; change of school"],
    ["S", "the participant's school", "mentor meeting cancelled; release for a study day refused"],
    ["T", "the tutor or the Service", "feedback returned late; study day rescheduled"],
    ["O", "other / system", "VLE unavailable; Trust ward closed to visitors for infection control"],
], widths=[1.5, 5, 10.5])
doc.add_paragraph()
P("Participants hold their own copy and are encouraged to use it to plan. Their link tutor goes through "
  "it with them at the induction tutorial.")

# ---------------------------------------------------------------- stages
H("2. Pathway stages", 1)
cols = ["Expected activity", "Responsible", "When", "Done (initials, date)", "Variance code"]


def stage(title, intro, rows):
    H(title, 2)
    if intro:
        P(intro)
    t = table([cols] + [r + ["", ""] for r in rows], widths=[8.5, 3, 2.5, 2, 1.5])
    doc.add_paragraph()
    return t


stage("Stage 0: Referral and eligibility (March to June)",
      "Referrals come from headteachers. The Service does not accept self-referral; a teacher who contacts "
      "us directly is sent the headteacher's nomination form and an information leaflet.",
      [
          ["Nomination form received, signed by the headteacher, naming the workplace mentor (a member of "
           "the senior leadership team) and confirming release for eight study days and three practice days",
           "Head / HHES admin", "by 30 June"],
          ["Nomination form asks the applicant to tell us of any disability, health condition or other need "
           "for which we should make adjustments; the answer goes only to the pathway owner", "Participant",
           "with nomination"],
          ["Eligibility checked against inclusion criteria: QTS number seen, SENCO designation confirmed by "
           "the head", "Pathway owner", "within 10 working days"],
          ["Prior study and experience: applicant ticks the box if claiming credit; University's Accreditation "
           "of Prior Learning (APL) form sent", "HHES admin", "with acknowledgement"],
          ["Information evening at Ashdown House, or telephone conversation with pathway owner for those who "
           "cannot attend", "Pathway owner", "June"],
      ])
P("Where the pathway owner is not confident that an applicant is ready (for instance a teacher in the "
  "first two years of teaching, or one whose school has given the SENCO role no time), she telephones "
  "the headteacher. Together they agree either entry with extra tutorial support or a deferred start, "
  "with a short list of reading and a half-day visit to the Outreach Base to prepare. Decisions and "
  "reasons are recorded on the nomination form.")

stage("Stage 1: Starting Profile and Individual Learning Plan (July to September)",
      "The Starting Profile is a self-assessment against the 28 pathway goals (section 5), each rated 1 "
      "(new to me) to 4 (confident, and could show evidence). The link tutor and participant then meet "
      "for a 45-minute induction tutorial to test the ratings against examples from the participant's "
      "school, because new SENCOs often rate themselves high on knowledge that is out of date.",
      [
          ["Starting Profile sent with offer letter; completed and returned", "Participant", "by 1 September"],
          ["Induction tutorial (in school or at Ashdown House): ratings discussed and moderated", "Link tutor",
           "September"],
          ["Individual Learning Plan (ILP) agreed: 4 to 6 personal goals drawn from the lowest-rated pathway "
           "goals, with the study days, reading, placement choices and assignment focus that will address them",
           "Link tutor and participant", "by Study Day 1"],
          ["ILP copied to the workplace mentor with a note on what the school can do to help", "Link tutor",
           "by Study Day 1"],
          ["APL claims decided by the University's APL panel (up to 30 credits, i.e. one module, for prior "
           "M-level study or for experience evidenced against the module outcomes)", "University", "October"],
      ])

stage("Stage 2: Study days (October to June)",
      "Eight study days, held on Thursdays in the Education Centre of Ellisford Children's Hospital "
      "(ground floor, level access, hearing loop, parking for Blue Badge holders at the door). Each day "
      "runs 9.30 to 3.30. Between days, participants carry out a directed task in school, recorded in "
      "their reflective log.",
      [
          ["Study Day 1. The SENCO role; SEN law, the Code of Practice and the SEN Toolkit; disability "
           "discrimination law and the Disability Equality Duty in schools; managing the role and time",
           "H. Marchbanks, S. Okafor", "October"],
          ["Study Day 2. Every Child Matters in practice: the five outcomes for children with SEN and medical "
           "needs; the Common Assessment Framework and the lead professional; the Team Around the Child",
           "S. Okafor, G. Pybus", "November"],
          ["Study Day 3. Identifying need: BESD, specific learning difficulties including dyslexia, speech "
           "language and communication needs, autistic spectrum disorders, moderate learning difficulties, "
           "and long-term medical conditions; reading and using reports from psychologists, therapists and "
           "doctors", "J. Tranter, D. Roberts, P. Lalvani", "December"],
          ["Study Day 4. Teaching and learning: personalising the curriculum; assessment for learning with "
           "colleagues; ICT and assistive technology (in the HHES technology room)", "HHES teachers",
           "January"],
          ["Study Day 5. Pupils and families: person-centred reviews; working with parents and carers; "
           "guest session with members of the Trust's Young People's Forum", "H. Marchbanks, Brackmere Parent "
           "Partnership Service", "February"],
          ["Study Day 6. Leading provision: provision mapping; deploying and managing teaching assistants; "
           "access arrangements for tests and examinations; the school's self-evaluation and SEN",
           "G. Pybus, a Brackmere secondary SENCO", "March"],
          ["Study Day 7. Working with colleagues and agencies: coaching and mentoring, leading INSET; health, "
           "social care and voluntary sector services, and how to get them", "S. Okafor, P. Lalvani, "
           "Brackmere Voluntary Action", "April"],
          ["Study Day 8. Enquiry poster conference; exit planning", "Pathway group", "June"],
      ])
P("A participant who misses a study day for a reason recorded as a P or S variance attends that day with "
  "the following cohort or, where the day is repeated in another HHES course, there. The order of the "
  "days is fixed because later days build on earlier ones.")

stage("Stage 3: Workplace enquiry (November to May)",
      "Each participant plans and carries out an enquiry in their own school into one aspect of provision "
      "for pupils with SEN and/or disabilities, agreed with the head. The enquiry must lead to a change in "
      "practice and an account of its effect.",
      [
          ["Enquiry proposal (500 words) agreed with the link tutor and signed by the headteacher",
           "Participant", "by end November"],
          ["Three mentor meetings in school, recorded on the mentor record", "Workplace mentor", "termly"],
          ["Two tutorials (one may be by telephone)", "Link tutor", "January, April"],
          ["Practice Record items PR1 to PR7 collected and signed off by the mentor", "Participant, mentor",
           "by May"],
      ])

stage("Stage 4: Specialist Practice Week (by arrangement, January to April)",
      "Three practice days, chosen with the link tutor to fit the ILP. Every participant spends one day "
      "with HHES teachers on the wards and in the hospital school rooms, and chooses two from: a day with "
      "an HHES home teacher and the Outreach team; a day in one of Brackmere's four special schools; a day "
      "with a Trust therapy team (speech and language therapy, occupational therapy or clinical "
      "psychology); a day with Brackmere Sensory Support.",
      [
          ["Practice days booked, host briefed with the participant's ILP goals", "HHES admin", "two weeks before"],
          ["Ward day: participant escorted at all times by an HHES teacher; observes teaching, a ward round "
           "discussion and a discharge-planning meeting with the child's school", "HHES teacher", "as booked"],
          ["Practice day log completed and discussed at next tutorial", "Participant", "within one week"],
      ])

stage("Stage 5: Assessment", None, [
    ["Assignment 1 (EDM741): a 5,000-word critical case review of provision for one pupil with SEN and/or "
     "disabilities in the participant's school, set against the law, the Code of Practice and ECM",
     "Participant; marked by link tutor", "submit February"],
    ["Assignment 2 (EDM742): 6,000-word workplace enquiry report and a poster presented at Study Day 8 to "
     "tutors, mentors and invited heads", "Participant; marked by link tutor", "submit June"],
    ["Practice Record PR1 to PR7: evidence of practice signed by the mentor, judged pass / refer by the link "
     "tutor", "Link tutor", "June"],
    ["Reflective log: kept throughout; read at tutorials (formative - not marked)", "Participant", "throughout"],
    ["Assessment board: University board confirms module results and the award", "University", "July"],
])
P("Marking is carried out by the participant's own link tutor against the University's Masters-level "
  "assessment criteria, which are printed in the participant handbook. The moderation arrangements for "
  "the pathway will be agreed with the University's Academic Registry before the first submission in "
  "February 2010.")

stage("Stage 6: Exit", None, [
    ["Starting Profile repeated: participant re-rates all 28 goals; link tutor compares with Stage 1",
     "Participant, link tutor", "June"],
    ["Exit review with link tutor and mentor: a one-page Next Steps Plan (two or three professional targets "
     "for the coming year, with routes such as the University's MA Inclusive Education, the Trust's "
     "Child Health in Education short courses, or the Brackmere SENCO network) taken to the participant's "
     "next performance management meeting", "Link tutor, mentor", "July"],
    ["Award: issued only when the assessment board has confirmed that all assessed elements are passed",
     "University", "July"],
    ["Participant's pathway closed; copy returned to participant", "HHES admin", "July"],
])

# ---------------------------------------------------------------- variance analysis
H("3. Flexibility and access", 1)
P("The pathway has one start each year, in September, so that each cohort can work together through the "
  "study days in order. Within that, participants choose the dates of their practice days, the focus of "
  "both assignments and the school in which their enquiry takes place (a SENCO who changes school keeps "
  "the enquiry going in the new school where the head agrees). Missed days can be made up with the next "
  "cohort, as in Stage 2.")
P("The University's virtual learning environment, Ellisford Learn, holds the study day materials, reading "
  "lists and the assignment briefs, and is where assignments are submitted. Link tutors answer questions "
  "by email within three working days. The discussion forum used in the pilot has been closed: it was "
  "little used and could not be moderated with the staff time available.")
P("Adjustments for disabled participants follow the University's disability service procedures: the "
  "pathway owner passes the disclosure from the nomination form (with the participant's agreement) to the "
  "University's disability adviser, who agrees a learning support plan covering, for example, extra time "
  "for submission, materials in large print or electronic formats, a note-taker, or a different ward for "
  "the ward day. Practice day hosts are told only what the participant agrees they should be told. "
  "The equality impact screening is in section 7.")

H("4. Variance analysis: the 2007-08 pilot", 1)
P("Between September 2007 and July 2008 the Service ran an unaccredited course, Medical Needs in "
  "Mainstream, for 17 SENCOs, on this pathway's earlier version (ILP/MNM/00). The Pathway Group analysed "
  "the 63 variances recorded. The main ones, and what we changed, are below.")
table([
    ["Ref", "Variance (pilot)", "Count", "What we changed"],
    ["V1", "Starting Profile not completed before the first day (P)", "12", "Profile now sent with the offer "
     "letter and discussed at an induction tutorial before Study Day 1"],
    ["V2", "School did not release SENCO for a day (S)", "9", "Headteacher now signs release for all days on "
     "the nomination form; the Heads' Forums asked for Thursdays and for dates a year ahead, which we now give"],
    ["V3", "Ward day cancelled by infection control (O)", "6", "Alternative practice days added; the ward day "
     "moves to the hospital school rooms when wards are closed"],
    ["V4", "Participants unsure what the mentor was for (S)", "8", "Mentor briefing and mentor guide added "
     "(section 6)"],
    ["V5", "No session on working with parents; raised by 11 of 17 at evaluation (T)", "-", "Study Day 5 "
     "added with Brackmere Parent Partnership Service"],
    ["V6", "Forum on Ellisford Learn unused (T)", "-", "Forum closed; email support kept"],
    ["V7", "Direct-to-assessment candidates could not assemble evidence without the study days (P)", "2",
     "The 'direct to assessment' option offered in the pilot has been withdrawn from this version of the "
     "pathway. Experienced applicants can instead claim APL for up to one module (Stage 1)."],
], widths=[1.2, 6, 1.3, 8.5])
doc.add_paragraph()
P("Before the pilot, in spring 2007, we asked every SENCO in Brackmere what a course should offer (92 "
  "replied out of 231). The three needs most often named were the law and paperwork of the Code of "
  "Practice, working with health professionals, and getting time and support from senior leaders; the "
  "study days reflect all three. Brackmere SEN Services and both Heads' Forums commented on the draft in "
  "autumn 2008, and the Forums' wish for a poster conference to which heads are invited became Study Day 8.")

# ---------------------------------------------------------------- goals
H("5. Pathway goals", 1)
P("The pathway goals are the national minimum outcomes for SENCOs in our own words. Every pathway goal is "
  "assessed before exit. The table shows where each goal is worked on and the evidence looked for at "
  "Stage 5. 'PR' is an item of the Practice Record; 'A1' and 'A2' are the assignments.")

goals = [
    ("group", "Attributes"),
    ("Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and with "
     "their families", "SD5; ward day", "PR3 (mentor observation of a review meeting)", "Yes"),
    ("Wins the support of the head, senior leaders and colleagues for better outcomes for these pupils",
     "SD7; enquiry", "A2 (enquiry report: how the change was agreed)", "Yes"),
    ("Plans own workload, manages time and delegates tasks, checking they are done", "SD1",
     "Reflective log (formative - not marked)", "Log"),
    ("Anticipates problems, makes sound decisions about provision", "SD6; enquiry", "A1 (case review)", "Yes"),
    ("Speaks and writes clearly; listens to others' views", "All days", "A1, A2 and the poster presentation",
     "Yes"),
    ("Uses research and outside advice to improve own and others' practice", "SD4, SD8", "A2 (literature "
     "review section)", "Yes"),
    ("Keeps up to date and owns own CPD in SEN and disability", "SD8; exit review", "Next Steps Plan "
     "(agreed at exit review, not graded)", "Plan"),
    ("group", "Knowledge and understanding"),
    ("SEN law and guidance, the Code of Practice, and what they mean for the school and SENCO", "SD1",
     "A1", "Yes"),
    ("Every Child Matters: the five outcomes and the SENCO's part in them", "SD2", "A1", "Yes"),
    ("DISABILITY", "SD1", "A1", "Yes"),
    ("The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their "
     "effect on learning", "SD3", "A1", "Yes"),
    ("Approaches, strategies and resources for assessment, planning and teaching, including ICT, used "
     "critically to remove barriers", "SD4", "PR5 (annotated plan for a pupil, with ICT)", "Yes"),
    ("Self-evaluation and school improvement as they bear on SEN", "SD6", "Discussed at tutorial", "Tutorial"),
    ("Best practice and research findings in meeting SEN", "SD4, SD8", "A2", "Yes"),
    ("What external agencies do and how to get specialist help and resources", "SD7; practice days", "A1",
     "Yes"),
    ("group", "Skills"),
    ("With senior leaders and governors, shapes inclusive policy, priorities and use of resources", "SD6",
     "A2 (report to head or governors, appended)", "Yes"),
    ("Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress",
     "SD3; enquiry", "A2", "Yes"),
    ("Uses assessments from other professionals to shape teaching", "SD3; practice days", "A1", "Yes"),
    ("DELETED", "SD6", "A2 (data section)", "Yes"),
    ("Helps colleagues develop formative assessment, with approaches for pupils with SEN", "SD4",
     "PR6 (planning with a colleague)", "Yes"),
    ("Identifies and puts in place access arrangements for tests and examinations in good time", "SD6", "",
     ""),
    ("Uses provision mapping and identifies provision that is missing or not working", "SD6",
     "PR4 (provision map, annotated)", "Yes"),
    ("Deploys and manages staff to support pupils with SEN", "SD6", "Not separately assessed", "No"),
    ("Supports colleagues' development: observation and feedback, modelling, coaching, training", "SD7",
     "PR7 (staff session led, observed by mentor)", "Yes"),
    ("Reviews and evaluates provision with colleagues to inform self-evaluation and planning", "SD6; enquiry",
     "A2", "Yes"),
    ("Involves pupils in planning, agreeing and reviewing their provision", "SD5",
     "Reflective log (formative - not marked)", "Log"),
    ("Works with parents and carers to support learning", "SD5", "PR3", "Yes"),
    ("Works in partnership with other services and agencies, including voluntary organisations", "SD7; "
     "practice days", "A1", "Yes"),
]
gt = doc.add_table(rows=1, cols=4)
gt.style = "Table Grid"
for j, h in enumerate(["Pathway goal", "Worked on at", "Evidence at Stage 5", "Assessed?"]):
    gt.cell(0, j).text = h
    gt.cell(0, j).paragraphs[0].runs[0].bold = True
    shade(gt.cell(0, j), "D9E2F3")
del_row_ref = None
for g in goals:
    row = gt.add_row()
    if g[0] == "group":
        m = row.cells[0].merge(row.cells[3])
        m.text = g[1]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "EDEDED")
        continue
    if g[0] == "DISABILITY":
        p = row.cells[0].paragraphs[0]
        p.add_run("Disability equality law")
        add_ins(p, " and the Disability Equality Duty")
        p.add_run(", and what schools must do to support disabled pupils")
        for j, v in enumerate(g[1:], start=1):
            row.cells[j].text = v
        continue
    if g[0] == "DELETED":
        row.cells[0].text = ("Uses summative assessment, including national tests, to track pupils' progress "
                             "and adjust programmes")
        for j, v in enumerate(g[1:], start=1):
            row.cells[j].text = v
        del_row_ref = row
        continue
    for j, v in enumerate(g):
        row.cells[j].text = v
delete_row(del_row_ref)
for row in gt.rows:
    for j, w in enumerate([7.5, 3, 5, 1.5]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

# ---------------------------------------------------------------- governance
H("6. Staff, roles and quality", 1)
H("6.1 Who delivers the pathway", 2)
table([
    ["Name", "Post", "Qualifications and current work", "Role in pathway"],
    ["Helen Marchbanks", "Deputy Headteacher (Outreach), HHES", "BEd; MA Special Educational Needs (2003); "
     "SENCO in two Brackmere primary schools 1994-2004; leads HHES outreach to 140 schools a year",
     "Pathway owner; link tutor"],
    ["Dr Simon Okafor", "Senior Lecturer in Inclusive Education, University of Ellisford", "PhD; PGCE; "
     "former secondary SENCO; external examiner for SEN programmes at two universities",
     "Module leader EDM741 and EDM742; link tutor"],
    ["Dr Priya Lalvani", "Consultant Community Paediatrician, ECH Trust", "MRCPCH; named doctor for "
     "children with complex needs in Brackmere", "Clinical lead; Study Days 3 and 7"],
    ["Jo Tranter", "Principal Clinical Psychologist, ECH Trust", "DClinPsy; paediatric psychology service",
     "Study Day 3"],
    ["Dafydd Roberts", "Highly Specialist Speech and Language Therapist, ECH Trust", "BSc; MRCSLT; leads "
     "the Trust's school-age language team", "Study Day 3; therapy practice days"],
    ["Graham Pybus", "Senior Officer, Brackmere SEN Services", "Former head of a special school; manages "
     "statutory assessment", "Study Days 2 and 6; link tutor"],
    ["Two HHES teachers (named annually)", "Hospital school teachers", "Both hold the Service's medical "
     "needs training and M-level SEN modules", "Study Day 4; ward days; link tutors"],
], widths=[3, 3.5, 7, 3.5])
doc.add_paragraph()
H("6.2 Roles and preparation", 2)
P("Link tutors (each takes up to six participants) attend a half-day tutor meeting at the start of each "
  "term, run by the pathway owner and the module leader, at which the pathway, the assignment briefs and "
  "the marking criteria are gone through and sample work from the pilot is discussed. Workplace mentors "
  "receive the mentor guide and are invited to a two-hour mentor briefing at Ashdown House in September "
  "(repeated by telephone for those who cannot come); the guide sets out the three mentor meetings, what "
  "the mentor signs in the Practice Record and what to do if the participant falls behind. Practice day "
  "hosts receive a one-page host sheet with the participant's goals.")
H("6.3 Safeguarding", 2)
P("All HHES, University and Trust staff who deliver the pathway hold enhanced CRB disclosures, recorded on "
  "the Service's single central record and checked by the Service's business manager. The Trust requires "
  "a letter of access for visitors who work unsupervised on its wards; participants on the ward day are "
  "escorted at all times by an HHES teacher and so do not need one. Participants follow the Trust's "
  "infection control and confidentiality rules, which are explained at the start of the ward day.")
H("6.4 Resources", 2)
P("Participants have full University library membership, including online journals, and use of the "
  "Trust's health sciences library. The HHES technology room at Ashdown House has the assistive "
  "technology the Service uses with pupils who cannot write or speak easily (switch access, a "
  "communication aid loan bank, Clicker 5, text-to-speech and a Boardmaker station); participants can "
  "book it for half days to try equipment with a tutor. The SEN Toolkit, the Service's medical conditions "
  "guides and the Brackmere Provision Map template are on Ellisford Learn.")
H("6.5 Audit and evaluation", 2)
P("The pathway is audited in the way the Trust audits its care pathways:")
for b in [
    "Variance audit each half term by the Pathway Group (section 1); any variance recorded for three or "
    "more participants leads to a change to the pathway or a recorded reason for not changing it.",
    "Participant evaluation after each study day (a short form) and at exit (a questionnaire and a "
    "focus group held by a Trust audit facilitator who does not teach on the pathway).",
    "Comparison of each participant's Starting Profile at Stage 1 and Stage 6, reported as the change "
    "in mean rating for each goal group, to show growth in competence and confidence.",
    "The University's annual programme monitoring, and an annual audit report to the Trust's Education "
    "Governance Committee and the HHES Management Committee, which decide on any changes.",
]:
    doc.add_paragraph(b, style="List Bullet")
P("The pathway is designed to raise the achievement and well-being of children and young people with "
  "SEN, disabilities and medical needs in participants' schools. It is hoped that participants' enquiries "
  "will show benefits for the pupils involved, and the Pathway Group will look at the enquiries each year "
  "for signs of this.")
P("Schools, parents and the Young People's Forum already take part in the pathway as speakers, hosts and "
  "mentors. The Pathway Group will consider during 2009-10 how schools and families might take part in "
  "evaluating the pathway in future.")
P("We believe the pathway represents excellent value for schools and for the Service, because it brings "
  "together expertise that already exists in the three partners.")

H("7. Equality impact screening (Trust format)", 1)
table([
    ["Question", "Answer", "Action"],
    ["Could the pathway disadvantage people because of disability?", "Possibly: ward day, written "
     "assignments, venues", "Venue has level access and loop; ward day can be moved; learning support plan "
     "through the University disability adviser; materials in alternative formats on request"],
    ["Because of race or ethnicity?", "No evidence of this", "Monitor applications and completion by "
     "ethnicity each year"],
    ["Because of gender?", "No", "Monitor"],
    ["Because of religion or belief?", "Study days avoid the main religious festivals where possible",
     "Dates checked with the SACRE calendar"],
    ["Does the pathway promote positive attitudes to disabled people?", "Yes: disabled young people from "
     "the Forum lead part of Study Day 5; the law on disability equality is taught on Study Day 1", "-"],
    ["Are publicity and pre-course materials accessible?", "Information leaflet in large print and on "
     "audio CD on request; nomination form invites disclosure", "-"],
], widths=[5, 5, 7])
doc.add_paragraph()

H("Appendix A: Pathway signatures", 1)
table([
    ["Body", "Name", "Signed", "Date"],
    ["HHES Management Committee", "Cllr Margaret Ashworth, Chair", "M. Ashworth", "10.12.08"],
    ["ECH Trust Education Governance Committee", "Dr Alan Fearnley, Medical Director", "A. Fearnley", "18.12.08"],
    ["University of Ellisford", "Professor Kate Bellamy, Head of School of Education", "K. Bellamy", "14.01.09"],
], widths=[6, 5, 3, 3])
doc.add_paragraph()
H("Appendix B: Variance record (blank)", 1)
table([
    ["Participant", "", "Stage / activity", ""],
    ["Variance code (P/S/T/O)", "", "Date noticed", ""],
    ["What happened", "", "", ""],
    ["Action taken", "", "By whom", ""],
    ["Reviewed by Pathway Group (date)", "", "Pathway changed? Y / N", ""],
], header=False, widths=[4, 5, 4, 4])

# ---------------------------------------------------------------- comments
paras = doc.paragraphs


def para_with(s):
    for p in paras:
        if s in p.text:
            return p
    raise KeyError(s)


p1 = para_with("The pathway goals are the national minimum outcomes")
doc.add_comment(p1.runs, text="Should we add a half day on consulting pupils - how to get the views of a child "
                "who can't easily tell you? The Young People's Forum offered to help plan it. HM",
                author="Helen Marchbanks", initials="HM")
p2 = para_with("The moderation arrangements for")
doc.add_comment(p2.runs, text="Simon - can we say second marking of a sample plus the external examiner? "
                "Registry still to confirm. CA", author=AUTHOR, initials="CA")

# a tracked change in body text: a deleted clause about the pilot forum and an insertion
p3 = para_with("Link tutors answer questions")
add_del(p3, " A tutor will visit the forum twice a week.")
p4 = para_with("Variance audit each half term")
add_ins(p4, " Changes are recorded in the pathway's version history.")

doc.save(OUT)
print("wrote", OUT)
