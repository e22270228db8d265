"""gb-02-calderby-schools-forum-report: builds gb-02-calderby-schools-forum-report.docx next to itself.

Provider (invented)
    Calderby City Council's Ethnic Minority Achievement and Traveller Education
    Service (EMATES) with the School of Education, Northwold University (validating).
    The award is the Northwold University Postgraduate Certificate in Special
    Educational Needs Coordination (60 credits, Master's level), three 20-credit
    units: Unit 1 "The SENCO in the school", Unit 2 "Language or Learning?" (the
    strand on telling SEN apart from learning EAL; blended, with six online weeks on
    Moodle) and Unit 3 "Leading change". One cohort of 24, October 2009 to July 2010.

Kind of document and layout
    A report to the city's Schools Forum (meeting 22 January 2009, agenda item 6)
    asking the Forum to fund places from centrally retained Ethnic Minority Achievement
    money, sent whole to the TDA as the application, amended after the meeting with
    the amendments kept as tracked changes. A front-sheet table; a shaded note to the
    TDA panel; no heading styles: bold capitalised Normal paragraphs as headings and
    hand-typed paragraph numbers 1-48 (paragraph 32 is a wholly deleted tracked
    paragraph, so the numbering jumps from 31 to 33); recommendations (a)-(d); a
    shaded "Forum decisions" box after paragraph 48; Appendix A (programme at a
    glance, a table with vertically merged Unit cells), Appendix B (the national
    outcomes by assessed task, in prose lists, then a list of outcomes "developed
    ... but not separately assessed"), Appendix C (costings). Header and footer.
    Three Word comments.

Traps (requirement ids affected)
    - 2.3 not_met: paragraph 24 describes an assessment-only route in full, but the
      Forum decisions box (far below, after paragraph 48) records recommendation (b)
      "Not agreed" and says the route "will therefore not be offered in 2009-10".
    - 2.1 met only through tracked changes: the sentence "The programme does not at
      present accredit prior learning." is deleted and an APL/APEL sentence inserted
      (paragraph 23). The inserted text is part of the submission.
    - 6.K2 not_met and 1.1 partially_met: Every Child Matters appears only in a deleted
      tracked sentence in paragraph 15 (with a comment explaining the cut); the aim left
      is attainment and correct identification only.
    - 5.5 partially_met: specialist expertise (paragraph 31) stands; the placements
      paragraph 32 is wholly deleted (comment: Forum did not fund supply cover).
    - 5.7 not_met: school-based mentors are named (paragraph 34) but nothing says how
      tutors or mentors are prepared; the mentor briefing evening and standardisation
      day appear only in a comment.
    - 5.8 partially_met: marking by the unit tutor and confirmation by the examination
      board; no second marking, moderation or external check.
    - 3.2 partially_met: blended delivery, but a single start and fixed order ("there is
      no January entry in 2009-10").
    - 2.5 partially_met: only information about the MA at the July conference.
    - 1.5 partially_met: "Pupil voice is emphasised throughout" and a Unit 3 topic; no
      activity in which participants consult pupils.
    - 5.3 met: headteacher confirms the date of the nominee's enhanced disclosure and
      conduct; new disclosure through the Council for those not in school posts.
    - 3.3 met: Moodle with named tutors replying within two working days, fortnightly
      live tutorials, telephone and email between study days, updates to schools.
    - 4.3 met: the Forum agreed recommendation (d) (Sub-Group as reference group
      receiving the evaluation), plus the Disabled People's Forum co-leading a session
      and headteachers' questionnaire.
    - Criterion 6 (Appendix B): A4, S2c, S5, S7 developed in Unit 3 but "not separately
      assessed" (partially_met); K7 assessed in Task 1 (how the review feeds the SEF)
      but not in any unit's content (partially_met, assessed not taught); A7 absent
      (not_met); K2 absent (not_met, deleted). Paragraph 36's claim that the tasks and
      plan reviews "ensure that every participant meets the national outcomes" is
      contradicted by Appendix B: 6.0 and 1.9 partially_met.
    - Header and footer carry meeting details and a protective marking only.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("gb-02-calderby-schools-forum-report.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11.5)

AUTH = "Yasmin Choudhury"
DATE = "2009-01-29T10:15:00Z"
_id = [500]


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


def heading(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text.upper())
    r.bold = True
    return p


def np(n, text=""):
    """A hand-numbered paragraph: '12.<tab>text'."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.first_line_indent = Cm(-1)
    p.add_run(f"{n}.\t")
    if text:
        p.add_run(text)
    return p


