"""Build bt-02-brenchley-partnership.docx: a local-authority-led partnership (invented).

Provider: the (invented) Brenchley and Marlow Vale SENCO Partnership, led by
Brenchley Borough Council's SEND and Inclusion Service with Marlow Vale
Council and Thornfield Teaching School Alliance; accreditation to be through
the (invented) University of Westerleigh. Dated 7 March 2016. Present-day
vocabulary throughout: SEND Code of Practice 0 to 25 (2015), Children and
Families Act 2014, EHC plans, SEN Support, graduated approach, SEMH, DBS,
Equality Act 2010, EEF guidance, Rochford Review.

Layout: a two-page covering letter (letterhead, address block typed with
manual line breaks, values-laden prose, signature block), then
"Attachment 1", a long four-column table of answers (No. | Area | Our
response | Status) with the partnership's own question numbers Q1-Q28,
which do not follow the specification's order or numbering, and a Status
column ("Agreed", "To be finalised", "In discussion"). "Attachment 2" is an
outcome table in the partnership's own words and modern terms, grouped
under its own three headings, with "Session(s)" and "Assessed in" columns
where "Assessed in" is an assignment (A1-A3), "TBC" or a dash. Header and
footer.

Traps and the requirement each affects:
- E.1 partially_met (deferral): the University of Westerleigh is named but
  "The validation arrangements ... are to be finalised with the University".
  E.2 met: "60 credits at Level 7 (Master's level)" is stated as a fact.
- 1.1 partially_met: the course's "main objective" is that SENCOs "can carry
  out the statutory duties"; better outcomes appear only as a value in the
  letter; well-being is not in aims or assessment.
- 1.5 partially_met: pupil voice only "covered in session 5" in general
  terms; 6.S7 partially_met (session 5, not assessed).
- 1.6 partially_met (limitation plus a cross-reference that does not
  resolve): in-school colleagues (TAs, coaching) only; the course
  "concentrates on colleagues within the participant's own school" and leaves
  other schools to the LA network; "See also Q22" leads to the tutors.
- 1.7 partially_met (deferral): "Schools are responsible for their own
  arrangements for working with parents"; the course covers the Code's
  expectations. 6.S8 and 6.A1 partially_met ("TBC").
- 1.9 partially_met, 5.8 partially_met (deferral): "the assessment of the
  remaining outcomes is to be finalised"; double marking, but "Moderation
  arrangements are to be finalised".
- 2.1 partially_met: exemption from two sessions for those who did the LA's
  non-accredited induction: prior study taken into account, nothing
  accredited.
- 2.2 not_met (negation / deferral): "The course does not include a separate
  needs analysis. Schools are responsible ...".
- 2.3 not_met (aspiration): "We are exploring with the University whether
  an assessment-only route could be offered".
- 2.4 partially_met: "designed to be high quality and tailored" plus a fee.
- 3.1 partially_met: value statement on the Equality Act 2010 and an
  accessible venue; adjustments deferred: "Schools are responsible for
  making reasonable adjustments for their own staff".
- 3.3 partially_met (e-learning): live webinars with tutor chat and breakout
  rooms (direct support), but "Between sessions, schools are responsible for
  supporting their SENCO"; the national SENCO Forum list is not the
  provider's support; nothing on ICT for communication with schools.
- 3.2 met: two cohorts (September and January), webinars recorded.
- 4.1 met; 4.2 met by cross-reference "See Q10" plus the December 2015
  steering group change; 4.3 partially_met: Parent Carer Forum co-delivers a
  session, but evaluation only "We intend to involve ...".
- 5.1 partially_met: internal session and course evaluations; the
  University's monitoring "will apply once validation is complete (to be
  confirmed)".
- 5.2 partially_met: nomination confirms role and release only; no check of
  prior knowledge, no guidance for applicants not ready.
- 5.3 partially_met (multi-part in part): heads confirm a current enhanced
  DBS certificate; "Any further checks ... are a matter for the employing
  school".
- 5.5 partially_met (conditional): specialist services speak in sessions,
  but visits to specialist provision only "can be arranged on request".
- 5.6 not_met (cross-reference to the wrong thing): "See Q14." Q14 is about
  equality and the venue.
- 5.7 partially_met: tutors plan together; "School-based mentors are briefed
  by their own headteacher".
- 5.9 partially_met: confidence ratings; "Schools are responsible for
  monitoring the progress of their pupils".
- 6.0 partially_met: award on passing three assignments and 80% attendance,
  while Attachment 2 leaves outcomes "TBC", unassessed or absent.
- Criterion 6 from Attachment 2: "TBC" or a dash in "Assessed in" is
  partially_met (6.A1, A2, A3, A7, K6, K7, K9, S2d, S5, S6, S7, S8, S9);
  no row at all is not_met (6.K2: Every Child Matters is never mentioned;
  6.K4 child development; 6.S2c formative assessment). Combined rows (K9
  with S9; K7 with S6) count for both. Modern terms are met where assessed
  (6.K5 with SEMH for BESD; 6.K1 with the 2015 Code).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("bt-02-brenchley-partnership.docx")

doc = Document()
doc.core_properties.author = "Marianne Cole"
doc.core_properties.title = "National Award for SENCO - partnership application"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Brenchley and Marlow Vale SENCO Partnership"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "OFFICIAL"


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False):
    cell.text = ""
    parts = text if isinstance(text, list) else [text]
    for i, part in enumerate(parts):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = para.add_run(part)
        run.bold = bold


def p(text="", bold=False):
    para = doc.add_paragraph()
    if text:
        para.add_run(text).bold = bold
    return para


# ------------------------------------------------------------------ letter
lh = doc.add_paragraph()
lh.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = lh.add_run("Brenchley Borough Council\nChildren's Services - SEND and Inclusion Service\n"
               "Brenchley Professional Centre\nStation Road, Brenchley")
r.font.size = Pt(9)
p("7 March 2016")
p("National Award for SEN Co-ordination\nProvider Approval Panel\nBy email")
p("Dear Panel members,")
p("Application to deliver the National Award for SEN Co-ordination", bold=True)
for para in (
    "I am writing on behalf of the Brenchley and Marlow Vale SENCO Partnership to apply for approval to deliver "
    "the National Award for SEN Co-ordination from September 2016. The partnership brings together Brenchley "
    "Borough Council's SEND and Inclusion Service, which leads it, Marlow Vale Council and Thornfield Teaching "
    "School Alliance. Accreditation will be through the University of Westerleigh, with whom we are in the final "
    "stages of agreeing the arrangements.",
    "Since 2011 Brenchley has run a non-accredited SENCO Induction Programme, attended by more than ninety "
    "SENCOs. The reforms introduced by the Children and Families Act 2014 have changed the role of the SENCO "
    "profoundly, and our schools have asked us for an accredited course that reflects them. We believe that "
    "every child with SEND deserves the best possible outcomes, and that the SENCO, working with families, is "
    "central to achieving them.",
    "Attachment 1 answers each of the requirements in turn, using our own numbering. Where an answer depends on "
    "decisions still to be taken with the University, we have said so in the Status column. Attachment 2 shows "
    "how the course covers the National Award outcomes.",
    "We would be glad to meet the panel or to provide any further information.",
):
    p(para)
p("Yours sincerely,")
p("Marianne Cole\nHead of SEND and Inclusion, Brenchley Borough Council\n"
  "on behalf of the Brenchley and Marlow Vale SENCO Partnership")
p("Enclosures: Attachment 1 - Our responses; Attachment 2 - Coverage of the National Award outcomes")

doc.add_page_break()

# ------------------------------------------------------------------ Attachment 1
p("Attachment 1 - Our responses", bold=True)

ROWS = [
    ("Q1", "Accreditation",
     ["The National Award will be accredited by the University of Westerleigh's School of Education as a "
      "Postgraduate Certificate. The validation arrangements, including the module structure and the assignment "
      "briefs, are to be finalised with the University.",
      "The award will carry 60 credits at Level 7 (Master's level)."], "To be finalised"),
    ("Q2", "Aims of the course",
     "The main objective of the course is to make sure that every new SENCO in Brenchley and Marlow Vale can "
     "carry out the statutory duties in the SEND Code of Practice confidently, from SEN Support through to "
     "EHC plans.", "Agreed"),
    ("Q3", "Who can apply",
     "Participants must hold QTS and be in post as SENCO (or about to take up the role) in a school in Brenchley "
     "or Marlow Vale. Headteachers nominate participants using the partnership's nomination form, which "
     "confirms that the school will release the teacher for all sessions.", "Agreed"),
    ("Q4", "Safer recruitment",
     "Headteachers are asked to confirm on the nomination form that the participant holds a current enhanced "
     "DBS certificate. Any further checks (for example prohibition orders or references) are a matter for the "
     "employing school.", "Agreed"),
    ("Q5", "Prior learning",
     "SENCOs who completed the Brenchley SENCO Induction Programme (2011-2015) are exempt from sessions 1 and 2.",
     "Agreed"),
    ("Q6", "Assessment-only route",
     "We are exploring with the University whether an assessment-only route could be offered to very "
     "experienced SENCOs from 2017.", "In discussion"),
    ("Q7", "Identifying participants' needs",
     "The course does not include a separate needs analysis. Schools are responsible for identifying the "
     "training needs of their SENCO through performance management, and participants bring these targets to "
     "session 1.", "Agreed"),
    ("Q8", "Course structure and flexibility",
     ["Twelve sessions over three terms: nine full-day sessions at the Brenchley Professional Centre and three "
      "two-hour live webinars (sessions 3, 7 and 10). There are two cohorts a year, starting in September and "
      "in January. Webinars are recorded so that participants who cannot attend live can watch them later.",
      "After every session participants complete a gap task in their own school, linked to the outcomes of that "
      "session, which they use as evidence in their assignments. Session 4 is held at Thornfield Teaching "
      "School and includes observation of its SEN Support practice."], "Agreed"),
    ("Q9", "Online learning",
     "Webinars use the University's Blackboard Collaborate platform. Tutors answer questions live through the "
     "chat, and participants discuss tasks in breakout rooms. Between sessions, schools are responsible for "
     "supporting their SENCO; participants are also welcome to join the national SENCO Forum email list.",
     "Agreed"),
    ("Q10", "Evidence of local need",
     "In June 2015 we surveyed all SENCOs in the two authorities (64 replies) and held two focus groups with "
     "headteachers. The priorities were the move from statements to EHC plans (81% of SENCOs), meeting social, "
     "emotional and mental health needs (74%) and leading SEN Support through the graduated approach (66%). "
     "The Brenchley Parent Carer Forum told us that families want SENCOs to involve them earlier. These "
     "findings shaped sessions 2, 5 and 6 (see Attachment 2).", "Agreed"),
    ("Q11", "How stakeholders have shaped the course",
     "See Q10. In addition, the steering group reviewed the draft course in December 2015 and, at its request, "
     "the session on EHC needs assessment (session 7) was extended to a full day.", "Agreed"),
    ("Q12", "Stakeholder involvement",
     "A representative of the Brenchley Parent Carer Forum co-delivers session 5, and headteachers are invited "
     "to the Assignment 3 presentations. We intend to involve headteachers and the Parent Carer Forum in "
     "evaluating the course once it is running; the arrangements will be agreed by the steering group.",
     "In discussion"),
    ("Q13", "Research and inspection evidence",
     "Sessions draw on current evidence, including the Education Endowment Foundation's guidance Making Best "
     "Use of Teaching Assistants (2015), Ofsted's review A statement is not enough (2010), the Lamb Inquiry "
     "(2009) and the Rochford Review's interim recommendations (2015). The reading list for each session is "
     "reviewed with the University every year.", "Agreed"),
    ("Q14", "Equality and access",
     "The partnership is committed to equality and inclusion in line with the Equality Act 2010. The "
     "Professional Centre is fully accessible. Schools are responsible for making reasonable adjustments for "
     "their own staff who attend the course.", "Agreed"),
    ("Q15", "Legislation and policy",
     "Sessions 1 and 2 cover the Children and Families Act 2014 (Part 3), the SEND Code of Practice: 0 to 25 "
     "years (2015), the SEND Regulations 2014, the Equality Act 2010 and the public sector equality duty, and "
     "Supporting pupils at school with medical conditions (2014). Participants write Assignment 1 on how their "
     "school meets these duties.", "Agreed"),
    ("Q16", "Pupil voice",
     "The Code of Practice places the views of children and young people at the centre of the SEND system, and "
     "this is covered in session 5.", "Agreed"),
    ("Q17", "Working with colleagues",
     "Session 4 (deploying teaching assistants, using the EEF guidance) and session 8 (coaching and supporting "
     "teachers) develop participants' skills in working with colleagues in their school. The course "
     "concentrates on colleagues within the participant's own school; working with SENCOs in other schools is "
     "left to the partnership's termly SENCO network. See also Q22.",
     "Agreed"),
    ("Q18", "Parents and carers",
     "Schools are responsible for their own arrangements for working with parents. The course covers the "
     "Code's expectations for involving parents in decisions (session 5, co-delivered with the Parent Carer "
     "Forum).", "Agreed"),
    ("Q19", "Impact on practice",
     "Assignment 3 requires each participant to lead a change in SEND practice in their own school - for "
     "example a new approach to SEN Support reviews - and to report its impact on practice, with evidence from "
     "colleagues.", "Agreed"),
    ("Q20", "Assessment",
     ["Three assignments: A1 Statutory duties and whole-school SEND policy review (3,000 words); A2 Case study: "
      "the graduated approach for one pupil (4,000 words); A3 Leading change (3,500 words and a 10-minute "
      "presentation).",
      "Attachment 2 shows which outcomes each assignment assesses; the assessment of the remaining outcomes is "
      "to be finalised with the University. All assignments are marked by two partnership tutors. Moderation "
      "arrangements are to be finalised with the University."], "To be finalised"),
    ("Q21", "Quality, tailoring and cost",
     "The course has been designed to be high quality and tailored to the needs of local SENCOs. The fee is "
     "\u00a31,450; Brenchley pays half for its maintained schools.", "Agreed"),
    ("Q22", "Tutors",
     ["The course is led by Marianne Cole (Head of SEND and Inclusion; former SENCO and special school deputy "
      "headteacher; MA in Special Educational Needs) with Dr Paul Ekwueme (Senior Educational Psychologist, "
      "Brenchley), Sunita Rai (specialist teacher for social, emotional and mental health, Thornfield TSA) and "
      "Dr Alison Prowse (Senior Lecturer in Inclusion, University of Westerleigh, formerly a secondary SENCO). "
      "All tutors currently work with schools on SEND.",
      "Tutors meet each term to plan sessions. School-based mentors are briefed by their own headteacher."],
     "Agreed"),
    ("Q23", "Specialist expertise and placements",
     "Participants hear from the Educational Psychology Service, the Speech and Language Therapy team, CAMHS "
     "and the Sensory Support Service in sessions 6 and 7. Visits to specialist provision (the Orchard School "
     "and the authorities' resource bases) can be arranged on request.", "Agreed"),
    ("Q24", "Resources", "See Q14.", "Agreed"),
    ("Q25", "Evaluation",
     "Every session is evaluated by participants using an online form. At the end of the course participants "
     "complete an evaluation, and the tutors meet to review the course and agree changes for the next cohort. "
     "The University's annual monitoring process will apply once validation is complete (to be confirmed).",
     "To be finalised"),
    ("Q26", "Impact",
     "Participants rate their confidence against each session's topic at the first and last sessions. Schools "
     "are responsible for monitoring the progress of their pupils.", "Agreed"),
    ("Q27", "After the course",
     "In the final session each participant draws up a 'next steps' plan, using our template, to take to their "
     "next performance management meeting with their headteacher. We also explain the University's MA in "
     "Inclusive Education and the partnership's termly SENCO network.", "Agreed"),
    ("Q28", "Completing the award",
     "Participants who pass all three assignments and attend at least 80% of sessions will receive the "
     "National Award. See Attachment 2.", "Agreed"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(("No.", "Area", "Our response", "Status")):
    cell_text(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "C5E0B3")
for no, area, resp, status in ROWS:
    cells = t.add_row().cells
    cell_text(cells[0], no)
    cell_text(cells[1], area)
    cell_text(cells[2], resp)
    cell_text(cells[3], status)
    if status != "Agreed":
        shade(cells[3], "FFF2CC")
for row in t.rows:
    for i, w in enumerate((Cm(1.2), Cm(3.2), Cm(10.0), Cm(2.4))):
        row.cells[i].width = w

# ------------------------------------------------------------------ Attachment 2 (landscape)
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
p("Attachment 2 - Coverage of the National Award outcomes", bold=True)
p("Sessions: 1-2 The law and the Code; 3 Areas of need (webinar); 4 Teaching assistants (at Thornfield); "
  "5 Families and pupil voice; 6 Assessment and the graduated approach; 7 EHC needs assessment and other "
  "agencies (webinar); 8 Leading colleagues; 9 Provision management and self-evaluation; 10 Assignment "
  "clinic (webinar); 11-12 Presentations and next steps.")

OUTCOMES = [
    "Knowing the law and the system",
    ("Statutory framework: Children and Families Act 2014 and SEND Code of Practice 0-25 (2015); what it means "
     "for the school and the SENCO, and how to put it into practice", "1, 2", "A1"),
    ("Equality Act 2010: disability duties, reasonable adjustments and accessibility plans for pupils", "2", "A1"),
    ("The four broad areas of need (communication and interaction; cognition and learning; social, emotional "
     "and mental health; sensory and/or physical), including dyslexia, autism, speech, language and "
     "communication needs and moderate learning difficulties, and how they affect learning", "3, 6", "A2"),
    ("Approaches, strategies and resources for teaching and assessment, including assistive technology", "6",
     "TBC"),
    ("Research and best practice in meeting SEND", "4", "A1"),
    ("External agencies, voluntary organisations and the local offer; getting specialist support; working in "
     "partnership with other services", "7", "TBC"),
    ("School self-evaluation and SEND: reviewing the effectiveness of provision with colleagues", "9", "-"),
    "Leading and coordinating provision",
    ("Shaping whole-school SEND policy, priorities and resources with the headteacher, senior leaders and "
     "governors", "8", "A1"),
    ("The graduated approach: identifying needs through observation and data, setting targets, planning and "
     "reviewing SEN Support", "5, 6", "A2"),
    ("Using reports from educational psychologists, therapists and other professionals to plan teaching",
     "6, 7", "A2"),
    ("Tracking progress with school data, including KS2 and GCSE results, and changing provision", "6", "A2"),
    ("Access arrangements for tests and examinations (STA and JCQ)", "6", "-"),
    ("Provision mapping and management; spotting provision that is not working", "9", "A3"),
    ("Deploying and managing teaching assistants", "4", "A3"),
    ("Coaching, modelling and leading training for colleagues", "8", "TBC"),
    ("Involving pupils in their SEN Support reviews and EHC plan reviews", "5", "-"),
    ("Working with parents and carers; co-production", "5", "TBC"),
    "Personal and professional qualities",
    ("Relationships with pupils and families built on respect", "5", "TBC"),
    ("Gaining the commitment of the headteacher and senior leaders", "8", "TBC"),
    ("Managing time and workload; delegating", "8", "-"),
    ("Solving problems and making sound decisions about provision", "9", "A3"),
    ("Communicating clearly in speech and writing; listening to others", "all", "A3 (presentation)"),
    ("Using research and external advice to improve own and colleagues' practice", "4", "A1"),
    ("Keeping up to date; reflective log", "all", "-"),
]
t2 = doc.add_table(rows=1, cols=3)
t2.style = "Table Grid"
for i, h in enumerate(("Outcome area (our summary)", "Session(s)", "Assessed in")):
    cell_text(t2.rows[0].cells[i], h, bold=True)
    shade(t2.rows[0].cells[i], "C5E0B3")
for row in OUTCOMES:
    cells = t2.add_row().cells
    if isinstance(row, str):
        m = cells[0].merge(cells[2])
        cell_text(m, row, bold=True)
        shade(m, "E2EFD9")
        continue
    for i, v in enumerate(row):
        cell_text(cells[i], v)
for row in t2.rows:
    for i, w in enumerate((Cm(17.0), Cm(3.0), Cm(4.0))):
        row.cells[i].width = w
p("TBC = to be confirmed with the University of Westerleigh at validation.")

doc.save(OUT)
print(f"wrote {OUT.name}")
