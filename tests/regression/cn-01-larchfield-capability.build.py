"""Build cn-01-larchfield-capability.docx: Larchfield Education Partners Ltd (invented).

Provider: Larchfield Education Partners Ltd, a small independent school-improvement
and SEN consultancy in Cranmere (seven consultants, nineteen associates), applying
with the University of Netherby as validating partner. Programme: the University of
Netherby Postgraduate Certificate in Special Educational Needs Coordination, 60
credits at Level 7, delivered entirely by Larchfield. Dated February 2009; 2008-era
vocabulary (CRB, DDA 2005, SEN Code of Practice 2001, ECM, Bercow Review 2008,
Inclusion Development Programme).

Voice: a commercial consultancy's capability statement. Third person and corporate
"we", sales language ("proven", "client", "deliverable", "acceptance test",
"service standard"), a tagline and a mission paragraph.

Layout (a capability statement of the kind consultancies sent in answer to an
invitation, reworked for the TDA round):
- Cover page with a tagline; an "At a glance" two-column fact table.
- Heading 1 sections numbered 1-12 in the text; Section 4 has Heading 2
  sub-sections typed "4.1 Diagnose", "4.2 Design", "4.3 Deliver", "4.4 Demonstrate",
  which collide with requirement ids 4.1-4.3 (they are about needs assessment,
  tailoring and delivery, not stakeholders).
- Section 2 "Track record": a table of past contracts for other clients.
- Section 5 "Service specification": a three-column table (service element, what
  Larchfield provides, service standard) that carries several real arrangements.
- Section 6 "Key personnel": CV boxes as shaded one-cell tables.
- Section 8 "What clients say": shaded testimonial quotations about past work.
- Section 9 "Deliverables schedule" in a landscape section: the national minimum
  outcomes re-worded as 24 "deliverables" D1-D24 (one row combines two outcomes,
  one row combines K7 and S6), columns Delivered in (workshops W1-W8) and
  Acceptance test (C1, C2, C3 count toward the award; Reflective Log is
  formative; "Attendance at W1"; "Optional"; "-"). A note under the table says
  only C1-C3 count and gives a blanket "embedded throughout" claim.
- Section 10 "Commercial terms": a price table (the assessment-only pathway and
  the post-award masterclasses appear here, and the credit-transfer rule under it).
- Section 11 "Exclusions and assumptions": a bulleted list of what is not done.
- Section 12 "Declaration": the company's safeguarding declaration about its own staff.
- Page header (document reference) and footer (a claim about measuring impact on
  pupils: never evidence).

Traps and genuine arrangements, with the requirement ids they affect:
- 1.1 partially_met: the programme aim (Section 4 opening) is attainment and
  progress only; well-being and the five ECM outcomes appear only in the mission
  paragraph of Section 1 (values) and as W1 content knowledge.
- 1.5 not_met (past arrangement / other contract): consulting pupils appears only
  in the track record (Hartsdale "Pupil Voice Toolkit", 2005-2008) and in a
  testimonial about that past course.
- 6.S7 not_met (negation): Section 11 puts pupil participation in planning and
  reviewing provision "outside the scope of this programme"; the testimonial about
  pupils writing their own targets is about past work.
- 1.3 met: termly "What the evidence says" briefings citing Ofsted reports, the
  Bercow Review and the IDP (Section 4.3).
- 1.8 met: C2 Practice-Based Inquiry requires leading and evaluating a change.
- 1.9 and 6.0 partially_met: the award rule is "passed C1, C2 and C3" plus the
  claim that mapping every outcome to a deliverable means passing shows every
  outcome; the schedule shows outcomes that no summative component assesses.
- 2.1 partially_met: prior experience is taken into account by the "fast-track"
  (4.1) but the note under the price table says no credit can be transferred in.
- 2.2 met: Diagnostic built from the outcomes, entry conversation, Individual
  Development Plan with personalised priority outcomes, revisited at tutorials.
- 2.3 met (unusual place, with a distractor): the assessment-only pathway is a row
  of the service specification and a line of the price table. The track record's
  Stainforth assessment-only accreditation of ASTs is another programme.
- 2.5 partially_met: completers only receive a brochure for Larchfield's own
  masterclasses (a sales offer, no help in setting professional targets).
- 3.1 met: disclosure, written adjustments, named legislation, in the service table.
- 3.2 met: three intakes, any order after W1, three venues, 9-24 months.
- 3.3 partially_met (e-learning present): Larchfield Online e-modules and a cohort
  forum that is "peer-led and is not monitored by tutors"; tutor support only at
  workshop tutorials, so tutor support between face-to-face days is missing.
- 4.1, 4.2 met: the 2008 survey and the Client Reference Group's changes
  (Section 3). 4.3 partially_met: school Practice Supervisors are involved in
  delivery, but involvement in evaluation is only "would welcome ... will explore"
  (Section 11), and the Reference Group "was stood down"; the Fenwick stakeholder
  evaluation panel in the track record is a past contract. Section "4.3 Deliver"
  is a numbering collision.
- 5.1 partially_met: a range of internal and external methods, but findings only go
  to a CRM system and to the Board quarterly: no mechanism for using them to
  change the programme. The ISO 9001 registration is generic.
- 5.2 met: entry screening row of the service specification.
- 5.3 not_met (negation and wrong context): Section 11 says the employer is
  responsible and "Larchfield does not request or check disclosure details";
  the CRB declaration in Section 12 is about Larchfield's own staff.
- 5.4 met: CV boxes and the associates' CPD statement.
- 5.5 partially_met: specialist associates, but "Larchfield does not arrange
  placements" (Section 11); the Kelbrook placements in the track record were for
  teaching assistants on another contract.
- 5.6 met: resource library, assistive technology kit, e-journals.
- 5.7 met: Associate Handbook, August standardisation day, Supervisor Guide and
  briefing call for Practice Supervisors.
- 5.8 met: second marking, University moderator, external examiner, two assessors
  and recordings for C3.
- 5.9 partially_met: pupil baseline/outcome data aggregated in a Programme Impact
  Summary, but participants are measured only by a satisfaction index (no measure
  of competence or confidence). The footer's claim is not evidence; the Hartsdale
  reading-age study is a past contract.
- Outcomes (Section 9 with Sections 4.3 and 4.4): met where a workshop develops the
  deliverable and C1, C2 or C3 assesses it (A1, A2, A4, A6+K8 combined row, K1, K3,
  K5, K6, K7+S6 combined row, K9, S1, S2, S2a, S3, S4, S5, S8).
  partially_met: A3, K4 and S2d only by the formative Reflective Log; K2 only by
  "Attendance at W1"; S2b "Optional"; A5 assessed in all components but developed
  nowhere ("-"); S9 developed in W4 but "-" for acceptance.
  not_met: A7 and S2c have no row and no content (only the blanket "embedded
  throughout" note); S7 excluded in Section 11.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("cn-01-larchfield-capability.docx")

doc = Document()
doc.core_properties.author = "Miriam Falconer"
doc.core_properties.title = "Larchfield capability statement - National Award for SENCOs"
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)

GREEN = RGBColor(0x2E, 0x5E, 0x3A)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(text="", bold=False, italic=False, size=None, align=None, color=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(*pieces):
    """One paragraph from (text, bold) pieces."""
    p = doc.add_paragraph()
    for text, bold in pieces:
        r = p.add_run(text)
        r.bold = bold
    return p


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def table(rows, widths=None, header=True, fill="DCE8DD", style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            r = p.add_run(val)
            r.font.size = Pt(9.5)
            if header and i == 0:
                r.bold = True
                shade(cell, fill)
            if widths:
                cell.width = widths[j]
    doc.add_paragraph()
    return t


def box(title, lines, fill="F3F1EA"):
    """A shaded one-cell table used as a CV box or a testimonial box."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    shade(cell, fill)
    p = cell.paragraphs[0]
    if title:
        r = p.add_run(title)
        r.bold = True
        for line in lines:
            q = cell.add_paragraph(line)
            q.runs[0].font.size = Pt(9.5)
    else:
        for k, line in enumerate(lines):
            q = p if k == 0 else cell.add_paragraph()
            r = q.add_run(line)
            r.italic = k == 0
            r.font.size = Pt(10 if k == 0 else 9)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------ header / footer
