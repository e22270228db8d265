"""gb-01-brennock-service-plan-extract: builds gb-01-brennock-service-plan-extract.docx next to itself.

Provider (invented)
    Brennock City Council, Children's Services Directorate: the Ethnic Minority and
    Traveller Achievement Service (EMTAS), based at the Marlowe Centre, with the
    School of Education of Aldgrave University (validating). The award is the
    Aldgrave University Postgraduate Certificate in Special Educational Needs
    Coordination (60 credits, M level), three 20-credit modules: ED7101 (law,
    policy, leadership), ED7102 "Difference or difficulty?" (the strand on telling
    SEN apart from learning EAL) and ED7103 (school-based enquiry). First cohort
    September 2009, second entry point January 2010. Dated November/December 2008.

Kind of document and layout
    An extract from the Service's three-year service plan (2008-11, annual refresh
    2008-09), sent as the application with a shaded note to the TDA panel. Council
    service-planning house style: cover lines, a document-control table, Heading
    styles with the plan's own section numbers (1, 2, 3, 5, 7, 8; Sections 4 and 6
    are left out of the extract and say so). Section 2 has a data table (SEN rates by
    group) and survey findings; Section 3 is a "review of last year" table with a
    Status column (Green / Amber / Closed); Section 5 (Priority 4) is narrative with
    sub-sections 5.1-5.7 whose numbers collide with requirement ids (5.3 is about
    selection, 5.5 about assessment, 5.6 staffing and resources, 5.7 partners); a
    landscape section carries the Priority 4 action plan (Ref, Action, Lead, When,
    Resources, Success criteria, Monitored by); Section 7 has a performance-indicator
    table; Section 8 a risk table; Annex C is a three-column outcome map with merged
    group rows (27 rows: one outcome has no row). Header and footer (with PAGE and
    NUMPAGES fields). Two Word comments.

Traps (requirement ids affected)
    - 2.3 not_met: "we do not offer an assessment-only route" (Section 5.3), because
      University regulations require attendance.
    - 2.1 partially_met: only exemption for the University's own 30-credit
      certificate (prior certificated study); no credit for experience. A comment by
      the Assistant Director asks whether experience could be credited: comments are
      not part of the submission.
    - 5.3 not_met, wrong context: enhanced CRB disclosures are described for EMTAS
      staff and bilingual assistants, under the sub-heading "5.3 Who the award is for
      and how we select"; nothing verifies candidates' own disclosures.
    - 5.5 partially_met: specialist expertise is real (EP, bilingual SLT, Traveller
      team), but the placement week at the New Arrivals Centre is a past arrangement
      that ended when the Centre closed (Section 3 table, repeated in 5.6); now visits
      only "where a participant asks and a host school agrees".
    - 1.2 met although the follow-up coaching visits ended in March 2008 (Section 3):
      the school-based enquiry and case study carry the link to practice.
    - 3.3 partially_met: AU Online holds materials and an unmoderated peer discussion
      board; tutors "do not answer questions by email or on the board"; support between
      study days is the scheduled tutorials only; ICT is not used for communication
      between tutors and participants or schools.
    - 3.1 partially_met: values and accessible buildings only ("committed to equality
      of opportunity", Race and Disability Equality Schemes); no disclosure or
      adjustment arrangements.
    - 2.2 partially_met: a self-audit at the first study day (not before the course),
      used only to agree the enquiry focus; no individual plan or personalised outcomes.
    - 2.4 partially_met: cost per place given, but "All participants follow the same
      nine study days"; tailoring only by choosing the case-study pupil and enquiry focus.
    - 4.3 not_met: stakeholder involvement in review is only a wish ("We would like
      ... and will consider how best to do this").
    - 5.7 partially_met: tutors plan together; school colleagues supporting the enquiry
      are only sent the module handbook.
    - 5.9 partially_met: participants' competence measured (self-audit repeated at the
      end), but pupils' achievement only through city-wide indicators the Service
      "expect[s]" the award to contribute to, with no link to participants' pupils.
    - 1.3 partially_met: one research study and the Service's own casework; a general
      promise to "draw on current research"; no inspection evidence.
    - Criterion 6 (Annex C): A3 developed but assessed only by the unmarked
      Professional Development Record (partially_met); A7 "Not assessed" (partially_met);
      S2c "Discussed; not separately assessed" (partially_met); S4 assessed in A3 but
      "Where developed" is "-" and the module content does not include it
      (partially_met: assessed but not taught); S2d has no row at all (not_met; a
      comment notes the row is missing, but comments are not part of the submission).
      The blanket sentence under the table ("All the national minimum outcomes are
      covered and assessed") is contradicted by the table, so 6.0 and 1.9 are
      partially_met.
    - 1.4 met and 6.K1/6.K3 met: ED7101 content and A2.
    - Header and footer carry the document title and version only (never evidence).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("gb-01-brennock-service-plan-extract.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for name in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[name].font.name = "Arial"
    doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(rows, widths=None, header=True, fill="D9E2F3", style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, fill)
            if widths:
                c.width = widths[j]
    return t


def field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "Brennock City Council | EMTAS Service Plan 2008-11 | 2008-09 refresh | EXTRACT"
hp.runs[0].font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
r = fp.add_run("Version 2.1 (extract), December 2008. Page ")
r.font.size = Pt(8)
r2 = fp.add_run()
r2.font.size = Pt(8)
field(r2, "PAGE")
r3 = fp.add_run(" of ")
r3.font.size = Pt(8)
r4 = fp.add_run()
r4.font.size = Pt(8)
field(r4, "NUMPAGES")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------------------------------------------------------- cover
para("Brennock City Council", bold=True, size=16)
para("Children's Services Directorate", size=12)
para("Ethnic Minority and Traveller Achievement Service (EMTAS)", bold=True, size=13)
para("Service Plan 2008-2011", bold=True, size=20)
para("Annual refresh for 2008-09", size=13)
para("EXTRACT: Sections 1, 2, 3, 5, 7 and 8, and Annex C", bold=True, size=11)
para("")

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
nc = note.cell(0, 0)
shade(nc, "FFF2CC")
nc.text = ""
nr = nc.paragraphs[0].add_run("Note for the TDA approval panel")
nr.bold = True
for txt in (
    "Brennock City Council and Aldgrave University send this extract from the EMTAS Service Plan as "
    "their joint application for approval to offer the national award for SENCOs from September 2009. "
    "The award is Priority 4 of the plan. It is set out in Section 5 and in Annex C, which maps the "
    "national minimum outcomes to the modules and assignments.",
    "Section 4 (Priorities 1 to 3: new arrivals, Gypsy, Roma and Traveller attendance, and advanced "
    "bilingual learners) and Section 6 (budget and workforce plan) are left out because they deal with "
    "Council business unrelated to the award. Annexes A and B (the Service's team structure and "
    "school link list) are also left out. The University's validation document for the programme is "
    "available on request.",
    "Contact: Parveen Akhtar-Lowe, Head of Service, EMTAS, Marlowe Centre, Cobden Street, Brennock.",
):
    q = nc.add_paragraph(txt)
    q.runs[0].font.size = Pt(9.5)

para("")
dc = [
    ["Document control", ""],
    ["Document", "EMTAS Service Plan 2008-11: annual refresh 2008-09"],
    ["Owner", "Parveen Akhtar-Lowe, Head of Service"],
    ["Approved by", "Children's Services Directorate Management Team (DMT), 11 November 2008"],
    ["Version", "2.1. Extract prepared for the Training and Development Agency for Schools, December 2008"],
    ["Next review", "July 2009 (annual refresh)"],
    ["Links to other plans", "Brennock Children and Young People's Plan 2006-09, Priority EA3 (narrowing the gaps); "
     "Race Equality Scheme 2008-11; Disability Equality Scheme 2006-09; Aldgrave University School of Education "
     "Partnership Plan 2008-10"],
]
t = table(dc, widths=[Cm(4), Cm(12.5)])
t.cell(0, 0).merge(t.cell(0, 1))

# ---------------------------------------------------------------- Section 1
doc.add_heading("1  About the Service", level=1)
para("EMTAS is a central service of Brennock City Council's Children's Services Directorate. It is "
     "funded mainly through the retained element of the Ethnic Minority Achievement Grant and the "
     "Council's Traveller education budget, and is based at the Marlowe Centre in Cobden Street. In "
     "2008-09 the Service has 14.6 full-time-equivalent teachers, 22 bilingual teaching assistants who "
     "between them speak 17 community languages, a Traveller education team of 3.5 full-time-equivalent "
     "teachers and two education welfare support workers, and a small administrative team.")
para("The city's school population is changing quickly. In the January 2008 school census 31.4 per cent "
     "of pupils in Brennock schools had a first language other than English, against 28.9 per cent two "
     "years earlier, and 143 languages were recorded. The largest groups are pupils of Pakistani and "
     "Bangladeshi heritage, many of them now the third generation born in the city. Newer communities "
     "include families from Poland, Slovakia (many of them Roma), Somalia and Iraqi Kurdistan. About 420 "
     "pupils are recorded as Gypsy/Roma or Traveller of Irish Heritage, and we believe a further number of "
     "Roma pupils from Central Europe are not recorded as such.")
para("The Service works with schools in four ways: central training; named link consultants for the 38 "
     "schools with the largest numbers of bilingual pupils; direct support for pupils new to English; and "
     "casework for individual pupils referred by schools. Since 2005 a growing share of casework referrals "
     "has turned on one question: does this pupil have special educational needs, or is he or she still "
     "learning English? In 2007-08, 141 of the Service's 390 casework referrals (36 per cent) asked that "
     "question. It is the reason for Priority 4.")

# ---------------------------------------------------------------- Section 2
doc.add_heading("2  Where we are now", level=1)
doc.add_heading("2.1  What the data tell us", level=2)
para("Table 1. Pupils at School Action Plus and with statements, Brennock schools, January 2008 census",
     italic=True, size=9)
table([
    ["Group", "Pupils on roll", "School Action Plus (%)", "Statement (%)"],
    ["All pupils", "41,870", "6.2", "1.9"],
    ["Pupils with English as an additional language", "13,147", "5.1", "1.2"],
    ["Pakistani heritage", "6,214", "5.8", "1.4"],
    ["Bangladeshi heritage", "1,902", "5.5", "1.3"],
    ["Gypsy/Roma (including Slovak and Czech Roma)", "298", "14.7", "0.6"],
    ["Traveller of Irish Heritage", "121", "17.3", "2.8"],
    ["Somali heritage", "1,036", "8.9", "0.7"],
], widths=[Cm(7), Cm(3), Cm(3.5), Cm(3)])
para("")
para("Two patterns stand out. Roma and Irish Traveller pupils are placed at School Action Plus at between "
     "two and three times the city rate, but few of them reach statutory assessment: in casework we often "
     "find that the reason for the placement was poor attendance, interrupted schooling or English at an "
     "early stage, rather than a learning difficulty. Among pupils of Pakistani and Somali heritage the "
     "opposite happens. Autistic spectrum disorders and speech, language and communication needs are "
     "identified later than for other pupils: the Child Development Centre's 2007 audit gave a median age "
     "at diagnosis of 7.4 years for these pupils against 5.9 years for all pupils. The national research "
     "on over- and under-representation (Lindsay, Pather and Strand, 2006) found similar patterns across "
     "England.")

doc.add_heading("2.2  What schools and families told us", level=2)
para("In May 2008 the Service and the Council's SEN Support Service sent a questionnaire to the SENCOs of "
     "all 96 Brennock schools. 71 replied. Of these:")
bullets([
    "58 said they were \"not confident\" or \"only partly confident\" in deciding whether a bilingual "
    "pupil's difficulties came from special educational needs;",
    "49 said they had no way of having a pupil assessed in his or her first language;",
    "23 had become SENCO since 2006 and had had no training for the role;",
    "40 said they would want any new SENCO training to be accredited.",
])
para("The headteachers' EMA steering group discussed the findings on 19 June 2008. The heads asked that "
     "any training should lead to a qualification, should not take SENCOs out of school for more than one "
     "day at a time, and should be open to SENCOs in the city's five special schools as well as mainstream "
     "schools. Service staff also met the Roma Families Group at St Anne's Community Centre and the Somali "
     "Parents' Association in June 2008. Both groups said that families often did not understand why their "
     "child had been placed \"on the register\", and that letters from schools about special educational "
     "needs were hardly ever translated.")

# ---------------------------------------------------------------- Section 3
doc.add_heading("3  Review of 2007-08 (Priority 4 rows only)", level=1)
para("The full review of the 2007-08 plan went to DMT in July 2008. The rows below are those for the work "
     "that has become Priority 4.")
table([
    ["What we said we would do in 2007-08", "What happened", "Status", "Carried forward?"],
    ["Run the unaccredited \"EAL or SEN?\" twilight course (six sessions) for SENCOs and EMA coordinators",
     "Ran twice; 41 teachers completed. Evaluations were good. Course members asked for accreditation and "
     "for more on assessment.", "Green", "Replaced by the award (Priority 4)"],
    ["Give each course member a follow-up coaching visit in school from a Service consultant",
     "27 visits made. The visits were paid for from the Primary National Strategy Standards Fund line, "
     "which ended on 31 March 2008. Visits have stopped.", "Amber", "No"],
    ["Offer course members a placement week at the New Arrivals Centre",
     "Eleven teachers took part. The Centre closed in July 2008 when the reception of new arrivals was "
     "devolved to schools.", "Closed", "No"],
    ["Publish a first-language assessment toolkit (Urdu, Bengali, Polish, Slovak, Somali)",
     "Published September 2008 and sent to every school.", "Green", "Yes: used in ED7102"],
    ["Agree an accredited route with Aldgrave University",
     "Agreed in principle July 2008. Validation event held 3 December 2008; programme approved by the "
     "University, subject to TDA approval.", "Green", "Yes"],
], widths=[Cm(5), Cm(6.5), Cm(1.8), Cm(3.2)])

doc.add_heading("4  Priorities for 2008-11", level=1)
para("[Section 4, Priorities 1 to 3 and their action plans, is not included in this extract.]", italic=True)

# ---------------------------------------------------------------- Section 5
doc.add_heading("5  Priority 4: right identification, right provision", level=1)
para("Outcome we want by 2011", bold=True)
para("Bilingual pupils and Gypsy, Roma and Traveller pupils in Brennock who have special educational "
     "needs are identified accurately and early; pupils who are still learning English, and have no "
     "special educational need, are not placed on the SEN register for that reason; and every pupil in "
     "either group makes good progress towards the five Every Child Matters outcomes.")

doc.add_heading("5.1  Why this is a priority", level=2)
para("Priority 4 answers the data and the survey in Section 2. It contributes to the Children and Young "
     "People's Plan Priority EA3 and to National Indicators 104 and 105 (the gap between pupils with and "
     "without SEN at Key Stages 2 and 4) and 107 and 108 (attainment of minority ethnic groups). The "
     "Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require the SENCO to "
     "be a qualified teacher, and the Government has said that SENCOs new to the role will need to gain a "
     "national award. Many of the SENCOs who will need the award work in schools where a third or more of "
     "the pupils are bilingual. The Service's view is that training for these SENCOs must include telling "
     "special educational needs apart from the ordinary process of learning English.")

doc.add_heading("5.2  The award", level=2)
para("From September 2009 the Service and the School of Education at Aldgrave University will jointly "
     "offer the national award for SENCOs as the Aldgrave University Postgraduate Certificate in Special "
     "Educational Needs Coordination. The award carries 60 credits at Master's level (M level) and is made "
     "up of three modules of 20 credits. The University validated the programme on 3 December 2008, "
     "subject to TDA approval. Participants who complete it may carry their 60 credits into the "
     "University's MA in Inclusive Education.")
para("The award is open to every new SENCO in the city, not only to those in schools with many bilingual "
     "pupils; what makes it distinctive is the second module, ED7102, which is the programme's strand on "
     "special educational needs and English as an additional language. The programme's aim is that pupils "
     "with SEN and/or disabilities in participants' schools achieve more and are safer, healthier and "
     "happier in school. The three modules are planned around the five Every Child Matters outcomes, and "
     "every assignment asks the participant to show what difference his or her work has made to pupils, "
     "in their learning and in their well-being.")

para("ED7101  The SENCO: law, policy and leadership (20 credits; study days 1 to 3, autumn term)", bold=True)
para("The module covers the SEN Code of Practice (2001) and the SEN Toolkit; the Special Educational Needs "
     "and Disability Act 2001 and the Disability Discrimination Act 2005, including the disability equality "
     "duty and schools' accessibility plans; the 2008 SENCO Regulations; Every Child Matters, the Common "
     "Assessment Framework and the SENCO's part in the team around the child; Removing Barriers to "
     "Achievement; school self-evaluation and the SENCO's contribution to the school's self-evaluation "
     "form; provision mapping; and the SENCO as a leader, including winning the support of the headteacher, "
     "senior colleagues and governors, and managing one's own time and priorities.")
para("Assignment A2: policy and provision review (3,000 words plus the participant's provision map). The "
     "participant reviews the school's SEN policy, accessibility plan and provision map with a senior "
     "colleague, uses the school's assessment data and national test results to judge how well pupils on "
     "the map are progressing, identifies provision that is not working or is missing, and presents "
     "recommendations to the headteacher and the SEN governor.")

para("ED7102  Difference or difficulty? SEN and learning English as an additional language (20 credits; "
     "study days 4 to 6, spring term)", bold=True)
para("The module covers how children develop and learn language, including how a second language is "
     "acquired (the silent period; the difference between conversational fluency and academic language), "
     "and how development is affected by interrupted schooling, mobility, trauma, poverty and the "
     "learning environment; the most common types of special educational needs (behavioural, emotional "
     "and social difficulties, specific learning difficulties including dyslexia, speech, language and "
     "communication needs, autistic spectrum disorders and moderate learning difficulties) and how each "
     "can look in a pupil who is learning English; assessment approaches, including dynamic assessment, "
     "first-language assessment with the Service's bilingual assistants and toolkit, and the use of ICT "
     "and visual supports; using the reports of educational psychologists, speech and language therapists "
     "and paediatricians; consulting pupils, in their home language where needed; and working with "
     "families through interpreters. Study day 6 is led by the Service's Traveller education team and "
     "deals with building trust with families who have had poor experiences of school, and with explaining "
     "SEN processes clearly, including in translated letters.")
para("Assignment A1: case study of a bilingual pupil (4,000 words). The participant chooses a pupil about "
     "whom the school is unsure. He or she gathers the assessments of at least two other professionals, "
     "interviews the family (with an interpreter where needed), consults the pupil, reaches and justifies "
     "a view on whether the pupil has special educational needs, sets targets, plans an intervention with "
     "colleagues, and reviews the pupil's progress after at least six weeks.")

para("ED7103  Leading provision: enquiry in school (20 credits; study days 7 to 9, summer term, and a "
     "school-based enquiry)", bold=True)
para("The module covers enquiry methods and the use of research evidence; using RAISEonline, P scales, "
     "national test results and the school's tracking data; assessment for learning; supporting "
     "colleagues through observation, feedback, modelling and coaching; evaluating provision; and working "
     "with other services and agencies, including voluntary organisations such as the Roma Families Group "
     "and the city's supplementary schools.")
para("Assignment A3: school-based enquiry report (4,000 words) and a 20-minute presentation to colleagues "
     "in the participant's school. The participant leads a small change in provision in his or her school: "
     "for example, introducing first-language screening for new arrivals, or changing how pupils take part "
     "in their reviews. As part of it the participant coaches at least one colleague (a teacher or teaching "
     "assistant) through a cycle of observation, feedback and joint planning. The report evaluates the "
     "change with the staff involved.")
para("Throughout the programme each participant keeps a Professional Development Record (PDR), which the "
     "tutor reviews at each tutorial. The PDR is not marked.")

doc.add_heading("5.3  Who the award is for and how we select", level=2)
para("Applicants must hold qualified teacher status and either be the SENCO of a Brennock school or be "
     "designated to become SENCO within the next twelve months. The headteacher must nominate the "
     "applicant and agree to release him or her for nine study days and to support the school-based "
     "enquiry. Applicants complete an application form with a statement of about 500 words on their "
     "school's SEN provision and their own experience.")
para("Every applicant is interviewed for about twenty minutes, face to face or by telephone, by a Service "
     "consultant and a University tutor. The interview checks that the applicant has enough knowledge, "
     "experience and access to SEN work in school to be likely to reach all the outcomes within the year. "
     "Where an applicant is not yet ready (for example, a teacher with less than two years' experience who "
     "has never worked with pupils on the SEN register), the interviewers give written advice on what to "
     "do first, usually the Council's \"New to SEN\" twilight course, and discuss this with the headteacher. "
     "The applicant is then invited to apply again for the following intake.")
p = para("Teachers who have passed Aldgrave University's 30-credit Certificate in Teaching Bilingual Learners "
         "within the last five years may apply to be exempted from ED7102 and Assignment A1, under the "
         "University's rules for the accreditation of prior certificated learning.")
doc.add_comment(p.runs, text="Could we also give credit for experience, e.g. for our own Traveller team "
                "teachers who have run SEN casework for years? Please raise with the University before "
                "the plan goes out.", author="Graham Tully (AD Learning and Inclusion)", initials="GT")
para("The University's regulations for the Postgraduate Certificate require attendance at the taught "
     "modules, so the award cannot be gained by assessment alone: we do not offer an assessment-only route.")
para("All EMTAS staff who work in schools, including the bilingual teaching assistants who will support "
     "participants' first-language assessments for Assignment A1, hold enhanced CRB disclosures. The "
     "Service renews them every three years and keeps the register at the Marlowe Centre.")
para("The Service is committed to equality of opportunity, and the programme will be run in line with the "
     "Council's Race Equality Scheme and Disability Equality Scheme. The Marlowe Centre and the "
     "University's Hallam Building, where the study days take place, are both fully accessible.")

doc.add_heading("5.4  How the programme is run", level=2)
para("There are nine study days, on Fridays from 9.15 to 3.30: days 1 to 6 at the Marlowe Centre and days "
     "7 to 9 at the University. Each participant also has two individual tutorials of 45 minutes in each "
     "module, held after school at the Marlowe Centre or in the participant's school. Single days were "
     "chosen, rather than blocks, because headteachers asked for this (Section 2.2).")
para("There are two entry points. Participants who start in September 2009 take ED7101, ED7102 and ED7103 "
     "in that order. Participants who start in January 2010 take ED7102 first, then ED7101 in the summer "
     "term and ED7103 in the autumn term of 2010, so that a SENCO appointed in the middle of the year need "
     "not wait for the next September. ED7101 may also be taken as six twilight sessions instead of three "
     "study days, for participants whose schools cannot release them on Fridays.")
para("Each module has a site on AU Online, the University's Blackboard system, which holds the session "
     "slides, readings, the assignment brief and a discussion board. The discussion board is for "
     "participants to share ideas between study days; it is not moderated by tutors. Tutors do not answer "
     "questions by email or on the board; questions are taken at the next study day or at a tutorial.")
para("At the first study day each participant completes the programme's self-audit, rating his or her "
     "knowledge and skills against the national outcomes. The tutor uses the self-audit at the first "
     "tutorial to agree the focus of the participant's school-based enquiry in ED7103. All participants "
     "follow the same nine study days; the programme is matched to each participant's school through the "
     "choice of pupil for Assignment A1 and the choice of enquiry for Assignment A3.")
para("The full cost of a place is £1,150. For schools in the Service's link group the retained Ethnic "
     "Minority Achievement Grant meets £650 of this, so the school pays £500; other schools pay the full "
     "cost. The cost compares favourably with the £1,400 charged by the nearest other provider.")
para("The last study day ends with a \"Next steps\" session. Each participant uses the Service's CPD planner "
     "to draft two or three professional objectives for the following year, which he or she takes to the "
     "performance management review with the headteacher. The tutor gives written comments on the draft "
     "objectives at the final tutorial.")

doc.add_heading("5.5  Assessment and the award", level=2)
para("Each module is assessed by one assignment: A2 for ED7101, A1 for ED7102 and A3 for ED7103. "
     "Assignments are marked against the University's M-level criteria and against the national outcomes "
     "that each assignment addresses, which are set out in Annex C. To be awarded the Postgraduate "
     "Certificate a participant must pass all three assignments; the University's Board of Examiners "
     "confirms the award each July.")
para("Every assignment is first-marked by the module tutor. A sample of at least one third, including all "
     "fails and all distinctions, is second-marked blind by a tutor from the other partner. The programme "
     "team holds a moderation meeting after each submission date to agree marks. The external examiner, "
     "Professor Helen Marchant of the University of Tarrow, sees a sample from every module and attends "
     "the Board of Examiners.")

doc.add_heading("5.6  Staffing and resources", level=2)
para("The programme team is:")
bullets([
    "Dr Tom Westacre, Programme Leader, Senior Lecturer in Inclusive Education, Aldgrave University. "
    "Formerly SENCO of a Brennock secondary school for eight years; MA in Special Educational Needs; PhD "
    "(2004) on inclusion in secondary schools.",
    "Dr Miriam Sadiq, Senior Consultant (EAL and SEN), EMTAS. Former SENCO and EMA coordinator in two city "
    "primary schools; EdD (2006) on the assessment of bilingual pupils referred for SEN; author of the "
    "Service's first-language assessment toolkit.",
    "Angela Price, Senior Lecturer, Aldgrave University. Former headteacher of a Brennock special school; "
    "NPQH.",
    "Declan Furey, Traveller Education Team Leader, EMTAS. Twelve years' work with Gypsy, Roma and "
    "Traveller families in the city.",
])
para("Study day 5 includes sessions from Dr Anil Bhogal, Senior Educational Psychologist, and Nasreen "
     "Qureshi, bilingual speech and language therapist with Brennock Community Health Services. Tutors keep "
     "up to date through the University's Centre for Inclusive Education seminar series, NALDIC and nasen "
     "membership, and their own casework and research.")
para("Participants have access to the Service's specialist staff in EAL and Traveller education, to the "
     "Service's bilingual assistants for first-language assessment, and to the University's Centre for "
     "Inclusive Education. In the past, course members spent a week at the New Arrivals Centre (see "
     "Section 3). Now that the Centre has closed, visits to schools with established practice can be "
     "arranged where a participant asks and a host school agrees.")
para("The Marlowe Centre holds the Service's library of assessment materials, including the first-language "
     "toolkit, dual-language texts and standardised tests, which participants may borrow. Participants have "
     "full use of the University library and its electronic journals. The University's Assistive Technology "
     "Suite (screen readers, voice recognition, Clicker 5 and Widgit symbol software) is open to participants, "
     "and study day 8 includes a practical session there.")
para("Module tutors meet at the start of each term to plan the module, and again at the moderation "
     "meeting. School colleagues who support a participant's enquiry are sent a copy of the ED7103 "
     "module handbook.")

doc.add_heading("5.7  Working with partners", level=2)
para("The design of the programme responds directly to what we were told in 2008 (Section 2.2). The study "
     "days are single Fridays, not blocks, as the EMA steering group asked. SENCOs in special schools are "
     "eligible. ED7102 includes a session on explaining SEN processes to families and on translated letters, "
     "in answer to the Roma Families Group and the Somali Parents' Association. The first-language toolkit "
     "that schools asked for is built into Assignment A1. Forty of the SENCOs who replied to the survey "
     "wanted accreditation, and the programme is accredited.")
para("We would like headteachers, and in time parents from the community groups we consulted, to have a "
     "part in reviewing the award once it is running, and will consider how best to do this during 2009-10.")

# ---------------------------------------------------------------- action plan (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = sec.page_height, sec.page_width
land.left_margin = land.right_margin = Cm(1.8)
doc.add_heading("Priority 4 action plan 2008-11", level=2)
para("Leads: PAL Parveen Akhtar-Lowe; MS Miriam Sadiq; TW Tom Westacre; DF Declan Furey; PT Performance Team.",
     size=9)
table([
    ["Ref", "Action", "Lead", "When", "Resources", "Success criteria", "Monitored by"],
    ["P4.01", "Seek TDA approval for the award", "PAL / TW", "Jan-Mar 2009", "Officer time",
     "Approval received", "DMT"],
    ["P4.02", "Recruit first cohort (24 places)", "MS", "Apr-Jul 2009", "Admin 0.2 FTE",
     "24 nominations, at least 8 from EMA link schools", "EMA steering group"],
    ["P4.03", "Run ED7101-ED7103 for the September 2009 cohort", "TW / MS", "Sep 2009-Jul 2010",
     "£27,600 (24 places)", "90% complete the award", "Programme board"],
    ["P4.04", "Open the January 2010 entry point", "MS", "Jan 2010", "Within P4.03",
     "At least 12 places filled", "Programme board"],
    ["P4.05", "Train six bilingual teaching assistants to support first-language assessment for "
     "Assignment A1", "MS", "Jun-Sep 2009", "2 training days", "Six assistants trained; all A1 "
     "requests met within 3 weeks", "Head of Service"],
    ["P4.06", "Revise the joint SEN/EAL referral protocol with the SEN Support Service", "PAL",
     "By Dec 2009", "Officer time", "Protocol agreed and sent to schools", "DMT"],
    ["P4.07", "Translate the standard SEN letters into Urdu, Bengali, Polish, Slovak and Somali",
     "DF", "By Sep 2009", "£1,800", "Letters on the Council's schools website", "EMA steering group"],
    ["P4.08", "Evaluate cohort 1 and report", "TW", "Jul-Sep 2010", "Officer time",
     "Evaluation report to DMT and EMA steering group", "DMT"],
    ["P4.09", "Report Priority 4 indicators (Section 7)", "PT", "Termly", "Within PT",
     "Indicators reported on time", "DMT"],
], widths=[Cm(1.4), Cm(6.5), Cm(1.8), Cm(2.6), Cm(3), Cm(5.5), Cm(3.2)], size=8.5)

port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = sec.page_width, sec.page_height
port.left_margin = port.right_margin = Cm(2.2)

# ---------------------------------------------------------------- Section 7
doc.add_heading("6  Budget and workforce plan", level=1)
para("[Section 6 is not included in this extract.]", italic=True)

doc.add_heading("7  Monitoring, evaluation and performance", level=1)
doc.add_heading("7.1  How we will know the award is working", level=2)
para("The Service and the University will use the following evidence each year:")
bullets([
    "a short evaluation form after each study day, and an end-of-module questionnaire;",
    "the self-audit against the national outcomes, completed by each participant at the first study day "
    "and again at the last, to measure change in participants' knowledge, skills and confidence;",
    "tutors' notes of tutorials and the programme team's review meeting at the end of each module;",
    "the moderation record and the external examiner's annual report;",
    "the University's annual programme monitoring report.",
])
para("The programme leader writes an annual evaluation report each September. It goes to DMT, to the "
     "EMA steering group and to the University's School of Education Quality Committee. Changes agreed as "
     "a result are written into the July refresh of this plan and into the programme for the next cohort; "
     "the programme board (the Head of Service, the Programme Leader and the University's Head of "
     "Continuing Professional Development) decides them each September.")

doc.add_heading("7.2  Performance indicators for Priority 4", level=2)
table([
    ["Indicator", "Baseline 2007-08", "Target 2009-10", "Target 2010-11"],
    ["NI 107: Key Stage 2 attainment for Black and minority ethnic groups (Pakistani heritage, "
     "% Level 4+ English and mathematics)", "58%", "62%", "65%"],
    ["Local indicator EM12: bilingual pupils at School Action Plus whose file includes a first-language "
     "assessment", "18%", "40%", "60%"],
    ["Local indicator EM13: Gypsy/Roma and Irish Traveller pupils at School Action Plus, as a multiple "
     "of the city rate", "2.6", "2.2", "1.8"],
    ["Award participants' mean self-audit rating (scale 1-4), start to end of programme", "n/a",
     "+1.2 points", "+1.2 points"],
    ["Participants completing the award within 12 months", "n/a", "90%", "90%"],
], widths=[Cm(8.5), Cm(2.6), Cm(2.6), Cm(2.6)])
para("")
para("We expect the award to contribute to improvements in the city indicators over time, although it "
     "will not be possible to separate its effect from that of the Service's other work under this "
     "priority.")

doc.add_heading("8  Risks", level=1)
table([
    ["Risk", "Likelihood", "Impact", "What we will do"],
    ["TDA approval is not given for September 2009", "Low", "High",
     "Run ED7102 as a stand-alone University module in 2009-10 and resubmit"],
    ["Schools cannot release SENCOs on Fridays", "Medium", "Medium",
     "Twilight version of ED7101; January entry point"],
    ["Retained EMA grant reduced in 2010-11", "Medium", "High",
     "Review the school contribution in the 2010 refresh"],
    ["Not enough bilingual assistants for first-language assessments", "Medium", "Medium",
     "P4.05; use of the Council's interpreting service as a fallback"],
], widths=[Cm(6), Cm(2.2), Cm(2), Cm(6.3)])

# ---------------------------------------------------------------- Annex C
doc.add_page_break()
doc.add_heading("Annex C  The national minimum outcomes: where they are developed and how they are assessed",
                level=1)
para("Outcomes are given in the programme team's shorthand. Study days are numbered 1 to 9 (Section 5.4). "
     "A1, A2 and A3 are the assignments described in Section 5.2; PDR is the Professional Development Record.",
     size=9)

groups = [
    ("Professional attributes", [
        ("Fair, respectful and supportive relationships with pupils and their families",
         "Days 4 and 6", "A1 (family interview and pupil consultation)"),
        ("Winning the commitment of the headteacher, senior leaders and colleagues", "Days 2 and 9",
         "A2 (recommendations presented to the headteacher and SEN governor); A3"),
        ("Managing time and priorities, and delegating", "Day 3", "PDR (reviewed at tutorials; not marked)"),
        ("Anticipating and solving problems; sound judgements about provision", "Days 5 and 8",
         "A1 (the SEN/EAL judgement and its justification); A3"),
        ("Clear speech and writing; listening to others", "Throughout",
         "A1, A2, A3 (written); A3 presentation to colleagues"),
        ("Using research and outside advice to improve practice", "Days 4 and 7", "A1; A3"),
        ("Keeping up to date; taking charge of own CPD", "Day 9 (\"Next steps\")", "Not assessed"),
    ]),
    ("Knowledge and understanding", [
        ("SEN law and guidance, including the Code of Practice", "Day 1", "A2"),
        ("Every Child Matters and the SENCO's part in it", "Days 1 and 6", "A2; A1"),
        ("Disability equality law and what it requires", "Day 2", "A2 (accessibility plan)"),
        ("How children develop, and what affects development", "Day 4", "A1"),
        ("The common types of SEN and disability and their effect on learning", "Days 4 and 5", "A1"),
        ("Approaches and resources for assessment, planning and teaching, including ICT", "Days 5 and 8",
         "A1; A3"),
        ("School self-evaluation and improvement", "Day 3", "A2"),
        ("Best practice and research on meeting SEN", "Days 4 and 7", "A1; A3"),
        ("External agencies and how to get specialist support", "Day 5", "A1"),
    ]),
    ("Skills", [
        ("Influencing strategy, policy and resources with senior leaders and governors", "Days 2 and 3", "A2"),
        ("Identifying pupils, setting targets, planning interventions and reviewing progress", "Days 4 and 5",
         "A1"),
        ("Using other professionals' assessments", "Day 5", "A1"),
        ("Using summative data and national tests to track progress", "Day 7",
         "A2 (data section of the provision review)"),
        ("Encouraging colleagues' formative assessment", "Day 7", "Discussed; not separately assessed"),
        ("Provision mapping; finding ineffective or missing provision", "Days 3 and 7", "A2"),
        ("Deploying and managing staff", "-", "A3 (deployment of teaching assistants and bilingual assistants)"),
        ("Supporting colleagues' professional development", "Day 8", "A3 (coaching cycle)"),
        ("Reviewing provision with colleagues to inform self-evaluation", "Days 3 and 9", "A2; A3"),
        ("Involving pupils in planning and reviewing their provision", "Day 6", "A1 (pupil consultation)"),
        ("Working with parents and carers", "Day 6", "A1 (family interview)"),
        ("Working with other services and agencies, including voluntary organisations", "Day 5", "A1"),
    ]),
]
rows = 1 + sum(1 + len(g[1]) for g in groups)
ot = doc.add_table(rows=rows, cols=3)
ot.style = "Table Grid"
hdr = ["National outcome (our shorthand)", "Where it is developed", "How it is assessed"]
for j, h in enumerate(hdr):
    c = ot.cell(0, j)
    c.text = ""
    rr = c.paragraphs[0].add_run(h)
    rr.bold = True
    rr.font.size = Pt(9)
    shade(c, "D9E2F3")
i = 1
anchor_run = None
for gname, items in groups:
    g = ot.cell(i, 0).merge(ot.cell(i, 2))
    g.text = ""
    gr = g.paragraphs[0].add_run(gname)
    gr.bold = True
    gr.font.size = Pt(9)
    shade(g, "EDEDED")
    if gname == "Skills":
        anchor_run = gr
    i += 1
    for a, b, c3 in items:
        for j, val in enumerate((a, b, c3)):
            cell = ot.cell(i, j)
            cell.text = ""
            rr = cell.paragraphs[0].add_run(val)
            rr.font.size = Pt(9)
        i += 1
for row in ot.rows:
    row.cells[0].width = Cm(8)
    row.cells[1].width = Cm(3.2)
    row.cells[2].width = Cm(5.3)
doc.add_comment([anchor_run], text="Row for exam access arrangements still to add before this goes to TDA.",
                author="Tom Westacre", initials="TW")
para("")
para("All the national minimum outcomes are covered and assessed through the three assignments.")

doc.save(OUT)
print("wrote", OUT)
