"""Build cy-01-calderwood-trustees-report.docx: The Calderwood Trust, Trustees' Annual Report 2008-09 (invented provider).

Provider
--------
The Calderwood Trust, Mossfield: an invented registered charity and company
limited by guarantee for children and young people with speech, language and
communication needs. It runs an advice line, an outreach service of speech and
language therapists, educational psychologists and specialist teachers, and a
training department. It applies alone for approval to run the National SENCO
Award as a Postgraduate Certificate validated by the (invented) University of
Stanbridge. Two local authorities (Mossfield, Kellingdale) appear only as
stakeholders. Dated June 2009; 2008-era vocabulary (CRB, DDA and the
Disability Equality Duty, SEN Code of Practice 2001, SENDA, ECM, SENCO
Regulations 2008, School Action Plus, P scales).

Layout (a kind of document not in the earlier sets: a charity's statutory
Trustees' Annual Report, sent whole)
-------------------------------------------------------------------------
The Trust sends its Trustees' Annual Report for the year ended 31 March 2009
in the Charities SORP order, because the Board approved the Award's
arrangements in it. A shaded one-cell "Note for the TDA panel" box sits under
the cover. Then: reference and administrative details (two-column table),
Chair's foreword (values), structure/governance/management, objectives and
activities with a public benefit statement, achievements and performance for
2008-09 (a KPI table of the pilot certificate, the autumn 2008 consultation),
"Part 4: The National SENCO Award 2009-10" (Heading 2 sub-sections, a unit
table, a staff table), plans for future periods, principal risks (a table
whose mitigation column carries some arrangements), financial review with a
funds table with merged header cells, reserves, the statement of trustees'
responsibilities (boilerplate), the signature. Page header and footer.

Traps and the requirement ids they affect
-----------------------------------------
- 5.3 not_met (deferral plus wrong context): "All staff and volunteers hold
  enhanced CRB disclosures" is about the Trust's own staff; for participants
  "their schools are responsible ... the Trust does not ask to see them", and
  the risk table repeats the deferral.
- 1.5 partially_met (wrong context): the Young Voices panel is the Trust's own
  consultation of children about its services; for participants there is only
  the Code of Practice's principles of pupil participation as a Unit 3 topic.
  6.S7 partially_met: the same topic, not in Assignment 3's list.
- 2.1 partially_met: APL only "considered under the University of Stanbridge's
  regulations", no arrangement.
- 2.3 not_met (negation): the trustees "decided not to do so in the Award's
  first year".
- 2.5 not_met (hope): "We hope that many participants will go on ...".
- 1.3 partially_met: general claims ("committed to research-informed
  practice", "drawn from current research") without any named research,
  inspection evidence or development.
- 3.1 partially_met: equal opportunities value statement, an accessible
  building and a policy; nothing on disclosure or adjustments in selection,
  teaching or assessment.
- 3.3 partially_met: Calderwood Online units with tutor e-mail support between
  taught days, but "There is no discussion forum" (no peer support) and
  nothing on ICT for communication with schools.
- 4.1, 4.2 met (autumn 2008 consultation and what changed). 4.3
  partially_met: stakeholders teach (Talking Together parents, LA sensory
  support, headteachers at presentations) but their part in evaluation is
  only "The trustees will consider inviting ...".
- 5.5 partially_met: specialist expertise from the Trust's therapists and
  psychologists; placements only "can ask us to arrange a visit"; the pilot's
  placement week at Brookhurst School is past.
- 5.7 partially_met: tutors inducted with a handbook; school mentors only
  named by the headteacher, with no briefing.
- 5.8 partially_met: internal second marking of a sample; the external
  examiner only "in due course"; the pilot's moderation by the Kellingdale
  advisory team is past.
- 5.9 partially_met: a confidence questionnaire for participants; impact on
  pupils only "We would like to be able to show ...".
- 6.0, 1.9 partially_met: award on three assignments plus 80 per cent
  attendance with the blanket "Between them the three units cover all of the
  national minimum outcomes", against outcomes that are not assessed.
- Outcomes: met where the unit table shows content and the assignment's
  "Assessed:" list includes it (A1, A2, A4, A5, A6, K1, K3, K5, K6, K8, K9,
  S1, S2, S2a, S2b, S3, S4, S5, S6, S8, S9). Partially met: A3 (time
  management self-audit "not marked"), A7 (professional learning journal "not
  assessed"), K2 (Every Child Matters taught in Unit 1 but missing from
  Assignment 1's list), K7 (school self-evaluation taught in Unit 3, missing
  from Assignment 3's list), S2c (formative assessment taught in Unit 2, missing
  from Assignment 2's list), S7 (above). Not met: K4 (child development
  nowhere), S2d (access arrangements only in the past pilot and as a unit that
  "may be added in 2010-11").
- Met despite looking thin: 1.1 (the aim names all five ECM outcomes and
  Assignment 3 measures pupils' progress and well-being); 5.2 (telephone
  interview and readiness task, guidance and contact with the head); 2.4 (the
  Individual Training Plan decides the online units and tutorial focus; fee
  and bursary).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("cy-01-calderwood-trustees-report.docx")

doc = Document()
doc.core_properties.author = "Helen Ashworth-Kaye"
doc.core_properties.title = "The Calderwood Trust - Trustees' Annual Report 2008-09"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for name, size in (("Heading 1", 15), ("Heading 2", 12)):
    h = doc.styles[name]
    h.font.name = "Arial"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)

TEAL = "1F4E5F"
PALE = "DDEBEF"


def para(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    return p


def table(rows, header=True, size=9, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, PALE)
            if widths:
                c.width = Cm(widths[j])
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hr = sec.header.paragraphs[0].add_run("The Calderwood Trust \u2013 Trustees\u2019 Annual Report for the year ended 31 March 2009")
hr.font.size = Pt(8)
hr.italic = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Registered charity no. 1043287 \u00b7 Company limited by guarantee, registered in England no. 2987310 \u00b7 Page ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ cover
para("", after=70)
para("THE CALDERWOOD TRUST", bold=True, size=24, align="c")
para("Helping children to be understood", italic=True, size=12, align="c")
para("", after=30)
para("Trustees\u2019 Annual Report", bold=True, size=18, align="c")
para("for the year ended 31 March 2009", size=13, align="c")
para("including Part 4: The National SENCO Award 2009\u201310", size=11, align="c")
para("", after=40)
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
shade(c, PALE)
cell_text(c, "Note for the TDA approval panel", bold=True, size=10)
for txt in (
    "We are sending our Trustees\u2019 Annual Report as it was approved by the Board and filed with the "
    "Charity Commission, rather than a separate paper. The Board approved the arrangements for the Award "
    "on 16 June 2009, and we would rather the panel saw them exactly as the trustees agreed them. Part 4 "
    "describes the Award itself. Parts 5 and 6 describe the consultation that shaped it and the "
    "evaluation of our pilot certificate. The financial information is a summary only; full accounts are "
    "available on request.",
    "Graham Oduya, Director of Training, 22 June 2009",
):
    pp = c.add_paragraph()
    rr = pp.add_run(txt)
    rr.font.size = Pt(9)
page_break()

# ------------------------------------------------------------------ contents
para("Contents", bold=True, size=12)
for line in (
    "1  Reference and administrative details",
    "2  Chair\u2019s foreword",
    "3  Structure, governance and management",
    "4  Objectives and activities (with Part 4: The National SENCO Award 2009\u201310)",
    "5  Achievements and performance",
    "6  Consultation on the Award, autumn 2008",
    "7  Plans for future periods",
    "8  Principal risks and uncertainties",
    "9  Financial review and reserves",
    "10  Statement of trustees\u2019 responsibilities",
):
    para(line, after=0)
para("")

# ------------------------------------------------------------------ 1 reference
doc.add_heading("1  Reference and administrative details", level=1)
table([
    ("Charity name", "The Calderwood Trust"),
    ("Registered charity number", "1043287"),
    ("Company number", "2987310"),
    ("Principal office", "Calderwood House, 14 Kiln Lane, Mossfield MF2 6RT"),
    ("Trustees", "The Revd Anthony Blaikie (Chair)\nMrs Pauline Verey (Chair, Training and Standards Committee)\n"
                 "Mr Farid Qureshi (Treasurer)\nDr Morag Ellison\nMrs Bernadette Lowe\nMr Kwame Asante-Boateng"),
    ("Chief Executive", "Dr Helen Ashworth-Kaye"),
    ("Director of Training", "Graham Oduya"),
    ("Validating university (SENCO Award)", "University of Stanbridge, School of Education"),
    ("Bankers", "Mossfield & District Building Society; Unity Trust Bank"),
    ("Independent examiner", "Harker Dunne LLP, Chartered Accountants, Mossfield"),
], header=False)

# ------------------------------------------------------------------ 2 foreword
doc.add_heading("2  Chair\u2019s foreword", level=1)
para("Every child has something to say, and every child deserves to be heard. That conviction brought "
     "the founders of the Trust together in 1994, and it is as true today as it was then. This has been a "
     "year of growth for us: our outreach team worked in more schools than ever before, our advice line "
     "took more calls than ever before, and the trustees took the biggest decision in the Trust\u2019s "
     "history, to seek approval to offer the new national award for special educational needs "
     "coordinators.")
para("We believe that the SENCO is the single most important person in a school for a child who "
     "struggles to communicate. We believe that every SENCO deserves training that is practical, "
     "rigorous and rooted in the realities of school life, and we believe that a small charity that "
     "works alongside children every day is well placed to provide it. Inclusion is not an add-on for "
     "us; it is why we exist.")
para("I thank our staff, our volunteers, our funders and, above all, the children and families who "
     "trust us with their stories.")
para("The Revd Anthony Blaikie, Chair of Trustees", italic=True)

# ------------------------------------------------------------------ 3 governance
doc.add_heading("3  Structure, governance and management", level=1)
para("The Calderwood Trust is a company limited by guarantee governed by its Memorandum and Articles of "
     "Association, and a registered charity. The Board of Trustees meets six times a year. New trustees "
     "are recruited by open advertisement for the skills the Board lacks, and each receives an induction "
     "day with the Chief Executive.")
para("The Board delegates oversight of all training to its Training and Standards Committee, which "
     "meets once a term. The Committee is chaired by Mrs Pauline Verey, a former headteacher, and includes "
     "two further trustees, the Director of Training and the University of Stanbridge\u2019s link tutor "
     "for the Award, Dr Simon Carrow. It receives every evaluation report on our training and agrees an "
     "annual improvement plan, which the Board approves each July.")
para("The Trust employs 23 staff (19.4 full-time equivalent): six speech and language therapists, two "
     "part-time educational psychologists, four specialist teachers, the training team, and "
     "administrative staff. Some 40 volunteers support the advice line and our family groups. All staff "
     "and volunteers hold enhanced CRB disclosures, which are renewed every three years, and the Trust\u2019s "
     "safeguarding policy is reviewed annually by the Board.")

# ------------------------------------------------------------------ 4 objectives
doc.add_heading("4  Objectives and activities", level=1)
para("The objects of the Trust, as set out in its Memorandum, are to advance the education of children "
     "and young people with speech, language and communication difficulties, and to relieve the needs of "
     "those children and their families. In 2008\u201309 the Trust pursued these objects through four "
     "activities:")
for b in (
    "the Calderwood Advice Line for parents and professionals;",
    "the outreach service, in which our therapists and specialist teachers work in schools in Mossfield "
    "and Kellingdale under service agreements with the two local authorities;",
    "family groups, including Talking Together, our parents\u2019 group; and",
    "training for teachers, teaching assistants and other professionals.",
):
    doc.add_paragraph(b, style="List Bullet")
runin = doc.add_paragraph()
rr = runin.add_run("Listening to children. ")
rr.bold = True
runin.add_run("The Trust\u2019s Young Voices panel of fourteen children and young people aged 9 to 16, "
              "all of whom use or have used our services, meets each half term with two members of staff. "
              "Members tell us what they think of our leaflets, our groups and our website, and in "
              "2008\u201309 they redesigned the questionnaire we use to ask children about their outreach "
              "sessions. The panel reports to the Board once a year.")
runin = doc.add_paragraph()
rr = runin.add_run("Public benefit. ")
rr.bold = True
runin.add_run("The trustees have had regard to the Charity Commission\u2019s general guidance on public "
              "benefit. Our services are open to any child or family in our area regardless of means, and our "
              "training benefits children through the adults who teach them.")

# ------------------------------------------------------------------ Part 4
doc.add_heading("Part 4: The National SENCO Award 2009\u201310", level=1)
para("On 16 June 2009 the Board approved the arrangements below for the Trust\u2019s National SENCO Award, "
     "which will replace our pilot Certificate in Leading Communication-Friendly Schools from September "
     "2009, subject to approval by the TDA.")

doc.add_heading("Accreditation", level=2)
para("The Award was validated by the University of Stanbridge at a validation event on 12 May 2009 as "
     "the Postgraduate Certificate in Special Educational Needs Coordination (National SENCO Award). It "
     "carries 60 credits at Level 7 (Master\u2019s level) of the Framework for Higher Education "
     "Qualifications, made up of three 20-credit units. Participants register as students of the "
     "University, which confers the award; the credits may be carried into the University\u2019s MA in "
     "Inclusive Education.")

doc.add_heading("What the Award is for", level=2)
para("The aim of the Award is to raise the achievement and improve the well-being of children and young "
     "people with special educational needs and/or disabilities, in all five Every Child Matters "
     "outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and "
     "achieving economic well-being), by developing the knowledge, skills and leadership of the SENCOs who "
     "coordinate provision for them. Each unit has objectives written in terms of what will change for "
     "pupils, and the final assignment asks every participant to show, with measures taken before and "
     "after, what has changed for a group of pupils in their progress and in their well-being. Our tutors "
     "are committed to research-informed practice, and the reading for every unit is drawn from current "
     "research.")

doc.add_heading("Who the Award is for and how we select", level=2)
para("Applicants must hold Qualified Teacher Status and be in post as SENCO, or designated to become "
     "SENCO within the year, in a maintained school or academy. They complete an application form with a "
     "500-word statement about their role, and their headteacher completes a supporting statement "
     "confirming release. The Director of Training or a unit tutor then interviews each applicant by "
     "telephone and sets a short readiness task: a written commentary on an anonymised Individual "
     "Education Plan, which shows us whether the applicant has the knowledge and writing needed to reach "
     "the outcomes within a year. Applicants who are not yet ready receive written guidance on what to do "
     "first, we speak to their headteacher, and we offer them a place on a later intake.")
para("Participants are employed teachers, and their schools are responsible for their CRB disclosures; "
     "the Trust does not ask to see them.")

doc.add_heading("Starting points and individual plans", level=2)
para("Before the first taught day each participant completes the Calderwood Starting Point Profile, which "
     "lists every national minimum outcome and asks for a self-rating from 1 to 4 with an example from "
     "their own practice. Their personal tutor discusses the profile with them in a one-hour meeting, "
     "challenges ratings that the examples do not support, and agrees an Individual Training Plan. The "
     "Plan sets out the participant\u2019s personal outcomes for the year, which of the optional online "
     "study units they will take, and the focus for each tutorial; it is reviewed at the end of each "
     "unit. The fee for 2009\u201310 is \u00a31,650, and the Trust\u2019s restricted Fairweather fund "
     "pays half the fee for ten participants from small schools each year.")
para("Applications for accreditation of prior learning are considered under the University of "
     "Stanbridge\u2019s regulations.")
para("The trustees considered whether to offer an assessment-only route for very experienced applicants. "
     "They decided not to do so in the Award\u2019s first year, and all participants will follow the "
     "taught programme.")

doc.add_heading("How the Award is delivered", level=2)
para("The Award is taught over ten full days and four twilight sessions. There are two intakes a year: "
     "in September at Calderwood House in Mossfield and in January at the Kellingdale Professional "
     "Development Centre. Unit 1 comes first; Units 2 and 3 may be taken in either order. Every taught day "
     "is repeated on a Saturday, and participants may move between the weekday and Saturday groups. "
     "Participants may complete in one year or spread the units over two.")
para("Between taught days, participants work through short online study units on Calderwood Online "
     "(about ten hours each). A tutor replies by e-mail to any question about a unit within three working "
     "days, and returns written comments on the online tasks before the next taught day. There is no "
     "discussion forum.")
para("After every taught day participants carry out a school-based task in their own school, which is "
     "discussed at the next taught day; Assignment 3 is a change project led in the participant\u2019s own "
     "school.")
para("The Trust is committed to equality of opportunity in all its work, and our Equal Opportunities "
     "Policy applies to all our training. Calderwood House is fully accessible to wheelchair users.")

doc.add_heading("What participants learn and how it is assessed", level=2)
para("Table 1 shows the three units. The \u201cAssessed\u201d line under each assignment lists what the "
     "marking criteria for that assignment cover.")

UNITS = [
    ("Unit", "What participants learn", "Assignment"),
    ("Unit 1\nThe SENCO, the law and the child\n(20 credits)",
     "The Education Act 1996 (Part IV), the SEN Code of Practice (2001) and SENDA 2001, and what they "
     "require of the school and the SENCO in practice; the Disability Discrimination Act 1995 and 2005 "
     "and the Disability Equality Duty, and the actions schools must take; the SENCO Regulations 2008; "
     "the Children Act 2004 and the principles and five outcomes of Every Child Matters; the most common "
     "types of SEN and disability (behavioural, emotional and social difficulties, dyslexia and other "
     "specific learning difficulties, speech, language and communication needs, autistic spectrum "
     "disorders, moderate learning difficulties) and how each affects learning; what research tells us "
     "about best practice; the roles of external agencies (educational psychology, speech and language "
     "therapy, CAMHS, sensory support, social care, voluntary organisations) and how to obtain their "
     "help.",
     "Assignment 1 (4,000 words): an audit of the school\u2019s SEN policy and practice against the Code "
     "of Practice and the DDA, with an action plan, and a critical review of research on best practice "
     "for one area of need in the school, showing how the participant has used it to advise colleagues.\n"
     "Assessed: SEN law and the Code and putting them into practice; disability equality law and the "
     "actions it requires; types of SEN and their effect on learning; research and best practice and "
     "using it to improve own and colleagues\u2019 practice; external agencies and how to get their "
     "support."),
    ("Unit 2\nAssessment, planning and provision\n(20 credits)",
     "Identifying pupils who may have SEN through observation, data and assessment; setting challenging "
     "targets, planning interventions and reviewing progress; using the assessments of educational "
     "psychologists, speech and language therapists and other professionals to shape teaching; tracking "
     "progress with P scales, national tests and teacher assessment and changing programmes when they "
     "are not working; formative assessment and how to help other teachers use it with pupils with SEN; "
     "provision mapping and how to find ineffective or missing provision; a critical look at approaches, "
     "strategies and resources for teaching and learning, including ICT and communication aids.",
     "Assignment 2 (4,000 words): a case study of provision for a group of pupils, including the "
     "evidence used to identify them, their targets, a provision map, the use made of professionals\u2019 "
     "reports, and tracking data over a term.\n"
     "Assessed: identification, targets, interventions and review; use of professionals\u2019 "
     "assessments; summative tracking; provision mapping and management; critical use of approaches and "
     "resources including ICT."),
    ("Unit 3\nLeading people and change\n(20 credits)",
     "Working with senior leaders and governors on the school\u2019s inclusive ethos, SEN policy and use of "
     "resources; winning the commitment of the headteacher and colleagues; deploying and managing teaching "
     "assistants; supporting colleagues\u2019 development by observing and giving feedback, modelling, "
     "coaching and leading training; reviewing provision with staff to inform the school\u2019s "
     "self-evaluation form; the principles of school self-evaluation and improvement; the principles of "
     "pupil participation in Chapter 3 of the Code of Practice; working with parents and carers (a day "
     "planned and co-taught with Talking Together); working with other services and voluntary "
     "organisations; communicating clearly in writing and in meetings, and listening to the views of others; anticipating problems and making decisions about provision; managing time and "
     "delegating (a workshop with a self-audit, not marked).",
     "Assignment 3 (6,000 words and a 20-minute presentation): a change project led in the "
     "participant\u2019s school, with baseline and follow-up measures of the progress and well-being of "
     "the pupils it is meant to help, a structured conversation with the parents of at least two of those "
     "pupils, and work with at least one outside service. The presentation is made to the tutor and a "
     "visiting headteacher and is followed by questions.\n"
     "Assessed: strategic work with senior leaders and governors; gaining colleagues\u2019 commitment; "
     "deploying staff; supporting colleagues\u2019 development; reviewing provision with staff; "
     "relationships with pupils and parents; liaising with parents; partnership with other services; "
     "judgement and decisions about provision; clear speech and writing and listening to others\u2019 "
     "views (the presentation and questions)."),
]
t = table(UNITS, size=8, widths=[3.0, 7.5, 6.5])
para("")
para("Throughout the Award each participant keeps a professional learning journal recording their "
     "reading and their own CPD on SEN and disability; tutors read it at each tutorial, but it is not "
     "assessed.")
para("To be awarded the Postgraduate Certificate, participants must pass all three assignments and "
     "attend at least 80 per cent of taught days. Between them the three units cover all of the national "
     "minimum outcomes.")

doc.add_heading("Who teaches on the Award", level=2)
table([
    ("Name", "Role on the Award", "Background"),
    ("Graham Oduya", "Programme leader; Unit 3 tutor",
     "SENCO in two Mossfield secondary schools for eleven years; MA in Special and Inclusive Education; "
     "Director of Training at the Trust since 2006"),
    ("Dr Priya Lakhani-Ross", "Unit 2 tutor",
     "Chartered educational psychologist; eight years in Kellingdale\u2019s psychology service"),
    ("Ruth Menzies", "Unit 1 tutor",
     "Specialist speech and language therapist (RCSLT); leads the Trust\u2019s outreach team"),
    ("Tom Alcock", "Unit 2 and Unit 3 tutor",
     "Former primary SENCO and Advanced Skills Teacher for inclusion; OCR Diploma in SpLD"),
    ("Dr Simon Carrow", "University link tutor",
     "Senior lecturer in inclusive education, University of Stanbridge"),
], size=8)
para("")
para("Every tutor has five days a year for their own professional development, attends the University\u2019s "
     "research seminars in inclusive education and belongs to NASEN, and the outreach staff who teach on "
     "the Award continue to work in schools each week. New tutors have an induction day with the "
     "programme leader and receive the Tutor Handbook, which sets out the unit programmes, the marking "
     "criteria and the tutorial record; all tutors attend the University\u2019s assessment training before "
     "marking.")
para("Participants meet the Trust\u2019s speech and language therapists and educational psychologists "
     "throughout the units, and Mossfield\u2019s Sensory Support Service and Parent Partnership Service "
     "each teach a session. Participants who wish to see provision in a special school or resource base "
     "can ask us to arrange a visit.")
para("Each participant\u2019s headteacher names an in-school mentor, usually a member of the senior "
     "leadership team, who supports the participant through the change project.")
para("Participants have the use of the Trust\u2019s resource library at Calderwood House (some 2,400 books "
     "and a lending collection of about 180 standardised assessments and intervention programmes) and of "
     "our communication and assistive technology suite (symbol software, Clicker 5, voice output "
     "communication aids and speech recognition software), which is open on all taught days and on "
     "weekdays by appointment; equipment can be borrowed for use in school for up to four weeks. As "
     "registered students of the University, participants also have full use of its library and "
     "electronic journals.")

doc.add_heading("Marking, quality and evaluation", level=2)
para("Each assignment is marked by the unit tutor against the University\u2019s Level 7 criteria. A sample "
     "of one assignment in five, and every assignment marked as a fail, is second-marked by another tutor "
     "before results are released. The University will appoint an external examiner for the Award in due "
     "course.")
para("Participants evaluate every taught day on a one-page form and each unit through an end-of-unit "
     "questionnaire. The programme team meets after each unit to review the evaluations and the "
     "marks. The University reviews the Award each year through its annual programme monitoring, and its "
     "report and our own evaluation summary go to the Training and Standards Committee each July, which "
     "agrees changes for the following intake; the Board approves the resulting improvement plan.")
para("Participants complete a confidence questionnaire against each national outcome at the start and "
     "at the end of the Award, and the results are reported to the Committee. We would like to be able to "
     "show the difference the Award makes to children, and the Committee will consider how this might be "
     "done.")
para("Headteachers and representatives of the two local authorities are invited to the final "
     "presentations. The trustees will consider inviting a headteacher and a parent representative to "
     "join the Training and Standards Committee.")
para("We hope that many participants will go on to the University\u2019s MA in Inclusive Education, and "
     "some perhaps to teach for the Trust.")

# ------------------------------------------------------------------ 5 achievements
doc.add_heading("5  Achievements and performance", level=1)
para("2008\u201309 was the second and final year of our pilot Certificate in Leading Communication-Friendly "
     "Schools, a 30-credit course accredited by the University of Stanbridge at Level 6. Thirty-four "
     "teachers completed it over the two years. The table shows our performance against the targets the "
     "Board set in April 2008.")
table([
    ("Key performance indicator", "Target 2008\u201309", "Achieved"),
    ("Calls to the Advice Line answered", "2,400", "2,761"),
    ("Schools receiving outreach", "60", "71"),
    ("Pilot certificate: participants completing", "16", "18"),
    ("Pilot certificate: participants rating the course good or very good", "85%", "94%"),
    ("Families attending Talking Together", "40", "52"),
], size=8)
para("")
para("In the pilot, every participant spent a placement week at Brookhurst School, a special school for "
     "pupils with communication difficulties, and the pilot assignments were moderated by the Kellingdale "
     "advisory team. The pilot also included a session on access arrangements for national tests and "
     "examinations. The evaluation of the pilot found that participants valued the practical tasks most "
     "and wanted more on leading other adults.")

# ------------------------------------------------------------------ 6 consultation
doc.add_heading("6  Consultation on the Award, autumn 2008", level=1)
para("Between October and December 2008 we asked the people with a stake in the new Award what it should "
     "do. A questionnaire went to the headteacher and SENCO of every school in Mossfield and Kellingdale "
     "(212 schools), and 88 schools replied. We held two meetings with the local authorities\u2019 SEN "
     "officers and advisory teachers, and a Talking Together evening at which 23 parents told us what "
     "they wanted from their child\u2019s SENCO. The pilot participants also completed an exit "
     "questionnaire.")
para("What we heard, and what we changed:")
table([
    ("What we heard", "What we changed"),
    ("Headteachers: new SENCOs struggle to lead teaching assistants and to influence senior colleagues.",
     "Unit 3, Leading people and change, was written for the Award; the pilot had no leadership unit."),
    ("SENCOs: release for whole days is difficult, especially in small primary schools.",
     "Saturday repeats of every taught day and a January intake in Kellingdale."),
    ("Local authority officers: SENCOs need to make more use of the reports of educational psychologists "
     "and therapists, and to track progress with data.",
     "Unit 2 includes both, and Assignment 2 requires them."),
    ("Parents: they want a SENCO who explains things and listens.",
     "A Unit 3 day planned and co-taught with Talking Together, and the structured parent conversation "
     "in Assignment 3."),
    ("Pilot participants: the placement week was hard to arrange with their schools.",
     "The placement week has been dropped."),
], size=8)

# ------------------------------------------------------------------ 7 plans
doc.add_heading("7  Plans for future periods", level=1)
para("In 2009\u201310 the trustees plan to launch the National SENCO Award with a first intake of up to 24 "
     "participants, subject to TDA approval; to extend the outreach service to a third local authority; "
     "and to refresh the Trust\u2019s website. A short unit on access arrangements for examinations may be "
     "added to the Award in 2010\u201311, and the trustees would like the Young Voices panel to advise on "
     "the Award in time.")

# ------------------------------------------------------------------ 8 risks
doc.add_heading("8  Principal risks and uncertainties", level=1)
table([
    ("Risk", "Likelihood / impact", "How the trustees manage it"),
    ("TDA approval is not granted", "Low / high",
     "Pilot certificate can continue for one more year under the University\u2019s existing approval."),
    ("Schools cannot release participants", "Medium / medium",
     "Saturday repeats; participants may spread the units over two years."),
    ("Safeguarding", "Low / high",
     "Safeguarding policy reviewed annually; all staff and volunteers CRB checked. CRB checks on Award "
     "participants are the responsibility of their employing schools."),
    ("Loss of local authority outreach contracts", "Medium / high",
     "Diversify income; reserves policy (section 9)."),
    ("Inconsistent marking on the Award", "Medium / medium",
     "Second marking of a sample; University assessment training for all tutors."),
], size=8)

# ------------------------------------------------------------------ 9 finance
doc.add_heading("9  Financial review and reserves", level=1)
para("Total incoming resources for the year were \u00a3812,460 (2008: \u00a3744,120) and resources expended "
     "were \u00a3798,305 (2008: \u00a3731,880).")
ft = doc.add_table(rows=7, cols=5)
ft.style = "Table Grid"
ft.alignment = WD_TABLE_ALIGNMENT.CENTER
top = ft.cell(0, 1).merge(ft.cell(0, 2))
cell_text(ft.cell(0, 0), "", size=8)
cell_text(top, "2009", bold=True, size=8)
top2 = ft.cell(0, 3).merge(ft.cell(0, 4))
cell_text(top2, "Totals", bold=True, size=8)
for j, h in enumerate(("\u00a3", "Unrestricted", "Restricted", "Total 2009", "Total 2008")):
    cell_text(ft.cell(1, j), h, bold=True, size=8)
ROWS = [
    ("Local authority service agreements", "412,300", "\u2013", "412,300", "398,750"),
    ("Grants and donations", "96,410", "187,200", "283,610", "241,900"),
    ("Training fees", "88,950", "\u2013", "88,950", "76,310"),
    ("of which: SENCO Award development (Fairweather Foundation)", "\u2013", "27,600", "27,600", "\u2013"),
    ("Reserves at 31 March", "214,600", "58,900", "273,500", "259,345"),
]
for i, row in enumerate(ROWS, start=2):
    for j, v in enumerate(row):
        cell_text(ft.cell(i, j), v, size=8)
for j in range(5):
    shade(ft.cell(0, j), PALE)
    shade(ft.cell(1, j), PALE)
para("")
para("The trustees aim to hold unrestricted reserves equal to three months\u2019 running costs "
     "(about \u00a3200,000). At 31 March 2009 free reserves stood at \u00a3214,600.")

# ------------------------------------------------------------------ 10 responsibilities
doc.add_heading("10  Statement of trustees\u2019 responsibilities", level=1)
para("The trustees (who are also directors of The Calderwood Trust for the purposes of company law) are "
     "responsible for preparing the Trustees\u2019 Annual Report and the financial statements in accordance "
     "with applicable law and United Kingdom Generally Accepted Accounting Practice. Company law requires "
     "the trustees to prepare financial statements for each financial year which give a true and fair view "
     "of the state of affairs of the charitable company and of its incoming resources and application of "
     "resources. In preparing these financial statements the trustees are required to select suitable "
     "accounting policies and apply them consistently, observe the methods and principles in the "
     "Charities SORP, make judgements and estimates that are reasonable and prudent, and prepare the "
     "financial statements on the going concern basis unless it is inappropriate to presume that the "
     "charitable company will continue in business.")
para("This report was approved by the Board of Trustees on 16 June 2009 and signed on its behalf by:")
para("")
para("The Revd Anthony Blaikie", bold=True, after=0)
para("Chair of Trustees")

doc.save(OUT)
print("wrote", OUT)
