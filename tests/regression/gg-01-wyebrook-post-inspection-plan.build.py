"""gg-01-wyebrook-post-inspection-plan: builds gg-01-wyebrook-post-inspection-plan.docx beside itself.

PROVIDER (invented). The Wyebrook 14-19 Partnership: Wyebrook Sixth Form College,
Castle Hill School (11-18), St Anselm's Catholic High School (11-18) and Fernside
School (a special school for 11-19 year olds with moderate, severe and complex
learning difficulties), working with the University of Harnley, which has
validated the Partnership's award as the PGCert SEN Coordination (14-19),
60 credits at FHEQ level 7. The award is for SENCOs and for the College's
learning support coordinators; it has a compulsory module on transition at 16
for young people with learning difficulties and/or disabilities (LDD).

KIND OF DOCUMENT. The College's and Partnership's post-inspection action plan,
written after an (invented) Ofsted inspection of the College in October 2008,
as updated for the Corporation's Standards Committee in February 2009, and sent
whole as the application with a shaded note to the panel. The award is the
Partnership's response to "Area for Improvement 3".

LAYOUT. Portrait opening (a shaded one-cell note, a document-details table,
purpose prose, a table of inspection grades, quotations from the inspection
report, the four areas for improvement); a landscape middle with action tables
(Ref / Action / Lead / By / Success measure / Progress at 30 January 2009 /
Status) for AFIs 1, 2 and 4 and five tables 5A-5E for AFI 3; portrait annexes
(B: the award in outline, with a study-day table; C: outcomes table with merged
group rows; D: staffing). Heading styles. Page header ("RESTRICTED") and a
footer with PAGE / NUMPAGES fields. Real tracked changes (w:ins / w:del by the
Vice Principal), three Word comments, two real footnotes.

TRAPS (requirement ids).
- Ofsted's words about the College's own students: "Initial assessment is
  thorough..." (learners, not participants) sits near the award's own Starting
  Point Profile, which is concrete: 2.2 met (notes_on_met).
- Ofsted's safeguarding sentence and the AFI 1 action on the single central
  record concern College staff; the award's row 3.B2 leaves participants' CRB
  checks to the employer and "is not repeated by the Partnership"; a comment
  asks about checking and the reply is "not for this year": 5.3 not_met.
- Year 11 "link placements" and taster days are pupils' placements (AFI 1);
  participants' own two-day placements are in row 3.C4: 5.5 met (notes_on_met).
- The College's Learner Voice Forum is the College consulting its own students
  (AFI 1); the award's own development of consulting young people is in
  Module 3 and T3: 1.5 met (notes_on_met).
- Assessment-only route: the original action is a deleted tracked change; the
  inserted text defers it, status "Deferred": 2.3 not_met.
- APL of certificated study only; experiential claims "will not be accepted for
  the first cohort": 2.1 partially_met.
- One September intake, fixed order, only the option to spread over two years;
  a February start "was considered and rejected": 3.2 partially_met.
- Moodle for materials and a peer forum; the tutor-monitoring sentence is a
  deleted tracked change; e-mail tutorials "Not started": 3.3 partially_met.
- Mentor guide and briefing "Not started"; tutor team meetings are concrete:
  5.7 partially_met.
- Final day gives information about the MA only: 2.5 partially_met.
- Stakeholders deliver and host (3.C4, 3.C5) but their part in evaluation is
  "Not started": 4.3 partially_met.
- Parent Partnership officer explains the service's role (one session): 1.7
  partially_met; 6.S8 partially_met ("-" in assessment column); 6.A1 partially
  met (T3 evidences the relationship with the young person only).
- Award rule = pass all four tasks, with the blanket claim that "the tasks
  between them cover all 28 national outcomes", contradicted by Annex C:
  6.0 and 1.9 partially_met.
- Annex C: time management only "Discussed at tutorials" (6.A3 p); CPD only in
  ILP reviews, formative (6.A7 p); child development "-" (6.K4 p); school
  self-evaluation row points at the College's own self-assessment report cycle
  (wrong context, 6.K7 not_met); no row at all for formative assessment
  (6.S2c not_met); 6.S5's "T4" is a deleted tracked change, replaced by
  "Observed by mentor (not marked)" (6.S5 p); 6.S9's "T3" is an inserted
  tracked change (6.S9 met).
- Comments (not part of the submission) mention CRB, an assessment-only
  route and APEL; a footnote carries the external examiner's name (5.8 is met
  in the body anyway).
- Header "RESTRICTED ..." and footer fields carry no evidence.
"""
import copy
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
NAME = "gg-01-wyebrook-post-inspection-plan"
OUT = HERE / (NAME + ".docx")

AUTHOR = "Karen Okafor"
DATE = "2009-01-30T16:20:00Z"
_rev = [100]


def _next():
    _rev[0] += 1
    return str(_rev[0])


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(par, text, bold=False):
    w = OxmlElement("w:ins")
    w.set(qn("w:id"), _next())
    w.set(qn("w:author"), AUTHOR)
    w.set(qn("w:date"), DATE)
    w.append(_run_el(text, bold=bold))
    par._p.append(w)


