"""Build er-01-cheswold-foi-response.docx.

Provider (invented)
-------------------
Cheswold Education Services Ltd ("CES"), the trading company that Cheswold
County Council set up on 1 April 2007 to sell its former education support
services (school improvement, SEN support, governor services, professional
development) to schools. The council owns all its shares, so the Freedom of
Information Act 2000 applies to it. It runs a 60-credit Level 7
Postgraduate Certificate in Special Educational Needs Coordination with the
University of Thornmere (validated 2 October 2008), and applies in January
2009 for approval to offer it as the national award for SENCOs.

Kind of document and layout
---------------------------
A Freedom of Information response, sent whole as the application. A short
covering note to the TDA (letterhead lines, To/From/Date/Subject typed as
Normal paragraphs) explains that a member of the public asked fourteen
questions in October 2008 that cover most of the specification, and that the
company is sending its reply as published in its disclosure log. Then the
letter itself (17 November 2008, ref FOI 08/112): the requester's questions
repeated in bold as "Question N", each followed by "Our response" prose,
some bullet lists, a staff table with names redacted under section 40(2),
withholding notices under sections 43(2) and 22 with public-interest
reasoning, and the requester's review rights. Three annexes: A (the June
2008 questionnaire to SENCOs and headteachers, as a table with a "What we
changed" column), B (evaluation summary of the council's unaccredited SENCO
Induction Course 2003-2008), C (where each national outcome is developed and
assessed: a three-column table with merged group rows). Annex D, the draft
Course Handbook, is withheld and not enclosed. A page header ("Disclosure
log copy"), a footer with the company registration and page number, and
three real Word footnotes that carry only legal references.

No heading styles are used for the questions (bold Normal paragraphs);
Heading 1/2 are used only for the letter title and the annexes.

Traps (requirement ids affected)
--------------------------------
- 3.3 not_applicable: "There is no online or e-learning element"; the
  survey row about online study and emailed course papers and telephone
  tutorials are distractors, not e-learning.
- 2.3 not_met: the assessment-only route "will not be available in
  2009-10" (Question 4) and is "still under discussion" in the covering note;
  Annex B describes a past "Portfolio Recognition" route on the old course,
  discontinued in 2008.
- 2.1 partially_met: certificated prior learning is accredited (up to 20
  credits); the university "does not allow credit for experience alone".
- 5.3 not_met: negation far from its subject. Selection is under Question 3;
  the only CRB text is under Question 8 (tutors): the team's disclosures are
  renewed every three years, and "We do not ask to see the disclosures of
  course members themselves" (wrong context + negation).
- 1.5 partially_met: "pupils' views run through the whole course" (value
  statement) plus one taught topic on pupils taking part in reviews (Day 7);
  the Youth Forum session that taught consultation belongs to the old
  course and "has not been carried forward"; the case study gathers
  parents' views, not the pupil's.
- 1.1 partially_met: the validated aims are about progress and attainment
  only; well-being and the five ECM outcomes appear only as Day 3 content.
- 1.9 and 6.0 partially_met: blanket claim "Every one of the national
  outcomes is assessed in at least one of the three assignments", contradicted
  by Annex C; the award rule is passing three modules at 50%, not meeting
  every outcome.
- 2.5 partially_met: only information that the 60 credits count towards the
  MA; no planning of further targets.
- 4.3 partially_met: stakeholders help deliver (Day 9, hosts, heads at
  presentations) but involvement in evaluation is only "We hope to".
- 5.6 partially_met: only the university library and online journals; the
  Resource Library list is "reasonably accessible" on the website (section 21)
  and not reproduced.
- 5.7 partially_met: tutors' induction and standardisation are described,
  but the roles of headteachers and the school colleague are only in
  Section 4 of the withheld Course Handbook; the old Buddy scheme ended in
  2007.
- Withheld information (sections 43(2) and 22) is not part of the
  submission.
- Annex C per outcome: 6.K4 has no row (not_met); 6.A7 row says outside
  the scope of the Certificate (not_met); 6.S2d is "Not part of the course"
  and left to the council's Assessment and Moderation Team (wrong provider,
  not_met); 6.A3, 6.K7, 6.S2b, 6.S7 are taught with "-" in the assessed
  column (partially_met); 6.K3 is assessed only by an unmarked self-check
  quiz (partially_met); 6.S2c is assessed only if chosen as the project
  focus (partially_met).
- Met items that look like traps: 5.2 (Entry Conversation, advice and a call
  to the head); 3.1 (disclosure on the nomination form, adjustments, the
  university's Disability Advisory Service); 5.5 (Specialist Setting Day in
  a special school or resource base, arranged by CES); 5.4 (staff table with
  names redacted but roles and qualifications given).
"""
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("er-01-cheswold-foi-response.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(6)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
doc.styles["Heading 1"].font.size = Pt(14)
doc.styles["Heading 2"].font.size = Pt(12)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)

# ---------------------------------------------------------------- helpers
FOOTNOTES = []


def p(text="", bold=False, italic=False, align=None, size=None, after=None, style=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "right":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        para.paragraph_format.space_after = Pt(after)
    return para


def rich(parts, style=None):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for text, fmt in parts:
        r = para.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return para


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def footnote(para, text):
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = para.add_run()
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r._r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r._r.append(ref)


def finish_footnotes():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = [
        f'<w:footnotes xmlns:w="{w}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in FOOTNOTES:
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        )
    body.append("</w:footnotes>")
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        "".join(body).encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        para.paragraph_format.space_after = Pt(2)
        r = para.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def table(header, rows, widths, group_rows=()):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):  # group row, merged across
            m = cells[0].merge(cells[-1])
            set_cell(m, row, bold=True)
            shade(m, "EDEDED")
            continue
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    for row in t.rows:
        for i, wd in enumerate(widths):
            row.cells[i].width = Cm(wd)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def add_field(para, instr):
    r = para.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = para.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = para.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    para.add_run("1")
    r4 = para.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


