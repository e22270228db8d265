"""Build ce-02-partnership-agreement.docx (invented provider).

Provider: the Hartmoor SENCO Partnership - Hartmoor Metropolitan Borough
Council (Children's Services), the University of Sallowfield (School of
Education) and the governing bodies of two special schools, Ashgrove School
(severe, profound and multiple learning difficulties) and Kittiwake School
(autism and speech, language and communication needs). Programme:
Postgraduate Certificate in Special Educational Needs Coordination, three
20-credit Level 7 Units SAL7401-SAL7403. Dated 27 February 2009; 2008-era
vocabulary (CRB, DDA 2005, Code of Practice 2001, ECM, P scales, PCT).

The signed Memorandum of Agreement, with its Schedules, is sent as the
application (one transmittal paragraph at the top says so).

Layout:
- Title block, parties (1)-(4), recitals (A)-(E).
- Numbered clauses typed by hand as text, bold clause headings ("4
  OBLIGATIONS OF THE UNIVERSITY"), sub-clauses "4.2" and sub-sub-clauses
  "4.2.1 The University shall..." with hanging indents; a definitions clause
  whose terms are bold and quoted.
- Signature block as a four-row table ("Signed for and on behalf of ...").
- Schedule 1 Programme outline (aims, then each Unit as headed paragraphs with
  content lists and the assessed Task).
- Schedule 2 Minimum Outcomes and assessment: a four-column table (Ref |
  Minimum outcome | Where developed | Assessment counting towards the Award)
  with merged full-width group rows for attributes, knowledge and skills.
- Schedule 3 Quality assurance and staffing: Part A QA prose, Part B staffing
  table, Part C roles.

Traps (requirement ids affected):
- A route explicitly not offered: clause 8.6 "does not offer an
  assessment-only route" -> 2.3 not_met.
- E-learning excluded: clause 3.5 -> 3.3 not_applicable.
- Obligations on schools rather than the provider:
  * 7.5 puts the CRB disclosure on the Employing School (a non-party) and says
    the University need not see, record or confirm it; 6.6 is about the Host
    Schools' own mentors -> 5.3 not_met.
  * 8.8 puts professional target-setting on the Employing School's line
    manager; the University only gives information about further study ->
    2.5 partially_met.
  * 6.3 Host Schools "shall ensure" mentors are familiar with the Programme,
    with no guide, training or briefing -> 5.7 partially_met (tutors are
    covered in Schedule 3 Part C).
  * 6.4 Host Schools consult THEIR OWN pupils about hosting participants
    (wrong context) -> 1.5 not_met, 6.S7 not_met (Schedule 2 row blank).
  * 6.5 Host Schools' own accessibility plans (wrong context; 3.1 is met by
    clause 10 anyway).
- "The Parties may agree from time to time": 3.4 further intakes (3.2
  partially_met, only extension to 24 months is real), 4.3.4 specialist
  resources (5.6 partially_met, library only), 9.4 pupil-impact study (5.9
  partially_met), 9.5 stakeholders in evaluation (4.3 partially_met), 12.4
  vary the Schedules.
- Schedule 2 cells "To be agreed" / "To be agreed by the Programme Board":
  6.K2, 6.A3, 6.S2c, 6.S8, 6.S9 partially_met; 6.S2d "session to be
  confirmed" + "To be agreed" -> not_met. Dash in assessment: 6.A7, 6.S5
  partially_met. Formative only: 6.A6 (annotated bibliography), 6.S2b (data
  workshop) partially_met. Note under the table promises the gaps will be
  settled later. -> 1.9 and 6.0 partially_met (clause 8.2's rule is sound but
  several outcomes have no assessment). The same note says the Outcome Record
  "follows this table"; it does not (a dangling cross-reference, no label
  depends on it).
- Value statements: Recital (C) ECM purpose while Schedule 1 aims speak of
  progress and attainment only and assessment has no well-being focus (1.1
  partially_met); Recital (D) parents as partners plus one bare twilight
  session (1.7 partially_met).
- Genuine arrangements written plainly: E.1, E.2, 1.2, 1.3, 1.4, 1.6 (Unit 3
  coaching + 5.5 cluster network), 1.8, 2.1 (8.3), 2.2 (4.2.2-4.2.3 individual
  training plan), 2.4, 3.1 (clause 10), 4.1 (Recital A), 4.2 (2.3), 5.1, 5.2
  (clause 7), 5.4 (Part B), 5.5 (Host School placements + Council
  specialists), 5.8, and 18 outcomes developed and assessed.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("ce-02-partnership-agreement.docx")

doc = Document()
doc.core_properties.author = "Hartmoor MBC Legal Services"
doc.core_properties.title = "Memorandum of Agreement - Hartmoor SENCO Partnership"
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.5)


def para(text="", bold=False, italic=False, size=None, align=None, after=6, indent=None, hang=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if hang is not None:
        p.paragraph_format.first_line_indent = Cm(-hang)
    return p


def clause_head(num, title):
    p = para(f"{num}\t{title.upper()}", bold=True, after=4)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
    p.paragraph_format.keep_with_next = True
    return p


def cl(num, text):
    """A numbered (sub-)clause with a hanging indent depending on depth."""
    depth = num.count(".")
    ind = {1: 1.25, 2: 2.5, 3: 3.75}.get(depth, 1.25)
    hang = 1.25
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(ind)
    p.paragraph_format.first_line_indent = Cm(-hang)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(ind))
    p.paragraph_format.space_after = Pt(4)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(f"{num}\t")
    p.add_run(text)
    return p


def item(label, text, indent=2.5):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent + 1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent + 1.0))
    p.paragraph_format.space_after = Pt(2)
    p.add_run(f"({label})\t{text}")
    return p


def definition(term, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.5)
    p.paragraph_format.space_after = Pt(3)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(f"\u201c{term}\u201d")
    r.bold = True
    p.add_run(" " + text)
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, italic=False, size=9.5):
    cell.paragraphs[0].text = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


# ------------------------------------------------------------------ transmittal
para("Hartmoor SENCO Partnership \u2013 application to the Training and Development Agency for Schools "
     "for approval to provide nationally accredited training for SENCOs. The Partnership submits the "
     "signed Memorandum of Agreement below, with its three Schedules, as its application. Enquiries: "
     "Dr Rowena Castell, Programme Leader, School of Education, University of Sallowfield "
     "(r.castell@sallowfield.ac.uk).", italic=True, size=9.5, after=14)

# ------------------------------------------------------------------ title + parties
para("MEMORANDUM OF AGREEMENT", bold=True, size=15, align="c", after=2)
para("for the provision of the Postgraduate Certificate in Special Educational Needs Coordination",
     align="c", after=2)
para("THIS AGREEMENT is dated 27 February 2009", align="c", after=12)
para("BETWEEN", bold=True)
item("1", "HARTMOOR METROPOLITAN BOROUGH COUNCIL of the Civic Centre, Ropewalk, Hartmoor HM1 2AX, acting "
     "through its Children\u2019s Services Directorate (\u201cthe Council\u201d);", indent=0.25)
item("2", "THE UNIVERSITY OF SALLOWFIELD, a higher education corporation, of Abbot\u2019s Close, "
     "Sallowfield SF3 8QE (\u201cthe University\u201d);", indent=0.25)
item("3", "THE GOVERNING BODY OF ASHGROVE SCHOOL, a community special school for pupils with severe and "
     "profound and multiple learning difficulties, of Tenter Lane, Hartmoor HM4 6DN "
     "(\u201cAshgrove\u201d); and", indent=0.25)
item("4", "THE GOVERNING BODY OF KITTIWAKE SCHOOL, a community special school for pupils with autistic "
     "spectrum disorders and speech, language and communication needs, of Gull Street, Hartmoor "
     "HM7 1PL (\u201cKittiwake\u201d),", indent=0.25)
para("together \u201cthe Parties\u201d, and Ashgrove and Kittiwake together \u201cthe Host Schools\u201d.",
     after=10)

para("RECITALS", bold=True)
item("A", "In 2008 the Council carried out a Review of SENCO Training Needs. It surveyed the headteachers "
     "and SENCOs of all 92 Hartmoor schools (61 replied) and held three focus groups, with primary "
     "SENCOs, secondary SENCOs and headteachers. The Review found that 34 of the 88 SENCOs then in post "
     "had been in the role for less than three years, and that the needs most often identified were: "
     "planning and costing provision across the school (provision mapping); deploying and managing "
     "teaching assistants; understanding the complex and severe needs that mainstream schools now "
     "meet more often; and working with outside agencies. The Review is the evidence on which the "
     "Programme has been designed.", indent=0.25)
item("B", "The University validated the Programme at a validation event on 10 December 2008, with an "
     "external assessor from another university, and its Senate has approved it for five years from "
     "1 September 2009.", indent=0.25)
item("C", "The Parties share the purpose of raising the achievement and improving the well-being of "
     "children and young people with special educational needs and/or disabilities in Hartmoor, in "
     "relation to all five Every Child Matters outcomes.", indent=0.25)
item("D", "The Parties recognise that parents and carers are the first educators of their children and "
     "value their partnership with schools.", indent=0.25)
item("E", "The Parties wish to record the arrangements under which they will provide the Programme "
     "together.", indent=0.25)
para("IT IS AGREED as follows:", bold=True, after=8)

# ------------------------------------------------------------------ 1 definitions
clause_head("1", "Definitions and interpretation")
cl("1.1", "In this Agreement the following words have the following meanings:")
definition("Award", "means the Postgraduate Certificate in Special Educational Needs Coordination of the "
           "University, of 60 credits at Level 7 (masters level) of the Framework for Higher Education "
           "Qualifications;")
definition("Programme", "means the programme of study leading to the Award, as outlined in Schedule 1;")
definition("Unit", "means one of the three Units of 20 credits each that make up the Programme;")
definition("Task", "means an assessed piece of work set out in Schedule 1 and Schedule 2;")
definition("Applicant", "means a teacher who applies for a place on the Programme, and "
           "\u201cParticipant\u201d means an Applicant who has been admitted and enrolled;")
definition("Employing School", "means the school at which a Participant is employed as a teacher. An "
           "Employing School is not a party to this Agreement;")
definition("Placement", "means the structured placement of five days in a Host School that forms part of "
           "Unit 2;")
definition("Mentor", "means a teacher of a Host School nominated under clause 6.2 to support Participants "
           "on Placement;")
definition("Minimum Outcomes", "means the minimum outcomes for teachers successfully completing nationally "
           "accredited SENCO training set out in Annex 3 of the specification published by the Training "
           "and Development Agency for Schools (\u201cthe TDA\u201d) in 2008;")
definition("Individual Training Plan", "means the plan agreed for each Participant under clause 4.2.3;")
definition("Outcome Record", "means the record, kept for each Participant, of the Tasks in which each "
           "Minimum Outcome has been demonstrated;")
definition("Programme Board", "means the board established under clause 12;")
definition("Programme Leader", "means the member of the University\u2019s staff named in Schedule 3 as "
           "leading the Programme.")
cl("1.2", "Clause headings do not affect the interpretation of this Agreement. The Schedules form part of "
   "this Agreement and references to clauses and Schedules are to clauses of and Schedules to it.")

# ------------------------------------------------------------------ 2 purpose
clause_head("2", "Purpose, term and development of the Programme")
cl("2.1", "The Parties shall provide the Programme in partnership for five academic years from 1 September "
   "2009, unless this Agreement is ended earlier under clause 13.")
cl("2.2", "The University is the awarding body. The Programme is subject to the University\u2019s Academic "
   "Regulations for Taught Postgraduate Programmes and its quality assurance procedures.")
cl("2.3", "The Programme was designed by a working group of the Parties which met six times between April "
   "and November 2008. In response to the Review described in Recital A:")
item("a", "the Placement was included at the request of SENCOs who told the Review that they had little "
     "first-hand experience of pupils with complex needs, and of the headteachers of the Host Schools, "
     "who offered to provide it;")
item("b", "provision mapping and the management of teaching assistants were made the main content of "
     "Unit 3, at the request of the Council\u2019s Secondary SENCO Forum;")
item("c", "the Council\u2019s Autism Outreach Team asked to teach, and will teach, the Unit 2 sessions on "
     "autistic spectrum disorders; and")
item("d", "the timing of taught days (Thursdays, avoiding the first and last weeks of each term) was "
     "chosen after the primary headteachers\u2019 focus group said that this would make release easier.")

# ------------------------------------------------------------------ 3 programme
clause_head("3", "The Programme")
cl("3.1", "The Programme consists of three Units of 20 credits at Level 7, outlined in Schedule 1, "
   "making 60 credits in all.")
cl("3.2", "There shall be one intake each September. The Units are taken in order, one each term, and the "
   "Programme is normally completed part time in one academic year.")
cl("3.3", "A Participant may, with the consent of the Programme Leader, extend the Programme over a period "
   "of up to 24 months.")
cl("3.4", "The Parties may agree from time to time to offer additional intakes or other patterns of study.")
cl("3.5", "The Programme shall be taught face to face at the Council\u2019s Hartmoor Professional Centre "
   "and at the Host Schools. No part of the Programme shall be delivered by e-learning or by distance "
   "learning.")
cl("3.6", "Each Unit includes directed tasks to be carried out in the Participant\u2019s own school between "
   "taught days. Each such task is linked to named Minimum Outcomes in Schedule 2 and feeds into the "
   "Task for that Unit.")

# ------------------------------------------------------------------ 4 University
clause_head("4", "Obligations of the University")
cl("4.1", "The University shall be responsible for the academic standards of the Programme and of the "
   "Award, and shall confer the Award on Participants who meet the requirements of clause 8.")
cl("4.2", "Before and at the start of the Programme:")
cl("4.2.1", "The University shall receive applications and shall interview Applicants jointly with the "
   "Council\u2019s SEN Adviser in accordance with clause 7.")
cl("4.2.2", "The University shall, before the first taught day, carry out with each Participant an analysis "
   "of his or her training and development needs against each of the Minimum Outcomes, using the "
   "Partnership\u2019s self-review and the evidence the Participant brings from his or her school.")
cl("4.2.3", "The University shall agree with each Participant, and with the Participant\u2019s line "
   "manager, an Individual Training Plan which sets out the Participant\u2019s personalised outcomes, "
   "taking account of prior knowledge and achievement; the Minimum Outcomes on which the Participant "
   "most needs to concentrate; the optional workshops the Participant will attend; the focus of each "
   "Task; and any credit awarded under clause 8.3. The Plan shall be reviewed and updated at each "
   "tutorial.")
cl("4.3", "During the Programme:")
cl("4.3.1", "The University shall provide the Programme Leader and Unit tutors named in Schedule 3.")
cl("4.3.2", "The University shall give each Participant three individual tutorials in each Unit with a "
   "named personal tutor, and shall run optional workshops each term (in 2009\u201310 on dyslexia, on "
   "behaviour, and on alternative and augmentative communication) to which Participants are directed by "
   "their Individual Training Plans.")
cl("4.3.3", "The University shall give each Participant access to its library, including its electronic "
   "journals, for the duration of the Programme.")
cl("4.3.4", "The Parties may agree from time to time the specialist teaching resources, including "
   "assistive and communication technology, to be made available to Participants.")
cl("4.3.5", "The University shall assess Participants\u2019 work in accordance with clause 8 and "
   "Schedule 2.")

# ------------------------------------------------------------------ 5 Council
clause_head("5", "Obligations of the Council")
cl("5.1", "The Council shall provide the Hartmoor Professional Centre, free of charge, as the venue for "
   "taught days.")
cl("5.2", "The Council shall make available officers of its Educational Psychology Service, Sensory Support "
   "Service, Autism Outreach Team and Parent Partnership Service, and speech and language therapists "
   "from the service it commissions with Hartmoor Primary Care Trust, to teach the sessions shown in "
   "Schedule 1.")
cl("5.3", "The Council shall pay the University a contribution of \u00a3400 towards the fee of each "
   "Participant employed in a Hartmoor school.")
cl("5.4", "The Council\u2019s SEN Adviser shall take part in the selection of Applicants under clause 7.")
cl("5.5", "The Council shall convene a SENCO cluster network each term, which Participants shall attend, "
   "at which Participants work with SENCOs of other schools and with Council officers on problems "
   "the schools share, and report back on the outcome to their own schools.")

# ------------------------------------------------------------------ 6 Host Schools
clause_head("6", "Obligations of the Host Schools")
cl("6.1", "Each Host School shall host up to eight Participants each year for the Placement. The Placement "
   "shall follow the Placement Programme in Schedule 1: Participants observe and teach under "
   "supervision, shadow the school\u2019s own SENCO, attend a multi-agency meeting or an annual review, "
   "and see specialist approaches (including signing, symbols, alternative and augmentative "
   "communication and sensory approaches) in use.")
cl("6.2", "Each Host School shall nominate experienced teachers as Mentors. The Mentor shall meet the "
   "Participant daily during the Placement and complete a Placement Report on each Participant.")
cl("6.3", "Each Host School shall ensure that its Mentors are familiar with the Programme and with their "
   "responsibilities under it.")
cl("6.4", "Each Host School shall consult its pupils, through its school council and using symbols and "
   "signing where needed, about the arrangements for hosting Participants.")
cl("6.5", "Each Host School shall maintain its Accessibility Plan and Disability Equality Scheme as "
   "required by the Disability Discrimination Act 1995.")
cl("6.6", "Each Host School shall ensure that every member of its staff who acts as a Mentor holds a current "
   "enhanced Criminal Records Bureau disclosure.")
cl("6.7", "The headteacher of each Host School shall teach one session of Unit 3.")

# ------------------------------------------------------------------ 7 admission
clause_head("7", "Admission, selection and suitability")
cl("7.1", "To be admitted an Applicant must hold Qualified Teacher Status, be employed as a teacher in a "
   "school in England, be in post as SENCO or have been designated by the headteacher to take up the "
   "role within twelve months, and be nominated by the headteacher, who shall confirm that the Applicant "
   "will be released for taught days and the Placement.")
cl("7.2", "Each Applicant shall complete the Partnership\u2019s self-review against the Minimum Outcomes and "
   "submit it with the application.")
cl("7.3", "The University and the Council\u2019s SEN Adviser shall interview each Applicant and decide, "
   "from the application, the self-review, the headteacher\u2019s nomination and the interview, whether "
   "the Applicant has enough knowledge, understanding and skills to benefit from the Programme and to "
   "meet all the Minimum Outcomes by the end of it. The reasons for each decision shall be recorded.")
cl("7.4", "An Applicant who is not admitted because he or she is not yet ready shall be given written "
   "guidance on what to do to reach the level needed, and the SEN Adviser shall, with the "
   "Applicant\u2019s consent, discuss the guidance with the Applicant\u2019s headteacher. The Applicant "
   "may apply again for the next intake.")
cl("7.5", "It shall be the responsibility of the Employing School to ensure that the Participant holds a "
   "current enhanced Criminal Records Bureau disclosure. The University shall not be required to see, "
   "record or confirm the disclosure.")

# ------------------------------------------------------------------ 8 assessment
clause_head("8", "Assessment and the Award")
cl("8.1", "Each Unit is assessed by the Task or Tasks set out in Schedule 1 and Schedule 2. The pass mark "
   "for each Task is 50 per cent, and a Participant may resubmit a failed Task once.")
cl("8.2", "The Award shall be conferred only on a Participant who has passed the Tasks of all three Units "
   "(or of the Units not credited under clause 8.3) and whom the Examination Board has confirmed, from "
   "the Outcome Record, as having demonstrated each of the Minimum Outcomes.")
cl("8.3", "The University shall consider claims for the accreditation of prior learning of up to 20 credits "
   "(one Unit other than Unit 2) under its Accreditation of Prior Learning Regulations: for prior "
   "certificated learning at Level 7, matched against the learning outcomes of the Unit; or for prior "
   "experiential learning, shown in a portfolio mapped to the learning outcomes and Minimum Outcomes of "
   "the Unit and assessed by two tutors. Minimum Outcomes demonstrated in an accepted claim shall be "
   "entered in the Outcome Record.")
cl("8.4", "Marking and moderation shall be carried out as set out in Part A of Schedule 3.")
cl("8.5", "Reasonable adjustments to assessment shall be made in accordance with clause 10.")
cl("8.6", "The Programme does not offer an assessment-only route to the Award. Every Participant shall "
   "complete the taught Units not credited under clause 8.3.")
cl("8.7", "At the last taught day of Unit 3 the University shall give Participants information about its "
   "MA in Inclusive Education and the further study open to them.")
cl("8.8", "On completion of the Programme the Participant\u2019s line manager at the Employing School shall "
   "agree with the Participant professional targets for the following year.")

# ------------------------------------------------------------------ 9 QA
clause_head("9", "Quality assurance and evaluation")
cl("9.1", "The Programme is subject to the University\u2019s quality assurance procedures and to the "
   "arrangements in Part A of Schedule 3.")
cl("9.2", "The University shall collect Participants\u2019 evaluations of each Unit and of the Placement, "
   "shall consider the external examiner\u2019s annual report, and shall prepare each year an Annual "
   "Monitoring Report with an action plan, which shall be scrutinised by the Faculty Quality Committee. "
   "A copy of the Report shall be sent to the Council.")
cl("9.3", "Each Participant shall repeat the self-review at the end of the Programme. The University shall "
   "compare the two self-reviews for each cohort and report the change in the Annual Monitoring Report "
   "as its measure of the growth in Participants\u2019 competence and confidence.")
cl("9.4", "The Parties may agree from time to time to commission a study of the Programme\u2019s impact on "
   "the achievement of pupils in Participants\u2019 schools.")
cl("9.5", "The Parties may agree from time to time to involve the Council, the Host Schools, Employing "
   "Schools, parents and carers and former Participants in the evaluation of the Programme.")

# ------------------------------------------------------------------ 10 equality
clause_head("10", "Equality and access")
cl("10.1", "The University shall comply with its duties under the Race Relations (Amendment) Act 2000, the "
   "Disability Discrimination Act 1995 as amended by the Disability Discrimination Act 2005, and the "
   "Equality Act 2006, in the recruitment, selection, teaching and assessment of Participants.")
cl("10.2", "The application form and Programme leaflet shall invite Applicants to disclose any disability, "
   "explain how the information will be used and that it will play no part in selection, and be "
   "available in large print, audio and electronic formats.")
cl("10.3", "Before the Programme starts the University\u2019s Disability Service shall agree a Support Plan "
   "with each Participant who discloses a disability, setting out reasonable adjustments to taught "
   "days, the Placement and assessment, such as extra time, alternative forms of a Task, materials in "
   "alternative formats, a British Sign Language interpreter or assistive software.")
cl("10.4", "The Council shall ensure that the Hartmoor Professional Centre is fully accessible, and each "
   "Host School shall make the adjustments to the Placement agreed in a Participant\u2019s Support Plan.")

# ------------------------------------------------------------------ 11 finance
clause_head("11", "Finance")
cl("11.1", "The fee for the Programme is \u00a31,150 per Participant, payable to the University. For "
   "Participants employed in Hartmoor schools the Employing School pays \u00a3750 and the Council "
   "\u00a3400 under clause 5.3.")
cl("11.2", "The University shall pay each Host School \u00a3120 for each Placement day provided.")
cl("11.3", "Because the Council provides the venue free of charge, the fee is below the University\u2019s "
   "standard fee for 60 credits at Level 7.")

# ------------------------------------------------------------------ 12 governance
clause_head("12", "Programme Board")
cl("12.1", "The Parties shall establish a Programme Board of one representative of each Party, chaired by "
   "the Programme Leader, which shall meet once a term.")
cl("12.2", "The Programme Board shall approve the calendar of taught days, allocate Placements between the "
   "Host Schools, settle operational questions between the Parties and agree any variation to the "
   "Schedules.")
cl("12.3", "Any dispute not resolved by the Programme Board shall be referred to the Dean of the "
   "University\u2019s School of Education and the Council\u2019s Strategic Director of Children\u2019s "
   "Services.")
cl("12.4", "The Parties may agree from time to time to vary the Schedules, by a written note signed on "
   "behalf of each Party.")

# ------------------------------------------------------------------ 13-14
clause_head("13", "Term and termination")
cl("13.1", "Any Party may end its participation in this Agreement by giving twelve months\u2019 written "
   "notice expiring on 31 August in any year.")
cl("13.2", "If this Agreement ends, the University shall make arrangements for Participants then enrolled "
   "to complete the Programme.")
clause_head("14", "Data protection and confidentiality")
cl("14.1", "Each Party shall comply with the Data Protection Act 1998 in handling information about "
   "Applicants, Participants and pupils, and information about pupils gathered for a Task shall be "
   "anonymised.")

para("IN WITNESS of which the Parties have signed this Agreement on the dates shown below.", after=6)
sig = doc.add_table(rows=5, cols=3)
sig.style = "Table Grid"
for i, t in enumerate(["Signed for and on behalf of", "Name and position", "Signature and date"]):
    set_cell(sig.rows[0].cells[i], t, bold=True)
    shade(sig.rows[0].cells[i], "E7E6E6")
sigs = [
    ("Hartmoor Metropolitan Borough Council", "Mrs Alison Treharne, Strategic Director, Children\u2019s "
     "Services", "[signed] 23 February 2009"),
    ("The University of Sallowfield", "Professor Keith Maunder, Pro Vice-Chancellor (Academic)",
     "[signed] 24 February 2009"),
    ("The Governing Body of Ashgrove School", "Mr Neil Ferriday, Chair of Governors; Mrs Judith Okonedo, "
     "Headteacher", "[signed] 25 February 2009"),
    ("The Governing Body of Kittiwake School", "Ms Priya Latham, Chair of Governors; Mr Tobias Wray, "
     "Headteacher", "[signed] 27 February 2009"),
]
for r, row in enumerate(sigs, start=1):
    for c, t in enumerate(row):
        set_cell(sig.rows[r].cells[c], t)

# ------------------------------------------------------------------ Schedule 1
doc.add_page_break()
para("SCHEDULE 1", bold=True, size=13, align="c", after=2)
para("Programme outline", bold=True, align="c", after=10)
para("1. Aims", bold=True)
para("The Programme aims:")
item("a", "to improve the progress and attainment of pupils with special educational needs and/or "
     "disabilities in Participants\u2019 schools;", indent=0.25)
item("b", "to prepare teachers to lead the coordination of SEN provision in a school in accordance with the "
     "SEN Code of Practice (2001);", indent=0.25)
item("c", "to develop critical, research-informed practice at masters level; and", indent=0.25)
item("d", "to enable Participants to make and evaluate changes in their own schools\u2019 provision.",
     indent=0.25)

para("2. Unit 1 \u2013 SAL7401 SEN, Disability and the Law in Practice (20 credits, Level 7, autumn term)",
     bold=True)
para("Content:")
for t in [
    "the Education Act 1996 Part IV, the SEN and Disability Act 2001 and the SEN Code of Practice: what "
    "they require of the school, the governing body, the SENCO and class teachers, and how to put them "
    "into practice;",
    "disability equality: the Disability Discrimination Act 1995 and 2005, the Disability Equality Duty, "
    "reasonable adjustments and accessibility planning, and the actions they require of schools;",
    "Every Child Matters: the five outcomes, the Children Act 2004 and the Common Assessment Framework;",
    "current government policy and initiatives: Removing Barriers to Achievement, the Inclusion "
    "Development Programme, the Bercow Review of services for children with speech, language and "
    "communication needs (2008);",
    "recent research and inspection evidence: Ofsted\u2019s reports Special educational needs and "
    "disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? "
    "(2006), and research on the effectiveness of inclusive education and of specific interventions;",
    "using research and specialist advice to improve practice;",
    "the SENCO as strategic leader with the headteacher, senior colleagues and governors: inclusive "
    "ethos, SEN policy, priorities and the use of resources.",
]:
    para("\u2013 " + t, indent=0.75, after=2)
para("School-based task: audit of the school\u2019s SEN policy and register against the Code of Practice.")
para("Task 1 (100%): Policy audit and report to the governing body, 4,000 words, including a critical "
     "review of research on one area of need.")

para("3. Unit 2 \u2013 SAL7402 Understanding and Meeting Needs (20 credits, Level 7, spring term)", bold=True)
para("Content:")
for t in [
    "how children develop, and how SEN, disability and the physical and social environment affect "
    "development;",
    "the common types of SEN and disability: behavioural, emotional and social difficulties, specific "
    "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
    "disorders (taught by the Autism Outreach Team), moderate learning difficulties, and their effect on "
    "learning;",
    "approaches, strategies and resources for assessment, planning and teaching, including ICT and "
    "alternative and augmentative communication, judged critically;",
    "identification, target setting, planning interventions and reviewing progress;",
    "using assessments from educational psychologists, speech and language therapists and the Sensory "
    "Support Service to plan teaching;",
    "data workshop: tracking progress with national curriculum tests, P scales and other summative data;",
    "the roles of external agencies and how to obtain specialist support and resources;",
    "relationships with pupils and families;",
    "parents and carers (one twilight session, Parent Partnership Service).",
]:
    para("\u2013 " + t, indent=0.75, after=2)
para("Placement Programme: five days in a Host School, arranged by the Programme Board. The Participant "
     "observes and teaches under the Mentor\u2019s supervision, shadows the Host School\u2019s SENCO, "
     "attends a multi-agency meeting or an annual review, and keeps a placement journal. The Mentor "
     "completes a Placement Report.")
para("Task 2 (100%): Placement portfolio and pupil case study, 5,000 words or equivalent, including the "
     "Mentor\u2019s Placement Report. The case study follows one pupil in the Participant\u2019s own school "
     "and the work with the pupil\u2019s family.")

para("4. Unit 3 \u2013 SAL7403 Leading and Evaluating Provision (20 credits, Level 7, summer term)",
     bold=True)
para("Content:")
for t in [
    "provision mapping and management; identifying ineffective or missing provision (four sessions);",
    "deploying and managing teaching assistants and other staff;",
    "supporting colleagues: coaching and mentoring, observation and feedback, modelling, leading INSET;",
    "assessment for learning with colleagues, including approaches for pupils with SEN;",
    "reviewing and evaluating provision with colleagues; school self-evaluation and improvement planning;",
    "multi-agency working, including with voluntary organisations;",
    "managing the SENCO role: setting priorities, managing time, delegating;",
    "gaining the commitment of the headteacher, senior leaders and colleagues; anticipating and resolving "
    "problems; making decisions about provision (session taught by a Host School headteacher);",
    "continuing professional learning;",
    "presenting to colleagues and responding to questions.",
]:
    para("\u2013 " + t, indent=0.75, after=2)
para("Task 3a (80%): Development project report, 5,000 words. The Participant leads and evaluates a change "
     "in SEN provision in his or her school.")
para("Task 3b (20%): Presentation of the project to the Programme Leader and a Host School headteacher, "
     "15 minutes with questions.")

# ------------------------------------------------------------------ Schedule 2
doc.add_page_break()
para("SCHEDULE 2", bold=True, size=13, align="c", after=2)
para("Minimum Outcomes and assessment", bold=True, align="c", after=8)
para("The table shows, for each Minimum Outcome, where the Programme develops it and the assessment that "
     "counts towards the Award. The Outcome Record for each Participant follows this table.", after=6)

S2 = [
    ("group", "Professional attributes"),
    ("PA1", "Fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
     "disabilities and with their parents or carers", "Unit 2 (relationships with pupils and families; "
     "Placement)", "Task 2: case study and Placement Report"),
    ("PA2", "Gain the commitment of colleagues, including the headteacher and senior leaders",
     "Unit 3", "Task 3a"),
    ("PA3", "Prioritise, manage time, delegate appropriately", "Unit 3 (managing the SENCO role)",
     "To be agreed by the Programme Board"),
    ("PA4", "Anticipate and resolve problems; well-founded decisions and sound judgement on provision",
     "Unit 3", "Task 3a"),
    ("PA5", "Express themselves clearly in speech and writing; listen to and understand the views of "
     "others", "Units 1 and 3", "Task 1 (written report); Task 3b (presentation and questions)"),
    ("PA6", "Draw on research evidence and external advice to improve own and colleagues\u2019 practice",
     "Unit 1", "Annotated bibliography \u2013 formative, not graded"),
    ("PA7", "Keep up to date; take responsibility for own CPD on SEN and disability",
     "Unit 3 (continuing professional learning)", "\u2014"),
    ("group", "Professional knowledge and understanding"),
    ("KU1", "SEN law and guidance, including the SEN Code of Practice, and putting them into practice",
     "Unit 1", "Task 1"),
    ("KU2", "Every Child Matters and how the SENCO can help children achieve the outcomes",
     "Unit 1", "To be agreed"),
    ("KU3", "Disability equality law and the actions it requires", "Unit 1", "Task 1"),
    ("KU4", "How children develop and the factors that affect development", "Unit 2", "Task 2"),
    ("KU5", "The most common types of SEN and disability and how they affect learning",
     "Unit 2; Placement", "Task 2"),
    ("KU6", "Approaches, strategies and resources for assessment, planning, teaching and learning, "
     "including ICT", "Unit 2", "Task 2"),
    ("KU7", "Principles of school self-evaluation and improvement", "Unit 3", "Task 3a"),
    ("KU8", "Best practice and the outcomes of research in meeting SEN", "Unit 1",
     "Task 1 (critical review of research)"),
    ("KU9", "Scope and role of external agencies; obtaining specialist support", "Unit 2", "Task 2"),
    ("group", "Professional skills"),
    ("PS1", "With senior colleagues and governors, influence strategic development of an inclusive ethos, "
     "policies, priorities and resources", "Unit 1", "Task 1"),
    ("PS2", "Identify pupils who may have SEN, set targets, plan interventions, review progress",
     "Unit 2", "Task 2"),
    ("PS2(i)", "Use assessments from a range of professionals", "Unit 2", "Task 2"),
    ("PS2(ii)", "Use summative assessments, including national tests, to track progress",
     "Unit 2 (data workshop)", "Formative data exercise only; not graded"),
    ("PS2(iii)", "Encourage other teachers to develop formative assessment", "Unit 3", "To be agreed"),
    ("PS2(iv)", "Identify special arrangements for national tests and examinations and put them in place",
     "Unit 2 (session to be confirmed)", "To be agreed"),
    ("PS3", "Provision mapping and management; identify ineffective or missing provision", "Unit 3",
     "Task 3a"),
    ("PS4", "Deploy and manage staff effectively", "Unit 3", "Task 3a"),
    ("PS5", "Support the professional development of colleagues", "Unit 3", "\u2014"),
    ("PS6", "Review and evaluate provision with other staff to inform self-evaluation", "Unit 3",
     "Task 3a"),
    ("PS7", "Involve pupils in planning, agreeing, reviewing and evaluating their provision", "", ""),
    ("PS8", "Liaise effectively with parents and carers", "Unit 2 (twilight session)", "To be agreed"),
    ("PS9", "Work in partnership with other services and agencies, including voluntary organisations",
     "Unit 3", "To be agreed by the Programme Board"),
]
t2 = doc.add_table(rows=1, cols=4)
t2.style = "Table Grid"
for i, h in enumerate(["Ref", "Minimum Outcome (Annex 3, abridged)", "Where developed (Schedule 1)",
                       "Assessment counting towards the Award"]):
    set_cell(t2.rows[0].cells[i], h, bold=True)
    shade(t2.rows[0].cells[i], "D9E2F3")
t2.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
for row in S2:
    tr = t2.add_row()
    if row[0] == "group":
        m = tr.cells[0].merge(tr.cells[3])
        set_cell(m, row[1], bold=True)
        shade(m, "F2F2F2")
        continue
    for i, v in enumerate(row):
        set_cell(tr.cells[i], v)
widths = [Cm(1.6), Cm(6.4), Cm(4.0), Cm(4.0)]
for tr in t2.rows:
    for i, w in enumerate(widths):
        tr.cells[i].width = w
para("", after=2)
para("Note: entries shown as \u201cTo be agreed\u201d shall be settled by the Programme Board before the "
     "first Participants enrol.", italic=True, size=10)

# ------------------------------------------------------------------ Schedule 3
doc.add_page_break()
para("SCHEDULE 3", bold=True, size=13, align="c", after=2)
para("Quality assurance and staffing", bold=True, align="c", after=8)
para("Part A \u2013 Quality assurance", bold=True)
para("A1. Internal evaluation. Participants complete an evaluation at the end of each Unit and of the "
     "Placement. A Participant representative from each cohort attends a liaison meeting with the "
     "Programme Leader each term. Unit tutors review marks, progression and the evaluations after each "
     "Unit.", align="j")
para("A2. External evaluation. The external examiner, Dr Lorna Beddoes of the University of Wrexley, "
     "reviews a sample of every Task and the Placement Reports, reports annually, and attends the "
     "Examination Board. The Programme is reviewed every five years by a University panel with external "
     "members.", align="j")
para("A3. Use of evidence. The Annual Monitoring Report (clause 9.2) brings together the evaluations, the "
     "external examiner\u2019s report, the comparison of self-reviews (clause 9.3) and the marks. Its action "
     "plan records what will change and who is responsible; progress is checked at the next year\u2019s "
     "meeting of the Faculty Quality Committee, and the next cohort is told what has changed. Reading "
     "lists are revised each summer by Unit tutors in the light of new research, inspection reports and "
     "national guidance.", align="j")
para("A4. Marking and moderation. Tasks are marked against the University\u2019s Level 7 criteria and the "
     "outcomes named in Schedule 2. One in five scripts for each Task, and every script provisionally "
     "failed or given a distinction, is second-marked. Markers meet to agree marks before each "
     "Examination Board. The Programme Leader visits each Host School during the Placement and moderates "
     "the Placement Reports with the Mentors.", align="j")

para("Part B \u2013 Staffing", bold=True)
staff = [
    ("Dr Rowena Castell", "Programme Leader; Unit 3 leader (University)",
     "PhD; MA Special Educational Needs; NPQH", "SENCO and assistant head, Hartmoor secondary schools, "
     "1996\u20132006; Senior Lecturer since 2006; supports SENCOs in two schools"),
    ("Mr Idris Penhale", "Unit 2 leader (University)", "MEd Language and Communication; PG Dip Autism",
     "Head of a primary resourced provision for speech and language needs until 2008"),
    ("Dr Saoirse Lund", "Unit 1 leader (University)", "PhD (inclusion and the law); MA Education",
     "Former SEN caseworker and advisory teacher; researches disability equality in schools"),
    ("Dr Kamala Venn", "Tutor (Council)", "Chartered educational psychologist; DEdPsy",
     "Principal Educational Psychologist, Hartmoor"),
    ("Mrs Judith Okonedo / Mr Tobias Wray", "Host School headteachers; Unit 3 sessions",
     "NPQH; specialist qualifications in SLD/PMLD and autism", "Current headteachers of Ashgrove and "
     "Kittiwake"),
]
t3 = doc.add_table(rows=1, cols=4)
t3.style = "Table Grid"
for i, h in enumerate(["Name", "Role in the Programme", "Qualifications", "Recent and current experience"]):
    set_cell(t3.rows[0].cells[i], h, bold=True)
    shade(t3.rows[0].cells[i], "D9E2F3")
for row in staff:
    tr = t3.add_row()
    for i, v in enumerate(row):
        set_cell(tr.cells[i], v)
para("", after=2)
para("All University tutors belong to the School\u2019s Inclusion Research Group and attend at least one "
     "national SEN conference a year under the School\u2019s staff development plan.", align="j")

para("Part C \u2013 Roles", bold=True)
para("C1. Unit tutors, including Council officers who teach, receive the Programme Handbook and a written "
     "description of their role, and attend the University\u2019s assessment standardisation day each "
     "September, at which last year\u2019s scripts are marked together.", align="j")
para("C2. Personal tutors hold the tutorials under clause 4.3.2 and keep each Individual Training Plan "
     "up to date.", align="j")
para("C3. Mentors support Participants on Placement and complete the Placement Report (clause 6.2).",
     align="j")
para("C4. The Council\u2019s SEN Adviser takes part in selection and in the SENCO cluster network "
     "(clauses 5.4 and 5.5).", align="j")

doc.save(OUT)
print("wrote", OUT)