def dele(par, text):
    w = OxmlElement("w:del")
    w.set(qn("w:id"), _next())
    w.set(qn("w:author"), AUTHOR)
    w.set(qn("w:date"), DATE)
    w.append(_run_el(text, deleted=True))
    par._p.append(w)


FOOTNOTES = []


def footnote(par, text):
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


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_field(par, instr):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    f.append(r)
    par._p.append(f)


def fill(cell, content, bold=False, size=None):
    """content: str, or list of str (paragraphs), or callable(paragraph)."""
    cell.paragraphs[0].text = ""
    if callable(content):
        content(cell.paragraphs[0])
        return
    items = content if isinstance(content, list) else [content]
    for i, txt in enumerate(items):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(txt)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def table(doc, headers, rows, widths, size=9, head_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        fill(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, c in enumerate(row):
            fill(cells[i], c, size=size)
            if not callable(c):
                for p in cells[i].paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(size)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def para(doc, text, style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return p


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

# header / footer
hp = sec.header.paragraphs[0]
hp.text = "RESTRICTED until approved by the Corporation  |  Wyebrook Sixth Form College and Wyebrook 14-19 Partnership  |  Post-Inspection Action Plan v3"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Page ").font.size = Pt(8)
add_field(fp, "PAGE")
fp.add_run(" of ").font.size = Pt(8)
add_field(fp, "NUMPAGES")
fp.add_run("   Owner: Vice Principal (Curriculum and Quality)   Printed copies are uncontrolled").font.size = Pt(8)

# shaded note to the panel
nt = doc.add_table(rows=1, cols=1)
nt.style = "Table Grid"
shade(nt.rows[0].cells[0], "FFF2CC")
fill(nt.rows[0].cells[0], [
    "Note for the TDA approval panel",
    "The Wyebrook 14-19 Partnership sends this plan, as it was updated for the Corporation's Standards Committee on 4 February 2009, as its application for approval to offer the national award for SENCOs. The award is our answer to Area for Improvement 3 of the College's inspection. It is set out in Section 5 (tables 5A to 5E) and in Annexes B, C and D. Sections 3 and 4 are left in because the award's transition strand grew directly out of them, and the panel will want to see how it fits the rest of our work. Entries in the Progress column are as at 30 January 2009; changes made at the Standards Committee are shown as tracked changes.",
    "Contact: Karen Okafor, Vice Principal (Curriculum and Quality), Wyebrook Sixth Form College, Ashby Road, Wyebrook.",
], size=9.5)
nt.rows[0].cells[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
title = doc.add_paragraph(style="Title")
title.add_run("Post-Inspection Action Plan 2008-2010")
para(doc, "Wyebrook Sixth Form College and the Wyebrook 14-19 Partnership", style="Subtitle")
para(doc, "Following the Ofsted inspection of Wyebrook Sixth Form College, 13-17 October 2008 (report published 28 November 2008)", italic=True)

doc.add_heading("1. Document details", level=1)
table(doc, ["Item", "Detail"], [
    ["Title", "Post-Inspection Action Plan 2008-2010"],
    ["Version", "3 (version 1 to the Corporation, 10 December 2008; version 2 to the Partnership Board, 15 January 2009; version 3 to the Standards Committee, 4 February 2009)"],
    ["Owner", "Karen Okafor, Vice Principal (Curriculum and Quality)"],
    ["Partners", "Wyebrook Sixth Form College; Castle Hill School; St Anselm's Catholic High School; Fernside School; University of Harnley (School of Education and Lifelong Learning)"],
    ["Approved by", "Corporation of Wyebrook Sixth Form College (AFIs 1, 2 and 4); Wyebrook 14-19 Partnership Board (AFI 3)"],
    ["Monitored by", "Standards Committee (termly); Partnership Board (each half term)"],
    ["Next full review", "July 2009"],
], [4, 12.5])

doc.add_heading("2. Why we have written this plan", level=1)
para(doc, "Ofsted inspected the College in October 2008 under the Common Inspection Framework. The inspection judged the College good overall, with good capacity to improve. Inspectors also looked closely at how well the College works with its three partner schools in the Wyebrook 14-19 Partnership, because almost two thirds of our students join us from Castle Hill, St Anselm's and Fernside, and because more than 40 Year 10 and 11 students from the schools study part of their week on our site.")
para(doc, "The report identified four areas for improvement. This plan sets out what we will do about each of them, who will lead, by when, and how we will know it has worked. Three of the four are matters for the College alone. The third, about the way support for young people with learning difficulties and/or disabilities (LDD) is coordinated across the Partnership, cannot be solved by the College on its own, and the Partnership Board agreed in December 2008 that the heart of our response would be a specialist award for the people who coordinate that support in all four institutions. That award is the subject of Section 5.")
para(doc, "Throughout the plan \"we\" means the College and its partner schools acting together through the Partnership Board, unless a row names one institution. In the award's tables \"participants\" means the SENCOs and learning support coordinators taking the award, and \"learners\" or \"young people\" means the students and pupils they work with.")

doc.add_heading("3. What the inspection found", level=1)
para(doc, "The grades awarded were as follows (1 outstanding, 2 good, 3 satisfactory, 4 inadequate).")
table(doc, ["Aspect", "Grade"], [
    ["Overall effectiveness of provision", "2"],
    ["Capacity to improve", "2"],
    ["Achievement and standards", "2"],
    ["Quality of provision", "2"],
    ["Leadership and management", "2"],
    ["Equality of opportunity (contributory grade)", "3"],
    ["Sector subject area: Preparation for life and work (Foundation Learning)", "3"],
], [12, 3])
doc.add_paragraph()
para(doc, "Key strengths quoted from the report", bold=True)
p = para(doc, "\u2022 \"Initial assessment is thorough and learners' support needs are identified quickly, usually within the first two weeks of their course.\"")
p = para(doc, "\u2022 \"Arrangements for safeguarding learners meet current government requirements. All staff have been checked with the Criminal Records Bureau and the single central record is well maintained.\"")
footnote(p, "Ofsted, Wyebrook Sixth Form College inspection report, November 2008, paragraph 38. The same paragraph notes that a small number of visiting staff from partner schools were not yet on the College's record; see action 1.6.")
para(doc, "\u2022 \"Learners value the Learner Voice Forum and can point to changes it has brought about, for example in the timing of the enrichment programme.\"")
para(doc, "\u2022 \"Retention and success rates on advanced level courses are high and improving.\"")
para(doc, "Areas for improvement quoted from the report", bold=True)
para(doc, "AFI 1  \"The transfer of information about learners with learning difficulties and/or disabilities from partner schools is inconsistent, and some learners start their courses without the support they need.\"")
para(doc, "AFI 2  \"Success rates on level 2 courses are below the national average for sixth form colleges.\"")
para(doc, "AFI 3  \"Across the partnership, staff who coordinate support for learners with learning difficulties and/or disabilities have widely varying levels of specialist training, and the quality of that coordination is uneven.\"")
para(doc, "AFI 4  \"The virtual learning environment is underused in many subjects.\"")

# ---------------- landscape section: action tables ----------------
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = sec.page_height, sec.page_width
ls.left_margin = ls.right_margin = Cm(1.8)

HEAD = ["Ref", "Action", "Lead", "By", "Success measure", "Progress at 30 January 2009", "Status"]
W = [1.3, 7.2, 2.4, 1.8, 4.2, 6.3, 2.0]

doc.add_heading("4. Areas for Improvement 1, 2 and 4: College actions", level=1)
para(doc, "These actions belong to the College and are reported to the Corporation. They are summarised here because the award in Section 5 draws on them.")
doc.add_heading("AFI 1: Transition at 16 for learners with LDD", level=2)
table(doc, HEAD, [
    ["1.1", "Agree a common transition information sheet with the three partner schools, completed for every Year 11 learner with a statement or at School Action Plus who has applied to the College.", "Head of Learning Support (College)", "Mar 2009", "Sheets received for 100% of such applicants by 30 June 2009.", "Draft sheet agreed by the three SENCOs on 22 January.", "On track"],
    ["1.2", "College learning support staff attend the Year 11 annual reviews of all statemented learners who have named the College.", "Head of Learning Support", "From Jan 2009", "Attendance at 90% of reviews.", "Attended 7 of 8 reviews held so far.", "On track"],
    ["1.3", "Link placements: Year 11 learners with LDD spend one day a week for a half term at the College in the summer term, with a learning support assistant from their school.", "14-19 Coordinator", "Jun 2009", "20 learners complete a link placement; 90% then enrol.", "Twelve places agreed with Fernside; eight with the 11-18 schools.", "On track"],
    ["1.4", "Taster days for Year 10 learners with LDD, with Connexions personal advisers present.", "14-19 Coordinator", "Jul 2009", "All Year 10 learners with statements offered a taster day.", "Dates fixed for 7 and 8 July.", "On track"],
    ["1.5", "Extend the Learner Voice Forum to include a termly meeting of learners with LDD from the College and Fernside, to tell us what helped and hindered their move at 16.", "Student Services Manager", "Apr 2009", "Minutes show at least one change made each term in response.", "First meeting 12 February.", "On track"],
    ["1.6", "Add partner-school staff who teach on the College site to the College's single central record, with CRB disclosure dates checked by Personnel.", "Personnel Manager", "Feb 2009", "Record complete for all visiting staff.", "31 of 34 entered; three chasers sent.", "On track"],
], W)
doc.add_heading("AFI 2: Level 2 success rates", level=2)
table(doc, HEAD, [
    ["2.1", "Termly progress reviews for all level 2 learners, with targets in the individual learning plan (ILP).", "Heads of Faculty", "From Jan 2009", "Level 2 success rate at or above national rate in 2009-10.", "Reviews running in all faculties.", "On track"],
    ["2.2", "Additional learning support screening for all level 2 learners in week one.", "Head of Learning Support", "Sep 2009", "All level 2 learners screened within two weeks.", "Screening tool chosen.", "On track"],
], W)
doc.add_heading("AFI 4: Use of the virtual learning environment", level=2)
table(doc, HEAD, [
    ["4.1", "Every course to have a Moodle page with its scheme of work, resources and assignment briefs.", "ILT Coordinator", "Jul 2009", "100% of courses; learner survey shows 75% use it weekly.", "68% of courses have pages.", "On track"],
    ["4.2", "Twilight Moodle training for all teaching staff, and for staff of partner schools who teach on College courses.", "ILT Coordinator", "Apr 2009", "All staff trained.", "Four sessions held; 71 staff trained.", "On track"],
], W)

doc.add_heading("5. Area for Improvement 3: the Partnership SENCO Award", level=1)
para(doc, "The Partnership Board's answer to AFI 3 is a shared, accredited award for everyone who coordinates support for young people with SEN and LDD across the four institutions: the SENCOs of the two 11-18 schools and of Fernside, and the College's learning support coordinators, who do the same job for our students. Places are also open to SENCOs from other Ashendon secondary and special schools, who pay a fee. The award is validated by the University of Harnley as the Postgraduate Certificate in SEN Coordination (14-19). Its first cohort of up to 20 participants starts in September 2009. It is built round the national outcomes for SENCOs, with one addition of our own: a compulsory module on transition at 16 for young people with learning difficulties and disabilities, which is the weakness Ofsted found.")
para(doc, "The award's aim is that young people with SEN and LDD in Wyebrook achieve more, stay safe and well, and move on successfully at 16 and 19, because the people who coordinate their support are better trained. Annex B sets out the aims and modules, Annex C shows where each national outcome is developed and assessed, and Annex D lists the staff.")

doc.add_heading("5A Accreditation and design", level=2)
table(doc, HEAD, [
    ["3.A1", "Secure validation of the award by the University of Harnley.", "Programme Leader", "Dec 2008", "Validated before recruitment opens.", "Validated on 9 December 2008 as the PGCert SEN Coordination (14-19): four modules of 15 credits, 60 credits in all at FHEQ level 7 (Masters level). Participants are registered students of the University and the award is conferred by the University.", "Complete"],
    ["3.A2", "Find out what coordinators in partnership and other Ashendon schools need from the award.", "Programme Leader", "Jun 2008", "Survey response from at least two thirds of schools.", "Questionnaire sent to the SENCOs and coordinators of 31 schools and colleges in June 2008; 24 replied. Most wanted: transition at 16 (19 of 24), exam access arrangements (17), provision mapping (15), working with families of young people over 16 (12). Ashendon's 14-19 LDD review (2008) and Connexions' destination data for learners with LDD were also used.", "Complete"],
    ["3.A3", "Design group of the Partnership's SENCOs, two heads, the Connexions LDD team leader and the Parent Partnership Service to shape the modules.", "Programme Leader", "Nov 2008", "Design changes recorded.", "Met four times. As a result: the transition module (Module 3) was made compulsory rather than optional; study days were moved to Thursdays at the heads' request; exam access arrangements were given a whole study day; and the placement was shortened from five days to two.", "Complete"],
    ["3.A4", "Keep module content current with research and inspection evidence.", "Programme Leader", "Jul 2009", "Reading lists and sessions updated before each cohort.", "Reading lists now include Ofsted, Inclusion: does it matter where pupils are taught? (2006); the Bercow Report (2008); the LSC review Through inclusion to excellence (2005); and the Lamb Inquiry's evidence as it is published. Every study day opens with a twenty-minute \"What's new\" briefing on policy, research and inspection.", "On track"],
], W)

doc.add_heading("5B Recruitment, entry and checks", level=2)
t5b = table(doc, HEAD, [
    ["3.B1", "Entry requirements and selection.", "Programme Leader", "May 2009", "All accepted participants meet the entry requirements.", "Agreed: qualified teacher status (or, for College coordinators, a teaching qualification and a degree); in post as SENCO or learning support coordinator, or designated to take up the post within a year; nomination form signed by the head or principal, committing release for all study days and naming a workplace mentor; a 500-word statement on their setting and an informal interview with the Programme Leader. Anyone who does not yet meet the requirements is advised, in writing copied to the head, on what to do first, usually our ten-week SEN Foundation twilight course.", "Complete"],
    ["3.B2", "Safeguarding.", "Programme Leader", "Dec 2008", "-", "Participants are serving teachers and coordinators employed by their schools or the College. Confirming their CRB status is a matter for the employer and is not repeated by the Partnership.", "Complete"],
    ["3.B3", "Credit for prior learning.", "Programme Leader with University Admissions", "May 2009", "Claims decided before the first study day.", "Up to 30 credits of accreditation of prior certificated learning for Masters-level SEN modules passed in the last five years, under the University's APL regulations. Claims for experiential learning will not be accepted for the first cohort.", "Complete"],
    ["3.B4", "Route for experienced coordinators.", "Partnership Board", "Sep 2009", "-", "", "Deferred"],
    ["3.B5", "Access for disabled participants.", "Programme Leader with Head of Learning Support", "Sep 2009", "Every participant who discloses a disability has agreed adjustments in place before the first study day.", "The application form invites participants to tell us about a disability or health condition. The Programme Leader and the College's additional learning support team meet anyone who does so before the course starts, to agree adjustments: for example materials in large print or electronic form a week in advance, a BSL interpreter, a hearing loop (fitted in both venues), extended deadlines, a reserved parking bay. Both venues, the College's Ashby Building and Fernside School, are fully accessible. Our publicity says this in plain words.", "Complete"],
], W)
# tracked changes in 3.B4
c = t5b.rows[4].cells[1]
c.paragraphs[0].text = ""
c.paragraphs[0].add_run("Route for experienced coordinators.").font.size = Pt(9)
c5 = t5b.rows[4].cells[5]
c5.paragraphs[0].text = ""
dele(c5.paragraphs[0], "From September 2009 experienced SENCOs may be assessed against all the outcomes without taking the modules, by portfolio and viva, at a fee of \u00a3450.")
ins(c5.paragraphs[0], "Deferred at the Standards Committee. The Board will look again at a route of this kind when the first cohort has completed.")
# comment on 3.B2
r_b2 = t5b.rows[2].cells[5].paragraphs[0].runs[0]
doc.add_comment(r_b2, text="Should we ask heads to confirm the CRB date on the nomination form? Ofsted may ask.", author="Jim Harcourt", initials="JH")
doc.add_comment(r_b2, text="Not for this year. Schools do this already. KO", author=AUTHOR, initials="KO")
r_b3 = t5b.rows[3].cells[5].paragraphs[0].runs[0]
doc.add_comment(r_b3, text="The University does allow APEL - could we offer it after all, up to 20 credits?", author="Jim Harcourt", initials="JH")

doc.add_heading("5C Programme and delivery", level=2)
t5c = table(doc, HEAD, [
    ["3.C1", "Starting Point Profile and Individual Learning Plan.", "Module tutors", "Sep 2009", "Every participant has an agreed ILP by the end of September.", "Profile written. Before the first study day each participant rates themselves against each of the 28 national outcomes, with a line of evidence for each, and their mentor adds comments. At an induction tutorial in July or early September the tutor and participant use it to agree an Individual Learning Plan: the outcomes the participant most needs to work on, the module tasks in which they will focus on them, and any outcomes already well evidenced where the time can go elsewhere. The ILP is reviewed at each of the four tutorials.", "Complete"],
    ["3.C2", "Pattern of delivery.", "Programme Leader", "Jun 2009", "Calendar published by 1 June.", "Twelve Thursday study days, September 2009 to June 2010, and four tutorials. One intake a year, in September. Modules are taken in order, 1 to 4; participants may spread the award over two years with the Board's agreement. A February start was considered and rejected on numbers.", "Complete"],
    ["3.C3", "Online support.", "ILT Coordinator", "Sep 2009", "All participants log in before the first study day.", "", "On track"],
    ["3.C3b", "E-mail tutorials between study days.", "Programme Leader", "-", "-", "To be considered once tutor hours for 2009-10 are agreed.", "Not started"],
    ["3.C4", "Workplace enquiry and placement.", "Programme Leader", "Jun 2010", "Every participant completes an enquiry and a two-day placement.", "Each participant carries out a two-term enquiry in their own school or the College (Module 4). Each also spends two days in a contrasting setting: school SENCOs in the College's Learning Support Centre or at Fernside, and College coordinators in the SEN department of Castle Hill or St Anselm's, with a host SENCO who signs the placement log. Hosts agreed by the Partnership Board; a placement brief sets out what to observe.", "Complete"],
    ["3.C5", "Specialist contributors.", "Programme Leader", "Sep 2009", "Contributors booked for all study days.", "Sessions led by an educational psychologist from Ashendon Educational Psychology Service, a speech and language therapist from Ashendon PCT, the Connexions LDD team leader, an officer of the Parent Partnership Service, and the College's examinations officer (access arrangements). Participants can e-mail the EP and the therapist with questions arising from their module tasks.", "Complete"],
    ["3.C6", "Workplace mentors and tutor team.", "Programme Leader", "Jul 2009", "All mentors briefed before September.", "Tutor team meets each half term to plan and review; the University's link tutor attends two meetings a year; new tutors are paired with an experienced one for their first module. Mentor guide and mentor briefing: not started, to be written for the summer term.", "Not started"],
    ["3.C7", "Next steps after the award.", "Programme Leader", "Jun 2010", "-", "On the last study day participants hear from the University about its MA in Inclusive Education and how their 60 credits carry forward.", "On track"],
    ["3.C8", "Resources.", "Programme Leader", "Sep 2009", "-", "Fernside's assessment library (standardised tests and communication assessments, loanable); the College's assistive technology room (Read&Write, Dragon NaturallySpeaking, Clicker, Boardmaker) for the ICT study day; module pages on Moodle; University library membership with Athens log-in for e-journals.", "Complete"],
    ["3.C9", "Cost and funding.", "Director of Finance", "May 2009", "Full cost recovered.", "Fee \u00a31,250 per participant (University registration included). Partnership participants funded from the 14-19 collaborative budget; other schools pay the fee. Cost per participant compared with two other providers' fees in the region before the fee was set.", "Complete"],
], W)
cc = t5c.rows[3].cells[5].paragraphs[0]
cc.text = ""
rr = cc.add_run("Module materials, readings and a discussion forum on the College's Moodle site; participants get their log-ins at induction. ")
rr.font.size = Pt(9)
dele(cc, "The module tutor monitors the forum twice a week and replies to questions within three working days. ")
ins(cc, "Participants use the forum to share drafts and resources between study days.")
r_c6 = t5c.rows[7].cells[5].paragraphs[0].runs[0]
doc.add_comment(r_c6, text="Can we get the mentor guide to heads before nomination? Otherwise they won't know what they're signing up to.", author="Anne Pryce", initials="AP")

doc.add_heading("5D Assessment and award", level=2)
table(doc, HEAD, [
    ["3.D1", "Assessed tasks.", "Module tutors", "Sep 2009", "Task briefs approved by the University.", "One assessed task per module, T1 to T4 (Annex C), marked against the University's Masters-level criteria. Feedback within four weeks.", "Complete"],
    ["3.D2", "Marking and moderation.", "Programme Leader", "Jun 2010", "Moderated marks confirmed by the Exam Board.", "Every fail, and a sample of at least 20% of other scripts, is second-marked blind by another tutor. A standardisation meeting is held before each marking period using two scripts marked by every tutor. The University's moderator samples each module and the University's external examiner for the award sees the whole sample and attends the Exam Board.", "Complete"],
    ["3.D3", "Award.", "Partnership Award Board", "Jul 2010", "-", "The Award Board recommends the award to the University's Exam Board when a participant has passed all four tasks. As Annex C shows, the tasks between them cover all 28 national outcomes.", "Complete"],
], W)

doc.add_heading("5E Quality, evaluation and impact", level=2)
t5e = table(doc, HEAD, [
    ["3.E1", "Evaluation of the award.", "Programme Leader with College Quality Unit", "Jul 2010", "Annual review completed and actions agreed by the Board.", "Session evaluation sheets each study day; an end-of-module questionnaire; a mid-year focus group run by the College Quality Unit (not by tutors); external examiner's report; the University's annual monitoring report. All of these feed the award's annual course review, written in September in the College's course review format, with an action plan the Partnership Board approves and checks each half term.", "Complete"],
    ["3.E2", "Impact on participants and on young people.", "Programme Leader", "Jan 2011", "Evidence of gains for young people in at least three quarters of enquiries.", "Each participant takes baseline measures for a target group of four to six young people before the Module 4 intervention (attainment, attendance, or a well-being scale agreed with the tutor) and measures again at the end and one term later; results are summarised for the cohort in the annual review. Participants repeat the Starting Point Profile at the end of the award so that gains in confidence and competence against each outcome can be compared with the start.", "Complete"],
    ["3.E3", "Stakeholders in evaluation.", "Partnership Board", "-", "-", "Heads, Connexions and the Parent Partnership Service will be invited to contribute to the annual review.", "Not started"],
], W)

# back to portrait for annexes
ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = ls.page_height, ls.page_width
ps.left_margin = ps.right_margin = Cm(2.2)

doc.add_heading("6. How this plan will be monitored", level=1)
para(doc, "The Standards Committee of the Corporation receives a progress report on every row of this plan each term. The Partnership Board receives the award's rows (Section 5) at each of its half-termly meetings. Any row reported as Not started or Deferred for two meetings running is reported to the full Corporation. The Vice Principal (Curriculum and Quality) keeps the master copy; heads of the partner schools receive the updated plan after each Board meeting.")

doc.add_heading("Annex A. Membership of the Partnership Board", level=1)
para(doc, "Principal, Wyebrook Sixth Form College (chair); headteachers of Castle Hill School, St Anselm's Catholic High School and Fernside School; Ashendon County Council 14-19 Adviser; Connexions Ashendon area manager; Dean of the School of Education and Lifelong Learning, University of Harnley; 14-19 Coordinator (secretary).")

doc.add_heading("Annex B. The award in outline", level=1)
doc.add_heading("Aims", level=2)
para(doc, "The award aims to improve achievement and well-being for young people with SEN and LDD across all five Every Child Matters outcomes, and especially their progress at the move from school to post-16 learning, by developing the knowledge, skills and judgement of the people who lead and coordinate their support. By the end, participants should be able to lead provision in their own setting, work with colleagues, families and other agencies, and show the difference their leadership has made to a group of young people.")
doc.add_heading("Modules", level=2)
para(doc, "Module 1: Leading SEN and LDD provision: law, policy and the coordinator's role (15 credits).", bold=True)
para(doc, "The SEN Code of Practice (2001) and what it asks of schools, coordinators, governors and heads; the SEN and Disability Act 2001 and the Disability Discrimination Act 1995 as amended in 2005, including the disability equality duty and accessibility planning; Every Child Matters and the coordinator's part in the five outcomes; the Education (SENCO) Regulations 2008; the Learning and Skills Act 2000, section 140 assessments and LSC funding for learners with LDD; the place of the coordinator in the senior team and in governors' decisions. Task T1: a review of the participant's setting's SEN or learning support policy against the law and guidance, written as a report to the head and governors with recommendations (3,000 words).")
para(doc, "Module 2: Identifying needs and planning provision (15 credits).", bold=True)
para(doc, "The common types of SEN and disability (behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties) and how they affect learning; how young people develop and what affects it; identifying needs from observation, data and assessment; using reports from educational psychologists, therapists and other professionals; using national test, GCSE and other summative data to track progress and change programmes; approaches, strategies and ICT that remove barriers; provision mapping; access arrangements for tests and examinations under the JCQ regulations, led by the College's examinations officer. Task T2: a case study of one young person and a costed provision map for a year group, with the evidence behind each decision (4,000 words).")
para(doc, "Module 3: Transition at 16 for young people with learning difficulties and disabilities (15 credits).", bold=True)
para(doc, "Person-centred reviews and transition planning from Year 9; Connexions, section 140 assessments and Moving On plans; the routes open at 16 and 19 in Wyebrook; consulting young people about their own plans, including those who communicate without speech; working with other services and voluntary organisations (Ashendon Mencap, the local autism support group) on a coordinated plan; a session from the Parent Partnership Service on the service's role and on how families experience transition. Task T3: a transition case review in which the participant plans, runs and evaluates a person-centred review with one young person in Year 11, records the young person's own views and shows how they changed the plan, and sets out the part played by each agency (3,000 words and a ten-minute presentation to the cohort).")
para(doc, "Module 4: Leading improvement in provision (15 credits).", bold=True)
para(doc, "Leading and influencing colleagues and senior leaders; deploying and managing teaching assistants and learning support assistants; coaching, observation and feedback; reviewing and evaluating provision and reporting to senior leaders; using research and inspection evidence. Task T4: a workplace enquiry in which the participant leads a change in provision for a target group, with baseline and follow-up measures, a short review of research, an evaluation of the provision, and a presentation to their senior team to which the head responds in writing (5,000 words).")
doc.add_heading("Study days", level=2)
table(doc, ["Day", "Date", "Focus", "Venue"], [
    ["1", "17 Sep 2009", "Induction; the coordinator's role; law and the Code of Practice", "College, Ashby Building"],
    ["2", "8 Oct 2009", "Disability equality; Every Child Matters", "College"],
    ["3", "12 Nov 2009", "Governors, senior leaders and policy", "Fernside School"],
    ["4", "3 Dec 2009", "Types of need; development", "Fernside School"],
    ["5", "14 Jan 2010", "Assessment; working with professionals' reports (EP and therapist)", "College"],
    ["6", "4 Feb 2010", "ICT and assistive technology; access arrangements", "College"],
    ["7", "4 Mar 2010", "Person-centred transition reviews (Connexions)", "Fernside School"],
    ["8", "25 Mar 2010", "Families and transition (Parent Partnership); other agencies", "Fernside School"],
    ["9", "22 Apr 2010", "Leading colleagues; coaching and observation", "College"],
    ["10", "13 May 2010", "Deploying support staff; provision review", "College"],
    ["11", "10 Jun 2010", "Research and enquiry; presentations", "College"],
    ["12", "24 Jun 2010", "Presentations; next steps", "College"],
], [1.2, 2.6, 8.5, 4])

doc.add_heading("Annex C. National outcomes: where developed and how assessed", level=1)
para(doc, "T1 to T4 are the four assessed tasks described in Annex B. A dash means the outcome is not assessed in a task.")
OUT_ROWS = [
    ("Professional attributes", None, None),
    ("Fair, respectful relationships with young people with SEN/LDD and their parents or carers", "Module 3; days 7 and 8", "T3 (the relationship with the young person, evidenced in the review)"),
    ("Gaining the commitment of colleagues, including the head and senior leaders", "Module 4; day 9", "T4 (presentation to senior team and the head's written response)"),
    ("Prioritising, managing time, delegating", "Tutorials", "Discussed at tutorials; not separately assessed"),
    ("Anticipating and resolving problems; sound judgement on provision", "Modules 2 and 3", "T2, T3"),
    ("Expressing themselves clearly in speech and writing; listening to others' views", "All modules", "All tasks; presentations in T3 and T4"),
    ("Drawing on research and external advice to improve practice", "Modules 2 and 4; day 11", "T4 (research review)"),
    ("Keeping up to date; responsibility for own CPD", "ILP; day 12", "ILP reviews at tutorials (formative)"),
    ("Knowledge and understanding", None, None),
    ("Law and guidance on SEN, including the Code of Practice, and putting them into practice", "Module 1; days 1 and 3", "T1"),
    ("Every Child Matters and the coordinator's part in it", "Module 1; day 2", "T1"),
    ("Disability equality law and the actions it requires", "Module 1; day 2", "T1"),
    ("How children and young people develop and what affects it", "Module 2; day 4", "-"),
    ("Common types of SEN and disability and their effect on learning", "Module 2; day 4", "T2"),
    ("Approaches, strategies and resources, including ICT", "Module 2; day 6", "T2"),
    ("School self-evaluation and improvement", "College and school staff contribute to their institution's annual self-assessment report", "-"),
    ("Best practice and research on meeting SEN", "Modules 2 and 4", "T4"),
    ("External agencies and getting specialist support", "Module 3; days 5 and 8", "T3"),
    ("Skills", None, None),
    ("With senior colleagues and governors, influencing strategy, ethos, policy and resources", "Module 1; day 3", "T1 (report to head and governors)"),
    ("Identifying needs, setting targets, planning interventions, reviewing progress", "Module 2", "T2"),
    ("Using other professionals' assessments", "Module 2; day 5", "T2"),
    ("Using summative data, including national tests, to track progress", "Module 2", "T2"),
    ("Access arrangements for tests and examinations", "Module 2; day 6", "T2 (access arrangements plan for the case-study young person)"),
    ("Provision mapping; finding ineffective or missing provision", "Module 2", "T2 (provision map)"),
    ("Deploying and managing staff", "Module 4; day 10", "T4"),
    ("Supporting colleagues' professional development", "Module 4; day 9", None),
    ("Reviewing provision with colleagues to inform self-evaluation", "Module 4; day 10", "T4 (evaluation of provision)"),
    ("Involving young people in planning and reviewing their provision", "Module 3; day 7", "T3"),
    ("Liaising with parents and carers", "Module 3; day 8", "-"),
    ("Working with other services and agencies, including voluntary organisations", "Module 3; day 8", None),
]
oc = doc.add_table(rows=1, cols=3)
oc.style = "Table Grid"
for i, h in enumerate(["National outcome (our summary)", "Where developed", "How assessed"]):
    fill(oc.rows[0].cells[i], h, bold=True, size=9)
    shade(oc.rows[0].cells[i], "D9D9D9")
for a, b, c_ in OUT_ROWS:
    row = oc.add_row()
    cells = row.cells
    if b is None and c_ is None:
        m = cells[0].merge(cells[1]).merge(cells[2])
        fill(m, a, bold=True, size=9)
        shade(m, "EDEDED")
        continue
    fill(cells[0], a, size=9)
    fill(cells[1], b, size=9)
    if c_ is not None:
        fill(cells[2], c_, size=9)
    else:
        cells[2].paragraphs[0].text = ""
        if a.startswith("Supporting colleagues"):
            dele(cells[2].paragraphs[0], "T4")
            ins(cells[2].paragraphs[0], "Observed by mentor (not marked)")
        else:
            ins(cells[2].paragraphs[0], "T3")
for row in oc.rows:
    for i, w in enumerate([8, 4.5, 4]):
        row.cells[i].width = Cm(w)

doc.add_heading("Annex D. Staffing", level=1)
p = para(doc, "All tutors are current practitioners in the Partnership or the University. Each keeps their own specialist knowledge current through the University's SEN research group seminars and the Ashendon SENCO network, and this is checked at their annual review.")
footnote(p, "The University of Harnley has appointed Dr Margaret Ellis (University of Stannington) as external examiner for the award from 2009-10.")
table(doc, ["Name", "Role on the award", "Qualifications and experience"], [
    ["Dr Helen Marsh", "Programme Leader; Modules 1 and 4", "PhD (inclusive education); NPQH; SENCO at Castle Hill School 1997-2006; Senior Lecturer, University of Harnley"],
    ["Owen Price", "Module 3 tutor", "MA Special Education; Deputy Head, Fernside School; 14 years in special education; leads Ashendon's person-centred transition training"],
    ["Sunita Rao", "Module 2 tutor", "MEd; AMBDA; Head of Learning Support, Wyebrook Sixth Form College; qualified assessor for access arrangements"],
    ["Dr Peter Lyle", "University link tutor; second marker", "PhD; Reader in Education, University of Harnley; external examiner for two other SEN programmes"],
], [3.5, 4.5, 8.5])

doc.save(OUT)

# ------------- post-process: add footnotes part -------------
FN_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
fn_xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', f'<w:footnotes {FN_NS}>',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for i, t in enumerate(FOOTNOTES, 1):
    fn_xml.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(t)}</w:t></w:r></w:p></w:footnote>')
fn_xml.append('</w:footnotes>')
src = zipfile.ZipFile(OUT)
items = {n: src.read(n) for n in src.namelist()}
src.close()
items["word/footnotes.xml"] = "".join(fn_xml).encode()
ct = items["[Content_Types].xml"].decode()
ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
items["[Content_Types].xml"] = ct.encode()
rels = items["word/_rels/document.xml.rels"].decode()
rels = rels.replace("</Relationships>", '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
items["word/_rels/document.xml.rels"] = rels.encode()
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for n, b in items.items():
        z.writestr(n, b)
print("wrote", OUT)