sec0 = doc.sections[0]
hp = sec0.header.paragraphs[0]
hp.text = "Larchfield Education Partners Ltd  |  Capability Statement LEP-CS-09-02  |  TDA SENCO approval round 2009"
hp.runs[0].font.size = Pt(8)
fp = sec0.footer.paragraphs[0]
r = fp.add_run("Commercial in confidence  \u00b7  Larchfield measures the impact of every programme on pupil "
               "outcomes  \u00b7  Registered in England and Wales No. 4419327  \u00b7  Page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------ cover
para("LARCHFIELD EDUCATION PARTNERS", bold=True, size=22, align="c", color=GREEN)
para("Every child. Every chance.", italic=True, size=13, align="c", color=GREEN)
para()
para("Capability Statement and Programme Proposal", bold=True, size=16, align="c")
para("National Award for Special Educational Needs Coordination", size=13, align="c")
para("University of Netherby Postgraduate Certificate in Special Educational Needs Coordination",
     italic=True, align="c")
para()
para("Prepared for the Training and Development Agency for Schools: invitation to apply for approval "
     "to provide nationally accredited training for SENCOs", align="c")
para("Submitted 20 February 2009", align="c")
para()
para("At a glance", bold=True, size=12, color=GREEN)
table([
    ["Company", "Larchfield Education Partners Ltd, established 2001; private company limited by shares"],
    ["Head office", "4 Tanner's Yard, Cranmere CR2 6HL"],
    ["People", "Seven permanent consultants; nineteen associate specialists"],
    ["What we do", "School improvement, inclusion and SEN consultancy and training for local authorities, "
                   "diocesan bodies and schools"],
    ["Quality", "ISO 9001:2000 registered quality management system (certificate QMS 55812); "
                "Investors in People"],
    ["Award proposed", "Postgraduate Certificate in Special Educational Needs Coordination, an award of "
                       "the University of Netherby, validated on 14 January 2009"],
    ["Level and credit", "60 credits at Level 7 of the Framework for Higher Education Qualifications"],
    ["Intakes", "September, January and April"],
    ["Contact", "Dr Miriam Falconer, Director of Programmes, m.falconer@larchfield-ep.co.uk, 01632 960 418"],
], widths=[Cm(3.5), Cm(12.5)], header=False)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------ 1 who we are
doc.add_heading("1. Who we are", level=1)
para("Larchfield was founded in 2001 by three former local authority advisers who were tired of training "
     "that looked good on the day and changed nothing on Monday morning. We believe that every child, "
     "whatever their starting point, deserves to be healthy, to stay safe, to enjoy and achieve, to make a "
     "positive contribution and to achieve economic well-being, and that belief runs through everything we "
     "do. Since 2001 we have completed more than 140 commissions for 23 local authorities, two diocesan "
     "boards and several hundred schools, most of them in inclusion and special educational needs. We are "
     "small by choice: clients deal with the consultant who does the work, not with an account manager.")
para("This statement sets out who we are, what we have done, and how we will deliver the National Award "
     "for SEN Coordination in partnership with the University of Netherby. The University validated the "
     "programme as its Postgraduate Certificate in Special Educational Needs Coordination at an event on "
     "14 January 2009; the award carries 60 credits at Level 7, is conferred by the University\u2019s "
     "Senate, and is governed by the University\u2019s Regulations for Taught Postgraduate Awards. "
     "Larchfield designs and delivers all teaching and first-marks all assessment; the University "
     "registers participants, moderates assessment, appoints the external examiner and confers the award.")

# ------------------------------------------------------------ 2 track record
doc.add_heading("2. Track record", level=1)
para("A selection of recent commissions relevant to SEN coordination. References are available from "
     "every client listed.")
table([
    ["Client", "Commission", "Period", "What we delivered"],
    ["Hartsdale Metropolitan Borough Council", "SENCO Induction Programme (unaccredited)", "2005\u20132008",
     "A six-day induction course for 88 newly appointed SENCOs. The course included our Pupil Voice "
     "Toolkit, which trained SENCOs to consult pupils through structured interviews, drawings, photographs "
     "and rating scales."],
    ["Kelbrook County Council", "Teaching Assistant Progression Programme", "2006\u20132008",
     "A Level 3 programme for 140 teaching assistants, with supervised placements in Kelbrook\u2019s five "
     "special schools."],
    ["Borough of Stainforth", "Advanced Skills Teacher (Inclusion): assessment", "2007",
     "An assessment-only accreditation: experienced teachers presented portfolios and were interviewed "
     "against the AST inclusion standards without attending any training."],
    ["Fenwick Diocesan Schools Trust", "Inclusion Review", "2007\u20132008",
     "A review of SEN provision in 31 schools. An independent stakeholder evaluation panel of parents, "
     "governors and headteachers scrutinised and challenged our findings before publication."],
    ["Hartsdale Metropolitan Borough Council", "Reading intervention impact study", "2008",
     "Measured the reading ages of 412 pupils before and after a ten-week intervention and reported the "
     "gains by school and by type of need."],
], widths=[Cm(3.6), Cm(3.6), Cm(1.8), Cm(7.0)])

# ------------------------------------------------------------ 3 why this programme
doc.add_heading("3. Why this programme, and who shaped it", level=1)
para("In April and May 2008 Larchfield surveyed SENCOs and headteachers in the three authorities where we "
     "work most: Hartsdale, Kelbrook and Stainforth. Forty-six SENCOs and twenty-nine headteachers "
     "replied. Sixty-one per cent of the SENCOs appointed in the previous three years held no SEN "
     "qualification of any kind. Asked what they most needed, SENCOs put provision management first, "
     "leading and deploying teaching assistants second and \u2018difficult conversations\u2019 with "
     "parents third. Headteachers were clear that they could not release a SENCO for more than eight days "
     "in a year, and SENCOs in small rural primaries, who often take on the role mid-year, asked for "
     "start dates other than September.")
para("We then convened a Client Reference Group of two headteachers, two SENCOs, Hartsdale\u2019s Principal "
     "Educational Psychologist and a parent representative nominated by Kelbrook Parent Partnership. The "
     "group met three times between June and November 2008 and read each draft of the programme. At its "
     "suggestion we cut the taught days from twelve to eight, introduced three intake points a year, moved "
     "Provision Management from the last workshop to the fifth, and added role-played meetings with "
     "parents to W4; the parent representative rewrote the W4 scenarios herself. The Client Reference "
     "Group was stood down in December 2008 once the design had been signed off.")

# ------------------------------------------------------------ 4 the Larchfield Cycle
doc.add_heading("4. The programme: the Larchfield Cycle", level=1)
para("The programme\u2019s aim is simple: measurable gains in the attainment and progress of pupils with "
     "special educational needs and disabilities in the schools where our participants work. Everything "
     "in the programme is judged against that aim, and every Practice-Based Inquiry must report pupils\u2019 "
     "attainment data before and after the change the participant leads. The programme follows the "
     "Larchfield Cycle that underpins all our work: Diagnose, Design, Deliver, Demonstrate.")

doc.add_heading("4.1 Diagnose", level=2)
para("Before the first workshop every participant completes the Larchfield SENCO Diagnostic, an online "
     "self-assessment of twenty-six items built directly from the national minimum outcomes. Each item "
     "asks for a short piece of evidence as well as a rating, because we have found that new SENCOs both "
     "over-rate knowledge that is out of date and under-rate skills they use every day. The "
     "participant\u2019s tutor reads the Diagnostic and holds a 45-minute entry conversation with the "
     "participant, and together they agree an Individual Development Plan (IDP): a personalised set of "
     "priority outcomes, the workshops the participant must attend in full, and any for which the "
     "participant\u2019s existing experience allows the \u2018fast-track\u2019, a directed reading and a "
     "tutor check in place of the full day. The IDP is revisited at the individual tutorial held at every "
     "workshop and updated in writing.")

doc.add_heading("4.2 Design", level=2)
para("No two participants follow quite the same route. The IDP decides which workshops are taken in full "
     "and which are fast-tracked; each participant chooses the focus of the Policy Review and of the "
     "Practice-Based Inquiry to fit his or her school; and the individual tutorial at each workshop is "
     "used to adjust the plan as the year goes on. Participants are out of school for eight days, not the "
     "twelve to fifteen of most programmes we reviewed, and workshops run at three regional venues so "
     "that nobody travels more than forty minutes. The fee (Section 10) covers teaching, online materials, "
     "assessment and University registration.")

doc.add_heading("4.3 Deliver", level=2)
para("The taught programme is eight one-day workshops. W1 is taken first; the others may be taken in any "
     "order (Section 5). Between workshops participants carry out short Practice Tasks in their own "
     "schools, each tied to named deliverables in Section 9 \u2013 for instance, auditing the school\u2019s "
     "SEN register against the Code of Practice after W1, or drawing a first provision map after W5 \u2013 "
     "and bring the results to the next workshop. Each workshop pack opens with a \u2018What the evidence "
     "says\u2019 briefing, rewritten every term by Dr Falconer, that summarises recent research and "
     "inspection findings on the workshop\u2019s theme: Ofsted\u2019s Special educational needs and "
     "disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? "
     "(2006), the Bercow Review of services for children with speech, language and communication needs "
     "(2008), and the Inclusion Development Programme materials as they are published.")
table([
    ["Workshop", "Content"],
    ["W1 The Legal and Policy Landscape",
     "The Education Act 1996 (Part IV) and the Special Educational Needs and Disability Act 2001; the SEN "
     "Code of Practice (2001) and what it requires of the school, the governors, the SENCO and class "
     "teachers, and how to put it into practice; the Disability Discrimination Act 1995 as amended in 2005, "
     "the Disability Equality Duty and accessibility planning; the Children Act 2004, Every Child Matters "
     "and the Common Assessment Framework; Removing Barriers to Achievement (2004) and current national "
     "initiatives."],
    ["W2 Understanding Learners",
     "How children develop \u2013 cognitively, in language, socially and emotionally \u2013 and how SEN, "
     "disability and the physical and social environment affect development; behavioural, emotional and "
     "social difficulties, specific learning difficulties including dyslexia, speech, language and "
     "communication needs, autistic spectrum disorders and moderate learning difficulties, and their "
     "effect on learning. Taught with an associate educational psychologist and a speech and language "
     "therapist."],
    ["W3 Assessment for Intervention",
     "Identifying pupils who may have SEN through observation, data and assessment; setting challenging "
     "targets; planning and reviewing interventions; using reports from educational psychologists, "
     "therapists and other professionals; tracking progress with national curriculum tests, P scales and "
     "other summative data; access arrangements for national tests and public examinations; approaches, "
     "strategies and resources, including ICT and assistive technology; case scenarios in which "
     "participants weigh evidence and decide on provision."],
    ["W4 Families, Agencies and Communities",
     "Building fair and respectful relationships with pupils and their families; working in partnership "
     "with parents and carers, including role-played review meetings and difficult conversations; the "
     "roles of external agencies and how to obtain specialist support; multi-agency working with "
     "statutory and voluntary services."],
    ["W5 Provision Management",
     "Provision mapping and costing; finding provision that is missing or not working; deploying and "
     "managing teaching assistants and other support staff; managing the SENCO\u2019s own time, "
     "prioritising and delegating."],
    ["W6 Leading and Developing Colleagues",
     "Coaching and mentoring; observing teaching and giving feedback; modelling; planning and leading "
     "INSET; winning the commitment of the headteacher, senior leaders and colleagues."],
    ["W7 Strategy and Self-Evaluation",
     "The principles of school self-evaluation and improvement planning and where SEN fits in them; "
     "reviewing provision with colleagues; working with senior leaders and governors on an inclusive "
     "ethos, policy, priorities and the use of resources."],
    ["W8 Evidence-Informed Practice",
     "Finding, judging and using research and best practice in meeting special educational needs; "
     "drawing on external advice to improve one\u2019s own and colleagues\u2019 practice."],
], widths=[Cm(4.2), Cm(11.8)])
para("Every workshop day ends with a learning-set hour in which participants from different schools work "
     "in groups of five on a problem one of them has brought, and each workshop includes a 20-minute "
     "individual tutorial with the participant\u2019s tutor. Coaching conversations practised in W6 are "
     "then used with a colleague back in school as a Practice Task.")
para("Larchfield Online, our web platform, holds an e-module for each workshop (pre-reading, short video "
     "case studies and a self-check quiz), the Resource Library catalogue and a discussion forum for each "
     "cohort. The forum is peer-led and is not monitored by tutors; tutors answer participants\u2019 "
     "questions at the workshop tutorials. Notices to participants and their headteachers go by email.")

doc.add_heading("4.4 Demonstrate", level=2)
para("Participants demonstrate the deliverables through three summative components, all marked against "
     "the University\u2019s Level 7 criteria and the deliverables named in Section 9:")
runs(("C1 Policy Review (3,000 words, 20 credits). ", True),
     ("A critical review of the school\u2019s SEN and disability policies and practice against the law, "
      "the Code of Practice and the disability equality duties, drawing on the school\u2019s "
      "self-evaluation, and ending with an action plan agreed with the senior leadership team and "
      "presented to the governing body.", False))
runs(("C2 Practice-Based Inquiry (5,000 words, 30 credits). ", True),
     ("The participant plans, leads and evaluates a change in SEN provision in his or her own school, "
      "takes baseline measures of the pupils concerned and measures them again afterwards, and reports "
      "what changed in practice and for pupils.", False))
runs(("C3 Professional Dialogue (40 minutes, 10 credits). ", True),
     ("A structured viva with two assessors, based on a portfolio of evidence from the participant\u2019s "
      "practice: relationships with pupils and families, decisions about provision, the common types of "
      "need, external agencies, deploying support staff, supporting colleagues\u2019 development and "
      "liaison with parents.", False))
para("The Reflective Log, kept on Larchfield Online, is formative: tutors read it before each tutorial and "
     "comment, but it is not graded and does not count toward the award.")
para("The University of Netherby confers the award when a participant has passed C1, C2 and C3. Because "
     "every national outcome is mapped to a Larchfield deliverable (Section 9), a participant who passes "
     "all three components has demonstrated every national minimum outcome. On completion each "
     "participant receives the University certificate and transcript, and a brochure for our Advanced "
     "SENCO Masterclass series.")

# ------------------------------------------------------------ 5 service specification
doc.add_heading("5. Service specification", level=1)
table([
    ["Service element", "What Larchfield provides", "Service standard"],
    ["Enquiry and application",
     "Programme brochure and application pack in standard print, large print and electronic formats. The "
     "application form has a section inviting candidates to tell us about a disability or any other need, "
     "explaining why we ask and who will see the information.",
     "Pack sent within two working days of enquiry"],
    ["Entry screening",
     "Candidates must hold QTS, be in post as SENCO or designated to take up the role within twelve months, "
     "and have their headteacher\u2019s signed endorsement. The Diagnostic and the entry conversation are "
     "used to judge whether the candidate has enough knowledge, understanding and experience to meet every "
     "deliverable within the programme. A candidate who is not yet ready receives written guidance on what "
     "to do first and a place on our one-day Foundations of SEN Coordination course, and the Director of "
     "Programmes discusses the guidance with the candidate\u2019s headteacher.",
     "Decision within ten working days of a complete application"],
    ["Reasonable adjustments",
     "Every disclosed need is followed up by the Programme Administrator, and adjustments are agreed in "
     "writing with the participant: for example an accessible venue and hearing loop, papers in advance or "
     "in alternative formats, a note-taker, extended deadlines, or an oral alternative to part of a written "
     "component. Our Equality and Diversity Policy sets out how we meet the Disability Discrimination Act "
     "1995 as amended in 2005, the Race Relations (Amendment) Act 2000 and the Equality Act 2006; all three "
     "venues have been audited for access.",
     "Adjustments in place before the first workshop; reviewed at each tutorial"],
    ["Intake and pace",
     "Three intakes a year, in September, January and April. After W1, workshops may be taken in any order "
     "and at any of the three venues (Cranmere, Kelbrook, Stainforth), and the programme may be completed "
     "in nine to twenty-four months. Workshop content is supported by the e-modules on Larchfield Online.",
     "Each workshop offered at least three times a year"],
    ["Workshops",
     "Eight workshop days, each with an individual tutorial and a learning-set hour; workshop pack and "
     "\u2018What the evidence says\u2019 briefing.",
     "No more than eighteen participants per workshop"],
    ["Assessment-only pathway",
     "In exceptional cases a candidate who already appears to meet the national outcomes \u2013 for "
     "example an experienced SENCO new to the area, or a specialist teacher from a local authority support "
     "service \u2013 may present C1 and C2 and take C3 without attending workshops. Eligibility is decided "
     "by the Director of Programmes from the Diagnostic; the components are marked and moderated exactly as "
     "for other participants.",
     "Fee in Section 10"],
    ["Complaints and appeals",
     "Complaints are handled under our ISO 9001 procedure; academic appeals go to the University of Netherby.",
     "Acknowledged within three working days"],
], widths=[Cm(3.2), Cm(9.3), Cm(3.5)])

# ------------------------------------------------------------ 6 key personnel
doc.add_heading("6. Key personnel", level=1)
box("Dr Miriam Falconer \u2013 Director of Programmes", [
    "PhD (Inclusive Education), MA SEN, NPQH. SENCO in two Hartsdale primary schools for nine years, then "
    "Head of SEN Services for Hartsdale MBC (2002\u20132005). Leads W1 and W7 and writes the termly "
    "evidence briefings. Chairs the programme team and the Larchfield side of the Board of Examiners."])
box("Graham Stott \u2013 Lead Consultant, Provision and Leadership", [
    "MEd, Post-Graduate Diploma in Specific Learning Difficulties. Deputy headteacher and SENCO of an 11\u201316 "
    "school until 2006; has since built provision maps with more than sixty schools. Leads W5 and W6."])
box("Anjali Mehra \u2013 Senior Consultant, Learning and Assessment", [
    "Chartered educational psychologist; Hartsdale Educational Psychology Service until 2007, where she led "
    "the service\u2019s work on speech, language and communication needs. Leads W2, W3 and W8."])
box("Rhys Pemberton \u2013 Consultant, Families and Agencies", [
    "Qualified teacher of the deaf; Parent Partnership Officer for Kelbrook County Council 2003\u20132007. "
    "Leads W4."])
para("Our nineteen associate specialists include two speech and language therapists, an autism outreach "
     "teacher, a specialist teacher assessor for dyslexia holding AMBDA, a teacher of the visually impaired "
     "and a senior educational psychologist; they teach alongside the lead consultants in W2, W3 and W4. "
     "Every consultant and associate has worked in a school or a local authority SEN service within the "
     "last five years and completes at least five days of logged professional development a year, "
     "reviewed at the annual appraisal.")

# ------------------------------------------------------------ 7 quality management
doc.add_heading("7. Quality management", level=1)
para("Larchfield\u2019s quality management system is registered to ISO 9001:2000 and audited twice a year "
     "by an external certification body. For this programme we gather evidence from end-of-workshop "
     "evaluation forms, a mid-programme online survey of participants, the tutors\u2019 own end-of-year "
     "review, the University of Netherby\u2019s annual programme monitoring and the external examiner\u2019s "
     "report. All findings are logged on our client relationship management system "
     "and summarised for the Board of Directors each quarter.")
para("Every associate signs an Associate Agreement and receives the Associate Handbook, which sets out "
     "what an associate does in teaching, in tutorials and in assessment. All tutors and assessors attend "
     "a standardisation day each August at which anonymised C1, C2 and C3 evidence from the previous year "
     "is marked blind and the marks are discussed until assessors agree. Each participant\u2019s headteacher "
     "names a Practice Supervisor in school, usually a member of the senior team, who supports the "
     "Practice Tasks and the Inquiry; Practice Supervisors receive the Supervisor Guide and a 30-minute "
     "briefing call from the participant\u2019s tutor before the first workshop.")
para("C1 and C2 are first-marked by the participant\u2019s tutor. Every fail and every distinction, and a "
     "further 25 per cent sample, are second-marked by another tutor. The University\u2019s moderator samples "
     "every component each term, and the University appoints an external examiner who reviews a sample and "
     "attends the Board of Examiners. C3 is conducted by two assessors and audio-recorded so that it can be "
     "moderated.")
para("Resources. The Larchfield Resource Library holds more than six hundred titles, standardised reading, "
     "spelling and language assessments and published intervention programmes, all lent to participants by "
     "post. Our Assistive Technology Kit \u2013 laptops with text-to-speech, word prediction and "
     "mind-mapping software, Clicker 5 and a portable hearing loop \u2013 is used in W3 and can be borrowed "
     "by a participant\u2019s school for four weeks. Participants have the University of Netherby\u2019s "
     "library and electronic journals through an Athens login.")
para("Impact. Because every Practice-Based Inquiry reports baseline and outcome measures for the pupils "
     "involved, Larchfield aggregates these each year into a Programme Impact Summary. Participants\u2019 "
     "views of the programme are captured in our Client Satisfaction Index (target: 90 per cent of "
     "participants rating the programme good or excellent).")

# ------------------------------------------------------------ 8 testimonials
doc.add_heading("8. What clients say", level=1)
box(None, ["\u201cLarchfield helped our SENCO put pupils at the centre of every review. Children now help "
           "write their own targets.\u201d",
           "Headteacher, Hartsdale primary school, on the SENCO Induction Programme (2006)"])
box(None, ["\u201cThe most practical training our support staff have ever had.\u201d",
           "Assistant Director, Kelbrook County Council"])
box(None, ["\u201cThey know the law inside out, and the children even better.\u201d",
           "SENCO, Stainforth secondary school"])

# ------------------------------------------------------------ 9 deliverables (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = sec0.page_height, sec0.page_width
doc.add_heading("9. Deliverables schedule", level=1)
para("Every national minimum outcome has been mapped to a Larchfield deliverable. The schedule shows where "
     "each deliverable is delivered and how it is verified.")
rows = [
    ["Ref", "Deliverable: by the end of the programme the SENCO can \u2026", "Delivered in", "Acceptance test"],
    ["D1", "build fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
           "disabilities and with their parents or carers", "W4", "C3 Professional Dialogue"],
    ["D2", "win the commitment of the headteacher, senior leaders and colleagues to better outcomes for "
           "pupils with SEN", "W6", "C2 Practice-Based Inquiry"],
    ["D3", "prioritise, manage time and delegate tasks, checking that they are done", "W5", "Reflective Log"],
    ["D4", "anticipate and resolve problems and make sound, well-founded decisions about provision", "W3",
     "C3 Professional Dialogue"],
    ["D5", "communicate clearly in speech and in writing, and listen to and understand others", "\u2013",
     "All components (quality of written and spoken communication)"],
    ["D6", "use research evidence, best practice and external advice to improve their own and colleagues\u2019 "
           "practice, knowing what research shows about meeting SEN", "W8",
     "C2 Practice-Based Inquiry (evidence review)"],
    ["D7", "apply SEN law, the Code of Practice and associated guidance in the school", "W1", "C1 Policy Review"],
    ["D8", "explain the principles and outcomes of Every Child Matters and the SENCO\u2019s part in them",
     "W1", "Attendance at W1"],
    ["D9", "apply disability equality law and the actions it requires", "W1", "C1 Policy Review"],
    ["D10", "explain how children develop and how SEN, disability and the environment affect development",
     "W2", "Reflective Log"],
    ["D11", "recognise the common types of SEN and disability and how they affect learning", "W2",
     "C3 Professional Dialogue"],
    ["D12", "judge critically and use approaches, strategies and resources, including ICT, to remove "
            "barriers and personalise provision", "W3", "C2 Practice-Based Inquiry"],
    ["D13", "apply the principles of school self-evaluation and improvement to SEN, and review the "
            "effectiveness of provision with colleagues to inform self-evaluation", "W7", "C1 Policy Review"],
    ["D14", "explain the roles of external agencies and obtain specialist support and resources", "W4",
     "C3 Professional Dialogue"],
    ["D15", "work with senior colleagues and governors on an inclusive ethos, policies, priorities and "
            "resources", "W7", "C1 Policy Review (action plan presented to governors)"],
    ["D16", "identify pupils who may have SEN, set challenging targets, plan interventions and review "
            "progress", "W3", "C2 Practice-Based Inquiry"],
    ["D17", "use assessments by other professionals to shape teaching and learning", "W3",
     "C2 Practice-Based Inquiry"],
    ["D18", "use summative assessments, including national tests, to track progress and change programmes",
     "W3", "Optional: C2 where the inquiry focus allows"],
    ["D19", "identify in good time the access arrangements pupils need for national tests and examinations "
            "and put them in place", "W3", "Reflective Log"],
    ["D20", "use provision mapping to plan provision and find provision that is ineffective or missing",
     "W5", "C2 Practice-Based Inquiry"],
    ["D21", "deploy and manage teaching assistants and other support staff", "W5", "C3 Professional Dialogue"],
    ["D22", "support colleagues\u2019 professional development through observation and feedback, modelling, "
            "coaching and training", "W6", "C3 Professional Dialogue"],
    ["D23", "liaise effectively with parents and carers to promote pupils\u2019 learning and development",
     "W4", "C3 Professional Dialogue"],
    ["D24", "work in partnership with other services and agencies, including voluntary organisations",
     "W4", "\u2013"],
]
table(rows, widths=[Cm(1.3), Cm(13.5), Cm(2.6), Cm(7.0)])
para("Only C1, C2 and C3 count toward the award; the Reflective Log is formative. Any national outcome not "
     "listed separately above is embedded throughout the programme.", italic=True)

# ------------------------------------------------------------ back to portrait
port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = sec0.page_width, sec0.page_height

doc.add_heading("10. Commercial terms", level=1)
table([
    ["Item", "Price per participant (2009\u201310)"],
    ["Full programme: W1\u2013W8, Larchfield Online, C1\u2013C3 and University registration", "\u00a31,450"],
    ["Assessment-only pathway: C1\u2013C3 and University registration", "\u00a3690"],
    ["Foundations of SEN Coordination (one-day pre-course)", "\u00a3165"],
    ["Advanced SENCO Masterclass series (three twilights, after the award)", "\u00a3240"],
    ["Discount for five or more participants from one authority", "10%"],
], widths=[Cm(12), Cm(4)])
para("Fast-tracked workshops are charged at the full rate. Credit transfer: the University of Netherby\u2019s "
     "regulations for this award do not allow credit from previous study to be transferred in; prior "
     "experience is recognised through the fast-track instead (Section 4.1).")

doc.add_heading("11. Exclusions and assumptions", level=1)
bullet("Pupil participation in planning and reviewing provision is outside the scope of this programme; we "
       "assume that schools address it through their own pupil voice arrangements.")
bullet("Larchfield does not arrange placements in other schools. Participants who wish to visit another "
       "setting arrange this themselves.")
bullet("It is the employing school\u2019s responsibility to ensure that each participant has a current "
       "enhanced CRB disclosure and any other checks needed to work with children. Larchfield does not "
       "request or check disclosure details.")
bullet("Larchfield would welcome the involvement of client schools and local authorities in reviewing the "
       "programme once the first cohort has completed, and will explore how this might be arranged.")
bullet("Venue costs assume a minimum of twelve participants per workshop.")

doc.add_heading("12. Declaration", level=1)
para("Larchfield Education Partners Ltd confirms that every consultant and associate who works with "
     "children or with participants holds an enhanced CRB disclosure, renewed every three years and recorded "
     "on our single central record, and that the information in this statement is accurate.")
para("Signed: Peter Hallam-Ward, Managing Director, for and on behalf of Larchfield Education Partners Ltd")
para("Date: 20 February 2009")

doc.save(OUT)
print("wrote", OUT)