# ---------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hr = hp.add_run("CES Disclosure Log  |  FOI 08/112  |  Requester's details removed before publication")
hr.font.size = Pt(8)
hr.italic = True
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fr = fp.add_run(
    "Cheswold Education Services Ltd. Registered in England and Wales No. 06148823. "
    "Registered office: County Hall, Amblestone AM4 1RT. A company wholly owned by Cheswold County Council.   Page "
)
fr.font.size = Pt(7.5)
add_field(fp, "PAGE")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ------------------------------------------------------------ cover note
p("Cheswold Education Services Ltd", bold=True, size=13, after=0)
p("Professional Development Centre, Hatherley Road, Amblestone AM4 1RT", size=9, after=0)
p("Telephone 01632 960410   www.ces-cheswold.co.uk", size=9)
p("COVERING NOTE", bold=True, size=12)
rich([("To: ", "b"), ("The Approvals Team, Training and Development Agency for Schools", "")])
rich([("From: ", "b"), ("Helen Tregear, Programme Leader, SENCO Award", "")])
rich([("Date: ", "b"), ("9 January 2009", "")])
rich([("Subject: ", "b"), ("Application for approval to deliver nationally accredited training for SENCOs: "
                          "Cheswold Education Services Ltd with the University of Thornmere", "")])
p(
    "Cheswold Education Services Ltd (CES) is the company that Cheswold County Council set up on 1 April 2007 "
    "to run the education support services it used to provide to schools itself. The council owns all of our "
    "shares. We sell school improvement, special educational needs, governor support and professional "
    "development services to the county's 246 maintained schools and, increasingly, to schools in neighbouring "
    "authorities. Most of our 180 staff transferred from the council's Learning and Achievement Division, and "
    "the specialist teachers, advisers and psychologists who will teach the award were working in Cheswold "
    "schools and services long before the company existed."
)
p(
    "In October a member of the public asked us fourteen detailed questions about the new course for SENCOs "
    "that we are preparing with the University of Thornmere. Because CES is wholly owned by a public authority, "
    "the Freedom of Information Act 2000 applies to us just as it does to the council. The questions turned out "
    "to cover most of what the TDA's draft specification asks, and our reply was checked by the programme team, "
    "by the University's Partnerships Office and by our directors before it was sent. Rather than write the same "
    "material twice, we are submitting the response as it appears in our disclosure log, with its three annexes. "
    "We have not altered it, apart from correcting two typing errors."
)
p(
    "Two points for the panel. Annex D, the draft Course Handbook, was withheld from the requester because we "
    "intend to publish it, and it is still in draft, so it is not enclosed here either. The assessment-only "
    "route mentioned under Question 4 is still under discussion with the University; we do not expect a "
    "decision before the summer."
)
p("We would be glad to meet the panel or to answer any further questions.")
p("Helen Tregear", bold=True, after=0)
p("Programme Leader, SENCO Award, and Senior Adviser (Special Educational Needs)", after=0)
p("helen.tregear@ces-cheswold.co.uk")

doc.add_page_break()

# ---------------------------------------------------------------- letter
p("Cheswold Education Services Ltd", bold=True, size=12, after=0)
p("Information Governance, County Hall, Amblestone AM4 1RT", size=9, after=0)
p("foi@ces-cheswold.co.uk", size=9)
rich([("Our ref: ", "b"), ("FOI 08/112", "")])
rich([("Date: ", "b"), ("17 November 2008", "")])
p("[Requester's name and address removed for the disclosure log]", italic=True)
p("Dear [Requester],")
doc.add_heading("Request for information: postgraduate course for SENCOs", level=1)
para = p(
    "Thank you for your request of 20 October 2008, which we received the same day. You asked for information "
    "about the postgraduate course for special educational needs coordinators (SENCOs) that Cheswold Education "
    "Services Ltd (\"CES\", \"the company\" or \"we\") will run with the University of Thornmere from September "
    "2009. We have dealt with your request under the Freedom of Information Act 2000 (\"the Act\")."
)
footnote(para, "CES is a publicly owned company for the purposes of section 6 of the Freedom of Information Act 2000, "
               "because all of its shares are held by Cheswold County Council.")
p(
    "We hold most of the information you asked for, and it is set out below under each of your questions, which "
    "we have repeated in bold. We have withheld some information, and where we have done so we say which "
    "exemption applies and, where the exemption requires it, how we have weighed the public interest. Your "
    "right to ask for a review, and to complain to the Information Commissioner, is explained at the end of "
    "this letter."
)


def question(n, text):
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(10)
    para.paragraph_format.keep_with_next = True
    r = para.add_run(f"Question {n}. ")
    r.bold = True
    r2 = para.add_run(text)
    r2.bold = True
    sub = doc.add_paragraph()
    sub.paragraph_format.keep_with_next = True
    rr = sub.add_run("Our response")
    rr.italic = True
    rr.underline = True


