"""Build ck-01-harnwick-working-paper.docx (invented provider, written blind).

Provider: the University of Harnwick (a university that awards its own degrees),
Centre for Inclusion and Childhood Research (CICR) in the School of Education,
with Ashmere County Council as delivery partner. Programme: Postgraduate
Certificate in Special Educational Needs Coordination, two 30-credit Level 7
modules (EDU7401, EDU7402), first cohort September 2009. Dated February 2009;
2008-era vocabulary (CRB, DDA, SEN Code of Practice 2001, ECM, School Action).

Layout: the application is written as an academic working paper ("CICR
Working Paper 09/02"), not as answers to the criteria. Title, three authors
with superscript affiliation numbers, a structured abstract (Purpose / Design /
Argument / Originality) and keywords; numbered Heading 1 / Heading 2 sections
(1 Introduction ... 8 Conclusion) whose own numbers collide with requirement ids
(3.2 Structure, 3.3 Online study, 5.1 What schools told us, 6.2 Impact ...);
Harvard in-text citations of invented researchers and real national documents;
a literature review describing OTHER programmes; numbered tables with captions
above them (Table 1 units, Table 2 assessment components, Table 3 survey
figures) and a "Figure 1" drawn as a one-row table; a "Limitations and further
work" section; Acknowledgements; typed endnote markers (superscript digits in
the body) with a typed "Notes" list after the text; a References list. Running
header and footer. Three real Word comments (comments part), which are not part
of the submission. Voice: hedged academic prose, first person plural, long
paragraphs.

Traps and genuine arrangements, with the requirement ids affected:
- Quotations of the specification in the Introduction ("make strong links to
  effective practice in schools", "involve rigorous assessment ... against all
  of the programme outcomes", "will be helped to consider further professional
  targets") are not the provider's statements (1.2, 1.9, 2.5).
- Section 2.2 describes other universities' arrangements: Westholme's
  portfolio / assessment-only route (Carrick 2007), special-school placements
  (Yardley 2005), consultation skills (Gatward 2007). None is Harnwick's (2.3,
  5.5, 1.5). A reference title "Accrediting experience: assessment-only routes
  ..." is not an arrangement (2.3).
- Assessment-only route: Section 7 says it "is not offered"; the School is
  "considering whether to introduce one"; a Word comment says the committee has
  now agreed one -> the comment is not part of the submission (2.3 not_met).
- Further professional targets: only the quoted specification and a hope in
  Section 7 ("we would like future cohorts ...") (2.5 not_met).
- CRB / background checks appear ONLY in typed endnote 2 after the text; the
  endnote is the provider's own text and is concrete (5.3 met).
- APL: certificated Level 7 credit up to 30 credits; endnote 4 says
  experiential learning is not accredited (2.1 partially_met).
- Entry: formal criteria only, "We do not interview", the SENCO Profile comes
  after a place is offered (5.2 partially_met). The Profile and Individual
  Learning Plan are real (2.2 met). Tutorials, choice of focus, fee and LA
  half-funding in endnote 3 (2.4 met).
- Flexibility: one September intake, fixed order, blended pattern for
  everyone, suspension only (3.2 partially_met). Online units with tutor
  forums, live chats, trios, tutor contact between taught days, guest access
  for schools and mentors (3.3 met). Equality and access arrangements are
  concrete (3.1 met).
- Pupil voice: the literature (Gatward) plus "encouraged, where practicable",
  and U6 "hearing the views of pupils ... at reviews" as a topic only (1.5
  partially_met; 6.S7 partially_met: covered, not assessed).
- Parents: U6 is a taught day co-led with the Parent Partnership Service on
  advising parents, sharing information and handling disagreement, which
  develops the skills (1.7 met), but it is not assessed, and C2 is marked on
  the relationship "with the pupil" only (6.S8, 6.A1 partially_met).
- Stakeholders: survey with Table 3 and the three changes it led to, plus the
  Acknowledgements (4.1, 4.2 met). LA services teach, mentors sit in the viva,
  but evaluation involvement is only hoped for (4.3 partially_met).
- Evaluation internal and external with the APMR action plan (5.1 met); pupil
  baselines and follow-up, Profile repeated (5.9 met); staff (5.4 met);
  resources (5.6 met); specialists teach but the placement was discontinued in
  2007 (a past arrangement) and visits are left to participants (5.5
  partially_met); mentors get a module guide only, "we do not at present brief
  or train mentors" (5.7 partially_met); moderation and external examiner
  (5.8 met).
- Blanket claims in the Abstract ("every participant is assessed against all
  of the national minimum outcomes") and Conclusion, and the award rule in 4.3
  relying on the mapping; several outcomes are not assessed (1.9, 6.0
  partially_met).
- Outcomes developed AND assessed (met): A2, A4, A5, A6, K1, K3, K5, K6,
  K7, K8, K9, S1, S2, S2a, S3, S5, S6, S9.
  Only developed (partially_met): A3 and A7 (reflective log "formative and
  carries no credit"), K2 (online unit U2; C1 is not marked on it), K4 (U3),
  S4 (U9; a Word comment proposes adding it to C3 - not part of the
  submission), S7, S8 (U6), A1 (pupil relationship assessed, parents not).
  Only assessed (partially_met): S2b (C2 marked on national test and summative
  data; no unit teaches it).
  Not addressed: S2c (the only "formative assessment" is of participants, not
  pupils: wrong context), S2d (Section 7: "does not at present teach access
  arrangements").
"""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_name("ck-01-harnwick-working-paper.docx")

