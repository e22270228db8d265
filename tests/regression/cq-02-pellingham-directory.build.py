"""Build cq-02-pellingham-directory.docx: a university's programme directory (invented provider).

Provider: Pellingham University, School of Education (higher education,
awards its own degrees), with Ashgrove School (a Pellingham City Council
special school) and The Lanthorn Trust (a charity run with and for disabled
children and young people) as named partners. Programme: Postgraduate
Certificate in Special Educational Needs Coordination (National Award for
SEN Coordination). Dated 16 February 2009, 2008-era vocabulary (CRB, List 99,
DDA, Disability Equality Duty, SEN Code of Practice 2001, ECM, P scales,
RAISEonline, the 2008 SENCO regulations).

Layout: a "Programme Directory: who's who and who does what", sent as the
application. The provision is described person by person, not requirement
by requirement.
- Title block, a Dean's foreword (values prose, signed), "How to use this
  directory" and "The programme in brief" (Heading 1 / Heading 2 styles).
- Parts A-H of directory entries. Each part is one table; each row is one
  entry: left cell (shaded) with an entry code (A1, A2 ... H3), name, post
  and base; right cell with bold run-in labels ("Background:", "Programme
  role:", "Teaches:", "Marks:", "Contact:"). Only horizontal rules.
- The entry codes A1-A14 collide with the outcome codes 6.A1-6.A7 and
  the session numbers are plain numbers; the document never uses outcome
  codes itself ("Marks" lines name outcomes in the TDA's words, abridged).
- Part I: a units-sessions-assignments table. Part J: an alphabetical
  "Index of responsibilities" whose "See" column points to entry codes;
  some pointers lead to entries that say nothing on the subject.
- Header and footer (title, version, page number; never evidence).

Traps and the requirement each affects:
- E.2 partially_met: 60 credits at Level 7, but the same National Award can
  also be taken as a Graduate Certificate at Level 6 ("The programme in brief").
- 1.3 partially_met: research only in general terms (the reading list, a
  session on "what research says"); the Research Fellow's own research is
  the history of special schooling (right word, wrong thing); no inspection
  evidence.
- 1.7 not_met, 6.S8 not_met: working with parents exists only as an
  invitation the Parent Partnership Officer has not confirmed ("if it can,
  the session will be added", C3) and in the retired lecturer's past module
  "Working with Families" (G1, past arrangement). The index points to both.
- 6.A1 partially_met: relationships with pupils are taught and marked;
  parents and carers are absent.
- 1.9 partially_met, 6.0 partially_met: the Examination Board awards on
  passing three assignments that "have been designed to assess the national
  minimum outcomes" (blanket claim, H3) while several outcomes are not
  assessed. The assessment-only candidates' portfolio is mapped to every
  outcome, but that is one route only (A7).
- 2.1 partially_met: certificated credit only; the APEL Adviser post is
  vacant and "claims for credit for prior experiential learning cannot be
  considered" until it is filled (A6).
- 2.2 partially_met: the self-audit is used only to place participants in
  one of three tutorial groups; no individual plan or personalised outcomes (A11).
- 2.4 partially_met: tailoring through tutorials and assignment focus, but
  nothing on cost; the index sends "Fees and value for money" to A8, whose
  entry does not mention fees (broken cross-reference).
- 3.2 partially_met: each day is taught twice at two venues, but one
  intake, units in a fixed order, one mode.
- 3.3 not_applicable: "no part of the programme is studied online" (A14).
  The Visiting Fellow's entry (F2) describes another university's online
  programme with tutor-moderated forums (another provider, wrong context).
- 4.1 partially_met: "We have not surveyed schools or analysed local data";
  needs known only from the reference group's members (H2).
- 5.2 partially_met: formal eligibility only; "there is no interview" and
  every eligible applicant is offered a place (A5).
- 5.6 partially_met: library and reading packs only; the Assistive
  Technology Centre serves disabled University students under the DSA, not
  the programme's teaching (wrong context, A13).
- 5.9 partially_met: quality and standards are evaluated (questionnaires,
  focus group, marks, external examiner, A10), but impact on pupils exists
  only as a research bid "he hopes to submit in 2010" (A4, aspiration) and
  nothing measures participants' confidence.
- 6.A3 not_met: absent; the index sends "Prioritising and time management"
  to A11, which says nothing about it.
- 6.A7 partially_met: CPD goals are kept in the Professional Development
  Portfolio, which "is not assessed" (A11).
- 6.K2 partially_met: Every Child Matters taught (A2) but not in the
  Assignment 1 marking list.
- 6.K4 partially_met: child development is in the Assignment 2 marking list
  (A3) but no session teaches it (assessed, not developed).
- 6.S2b partially_met: tracking with summative data taught, not marked (A3).
- 6.S2c not_met: absent; the index sends "Formative assessment" to A3,
  whose entry does not mention it.
- 6.S9 partially_met: voluntary organisations taught (D1), not marked.
Genuine arrangements written plainly (met): E.1, 1.1 (aims, content and
assignment briefs all name learning and well-being), 1.2, 1.4, 1.5 (the
Lanthorn session and an in-school pupil consultation), 1.6, 1.8, 2.3 (a full
assessment-only route, A7), 2.5 (Next Steps planner), 3.1 (A9), 4.2 and
4.3 (H2, D2), 5.1 (A10), 5.3 (A8: headteacher's written confirmation of the
CRB disclosure and List 99 and reference checks, new disclosure if needed),
5.4, 5.5 (two structured placement days, B2), 5.7 (tutor handbook,
standardisation, mentor handbook and briefing), 5.8, and 20 outcomes each
taught by a named person and in that person's "Marks" line.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("cq-02-pellingham-directory.docx")

doc = Document()
doc.core_properties.author = "Deborah Lyle"
doc.core_properties.title = "National Award for SEN Coordination - Programme Directory 2009-10"

normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(4)
for hn, sz in (("Heading 1", 15), ("Heading 2", 12)):
    doc.styles[hn].font.name = "Calibri"
    doc.styles[hn].font.size = Pt(sz)
    doc.styles[hn].font.color.rgb = RGBColor(0x2E, 0x2A, 0x6B)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)


def para(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        if bold:
            r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def rules_only(table):
    """Horizontal rules between rows, no vertical lines."""
    tblpr = table._tbl.tblPr
    look = tblpr.find(qn("w:tblLook"))
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        '<w:top w:val="single" w:sz="8" w:color="2E2A6B"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="2E2A6B"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="9A98C0"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>')
    if look is not None:
        look.addprevious(borders)
    else:
        tblpr.append(borders)


def set_widths(table, widths):
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def part(title, intro=None):
    doc.add_paragraph(title, style="Heading 1")
    if intro:
        para(intro)
    t = doc.add_table(rows=0, cols=2)
    rules_only(t)
    return t


def entry(table, code, name, post, base, fields):
    """One directory entry: left cell identity, right cell labelled lines."""
    left, right = table.add_row().cells
    shade(left, "EEEDF6")
    left.text = ""
    p = left.paragraphs[0]
    r = p.add_run(code + "  ")
    r.bold = True
    r.font.color.rgb = RGBColor(0x2E, 0x2A, 0x6B)
    p.add_run(name).bold = True
    if post:
        q = left.add_paragraph()
        rr = q.add_run(post)
        rr.italic = True
        rr.font.size = Pt(9.5)
    if base:
        q = left.add_paragraph()
        rr = q.add_run(base)
        rr.font.size = Pt(9)
    right.text = ""
    first = True
    for label, text in fields:
        q = right.paragraphs[0] if first else right.add_paragraph()
        first = False
        if label:
            q.add_run(label + " ").bold = True
        q.add_run(text)
    set_widths(table, [Cm(5.2), Cm(11.8)])


# ------------------------------------------------------------------ header / footer
hp = sec.header.paragraphs[0]
r = hp.add_run("Pellingham University \u00b7 National Award for SEN Coordination \u00b7 Programme Directory 2009\u201310")
r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run("Version 1.2, February 2009 \u00b7 Page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ title block
para("PELLINGHAM UNIVERSITY", bold=True, size=12, align="c")
para("School of Education", align="c")
para("")
doc.add_paragraph("National Award for SEN Coordination", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
para("Postgraduate Certificate in Special Educational Needs Coordination", italic=True, size=12, align="c")
para("PROGRAMME DIRECTORY 2009\u201310", bold=True, size=14, align="c")
para("Who\u2019s who and who does what", italic=True, align="c")
para("")
para("Submitted to the Training and Development Agency for Schools in support of the University\u2019s "
     "application for approval to provide nationally accredited training for SENCOs, with Ashgrove School "
     "and The Lanthorn Trust.", align="c", size=9.5)

# ------------------------------------------------------------------ foreword
doc.add_paragraph("Foreword", style="Heading 1")
para("Pellingham has been preparing teachers to work with children who have special educational needs for "
     "more than thirty years, and we believe, as strongly now as ever, that every child, whatever their "
     "needs, deserves a SENCO who is knowledgeable, confident and ambitious for them. Programmes are made by "
     "people. When we began to plan the National Award we found that every question the specification asks "
     "of a provider came down, in the end, to a person: someone who teaches a session, checks a "
     "certificate, marks a piece of work, hosts a visit, chairs a meeting or reads an evaluation and does "
     "something about it. We have therefore set out our application as the directory that participants, "
     "schools and partners will themselves use, in which each entry says what that person or group does on "
     "the programme. Where a post is vacant, or an arrangement is not yet settled, the entry says so.")
para("Professor Marian Elsworth, Dean, School of Education, 16 February 2009", italic=True)

doc.add_paragraph("How to use this directory", style="Heading 2")
para("Entries are grouped in Parts A to H and each has a code (A1, A2 and so on) that the Index of "
     "responsibilities in Part J uses. \u2018Teaches\u2019 lines give session numbers from the table in "
     "Part I. \u2018Marks\u2019 lines name the assignment the person marks and the national minimum outcomes it "
     "is marked against, in the TDA\u2019s words, shortened.")

doc.add_paragraph("The programme in brief", style="Heading 2")
para("The Postgraduate Certificate in Special Educational Needs Coordination was approved by the "
     "University\u2019s Academic Standards Committee on 21 January 2009 and is a Pellingham University award. "
     "It carries 60 credits at Level 7 (masters level) in three 20-credit units: Unit 1 Law, Policy and "
     "Leadership; Unit 2 Learners and Learning; Unit 3 Coordinating Provision. Participants who prefer not to "
     "study at masters level may register instead for the Graduate Certificate in SEN Coordination, which "
     "has the same units and assignments assessed at Level 6 (60 credits) and also leads to the National "
     "Award. Credit from the Postgraduate Certificate counts towards the University\u2019s MA in Inclusive "
     "Education.")
para("There are fifteen taught days between September and July and two placement days at Ashgrove School "
     "in the spring term. Each taught day is given twice, on a Tuesday in the University\u2019s Hallam "
     "Building and on the following Thursday at Ashgrove School, and participants may attend either, "
     "switching from week to week as their timetable requires. There is one intake a year, in September, and "
     "the units are taken in order.")

# ------------------------------------------------------------------ Part A
t = part("Part A  The University team",
         "All University tutors on the programme have worked in schools or SEN services within the last five "
         "years, and each spends at least five days a year working in schools under the School\u2019s "
         "practice-link scheme.")
entry(t, "A1", "Dr Imogen Saltash", "Programme Director; Reader in Inclusive Education",
      "Hallam Building, room 2.14", [
    ("Background:", "SENCO for eleven years in two Pellingham secondary schools, then Senior Adviser (SEN) "
     "for Pellingham City Council until 2004. MA (Special Educational Needs); EdD (2007) on SENCOs as middle "
     "leaders."),
    ("Programme role:", "Leads the programme and chairs the Programme Board (H1). She wrote the "
     "programme\u2019s aims: the programme exists to raise the achievement and improve the well-being of "
     "children and young people with SEN and/or disabilities \u2013 their progress in learning and in each of "
     "the five Every Child Matters outcomes \u2013 by developing the SENCOs who lead provision for them. The "
     "aims are printed in every unit handbook, each unit\u2019s content is planned against them, and every "
     "assignment brief requires participants to show the difference their work has made to pupils\u2019 "
     "learning and well-being."),
    ("Teaches:", "Unit 3, sessions 11 to 14: leading change and gaining the commitment of the headteacher, "
     "senior leaders and colleagues; decisions on provision, through case simulations in which "
     "participants anticipate problems, resolve them and defend their judgements; provision mapping and "
     "management; deploying and managing teaching assistants and other support staff; supporting "
     "colleagues\u2019 development by observing and giving feedback, modelling, coaching and mentoring, and "
     "leading training; working with SENCOs and staff of other schools through the Pellingham and Northmere "
     "SENCO networks and special school outreach; the principles of school self-evaluation and how to "
     "review provision with colleagues to inform it."),
    ("Marks:", "First marker for Assignment 3 (school improvement project and presentation), which is marked "
     "against: gaining the commitment of colleagues, including the headteacher; anticipating and resolving "
     "problems and exercising sound judgement on provision; provision mapping and identifying ineffective or "
     "missing provision; deploying and managing staff; supporting colleagues\u2019 professional development; "
     "reviewing provision with other staff to inform the school\u2019s self-evaluation, and the principles of "
     "school self-evaluation; and, in the presentation, speaking clearly and listening and responding to "
     "the panel\u2019s questions."),
    ("Contact:", "ext. 4417; i.saltash@pellingham.ac.uk"),
])
entry(t, "A2", "Mr Tobias Wrenn", "Senior Lecturer; Unit 1 Leader", "Hallam Building, room 2.09", [
    ("Background:", "Principal Officer (SEN Statutory Services), Northmere County Council, 2001\u20132007; "
     "primary SENCO before that. MA Education (Law and Policy)."),
    ("Teaches:", "Unit 1, sessions 1 to 5: Part IV of the Education Act 1996 and the SEN Code of Practice "
     "(2001) \u2013 what they require of schools, governors, SENCOs and class teachers, and how to put them "
     "into practice; the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008; the "
     "Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and accessibility "
     "plans, and the actions they require of a school; the Children Act 2004, Every Child Matters and the "
     "SENCO\u2019s part in the five outcomes; Removing Barriers to Achievement and the Inclusion Development "
     "Programme; the SENCO\u2019s strategic work with the headteacher and governors on an inclusive ethos, "
     "on policy and priorities and on resources; writing for, and presenting to, a governing body."),
    ("Marks:", "First marker for Assignment 1 (critical analysis of the school\u2019s SEN policy and practice, "
     "with a development plan presented to the governing body), which is marked against: laws and guidance on "
     "SEN, including the Code of Practice, and how to put them into practice; the laws on disability equality "
     "and the actions they require; working with senior colleagues and governors to influence the strategic "
     "development of policy, priorities and resources; clear written argument."),
    ("Contact:", "ext. 4402; t.wrenn@pellingham.ac.uk"),
])
entry(t, "A3", "Dr Nia Evans-Hartley", "Senior Lecturer; Unit 2 Leader", "Hallam Building, room 2.11", [
    ("Background:", "Chartered educational psychologist; twelve years in local authority psychology services, "
     "the last four as senior psychologist for the early years. PhD on language difficulties in young "
     "children."),
    ("Teaches:", "Unit 2, sessions 7 to 10: the most common types of SEN and disabilities \u2013 behavioural, "
     "emotional and social difficulties, specific learning difficulties including dyslexia, speech, language "
     "and communication needs, autistic spectrum disorders and moderate learning difficulties \u2013 and how "
     "each affects learning; identifying pupils who may have SEN through classroom observation, data and "
     "assessment, setting challenging targets, planning interventions and reviewing progress; using the "
     "assessments of psychologists, therapists and specialist teachers (with C1 and C2); tracking progress "
     "with P scales, teacher assessment, national test results and RAISEonline, and changing programmes in "
     "the light of them; approaches, strategies and resources for assessment, planning and teaching, "
     "including ICT, and how to use them to personalise provision; the scope and role of external agencies "
     "and how to obtain specialist support (with C1)."),
    ("Marks:", "First marker for Assignment 2 (case study of two pupils), which is marked against: how each "
     "pupil\u2019s development has been shaped by their needs and by the physical and social environment for "
     "learning; the common types of SEN and how they affect learning; approaches, strategies and resources, "
     "including ICT; the scope and role of external agencies; identifying needs, setting targets, planning "
     "interventions and reviewing progress; using assessments from other professionals; identifying and "
     "arranging special arrangements for national tests and examinations; how the pupils were involved in "
     "planning, agreeing and reviewing their provision; the relationship the participant built with the "
     "pupils."),
    ("Contact:", "ext. 4431; n.evans-hartley@pellingham.ac.uk"),
])
entry(t, "A4", "Dr Peter Haldane", "Research Fellow, Centre for Inclusion Research", "Hallam Building, room 3.02", [
    ("Background:", "Historian of education. His research is on the history of special schooling in northern "
     "England; he is writing a history of Ashgrove School, founded in 1911."),
    ("Programme role:", "Keeps the programme reading list up to date with the latest thinking. Teaches session "
     "15, \u2018What research says\u2019: best practice and the outcomes of research in meeting special "
     "educational needs, and how to find, judge and use research evidence and outside advice to improve "
     "one\u2019s own practice and that of colleagues."),
    ("Marks:", "Second marker for Assignment 3; marks its literature review section against: best practice and "
     "research outcomes in meeting SEN; drawing on research evidence and external advice to improve practice."),
    ("Also:", "Dr Haldane is preparing a bid for a three-year study of the programme\u2019s impact on "
     "pupils\u2019 attainment, which he hopes to submit in 2010."),
])
entry(t, "A5", "Ms Rosa Quilliam", "Admissions Tutor; Senior Lecturer", "Hallam Building, room 2.10", [
    ("Background:", "Primary SENCO and then specialist teacher for autism, Pellingham, 1994\u20132006; MA "
     "(Autism)."),
    ("Programme role:", "Applicants must hold QTS, be in post as SENCO in a school or designated to become one "
     "within a year, and send a letter of support from their headteacher. Every applicant who meets these "
     "three conditions is offered a place; there is no interview. Ms Quilliam also handles claims for "
     "accreditation of prior certificated learning: up to 20 credits at Level 7, gained within the last five "
     "years, can be set against Unit 1 or Unit 2 on the evidence of a transcript, under the University\u2019s "
     "APL regulations."),
    ("Contact:", "ext. 4405; admissions-senco@pellingham.ac.uk"),
])
entry(t, "A6", "APEL Adviser", "Post vacant", "", [
    ("", "This half-time post, created for the National Award, will advise candidates who wish to claim credit "
     "for experiential learning through a portfolio. It has been advertised and is expected to be filled by "
     "September 2009. Until it is filled, claims for credit for prior experiential learning cannot be "
     "considered."),
])
entry(t, "A7", "Mr Colin Ambrose", "Assessment-only Route Coordinator; Senior Lecturer (0.4)",
      "Hallam Building, room 2.07", [
    ("Background:", "Head of Pellingham Learning Support Service, 1998\u20132008."),
    ("Programme role:", "Coordinates the assessment-only route for the exceptional applicant \u2013 for "
     "example an advisory teacher from an SEN support service, or a SENCO of long standing \u2013 who appears "
     "already to meet the programme outcomes. He meets each such applicant to judge whether the route is "
     "suitable. Those accepted submit the three assignments without attending the taught units, together with "
     "a portfolio of evidence mapped against every one of the national minimum outcomes, and take a one-hour "
     "professional discussion with him and a second tutor. Their work is marked and moderated exactly as "
     "taught participants\u2019 work is, and goes to the same Examination Board (H3). The fee for the route "
     "is \u00a3540."),
])
entry(t, "A8", "Mrs Deborah Lyle", "Programme Administrator", "Hallam Building, room 1.20", [
    ("Programme role:", "Before a place is confirmed, she obtains from the headteacher of each accepted "
     "candidate written confirmation of the date and number of the candidate\u2019s enhanced CRB disclosure, "
     "and confirmation that the school\u2019s other pre-appointment checks \u2013 List 99, references from "
     "previous employers and any disciplinary concerns \u2013 have been completed. She records these on the "
     "admissions database, and the place is not confirmed until they are. Where a candidate has not worked "
     "in a post involving regular contact with children in the past three months, she arranges a new "
     "enhanced disclosure through the University\u2019s CRB counter-signatory. She also keeps attendance "
     "registers and sends scripts to the external examiner."),
    ("Contact:", "ext. 4400; senco-award@pellingham.ac.uk"),
])
entry(t, "A9", "Ms Harriet Fenn", "Disability Adviser, University Disability Service", "Student Centre", [
    ("Programme role:", "The programme\u2019s application form and leaflet invite applicants to tell us about "
     "any disability or learning difficulty, say why we ask, and are available in large print, Braille and "
     "audio. Ms Fenn contacts every applicant who tells us before the programme starts and agrees a written "
     "support plan with them \u2013 for example materials in advance or in another format, a note-taker, "
     "extra time, or another format for an assignment or the presentation. With the participant\u2019s "
     "consent the plan goes to every tutor and to Ashgrove School for the placement days. Teaching rooms "
     "on both sites have level access and hearing loops."),
])
entry(t, "A10", "Mr Jon Okafor", "Quality Officer, School of Education", "Hallam Building, room 1.04", [
    ("Programme role:", "Runs the programme\u2019s evaluation: a questionnaire at the end of each unit; a "
     "mid-year focus group with participants, led by a member of staff who does not teach on the programme; "
     "analysis of marks and completion; and the external examiner\u2019s annual report (F1). He brings these "
     "together each summer in the Annual Programme Review, from which the Programme Board (H1) agrees an "
     "action plan; the Review also goes to the Stakeholder Reference Group (H2) and to the School\u2019s "
     "Teaching Quality Committee. The changes made are reported to the next cohort at induction."),
])
entry(t, "A11", "Personal tutors", "Dr Saltash, Mr Wrenn, Dr Evans-Hartley, Ms Quilliam", "", [
    ("", "Each participant has one personal tutor for the whole programme. At the first tutorial, tutor and "
     "participant go through the self-audit against the national outcomes that the participant completed on "
     "acceptance, and the tutor uses it to place the participant in one of three tutorial groups (new to the "
     "role; experienced in the role; secondary). In three further tutorials they agree the focus of each "
     "assignment so that it fits the participant\u2019s school and role. The tutor also reads the "
     "participant\u2019s Professional Development Portfolio, a record of reading, reflection and the "
     "participant\u2019s own goals for professional development in SEN and disability, kept throughout the "
     "programme; the portfolio is not assessed."),
    ("", "At a final tutorial each participant completes the \u2018Next Steps\u2019 planner, setting "
     "professional targets for the following year, which they are asked to discuss and agree with their "
     "headteacher or line manager; tutors suggest routes on, such as the MA in Inclusive Education and the "
     "local SENCO networks."),
])
entry(t, "A12", "Ms Beatrix Colley", "Education Librarian", "Hallam Library", [
    ("Programme role:", "Maintains the SEN collection in the Hallam Library (some 3,000 volumes and 40 "
     "journals, 25 of them online) and the programme\u2019s reading packs, and runs a library induction on "
     "the first taught day."),
])
entry(t, "A13", "Assistive Technology Centre", "University Library, level 2", "", [
    ("", "Provides assessment of need, training and loans of equipment for University students with "
     "disabilities who receive the Disabled Students\u2019 Allowance."),
])
entry(t, "A14", "Learning technology", "", "", [
    ("", "The programme is taught face to face. The University\u2019s virtual learning environment, Pellingham "
     "Learn, holds the timetable, handouts and assignment briefs; no part of the programme is studied online, "
     "and the site has no discussion or tutorial function for this programme."),
])

# ------------------------------------------------------------------ Part B
t = part("Part B  Ashgrove School",
         "Ashgrove is a Pellingham City Council special school for 180 pupils aged 3 to 19 with complex "
         "learning needs, with an outreach service to mainstream schools.")
entry(t, "B1", "Mr Alastair Brodie", "Headteacher", "Ashgrove School", [
    ("Programme role:", "Member of the Programme Board (H1). Hosts the Thursday teaching and the placement "
     "days."),
])
entry(t, "B2", "Mrs Sunita Mehra", "Deputy Headteacher; Placement Coordinator", "Ashgrove School", [
    ("Programme role:", "Arranges two placement days for each participant in the spring term, at Ashgrove or "
     "with its outreach team, and briefs the Ashgrove staff who host them. On the placement days participants "
     "carry out three set tasks, each tied on the task sheet to named national outcomes: observing and "
     "discussing how a class team sets and reviews targets for one pupil; reviewing Ashgrove\u2019s "
     "provision map with her; and going with an outreach teacher on a visit to a mainstream school. "
     "Participants record the tasks in their Professional Development Portfolio and draw on them in "
     "Assignment 3."),
])
entry(t, "B3", "Mr Derek Yallop", "Examinations and Assessment Officer", "Ashgrove School", [
    ("Teaches:", "Session 9 (second half): access arrangements for Key Stage tests, GCSE and other "
     "examinations \u2013 identifying in good time which pupils need them, the evidence required, and working "
     "with colleagues to put them in place in everyday classroom practice and in the tests themselves."),
])

# ------------------------------------------------------------------ Part C
t = part("Part C  Local authority and health colleagues")
entry(t, "C1", "Dr Marcus Penhale", "Principal Educational Psychologist", "Pellingham City Council", [
    ("Teaches:", "With A3, session 8 on using the assessments of psychologists and other professionals, and "
     "part of session 10 on external agencies and referral routes."),
    ("Also:", "Member of the Stakeholder Reference Group (H2)."),
])
entry(t, "C2", "Ms Janice Orme", "Specialist Speech and Language Therapist", "Pellingham Primary Care Trust", [
    ("Teaches:", "Session 7 (first half): speech, language and communication needs in the classroom."),
])
entry(t, "C3", "Mrs Gwen Tolliver", "Parent Partnership Officer", "Pellingham City Council", [
    ("", "Has been invited to lead a session on working in partnership with parents and carers. At the time "
     "of writing her service has not confirmed that it can release her; if it can, the session will be added "
     "to Unit 2."),
])
entry(t, "C4", "Mr Ravi Chandran", "SEN Strategy Manager", "Northmere County Council", [
    ("Programme role:", "Member of the Stakeholder Reference Group (H2). Northmere nominates up to eight "
     "participants a year."),
])

# ------------------------------------------------------------------ Part D
t = part("Part D  Voluntary sector")
entry(t, "D1", "Ms Kezia Lomax", "Participation Worker", "The Lanthorn Trust", [
    ("Teaches:", "Session 6, with two members of the Trust\u2019s Young People\u2019s Panel (D2): consulting "
     "children and young people with SEN and/or disabilities about matters that affect them \u2013 talking "
     "mats, rating scales, photographs and guided tours, person-centred reviews \u2013 building fair and "
     "respectful relationships with disabled young people, and involving pupils in planning, agreeing and "
     "reviewing their own provision. After the session each participant carries out a consultation with "
     "pupils in their own school, which is written up in Assignment 2."),
    ("Also teaches:", "Part of session 10: the work of voluntary organisations for disabled children and their "
     "families, and how schools can work in partnership with them."),
])
entry(t, "D2", "The Lanthorn Trust Young People\u2019s Panel", "Eight young people aged 14 to 19",
      "The Lanthorn Trust", [
    ("", "Co-teaches session 6. Each June the panel reviews a sample of participants\u2019 anonymised "
     "consultation plans and tells the Programme Board (H1) what it thought of them and of session 6; one "
     "member sits on the Stakeholder Reference Group (H2)."),
])

# ------------------------------------------------------------------ Part E
t = part("Part E  In participants\u2019 schools")
entry(t, "E1", "The headteacher", "", "", [
    ("", "Signs the nomination, releases the participant for the taught and placement days, agrees the focus "
     "of Assignment 3 and is invited to its presentation, and receives a copy of the Next Steps planner."),
])
entry(t, "E2", "The school-based mentor", "Nominated by the headteacher, normally a senior leader", "", [
    ("", "Mentors receive the Mentor Handbook, which sets out their role, and attend a half-day briefing at "
     "Ashgrove each September; a mentor who cannot attend is visited by the participant\u2019s tutor instead. "
     "The mentor meets the participant at least twice a term, observes one session the participant leads for "
     "colleagues and supports the school improvement project."),
])

# ------------------------------------------------------------------ Part F
t = part("Part F  External colleagues")
entry(t, "F1", "Dr Helen Frayling-Oakes", "External Examiner", "Principal Lecturer in SEN, University of Castlebrook", [
    ("", "Appointed by the University\u2019s Senate for four years from 2009. Sees a sample of at least a "
     "quarter of the scripts for every assignment, including all fails, all distinctions and every "
     "assessment-only submission; attends the Examination Board; reports each year."),
])
entry(t, "F2", "Professor Graham Tuohy", "Visiting Fellow", "Professor of Inclusive Education, Westborough University", [
    ("", "Professor Tuohy leads Westborough\u2019s online National Award programme, in which participants "
     "study every unit online, with weekly tutor-moderated forums and video tutorials between study days. "
     "He gives our programme\u2019s annual keynote lecture in October."),
])

# ------------------------------------------------------------------ Part G
t = part("Part G  Former colleagues")
entry(t, "G1", "Mr Geoffrey Pardoe", "Senior Lecturer (retired August 2008)", "", [
    ("", "Led the University\u2019s Advanced Diploma in Special Educational Needs from 1996 until it closed in "
     "2008. The Diploma\u2019s module \u2018Working with Families\u2019, which he wrote and taught, was valued "
     "by many Pellingham SENCOs."),
])

# ------------------------------------------------------------------ Part H
t = part("Part H  Groups and boards")
entry(t, "H1", "Programme Board", "Meets each term", "", [
    ("Members:", "Dr Saltash (chair), the three unit leaders, Mr Okafor, Mr Brodie and a participant "
     "representative."),
    ("Remit:", "Oversees the programme, receives the Annual Programme Review and the comments of the "
     "Stakeholder Reference Group and the Young People\u2019s Panel, and agrees and follows up the action "
     "plan."),
])
entry(t, "H2", "Stakeholder Reference Group", "Meets each June", "", [
    ("Members:", "Six headteachers (four primary, two secondary) from Pellingham and Northmere; two SENCOs who "
     "completed the Advanced Diploma; Dr Penhale (C1) and Mr Chandran (C4); a parent nominated by the "
     "Pellingham Parents\u2019 Forum; a member of the Young People\u2019s Panel (D2)."),
    ("Development:", "The group met twice in autumn 2008 to comment on the draft programme. It asked for "
     "teaching on access arrangements for tests and examinations, now session 9 (B3); for time in a special "
     "school, now the two Ashgrove placement days (B2); and for assignments carried out in participants\u2019 "
     "own schools rather than on set case material, now the pattern of all three assignments. We have not "
     "surveyed schools or analysed local data; our understanding of what schools need comes from the "
     "members of this group."),
    ("Evaluation:", "From 2009\u201310 the group meets each June to consider the Annual Programme Review and "
     "advise the Programme Board on changes, and two of its headteachers sit with the tutor on the panel that "
     "hears the Assignment 3 presentations."),
])
entry(t, "H3", "Examination Board and marking team", "Meets each September", "", [
    ("Marking:", "Every tutor and visiting speaker receives the Tutor Handbook, which sets out roles and "
     "responsibilities, and is briefed by the unit leader on the session\u2019s place in the unit. Before each "
     "assignment is marked, the markers meet to mark and discuss sample scripts together. Every Assignment 3 "
     "is second-marked, and for Assignments 1 and 2 a second tutor marks one script in three and every fail "
     "and borderline script; the markers then meet to moderate, and the external examiner (F1) reviews a "
     "sample."),
    ("Award:", "The Board, chaired by the Dean\u2019s nominee and attended by the external examiner, confers "
     "the award on participants who have passed all three assignments. The three assignments between them "
     "have been designed to assess the national minimum outcomes."),
])

# ------------------------------------------------------------------ Part I
doc.add_paragraph("Part I  Units, sessions and assignments", style="Heading 1")
ut = doc.add_table(rows=1, cols=4)
ut.style = "Table Grid"
for i, h in enumerate(["Unit", "Sessions", "Assignment", "Markers"]):
    c = ut.rows[0].cells[i]
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
    shade(c, "EEEDF6")
for row in [
    ("Unit 1 Law, Policy and Leadership (20 credits)",
     "1 The law on SEN and the Code of Practice\n2 The 2008 SENCO regulations and the SENCO\u2019s role\n"
     "3 Disability equality\n4 Every Child Matters and the SENCO\n5 Strategy, policy and resources with the "
     "head and governors; writing and presenting for governors",
     "1: Critical analysis of the school\u2019s SEN policy and practice, with a development plan presented to "
     "the governing body (4,000 words)", "A2; second marker A5"),
    ("Unit 2 Learners and Learning (20 credits)",
     "6 Consulting children and young people\n7 Speech, language and communication; autism\n8 Identifying "
     "and assessing need; other professionals\u2019 assessments\n9 Tracking progress; access arrangements\n"
     "10 Approaches, resources and ICT; external agencies and voluntary organisations",
     "2: Case study of two pupils in the participant\u2019s school, including a consultation with pupils "
     "(4,000 words)", "A3; second marker A1"),
    ("Unit 3 Coordinating Provision (20 credits)",
     "11 Leading change; decisions on provision\n12 Provision mapping; deploying staff\n13 Developing "
     "colleagues; working with other schools\n14 School self-evaluation and reviewing provision\n"
     "15 What research says",
     "3: School improvement project: the participant leads a development in SEN provision in their school "
     "over two terms and evaluates its effect on practice and on pupils (5,000 words), with a 20-minute "
     "presentation to a panel", "A1; second marker A4"),
    ("Placement", "Two days at Ashgrove School or with its outreach team (B2)", "Recorded in the portfolio",
     "\u2013"),
]:
    cells = ut.add_row().cells
    for i, txt in enumerate(row):
        cells[i].text = ""
        lines = txt.split("\n")
        cells[i].paragraphs[0].add_run(lines[0]).font.size = Pt(9)
        for ln in lines[1:]:
            cells[i].add_paragraph().add_run(ln).font.size = Pt(9)

# ------------------------------------------------------------------ Part J
doc.add_paragraph("Part J  Index of responsibilities", style="Heading 1")
it = doc.add_table(rows=1, cols=2)
it.style = "Table Grid"
for i, h in enumerate(["Responsibility", "See"]):
    c = it.rows[0].cells[i]
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
    shade(c, "EEEDF6")
for a, b in [
    ("Accreditation of prior certificated learning", "A5"),
    ("Accreditation of prior experiential learning", "A6"),
    ("Admissions and entry requirements", "A5"),
    ("Aims of the programme", "A1"),
    ("Assessment-only route", "A7"),
    ("CRB and other background checks", "A8"),
    ("Disability and reasonable adjustments", "A9"),
    ("E-learning", "A14; F2"),
    ("Evaluation of the programme", "A10; H1; H2"),
    ("External examiner", "F1"),
    ("Fees and value for money", "A8"),
    ("Formative assessment", "A3"),
    ("Impact on pupils", "A4"),
    ("Mentors", "E2"),
    ("Moderation", "H3"),
    ("Needs assessment and individual plans", "A11"),
    ("Next steps after the programme", "A11"),
    ("Parents and carers", "C3; G1"),
    ("Placements", "B2"),
    ("Prioritising and time management", "A11"),
    ("Research", "A4"),
    ("Specialist resources and ICT", "A12; A13"),
    ("Stakeholders", "H2; D2"),
]:
    cells = it.add_row().cells
    cells[0].text = a
    cells[1].text = b

doc.save(OUT)
print("wrote", OUT)