# Q1
question(1, "Who will award the new SENCO qualification? At what level is it, and how many credits is it worth?")
p(
    "The qualification is the Postgraduate Certificate in Special Educational Needs Coordination, which the "
    "University of Thornmere will award. The University's Academic Standards Committee validated the programme "
    "on 2 October 2008 for five years from September 2009, at Level 7 of the Framework for Higher Education "
    "Qualifications, which is masters level. It carries 60 credits at Level 7, in three modules of 20 credits "
    "each. Successful participants receive the University's certificate and a transcript of their module "
    "results."
)
p(
    "Subject to approval by the Training and Development Agency for Schools (TDA), for which we will apply in "
    "January 2009, the Certificate will also be the way in which Cheswold teachers can gain the national "
    "accreditation for SENCOs that the Government has said it will introduce. The University is responsible for "
    "the award itself, for the standards of the programme, for external examining and for the Board of "
    "Examiners; CES is responsible for recruiting participants, teaching, tutorial support, first and second "
    "marking and the placements described under Question 10."
)
p(
    "The 60 credits can be counted towards the University's MA in Inclusive Education. A participant who "
    "completes the Certificate may join the MA at the second stage without repeating any modules."
)

# Q2
question(2, "How much will the course cost a school, what does the fee include, and is the council subsidising it?")
p(
    "The fee for 2009-10 is GBP 1,560 per participant. It covers the University's registration and assessment "
    "fee (GBP 540), the nine study days and the Specialist Setting Day, the Entry Conversation, three individual "
    "tutorials, the marking and moderation of three assignments, course materials, and lunch on study days. It "
    "does not cover supply cover for the participant's absence from school, or travel. Schools that buy our SEN "
    "Support Service Level Agreement at the Enhanced level receive a 10% discount on the CES element of the fee."
)
p(
    "We set the fee by costing the tutor and administrative time each participant actually uses, and the course "
    "is expected to cover its costs rather than make a surplus. Because the Entry Conversation identifies "
    "outcomes a participant already meets (see Question 5), some participants need less tutorial time than "
    "others; we do not reduce their fee, but the tutor time saved is given to participants who need more help, "
    "so the overall cost per participant stays the same while the support is directed where it makes most "
    "difference. Study days run at our own centre and two area centres, which keeps venue costs low."
)
p(
    "The council does not subsidise the fee. If the TDA provides national funding for places, as it has "
    "indicated it may, we will pass the whole of that funding on to schools by reducing the fee."
)

# Q3
question(3, "How will SENCOs be chosen for the course? What are the entry requirements? Can a teacher who is not "
            "yet a SENCO apply?")
p(
    "Applications are made on the CES nomination form, which must be signed by the headteacher. To be accepted, "
    "a candidate must:"
)
bullets([
    "hold Qualified Teacher Status;",
    "be employed as a teacher in a school in England and either be the school's SENCO or have been designated "
    "by the governing body to take up the role within the next twelve months;",
    "have the headteacher's written agreement to release them for the study days and the Specialist Setting "
    "Day, and to support a school-based project in Module 3.",
])
p(
    "Each nominated candidate then has an Entry Conversation with a member of the course team, usually at the "
    "candidate's school and lasting about an hour and a half. Beforehand the candidate completes the Starting "
    "Point Profile, a self-review against each of the national outcomes for SENCOs in which every outcome is "
    "rated from 1 (\"new to me\") to 4 (\"secure: I could show this now\"), and brings two or three examples of "
    "recent work with pupils with special educational needs. The tutor uses the conversation to test the "
    "ratings against the examples, and to check that the candidate has enough knowledge of SEN, and enough scope "
    "in their role, to reach all of the outcomes within the year."
)
p(
    "Where the tutor has doubts (most often with a teacher who has been designated as SENCO but is not yet doing "
    "any of the work) the tutor explains what the candidate would need to do first, for example shadowing the "
    "current SENCO for a term or attending our two-day course \"SEN in the Classroom\", and telephones the "
    "headteacher to agree a plan and a later start. The Programme Leader confirms every decision in writing to "
    "the candidate and the headteacher. In the interviews for the 2008 trial cohort, four of 31 candidates were "
    "advised in this way to join a later intake."
)
p(
    "So yes: a teacher who is not yet a SENCO may apply, provided the governors have designated them to take up "
    "the role."
)

# Q4
question(4, "Will teachers who already hold SEN qualifications, or have many years' experience, have to do the "
            "whole course? Could a very experienced teacher simply be assessed?")
p(
    "Participants who hold Level 7 credit from a recognised SEN course completed in the last five years (for "
    "example an advanced diploma, or a specialist certificate in specific learning difficulties) may apply to "
    "the University to have it recognised under the University's procedure for the Accreditation of Prior "
    "Certificated Learning. Up to 20 credits (one module) may be recognised in this way, where the earlier "
    "learning matches the module's outcomes; the participant then does not take that module or its assignment. "
    "The University charges GBP 90 to consider a claim, and the Programme Leader helps participants prepare it."
)
p(
    "The University's regulations for postgraduate certificates do not allow credit for experience alone, so "
    "experienced teachers without earlier certificated study take all three modules. Their experience is taken "
    "into account in their Personal Learning Plan (see Question 5) and in the choice of focus for their "
    "assignments."
)
p(
    "We have discussed with the University an \"assessment-only\" arrangement, under which someone who already "
    "meets all of the national outcomes could be assessed without taking the course. It will not be available in "
    "2009-10. We will look at it again with the University once the first cohort has completed."
)

# Q5
question(5, "How will the course be adapted to SENCOs with different needs and experience, and when and where "
            "will it run?")