doc = Document()
doc.core_properties.author = "Margaret Oduya"
doc.core_properties.title = "Preparing the lead SENCO (CICR Working Paper 09/02)"
normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(11.5)
for name in ("Heading 1", "Heading 2"):
    doc.styles[name].font.name = "Times New Roman"
    doc.styles[name].font.color.rgb = RGBColor(0, 0, 0)

SUP = re.compile(r"\^\{(\d+)\}")


def para(text="", style=None, italic=False, bold=False, align=None, size=None, indent=None):
    """A paragraph; ^{n} in the text becomes a superscript note marker."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pos = 0
    for m in SUP.finditer(text):
        if m.start() > pos:
            r = p.add_run(text[pos:m.start()])
            r.italic, r.bold = italic, bold
            if size:
                r.font.size = Pt(size)
        r = p.add_run(m.group(1))
        r.font.superscript = True
        pos = m.end()
    if pos < len(text):
        r = p.add_run(text[pos:])
        r.italic, r.bold = italic, bold
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def body(text):
    return para(text, align="j")


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def caption(text):
    p = doc.add_paragraph(style="Caption")
    r = p.add_run(text)
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0, 0, 0)
    return p


def shade(cell, fill="E7E6E6"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(header, rows, widths=None, size=9.5):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        shade(c)
    for row in rows:
        if isinstance(row, str):  # a merged group row
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            merged.text = ""
            r = merged.paragraphs[0].add_run(row)
            r.bold = True
            r.italic = True
            r.font.size = Pt(size)
            shade(merged, "F2F2F2")
            continue
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
r = hp.add_run("Oduya, Treece and Haworth \u2014 Preparing the lead SENCO")
r.italic = True
r.font.size = Pt(8.5)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
r = fp.add_run("CICR Working Paper 09/02 \u00b7 University of Harnwick \u00b7 page ")
r.font.size = Pt(8.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="17"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ------------------------------------------------------------------ title block
doc.add_paragraph("Preparing the lead SENCO: the rationale, design and assessment of the Harnwick "
                  "Postgraduate Certificate in Special Educational Needs Coordination", style="Title")
para("Margaret Oduya^{1}, Simon Treece^{1} and Pauline Haworth^{2}", align="c", size=12)
para("^{1} Centre for Inclusion and Childhood Research, School of Education, University of Harnwick, "
     "Lowther Building, Harnwick HN2 4QE", align="c", size=9, italic=True)
para("^{2} Children\u2019s Services, Ashmere County Council, County Hall, Pellbridge PB1 1AC",
     align="c", size=9, italic=True)
para("CICR Working Paper 09/02, February 2009. Submitted to the Training and Development Agency for "
     "Schools as the University of Harnwick\u2019s application for approval to provide nationally "
     "accredited training for SENCOs.", align="c", size=9)

para("Abstract", bold=True)
para("Purpose \u2013 This paper sets out the case for, and the design of, a new Postgraduate Certificate "
     "in Special Educational Needs Coordination which the University of Harnwick will offer with "
     "Ashmere County Council from September 2009.", indent=0.8, size=10.5)
para("Design \u2013 The programme is a 60-credit award at masters level, built on two 30-credit modules "
     "and delivered through ten taught days and three online units. Its design draws on the literature "
     "on teachers\u2019 professional learning and on the SENCO role, and on a survey of Ashmere schools "
     "carried out in 2008.", indent=0.8, size=10.5)
para("Argument \u2013 We argue that the lead SENCO is best prepared by a programme that locates learning "
     "in the participant\u2019s own school, asks for evidence of change in pupils\u2019 learning and "
     "well-being, and starts from what each participant already knows.", indent=0.8, size=10.5)
para("Originality \u2013 The programme is designed so that every participant is assessed against all of "
     "the national minimum outcomes.", indent=0.8, size=10.5)
para("Keywords: SENCO; special educational needs; professional learning; practitioner enquiry; "
     "assessment; partnership", italic=True, indent=0.8, size=10.5)

# ------------------------------------------------------------------ 1 Introduction
h1("1 Introduction")
body("In the autumn of 2008 the Training and Development Agency for Schools (TDA) invited providers to "
     "apply for approval to offer nationally accredited training for teachers new to the role of special "
     "educational needs coordinator. This paper is the University of Harnwick\u2019s response. It "
     "describes a Postgraduate Certificate in Special Educational Needs Coordination (hereafter \u2018the "
     "programme\u2019) that the University\u2019s Centre for Inclusion and Childhood Research will offer "
     "with Ashmere County Council, and it sets out the reasoning behind the design. We have chosen to "
     "write a working paper rather than to answer the criteria one at a time, partly because the "
     "argument for the design is easier to follow when it is made continuously, and partly because the "
     "same paper will go to the University\u2019s Academic Standards Committee and to headteachers in "
     "Ashmere. A reader looking for a particular matter should be guided by the section headings.^{1}")
body("The policy background is familiar and we rehearse it only briefly. The Special Educational Needs "
     "Code of Practice (DfES, 2001) gave the SENCO responsibility for the day-to-day operation of the "
     "school\u2019s SEN policy and for coordinating provision for individual pupils; Removing Barriers to "
     "Achievement (DfES, 2004) placed the role within a wider ambition for inclusion, and Every Child "
     "Matters (HM Government, 2004) widened the measure of success from attainment to the five "
     "outcomes. Regulations made in 2008 require the SENCO in a maintained school to be a qualified "
     "teacher, and the Government has said that teachers new to the role will be expected to complete "
     "accredited training. The TDA\u2019s specification (TDA, 2008) sets out what that training must "
     "achieve. Among other things it asks that programmes \u2018make strong links to effective practice in "
     "schools\u2019, that they \u2018involve rigorous assessment of participants against all of the programme "
     "outcomes\u2019, and that participants who complete successfully \u2018will be helped to consider "
     "further professional targets\u2019. Our task here is to show how a programme built on the evidence "
     "about teachers\u2019 professional learning answers those expectations, and, in Section 7, to be "
     "candid about where it does not yet do so.")

# ------------------------------------------------------------------ 2 Context
h1("2 The policy and research context")
h2("2.1 A role in transition")
body("The SENCO\u2019s role has been described, with some justice, as one that grew by accretion. "
     "Pardoe (2006), interviewing thirty SENCOs in the Midlands, found that most saw themselves chiefly "
     "as administrators of paperwork and only occasionally as leaders of teaching, and that fewer than "
     "a third sat on their school\u2019s senior leadership team. Kinsella and Ward (2007), surveying just "
     "over two hundred SENCOs in the north of England, reported that a majority had less than half a "
     "day a week of non-contact time for the role, and that SENCOs in their first two years were the "
     "least likely to have had any training for it. Inspection evidence points the same way. Ofsted\u2019s "
     "2004 survey of inclusion found wide variation in the quality of provision and in the rigour with "
     "which schools evaluated it, and the 2006 survey, Inclusion: does it matter where pupils are "
     "taught?, concluded, as we read it, that the quality of provision mattered more than the type of "
     "setting and that well-trained specialist staff were a common feature of the most effective "
     "provision. The Bercow Report (2008) made a similar point about speech, language and "
     "communication needs: what children receive depends heavily on the knowledge of the adults who "
     "plan for them. If the SENCO is to be the person who secures that knowledge across a school, the "
     "role has to be understood, and taught, as one of leadership.")
h2("2.2 What earlier programmes suggest")
body("There is a modest literature on the preparation of SENCOs, most of it evaluative and much of it "
     "written by the people who ran the programmes concerned. Three strands are relevant to our design. "
     "The first concerns routes for the already experienced. Carrick (2007) describes the portfolio "
     "route at the University of Westholme, through which SENCOs with several years in post may present "
     "themselves for assessment against the programme outcomes without attending taught sessions; "
     "Brennan and Ostrowski (2008) report that, across three such assessment-only routes, almost a third "
     "of candidates were asked to resubmit, which they attribute to candidates\u2019 over-estimating the "
     "currency of their knowledge. The second strand concerns placements. Yardley (2005) found that "
     "participants on a programme that included a week in a special school valued it above every other "
     "element, although she could find no effect on what they later did in their own schools. The third "
     "concerns the voice of the child. Gatward (2007), reviewing the published outlines of nine SENCO "
     "programmes, found that every one referred to pupil participation in its aims but that only two "
     "taught the skills of consulting children explicitly, and she argues that consultation with "
     "children who have communication difficulties is a skill that has to be practised, not merely "
     "endorsed.")
body("Two further findings bear on assessment and impact. Merriott (2006) argues that practitioner "
     "enquiry produces the most durable change when participants are required to take baseline "
     "measures before they intervene and to return to them afterwards, and that the discipline of "
     "measurement matters more than the sophistication of the measure. And the general literature on "
     "assessment in higher education suggests that learning follows assessment: what is not assessed is "
     "easily treated as optional (Biggs, 2003). We have tried to take both findings seriously.")
h2("2.3 Principles for the design")
body("From this reading, and from our own experience of earlier courses, we drew five principles:")
for t in ("(i) learning should be located in the participant\u2019s own school, with the school as the "
          "site of tasks, enquiry and evidence;",
          "(ii) the programme should ask for evidence of change for pupils, in their learning and in their "
          "well-being, and not only for evidence of the participant\u2019s understanding;",
          "(iii) it should start from what each participant already knows and can do;",
          "(iv) assessment should be aligned with the national minimum outcomes (Biggs, 2003);",
          "(v) the local authority should be a partner in teaching, not a customer."):
    para(t, indent=1.0)

# ------------------------------------------------------------------ 3 Programme
h1("3 The programme")
h2("3.1 Aims")
body("The programme has four aims. The first, to which the others are subordinate, is to raise the "
     "achievement of children and young people with special educational needs and/or disabilities in "
     "participants\u2019 schools, where achievement is understood in the sense of all five Every Child "
     "Matters outcomes \u2013 being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being \u2013 and not as attainment alone. The second is to "
     "give participants a secure and critical knowledge of the law, guidance and research that govern "
     "SEN provision. The third is to develop them as leaders of teaching and learning for pupils with "
     "SEN and/or disabilities, able to work with senior colleagues, staff, parents and other services. "
     "The fourth is to develop the habits of enquiry on which continued improvement depends. The first "
     "aim is carried into the intended learning outcomes of every unit and into the assessment criteria "
     "of all three assessed components, each of which requires the participant to show the effect of "
     "his or her work on pupils\u2019 learning and well-being.")
h2("3.2 Structure, credit and mode")
body("The programme leads to the University of Harnwick\u2019s Postgraduate Certificate in Special "
     "Educational Needs Coordination, approved at a University validation event on 28 January 2009. It "
     "carries 60 credits at Level 7 of the Framework for Higher Education Qualifications (masters "
     "level) and is made up of two 30-credit modules, EDU7401 The SENCO, the Law and the Learner and "
     "EDU7402 Leading Provision: an Enquiry into Practice. The credit may later count toward the "
     "University\u2019s MA in Inclusive Education. Table 1 sets out the thirteen units.")
caption("Table 1. Units of the programme, with mode of study")
table(["Unit", "Title and content", "Mode"], [
    "EDU7401 The SENCO, the Law and the Learner (30 credits, September to February)",
    ["U1", "Law, policy and the Code. The Education Act 1996 (Part IV); the Special Educational Needs and "
           "Disability Act 2001; the SEN Code of Practice (2001): the graduated response, School Action and "
           "School Action Plus, statutory assessment and annual review; the 2008 SENCO regulations; the "
           "Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and "
           "accessibility planning; what each asks of the school, the SENCO and others in practice.",
     "Taught day"],
    ["U2", "Every Child Matters. The five outcomes; the Common Assessment Framework and the lead "
           "professional; Ashmere\u2019s Children\u2019s Trust arrangements; how the SENCO contributes to the "
           "five outcomes for pupils with SEN and/or disabilities.", "Online, three weeks"],
    ["U3", "Development and difference. Cognitive, language, physical, social and emotional development "
           "from the early years to adolescence; how SEN, disability and the physical and social "
           "environment for learning affect development.", "Taught day"],
    ["U4", "Understanding need. Behavioural, emotional and social difficulties; specific learning "
           "difficulties, including dyslexia; speech, language and communication needs; autistic spectrum "
           "disorders; moderate learning difficulties; sensory and physical needs; how each can affect "
           "learning. Led with the Ashmere Educational Psychology Service and the Sensory and "
           "Communication Service.", "Taught day"],
    ["U5", "Identifying, planning and reviewing. Classroom observation, screening and diagnostic "
           "assessment as means of identifying pupils who may have SEN; setting challenging targets; "
           "planning interventions that remove or reduce barriers to learning; reviewing progress; "
           "drawing on reports from educational psychologists, therapists and advisory teachers.",
     "Taught day"],
    ["U6", "Pupils and families. Fair and respectful relationships with pupils and their families; "
           "hearing the views of pupils and parents at reviews; advising parents; sharing information; "
           "handling disagreement. Co-led with the Ashmere Parent Partnership Service.", "Taught day"],
    "EDU7402 Leading Provision: an Enquiry into Practice (30 credits, March to July)",
    ["U7", "Approaches, strategies and resources. A critical look at approaches to assessment, planning, "
           "teaching and learning for pupils with SEN and/or disabilities, including ICT and assistive "
           "technology, and at what the evidence says about them. Held in the Assistive Technology Lab.",
     "Taught day"],
    ["U8", "Provision mapping and management. Mapping and costing provision across the school; finding "
           "provision that is missing or is not working. Afternoon case clinics: participants bring a "
           "live problem from school, and the group works through options and decisions.", "Taught day"],
    ["U9", "Deploying and managing support staff. Deploying, directing and line-managing teaching "
           "assistants and other support staff; performance management of support staff.",
     "Online, three weeks"],
    ["U10", "Leading change. Working with the headteacher, senior leaders and governors; gaining their "
            "commitment; developing inclusive policy and priorities; school self-evaluation and "
            "improvement planning and where SEN fits in them; communicating with different audiences, in "
            "writing and in speech, and listening to the views of others; managing the role: priorities, "
            "time and delegation.", "Taught day"],
    ["U11", "Research, evidence and keeping up to date. Finding and appraising research; what research "
            "and best practice say about meeting special educational needs; using external advice; "
            "keeping up to date through journals, NASEN and the Inclusion Development Programme.",
     "Online, three weeks"],
    ["U12", "Coaching and developing colleagues. Observing teaching and giving feedback; modelling; "
            "coaching conversations (practised in trios); planning and leading INSET. Each participant "
            "then carries out a coaching cycle with a colleague in school.", "Taught day"],
    ["U13", "Working with other agencies and beyond the school. The scope and roles of health, social "
            "care and education services and of voluntary organisations; obtaining specialist support and "
            "resources; multi-agency meetings; working with SENCOs in the cluster on transition and shared "
            "provision. Led by Pauline Haworth with colleagues from Children\u2019s Social Care, Ashmere "
            "Autism Support and the Ashmere Dyslexia Network.", "Taught day"],
], widths=[1.2, 12.0, 3.0])
body("")
body("There is one intake a year, in September, and the two modules are taken in order, because the "
     "enquiry in EDU7402 builds on the case study completed in EDU7401. We considered a second, January "
     "intake, but Ashmere appoints about twenty new SENCOs a year and two groups would not be viable. The "
     "blended pattern is the same for every participant; it reduces the number of days out of school to "
     "ten. A participant whose circumstances change may suspend study and rejoin the next cohort at the "
     "start of the module concerned.")
h2("3.3 Online study")
body("The three online units (U2, U9 and U11) are studied through Harnwick Learn, the University\u2019s "
     "virtual learning environment. Each runs for three weeks and has a named unit tutor, who posts a "
     "task at the start of each week, reads the discussion forum daily and replies to every posting "
     "within two working days, and holds a one-hour live chat each Wednesday evening. Participants are "
     "placed in online trios of SENCOs from different phases, who comment on one another\u2019s weekly "
     "tasks. Between taught days, and throughout the online units, each participant can reach his or "
     "her personal tutor by e-mail or telephone and can book a telephone tutorial at any point; the "
     "programme forum stays open all year. Headteachers and school-based mentors are given guest access "
     "to the programme area, so that they can see unit materials, tasks and dates, and the programme "
     "administrator uses it to send notices to schools. Participants submit all assignments "
     "electronically and receive their feedback the same way. A half-day induction to Harnwick Learn "
     "is held on the first taught day, and participants without broadband at home may use the "
     "computers at the Ashmere Professional Centre.")
h2("3.4 Admission and the starting point")
body("Admission is open to any teacher with qualified teacher status who holds, or has been designated "
     "for, the SENCO role in a school and who has the written support of the headteacher.^{2} We do not "
     "interview. Participants who hold credit from previous study at Level 7 in a relevant field may "
     "have up to 30 credits recognised under the University\u2019s procedure for the accreditation of "
     "prior certificated learning; claims are checked against the module learning outcomes by the "
     "programme leader and confirmed by the Board of Examiners.^{4}")
body("Once a place has been offered, each participant completes the Harnwick SENCO Profile. The Profile "
     "lists each of the national minimum outcomes and asks the participant to rate his or her present "
     "knowledge or skill on a four-point scale and to give a short piece of evidence for each rating, "
     "so that a claim such as \u2018I know the Code of Practice\u2019 has to be supported by an example of "
     "its use. The completed Profile is discussed with the personal tutor in a one-to-one meeting before "
     "the first taught day, and the meeting produces an Individual Learning Plan: a short document "
     "naming the outcomes on which the participant will concentrate (his or her personalised outcomes), "
     "the focus proposed for the case study and the enquiry, and any additional reading or visits. The "
     "Plan is revisited at each tutorial and revised as the evidence accumulates.")
h2("3.5 Tailoring and support")
body("Beyond the Individual Learning Plan, the programme is tailored in four ways. Every participant has "
     "a personal tutor and three individual tutorials (before the start and once in each module), and a "
     "participant whose Profile shows several low ratings is offered a fourth. The case-study pupil and "
     "the enquiry focus are chosen by the participant, with the tutor, from the needs identified in the "
     "Plan and in the school\u2019s own improvement plan. Online trios are formed by phase, so that a "
     "secondary SENCO is not left to work on primary examples. And the unit tasks offer a choice of "
     "context. We have tried to keep the programme affordable for schools: the blended pattern halves "
     "the supply cover a fully taught course would need, and the fee is shared with the authority.^{3}")
h2("3.6 Equality and access")
body("The programme is covered by the University\u2019s Disability Equality Scheme and its Race Equality "
     "and Gender Equality Schemes. The application form, and again the Profile meeting, invite "
     "participants to tell us about a disability or long-term health condition, and explain that the "
     "information is used only to plan adjustments. Where a participant does so, the University\u2019s "
     "Disability Advisory Service agrees a Learning Support Agreement with him or her before the course "
     "begins; typical adjustments are materials in advance or in alternative formats, extended "
     "deadlines, a note-taker or a British Sign Language interpreter on taught days, and rest breaks or "
     "a written alternative in the viva. Taught days are held at the Ashmere Professional Centre, which "
     "has level access, a hearing loop and accessible parking, and Harnwick Learn works with the common "
     "screen readers. The programme leaflet is available in large print and on audio CD, and states "
     "that disabled applicants are welcome and how to ask for adjustments. Applications and completion "
     "are monitored by disability, ethnicity and gender, and the figures are reported in the Annual "
     "Programme Monitoring Report.")
h2("3.7 The school as a site of learning")
body("Every taught day ends with a gap task to be done in school before the next one \u2013 auditing the "
     "SEN register against the Code of Practice after U1, for example, or mapping the provision for one "
     "year group after U8 \u2013 and each gap task names the minimum outcomes it serves. Each participant\u2019s "
     "headteacher nominates a school-based mentor, usually a senior colleague, who discusses the gap "
     "tasks with the participant. The assessed work is school-based throughout: the policy review and "
     "the case study in EDU7401 are of the participant\u2019s own school and pupil, and the EDU7402 "
     "enquiry requires the participant to plan, lead and evaluate a change in SEN provision in his or "
     "her school and to show, with evidence, what changed in practice and for pupils. Participants are "
     "encouraged, where practicable, to include pupils\u2019 views in their enquiry.")
h2("3.8 Reading and research")
body("Reading for each unit is drawn from current research and inspection evidence. Ofsted\u2019s 2004 and "
     "2006 surveys are core reading for U1 and U10, the Bercow Report for U4 and the Inclusion "
     "Development Programme materials for U4 and U11. Unit reading lists are revised every summer by the "
     "unit tutors, who add the year\u2019s Ofsted reports and the research published in the main SEN "
     "journals, and two of the tutors bring their own current research in CICR into U10 and U11.")

# ------------------------------------------------------------------ 4 Assessment
h1("4 Assessment")
h2("4.1 Principles")
body("Assessment is designed to be aligned with the outcomes (Biggs, 2003): each assessed component is "
     "marked against named outcomes, so that a participant cannot pass while neglecting them. Formative "
     "assessment runs through the programme. Tutors comment on a draft of each assignment, the online "
     "trios give peer feedback on unit tasks, and participants keep a reflective log, which tutors read "
     "at each tutorial. The log is formative and carries no credit; it is where participants record "
     "how they are prioritising the work of the role, managing their time and delegating, and how they "
     "are keeping up to date and planning their own professional development.")
h2("4.2 The assessed components")
body("There are three assessed components (Table 2). All are marked against the University\u2019s Level 7 "
     "assessment criteria and against the outcomes named in the right-hand column.")
caption("Table 2. Assessed components and what each is marked against")
t2 = table(["Component", "Form", "Marked against"], [
    ["C1 Policy review (EDU7401, 50%)",
     "A 4,000-word critical review of the school\u2019s SEN and disability policies and practice against "
     "the law and the Code of Practice, ending with an action plan agreed with the headteacher and "
     "presented to the governor responsible for SEN.",
     "Knowledge of SEN law and the Code of Practice and how to put them into practice; knowledge of "
     "disability equality law and the actions it requires; working with senior colleagues and "
     "governors on the strategic development of inclusive policy, priorities and resources."],
    ["C2 Case study (EDU7401, 50%)",
     "A 4,000-word case study of one pupil with SEN and/or disabilities in the participant\u2019s school.",
     "The common types of SEN and how they affect learning; identifying need, setting targets, planning "
     "interventions and reviewing progress; using assessments by other professionals; using national "
     "test and other summative data to track the pupil\u2019s progress and adjust the programme; a "
     "critical choice of approaches, strategies and resources, including ICT; the relationship the "
     "participant established with the pupil; the roles of the external agencies involved and how "
     "specialist support was obtained."],
    ["C3 Enquiry report and viva (EDU7402, report 80%, viva 20%)",
     "A 6,000-word report of a school-based enquiry in which the participant leads a change in SEN "
     "provision, with baseline and follow-up measures for the pupils concerned (Figure 1); then a "
     "20-minute viva with the tutor and the school-based mentor.",
     "Report: provision mapping and identifying missing or ineffective provision; reviewing provision "
     "with colleagues to inform the school\u2019s self-evaluation; the principles of school self-evaluation "
     "and improvement; gaining the commitment of the headteacher and senior leaders; anticipating and "
     "resolving problems and the soundness of decisions; drawing on research and external advice to "
     "improve practice; best practice and research in meeting SEN; supporting a colleague\u2019s "
     "professional development through the coaching cycle; partnership with other services, statutory "
     "and voluntary. Viva: the clarity of the participant\u2019s spoken explanation, and how he or she "
     "listens and responds to questions."],
    ["Reflective log (both modules, 0%)",
     "Kept throughout and read at tutorials.",
     "Formative only (see 4.1)."],
], widths=[3.2, 6.0, 7.0])
h2("4.3 The award")
body("To be awarded the Postgraduate Certificate a participant must pass all three components, each at "
     "the Level 7 pass mark of 50 per cent. Because the components are mapped to the national minimum "
     "outcomes, a participant who passes all three has shown that he or she meets them. A participant "
     "who fails a component may resubmit once.")
h2("4.4 Marking, moderation and the external examiner")
body("Every C3 report is marked independently by two tutors, who agree a mark; for C1 and C2 a sample of "
     "at least a quarter of scripts, and every fail and every script within three marks of a grade "
     "boundary, is second-marked. The viva is conducted by the tutor with the mentor present, and the "
     "tutor marks it against a published grid. Before each Board of Examiners the tutors hold a "
     "moderation meeting at which samples from each marker are compared. The external examiner, Dr "
     "Frances Eliot of the University of Wexham, reviews a sample from every component, sees all fails, "
     "attends the Board and reports annually to the University on the consistency and standard of "
     "marking.^{5}")

# ------------------------------------------------------------------ 5 Partnership
h1("5 Partnership and the voice of stakeholders")
h2("5.1 What schools told us")
body("In May and June 2008 we sent a short questionnaire to the headteacher and the SENCO of every one "
     "of Ashmere\u2019s 112 maintained schools; 64 schools replied (58 SENCOs and 41 headteachers). We also "
     "held two focus groups with nine headteachers, and we read the authority\u2019s SEN Strategy "
     "2008\u20132011, which commits Ashmere to training every SENCO appointed after 2007. Table 3 shows the "
     "areas respondents most often named as priorities for training.")
caption("Table 3. Priorities for SENCO training named by Ashmere respondents, 2008 "
        "(% naming the area among their top three)")
table(["Area", "SENCOs (n = 58)", "Headteachers (n = 41)"], [
    ["Provision mapping and costing", "62", "71"],
    ["Deploying and managing teaching assistants", "48", "66"],
    ["Working with parents", "41", "29"],
    ["The law and the Code of Practice", "37", "12"],
    ["Identifying and assessing need", "33", "24"],
    ["Influencing senior leaders and colleagues", "29", "17"],
    ["Autistic spectrum disorders", "27", "20"],
], widths=[8.0, 3.5, 3.5])
body("")
h2("5.2 How the design changed")
body("The draft outline we took to the focus groups in July 2008 had fourteen taught days and treated "
     "the deployment of support staff as part of a session on provision mapping. Three changes followed "
     "directly from what we were told. Deploying and managing support staff became a unit in its own "
     "right (U9). The number of taught days was cut from fourteen to ten at the headteachers\u2019 request, "
     "and three units were moved online, to reduce the cost of supply cover. And working with parents, "
     "which the draft had left to independent reading, became a taught day co-led by the Parent "
     "Partnership Service (U6), because SENCOs ranked it so much higher than we had expected.")
h2("5.3 Who teaches")
body("The authority\u2019s services teach on the programme. The Educational Psychology Service and the "
     "Sensory and Communication Service lead U4; the Parent Partnership Service co-leads U6; Pauline "
     "Haworth, the authority\u2019s Principal Officer for SEN, leads U13 with colleagues from Children\u2019s "
     "Social Care and two voluntary organisations. Headteachers are involved through the action plan "
     "in C1, which they agree, and through the mentors they nominate, who take part in the C3 viva.")

# ------------------------------------------------------------------ 6 Quality
h1("6 Quality, evaluation and impact")
h2("6.1 The evaluation framework")
body("Evaluation draws on internal and external sources. Internally, participants complete a short "
     "online evaluation after every unit and a fuller questionnaire at the end of each module; the "
     "tutor team meets after each module to review these, the marks and the tutors\u2019 own notes; and "
     "the programme leader writes an Annual Programme Monitoring Report, which goes to the School\u2019s "
     "Learning and Teaching Committee. Externally, the external examiner\u2019s annual report is answered "
     "point by point in the Monitoring Report, and the programme will be reviewed with the School\u2019s "
     "other postgraduate provision at the University\u2019s quinquennial periodic review, which includes "
     "two reviewers from other universities. The Monitoring Report ends with an action plan for the next "
     "cohort, and the changes made are posted for the new cohort on Harnwick Learn under the heading "
     "\u2018What we changed this year\u2019.")
h2("6.2 Impact on participants and on pupils")
body("We measure the programme\u2019s effect on participants by asking them to complete the SENCO Profile "
     "again at the end of EDU7402, with the same four-point scale and the same demand for evidence, "
     "and to rate their confidence in each area of the role; the change between the entry and exit "
     "Profiles is analysed for the cohort and reported in the Monitoring Report. For pupils, we follow "
     "Merriott (2006). Each enquiry must record baseline measures for the pupils whose provision is "
     "changed \u2013 for example reading or spelling ages, P scale levels, attendance, or Boxall Profile "
     "scores \u2013 and must measure again after at least one term (Figure 1). The programme team "
     "collates these measures from all enquiries each year into an impact summary, which forms a "
     "section of the Monitoring Report.")
caption("Figure 1. The enquiry cycle required in C3")
fig = doc.add_table(rows=1, cols=9)
fig.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, txt in enumerate(["Baseline measures for pupils", "\u2192", "Plan the change with colleagues",
                         "\u2192", "Lead the change", "\u2192", "Measure again after a term or more",
                         "\u2192", "Review with colleagues; report"]):
    c = fig.rows[0].cells[i]
    c.text = ""
    r = c.paragraphs[0].add_run(txt)
    r.font.size = Pt(8.5)
    r.bold = txt != "\u2192"
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if txt != "\u2192":
        shade(c, "DEEAF6")
body("")
h2("6.3 Staffing")
body("Dr Margaret Oduya, the programme leader, was SENCO in two Ashmere primary schools and then an SEN "
     "adviser to the authority for six years before joining the University in 2003; her doctoral "
     "research concerned the leadership role of SENCOs. Simon Treece taught for eleven years in a "
     "special school for pupils with speech, language and communication needs and led its outreach "
     "service until 2006; he holds an advanced diploma in specific learning difficulties. Two further "
     "CICR lecturers teach U3, U7 and U11: one is a chartered educational psychologist and the other a "
     "former head of a secondary learning support department. Pauline Haworth has been Ashmere\u2019s "
     "Principal Officer for SEN since 2005. All University tutors spend at least five days a year in "
     "Ashmere schools through CICR\u2019s research partnership, and each attends at least one national SEN "
     "conference a year under the Centre\u2019s staff development plan.")
h2("6.4 Resources")
body("Participants have full access to the University Library, including its SEN collection and "
     "electronic journals, which can be reached from home. CICR maintains an Assessment Resources "
     "Library of standardised and diagnostic tests and intervention programmes, from which participants "
     "may borrow for their case study and enquiry. U7 is held in the School of Education\u2019s Assistive "
     "Technology Lab, which has text-to-speech and word-prediction software, symbol-writing software, "
     "switch access and an interactive whiteboard, and participants may book the Lab for their own use "
     "afterwards. Harnwick Learn carries all unit materials.")
h2("6.5 Tutors and mentors")
body("All tutors, including the authority\u2019s staff who teach units, receive the Programme Handbook, "
     "which sets out their roles, the unit outcomes and the assessment criteria, and attend a tutor "
     "day each July at which the year\u2019s changes are explained and marking is standardised on sample "
     "scripts. Mentors are nominated by headteachers and receive the module guides; we do not at present "
     "brief or train mentors, and rely on their experience as senior colleagues.")
h2("6.6 Specialist expertise and placements")
body("Participants meet a wide range of specialists, since Ashmere\u2019s educational psychologists, "
     "specialist teachers, Parent Partnership officers and social care colleagues teach U4, U6 and U13. "
     "The University\u2019s earlier Advanced Certificate in SEN Coordination (1999\u20132007) included a "
     "five-day placement in a special school, which participants valued; it was discontinued in 2007 "
     "because schools could not release staff for it, and it has not been reinstated. Participants who "
     "wish to visit specialist provision are encouraged to arrange such visits themselves.")

# ------------------------------------------------------------------ 7 Limitations
h1("7 Limitations and further work")
body("We are conscious of several gaps, and would rather name them than leave a reader to find them. "
     "First, the programme does not at present teach access arrangements for national tests and public "
     "examinations; in Ashmere these are handled by the authority\u2019s Assessment and Examinations Team, "
     "and we have left the topic to them.")
lim2 = body("Second, an assessment-only route of the kind Carrick (2007) describes is not offered to the "
            "first cohort. The School\u2019s Academic Standards Committee is considering whether to "
            "introduce one for experienced SENCOs, in the light of Brennan and Ostrowski\u2019s (2008) "
            "findings on resubmission.")
body("Third, beyond participants\u2019 own module evaluations we have not yet found a satisfactory way of "
     "involving schools, the authority or parents in evaluating the programme. We hope to do so, perhaps "
     "through an annual review meeting with the Ashmere SENCO Network, once the first cohort has "
     "completed.")
body("Fourth, the programme ends with the viva. We would like future cohorts to leave with targets for "
     "their further professional development, agreed with their headteachers, and we may add a closing "
     "session for that purpose. Finally, Gatward\u2019s (2007) criticism, that consultation with children "
     "is endorsed more often than it is taught, applies in some measure to this programme too.")

# ------------------------------------------------------------------ 8 Conclusion
h1("8 Conclusion")
body("We have argued that the lead SENCO is best prepared by a programme that is rooted in the "
     "participant\u2019s school, that asks for evidence of change for pupils, and that begins from what "
     "each participant already knows. The programme described here covers and assesses every one of the "
     "national minimum outcomes, and we believe it meets each of the TDA\u2019s criteria. We would welcome "
     "the panel\u2019s comments.")

para("Acknowledgements", bold=True)
body("We are grateful to the 64 Ashmere schools that answered the 2008 questionnaire, to the nine "
     "headteachers of the focus groups, and to the Ashmere SENCO Network, whose comments on the draft "
     "outline persuaded us to hold the taught days at the Ashmere Professional Centre rather than on the "
     "University campus.")

para("Notes", bold=True)
for n, t in enumerate([
    "We use \u2018participants\u2019 for the teachers on the programme and \u2018pupils\u2019 for the children "
    "and young people they teach. \u2018The national minimum outcomes\u2019 are those of Annex 3 of the TDA "
    "specification.",
    "An offer of a place is conditional on the University\u2019s Admissions Office seeing the original of "
    "the candidate\u2019s enhanced CRB disclosure, which must be dated within the previous three years, and "
    "recording its number and date; where the candidate has not worked in a school in the last three "
    "months a new enhanced disclosure is required before the offer is confirmed. The headteacher\u2019s "
    "supporting statement must also confirm that the candidate is not barred from working with "
    "children, that references were taken up on appointment, and that there are no outstanding "
    "disciplinary matters.",
    "The fee for 2009\u201310 is \u00a31,350 for the whole programme, of which Ashmere County Council pays "
    "half for teachers in its maintained schools. At \u00a3675 to the school, and with ten days of supply "
    "cover rather than fourteen, the programme costs an Ashmere school less than the authority\u2019s "
    "former unaccredited SENCO course.",
    "Experiential learning is not accredited: the School\u2019s Academic Standards Committee decided in 2008 "
    "that claims for the accreditation of prior experiential learning could not be assessed reliably "
    "against these outcomes.",
    "Dr Eliot\u2019s appointment runs from 2009 to 2013.",
], start=1):
    para(f"{n}. {t}", size=10)

para("References", bold=True)
for ref in [
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0\u201319) "
    "with speech, language and communication needs. Nottingham: DCSF.",
    "Biggs, J. (2003) Teaching for Quality Learning at University. 2nd edn. Buckingham: SRHE and Open "
    "University Press.",
    "Brennan, T. and Ostrowski, K. (2008) \u2018Accrediting experience: assessment-only routes in SENCO "
    "training\u2019, Journal of Inclusive Professional Learning, 4(2), pp. 41\u201358.",
    "Carrick, J. (2007) \u2018The portfolio route at Westholme: an evaluation of its first three years\u2019, "
    "Journal of Inclusive Professional Learning, 3(1), pp. 12\u201329.",
    "DfES (2001) Special Educational Needs Code of Practice. London: DfES.",
    "DfES (2004) Removing Barriers to Achievement: the Government\u2019s strategy for SEN. Nottingham: DfES.",
    "Gatward, L. (2007) \u2018Endorsed but not taught? Pupil consultation in the preparation of SENCOs\u2019, "
    "Inclusion and Practice Review, 9(3), pp. 201\u2013215.",
    "HM Government (2004) Every Child Matters: change for children. London: DfES.",
    "Kinsella, M. and Ward, R. (2007) The New SENCO: time, status and training. Pellbridge: Northern "
    "Inclusion Research Group.",
    "Merriott, D. (2006) \u2018Measuring what matters: baselines in practitioner enquiry\u2019, Inclusion and "
    "Practice Review, 8(1), pp. 33\u201347.",
    "Ofsted (2004) Special Educational Needs and Disability: towards inclusive schools. London: Ofsted.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.",
    "Pardoe, S. (2006) \u2018Administrator or leader? SENCOs describe their work\u2019, Journal of Inclusive "
    "Professional Learning, 2(2), pp. 77\u201391.",
    "TDA (2008) Draft specification for nationally accredited training for teachers new to the role of "
    "leading coordination of provision for pupils with special educational needs. London: TDA.",
    "Yardley, C. (2005) \u2018A week away: special-school placements for SENCOs\u2019, Inclusion and Practice "
    "Review, 7(2), pp. 118\u2013130.",
]:
    p = para(ref, size=10)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)

# ------------------------------------------------------------------ comments (not part of the submission)
doc.add_comment(lim2.runs[0], text="ASC agreed on 11 Feb that LA advisory teachers and SENCOs with five "
                "years in post can take an assessment-only route from September. Shall we say so here? ST",
                author="Simon Treece", initials="ST")
c3_cell = t2.rows[3].cells[2]
doc.add_comment(c3_cell.paragraphs[0].runs[0], text="Deploying and managing support staff is not in C3's "
                "criteria. Should we add it? It is taught in U9. PH", author="Pauline Haworth", initials="PH")
doc.add_comment(doc.paragraphs[0].runs[0] if doc.paragraphs[0].runs else lim2.runs[0],
                text="Margaret - title too long for the WP series? Fine for the TDA.", author="Simon Treece",
                initials="ST")

doc.save(OUT)
print("wrote", OUT)
