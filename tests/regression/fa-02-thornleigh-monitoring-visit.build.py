"""fa-02-thornleigh-monitoring-visit: build script.

Provider (invented)
-------------------
Thornleigh Children's Services Ltd, a private company running four independent
residential special schools for young people aged 10-18 with behavioural,
emotional and social difficulties (three dual-registered as children's homes).
Its training arm, the Thornleigh Institute for Professional Practice, has run a
pilot Postgraduate Certificate in SEN Coordination since September 2008 (14
participants), validated by the (invented) St Wystan's University College, and
seeks approval for it as the National Award from September 2009.

Kind of document and layout
---------------------------
The report of a termly *independent monitoring visit* to the programme, made under
the company's "Thornleigh Quality Framework", which extends to its other services
the independent visits that Regulation 33 of the Children's Homes Regulations 2001
requires in its children's homes. Sent, with a one-page covering note from the
Director of Education and Training, as the application ("it describes the
programme as it is actually running"). Written in the visitor's first person
singular, with reported speech ("The Programme Leader told me..."), findings under
the visitor's own headings, a study-day table, a staff table, "My opinion",
a table of progress on previous recommendations (Ref, Recommendation, Status,
Comment), a table of new recommendations with the provider's response column,
a signature block, and Appendix 1: the Institute's Outcome Record as examined,
with the Institute's own numbering 1-27, shaded merged group rows and a
"Visitor's note" column. Real Word footnotes (three), a page header and a
footer with a PAGE field. Quoted forms and the report's own paragraph numbers
(3.1-3.12) collide with requirement ids incidentally.

Traps (requirement ids affected)
--------------------------------
* On paper, not in practice (2.2 partial): the Handbook promises an Individual
  Learning Plan; "None had an Individual Learning Plan"; the provider's response
  is only "Accepted in principle".
* Planned revalidation (E.2 partial): validated at Level 6; Level 7 revalidation
  is only "booked for 12 March 2009". 60 credits met. E.1 met.
* Experiential learning not credited (2.1 partial): exemption for certificated
  study only.
* Status table resolves things both ways: CRB recommendation "Completed" with
  concrete checks (5.3 met; the visitor's check of the *tutors'* single central
  record is the wrong context and not what makes it met); the Board's decision on
  an assessment-only route "Completed" (2.3 met, details in 3.2); practice visit
  added (5.5 met); reading lists "Outstanding" (1.3 partial); Heads' Reference
  Group "Outstanding" (4.2 partial: influence on development in 2007-08 only).
* Provider responses: a concrete completed one resolves the library finding
  (5.6 met); vague ones do not ("Accepted in principle", "We will consider",
  2.2, 3.3, 5.9); one is refused (6.0 "Not accepted").
* Past arrangement (3.2 partial): evening repeat sessions "were stopped in
  November"; one intake, one order.
* E-learning with a silent forum (3.3 partial): tutors answer emails, but the
  forum is unread and nothing is shared with schools.
* Aspiration (5.9 not met): the Programme Leader "would like to use" Assignment 3
  evidence; "there is no plan".
* Compensation rule (6.0 not met; 1.9 partial): award on an average mark with
  compensation; the Outcome Record is completed "for information".
* Mentor briefing incomplete (5.7 partial).
* Wrong context that does not spoil a met (1.5, 6.S7 met): the visitor's own
  conversations with pupils are a Regulation 33 routine, but the programme does
  teach and assess consulting pupils (Study Day 3, Assignment 2).
* Outcome Record (Appendix 1): Practice Journal "not marked" only (6.A2, 6.A3,
  6.S5 partial); taught but in no assignment (6.K3 partial); assessed but taught
  on no study day (6.K7 partial); the visitor's note contradicts the evidence
  column (6.S9 partial); no row for child development though Study Day 2 teaches
  it (6.K4 partial); "Participant's own responsibility" and dashes (6.A7 not met);
  "Not included" (6.S2b not met); access arrangements absent everywhere
  (6.S2d not met; the response only says "we will discuss").
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("fa-02-thornleigh-monitoring-visit.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
for s in ("Heading 1", "Heading 2", "Title"):
    doc.styles[s].font.name = "Calibri"
    doc.styles[s].font.color.rgb = RGBColor(0x2E, 0x4A, 0x2E)
doc.styles["Heading 1"].font.size = Pt(14)
doc.styles["Heading 2"].font.size = Pt(12)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES = []


def footnote_ref(par, text):
    """Append a real footnote reference to par; text goes into footnotes.xml."""
    FOOTNOTES.append(text)
    fid = len(FOOTNOTES)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    par._p.append(r)


def write_footnotes():
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in enumerate(FOOTNOTES, 1):
        body.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def para(text="", bold=False, italic=False, size=None, align=None, style=None, space_after=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def npara(num, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    r = p.add_run(num + "\t")
    r.bold = True
    p.add_run(text)
    return p


def bullet(text):
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(text)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)


def table(headers, rows, widths, fill="DCE8D5", size=9.5):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=size)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def add_page_field(par):
    for kind, val in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = par.add_run()
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = val
            r._r.append(it)
        elif kind == "text":
            r.text = val
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        r.font.size = Pt(8)


# ------------------------------------------------------------ header / footer
hp = sec.header.paragraphs[0]
hr = hp.add_run("Thornleigh Children\u2019s Services Ltd \u2013 Independent monitoring visit report \u2013 CONFIDENTIAL")
hr.font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Thornleigh Quality Framework form QF-3 (revised 2008)   |   Page ")
fr.font.size = Pt(8)
add_page_field(fp)

# ------------------------------------------------------------ covering note
para("THORNLEIGH CHILDREN\u2019S SERVICES LTD", bold=True, size=12)
para("Thornleigh Institute for Professional Practice\nRookby Grange, Amberley Lane, Rookby AM4 9JT",
     size=9.5)
para("To: the Training and Development Agency for Schools, SENCO training approvals\n"
     "From: Dr Neil Aske, Director of Education and Training\n"
     "Date: 3 February 2009", size=10)
para("Application for approval: Postgraduate Certificate in SEN Coordination", bold=True)
para("We have chosen to send, as our application, the report of the most recent independent monitoring visit to our "
     "SENCO programme, made on 15 January 2009. We considered writing a fresh description, but the report describes "
     "the programme as it is actually running in its pilot year, including the things that are not yet right, and we "
     "think that is more useful to the panel than a description of how we intend it to run. The company\u2019s "
     "response to each new recommendation, agreed by the Board on 2 February 2009, is in the final column of the "
     "table in Part 6. The Outcome Record that the visitor examined is Appendix 1.")
para("We should be glad to answer any questions, and the Programme Leader, Carol Hebden, can be reached at the "
     "Institute on 01638 552 410.")
para("Neil Aske", italic=True)
doc.add_page_break()

# ------------------------------------------------------------ title block
para("Thornleigh Quality Framework", bold=True, size=11, space_after=0)
para("Report of an independent monitoring visit", bold=True, size=18)
table(["", ""], [
    ["Service visited", "Thornleigh Institute for Professional Practice: Postgraduate Certificate in SEN Coordination "
                        "(pilot cohort 2008-09)"],
    ["Provider", "Thornleigh Children\u2019s Services Ltd"],
    ["Responsible individual", "Dr Neil Aske, Director of Education and Training"],
    ["Date of visit", "Thursday 15 January 2009, 8.45 am to 5.30 pm"],
    ["Announced?", "Yes (to see a study day in progress)"],
    ["Visit number", "3 (previous visits: 10 July 2008, 9 October 2008)"],
    ["Independent visitor", "Margaret Ellory"],
    ["Report to", "Board of Directors; Director of Education and Training; Programme Leader"],
], widths=[4.5, 12.0])
para()

# ------------------------------------------------------------ Part 1
doc.add_heading("Part 1  About this visit", level=1)
p = npara("1.1", "Thornleigh Children\u2019s Services Ltd runs four independent residential special schools for young "
          "people aged 10 to 18 with behavioural, emotional and social difficulties: Greystones School, Netherby; "
          "Oakwell House School, Tillbury; Rookby Grange School, near Amberley; and Cowley Mill School, a school for "
          "girls near Tillbury. Three of the four are also registered as children\u2019s homes, and for these the "
          "company commissions the monthly independent visits that the regulations require.")
footnote_ref(p, "Regulation 33 of the Children\u2019s Homes Regulations 2001 requires a monthly visit by a person "
                "independent of the home\u2019s management, who must interview children and staff, inspect records and "
                "write a report, including an opinion, for the registered provider.")
npara("1.2", "Under the Thornleigh Quality Framework the company applies the same kind of independent visit to its other "
      "services, including the Thornleigh Institute for Professional Practice, which it set up in 2007 to train its own "
      "staff and, since September 2008, teachers from other schools. I have been the independent visitor for Rookby "
      "Grange since 2005 and for the Institute since July 2008. I am not employed by the company and have no part in "
      "its management. Until 2006 I inspected residential special schools for the Commission for Social Care "
      "Inspection; before that I was deputy head of a day special school.")
npara("1.3", "My visits to the Institute are termly and may be announced or unannounced. I announced this one because I "
      "wanted to see a study day in progress: Study Day 4, held in the conference room at Rookby Grange. I was asked to "
      "look in particular at whether the programme is ready to be put forward to the TDA for approval as the National "
      "Award for SEN Coordination from September 2009.")
npara("1.4", "As on every visit I looked at four things: whether the programme runs as the Programme Handbook says it "
      "does; whether participants are safe, treated fairly and able to take a full part; what has happened to my earlier "
      "recommendations; and what the programme is doing for the children and young people it is meant to help.")

# ------------------------------------------------------------ Part 2
doc.add_heading("Part 2  Who I spoke to and what I looked at", level=1)
para("I spoke to:", bold=True, space_after=2)
for b in ["Carol Hebden, Programme Leader, for most of the morning and again at the end of the day;",
          "the two module tutors who were teaching, Dr Simon Wragg and Amina Qureshi;",
          "nine of the fourteen participants, as a group over lunch and three of them on their own;",
          "two mentors, one from a Thornleigh school and one from a partner school;",
          "the headteacher of Netherby Community Primary School, who sits on the Programme Committee;",
          "Thornleigh\u2019s Head of Psychology, Dr Helen Brack;",
          "two pupils at Rookby Grange (Years 9 and 10) whose SENCO is on the programme, with their agreement and "
          "with their key worker present."]:
    bullet(b)
para("I looked at:", bold=True, space_after=2)
for b in ["the Programme Handbook (version 1.2, August 2008) and the three assignment briefs;",
          "the validation report and partnership agreement with St Wystan\u2019s University College (June and July 2008);",
          "the participant register and six participants\u2019 files, chosen by me;",
          "the plans and materials for Study Days 1 to 4, and the Thornleigh Learning Space;",
          "four marked Assignment 1 scripts with the second marker\u2019s comments, and the external examiner\u2019s "
          "report of December 2008;",
          "the notes of the mentor briefing held on 3 November 2008;",
          "the minutes of the Programme Committee (October and December 2008) and the Board minute of 10 December 2008;",
          "the evaluation summaries for Study Days 1 to 3;",
          "the Institute\u2019s Outcome Record, which is reproduced with my notes as Appendix 1."]:
    bullet(b)

# ------------------------------------------------------------ Part 3
doc.add_heading("Part 3  What I found", level=1)

doc.add_heading("3.1  The programme and what it is for", level=2)
para("The Postgraduate Certificate in SEN Coordination is validated by St Wystan\u2019s University College, Faculty of "
     "Education, which confers the award. The Institute is an accredited partner of the University College under a "
     "five-year partnership agreement signed in July 2008; I saw the agreement and the validation report. The "
     "programme carries 60 credits, in three modules of 20 credits each.")
para("The programme was validated in June 2008 at Level 6, because the pilot was designed before the national award "
     "was announced. The Programme Leader told me that revalidation at Level 7 is booked for 12 March 2009, so that the "
     "programme can run at Masters level from September 2009 if the TDA approves it. I have not yet seen any papers for "
     "that event.")
para("The Handbook states the aim of the programme as \u201cto improve the life chances of children and young people "
     "with special educational needs by improving the skills and knowledge of the teachers who coordinate their "
     "provision\u201d. Each of the three modules has a learning outcome about pupils\u2019 well-being as well as their "
     "learning, Study Day 2 uses the five Every Child Matters outcomes as the framework for looking at a pupil\u2019s "
     "needs, and each assignment is marked in part on what the participant shows about the effect on pupils. The "
     "Programme Leader was clear that for Thornleigh\u2019s own pupils well-being and safety have to come first, and "
     "participants from mainstream schools told me this had changed how they think about the pupils they worry about "
     "most.")
para("The three modules are Module 1, Law, Policy and the SENCO (assessed by Assignment 1, the Provision Audit); "
     "Module 2, Understanding and Assessing Pupils\u2019 Needs (Assignment 2, the Pupil Case Study); and Module 3, "
     "Leading and Improving SEN Provision (Assignment 3, the Leading Change Project).")

doc.add_heading("3.2  Admission and starting points", level=2)
para("Applicants must hold QTS, be their school\u2019s SENCO or have been designated to become it, and be nominated by "
     "their headteacher, who must agree to release them for the six study days and the practice visit. Each applicant "
     "completes a Starting Profile, rating himself or herself against every line of the Outcome Record, and has a "
     "Starting Interview with the Programme Leader, who uses the Profile and a short written piece to judge whether the "
     "applicant is ready for the programme. For the pilot she turned down three applicants: two because they did not "
     "hold QTS and one because her headteacher would not release her. In each case she wrote to the applicant and the "
     "headteacher explaining what would need to change, and I saw the letters.")
para("A participant who has passed a 20-credit module in SEN at Level 6 or above elsewhere may be exempted from "
     "Module 1; one pilot participant was exempted in this way. Experience is not credited. The University "
     "College\u2019s regulations for partner programmes do not allow the accreditation of experiential learning, and the "
     "Programme Leader confirmed that a participant who had been an acting SENCO for four years had to take all three "
     "modules.")
para("Section 4 of the Handbook says that the Starting Interview \u201cresults in an Individual Learning Plan setting "
     "out the participant\u2019s priority outcomes and how the programme will address them\u201d. I sampled six "
     "participants\u2019 files. Each had a completed Starting Profile and notes of the interview. None had an Individual "
     "Learning Plan. The Programme Leader told me that in the pilot year there had not been time to write them, and "
     "the participants I spoke to did not know that they were meant to have one.")
p = para("At my last visit I asked the company to decide whether to offer an assessment-only route (R2.2). The Board "
         "agreed on 10 December 2008 to offer one from September 2009, and I saw the Board minute and the procedure. A "
         "teacher who has led SEN provision for at least three years may apply. He or she submits a portfolio mapped "
         "against every line of the Outcome Record, which the Programme Leader and a University College tutor assess "
         "separately, followed by an hour\u2019s professional discussion with both of them. A candidate who shows every "
         "outcome is recommended to the University College\u2019s Board of Examiners for the award; one who does not is "
         "told which outcomes are missing and offered the relevant modules.")
footnote_ref(p, "The fee for the assessment-only route is \u00a3900. The Programme Leader has had two enquiries, both "
                "from teachers in local authority behaviour support services.")

doc.add_heading("3.3  Study days, the Learning Space and support between study days", level=2)
para("The programme has six study days, held on Thursdays at Rookby Grange between September and June, a two-day "
     "practice visit in February (3.7), three individual tutorials and a mentor\u2019s observation each term. All "
     "participants start in September and take the modules in the same order. In the autumn term participants could "
     "also attend a repeat of each study day as an evening session at Oakwell House; these were stopped in November "
     "because only two people came. A participant who misses a study day catches up through the materials on the "
     "Learning Space, and a participant who falls seriously behind may defer to the next cohort.")
para("The Thornleigh Learning Space is the company\u2019s Moodle site. For each study day it holds the slides, the "
     "readings and a recording of the morning lecture, and there is a forum for the cohort. The forum had 31 posts in "
     "September and October and none since. No tutor posts in the forum or reads it regularly. Participants told me "
     "that between study days they email their module tutor, who usually replies within three working days, and that "
     "the forum \u201cfelt pointless\u201d once it was clear that the tutors were not looking at it. Nothing on the "
     "Learning Space is shared with participants\u2019 schools or headteachers.")
para("Within the common programme participants choose the pupil for Assignment 2 and the change for Assignment 3 from "
     "their own school\u2019s priorities, agree the focus of each tutorial with their tutor, and choose their practice "
     "visit school from a list of five. The fee for 2009-10 will be \u00a31,650, which includes lunches and the practice "
     "visit; Thornleigh pays for its own teachers. Study days are held in the company\u2019s own conference room and "
     "taught largely by its own staff, which the Programme Leader says keeps the fee about a third below that of the "
     "nearest university course. The participants I spoke to thought it good value.")

doc.add_heading("3.4  What is taught", level=2)
para("The study days are set out in the Handbook as follows. I saw the plans for Days 1 to 4 and sat in on Day 4.")
table(["Day", "Date", "Theme", "What participants do"], [
    ["1", "18 Sept 2008", "The law, the Code and the SENCO",
     "The SEN Code of Practice (2001); the SEN and Disability Act 2001; the Disability Discrimination Act as amended in "
     "2005 and the Disability Equality Duty; the SENCO Regulations 2008; Every Child Matters and the Common Assessment "
     "Framework; the roles of CAMHS, social care, the educational psychology service and the youth offending team; "
     "an exercise on each participant\u2019s school SEN policy."],
    ["2", "16 Oct 2008", "Development, attachment and learning",
     "How children develop and what disrupts development; attachment and trauma; the main kinds of SEN and disability "
     "\u2013 behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autism and moderate learning difficulties \u2013 and how each affects learning. "
     "Led with the Head of Psychology."],
    ["3", "20 Nov 2008", "Hearing the pupil; working with families",
     "Practising structured conversations with pupils about their learning; person-centred reviews; role-play of a "
     "difficult meeting with parents; a session co-led by a parent from the Thornleigh Parents\u2019 Forum."],
    ["4", "15 Jan 2009", "Assessment, planning and review",
     "Using the assessments of psychologists, therapists and other professionals; setting targets; individual education "
     "plans and provision maps; helping colleagues to use formative assessment with pupils with SEN; ICT for "
     "assessment and access."],
    ["Visit", "Feb 2009", "Practice visit",
     "Two days with the SENCO of a partner mainstream school or a special school other than the participant\u2019s own, "
     "with set visit tasks."],
    ["5", "19 Mar 2009", "Leading colleagues",
     "Working with the headteacher, senior leaders and governors; deploying and managing teaching assistants; "
     "observation, feedback and coaching; working with other services and voluntary organisations, with a speaker from "
     "the Netherby Young Carers Project."],
    ["6", "11 Jun 2009", "Reviewing provision; looking forward",
     "Reviewing the effectiveness of provision with colleagues; the Looking Forward session (3.11)."],
], widths=[1.2, 2.2, 3.6, 9.6])
para()
para("Day 4 was well taught. I watched participants work in threes on a real (anonymised) psychologist\u2019s report, "
     "turning its recommendations into targets a class teacher could use, and the tutor made a point of asking how each "
     "group would know in six weeks whether the targets had worked.")
para("The reading lists in the Handbook are the ones written for validation in 2007, and nothing on them is later than "
     "2004: the Code of Practice, Removing Barriers to Achievement and Ofsted\u2019s report of that year on inclusive "
     "schools. Tutors do bring in newer material, and Day 1 covered the 2008 SENCO Regulations, but my recommendation to "
     "update the lists (R1.4) is still outstanding.")

doc.add_heading("3.5  Participants\u2019 access and well-being", level=2)
para("The application form asks whether the applicant has a disability or health condition for which he or she would "
     "like adjustments, and explains why the question is asked and who will see the answer; the Starting Interview "
     "returns to it. One participant is deaf: a portable induction loop is now used in the conference room, tutors wear "
     "a radio microphone, and transcripts of the recorded lectures are put on the Learning Space. Another participant "
     "has dyslexia: she receives handouts a week before each study day on coloured paper, and the University "
     "College\u2019s disability adviser has agreed extra time for her assignments. With the participant\u2019s consent, "
     "practice visit schools are told of any adjustments before the visit. The Institute\u2019s equality scheme (2008) "
     "sets out how it meets the disability, race and gender duties, and the Programme Committee reviews the register of "
     "adjustments each term. Participants told me they had been treated fairly.")

doc.add_heading("3.6  Safety and suitability", level=2)
para("At my last visit I recommended that the Institute record the enhanced CRB disclosure of every participant before "
     "the first study day (R2.1). This has been done; see Part 5. I also looked at the single central record for the "
     "Institute\u2019s five tutors, which was complete.")
para("Participants on practice visits are never left alone with pupils, and the host school is given the "
     "participant\u2019s disclosure details in advance. When I spoke to the two pupils at Rookby Grange their key worker "
     "was present throughout.")

doc.add_heading("3.7  Staff, mentors and specialist expertise", level=2)
table(["Name", "Role", "Background"], [
    ["Carol Hebden", "Programme Leader; tutor, Module 1",
     "MA (Special and Inclusive Education), NPQH, QTS. SENCO in two secondary schools for eleven years; deputy head of "
     "Greystones School 2004-07."],
    ["Dr Simon Wragg", "Tutor, Module 2",
     "Chartered educational psychologist; PhD on reading difficulties in excluded pupils. Local authority EP for ten "
     "years; Thornleigh psychology team since 2006."],
    ["Amina Qureshi", "Tutor, Module 3",
     "MEd, QTS. Advanced Skills Teacher for inclusion; assistant head (inclusion) at Tillbury High School 2003-08."],
    ["Dr Joan Pettifer", "University College link tutor; second marker",
     "Principal Lecturer in Special Education, St Wystan\u2019s University College."],
    ["Two sessional tutors", "Day 2 and Day 3 sessions",
     "The Head of Psychology and a speech and language therapist from the company\u2019s clinical team."],
], widths=[3.3, 4.0, 9.3])
para()
para("Each tutor has four days a year for professional development, and the Programme Leader and Dr Wragg both sit on "
     "the Netherby SENCO Forum, which keeps them in touch with mainstream schools. Tutors attended the University "
     "College\u2019s induction for partner staff in September 2008.")
p = para("Each participant has a mentor, a senior colleague in his or her own school, who observes the participant "
         "leading a meeting or session once a term and completes the Observed Practice record (pass or refer). The "
         "Institute held a briefing for mentors on 3 November 2008, covering the role, the observation record and the "
         "standard expected. All four mentors from Thornleigh schools attended, but two of the five mentors from partner "
         "schools did not and have not been briefed since. One of these had completed an observation record without "
         "knowing what a pass required.")
footnote_ref(p, "The Handbook calls mentors \u201cpractice tutors\u201d; everyone I spoke to calls them mentors.")
para("Participants can draw on the company\u2019s clinical team: two clinical psychologists, an educational "
     "psychologist, a speech and language therapist and a CAMHS liaison nurse. Members of the team teach on Days 2 and "
     "4, and each participant may discuss the pupil for the case study with a psychologist. Since my first visit the "
     "Institute has added a two-day practice visit in February (R1.2): each participant spends two days with the SENCO "
     "of a partner mainstream school or of a special school other than his or her own, with tasks set by the tutors; "
     "the Programme Leader visits the host schools beforehand and has agreed with each host SENCO what the participant "
     "will see.")

doc.add_heading("3.8  Resources", level=2)
para("Study days take place in a well-equipped conference room, and participants can use the school\u2019s ICT suite of "
     "ten computers with assistive software. The Institute has a small library of about 200 books, and the psychology "
     "team lends its assessment materials. Participants were told at validation that they would have access to the "
     "University College library. None of the participants I spoke to had a library login, and the Programme Leader "
     "told me that access \u201cis being sorted out\u201d. For a programme at postgraduate level this matters.")

doc.add_heading("3.9  Assessment and the award", level=2)
para("Assignment 1, the Provision Audit (4,000 words), asks the participant to audit the school\u2019s SEN policy and "
     "provision against the law and the Code of Practice, using the school\u2019s self-evaluation form, to produce a "
     "provision map, to describe the part played by outside agencies, and to make recommendations to senior leaders and "
     "governors. Assignment 2, the Pupil Case Study (4,000 words), follows one pupil: the assessments of other "
     "professionals, the pupil\u2019s own views gathered by the participant, the participant\u2019s work with the "
     "pupil\u2019s parents or carers, the targets set, the intervention and its review with data. Assignment 3, the "
     "Leading Change Project (4,000 words and a presentation), reports a change the participant has led with colleagues "
     "in his or her school. The brief requires the project to show how the participant deployed and managed teaching "
     "assistants or other support staff in making the change, and how he or she helped teachers to use formative "
     "assessment with the pupils concerned, and to end with an evaluation of the change carried out with staff.")
para("Participants also pass or are referred on Observed Practice, and they must hand in a Practice Journal, which is "
     "not marked.")
para("In the pilot year every assignment is marked blind by the module tutor and by the University College link tutor. "
     "The University College\u2019s external examiner, Dr Ruth Hollings of the University of Eastbridge, read eight "
     "Assignment 1 scripts in December and reported that the marking was \u201caccurate and consistent\u201d. Marks are "
     "confirmed by the University College\u2019s Board of Examiners.")
para("The University College\u2019s regulations for the certificate say that the award is made to a participant who "
     "achieves an average mark of at least 50 across the three assignments, passes Observed Practice and has no "
     "assignment mark below 40, so a mark between 40 and 49 in one assignment may be compensated by the others. The "
     "Outcome Record is completed by the module tutors for information and plays no part in the award decision. A "
     "participant could therefore receive the award without having shown every outcome.")

doc.add_heading("3.10  Partners\u2019 views", level=2)
para("Before the pilot, in spring 2007, the Institute surveyed the SENCOs and headteachers of 26 schools in Netherby, "
     "Tillbury and East Amberley, the three authorities that place most pupils with Thornleigh, and set up a Heads\u2019 "
     "Reference Group of four mainstream headteachers, two Thornleigh headteachers and the Netherby SEN manager. The "
     "survey found that behaviour and the return of pupils to mainstream school were the greatest training need, that "
     "SENCOs wanted practical help with provision mapping, and that headteachers wanted a mentor in school. I could see "
     "each of these in the programme: Module 2\u2019s weight on behavioural, emotional and social difficulties, the "
     "provision mapping on Day 4, and the mentors.")
para("The Reference Group met three times in 2007-08, and its minutes show that it moved the study days from Fridays "
     "to Thursdays and asked for the practice visit. It has not met since May 2008, and my recommendation that it be "
     "reconvened (R2.4) is outstanding. Nobody I spoke to could tell me of any change to the programme since it began "
     "that had come from schools, parents or participants.")
para("Partners do take part in the programme and its review. The headteacher of Netherby Community Primary School sits "
     "on the Programme Committee, which considers the study-day evaluations and the external examiner\u2019s report; a "
     "parent from the Thornleigh Parents\u2019 Forum co-leads part of Day 3; and SENCOs in partner schools host the "
     "practice visits.")

doc.add_heading("3.11  Quality and improvement", level=2)
para("Participants complete an evaluation at the end of each study day, and the summaries go to the Programme "
     "Committee, which meets each term. Its December minutes record two changes made as a result: the recordings of the "
     "morning lecture were put on the Learning Space, and more tutorial time was given to planning Assignment 2. The "
     "University College\u2019s annual monitoring of partner programmes, the external examiner\u2019s reports and my "
     "reports to the Board provide the outside view, and the Board receives a report from the Programme Committee each "
     "term.")
para("The last study day ends with the Looking Forward session, in which each participant drafts three professional "
     "targets for the following year on the Institute\u2019s Next Steps form, to be discussed with his or her headteacher "
     "at the next performance management meeting. I saw the form and the session plan.")
para("I asked how the Institute will know whether the programme makes a difference to what participants can do, or to "
     "how their pupils get on. The evaluation forms ask how useful each day was. The Programme Leader told me that she "
     "would like to use the evidence in the Leading Change Projects for this in future, but there is no plan, and apart "
     "from marks there is no measure of participants\u2019 confidence or competence at the start and end.")

doc.add_heading("3.12  Children and young people", level=2)
para("As on every visit, I spoke to young people. The two pupils at Rookby Grange knew that their SENCO was "
     "\u201cdoing a course\u201d. One had been asked by her for the case study what helps him in lessons and what "
     "doesn\u2019t, and had seen his answers written into his plan; he said it was the first time anyone had asked. "
     "Neither had any concerns about their care.")

# ------------------------------------------------------------ Part 4
doc.add_heading("Part 4  My opinion", level=1)
para("In my opinion the programme is being run safely and fairly, participants value it, and the teaching I saw was "
     "good. It is not yet ready to be put forward as the National Award without changes. The award does not depend on "
     "the outcomes being shown (3.9), the programme has still to be revalidated at Level 7 (3.1), the Individual "
     "Learning Plans promised in the Handbook have not been written (3.2), and there are gaps in the Outcome Record "
     "(Appendix 1).")

# ------------------------------------------------------------ Part 5
doc.add_heading("Part 5  Progress on earlier recommendations", level=1)
table(["Ref", "Recommendation", "Status", "Comment"], [
    ["R1.2 (July 2008)", "Give participants experience of practice in a school other than their own.", "Completed",
     "Two-day practice visit added for February 2009 (3.7)."],
    ["R1.4 (July 2008)", "Bring the reading lists up to date.", "Outstanding",
     "Nothing on the lists is later than 2004 (3.4)."],
    ["R2.1 (Oct 2008)", "Record every participant\u2019s enhanced CRB disclosure before the first study day.", "Completed",
     "I checked the register. For all fourteen participants the number and date of the enhanced disclosure are recorded, "
     "with the headteacher\u2019s written confirmation that the participant is not barred from work with children and "
     "is not subject to disciplinary proceedings; for the nine from Thornleigh schools the entry was also checked "
     "against the company\u2019s single central record. Two disclosures more than three years old were renewed before the "
     "practice visit. The Handbook now makes this a condition of joining."],
    ["R2.2 (Oct 2008)", "Decide whether to offer an assessment-only route.", "Completed",
     "Board decision of 10 December 2008 (3.2)."],
    ["R2.3 (Oct 2008)", "Brief all mentors before they observe.", "Partly done",
     "Briefing held on 3 November; two partner-school mentors not yet briefed (3.7)."],
    ["R2.4 (Oct 2008)", "Reconvene the Heads\u2019 Reference Group.", "Outstanding", "Not met since May 2008 (3.10)."],
], widths=[2.4, 4.6, 2.2, 7.4])
para()

# ------------------------------------------------------------ Part 6
doc.add_heading("Part 6  New recommendations and the company\u2019s response", level=1)
para("The company\u2019s responses were agreed by the Board on 2 February 2009 and added by the Director of Education "
     "and Training.", italic=True)
table(["Ref", "Recommendation (visit 3)", "Company\u2019s response"], [
    ["N3.1", "Write the Individual Learning Plans that the Handbook promises, and review them at tutorials.",
     "Accepted in principle. We will look at how best to do this for the next cohort."],
    ["N3.2", "Make the Learning Space a place where tutors and participants work together between study days, and use "
     "it to keep headteachers informed.",
     "Accepted. The Programme Leader will consider the options with the company\u2019s IT team."],
    ["N3.3", "Agree how the effect of the programme on participants and on their pupils will be measured.",
     "Accepted. We will consider with the University College how this might be done."],
    ["N3.4", "Make the award depend on every outcome being shown, not on an average mark.",
     "Not accepted. The compensation rule is part of the University College\u2019s standard regulations for partner "
     "programmes and we cannot depart from them. In practice we expect participants who pass to have met the outcomes."],
    ["N3.5", "Fill the gaps in the Outcome Record, including child development and access arrangements for tests and "
     "examinations.",
     "Accepted. Child development is already taught on Study Day 2 and we will add it to the Outcome Record. On access "
     "arrangements, we will discuss with the University College whether a session can be added."],
    ["N3.6", "Give every participant access to the University College library.",
     "Completed. Since 26 January 2009 all participants have had remote access to the University College library and "
     "its electronic journals with their student login, and may borrow books by post."],
    ["N3.7", "Brief the two remaining mentors before the spring observations.",
     "Accepted. We will try to arrange this before the next observations."],
], widths=[1.4, 7.2, 8.0])
para()
para("Margaret Ellory", bold=True, space_after=0)
para("Independent visitor, Thornleigh Quality Framework", space_after=0)
para("Report signed 22 January 2009", space_after=0)
para("Copies: Board of Directors; Dr N. Aske; C. Hebden; file QF-3/INST/03")

# ------------------------------------------------------------ Appendix 1
doc.add_page_break()
doc.add_heading("Appendix 1  The Institute\u2019s Outcome Record, as examined on 15 January 2009", level=1)
para("The first four columns are the Institute\u2019s (Handbook, Appendix C). The last column is mine. Assignments 2 "
     "and 3 had not yet been submitted, so for them I looked at the briefs.", italic=True)
OR = [
    ("G", "Personal qualities"),
    ("1", "Relationships with pupils and their families that are fair, respectful and supportive", "3",
     "Assignment 2; Observed practice", ""),
    ("2", "Gaining the commitment of the head, senior staff and colleagues", "5", "Practice Journal",
     "The Journal is not marked."),
    ("3", "Managing time, setting priorities and delegating", "5", "Practice Journal", "The Journal is not marked."),
    ("4", "Solving problems and making sound decisions about provision", "4", "Assignment 2", ""),
    ("5", "Speaking and writing clearly; listening to others", "All", "Assignments 1-3; Observed practice", ""),
    ("6", "Using research and expert advice to improve own and others\u2019 practice", "2, 4",
     "Assignment 2 (literature section)", ""),
    ("7", "Keeping up to date and taking charge of own CPD", "\u2013", "\u2013",
     "The Programme Leader regards this as the participant\u2019s own responsibility."),
    ("G", "Knowledge"),
    ("8", "SEN law, the Code of Practice and guidance, and using them in school", "1", "Assignment 1",
     "Seen in all four scripts I read."),
    ("9", "Every Child Matters and the SENCO\u2019s part in it", "1", "Assignment 1", ""),
    ("10", "Disability equality law and what it requires of schools", "1", "\u2013",
     "Taught on Day 1; not in any assignment brief."),
    ("11", "The main kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, autism, MLD) and their effect "
           "on learning", "2", "Assignment 2", ""),
    ("12", "Approaches to assessment, planning and teaching, including ICT", "4", "Assignment 2", ""),
    ("13", "School self-evaluation and SEN", "\u2013", "Assignment 1", "No study day covers this."),
    ("14", "Best practice and research on meeting SEN", "2, 4", "Assignment 2", ""),
    ("15", "External agencies and getting specialist support", "1, 5", "Assignment 1", ""),
    ("G", "Skills"),
    ("16", "Working with senior leaders and governors on an inclusive ethos, policy, priorities and resources", "5",
     "Assignment 1 (recommendations)", ""),
    ("17", "Identifying needs, setting targets, planning interventions and reviewing progress", "4", "Assignment 2", ""),
    ("18", "Using other professionals\u2019 assessments", "4", "Assignment 2", "I saw this taught on Day 4."),
    ("19", "Using national test and other summative data to track progress", "Not included", "Not included",
     "The Programme Leader says few Thornleigh pupils sit national tests."),
    ("20", "Helping colleagues to develop formative assessment for pupils with SEN", "4", "Assignment 3", ""),
    ("21", "Provision mapping; finding ineffective or missing provision", "4", "Assignment 1", ""),
    ("22", "Deploying and managing support staff", "5", "Assignment 3", ""),
    ("23", "Supporting colleagues\u2019 development through observation, coaching and training", "5",
     "Practice Journal", "The Journal is not marked."),
    ("24", "Reviewing the effectiveness of provision with colleagues", "6", "Assignment 3", ""),
    ("25", "Involving pupils in planning and reviewing their provision", "3", "Assignment 2",
     "The brief requires the pupil\u2019s own views."),
    ("26", "Working with parents and carers", "3", "Assignment 2", ""),
    ("27", "Working with other services, including voluntary organisations", "5", "Assignment 2",
     "The Assignment 2 brief I saw does not ask about other services."),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(["No.", "Outcome", "Study day", "Evidence for the award", "Visitor\u2019s note"]):
    set_cell(t.rows[0].cells[i], h, bold=True, size=9)
    shade(t.rows[0].cells[i], "DCE8D5")
for r in OR:
    row = t.add_row()
    if r[0] == "G":
        c = row.cells[0].merge(row.cells[4])
        set_cell(c, r[1], bold=True, size=9)
        shade(c, "EFEFEF")
        continue
    for i, v in enumerate(r):
        set_cell(row.cells[i], v, italic=(i == 4), size=9)
for row in t.rows:
    for i, w in enumerate([1.0, 6.4, 1.7, 3.4, 4.3]):
        row.cells[i].width = Cm(w)

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