p(
    "The Starting Point Profile and the Entry Conversation (Question 3) lead to a Personal Learning Plan for each "
    "participant, agreed between the participant and their tutor and copied to the headteacher. The plan "
    "records:"
)
bullets([
    "the six to eight national outcomes the participant most needs to work on, which become their personal "
    "priorities for the year;",
    "the outcomes they rated as secure, for which the tutor will look for evidence in their assignments rather "
    "than take the rating on trust;",
    "which of the optional afternoon workshops they should attend; and",
    "the likely focus of each assignment.",
])
p(
    "The plan is reviewed at each of the three individual tutorials and updated. At the final tutorial the "
    "participant completes the Starting Point Profile again, and the difference between the two profiles is one "
    "of the measures we use to evaluate the course (Question 11)."
)
p(
    "Study days have a common morning and a choice of two workshops in the afternoon: one for participants who "
    "are new to an area and one for those who want to go further. Assignments are set as frameworks, so that "
    "each participant applies them to their own school, pupils and priorities; a SENCO in a large comprehensive "
    "and a SENCO in a small rural primary school will write about very different things."
)
p("There are two routes, with two start dates:")
bullets([
    "the Day Route starts in September, with nine study days on Thursdays at the Professional Development "
    "Centre in Amblestone, spread across the school year;",
    "the Twilight Route starts in January, with eighteen twilight sessions (4.15 to 7.15 pm) at the Northwold "
    "Learning Centre in Dunsby and the Southmead Centre in Pellow, and three Saturday mornings. It covers the "
    "same content as the Day Route over fifteen months.",
])
p(
    "Participants on either route may take Module 2 and Module 3 in either order, joining the other route's "
    "sessions where that suits them, and may suspend their studies between modules for up to a year (for "
    "example during maternity leave) without losing credit already gained."
)
p(
    "There is no online or e-learning element: all teaching is face to face, and tutorials take place at the "
    "participant's school, at one of our centres or by telephone. Course papers are sent by email and post."
)

# Q6
question(6, "What will the course cover? In particular, will it cover disability, working with parents, and "
            "listening to children?")
p("The aims of the programme, as validated by the University, are:")
bullets([
    "to improve the progress and attainment of pupils with special educational needs and disabilities in the "
    "participants' schools;",
    "to develop participants' knowledge and critical understanding of law, policy and practice in special "
    "educational needs and disability; and",
    "to develop participants' ability to lead and manage provision for pupils with SEN, and the colleagues who "
    "provide it.",
])
p("The three modules and nine study days are as follows.")
rich([("Module 1: The SENCO, the Law and the School", "b"), (" (Study Days 1 to 3)", "")])
bullets([
    "Day 1. The role of the SENCO and how it has changed; the Special Educational Needs Code of Practice (2001), "
    "the graduated response and statutory assessment; the SENCO's place in the leadership of the school.",
    "Day 2. Disability and equality: the Disability Discrimination Act 1995 as amended in 2005, the Disability "
    "Equality Duty, accessibility planning and the school's Disability Equality Scheme; reasonable adjustments "
    "in lessons, trips and tests.",
    "Day 3. Every Child Matters and the Children Act 2004: the five outcomes and what the SENCO contributes to "
    "them; the Common Assessment Framework and lead professionals; school self-evaluation, the SEF and where "
    "SEN fits in improvement planning.",
])
rich([("Module 2: Understanding and Meeting Learners' Needs", "b"), (" (Study Days 4 to 6, and the Specialist "
                                                                    "Setting Day)", "")])
bullets([
    "Day 4. Identifying needs through observation, data and assessment; using reports and advice from "
    "educational psychologists, speech and language therapists and other professionals; setting targets, and "
    "planning and reviewing interventions and individual education plans.",
    "Day 5. The most common types of need and how they affect learning: behavioural, emotional and social "
    "difficulties; specific learning difficulties, including dyslexia; speech, language and communication "
    "needs; autistic spectrum disorders; moderate learning difficulties. Each is led by a specialist from our "
    "Specialist Teaching Team or Educational Psychology Service. The afternoon workshop covers tracking pupils' "
    "progress with summative data, including national tests, P scales and RAISEonline.",
    "Day 6. Approaches, strategies and resources for teaching and learning, including ICT and assistive "
    "technology; assessment for learning for pupils with SEN and how to encourage colleagues to use it; "
    "research on what works, including Greg Brooks's What Works for Pupils with Literacy Difficulties (2007).",
])
rich([("Module 3: Leading Provision and Developing Colleagues", "b"), (" (Study Days 7 to 9)", "")])
bullets([
    "Day 7. Provision mapping and managing provision; deploying and managing teaching assistants and other "
    "support staff; how pupils can take part in planning and reviewing their own provision.",
    "Day 8. Leading and developing colleagues: observing and giving feedback, coaching, modelling, planning and "
    "running training; winning the support of the headteacher, senior leaders and governors; managing your "
    "time, prioritising and delegating.",
    "Day 9. Working with parents and carers; working with other services and with voluntary organisations; "
    "evaluating provision with colleagues and feeding the findings into school self-evaluation; presentations "
    "of Module 3 projects.",
])
p(
    "Between study days participants carry out short school-based tasks set by their tutor, such as observing a "
    "pupil across a morning, interviewing a teaching assistant about their deployment, or drafting a page of the "
    "school's provision map. The tasks are discussed at tutorials and feed into the assignments."
)
p(
    "Disability is covered on Day 2, as above, and through the assignments, which require participants to "
    "consider the needs of disabled pupils in their school."
)
para = p(
    "Working with parents and carers. Day 9 is led jointly with the Cheswold Parent Partnership Service and two "
    "parents from its reference group. In the Module 2 case study each participant must plan and hold a meeting "
    "with the pupil's parents or carers, agree with them what the intervention is aiming for, and report what "
    "the parents said and what changed as a result."
)
p(
    "Listening to children. Pupils' views run through the whole course, and we expect SENCOs to take them "
    "seriously. The course looks in particular at how pupils can take part in reviews of their own provision "
    "(Day 7). The old SENCO Induction Course included a session led by members of the Cheswold Youth Forum on "
    "how young people want to be consulted; the Forum stopped meeting in 2007 and the session has not been "
    "carried forward."
)
p(
    "Every module has been reviewed this year against recent national evidence, in particular Ofsted's reports "
    "Special Educational Needs and Disability: towards inclusive schools (2004) and Inclusion: does it matter "
    "where pupils are taught? (2006), the House of Commons Education and Skills Committee's report on special "
    "educational needs (2006), the Bercow Review of services for children and young people with speech, "
    "language and communication needs (2008), and the Inclusion Development Programme materials published by "
    "the National Strategies this year. The Lamb Inquiry into parental confidence, which began in 2008, will be "
    "added to Day 9 when it reports. Each tutor updates their sessions every summer, and the updates are "
    "checked by the Programme Leader and the University link tutor."
)

