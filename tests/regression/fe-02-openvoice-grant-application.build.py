"""fe-02-openvoice-grant-application: build the .docx next to this script.

Provider (invented)
-------------------
Open Voice (the Open Voice Children's Communication Trust), a national charity
for children and young people with speech, language and communication needs:
a family helpline (Talkline), two Language Centres attached to mainstream
schools, training for school and early years staff, a Young Advisers panel
and a Parent Network. From September 2009 it delivers the Postgraduate
Certificate in SEN Coordination (Speech, Language and Communication), the
National Award for SEN Coordination, validated by the University of Thursby
(60 credits at Level 7, modules EDM7031 and EDM7032, four Units, ten study
days, assignments A1-A3).

Kind of document and layout
---------------------------
A stage-two full application to a grant-making trust (the invented Harbrook
Foundation, Education and Learning Programme), on the Foundation's own Word
form, sent to the TDA as the application with a shaded covering note. The
grant would fund three strands on top of the Award: bursaries, an online
route and an independent evaluation. Layout: a header with the Foundation's
reference and a footer ("Please do not alter the questions on this form"),
typed bold capitalised part titles (PART A ... PART F, no heading styles in
the form), Part A as a two-column field table, then each question of Parts B
as a one-column boxed table: a shaded first row with the question number,
the question in bold and the Foundation's grey italic guidance (prompts left
in, several naming requirement topics), and an answer row with typed "•"
lists. Separate body tables: an outcomes framework (B8), a staff table (B10),
a risk table (B14), a budget with merged header cells and a merged total row
(Part C), a timetable (Part D), an attachments checklist with ticks and one
"to follow" (Part E), a declaration. Then Attachment D, the charity's own
programme outline with Heading styles: structure table, four Units with "In
this Unit you will learn to" lists, three assignment briefs with "This
assignment assesses" lists, and the award rule. Footnotes (a footnotes part):
references, and the only description of the assessment-only route.

Traps (requirement ids)
-----------------------
- Funder's guidance prompts left in, naming reasonable adjustments, local
  evidence, independent evaluation, safeguarding: never an answer (3.1, 4.1,
  5.1, 5.3).
- Conditional on the grant: the online route ("If the Foundation funds
  Strand 2 ..."; "At present the programme has no online element"), so the
  programme uses no e-learning (3.3 not_applicable) while flexibility is met
  by two intakes, a Saturday cohort and either module first (3.2 met).
- Conditional on the grant: the only external evaluation is the
  University centre's independent evaluation in Strand 3; internal methods
  are real (5.1 partially_met). Pupil-impact measures are in the core
  Practice Project regardless of the grant (5.9 met, notes_on_met).
- Negation plus another provider's arrangement: "We do not offer
  accreditation of prior learning on this Award"; the University's own
  PGCert in Inclusive Education accepts prior credit, but not this Award
  (2.1 not_met).
- Evidence only in a footnote: the assessment-only route is described only
  in footnote 3, hung on the APL negation (2.3 met; footnotes are part of the
  submission). Footnotes 1 and 2 are references.
- Self-audit used for grouping, not an individual plan (2.2 partially_met);
  tailoring only to groups (2.4 partially_met; bursaries and fee are
  concrete).
- "We have not yet surveyed schools or local authorities"; needs evidence is
  national reports and Talkline (4.1 partially_met); specific changes made
  by Young Advisers, Parent Network and heads (4.2 met); Steering Group
  reviews evaluation each term (4.3 met).
- Value statement on parents ("Parents are our first partners") next to a
  real Unit 4 session co-delivered by the Parent Network (1.7 met,
  notes_on_met); liaison with parents is never assessed (6.S8
  partially_met); A2 assesses the relationship with the pupil only, not the
  family (6.A1 partially_met).
- Equality answer general: accessible venues, alternative formats "on
  request", a commitment; no disclosure or assessment adjustments (3.1
  partially_met).
- Placements explicitly not arranged; specialist expertise present (5.5
  partially_met).
- Double marking inside the team; external examiner "not yet appointed"
  (5.8 partially_met).
- CRB done properly for participants (5.3 met), next to the charity's own
  staff checks.
- Blanket claim "Together the four Units cover all the national minimum
  outcomes for SENCOs" (1.9, 6.0 partially_met).
- Outcomes: in a Unit list but in no assignment's "This assignment assesses"
  list (6.K2 Every Child Matters, 6.S2c, 6.S8, 6.A7); Unit 1's "anticipate
  problems and make well-founded decisions" is not time management (6.A3); assessed only for the
  charity's own specialism (6.K5: A2 assesses understanding of SLCN only);
  speaking never assessed, all assignments written (6.A5); absent (6.A3,
  6.S2d); explicitly out of scope (6.S4 "not part of this programme").
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("fe-02-openvoice-grant-application.docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
GREY = RGBColor(0x66, 0x66, 0x66)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Calibri"
    doc.styles[s].font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)

FOOTNOTES = []


def footnote(paragraph, text):
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    paragraph._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))


def write_footnotes():
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
        for i, t in FOOTNOTES)
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W} '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def part_title(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    return p


def para(text, bold=False, italic=False, size=None, container=None):
    p = (container or doc).add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    return p


def question(num, q, guidance, answer):
    """A boxed question: shaded row with number, question and grey guidance; answer row.
    answer: list of str | ("b", [bullets]) | ("fn", before, note, after)."""
    t = doc.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    c0 = t.rows[0].cells[0]
    shade(c0, "E8DFF0")
    c0.text = ""
    p = c0.paragraphs[0]
    r = p.add_run(f"{num}  ")
    r.bold = True
    r = p.add_run(q)
    r.bold = True
    if guidance:
        g = c0.add_paragraph()
        gr = g.add_run(guidance)
        gr.italic = True
        gr.font.size = Pt(9)
        gr.font.color.rgb = GREY
    c1 = t.rows[1].cells[0]
    c1.text = ""
    first = True
    for item in answer:
        if isinstance(item, str):
            p = c1.paragraphs[0] if first else c1.add_paragraph()
            p.add_run(item)
        elif item[0] == "b":
            for b in item[1]:
                p = c1.paragraphs[0] if first else c1.add_paragraph()
                p.add_run("\u2022  " + b)
                p.paragraph_format.left_indent = Cm(0.6)
                first = False
            continue
        elif item[0] == "fn":
            p = c1.paragraphs[0] if first else c1.add_paragraph()
            p.add_run(item[1])
            footnote(p, item[2])
            if item[3]:
                p.add_run(item[3])
        first = False
    doc.add_paragraph()
    return t


def table(header, rows, widths=None, font=9.5, fill="E8DFF0"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(font)
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(font)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "The Harbrook Foundation  \u2022  Education and Learning Programme  \u2022  Stage 2 Full Application  \u2022  Ref. HF/EL/09/0217"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Please do not alter the questions on this form. Answers over the word limit may not be read. Form EL2 (rev. Jan 2009)"
fp.runs[0].font.size = Pt(8)

# ------------------------------------------------------------- covering note
note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.rows[0].cells[0]
shade(c, "FFF4D6")
c.text = ""
r = c.paragraphs[0].add_run("Open Voice: covering note to the TDA approval panel, June 2009")
r.bold = True
for t_ in (
    "This is the full application we made to the Harbrook Foundation on 17 April 2009, with Attachment D, our "
    "programme outline. We are submitting it as our application for approval because it is the most complete "
    "description we have of the Award as it will run from September 2009, and because the Foundation's questions "
    "are close to yours. Nothing has been changed except that this note has been added and the budget's "
    "bank details removed.",
    "The Award runs whether or not the Foundation makes a grant. The three strands the grant would pay for "
    "(bursaries, an online route and an independent evaluation) are described in B4 as Strands 1 to 3; the "
    "Foundation's decision is due at its trustees' meeting on 15 July 2009.",
    "Anita Lowther, Director of Professional Learning",
):
    cp = c.add_paragraph(t_)
    cp.runs[0].font.size = Pt(10)
doc.add_paragraph()

p = para("THE HARBROOK FOUNDATION", bold=True, size=16)
para("Education and Learning Programme: Stage 2 Full Application (Form EL2)", bold=True, size=12)
para("Please read the Stage 2 Guidance Notes before completing this form. Answer every question in the box provided. "
     "Keep to the word limits. Do not send additional material unless it is listed in Part E.", italic=True, size=9)

# ------------------------------------------------------------- Part A
part_title("PART A: ABOUT YOUR ORGANISATION")
fields = [
    ("A1 Name of organisation", "Open Voice (the Open Voice Children's Communication Trust)"),
    ("A2 Legal status and numbers", "Registered charity no. 1071936; company limited by guarantee no. 3569012"),
    ("A3 Address", "Open Voice, 14 Cardew Street, Thursby TH1 4QW"),
    ("A4 Contact for this application", "Dr Anita Lowther, Director of Professional Learning. Tel. 01632 960 418. anita.lowther@openvoice.org.uk"),
    ("A5 Income in last audited year", "\u00a33,874,000 (year to 31 March 2008)"),
    ("A6 Staff and volunteers", "96 staff (31 speech and language therapists, 22 teachers); 140 volunteers, mostly on Talkline"),
    ("A7 What does your organisation do? (max 150 words)",
     "Open Voice works so that every child with speech, language and communication needs (SLCN) can say what they "
     "want to say and be understood. We run Talkline, a helpline for families and practitioners; two Language Centres "
     "for children with severe language impairment, attached to mainstream primary schools in Thursby and Marlow "
     "Heath; training for school and early years staff (about 4,000 people a year); and policy work, including "
     "evidence to the Bercow Review. Our Young Advisers, a panel of 14 young people aged 12 to 19 with SLCN, and our "
     "Parent Network of about 600 families advise on all our work."),
    ("A8 Previous grants from the Foundation", "2006: \u00a318,000 towards Talkline volunteer training (completed, final report accepted March 2008)"),
]
t = table(["", ""], [list(f) for f in fields], widths=[5.2, 12], font=9.5)
t.rows[0]._tr.getparent().remove(t.rows[0]._tr)
doc.add_paragraph()

# ------------------------------------------------------------- Part B
part_title("PART B: ABOUT YOUR PROJECT")
question("B1", "Project title", None, [
    "Communication Leaders: bursaries, an online route and an independent evaluation for the National Award for SEN Coordination"])
question("B2", "Summary of your project", "In no more than 100 words, tell us what you want to do and what difference it will make.", [
    "From September 2009 every teacher newly appointed as a school's special educational needs coordinator (SENCO) "
    "must gain the National Award for SEN Coordination. Open Voice will deliver the Award with the University of "
    "Thursby, with a strong focus on speech, language and communication, the most common need among pupils with "
    "SEN in primary schools. We ask the Foundation to fund 45 bursaries for SENCOs in the most deprived areas, an "
    "online route for SENCOs who cannot be released, and an independent evaluation of what difference the Award "
    "makes to children."])

question("B3", "What need or problem will your project address? How do you know?",
         "Tell us what evidence you have of the need. Include local evidence where you can, for example surveys, "
         "consultation with the people who will benefit, or data from partner organisations. (max 500 words)", [
    ("fn", "The Bercow Review of services for children and young people with SLCN (2008) found that around 7 per cent of "
     "five-year-olds have significant difficulties with language, and that in some areas of social disadvantage "
     "upwards of half of children start school with language skills well below those expected for their age",
     "Bercow, J. (2008) The Bercow Report: A Review of Services for Children and Young People (0-19) with Speech, "
     "Language and Communication Needs. Nottingham: DCSF Publications.",
     ". It found that teachers often do not recognise SLCN, especially in older pupils, where difficulties are mistaken "
     "for poor behaviour or low ability, and it recommended that the new training for SENCOs should cover speech, "
     "language and communication."),
    "Our own evidence points the same way. Talkline took 2,310 calls in 2008; 41 per cent were from parents "
    "worried about support at school, and the most common complaint was that the school had not understood or "
    "used the speech and language therapist's report. Evaluations of our two-day course Communication in the "
    "Classroom (1,120 teachers since 2005) show that SENCOs want help with identifying needs in Key Stages 2 and 3, "
    "with explaining language difficulties to colleagues, and with measuring progress in small steps.",
    ("fn", "Cost keeps the schools with the greatest need away. Only 9 per cent of places on our courses in 2007-08 "
     "went to schools in the most deprived fifth of areas", "Income Deprivation Affecting Children Index (IDACI), 2007.",
     ", although those schools have the highest rates of language delay. Heads of small primary schools tell us that "
     "release for ten days is harder to find than the fee."),
    "We have not yet surveyed schools or local authorities about what their SENCOs need from the Award; Strand 3 "
    "would do this in its first term, and the results would shape the second year."])

question("B4", "What will you do?",
         "Describe the activities your grant would pay for. Tell us where and when they will take place and who will "
         "deliver them. If the project is part of a larger programme, explain the whole programme briefly. "
         "(max 1,000 words; you may attach a fuller description as Attachment D)", [
    "The Award. The University of Thursby validated our Postgraduate Certificate in SEN Coordination (Speech, "
    "Language and Communication) on 24 March 2009. It is the National Award for SEN Coordination, carries 60 "
    "credits at Level 7 (masters level) and is awarded by the University, whose Assessment Board confirms every "
    "result. It runs from September 2009 whatever the outcome of this application. There are two 30-credit modules "
    "and four Units taught over ten study days, with two visits by a tutor to each participant's school and "
    "three assignments (see Attachment D). Study days are at our training rooms in Cardew Street and at the "
    "University's Thursby campus; the Saturday cohort meets at the Marlow Heath Language Centre.",
    "Routes and timing. There are two intakes a year, in September and February. The February intake begins with "
    "Module 2 and takes Module 1 the following autumn, so the modules can be taken in either order. A Saturday cohort "
    "(ten Saturdays from October to June) is for SENCOs whose schools cannot release them in the week. Participants "
    "have up to three years to finish.",
    "Who can join. Applicants must hold qualified teacher status and be in post as SENCO, or be designated to take "
    "on the role within the year, and their headteacher must sign the school agreement. Each applicant has a "
    "20-minute telephone conversation with the Programme Director, using their Communication Leadership Audit (below). "
    "If the conversation suggests the applicant is not yet ready to reach the outcomes within the course, for example "
    "because they have little experience of pupils with SEN, the Programme Director explains what would help "
    "(usually our course Communication in the Classroom and a term working with an experienced SENCO), writes to "
    "the headteacher to say so, and offers a place in a later intake.",
    "Starting point. Before the course each participant completes our Communication Leadership Audit, a self-rating "
    "against the national outcomes. We use the results to place participants in tutor groups by phase (early years "
    "and primary, secondary, special) and to plan which topics need most time with each group. Tutors adapt the "
    "sessions to the group in front of them.",
    ("fn", "We do not offer accreditation of prior learning on this Award: every participant on the taught route "
     "takes both modules, because both are built around the participant's own school. (The University's own PGCert "
     "in Inclusive Education accepts prior credit under its general regulations, but the validation of the Award "
     "excludes it.) Teachers who already meet the outcomes are the exception",
     "Experienced SENCOs and advisory teachers who already meet all the national outcomes may ask to be assessed "
     "without attending. The Programme Director and the University link tutor review the application; the candidate "
     "then submits assignments A1 to A3 in the normal way, has one school visit, and is assessed by the same criteria "
     "and Assessment Board. The fee for this route is \u00a3750.", "."),
    "The end of the course. On the last study day each participant writes a Next Steps Plan on our template: two or "
    "three professional targets for the following year, the support they will need, and a date to discuss the plan "
    "with their headteacher. Tutors telephone each participant three months later to ask how the discussion went. "
    "We also explain how the University's MA in Inclusive Education can build on the Award's 60 credits.",
    "What the grant would pay for.",
    ("b", [
        "Strand 1, bursaries: 45 half-fee bursaries of \u00a3900 over two years for SENCOs in schools in the most deprived 30 per cent of areas, decided by a panel of the Programme Director, a local authority SEN officer and a headteacher from the Steering Group.",
        "Strand 2, an online route: if the Foundation funds Strand 2, we will turn Units 1 and 4 into online units on the University's Blackboard site, with an e-tutor for each group of fifteen, a weekly online discussion and telephone tutorials between study days, so that participants can replace four study days with online study. At present the programme has no online element: all teaching is face to face.",
        "Strand 3, an independent evaluation by the University's Centre for Child Language Research, described in B9.",
    ])])

question("B5", "Who will benefit, and how many?", "Give numbers where you can. (max 200 words)", [
    "Ninety SENCOs over two years (two intakes and one Saturday cohort a year), 45 of them with bursaries. The pupils "
    "who benefit are those on the SEN registers of their schools: at the national average this is about 2,000 "
    "children, of whom we expect around 900 to have SLCN as a main or secondary need. The 45 bursary schools serve "
    "areas where language delay at school entry is most common."])

question("B6", "How have the people who will benefit been involved in planning the project?",
         "Tell us who you asked, what they said and what you changed as a result. (max 300 words)", [
    "Our Young Advisers spent two sessions in November 2008 on the draft Unit 2. They asked that SENCOs practise "
    "asking children with little speech what they think, rather than only hear about it. As a result Unit 2 now has "
    "a half-day practical session in which participants interview Young Advisers using symbols, drawing and video, "
    "and the Young Advisers' short film Ask Me, Don't Guess opens the Unit.",
    "Our Parent Network's reference group read the draft Unit 4 and asked that the session on families include "
    "what to do when parents and school disagree; it now does. The heads of the two schools that host our Language "
    "Centres asked for a Saturday option, which became the Saturday cohort. Parents are our first partners, in the "
    "Award as in everything Open Voice does."])

question("B7", "Who are your partners and what will each do?",
         "Include any organisation that will deliver part of the project or provide staff, premises or money. "
         "(max 300 words)", [
    ("b", [
        "University of Thursby, School of Education: validates and awards the Award; provides a link tutor who sits on the Programme Committee and the Assessment Board; gives participants full library and e-journal access; hosts study days at the Thursby campus; would run Strand 3.",
        "Thursby and District Community Health Services and Marlow Heath PCT: each seconds a speech and language therapist for one day a week to the tutor team, under a secondment agreement that sets out the therapist's duties.",
        "Thursby City Council and Marlow Heath and Ashby County Councils: an SEN officer from each sits on the Steering Group and the bursary panel; officers speak on local arrangements in Unit 1.",
        "Our Young Advisers and Parent Network: co-deliver sessions in Units 2 and 4 and are represented on the Steering Group.",
    ]),
    "We do not arrange placements or visits to other settings; the participant's own school is the setting for "
    "all practical work. Specialist input comes through the therapist-tutors, the staff of our Language Centres, "
    "and visiting speakers: an educational psychologist, a CAMHS clinical psychologist and an advisory teacher for "
    "autism."])

question("B8", "What difference will your project make?",
         "List up to four outcomes, with the indicators you will use, how you will collect the information and when. "
         "Use the table below.", [
    "The Award's own assessment already requires evidence of change for pupils (see A3 in Attachment D), so most of "
    "this table will be measured whether or not Strand 3 is funded."])
table(["Outcome", "Indicators", "How measured", "When"], [
    ["1. SENCOs are more skilled and confident in leading provision for pupils with SEN, especially SLCN",
     "Change in Communication Leadership Audit ratings; pass rates and grades", "Audit repeated on the last study day; University results", "Start and end of each cohort"],
    ["2. Pupils in participants' schools make better progress in language, learning and well-being",
     "For a target group of four to six pupils in each Practice Project: a standardised language measure, National Curriculum or P-scale levels, and the pupils' own views of school",
     "Baseline and follow-up at least twelve weeks apart, reported in assignment A3 and collated by the Programme Director", "Each Practice Project; collated annually"],
    ["3. Schools' provision for pupils with SLCN improves",
     "Provision maps before and after; headteachers' ratings", "Provision maps in A3; headteacher questionnaire six months after completion", "Annually"],
    ["4. More SENCOs from disadvantaged areas gain the Award", "Number of bursary holders completing", "Programme records", "Each intake"],
], widths=[4.4, 5.0, 5.0, 2.6])
doc.add_paragraph()

question("B9", "How will you monitor and evaluate your project?",
         "The Foundation expects every project over \u00a350,000 to include an independent element of evaluation. "
         "Tell us who will do it and how you will use what you learn. (max 400 words)", [
    "Internal monitoring. Participants complete an evaluation at the end of every study day; the tutor team reviews "
    "the results at a meeting after each Unit and decides what to change for the next group. Each tutor group "
    "elects a representative who meets the Programme Director once a term. The Programme Director writes a report "
    "each term on recruitment, attendance, evaluations, results and the pupil data in Outcome 2.",
    "The Steering Group (three local authority SEN officers, two headteachers, two members of the Parent Network, a "
    "Young Adviser with a supporter, the University link tutor and the Programme Director) meets each term. It "
    "reviews the termly report, agrees changes to the programme and checks at its next meeting that they have been "
    "made. Young Advisers also review the Unit 2 practical session each year with the participants who took part.",
    "Independent evaluation (Strand 3). If the Foundation funds Strand 3, the University's Centre for Child Language "
    "Research will evaluate the first two years independently: a survey of SENCOs, heads and local authorities in "
    "the autumn of 2009, interviews with twenty participants and their heads, and a comparison of pupil progress in "
    "participants' schools with matched schools. Its reports would go to the Steering Group and be published."])

question("B10", "How will you make sure the project is of good quality?",
         "Tell us about the people who will deliver it and how you will check quality. (max 400 words)", [
    "Each tutor group of fifteen has two tutors who teach together: a teacher who has been a SENCO and a speech and "
    "language therapist. The key staff are listed below. All tutors follow the Award Tutor Handbook, which sets out "
    "what each of the pair does at study days, on school visits and in marking; new tutors have an induction day "
    "and observe a full Unit before teaching, and the whole team has a standardisation day each July. Visiting "
    "speakers receive a written brief on the session's aims. Young Advisers and Parent Network members who co-deliver "
    "are prepared by our participation workers and supported on the day.",
    "Both tutors mark every assignment against the University's Level 7 criteria and agree a mark; where they cannot "
    "agree, the Programme Director decides. An external examiner has not yet been appointed; the University expects "
    "to appoint one during 2009-10."])
table(["Name", "Role", "Background"], [
    ["Dr Anita Lowther", "Director of Professional Learning; Programme Director", "Speech and language therapist and former SENCO; PhD on language and literacy in secondary pupils; 19 years with Open Voice"],
    ["Colin Dyer", "Teacher-tutor (primary)", "SENCO in two Thursby primary schools for ten years; MA Special and Inclusive Education; 0.5 Open Voice, 0.5 SENCO"],
    ["Hannah Preece", "Teacher-tutor (secondary)", "Head of learning support in a comprehensive school to 2008; OCR Diploma in SpLD; Open Voice trainer"],
    ["Rukhsana Malik", "Therapist-tutor", "Speech and language therapist seconded from Thursby and District Community Health Services; specialist in secondary-age language"],
    ["Tom Ellery", "Therapist-tutor", "Speech and language therapist seconded from Marlow Heath PCT; clinical lead for the Marlow Heath Language Centre"],
    ["Dr Joan Pettifer", "University link tutor", "Reader in Inclusive Education, University of Thursby"],
], widths=[3.4, 4.6, 9.2])
doc.add_paragraph()

question("B11", "How will you make your project accessible and inclusive?",
         "Tell us how you will make sure everyone who could benefit can take part, including disabled people, and how "
         "you will make reasonable adjustments for disabled participants. (max 250 words)", [
    "Open Voice is committed to equality and diversity, and our Equal Opportunities Policy (Attachment C) applies to "
    "everything we do. All our venues are fully accessible. Course materials are available in large print or "
    "electronically on request. The bursaries in Strand 1 are for schools in the most deprived areas, and the "
    "Saturday cohort opens the Award to SENCOs whose schools cannot release them."])

question("B12", "Safeguarding",
         "Does your project involve contact with children or vulnerable adults? If so, tell us what checks you make "
         "and which policies apply. (max 250 words)", [
    "Participants work with children in their own schools as part of the course. Before a place is confirmed, our "
    "Admissions Officer records the number and date of the participant's enhanced CRB disclosure, which must have "
    "been issued for their current school post, and obtains the headteacher's signed confirmation on the school "
    "agreement that the school's safer recruitment checks, including the List 99 check, were completed, that there "
    "are no concerns about the participant's conduct and that no disciplinary matter is outstanding. An applicant who "
    "has not worked in a school in a post with regular contact with children in the last three months applies for "
    "a new enhanced disclosure through us before starting.",
    "All Open Voice staff, therapist-tutors and visiting speakers have enhanced CRB disclosures. Our Child "
    "Protection Policy (Attachment B) applies to the Young Advisers' involvement, and pupils' involvement in "
    "Practice Projects needs their parents' written consent."])

question("B13", "What will happen when the grant ends?", "(max 200 words)", [
    "The Award is paid for by course fees (\u00a31,800) and will continue. Two of the three local authorities have said "
    "they will consider funding places from 2011. The online units, if built, will continue to be used. The "
    "evaluation would give us the evidence to seek public funding for bursaries."])

question("B14", "What are the main risks, and how will you manage them?", "Use the table below.", [
    "The main risks are shown in the table."])
table(["Risk", "Likelihood", "Impact", "What we will do"], [
    ["Fewer than 15 applicants for an intake", "Low", "Medium", "Merge intakes; marketing through the three authorities' SENCO networks"],
    ["Participant leaves SENCO post", "Medium", "Medium", "Participant may continue if the new school agrees; otherwise intermission"],
    ["Blackboard units not ready for February 2010", "Medium", "Low", "Online route starts September 2010; face-to-face study days continue"],
    ["Therapist secondments withdrawn", "Low", "High", "Open Voice therapists cover; agreements run to 2012"],
], widths=[4.8, 2.2, 2.0, 8.2])
doc.add_paragraph()

# ------------------------------------------------------------- Part C budget
part_title("PART C: BUDGET")
para("Show the full cost of the project and the amount you are asking the Foundation for.", italic=True, size=9)
bt = doc.add_table(rows=2, cols=5)
bt.style = "Table Grid"
hdr = ["Item", "2009-10", "2010-11", "Total", "Requested from Harbrook"]
a = bt.rows[0].cells[1].merge(bt.rows[0].cells[3])
a.text = "Full cost (\u00a3)"
bt.rows[0].cells[0].text = ""
bt.rows[0].cells[4].text = ""
for i, h in enumerate(hdr):
    bt.rows[1].cells[i].text = h
for row in bt.rows[:2]:
    for c_ in row.cells:
        shade(c_, "E8DFF0")
        for r_ in c_.paragraphs[0].runs:
            r_.bold = True
            r_.font.size = Pt(9.5)
budget = [
    ["Tutor team (two teacher-tutors, 1.0 FTE)", "46,000", "47,400", "93,400", "0"],
    ["Therapist secondments (0.4 FTE)", "18,600", "19,200", "37,800", "0"],
    ["Programme Director (0.3 FTE)", "17,100", "17,600", "34,700", "0"],
    ["Venues, materials, Communication Toolkits", "9,800", "10,100", "19,900", "0"],
    ["University validation and registration fees", "13,500", "13,500", "27,000", "0"],
    ["Strand 1: 45 bursaries at \u00a3900", "20,700", "19,800", "40,500", "40,500"],
    ["Strand 2: online units and e-tutoring", "14,000", "9,500", "23,500", "23,500"],
    ["Strand 3: independent evaluation", "12,000", "14,000", "26,000", "26,000"],
]
for row in budget:
    cells = bt.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
        cells[i].paragraphs[0].runs[0].font.size = Pt(9.5)
tot = bt.add_row().cells
m = tot[0].merge(tot[3])
m.text = "Total requested from the Foundation over two years"
tot[4].text = "\u00a390,000"
for c_ in (m, tot[4]):
    c_.paragraphs[0].runs[0].bold = True
    c_.paragraphs[0].runs[0].font.size = Pt(9.5)
doc.add_paragraph()
para("Income towards the full cost: course fees, \u00a3162,000 over two years (90 participants at \u00a31,800), and Open Voice "
     "reserves. Resources for participants are included under materials: each participant receives a Communication "
     "Toolkit (assessment and intervention materials worth \u00a3240), and may borrow from our resource library of about "
     "2,500 books, 300 assessment packs and a collection of communication aids, posted to schools.", size=10)

# ------------------------------------------------------------- Part D timetable
part_title("PART D: TIMETABLE")
table(["When", "What"], [
    ["September 2009", "First intake (weekday cohort); first bursaries awarded"],
    ["October 2009", "First Saturday cohort; Strand 3 survey of SENCOs, heads and local authorities (if funded)"],
    ["February 2010", "Second intake (begins with Module 2)"],
    ["September 2010", "Online route for Units 1 and 4 (if Strand 2 funded)"],
    ["July 2010 and July 2011", "Assessment Boards; termly reports to the Steering Group throughout"],
    ["December 2011", "Final report to the Foundation"],
], widths=[4.0, 13.2])
doc.add_paragraph()

# ------------------------------------------------------------- Part E attachments
part_title("PART E: ATTACHMENTS")
table(["Attachment", "Enclosed?"], [
    ["A  Latest audited accounts", "\u2713"],
    ["B  Safeguarding / child protection policy", "\u2713"],
    ["C  Equal opportunities policy", "\u2713"],
    ["D  Fuller description of the project (optional)", "\u2713  Programme outline"],
    ["E  Letters of support from partners", "\u2713  University of Thursby; [Marlow Heath PCT letter to follow]"],
], widths=[11, 6.2])
doc.add_paragraph()

# ------------------------------------------------------------- Part F declaration
part_title("PART F: DECLARATION")
para("I confirm that the information in this application is correct, that the organisation's trustees have approved "
     "it, and that any grant will be used only for the purposes described.", size=10)
para("Signed: Margaret Okoro, Chair of Trustees          Date: 16 April 2009", size=10)
para("Signed: Dr Anita Lowther, Director of Professional Learning          Date: 16 April 2009", size=10)

# ------------------------------------------------------------- Attachment D
doc.add_page_break()
doc.add_heading("Attachment D: Programme outline", level=1)
para("Postgraduate Certificate in SEN Coordination (Speech, Language and Communication): the National Award for SEN "
     "Coordination. Open Voice with the University of Thursby. Version for September 2009.", italic=True)
doc.add_heading("Aims", level=2)
para("The Award aims to improve the learning, achievement and well-being of children and young people with SEN "
     "and/or disabilities, in all five Every Child Matters outcomes, by developing teachers who lead provision in "
     "their schools with a secure understanding of how communication underpins learning.")
doc.add_heading("Structure", level=2)
table(["Module", "Units and study days", "School visits", "Assessment"], [
    ["EDM7031 The SENCO as Leader of Learning (30 credits)", "Unit 1 The SENCO, the law and the whole school (days 1-2); Unit 2 Understanding children's needs (days 3-5)", "Visit 1 (after day 3)", "A1 Policy and Practice Review (4,000 words); A2 Child Study (3,000 words and a pupil-voice record)"],
    ["EDM7032 Communication, Inclusion and Change (30 credits)", "Unit 3 Assessment, teaching and provision (days 6-8); Unit 4 Leading people and partnerships (days 9-10)", "Visit 2 (after day 8)", "A3 Practice Project (6,000 words, with provision maps and pupil data)"],
], widths=[4.2, 6.2, 2.4, 4.4])
doc.add_paragraph()
para("Between study days participants carry out short school-based tasks set at the end of each day and discussed "
     "at the start of the next. Reading lists for each Unit were revised in February 2009 and include the Bercow "
     "Review (2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006) and recent research on "
     "children with specific language impairment in mainstream schools, which Dr Lowther and the University's "
     "Centre for Child Language Research summarise for participants each year.")


def unit(title, intro, items):
    doc.add_heading(title, level=2)
    para(intro)
    para("In this Unit you will learn to:")
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


unit("Unit 1  The SENCO, the law and the whole school (days 1-2)",
     "The SENCO's role under the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008; the "
     "Education Act 1996, the SEN Code of Practice 2001, the Disability Discrimination Act as amended in 2005, Every "
     "Child Matters, Removing Barriers to Achievement and the Government's response to the Bercow Review, Better "
     "Communication (2008); local authority arrangements, presented by officers.", [
         "explain the law and guidance on SEN, including the Code of Practice, and what they mean for your school and for you;",
         "explain the disability equality duties and the actions they require of the school;",
         "describe the principles and five outcomes of Every Child Matters and the part a SENCO plays in them;",
         "explain how school self-evaluation works and how it can improve outcomes for pupils with SEN;",
         "work with senior leaders and governors to shape an inclusive ethos, policies, priorities and the use of resources;",
         "anticipate problems and make well-founded decisions about provision.",
     ])
unit("Unit 2  Understanding children's needs (days 3-5)",
     "How children develop, with a full day on language and communication; the common types of SEN; listening to "
     "children; working with the professionals around a child. Includes the Young Advisers' practical session.", [
         "describe how children develop, especially in language and communication, and how SEN, disability and the learning environment affect development;",
         "describe the most common types of SEN and disability (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties) and how each can affect learning;",
         "find out what children think, including children with little or no speech, using symbols, drawing, video and structured conversation, and involve them in planning and reviewing their provision;",
         "build fair, respectful and constructive relationships with pupils and their families;",
         "explain the roles of external agencies and how to obtain specialist support and resources;",
         "use assessments by speech and language therapists, educational psychologists and others to plan teaching.",
     ])
unit("Unit 3  Assessment, teaching and provision (days 6-8)",
     "Identification, assessment and intervention; data; provision mapping; approaches to teaching, including "
     "information and communication technology and communication aids; evidence about what works.", [
         "identify pupils who may have SEN, set challenging targets, plan interventions and review progress;",
         "use summative assessments, including national tests, to track pupils' progress and change programmes;",
         "help colleagues develop assessment for learning with pupils with SLCN in mind;",
         "evaluate approaches, strategies and resources for assessment, planning and teaching, including ICT and communication aids;",
         "use provision mapping to plan provision and find what is missing or not working;",
         "review the effectiveness of provision with colleagues to inform the school's self-evaluation;",
         "apply research and best practice in meeting SEN.",
     ])
unit("Unit 4  Leading people and partnerships (days 9-10)",
     "Leading change; coaching and training colleagues; families; other services and voluntary organisations; "
     "communicating with confidence; the SENCO's own development. Parent Network members co-deliver the session on "
     "families, including what to do when parents and school disagree.", [
         "gain the commitment of colleagues, including the headteacher and senior leaders, to better outcomes for pupils with SEN;",
         "support colleagues' professional development through observation and feedback, modelling, coaching and training;",
         "work in partnership with parents and carers;",
         "work with other services and agencies, including voluntary organisations such as ours;",
         "express yourself clearly in speech and in writing, and listen to the views of others;",
         "draw on research and outside advice to improve your own and colleagues' practice;",
         "take responsibility for your own continuing professional development.",
     ])
para("Deploying and managing teaching assistants and other support staff is not part of this programme: in most of "
     "our partner schools it is the responsibility of the headteacher or a support staff manager.")

doc.add_heading("Assignments", level=2)


def brief(title, text, items):
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    para(text)
    para("This assignment assesses your ability to:")
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


brief("A1 Policy and Practice Review (EDM7031, 4,000 words)",
      "Review your school's SEN policy and practice against the law and guidance, and write recommendations for your "
      "headteacher and governors.", [
          "apply SEN law and the Code of Practice to your school;",
          "apply the disability equality duties to your school;",
          "use the school's self-evaluation to judge provision for pupils with SEN;",
          "make recommendations to senior leaders and governors on policy, priorities and resources;",
          "make and justify sound decisions about provision.",
      ])
brief("A2 Child Study (EDM7031, 3,000 words and a pupil-voice record)",
      "Study one pupil with speech, language and communication needs over at least half a term, drawing on the "
      "professionals involved.", [
          "show understanding of speech, language and communication needs and how they affect this pupil's learning;",
          "explain the pupil's development and what has affected it;",
          "record the pupil's own views and involve the pupil in planning and reviewing their provision;",
          "build a constructive relationship with the pupil;",
          "use the assessments of other professionals, and explain which services are involved and how their support was obtained.",
      ])
brief("A3 Practice Project (EDM7032, 6,000 words with provision maps and pupil data)",
      "Plan, lead and evaluate a change in your school's provision over at least twelve weeks, with a target group "
      "of four to six pupils.", [
          "identify the pupils, set targets, plan the intervention and review progress;",
          "use baseline and follow-up data, including national test results or teacher assessment, to judge progress and adjust the programme;",
          "use provision maps before and after to find gaps and judge the change;",
          "choose and justify approaches, strategies and resources, including ICT, from research and best practice;",
          "gain the commitment of senior leaders and colleagues to the change;",
          "plan, deliver and evaluate training or coaching for colleagues;",
          "work with at least one other service or voluntary organisation;",
          "review the change with colleagues and feed the findings into the school's self-evaluation;",
          "draw on research and outside advice.",
      ])
para("All three assignments are written and are marked against the University's Level 7 criteria, which include "
     "clarity of expression and structure.")
doc.add_heading("Award", level=2)
para("To gain the Award a participant must pass A1, A2 and A3 at 50 per cent or above and attend at least eight of the "
     "ten study days. Together the four Units cover all the national minimum outcomes for SENCOs.")

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