def sub(text):
    p = doc.add_paragraph(text)
    p.paragraph_format.left_indent = Cm(1.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    return p


def ins(p, text):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), nid())
    el.set(qn("w:author"), AUTH)
    el.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)
    return el


def dele(p, text):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), nid())
    el.set(qn("w:author"), AUTH)
    el.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)
    return el


def deleted_paragraph(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.first_line_indent = Cm(-1)
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid())
    d.set(qn("w:author"), AUTH)
    d.set(qn("w:date"), DATE)
    rPr.append(d)
    pPr.append(rPr)
    dele(p, text)
    return p


def table(rows, widths=None, size=9.5, fill="DDDDDD"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if i == 0:
                r.bold = True
                shade(c, fill)
            if widths:
                c.width = widths[j]
    return t


def field(run, instr):
    for kind, extra in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {extra} "
            run._r.append(it)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = extra
            run._r.append(t)
        else:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            run._r.append(f)


# ------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hp.text = "CALDERBY SCHOOLS FORUM  |  22 JANUARY 2009  |  ITEM 6"
hp.runs[0].font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
r = fp.add_run("NOT PROTECTIVELY MARKED  |  Amended 29 January 2009 following the Forum  |  ")
r.font.size = Pt(8)
r2 = fp.add_run()
r2.font.size = Pt(8)
field(r2, "PAGE")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ------------------------------------------------------------ front sheet
front = table([
    ["CALDERBY SCHOOLS FORUM", ""],
    ["Date of meeting", "Thursday 22 January 2009, 4.30 pm, Committee Room 2, Civic Centre"],
    ["Agenda item", "6"],
    ["Report of", "Head of the Ethnic Minority Achievement and Traveller Education Service (EMATES), "
                  "with the Head of the School of Education, Northwold University"],
    ["Title", "The SENCO Award and its \"Language or Learning?\" unit: use of centrally retained Ethnic "
              "Minority Achievement funding in 2009-10"],
    ["Purpose", "For decision"],
    ["Contact officer", "Yasmin Choudhury, Head of EMATES, Calder House, extension 4471"],
], widths=[Cm(4), Cm(12.4)], size=10)
front.cell(0, 0).merge(front.cell(0, 1))
doc.add_paragraph()

nt = doc.add_table(rows=1, cols=1)
nt.style = "Table Grid"
c = nt.cell(0, 0)
shade(c, "E2EFD9")
c.text = ""
rr = c.paragraphs[0].add_run("Note for the TDA panel (added 2 February 2009)")
rr.bold = True
for txt in (
    "Calderby City Council and Northwold University send this report, with its Appendices A to C, as their "
    "application for approval to run the national award for SENCOs from the autumn of 2009. The report went to "
    "the Schools Forum on 22 January 2009. The Forum's decisions are recorded in the box after paragraph 48. "
    "We have amended the report since the meeting to reflect them, and have left the amendments visible as "
    "tracked changes so that the panel can see what changed.",
    "Appendix D (proposed allocation of places school by school) has been removed because it names "
    "individual schools.",
):
    q = c.add_paragraph(txt)
    q.runs[0].font.size = Pt(10)

# ------------------------------------------------------------ body
heading("Purpose of the report")
np(1, "This report asks the Forum to agree the use of £31,200 from the centrally retained Ethnic Minority "
      "Achievement budget in 2009-10 to fund 24 places on the national award for special educational needs "
      "coordinators (SENCOs), which EMATES and Northwold University propose to run jointly from October 2009, "
      "and to agree three related matters.")
np(2, "The award will include a unit, \"Language or Learning?\", on telling special educational needs apart "
      "from the normal process of learning English as an additional language. No other provider in the region "
      "offers this, and it is the question that Calderby SENCOs most often bring to EMATES.")

heading("Recommendations")
np(3, "The Forum is asked to:")
sub("(a)\tagree the use of £31,200 from the centrally retained Ethnic Minority Achievement budget to fund 24 "
    "places on the award in 2009-10 (paragraphs 41 to 44);")
sub("(b)\tagree a further £4,800 to pay supply cover for up to six experienced teachers to be assessed for "
    "the award through an assessment-only route (paragraph 24);")
sub("(c)\tnote the arrangements for quality and impact (paragraphs 34 to 40);")
sub("(d)\tagree that the Forum's SEN and Inclusion Sub-Group act as the reference group for the award and "
    "receive its annual evaluation report (paragraph 39).")

heading("Background")
np(4, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 came into force on "
      "1 September 2008. They require every maintained school to have a SENCO who is a qualified teacher. The "
      "Government has announced that SENCOs new to the role will have to gain a national award within three "
      "years of taking up the post, and the Training and Development Agency for Schools (TDA) has invited "
      "providers to apply for approval to run the award. Calderby schools will need places for the SENCOs "
      "they appoint from September 2009.")
np(5, "Calderby has 74 maintained schools: 60 primary, 11 secondary and 3 special. In the January 2008 census "
      "27 per cent of pupils had a first language other than English, and 96 languages were recorded. About "
      "260 pupils are of Gypsy, Roma or Traveller heritage, many of them living on the Council's sites at "
      "Brookfield Lane and Netherhey or in housing nearby. Since 2005 the city has received new families from "
      "Poland, Slovakia, Somalia and Iraqi Kurdistan.")
np(6, "In January 2008, 22.4 per cent of primary pupils with English as an additional language were on the "
      "SEN register, against 19.1 per cent of other pupils; for pupils who had arrived in England in the "
      "previous two years the figure was 31 per cent. EMATES casework suggests that many of these pupils are "
      "on the register because they are learning English, not because they have a learning difficulty. At "
      "the same time the Child Development Centre and the speech and language therapy service report that "
      "bilingual children with autism or language impairment are referred, on average, more than a year later "
      "than other children.")
np(7, "The centrally retained Ethnic Minority Achievement budget is part of the Dedicated Schools Grant. Because "
      "of a long-term vacancy, about £41,000 of it is not committed in 2009-10. As this is schools' money, the "
      "Forum's agreement is needed for the use proposed here.")
np(8, "EMATES has run an unaccredited course, \"Language or Learning?\", for SENCOs and EMA coordinators for "
      "three years; 63 teachers have attended. Northwold University's School of Education runs postgraduate "
      "courses in inclusion and in language education. In 2008 the two agreed to run the national award "
      "together, using the EMATES course as the basis of one unit.")

heading("What schools and families told us")
np(9, "In October 2008 EMATES sent a short questionnaire to the SENCO of every Calderby school, and 58 of the "
      "74 replied. 44 said that deciding whether a bilingual pupil has special educational needs is one of "
      "the three hardest parts of their job; 31 were in their first three years as SENCO; 37 said their "
      "school could not release them for more than eight days in a year; 26 asked for some of any course to "
      "be online.")
np(10, "The EMA coordinators' network discussed the proposal in November 2008. Secondary members asked for "
       "more on examinations, because they are often unsure which access arrangements a pupil who is still "
       "learning English can have.")
np(11, "The EMATES Traveller education team asked the 28 families it visits regularly what they thought. "
       "Parents said they wanted to be told face to face, not by letter, when a school thought their child had "
       "special educational needs. The Somali and Kurdish parents' groups that meet at Calder House said the "
       "same, and asked that schools use trained interpreters rather than older brothers and sisters.")
np(12, "The Forum's SEN and Inclusion Sub-Group discussed a draft of this proposal on 27 November 2008. It "
       "asked that part of the course be online to cut time out of school, that SENCOs in special schools be "
       "eligible, and that the cost to schools be capped.")
np(13, "As a result we moved most of Unit 2 online (paragraph 18); opened the award to special schools; added "
       "a session on access arrangements for national tests and examinations to Unit 2, in answer to the "
       "EMA coordinators; added guidance on meeting families face to face, with interpreters, to Unit 2; and "
       "capped the school contribution at £250 a place (paragraph 43).")

heading("The proposed programme")
np(14, "The award is the Northwold University Postgraduate Certificate in Special Educational Needs "
       "Coordination. It carries 60 credits at Master's level (level 7 of the Framework for Higher Education "
       "Qualifications) and is made up of three units of 20 credits each. The University's Academic Standards "
       "Committee validated it on 10 December 2008, subject to approval by the TDA. The 60 credits may be "
       "carried into the University's MA in Education.")
p15 = np(15, "The programme's aim is to improve the attainment of pupils with special educational needs in "
             "Calderby schools and to reduce the number of bilingual pupils placed on the SEN register because "
             "they are still learning English.")
d15 = dele(p15, " It is built around the five Every Child Matters outcomes, which run through all three units "
                "and are the basis of Task 1.")
np(16, "There are three units, each assessed by one task. Appendix A gives dates, venues and content, and "
       "Appendix B shows which of the national outcomes each task assesses. The sessions and reading lists "
       "draw on recent research and inspection evidence, including the DfES study of over- and "
       "under-representation of minority ethnic groups in special educational needs (Lindsay, Pather and "
       "Strand, 2006), Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the interim "
       "report of the Bercow Review of services for children with speech, language and communication needs "
       "(2008), and EMATES' own casework records.")
np(17, "Unit 1, \"The SENCO in the school\", has four study days between October and December 2009 at the "
       "Calderby Professional Development Centre. It covers the SEN Code of Practice (2001) and the SEN "
       "Toolkit; the Special Educational Needs and Disability Act 2001 and the Disability Discrimination Act "
       "1995 as amended in 2005, including the disability equality duty and accessibility planning; the 2008 "
       "SENCO Regulations; the SENCO's role and how to work with the headteacher, senior leaders and governors "
       "on policy and resources; managing time, setting priorities and delegating; provision mapping and "
       "management; deploying and managing teaching assistants and bilingual support staff; using data, "
       "including national test results and RAISEonline, to track pupils' progress; evaluating provision with "
       "colleagues; and writing for professional audiences. Task 1 is a provision review of 3,000 words: the "
       "participant maps and evaluates the school's provision for pupils with special educational needs, "
       "including how support staff are deployed and what the provision costs; uses data to track the "
       "progress of pupils on the map; identifies provision that is not working or is missing; checks the "
       "school's SEN policy and accessibility plan against the law; shows how the review feeds into the "
       "school's self-evaluation form; and reports to the headteacher and the SEN governor with "
       "recommendations.")
np(18, "Unit 2, \"Language or Learning?\", runs from January to March 2010. It opens with a study day, continues "
       "with six weeks of online study and ends with a second study day. It covers how children develop and "
       "how first and additional languages develop; the effects of interrupted schooling, trauma, mobility and "
       "poverty; the main types of special educational needs (behavioural, emotional and social difficulties, "
       "specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
       "spectrum disorders and moderate learning difficulties) and how they can look in a pupil who is learning "
       "English; assessing bilingual pupils, including first-language assessment with EMATES bilingual staff, "
       "observation over time, dynamic assessment and computer-based assessment tools; using the assessments "
       "of educational psychologists, speech and language therapists, CAMHS and paediatricians; setting "
       "targets, planning interventions and reviewing progress; access arrangements for national tests and "
       "GCSE, and the difference between what the regulations allow for a pupil with special educational "
       "needs and for a pupil who is learning English; and working with families, including Traveller "
       "families, with trained interpreters. Task 2 is a case study of 4,000 words about a bilingual pupil "
       "whom the school is unsure about. The participant builds a working relationship with the pupil and "
       "family, gathers the assessments of at least two other professionals, reaches and justifies a view on "
       "whether the pupil has special educational needs, sets targets and plans an intervention with "
       "colleagues and the family, reviews progress after eight weeks, and identifies any access arrangements "
       "the pupil will need for national tests or examinations and how they will be put in place with "
       "colleagues.")
np(19, "Unit 3, \"Leading change\", has two study days (April and June 2010) and a school-based enquiry. It "
       "covers using research evidence; enquiry methods; assessment for learning and how to help colleagues "
       "adapt it for pupils with special educational needs; coaching and supporting colleagues; anticipating "
       "and solving problems in casework; pupils' part in planning and reviewing their own provision; and "
       "working with other services and agencies, including voluntary organisations such as the Calderby "
       "Somali Community Association's supplementary school and the Traveller Advice Project. Task 3 is a "
       "school-based enquiry of 4,000 words and a poster presented at the programme's July conference. The "
       "participant plans and leads a change in provision, with a timeline and the tasks delegated to others; "
       "reviews the research on the chosen approach; takes baseline measures of the pupils concerned (for "
       "example reading age, attainment in the skill targeted, or attendance); measures again after at least "
       "a term; and sets out what he or she would do next.")
np(20, "The online weeks in Unit 2 run on the University's Moodle site. Each week has a short reading, a video "
       "case study or a task to try in school, and a forum discussion. Participants work in online groups of "
       "five, each with a named tutor who takes part in the forum and replies to questions within two working "
       "days. There is a one-hour live online tutorial each fortnight on the University's web-conferencing "
       "system, and in all three units tutors can be reached by telephone and email between study days. "
       "Participants new to Moodle have a hands-on induction at the January study day, and the University's "
       "IT helpdesk is open until 8 pm. Headteachers and school mentors receive a short email update from the "
       "programme leader at the end of each unit.")
np(21, "Before the course starts each participant completes a \"Starting Point\" profile, rating his or her "
       "knowledge and experience against each of the national outcomes with examples, and sends it in with "
       "the nomination form. The participant's personal tutor discusses it at a one-to-one meeting in "
       "September, and together they agree an Individual Learning Plan: the outcomes that need most work, "
       "which optional workshops to attend, and the focus of Tasks 2 and 3. The plan is reviewed at the end "
       "of each unit.")
np(22, "Beyond the core study days there are three optional twilight workshops (\"Secondary: examinations and "
       "access arrangements\", \"Early years bilingual children\" and \"SENCOs in special schools\"), which "
       "participants attend according to their plans. The full cost of a place is £1,550, made up as shown "
       "in Appendix C. This compares with £1,800 for the nearest comparable course, and the Unit 2 online "
       "weeks save each school two days of supply cover.")
p23 = np(23)
dele(p23, "The programme does not at present accredit prior learning.")
ins(p23, "Participants who have relevant study at Master's level, or substantial relevant experience, may "
         "claim credit for up to one unit (20 credits) through the University's procedures for the "
         "accreditation of prior learning and of prior experiential learning. Claims are assessed by the "
         "programme leader against the outcomes of the unit and confirmed by the examination board.")
np(24, "Exceptionally, an experienced teacher (for example a member of EMATES or of the SEN Support Service "
       "who has been a SENCO for several years) may be assessed against all the national outcomes without "
       "taking the units. The candidate submits a portfolio of evidence mapped to the outcomes and takes part "
       "in a recorded professional discussion with two tutors. Recommendation (b) would meet the cost of "
       "supply cover for up to six such candidates.")
np(25, "Information about the University's MA in Education, into which the award's 60 credits can be carried, "
       "will be available at the July conference for participants who wish to continue their studies.")
np(26, "The programme mixes study days, twilight workshops and online study. Because the funding sought is "
       "for a single cohort, all participants start in October 2009 and take the units in order; there is no "
       "January entry in 2009-10.")
np(27, "The nomination form asks every candidate whether he or she has a disability or other need for which "
       "we should make adjustments, and explains why we ask and who will see the answer. The programme leader "
       "contacts each candidate who says yes before the course starts, with the University's Disability "
       "Support Service where needed, and agrees the adjustments in writing: for example materials in large "
       "print or electronic form a week before each study day, a note-taker or a sign language interpreter, "
       "extra time for tasks, or the Task 3 poster replaced by a recorded talk. The Professional Development "
       "Centre has level access, an accessible toilet and a hearing loop, and the Moodle site meets the "
       "University's accessibility standard for screen readers. A Unit 1 session on the disability equality "
       "duty is led jointly with the Calderby Disabled People's Forum. The course leaflet and nomination form "
       "are available in large print and on audio CD.")

heading("Entry, selection and safeguarding")
np(28, "Candidates must hold qualified teacher status and be the SENCO of a Calderby school, or be about to "
       "take up the post. The headteacher nominates the candidate and agrees to release him or her and to "
       "provide a school-based mentor. The programme leader and an EMATES consultant read every nomination "
       "and Starting Point profile. If they judge that a candidate is unlikely to reach all the outcomes "
       "within the year, they meet the candidate and the headteacher to agree what the candidate should do "
       "first (usually the Council's Inclusion Leaders' course) and offer a place the following year.")
np(29, "For every candidate, the headteacher confirms on the nomination form the date of the candidate's "
       "enhanced CRB disclosure and that there are no concerns about the candidate's conduct and no "
       "outstanding disciplinary matters. Candidates who are not currently employed in a school post (for "
       "example EMATES teachers) must obtain a new enhanced disclosure through the Council's Disclosure Unit "
       "before the first study day. The programme administrator checks each form and does not confirm a "
       "place until the check is complete.")

heading("Staffing and resources")
np(30, "The programme leader is Dr Eleanor Pask, Senior Lecturer in Special and Inclusive Education at "
       "Northwold University, a former SENCO and local authority SEN adviser. Unit 2 is led by Sarah "
       "Lightfoot, Senior Consultant in EMATES, who wrote the \"Language or Learning?\" course and holds an MA "
       "in Applied Linguistics, with Dr Kofi Mensah, Lecturer in Language and Education at the University. "
       "Bryony Tait, EMATES Traveller education teacher, contributes to Unit 2. All tutors hold qualified "
       "teacher status and have led SEN or EAL provision in schools within the last eight years.")
np(31, "Participants will have access to specialists throughout: EMATES' bilingual assessment staff, who "
       "between them speak 14 languages; the Traveller education team; Dr Rachel Amis, Senior Educational "
       "Psychologist, and Imran Haq, bilingual speech and language therapist, who both teach in Unit 2; and "
       "the University's Centre for Language and Inclusion.")
p32 = deleted_paragraph("32.\tEach participant will also spend two days on placement in one of the city's "
                        "two resourced provisions, the Calder Language Base at Hillside Primary School or the "
                        "Speech and Language Resource at Moor End High School, arranged by EMATES.")
np(33, "Participants can borrow from the EMATES collection of assessment materials in 12 languages and from "
       "the Professional Development Centre library, and have full use of the University library and its "
       "electronic journals. EMATES lends schools assistive technology boxes (talking word processors, "
       "symbol software and recordable buttons), and Unit 2 includes a practical session on them.")

heading("Quality and impact")
p34 = np(34, "Each participant will have a school-based mentor, normally a member of the senior leadership "
             "team, who will meet the participant at least once each half-term to discuss progress on the "
             "Individual Learning Plan.")
np(35, "Each task is marked by the participant's unit tutor against the University's Master's-level criteria "
       "and the outcomes listed for it in Appendix B. Marks are confirmed by the University's examination "
       "board in July.")
np(36, "To gain the award a participant must pass all three tasks. Together with the reviews of the "
       "Individual Learning Plan, the tasks ensure that every participant meets the national outcomes.")
np(37, "We will evaluate the programme through participants' evaluations of each study day and each unit "
       "(online, anonymous); a focus group with participants at the end of Unit 2; the tutors' review "
       "meeting after each unit; the University's annual programme monitoring; and a peer review of the "
       "programme by the Ethnic Minority Achievement Service of a neighbouring authority in the spring of "
       "2010.")
np(38, "The programme leader will write an annual evaluation report each September, with the changes the "
       "programme team proposes for the next cohort. Changes are agreed by the joint programme board (the "
       "Head of EMATES, the programme leader and the University's Head of Professional Development) and "
       "recorded in the University's annual monitoring report.")
np(39, "The Forum's SEN and Inclusion Sub-Group will act as the reference group for the award. It will "
       "receive the annual evaluation report each autumn and comment on the proposed changes before the "
       "programme board agrees them. Participants' headteachers will complete a short questionnaire at the "
       "end of the year on the difference the award has made in their schools, and the Calderby Disabled "
       "People's Forum will help to deliver Unit 1 (paragraph 27).")
np(40, "To judge impact, the Starting Point profile and a ten-point confidence scale are completed again at "
       "the end of the course, so that change in each participant's competence and confidence can be "
       "measured. The baseline and follow-up measures of pupils from every Task 3 enquiry are collected on a "
       "common form and added together across the cohort, showing the change in the pupils' attainment or "
       "attendance. The evaluation report will also show the proportion of bilingual pupils on the SEN "
       "register in participants' schools, at the start and the end of the year.")

heading("Financial implications")
np(41, "The full cost of a place is £1,550 (Appendix C). The University's fee is £900 a place, and EMATES' "
       "delivery costs are £650 a place.")
np(42, "For 24 places the total cost is £37,200. Recommendation (a) would meet £31,200 of this from the "
       "centrally retained Ethnic Minority Achievement budget.")
np(43, "Each school would pay £250 a place (£6,000 in total). The cap was set in answer to the Sub-Group "
       "(paragraph 12). Schools meet the cost of releasing their SENCO for study days from their own budgets.")
np(44, "The funding is for 2009-10 only. Funding for later cohorts will be considered in the light of the "
       "first year's evaluation.")

heading("Equality implications")
np(45, "An equality impact assessment has been completed. The proposal is expected to have a positive effect "
       "on pupils from minority ethnic groups, including Gypsy, Roma and Traveller pupils, by improving the "
       "accuracy of identification of special educational needs. Arrangements for disabled participants are "
       "set out in paragraph 27.")
np(46, "The award is open to SENCOs in all Calderby maintained schools, including special schools. Places "
       "will be allocated first to schools with no SENCO who already holds a qualification in special "
       "educational needs.")

heading("Risks")
np(47, "The main risks are shown below.")
table([
    ["Risk", "Likelihood", "Response"],
    ["TDA approval not given in time for October 2009", "Low",
     "Run Unit 2 as a stand-alone University module and resubmit"],
    ["Fewer than 24 nominations", "Medium", "Offer remaining places to neighbouring authorities at full cost"],
    ["Participants find online study hard", "Medium", "Moodle induction; named online tutor (paragraph 20)"],
], widths=[Cm(6.5), Cm(2.5), Cm(7.4)])

heading("Conclusion")
np(48, "The award would give Calderby's new SENCOs a qualification they will soon need, and a rare chance to "
       "learn how to tell special educational needs apart from learning English. The Forum is asked to agree "
       "the recommendations in paragraph 3.")
doc.add_paragraph()

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
bc = box.cell(0, 0)
shade(bc, "F2F2F2")
bc.text = ""
br = bc.paragraphs[0].add_run("Schools Forum, 22 January 2009: decisions on item 6")
br.bold = True
for txt in (
    "(a) Agreed.",
    "(b) Not agreed. Members felt that paying supply cover for experienced staff to be assessed without "
    "attending the course should wait until the first cohort has been evaluated, and asked officers to bring "
    "a costed proposal in the autumn of 2009. The assessment-only route described in paragraph 24 will "
    "therefore not be offered in 2009-10.",
    "(c) Noted.",
    "(d) Agreed. The Sub-Group will receive the annual evaluation report each autumn.",
    "Recorded by the Clerk to the Forum, 23 January 2009.",
):
    q = bc.add_paragraph(txt)
    q.runs[0].font.size = Pt(10.5)

# ------------------------------------------------------------ Appendix A
doc.add_page_break()
heading("Appendix A: the programme at a glance")
a_rows = [
    ["Unit", "When", "Where and how", "Main content", "Assessed by"],
    ["Unit 1: The SENCO in the school (20 credits)", "Oct 2009: study days 1 and 2",
     "Professional Development Centre", "Law and guidance; the SENCO's role; working with senior leaders and "
     "governors; managing time and delegating", "Task 1: provision review (3,000 words)"],
    ["", "Nov-Dec 2009: study days 3 and 4", "Professional Development Centre",
     "Provision mapping; deploying staff; using data; evaluating provision with colleagues", ""],
    ["Unit 2: Language or Learning? (20 credits)", "Jan 2010: study day 5", "Professional Development Centre",
     "Development and language; types of SEN in bilingual pupils; Moodle induction",
     "Task 2: case study of a bilingual pupil (4,000 words)"],
    ["", "Jan-Mar 2010: six online weeks", "Moodle, groups of five with a named tutor; fortnightly live tutorial",
     "Assessment in first language; others' assessments; families and interpreters", ""],
    ["", "Mar 2010: study day 6", "Professional Development Centre",
     "Targets, interventions and review; access arrangements for tests and examinations", ""],
    ["Unit 3: Leading change (20 credits)", "Apr 2010: study day 7", "Northwold University",
     "Research and enquiry; assessment for learning; coaching colleagues",
     "Task 3: school-based enquiry (4,000 words) and poster"],
    ["", "Jun 2010: study day 8", "Northwold University",
     "Other services and voluntary organisations; pupils' part in reviews; casework problems", ""],
    ["", "Jul 2010: conference", "Northwold University", "Poster presentations", ""],
]
at = table(a_rows, widths=[Cm(3.2), Cm(3), Cm(3.4), Cm(4.6), Cm(3)], size=9)
for top, bottom in ((1, 2), (3, 5), (6, 8)):
    for col in (0, 4):
        keep = at.cell(top, col).text
        m = at.cell(top, col).merge(at.cell(bottom, col))
        m.text = ""
        mr = m.paragraphs[0].add_run(keep)
        mr.font.size = Pt(9)

# ------------------------------------------------------------ Appendix B
doc.add_paragraph()
heading("Appendix B: the national outcomes and how each task assesses them")
doc.add_paragraph("The outcomes are given in our own short wording. A participant must pass all three tasks; "
                  "each task's marking criteria include the outcomes listed for it.")

def outlist(title, items):
    p = doc.add_paragraph()
    p.add_run(title).bold = True
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

outlist("Task 1: provision review (Unit 1) assesses whether the participant can:", [
    "win the commitment of the headteacher, senior leaders and colleagues to improving provision;",
    "express findings clearly in writing for the headteacher and governors;",
    "apply the SEN Code of Practice and related law and guidance to the school's policy;",
    "apply disability equality law, including the school's accessibility plan;",
    "explain how the review contributes to the school's self-evaluation and improvement;",
    "work with senior colleagues and governors on the school's inclusive policies, priorities and resources;",
    "use national test results and other summative data to track pupils' progress and change provision;",
    "use provision mapping to find ineffective or missing provision;",
    "deploy and manage support staff effectively;",
    "review and evaluate the effectiveness of provision with colleagues.",
])
outlist("Task 2: case study of a bilingual pupil (Unit 2) assesses whether the participant can:", [
    "build fair and respectful working relationships with a pupil and his or her family;",
    "explain how the pupil's development has been affected by language, schooling and circumstances;",
    "distinguish the common types of special educational need from the effects of learning English;",
    "choose and use approaches, resources and ICT for assessment and teaching;",
    "know what other services offer and obtain specialist support;",
    "identify a pupil's needs, set challenging targets, plan an intervention and review progress;",
    "use the assessments of other professionals;",
    "identify in good time the access arrangements a pupil needs for national tests and examinations;",
    "work in partnership with the pupil's parents or carers;",
    "work with other services, including voluntary organisations.",
])
outlist("Task 3: school-based enquiry and poster (Unit 3) assesses whether the participant can:", [
    "plan and prioritise a change, manage time and delegate tasks to others;",
    "present clearly to colleagues, and listen to and report their views;",
    "draw on research evidence and outside advice;",
    "show knowledge of best practice and research on meeting special educational needs;",
    "measure the impact of a change on pupils.",
])
outlist("Developed in Unit 3 and through the Individual Learning Plan, but not separately assessed:", [
    "anticipating and solving problems, and making sound judgements about provision;",
    "encouraging colleagues to develop formative assessment for pupils with special educational needs;",
    "supporting colleagues' professional development through observation, feedback, modelling and coaching;",
    "involving pupils in planning, agreeing and reviewing their own provision.",
])
doc.add_paragraph("Pupil voice is emphasised throughout the programme.")

# ------------------------------------------------------------ Appendix C
heading("Appendix C: costings, per place and for 24 places")
table([
    ["Item", "Per place", "24 places"],
    ["Northwold University fee (registration, tuition, assessment, library, Moodle)", "£900", "£21,600"],
    ["EMATES delivery (tutors' time, bilingual assessment staff, materials, venue)", "£650", "£15,600"],
    ["Total cost", "£1,550", "£37,200"],
    ["Met from centrally retained Ethnic Minority Achievement budget (recommendation (a))", "£1,300", "£31,200"],
    ["School contribution", "£250", "£6,000"],
], widths=[Cm(10.4), Cm(2.8), Cm(3.2)])

# ------------------------------------------------------------ comments
# on the deleted ECM sentence: anchor a comment on paragraph 15's first run
doc.add_comment(p15.runs[1:], text="Cut the ECM sentence to keep the report within the Forum's four-page "
                "limit. YC", author=AUTH, initials="YC")
p32_anchor = p34.runs[1]
doc.add_comment([p32_anchor], text="Mentors' briefing evening (17 Sept) and tutors' standardisation day "
                "not yet in the report: add before it goes to the TDA? EP", author="Eleanor Pask",
                initials="EP")
anchor31 = doc.paragraphs[[i for i, p in enumerate(doc.paragraphs) if p.text.startswith("31.")][0]].runs[1]
doc.add_comment([anchor31], text="Placements taken out after the meeting: with the school "
                "contribution capped there is no money for two more days of supply cover (para 32 deleted). YC", author=AUTH, initials="YC")

doc.save(OUT)
print("wrote", OUT)