# Q7
question(7, "How will participants be assessed? Could someone pass without using what they have learned in their "
            "own school?")
p("Each module has one assignment:")
table(
    ["Assignment", "What the participant produces", "Deadline"],
    [
        ["A1 Policy into Practice (Module 1)",
         "A 4,000-word review of how the school meets the SEN Code of Practice: its SEN policy, the graduated "
         "response in practice, the provision map and the school's plan for improving it.",
         "February (Day Route)\nJune (Twilight Route)"],
        ["A2 Learner Case Study (Module 2)",
         "A 4,000-word case study of one pupil with SEN: the assessment information from school staff and "
         "other professionals, the targets set, an intervention planned with colleagues and the pupil's "
         "parents, baseline measures before it and follow-up measures at least eight weeks later, and what "
         "the participant would do differently.",
         "May (Day Route)\nDecember (Twilight Route)"],
        ["A3 Leading Change (Module 3)",
         "A portfolio (equivalent to 4,000 words) on a development the participant leads in the school, such as "
         "training teaching assistants or introducing provision mapping, with evidence of its effect on pupils "
         "and colleagues; then a 20-minute presentation and professional discussion with the tutor and a senior "
         "colleague from the school.",
         "July (Day Route)\nMarch (Twilight Route)"],
    ],
    [4.0, 9.0, 3.4],
)
p(
    "Nobody can pass without applying the course in their own school. Each assignment is built on work the "
    "participant does there, and for A3 the headteacher or a senior colleague signs a statement confirming that "
    "the project took place as described. Most participants' A3 projects change the way their school organises "
    "support, and we ask them to report the difference this makes for pupils and staff."
)
p(
    "Every one of the national outcomes is assessed in at least one of the three assignments; Annex C shows "
    "where."
)
p(
    "To be awarded the Certificate, a participant must pass all three modules. Each assignment is marked "
    "against published criteria, and the pass mark is 50%. A participant who fails an assignment may resubmit it "
    "once, within eight weeks; the mark for a resubmission is capped at 50%."
)

# Q8
question(8, "Who will teach the course? Please give their names, qualifications and experience, and say what "
            "checks are carried out on them.")
para = p(
    "The course is taught by a team of seven led by the Programme Leader. The table gives the role, "
    "qualifications and relevant experience of each. We have released the names of staff in senior or "
    "public-facing posts; the names of four other members of the team are withheld under section 40(2) of the "
    "Act, because they are personal data and releasing them would not be fair to the staff concerned."
)
footnote(para, "Section 40(2) and (3)(a)(i) of the Freedom of Information Act 2000: personal data of a third party "
               "whose disclosure would contravene the first data protection principle.")
table(
    ["Role on the course", "Name", "Qualifications", "Experience and current work"],
    [
        ["Programme Leader; tutor for Modules 1 and 3", "Helen Tregear",
         "BEd (Hons); MA Special and Inclusive Education; NPQH",
         "SENCO in two Cheswold secondary schools for nine years; council SEN adviser 2003-07; CES Senior Adviser "
         "(SEN) since 2007; chairs the county SENCO network."],
        ["Tutor, Module 2; leads Day 4", "Dr Fiona Maitland",
         "BSc Psychology; PGCE; MSc Educational Psychology; DEdPsy; Chartered Educational Psychologist",
         "Senior Educational Psychologist, CES Educational Psychology Service; taught in primary schools for "
         "six years."],
        ["Tutor, Module 2; specific learning difficulties", "[Redacted: s.40(2)]",
         "BA; PGCE; Postgraduate Diploma in Specific Learning Difficulties; AMBDA",
         "Specialist Teacher, CES Specialist Teaching Team; assesses and supports pupils in 40 schools a year."],
        ["Tutor, Module 2; autistic spectrum disorders", "[Redacted: s.40(2)]",
         "BEd; Postgraduate Certificate in Autism (Children)",
         "Leads the CES Autism Outreach Team; formerly deputy head of a special school."],
        ["Tutor, Modules 2 and 3; behaviour", "[Redacted: s.40(2)]",
         "BA; PGCE; MA Education (Emotional and Behavioural Difficulties)",
         "Behaviour Support Team Leader; works with secondary schools and the two pupil referral units."],
        ["Speech and language therapist (sessional, Day 5)", "[Redacted: s.40(2)]",
         "BSc Speech and Language Therapy; registered with the Health Professions Council",
         "Seconded from Cheswold Community Health Services NHS Trust for two days a term."],
        ["University link tutor; internal moderator", "Dr Ruth Lavington",
         "BA; PGCE; MEd; PhD",
         "Senior Lecturer in Inclusive Education, University of Thornmere; external examiner for another "
         "university's SEN programmes."],
    ],
    [3.4, 2.6, 4.4, 6.0],
)
p(
    "Every tutor spends part of every week working in or with Cheswold schools, and each has at least five days "
    "of professional development a year through the CES staff development programme, their professional "
    "associations and the University."
)
p(
    "Every member of the course team employed by CES holds an enhanced disclosure from the Criminal Records "
    "Bureau, which we renew every three years through the council's Vetting Unit; the speech and language "
    "therapist is checked by the NHS Trust that employs her. We do not ask to see the disclosures of course "
    "members themselves. They are serving teachers, and checking them is a matter for the schools that employ "
    "them."
)

# Q9
question(9, "Did the company or the council ask schools, SENCOs or parents what the course should contain? If so, "
            "please provide the results.")
p(
    "Yes. In June 2008 we sent a questionnaire to the SENCO and the headteacher of every maintained school in "
    "Cheswold; 112 of the 246 schools replied. A summary of the results, and of what we changed because of them, "
    "is at Annex A. The main changes were a twilight route for participants who cannot be released during the "
    "day, more time on deploying and managing teaching assistants, and moving provision mapping from an optional "
    "workshop into the core of Day 7 and into assignment A1."
)
p(
    "A reference group of six headteachers (three primary, two secondary and one special) met three times "
    "between May and September 2008 and reviewed the draft modules. At their suggestion we added winning the "
    "support of senior leaders and governors to Day 8, and invited a senior colleague from each participant's "
    "school to the A3 presentation. The Cheswold Parent Partnership Service and its parents' reference group "
    "commented on the draft of Day 9, and asked that parents help to lead it, which they now will."
)
p(
    "Schools and other partners will also take part in running the course. Parents from the Parent Partnership "
    "reference group co-lead Day 9; special schools and resource bases host the Specialist Setting Day; and "
    "headteachers or senior colleagues take part in the A3 presentations. We hope to involve the headteachers' "
    "reference group and the Parent Partnership Service in looking at how the course is going once it is "
    "running."
)

# Q10
question(10, "Will SENCOs spend any time in special schools or other settings, and who else will they learn "
             "from?")
p(
    "Yes. Each participant spends one full day, the Specialist Setting Day between Study Days 5 and 6, in one of "
    "the county's six special schools, its two pupil referral units or one of the eleven specialist resource "
    "bases attached to mainstream schools. The setting is chosen with the tutor to match the priorities in the "
    "participant's Personal Learning Plan; we arrange the day with the host, who agrees a programme in advance "
    "(usually observation of teaching, a meeting with the host SENCO or head of base, and, where possible, "
    "sitting in on an annual review). Hosts are paid a fee and receive a short guide to the day. The "
    "participant writes a reflective note on what they saw, which they use in assignment A2."
)
p(
    "Beyond the course team, participants learn from specialists in our Sensory Support Service and Autism "
    "Outreach Team, from the council's Children's Social Care and Youth Offending teams, and from voluntary "
    "organisations, several of which (among them the local Dyslexia Association, the Cheswold branch of the "
    "National Autistic Society and Home-Start) take part in the \"agencies' marketplace\" on the morning of Day 9."
)

# Q11
question(11, "How will the company know whether the course makes a difference to pupils?")
p("We will use five sources of evidence:")
bullets([
    "the A2 case studies, which require a baseline measure of the pupil's attainment, progress or well-being "
    "before the intervention and the same measure at least eight weeks later; we collate the results across the "
    "cohort;",
    "the A3 portfolios, which report the effect of each participant's development on pupils and staff;",
    "the Starting Point Profile, completed at entry and again at the final tutorial, which shows how "
    "participants' confidence and competence against each national outcome have changed;",
    "a short survey of each participant's headteacher six months after completion, asking what has changed in "
    "the school's provision for pupils with SEN and in those pupils' progress; and",
    "the school's own data on the progress of pupils with SEN, which participants bring to Tutorial 3.",
])
p(
    "Within the course, participants complete an evaluation at the end of each study day and each module, and "
    "the tutor team meets after each module to review them together with the marks and the external examiner's "
    "comments. The Programme Leader writes an annual course report for the CES Quality Board and the "
    "University's Faculty of Education, including an action plan; the University's annual monitoring process "
    "checks that the actions have been taken. The external examiner reports to the University each year. The "
    "changes made are reported to the next cohort on a \"What you told us\" sheet at their first study day. We "
    "understand that Ofsted may inspect approved programmes."
)

# Q12
question(12, "How will you make sure that marking is fair and consistent, and that the tutors know what they "
             "are doing?")
p(
    "Each assignment is marked against published assessment criteria for Level 7. Before marking each "
    "assignment, all the markers meet for a standardisation session using scripts from the 2008 trial cohort. "
    "Each script is first marked by the participant's tutor. A second tutor marks blind all fails, all marks of "
    "70% and above, and a further 20% sample chosen by the University link tutor, who then moderates across "
    "markers. The external examiner, appointed by the University, sees a sample from every module and attends "
    "the Board of Examiners in July."
)
p(
    "Some of our tutors are new to marking at Level 7. All of them attend the University's induction day for "
    "associate tutors and the standardisation sessions, and are paired with an experienced marker for their "
    "first assignment. The roles and responsibilities of tutors, of headteachers and of the school colleague who "
    "supports each participant are set out in Section 4 of the draft Course Handbook, which we have withheld "
    "(see Question 14). The SENCO Buddy scheme that paired each new SENCO on the old course with an experienced "
    "one ended in March 2007 when its Standards Fund grant ended."
)

# Q13
question(13, "What support will there be for teachers with disabilities?")
p(
    "The nomination form asks whether the candidate has a disability or health condition that they would like us "
    "to know about, explains why we ask and who will see the answer, and says that telling us will never count "
    "against an application. The Programme Leader contacts everyone who answers yes before the Entry "
    "Conversation to agree any adjustments, for example papers in large print or electronic form in advance, a "
    "British Sign Language interpreter or a note-taker, a reserved parking space, rest breaks, or holding "
    "tutorials at the participant's school. The same questions are asked again at the first study day, for "
    "anyone whose circumstances have changed."
)
p(
    "Participants are registered students of the University and may use its Disability Advisory Service, which "
    "agrees adjustments to assessment such as extra time for submission or a presentation in an alternative "
    "format. All three venues have level access, accessible toilets and hearing loops, and we check the access "
    "arrangements at each special school or resource base before a participant with a disability visits it. Our "
    "Disability Equality Scheme (2007) applies to all CES courses; our course leaflet and nomination form were "
    "reviewed against it by the council's Disabled Staff Network, and the leaflet is available in large print "
    "and on audio CD."
)

# Q14
question(14, "Please send me copies of: (a) the agreement between CES and the University; (b) the course "
             "handbook; (c) any evaluation of the council's previous SENCO course; (d) the results of any "
            "consultation mentioned in Question 9.")
para = p(
    "(a) Agreement with the University. We hold this information but are withholding it under section 43(2) of "
    "the Act, because it sets out the fee each party receives and the rates we pay associate staff, and releasing "
    "it would be likely to prejudice the commercial interests of both CES and the University in a market where "
    "other providers are preparing to offer similar courses."
)
footnote(para, "Section 43(2): information whose disclosure would, or would be likely to, prejudice the commercial "
               "interests of any person. Section 22(1): information intended for future publication. Both are "
               "qualified exemptions, subject to the public interest test in section 2(2)(b).")
p(
    "We have considered the public interest. There is a public interest in transparency about how a publicly "
    "owned company spends schools' money, and we have met much of it by giving the fee and what it covers "
    "(Question 2) and the division of responsibilities (Question 1). We consider that the public interest in "
    "withholding the remaining financial terms outweighs the public interest in releasing them."
)
p(
    "(b) Course handbook. The Course Handbook is still in draft. We intend to publish the final version on our "
    "website in July 2009, before the first cohort starts, and we are therefore withholding the draft under "
    "section 22 of the Act. We consider that the public interest is better served by publishing the final, "
    "accurate version than by releasing a draft that is still changing."
)
p("(c) Previous course. A summary of the evaluation of the SENCO Induction Course 2003-2008 is at Annex B.")
p("(d) Consultation. The summary of the June 2008 questionnaire is at Annex A.")
p(
    "You also asked, in your covering email, for a list of the books, tests and software that participants will "
    "be able to use. Participants will be able to use the University library and its online journals. The list "
    "of the CES Resource Library's holdings is reasonably accessible to you on our website, so under section 21 "
    "of the Act we have not reproduced it here."
)

doc.add_heading("Your right to ask for a review", level=2)
p(
    "If you are unhappy with the way we have handled your request, you may ask for an internal review by writing "
    "to the Company Secretary at the address above within 40 working days of the date of this letter. If you "
    "are still dissatisfied after the review, you may complain to the Information Commissioner's Office, "
    "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."
)
p("Yours sincerely,")
p("Paul Simmonds", bold=True, after=0)
p("Information Governance Officer, for Cheswold Education Services Ltd")
p("Enclosures: Annex A, Annex B, Annex C. (Annex D, draft Course Handbook: withheld, section 22.)", italic=True)

# --------------------------------------------------------------- Annex A
doc.add_page_break()
doc.add_heading("Annex A: SENCO and headteacher questionnaire, June 2008 (summary)", level=1)
p(
    "Sent on 2 June 2008 to the SENCO and the headteacher of each of the 246 maintained schools in Cheswold "
    "(205 primary, 33 secondary, 6 special and 2 pupil referral units). Replies were received from 112 schools: "
    "104 SENCOs and 87 headteachers. Percentages are of those who answered each question."
)
table(
    ["What respondents told us", "SENCOs", "Heads", "What we changed"],
    [
        ["Time out of school is the biggest barrier to training", "71%", "58%",
         "Added the Twilight Route with a January start (Question 5)."],
        ["I need help deploying and managing teaching assistants", "64%", "52%",
         "More time on deploying support staff on Day 7; a suggested A3 project on it."],
        ["Provision mapping is new to our school", "58% (primary)", "-",
         "Provision mapping moved into the core of Day 7 and into A1."],
        ["The SENCO should be part of the senior leadership team", "44%", "49%",
         "Day 1 and Day 8 content; a senior colleague joins each A3 presentation."],
        ["I want to learn from special schools", "62%", "31%",
         "The Specialist Setting Day (Question 10)."],
        ["I would use an online course if one were offered", "22%", "18%",
         "Not enough demand; we have not included online study for 2009-10."],
        ["The course should lead to a qualification", "83%", "76%",
         "Postgraduate Certificate validated with the University of Thornmere."],
    ],
    [6.0, 2.0, 1.6, 6.8],
)
p(
    "The topics SENCOs most wanted, in order, were: working with teaching assistants; speech, language and "
    "communication needs; autism; managing paperwork and time; working with parents; the law and the Code of "
    "Practice; and data and tracking."
)

# --------------------------------------------------------------- Annex B
doc.add_heading("Annex B: SENCO Induction Course 2003-2008, evaluation summary", level=1)
p(
    "The SENCO Induction Course was a ten-day course without academic credit, run by the council's Learning "
    "Support Service from 2003 and by CES in its final year, 2007-08. It has now closed and will be replaced by "
    "the Postgraduate Certificate. 143 SENCOs completed it over five cohorts."
)
table(
    ["Feature of the old course", "Period", "What participants said", "What happens now"],
    [
        ["Session led by the Cheswold Youth Forum on consulting young people", "2004-2007",
         "Rated the most useful session in three cohorts", "Forum closed in 2007; session not carried forward"],
        ["SENCO Buddy scheme: each new SENCO paired with an experienced one", "2005-2007",
         "Valued, but pairs met irregularly", "Ended March 2007 with its Standards Fund grant"],
        ["Portfolio Recognition: experienced SENCOs could submit a portfolio for a certificate of completion "
         "without attending", "2006-2008", "Nine SENCOs used it", "Discontinued when the course closed"],
        ["Visits to special schools (optional)", "2003-2008", "Those who went rated them highly",
         "Replaced by the Specialist Setting Day for every participant"],
        ["Mainly lectures", "2003-2008", "\"Too much listening, not enough doing\"",
         "Study days now have workshops and school-based tasks"],
    ],
    [5.4, 2.0, 4.4, 4.6],
)
p(
    "Average overall rating across the five cohorts was 4.3 out of 5. The commonest suggestions were for "
    "accreditation, for more practical work in school, and for a course that fitted around the school day."
)

# --------------------------------------------------------------- Annex C
doc.add_heading("Annex C: Where the course develops and assesses the national outcomes", level=1)
p(
    "This table lists the national outcomes for SENCOs, in short form, and shows the study day or task where each "
    "is developed and the assignment in which it is assessed. A dash means that the outcome is not assessed in a "
    "particular place."
)
table(
    ["National outcome (short form)", "Where developed", "Where assessed"],
    [
        "Professional attributes",
        ["Fair, respectful and constructive relationships with pupils with SEN and their parents or carers",
         "Day 4; Day 9", "A2 (the parents' meeting and the work with the pupil)"],
        ["Gaining the commitment of colleagues, including the headteacher and senior leaders",
         "Day 8", "A3 (project and presentation, with the senior colleague's statement)"],
        ["Prioritising, managing time and delegating", "Day 8 afternoon workshop", "-"],
        ["Anticipating and resolving problems; sound judgements about provision", "Days 4 and 7",
         "A2; A3"],
        ["Expressing themselves clearly in speech and writing; listening to others", "All study days",
         "A1, A2 and A3 (written); A3 presentation and professional discussion"],
        ["Using research and outside advice to improve their own and colleagues' practice", "Days 6 and 8",
         "A2 (literature review); A3"],
        ["Keeping up to date and taking responsibility for their own CPD", "-",
         "- (outside the scope of the Certificate: for the participant and their school)"],
        "Professional knowledge and understanding",
        ["SEN law and guidance, including the Code of Practice, and how to put it into practice", "Day 1",
         "A1"],
        ["Every Child Matters and the SENCO's contribution to the five outcomes", "Day 3",
         "A1 (section on the school's contribution to ECM outcomes)"],
        ["Disability equality law and what it requires", "Day 2",
         "Self-check quiz at the end of Day 2 (not marked)"],
        ["The most common types of SEN and disability and their effect on learning", "Day 5; Specialist "
         "Setting Day", "A2"],
        ["Approaches, strategies and resources, including ICT, for assessment, planning, teaching and learning",
         "Days 4 and 6", "A2"],
        ["School self-evaluation and improvement and how they relate to SEN", "Day 3", "-"],
        ["Best practice and research in meeting SEN", "Days 5 and 6", "A2 (literature review)"],
        ["The work of external agencies and how to obtain specialist support", "Day 9 (agencies' "
         "marketplace); Specialist Setting Day", "A2 (use of other professionals); A3"],
        "Professional skills",
        ["Influencing, with senior colleagues and governors, the school's inclusive ethos, policies and use of "
         "resources", "Days 1 and 8", "A1 (improvement plan); A3"],
        ["Identifying pupils with SEN, setting targets, planning interventions and reviewing progress",
         "Day 4", "A2"],
        ["Using assessments by other professionals to shape teaching", "Day 4", "A2"],
        ["Using summative assessment, including national tests, to track progress", "Day 5 afternoon "
         "workshop", "-"],
        ["Encouraging colleagues to develop formative assessment for pupils with SEN", "Day 6",
         "A3, where the participant chooses assessment for learning as the project focus"],
        ["Special arrangements for national tests and examinations",
         "Not part of the course. The council's Assessment and Moderation Team runs an annual access "
         "arrangements briefing for SENCOs, to which participants are invited.", "-"],
        ["Provision mapping; identifying ineffective or missing provision", "Day 7", "A1 (provision map)"],
        ["Deploying and managing staff", "Day 7", "A3"],
        ["Supporting colleagues' professional development (observation, coaching, training)", "Day 8",
         "A3 (evidence of training or coaching led by the participant)"],
        ["Reviewing provision with colleagues to inform school self-evaluation", "Day 9",
         "A3 (evaluation section)"],
        ["Involving pupils in planning and reviewing their provision", "Day 7", "-"],
        ["Liaising with parents and carers", "Day 9", "A2 (parents' meeting)"],
        ["Working with other services and agencies, including voluntary organisations", "Day 9",
         "A2; A3"],
    ],
    [7.2, 4.4, 4.8],
)
p(
    "Participants also record progress against each outcome in their Personal Learning Plan, which the tutor "
    "reviews at each tutorial."
)

finish_footnotes()
doc.save(OUT)
print("wrote", OUT)
