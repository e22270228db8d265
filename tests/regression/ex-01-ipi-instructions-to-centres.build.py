"""ex-01-ipi-instructions-to-centres: build the .docx next to this script.

PROVIDER (invented)
    The Inclusion Practitioners' Institute (IPI), a national professional body
    for SENCOs and SEN support teachers (founded 1981, 4,100 members, Corbett
    House, Wednesford). The Institute writes the programme centrally and
    licenses five regional centres to deliver it (C01 Wednesford College, an FE
    college; C02 Harnham Borough Council Learning Support Service; C03
    Brackenvale School, a special school and designated Training School; C04
    Eskby College; C05 Cumbermere County Council Teachers' Centre). One
    awarding university for all centres: the University of Kirkbrook validated
    it as a Postgraduate Certificate in Special Educational Needs Coordination
    (60 credits, Master's level) on 14 January 2009. February 2009.

DOCUMENT KIND AND LAYOUT
    The Institute's "Instructions to Licensed Centres 2009-10", written in the
    manner of an awarding body's instructions for the conduct of assessment
    (the "must / should / may" convention, numbered instructions, key dates,
    forms), sent as the application with two additions made for the panel.
    - Cover page (typed, no styles), then a floating-looking VML text box
      "NOTE FOR THE TDA APPROVAL PANEL" explaining the additions and that the
      Programme Handbook is not enclosed.
    - Key dates table (four columns, Spring route dates in brackets).
    - Part A "The Award in outline" (added for the panel): Heading 2 sections
      A1-A7 with bullet lists typed with "•"; a unit table; a "who does what"
      table in three columns.
    - Part B "Instructions to centres": Heading 2 sections 1-15 whose
      paragraphs carry typed numbers (1.1, 2.7, 3.3, 4.2 ...) that collide with
      requirement ids: "3.3" is about prior learning, not e-learning; "2.3" is
      the admission interview; "5.5" is marking and adjustments; "5.3" is
      adjustments; "4.2" is the absent direct assessment route.
    - A Centre Days table inside section 6 (G marks days with guest
      contributors).
    - Appendix A forms list; Appendix B outcome record (27 numbered rows in
      the Institute's own words under merged group rows, "Developed in" and
      "Signed off through" columns, a key saying the Practice Log is unmarked);
      Appendix C a blank Form R1 with tick boxes.
    - Page header, and a footer with a PAGE field and an Awards Office line.

TRAPS (requirement ids)
    - 2.3 not met: distant negation. Instruction 2.9 says centres must not
      register anyone for assessment alone; section 4 says only that the
      Institute "intends to consult" on a Direct Assessment route for 2011 at
      the earliest. The page footer ("Direct Assessment enquiries: Awards
      Office") is not evidence that a route exists.
    - 5.3 not met: instruction 2.7 says centres are not asked to see or
      record candidates' CRB disclosures (employer assumed to have checked).
      Wrong-context decoy: instruction 14.6 requires enhanced CRB disclosures
      for tutors and guest contributors, not candidates.
    - 2.1 partial: certificated study is credited (APCL), but instruction 3.3
      says experience "is not credited".
    - 2.4 partial: the ILP "does not alter what is taught on Centre Days";
      nothing on cost-effectiveness beyond the fee.
    - 3.3 partial: the Study Room holds materials and a peer forum, but "tutors
      are not expected to read or reply to the forum" and support between
      Centre Days is only a cross-reference to the Programme Handbook, which
      is not enclosed.
    - 4.3 partial: stakeholders contribute to delivery (guest contributors on
      days marked G), but evaluation is by candidates and the Institute only;
      local advisory groups were a past arrangement "not been carried forward"
      (past-arrangement trap).
    - 5.5 partial: specialist guest contributors, but "The Award has no
      placement element"; wrong-context decoy: a pupil's "dual placement" in
      the Task 2 brief.
    - 5.6 partial: a teaching room, the Study Room, readers and a postal
      library only; no specialist resources or technology.
    - 5.9 partial: confidence measured by re-rating the Starting Profile, but
      pupils' achievement only "where it can be measured within the project"
      and otherwise a hope ("hopes to work with centres on this").
    - 1.5 partial: pupils' views only "where the pupil is able to give it" in
      Task 2 and one topic on Day 9; consulting skills not developed as such.
    - 1.9 and 6.0 partial: blanket claim in 7.5 that the three Tasks "assess
      every outcome of the national specification"; instruction 12.2 confers
      the award on passing the Tasks, and "does not re-examine the outcomes
      one by one", while Appendix B signs several outcomes off only through
      the unmarked Practice Log or not at all.
    - Criterion 6, per outcome (Appendix B): Practice Log only, i.e. formative
      (6.A3, 6.A7, 6.S7 partial); assessed but not developed ("—" under
      Developed in: 6.A5 partial); developed but signed off through nothing
      (6.S2d partial); assessed only in an optional Task 3 focus (6.S4
      partial); missing from the record and the programme altogether (6.A4
      anticipating problems and decisions, 6.S2c colleagues' formative
      assessment: not met). The other 21 outcomes are met through Centre Days
      and marked Tasks or the marked professional discussion.
    - Met despite appearances: E.1/E.2 (A3 text), 3.2 (routes and twilight
      pattern; "not offered full time" is a negation that does not spoil it),
      4.1/4.2 (survey figures and a "What we changed" list), 2.5 (Form NS1
      and the headteacher meeting), 5.7 (Tutor Induction Day, Mentor Guide
      and briefing), 5.8 (second marking, cross-centre standardisation,
      moderators, external examiner).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "ex-01-ipi-instructions-to-centres.docx"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 10.5)):
    doc.styles[name].font.name = "Arial"
    doc.styles[name].font.size = Pt(size)
    doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = sec.bottom_margin = Cm(2.0)


def para(text="", bold=False, italic=False, size=None, align=None, after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def instr(num, text, lead=None):
    """A numbered instruction: bold typed number, optional bold lead-in, text."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.space_after = Pt(5)
    r = p.add_run(num)
    r.bold = True
    p.add_run("\t")
    if lead:
        r2 = p.add_run(lead + " ")
        r2.bold = True
    p.add_run(text)
    return p


def bullet(text, indent=1.0):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent + 0.5)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    p.paragraph_format.space_after = Pt(2)
    p.add_run("•\t" + text)
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(headers, rows, widths=None, header_fill="1F4E79", size=9):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, header_fill)
    for row in rows:
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


def textbox(paras, height_pt=330):
    inner = ""
    for text, bold in paras:
        rpr = "<w:rPr><w:b/><w:sz w:val=\"19\"/></w:rPr>" if bold else "<w:rPr><w:sz w:val=\"19\"/></w:rPr>"
        inner += (f'<w:p><w:pPr><w:spacing w:after="90"/></w:pPr><w:r>{rpr}'
                  f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="PanelNote" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="width:460pt;height:{height_pt}pt" fillcolor="#EEF3F8" '
        f'strokecolor="#1F4E79" strokeweight="1.25pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t" inset="9pt,7pt,9pt,7pt">'
        f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ---------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "Inclusion Practitioners' Institute  |  Instructions to Centres 2009-10  |  Edition 1"
hp.runs[0].font.size = Pt(8)
hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
fp = sec.footer.paragraphs[0]
r = fp.add_run("ITC/2009-10  ·  Direct Assessment enquiries: Awards Office, Corbett House, 01903 771 460  ·  Page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    f'<w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- cover
para("THE INCLUSION PRACTITIONERS' INSTITUTE", bold=True, size=12, after=24)
para("IPI National Award for SEN Coordination", bold=True, size=20, after=4)
para("Postgraduate Certificate in Special Educational Needs Coordination (University of Kirkbrook)",
     size=11, after=30)
para("INSTRUCTIONS TO LICENSED CENTRES 2009-10", bold=True, size=16, after=4)
para("Registration, teaching, assessment, moderation and the Award Board", size=11, after=30)
para("Reference ITC/2009-10  ·  Edition 1  ·  Issued 16 February 2009", size=10, after=6)
para("For the Centre Award Manager. This is the first edition of the Instructions for the Award. "
     "Keep it with the Centre Licence and the Programme Handbook: its instructions are conditions "
     "of the Licence and apply to every licensed centre.", italic=True, after=18)

textbox([
    ("NOTE FOR THE TDA APPROVAL PANEL", True),
    ("The Institute applies once, for the programme taught at all five of its licensed centres, and "
     "the University of Kirkbrook is the awarding university for every centre. We have chosen to send "
     "our Instructions to Centres because it is the document that binds the centres to the same "
     "arrangements: what it says, every centre must do.", False),
    ("The Instructions are sent exactly as issued to centres on 16 February 2009, with two additions "
     "for the panel: Part A, which summarises the programme (centres have this as chapter 1 of the "
     "Programme Handbook), and Appendix B, which shows where each outcome is developed and how it is "
     "signed off. The Programme Handbook itself (about 200 pages, with the unit readers and marking "
     "criteria) is not enclosed; we can supply it on request.", False),
    ("Centres licensed for 2009-10: C01 Wednesford College (School of Education and Training); "
     "C02 Harnham Borough Council Learning Support Service; C03 Brackenvale School, a special school "
     "and designated Training School; C04 Eskby College; C05 Cumbermere County Council, Cumbermere "
     "Teachers' Centre.", False),
    ("Contact: Dr Helen Marchbank, Head of Professional Learning and Programme Director, Corbett "
     "House, 9 Tanner's Row, Wednesford.", False),
])

para("Contents", bold=True, size=11, after=4)
for line in ["Key dates 2009-10",
             "Part A  The Award in outline (added for the TDA panel)",
             "Part B  Instructions to centres, sections 1 to 15",
             "Appendix A  Forms  ·  Appendix B  Outcome record (added for the TDA panel)  ·  "
             "Appendix C  Form R1"]:
    para(line, after=2)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- key dates
doc.add_heading("Key dates 2009-10", level=1)
para("Autumn route. Spring route dates are in brackets. Dates for the Extended route are agreed "
     "candidate by candidate with the Awards Office.", italic=True, after=6)
table(["Date", "What happens", "Who", "Form"], [
    ["30 June 2009 (30 Oct 2009)", "Provisional list of candidates to the Awards Office", "CAM", "—"],
    ["31 July 2009 (27 Nov 2009)", "Registrations, with headteacher's nomination, to the Awards Office", "CAM", "R1"],
    ["by 11 Sept 2009 (8 Jan 2010)", "Starting Profile and Starting Conversation; Individual Learning Plan agreed", "Tutor, candidate", "SP1, ILP1"],
    ["Sept 2009 – June 2010 (Jan – Nov 2010)", "Centre Days 1–10 at the centre", "Centre", "—"],
    ["end of first half-term", "Claims for credit for prior learning", "CAM", "P1"],
    ["14 Nov 2009 (6 Mar 2010)", "Network Day 1 (research day), Priory Conference Centre, Birmingham", "Institute", "—"],
    ["8 Jan 2010 (23 Apr 2010)", "Task 1 submitted", "Candidate", "cover sheet"],
    ["22 Jan 2010 (7 May 2010)", "Cross-centre standardisation day, Task 1", "Institute, CAMs", "—"],
    ["19 Mar 2010 (2 Jul 2010)", "Task 2 submitted", "Candidate", "cover sheet, T2C"],
    ["12 June 2010 (6 Nov 2010)", "Network Day 2: presentations and professional discussions", "Institute", "—"],
    ["25 June 2010 (12 Nov 2010)", "Task 3 submitted; Next Steps plan drafted", "Candidate", "NS1"],
    ["9 July 2010 (26 Nov 2010)", "Marks, Assessment Records and moderation samples to the Institute", "CAM", "AR1, M2"],
    ["21 July 2010 (10 Dec 2010)", "Award Board, University of Kirkbrook", "University", "—"],
    ["30 Sept 2010", "Centre Annual Review", "CAM", "CAR"],
], widths=[3.6, 8.0, 2.6, 2.2])

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- PART A
doc.add_heading("Part A  The Award in outline", level=1)
para("Added for the TDA panel. Centres have this text as chapter 1 of the Programme Handbook.",
     italic=True, after=6)

doc.add_heading("A1  What the Award is for", level=2)
para("The Institute has represented teachers who work with pupils with special educational needs since "
     "1981, and most of its 4,100 members are SENCOs or teachers in SEN support services. From "
     "September 2009 a teacher new to the SENCO post must gain the national award, and many of our "
     "members asked us to provide it. We wrote the programme, we license the centres that teach it, and "
     "we answer for its quality to the University and to the TDA.")
para("Its purpose is simple to state. Pupils with special educational needs and disabilities in the "
     "schools our candidates lead should make better progress in their learning and do better against "
     "the five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a "
     "positive contribution and achieving economic well-being) because the teacher coordinating their "
     "provision knows what works, can organise it and can bring colleagues, parents and other services "
     "with them. The assessment follows that purpose: in Task 2 the candidate sets targets for one "
     "pupil and reviews the pupil's progress and well-being over at least ten weeks, and in Task 3 the "
     "candidate leads a change in the school's provision and judges from evidence what difference it made.")
para("By the end of the programme a candidate should be able to:", after=2)
bullet("lead the school's work on SEN within the law and the Code of Practice, and explain to colleagues, "
       "governors and parents what it requires;", 0)
bullet("understand the pupils whose provision they coordinate: how they develop, what gets in the way "
       "of their learning and their well-being, and what helps;", 0)
bullet("plan, map, manage and evaluate provision so that time, staff and money go where they make a "
       "difference;", 0)
bullet("work alongside colleagues, parents, pupils and other services, and lead the practice of others.", 0)

doc.add_heading("A2  How we wrote the programme", level=2)
para("The programme was written between March and November 2008 by the Institute's Curriculum Group: "
     "six practising SENCOs, two heads of local authority SEN support services and a lecturer from the "
     "University of Kirkbrook. Before writing began we asked three groups what a new SENCO most needs:",
     after=2)
bullet("members: a survey in April 2008 of the 2,300 members who hold a SENCO post (612 replies, 27 per "
       "cent);", 0)
bullet("headteachers and local authorities: five regional meetings in May and June 2008, at Wednesford, "
       "Harnham, Eskby, Cumbermere and Leicester, attended by 74 headteachers and 31 local authority "
       "officers, among them principal educational psychologists and parent partnership officers;", 0)
bullet("newly appointed SENCOs: a focus group of 14 teachers in their first year in post.", 0)
para("The needs named most often were the same in every group: managing and deploying teaching "
     "assistants (named by 71 per cent of members who replied), using data to show whether provision "
     "works (64 per cent) and finding the time to do the job (58 per cent). Headteachers added a fourth: "
     "SENCOs who can speak with authority in senior leadership meetings.")
para("What we changed as a result:", bold=True, after=2)
bullet("Provision mapping and the use of data moved from the last unit to the first (Centre Day 3), so "
       "that candidates use them in every later Task.", 0)
bullet("Managing teaching assistants became a whole Centre Day (Day 8) instead of one session.", 0)
bullet("Headteachers asked for a named person in school to support each candidate: this is the "
       "Workplace Mentor (instruction 6.6).", 0)
bullet("Two local authorities asked for a twilight pattern for schools that cannot release staff for "
       "whole days; centres C01 and C05 offer it.", 0)
bullet("The newly appointed SENCOs asked us to deal with time and workload; Centre Day 8 now includes it.", 0)

doc.add_heading("A3  The programme at a glance", level=2)
table(["Unit", "Credits", "Centre Days", "Assessed by"], [
    ["A  The SENCO, the law and the school", "20", "Days 1–3", "Task 1: Policy into Practice review (4,000 words)"],
    ["B  Learners and learning", "20", "Days 4–7, Network Day 1", "Task 2: Learner Study (4,000 words)"],
    ["C  Leading provision", "20", "Days 8–10, Network Day 2", "Task 3: Leading Change project (4,000 words) and professional discussion"],
], widths=[5.0, 1.5, 3.8, 6.2])
para("", after=2)
para("The 60 credits are at Master's level (level 7 of the Framework for Higher Education "
     "Qualifications). The University of Kirkbrook validated the programme on 14 January 2009 as its "
     "Postgraduate Certificate in Special Educational Needs Coordination, for delivery at centres "
     "licensed by the Institute, and its Collaborative Provision Committee approved the five centres as "
     "delivery sites on 3 February 2009. The University registers every candidate as its student, "
     "appoints the External Examiner and confers the award.")
para("Each candidate has ten Centre Days at their licensed centre, two national Network Days, three "
     "individual tutorials and a Workplace Mentor in their own school. After each Centre Day the "
     "candidate carries out a gap task in school (an audit, an observation, a conversation with a "
     "parent, the trial of a strategy) and records it in the Practice Log, which is brought to the next "
     "Centre Day and discussed in small groups. About half of the 600 notional study hours are spent in "
     "the candidate's own school, and every Task is carried out there.")

doc.add_heading("A4  Study routes", level=2)
bullet("Autumn route: Centre Days from September 2009 to June 2010; Award Board in July 2010.", 0)
bullet("Spring route: Centre Days from January 2010 to November 2010; Award Board in December 2010. "
       "All five centres offer both routes.", 0)
bullet("Extended route: for candidates who need longer (for example because of a part-time post, "
       "maternity leave or illness) the units may be spread over up to 24 months. Unit A comes first; "
       "Units B and C may then be taken in either order, joining another cohort's days at the same or "
       "another centre.", 0)
bullet("Pattern: full Centre Days (09.30–15.30) at C02, C03 and C04. At C01 and C05 candidates may "
       "choose full days or pairs of twilight sessions (16.30–19.00) covering the same content.", 0)
para("The programme is part time only. It is not offered full time.")

doc.add_heading("A5  The Study Room", level=2)
para("The Study Room is the Award's website, run by the Institute on its own Moodle server. Every "
     "candidate and tutor has a login from registration. It holds the unit readers, the slides and "
     "handouts for every Centre Day, the Task briefs and marking criteria, the Practice Log template and "
     "a discussion forum for each cohort, where candidates share resources and carry on discussions "
     "begun on Centre Days. The Study Room is a library and a meeting place for candidates; it is not a "
     "teaching space, and tutors are not expected to read or reply to the forum. Arrangements for "
     "contacting tutors between Centre Days are set out in each centre's section of the Programme "
     "Handbook.")

doc.add_heading("A6  Keeping the programme current", level=2)
para("The unit readers are revised each summer by the Curriculum Group. The 2009-10 readers draw on "
     "Ofsted's Special educational needs and disability: towards inclusive schools (2004) and "
     "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for "
     "children and young people with speech, language and communication needs (2008), the Inclusion "
     "Development Programme materials on dyslexia and on speech, language and communication needs "
     "(2008), and the Institute's own research digest. Network Day 1 is a research day at which "
     "university researchers and SENCOs who have completed enquiries present recent work, and "
     "candidates use it for the research sections of Tasks 2 and 3. Day 1 deals with the 2008 "
     "regulations on the SENCO role as well as the Education Act 1996 and the Code of Practice.")

doc.add_heading("A7  Who does what", level=2)
table(["The Institute", "The licensed centre", "The University of Kirkbrook"], [
    ["Writes and revises the programme, the materials and these Instructions; approves centre tutors "
     "and runs Tutor Induction Day; runs the Network Days and the Study Room; moderates every centre; "
     "runs the Awards Office; evaluates the programme across centres.",
     "Recruits, interviews and registers candidates; teaches the Centre Days; holds tutorials; agrees "
     "Support Plans; first- and second-marks the Tasks; keeps candidates' records; returns the Centre "
     "Annual Review.",
     "Validates the programme and approves delivery sites; registers candidates; appoints the External "
     "Examiner; holds the Award Board and confers the award; reviews the programme through annual "
     "monitoring."],
], widths=[5.5, 5.5, 5.5])

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- PART B
doc.add_heading("Part B  Instructions to centres", level=1)

doc.add_heading("1  Status of these Instructions", level=2)
instr("1.1", "These Instructions are issued under clause 7 of the Centre Licence. A centre that does "
      "not follow them is in breach of its licence, and the Institute may suspend registrations at that "
      "centre until the breach is put right.")
instr("1.2", "In these Instructions 'must' marks an instruction; 'should' marks advice that a centre "
      "may depart from only if it can justify the departure to its Institute Moderator; 'may' marks a "
      "choice left to the centre.")
instr("1.3", "Queries go to the Awards Office at Corbett House, which answers within five working days.")
instr("1.4", "Candidate: a teacher registered for the Award. Centre Award Manager (CAM): the person "
      "named in the Centre Licence as responsible for the Award at the centre. Centre Tutor: a tutor "
      "approved by the Institute under section 14. Workplace Mentor: the member of staff in the "
      "candidate's school named by the headteacher (6.6). Institute Moderator: the moderator the "
      "Institute assigns to the centre (section 9).", lead="Definitions.")

doc.add_heading("2  Admitting and registering candidates", level=2)
instr("2.1", "A candidate must hold qualified teacher status; be employed in a school in England as its "
      "SENCO, or be designated by the headteacher to take up the post within the year; and be nominated "
      "by the headteacher on Part 3 of Form R1. A teacher in a local authority SEN support service may be "
      "admitted if the service manager nominates them and they have regular access to a school in which "
      "to carry out the Tasks.", lead="Who may be admitted.")
instr("2.2", "By signing Part 3 of Form R1 the headteacher agrees to release the candidate for the ten "
      "Centre Days and two Network Days; to name a Workplace Mentor, normally a member of the senior "
      "leadership team; to give the candidate access to the school's data and policies for the Tasks; "
      "and to meet the candidate after Task 3 to discuss the Next Steps plan (12.6).",
      lead="The headteacher's nomination.")
instr("2.3", "The CAM or a Centre Tutor must interview every applicant, in person or by telephone, "
      "before the registration is sent to the Awards Office. The interview follows the Admission "
      "Checklist (Form R2), which asks about the applicant's current role and the time allocated to it, "
      "their experience of pupils with SEN, their recent study, their access to data in school and any "
      "support they may need (section 5).", lead="Admission interview.")
instr("2.4", "Where an applicant does not meet 2.1, or the interview suggests that they are unlikely to "
      "reach the outcomes within the programme (for example a teacher in the first year after "
      "qualifying with no experience of SEN), the CAM must write to the applicant explaining what they "
      "should do first (for example a term working alongside the school's existing SENCO, or the "
      "Institute's one-day course Introduction to SEN), send a copy to the headteacher with an offer to "
      "discuss it, and record the decision on Form R2. The applicant may apply again for a later start.",
      lead="Applicants who are not yet ready.")
instr("2.5", "Every registered candidate completes the Starting Profile (Form SP1) before the Starting "
      "Conversation. For each of the 27 outcomes in Appendix B the candidate rates themselves from 1 "
      "(new to me) to 4 (I do this confidently and could show a colleague) and notes the evidence for "
      "the rating. The Profile gives a worked example for each outcome, so that candidates do not mistake "
      "knowing about something for being up to date with it.", lead="Starting Profile.")
instr("2.6", "Before Centre Day 1 each candidate has a 45-minute Starting Conversation with their "
      "Centre Tutor, in person or by telephone. Together they agree the candidate's Individual Learning "
      "Plan (Form ILP1): four to six priority outcomes drawn from the Profile, a personal target for "
      "each, the focus of the Practice Log and, where the candidate has a choice, the likely focus of each "
      "Task. The tutor reviews the Plan at each tutorial and revises it where the candidate's work shows "
      "that a rating was too high or too low.", lead="Starting Conversation and Individual Learning Plan.")
instr("2.7", "Candidates are serving teachers whose employers are responsible for the pre-employment "
      "checks the law requires. Centres are not asked to see or record candidates' Criminal Records "
      "Bureau disclosures, and Form R1 does not ask for them. Checks on centre staff are dealt with in "
      "section 14.", lead="Checks.")
instr("2.8", "The CAM sends each Form R1, with Part 3 signed, to the Awards Office by the registration "
      "date. The Awards Office registers the candidate with the University of Kirkbrook and issues a "
      "Study Room login within ten working days. No candidate may attend a Centre Day before "
      "registration is confirmed.", lead="Registration.")
instr("2.9", "Registration is for the whole programme. Centres must not register anyone for assessment "
      "alone: a teacher who does not intend to attend the Centre Days cannot be entered for the Tasks.")
instr("2.10", "The Institute's fee for 2009-10 is £1,180 a candidate (£1,030 for Institute members), "
      "including University registration. Centres invoice schools; the Institute invoices centres "
      "termly. Centres must not charge candidates any further fee for the Award.", lead="Fees.")

doc.add_heading("3  Credit for prior learning", level=2)
instr("3.1", "A candidate who has passed Master's-level credit in special educational needs within the "
      "last five years may claim credit for Unit A or Unit B (not Unit C, which is built round the "
      "candidate's current school). The claim is made on Form P1, with the transcript and the outline of "
      "the earlier module, and the CAM sends it to the Awards Office by the end of the first half-term.")
instr("3.2", "The Institute's Credit Panel (the Programme Director, the Chief Moderator and the "
      "University Link Tutor) maps the earlier module's learning outcomes against the outcomes of the "
      "unit claimed. Where they match, the University awards 20 credits, the candidate does not take "
      "that unit's Task, and the outcomes concerned are signed off on the Assessment Record from the "
      "transcript. Where some outcomes do not match, the candidate completes a shortened Task of 2,000 "
      "words covering those outcomes only.")
instr("3.3", "Credit is given for certificated study only. Experience, however long, is not credited: "
      "it is taken into account through the Starting Profile and the Individual Learning Plan.")
instr("3.4", "No more than 20 credits may be awarded for prior learning.")

doc.add_heading("4  Assessment without attendance", level=2)
instr("4.1", "The Institute receives enquiries from experienced SENCOs, and from teachers in support "
      "services, who believe they already meet the outcomes and ask to be assessed without following "
      "the programme.")
instr("4.2", "The Institute intends to consult centres and the University during 2009-10 about a "
      "Direct Assessment route. If one is agreed, it could be open for the 2011 Award Board at the "
      "earliest. Enquirers should be told that they may apply for the programme in the ordinary way and "
      "that their experience will shape their Individual Learning Plan.")

doc.add_heading("5  Access arrangements and reasonable adjustments", level=2)
instr("5.1", "Each centre must meet its own duties under the Disability Discrimination Act 1995 (as "
      "amended in 2005), the Race Relations (Amendment) Act 2000 and the Equality Act 2006; the "
      "Institute's duties as licensor are set out in its Equality Scheme. What follows applies at every "
      "centre.")
instr("5.2", "Part 4 of Form R1 asks every applicant whether they have a disability, long-term health "
      "condition or specific learning difficulty that the centre should know about, explains why it is "
      "asked and who will see the answer, and states that disclosure will never count against an "
      "application. The question is asked again at the admission interview and at the Starting "
      "Conversation, because many candidates disclose only once they know their tutor.",
      lead="Inviting disclosure.")
instr("5.3", "Within ten working days of a disclosure the CAM must agree with the candidate a Support "
      "Plan (Form AA1) recording the adjustments to be made to teaching, materials, venue and "
      "assessment. Common adjustments include readers and handouts in large print, on coloured paper or "
      "electronically in advance; a hearing loop or a communication support worker; a ground-floor "
      "room; rest breaks; extra time for Tasks (normally up to 25 per cent); submitting part of Task 1 or "
      "Task 2 as recorded audio; and a reader, note-taker or accessible room for the professional "
      "discussion. The Institute meets the cost of adjustments above £150 a candidate.",
      lead="Planning adjustments.")
instr("5.4", "Every centre's teaching rooms were checked for access at licensing, and the Network Day "
      "venue has level access, a hearing loop and accessible toilets. A centre that moves a Centre Day "
      "must use a room that is equally accessible.", lead="Venues.")
instr("5.5", "Markers see the Support Plan but must not change the standard: an adjustment changes how "
      "a candidate shows an outcome, not the outcome. Markers must not penalise spelling or presentation "
      "where a candidate has a specific learning difficulty, except where clear written communication is "
      "itself the point being assessed.", lead="Marking.")
instr("5.6", "Centres should avoid fixing Centre Days on major religious festivals and must offer "
      "another date for any Network Day or professional discussion that falls on a candidate's day of "
      "religious observance.", lead="Religious observance.")
instr("5.7", "The Award's materials were reviewed in 2008 by the Institute's disabled members' group, "
      "and every unit includes the perspective of disabled people themselves, including disabled "
      "adults writing about their own schooling. Publicity for the Award, which centres must use "
      "unaltered, invites applications from disabled teachers and describes the support available.",
      lead="Attitudes and publicity.")

doc.add_heading("6  Delivering the programme", level=2)
instr("6.1", "Centres teach the programme as written. The content of each Centre Day, its materials and "
      "its gap task are set by the Institute. Centres may change the order of sessions within a day and "
      "add local material (for example their authority's arrangements for SEN funding) but may not "
      "leave out a session.")
instr("6.2", "The Centre Days are:")
table(["Day", "Unit", "Content"], [
    ["1", "A", "The SENCO's role; the Education Act 1996, the SEN Code of Practice (2001) and the 2008 "
               "regulations on the SENCO role; Every Child Matters, the Children Act 2004 and what they ask "
               "of the SENCO."],
    ["2", "A", "Disability and equality: the Disability Discrimination Act as amended in 2005, the "
               "disability equality duty, accessibility plans, reasonable adjustments for pupils."],
    ["3", "A", "Knowing the school: self-evaluation (the SEF and the SEN pages of RAISEonline), using "
               "data, provision mapping and costing, finding provision that is missing or not working. "
               "Tutorial 1."],
    ["4", "B", "How children develop (cognitive, language, social and emotional development) and how "
               "SEN, disability and the environment for learning affect it; identifying pupils who may "
               "have SEN; setting targets and planning interventions."],
    ["5 G", "B", "Communication and cognition: speech, language and communication needs, autistic "
                 "spectrum disorders, dyslexia and other specific learning difficulties, moderate learning "
                 "difficulties; using the assessments of educational psychologists, therapists and "
                 "specialist teachers."],
    ["6 G", "B", "Behavioural, emotional and social difficulties; approaches, strategies, resources and "
                 "ICT that remove barriers to learning, and how to judge them. Tutorial 2."],
    ["7", "B", "Assessment and progress: P scales, teacher assessment and national tests; tracking "
               "progress and changing programmes; access arrangements for tests and examinations."],
    ["ND1", "B", "Network Day 1 (national): the research day (see A6)."],
    ["8", "C", "Leading colleagues: deploying and managing teaching assistants; observing, coaching, "
               "giving feedback and leading training; supporting colleagues within and beyond the school, "
               "including cluster SENCO networks; time, priorities and delegation; gaining the commitment "
               "of senior leaders."],
    ["9 G", "C", "Working with families, pupils and services: partnership with parents and carers; pupils' "
                 "part in their own reviews; the roles of external agencies, the Common Assessment "
                 "Framework and multi-agency working; voluntary organisations. Tutorial 3."],
    ["10", "C", "Strategy and evaluation: working with governors and senior leaders on policy, priorities "
                "and resources; evaluating provision with colleagues and feeding the school's "
                "self-evaluation; keeping up to date and planning your own professional development."],
    ["ND2", "C", "Network Day 2 (national): Leading Change presentations and professional discussions."],
], widths=[1.3, 1.2, 14.0])
para("G: a day with guest contributors (6.5).", italic=True, size=8.5, after=6)
instr("6.3", "Each candidate has three 30-minute individual tutorials with their Centre Tutor, at the "
      "end of Centre Days 3, 6 and 9, to review the Individual Learning Plan and the Practice Log.",
      lead="Tutorials.")
instr("6.4", "The Individual Learning Plan is for the candidate and tutor to use at tutorials and in "
      "choosing the focus of the Tasks. It does not alter what is taught on Centre Days, which is the "
      "same for every candidate.")
instr("6.5", "Centres should invite local colleagues to contribute to the days marked G: an educational "
      "psychologist or specialist teacher on Day 5, a school nurse or CAMHS practitioner on Day 6, and "
      "the parent partnership officer together with a parent on Day 9. Centres list their contributors "
      "in the Centre Annual Review.", lead="Guest contributors.")
instr("6.6", "Each candidate's Workplace Mentor, named by the headteacher, meets the candidate at least "
      "twice a term, helps them gain access to what the Tasks need (data, meetings, colleagues) and "
      "confirms on each Task's cover sheet that the work describes what happened in the school. The "
      "Mentor is not a marker.", lead="Workplace Mentor.")
instr("6.7", "Candidates keep a Practice Log of gap tasks and reflections, using the template in the "
      "Study Room. The tutor reads the Log at each tutorial and writes a short comment. The Log is not "
      "marked and is not sent for moderation. Appendix B shows which outcomes the tutor signs off from "
      "the Log.", lead="Practice Log.")
instr("6.8", "The Award has no placement element. All practical work is done in the candidate's own "
      "school, which is the setting for every Task.", lead="Placements.")
instr("6.9", "Centres must provide a teaching room for the cohort with a data projector and internet "
      "access, and must give candidates the unit readers in print on request. Candidates who are "
      "Institute members may borrow books by post from the Institute's library at Corbett House.",
      lead="Resources.")

doc.add_heading("7  The assessed Tasks", level=2)
instr("7.1", "The candidate reviews how their school meets its duties to pupils with SEN and "
      "disabilities: the SEN policy against the Education Act 1996 and the Code of Practice; the "
      "disability equality scheme and accessibility plan against the Disability Discrimination Act; and "
      "how the school's provision contributes to the five Every Child Matters outcomes. The review "
      "includes a costed provision map for one year group or key stage, and an analysis of the school's "
      "results for pupils with SEN (national tests or teacher assessment over at least two years) "
      "showing which provision is working, which is not and what is missing, with reference to the "
      "school's self-evaluation. It ends with three recommendations to the headteacher.",
      lead="Task 1: Policy into Practice (Unit A, 4,000 words).")
instr("7.2", "The candidate works over at least ten weeks with one pupil who has, or may have, SEN "
      "and/or a disability. The study describes the pupil's development and the factors affecting it; "
      "draws on assessments by at least two other professionals (for example an educational "
      "psychologist, a speech and language therapist or a specialist teacher) as well as the school's "
      "own; explains the pupil's area of need with reference to research and compares it with one other "
      "common type of SEN; records the targets set, the intervention planned, the strategies and "
      "resources used (including any ICT) and a review of the pupil's progress and well-being; and "
      "reports the meetings held with the pupil's parents or carers and with other services, including "
      "the part each agency played and what the candidate did to make the meetings productive. It should "
      "include, where the pupil is able to give it, the pupil's own view of the provision. Where the "
      "pupil has a dual placement, for example part time at a pupil referral unit or special school, the "
      "candidate should seek the other setting's view.",
      lead="Task 2: Learner Study (Unit B, 4,000 words).")
instr("7.3", "The candidate plans, leads and evaluates a change in the school's provision for pupils "
      "with SEN and/or disabilities over at least one term, working with colleagues and with the "
      "headteacher's agreement. Projects may concern, for example, the way teaching assistants are "
      "deployed, the school's approach to reviews, or a change in classroom practice across a year "
      "group. The account sets out the case for the change, drawing on the school's self-evaluation and "
      "on research; how the candidate secured the support of the headteacher, senior colleagues and "
      "governors; the training, coaching or observation the candidate provided for colleagues; how the "
      "change was reviewed with the staff involved and what it means for the school's self-evaluation; "
      "and its effect, judged from evidence, on the staff involved and, where it can be measured within "
      "the project, on pupils. Where the project concerns the deployment of support staff it is also the "
      "evidence for outcome 22. The headteacher signs a statement confirming that the project took place "
      "as described.", lead="Task 3: Leading Change (Unit C, 4,000 words).")
instr("7.4", "At Network Day 2 each candidate presents the Leading Change project (10 minutes) and has "
      "a 20-minute professional discussion with two assessors, a Centre Tutor from another centre and "
      "an Institute Moderator, who question the candidate on the project and its evidence and on how the "
      "candidate communicated with colleagues and listened to them. The discussion is recorded, marked "
      "pass or refer against the criteria for Task 3, and moderated.", lead="Professional discussion.")
instr("7.5", "Between them the three Tasks and the professional discussion assess every outcome of the "
      "national specification, so a candidate who passes all three has met the national standard.")
instr("7.6", "Each Task carries the candidate's declaration that it is their own work and the Workplace "
      "Mentor's confirmation (6.6). Tasks are submitted through the Study Room, which passes them to the "
      "University's plagiarism-detection service, and one paper copy goes to the centre.",
      lead="Authentication and submission.")
instr("7.7", "Pupils, staff and schools are not named in any Task. The consent of the parent or carer "
      "of the pupil in Task 2 is recorded on Form T2C before the study begins.", lead="Confidentiality.")

doc.add_heading("8  Marking and internal standardisation", level=2)
instr("8.1", "The candidate's Centre Tutor first-marks each Task against the Institute's marking "
      "criteria, grading it Pass, Refer or Fail, and returns written feedback on Form M1 within 20 "
      "working days.")
instr("8.2", "For each outcome that Appendix B assigns to the Task, the marker records 'met' or 'not yet "
      "met' on the candidate's Assessment Record (Form AR1). A Task cannot pass if any outcome assigned "
      "to it is not yet met.")
instr("8.3", "The CAM or another Centre Tutor second-marks every Fail, every borderline Task and at "
      "least 20 per cent of the rest, with a minimum of three Tasks from each tutor. Disagreements are "
      "settled by the CAM and recorded on Form M2.", lead="Second marking.")
instr("8.4", "Before marking each Task, the centre's tutors mark two exemplar Tasks supplied by the "
      "Institute and compare their judgements with the agreed marks.", lead="Standardisation.")
instr("8.5", "A referred Task may be resubmitted once, within eight weeks; the resubmission can earn no "
      "more than a Pass.")

doc.add_heading("9  Moderation and external examining", level=2)
instr("9.1", "Each centre has an Institute Moderator, one of three moderators led by the Chief "
      "Moderator, Mr David Oyelaran. For each Task the moderator samples every Fail, every borderline "
      "and at least 25 per cent of the rest (no fewer than six), across all the centre's tutors.")
instr("9.2", "After each Task the Institute holds a cross-centre standardisation day at which the CAM "
      "and one tutor from each centre mark common Tasks blind and agree the standard; the agreed "
      "judgements are issued to all tutors.")
instr("9.3", "If the moderator finds a centre's marking out of line, the moderator may adjust marks for "
      "the whole cohort at that centre, not only for the Tasks sampled.")
instr("9.4", "The External Examiner appointed by the University (Professor Ruth Pendlebury, University "
      "of Castlemoor) sees a sample from every centre, attends the Award Board and reports to the "
      "University each year. The Institute responds to the report in writing.")

doc.add_heading("10  Extensions and special consideration", level=2)
instr("10.1", "The CAM may grant an extension of up to three weeks for illness or other serious "
      "circumstances; longer extensions, and moves to the Extended route, are agreed by the Awards "
      "Office.")

doc.add_heading("11  Malpractice", level=2)
instr("11.1", "Suspected plagiarism, collusion or false evidence must be reported to the Awards Office "
      "within five working days and is dealt with under the University's academic misconduct procedure.")

doc.add_heading("12  The Award Board, results and Next Steps", level=2)
instr("12.1", "The Award Board is chaired by the University's Dean of Education and includes the "
      "Programme Director, the Chief Moderator, every CAM and the External Examiner.")
instr("12.2", "The Board confers the Award on candidates who have passed Task 1, Task 2 and Task 3 (with "
      "the professional discussion) and whose Practice Log the Centre Tutor has confirmed as complete. "
      "The Board does not re-examine the outcomes one by one: a pass in each Task is taken as evidence "
      "that the candidate has met the outcomes.")
instr("12.3", "The University issues results within ten working days of the Board. The certificate "
      "names the Postgraduate Certificate in Special Educational Needs Coordination and the National "
      "Award for SEN Coordination.")
instr("12.4", "A candidate who passes one or two units only receives a transcript of the credit gained.")
instr("12.5", "Appeals against the Board's decisions are made under the University's regulations.")
instr("12.6", "At the third tutorial each candidate begins a Next Steps plan (Form NS1) and completes "
      "it after Task 3, setting two or three professional targets for the year after the Award and the "
      "development they will need; Centre Day 10 includes a session on it. The candidate takes the plan "
      "to the meeting with the headteacher agreed on Form R1 (2.2), so that the targets can be carried "
      "into performance management. The Awards Office sends every successful candidate, with the "
      "certificate, details of the Institute's Advanced Certificate in Inclusive Leadership and of the "
      "regional SENCO networks.", lead="Next Steps.")

doc.add_heading("13  Evaluation and centre returns", level=2)
instr("13.1", "Candidates evaluate each unit on Form EV1 on its last Centre Day. Centres send a summary "
      "of the forms to the Institute within a month.")
instr("13.2", "Each centre returns a Centre Annual Review (Form CAR) by 30 September, covering "
      "recruitment and completion, results by Task, second-marking and moderation findings, candidates' "
      "evaluations, Support Plans agreed, complaints, guest contributors and the centre's own actions.")
instr("13.3", "The Institute's Programme Committee meets each October to consider the five Centre "
      "Annual Reviews, the moderators' reports, the External Examiner's report and the candidates' "
      "evaluations, and decides what will change in the programme, the materials and these "
      "Instructions. Its decisions go to every centre and into the University's annual monitoring, and "
      "the Curriculum Group makes the changes before the next Autumn route begins.")
instr("13.4", "Every candidate completes the Starting Profile again after Task 3. The Institute compares "
      "the two sets of ratings, cohort by cohort, as a measure of the growth in candidates' confidence, "
      "and reports the results with the Task results to the Programme Committee.")
instr("13.5", "The Institute hopes, once the first cohort has completed, to work with centres on ways of "
      "finding out what difference the Award makes to pupils.")
instr("13.6", "Local advisory groups of headteachers and local authority officers, which advised each "
      "centre of the Institute's former Certificate in Learning Support (1998-2008), have not been "
      "carried forward into the Award.")

doc.add_heading("14  Centre staff", level=2)
instr("14.1", "The CAM is responsible for the Award at the centre, attends the Award Board and the "
      "cross-centre standardisation days, and is the Awards Office's point of contact.")
instr("14.2", "Every Centre Tutor must be approved by the Institute before teaching or marking. The "
      "Institute approves tutors who hold qualified teacher status; have at least three years' "
      "experience as a SENCO or in a local authority SEN support service, some of it within the last "
      "five years; hold a Master's degree or a postgraduate qualification in SEN; and still work in "
      "schools or with SEN services for at least one day a week, or did so within the last two years. "
      "The CAM sends a CV and Form T1 for each proposed tutor.", lead="Approval of tutors.")
instr("14.3", "The central team: Dr Helen Marchbank, Programme Director (formerly a SENCO and head of a "
      "local authority SEN support service; doctorate on the SENCO role); Mr David Oyelaran, Chief "
      "Moderator (formerly headteacher of a special school; MA in SEN); Mrs Priya Castellino, chair of "
      "the Curriculum Group (SENCO at a Wednesford secondary school; specialist teacher in dyslexia).")
instr("14.4", "Every new Centre Tutor attends Tutor Induction Day before teaching: in June 2009 for the "
      "first cohort and each June after that. It covers the programme and its materials, the Starting "
      "Conversation, the marking criteria with exemplar Tasks, Support Plans and these Instructions. "
      "Every tutor attends the annual update day each June.", lead="Tutor Induction Day.")
instr("14.5", "The CAM sends each Workplace Mentor the Workplace Mentor Guide when the candidate is "
      "registered, and runs a one-hour Mentor briefing (as a twilight meeting or a telephone "
      "conference) in the first half-term. Mentors sign Part 5 of Form R1 to accept the role.",
      lead="Workplace Mentors.")
instr("14.6", "Every Centre Tutor, and every guest contributor who visits a candidate's school, must "
      "hold an enhanced CRB disclosure issued within the last three years. The CAM records the "
      "disclosure number and date on Form T1, and the Institute checks them at its annual licence review.",
      lead="Checks on centre staff.")

doc.add_heading("15  Records", level=2)
instr("15.1", "Centres keep candidates' Tasks for twelve months after the Award Board, and the "
      "Assessment Record (Form AR1) for five years. The University keeps the record of the award.")

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- Appendix A
doc.add_heading("Appendix A  Forms", level=1)
table(["Form", "Title", "Completed by", "Sent to"], [
    ["R1", "Registration and nomination (Parts 1–5)", "Candidate, headteacher, mentor", "Awards Office"],
    ["R2", "Admission checklist and decision", "CAM or tutor", "kept at centre"],
    ["SP1", "Starting Profile", "Candidate", "Tutor"],
    ["ILP1", "Individual Learning Plan", "Candidate and tutor", "kept at centre"],
    ["P1", "Claim for credit for prior learning", "Candidate", "Awards Office"],
    ["AA1", "Support Plan", "CAM and candidate", "kept at centre; copy to Awards Office"],
    ["T2C", "Parent or carer consent for the Learner Study", "Parent or carer", "kept at centre"],
    ["M1", "Task feedback", "First marker", "Candidate"],
    ["M2", "Second-marking record", "Second marker, CAM", "Moderator"],
    ["AR1", "Assessment Record (outcomes)", "Markers", "Awards Office"],
    ["EV1", "Unit evaluation", "Candidate", "Centre; summary to Institute"],
    ["NS1", "Next Steps plan", "Candidate", "Headteacher"],
    ["CAR", "Centre Annual Review", "CAM", "Institute"],
    ["T1", "Tutor approval (with CV)", "CAM", "Institute"],
], widths=[1.5, 6.5, 4.5, 4.0])

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- Appendix B
doc.add_heading("Appendix B  Outcome record", level=1)
para("Added for the TDA panel; centres have the same table as the Assessment Record (Form AR1). The "
     "outcomes are the national minimum outcomes in the Institute's own words.", italic=True, after=6)

rows_b = [
    ("G", "Professional qualities"),
    ("1", "Builds fair, respectful and constructive working relationships with pupils who have SEN or "
          "disabilities and with their parents or carers", "Day 9", "Task 2"),
    ("2", "Wins the commitment of the headteacher, senior leaders and colleagues to better outcomes for "
          "these pupils", "Days 8, 10", "Task 3; professional discussion"),
    ("3", "Manages own time, sets priorities and delegates, checking that delegated work is done",
     "Day 8", "Practice Log"),
    ("4", "Expresses ideas clearly in speech and in writing; listens to and understands the views of "
          "others", "—", "All Tasks; professional discussion"),
    ("5", "Uses research evidence and outside advice to improve own and colleagues' practice",
     "Network Day 1", "Task 2; Task 3"),
    ("6", "Keeps up to date and takes charge of own professional development in SEN and disability",
     "Day 10", "Practice Log"),
    ("G", "Knowledge and understanding"),
    ("7", "The law and guidance on SEN, including the Code of Practice, what they mean for the school, "
          "the SENCO and others, and how to put them into practice", "Day 1", "Task 1"),
    ("8", "Every Child Matters: its principles, the five outcomes and the SENCO's part in them",
     "Day 1", "Task 1"),
    ("9", "Disability equality law and what it requires schools to do for disabled pupils",
     "Day 2", "Task 1"),
    ("10", "How children develop, and how SEN, disability and the environment for learning affect "
           "development", "Day 4", "Task 2"),
    ("11", "The most common kinds of SEN and disability (behavioural, emotional and social; specific "
           "learning difficulties including dyslexia; speech, language and communication; autistic "
           "spectrum; moderate learning difficulties) and how they affect learning", "Days 5, 6", "Task 2"),
    ("12", "A critical grasp of approaches, strategies and resources, including ICT, for assessment, "
           "planning and teaching, and how to use them to remove barriers", "Days 6, 7", "Task 2"),
    ("13", "School self-evaluation and improvement, and where pupils with SEN fit in it",
     "Day 3", "Task 1"),
    ("14", "What research and best practice say about meeting special educational needs",
     "Network Day 1", "Task 2"),
    ("15", "What external agencies do, and how to get specialist help and resources",
     "Day 9", "Task 2"),
    ("G", "Professional skills"),
    ("16", "Works with senior leaders and governors to shape an inclusive ethos, policy, priorities and "
           "use of resources", "Day 10", "Task 3"),
    ("17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and "
           "reviews progress", "Days 4, 7", "Task 2"),
    ("18", "Uses the assessments of other professionals to plan teaching", "Day 5", "Task 2"),
    ("19", "Uses summative results, including national tests, to track progress and change programmes",
     "Day 7", "Task 1"),
    ("20", "Identifies in good time the access arrangements pupils need for tests and examinations and "
           "puts them in place", "Day 7", "—"),
    ("21", "Uses provision mapping to plan provision and to find what is missing or ineffective",
     "Day 3", "Task 1"),
    ("22", "Deploys and manages teaching assistants and other staff well", "Day 8",
     "Task 3, where the project concerns support staff"),
    ("23", "Supports colleagues' development through observation and feedback, modelling, coaching and "
           "training", "Day 8", "Task 3"),
    ("24", "Reviews the effectiveness of provision with colleagues and feeds the findings into the "
           "school's self-evaluation", "Day 10", "Task 3; professional discussion"),
    ("25", "Involves pupils in planning, agreeing and reviewing their own provision", "Day 9",
     "Practice Log"),
    ("26", "Works with parents and carers to promote their child's learning and development", "Day 9",
     "Task 2"),
    ("27", "Works in partnership with other services and voluntary organisations so that support is "
           "coordinated", "Day 9", "Task 2"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["No.", "Outcome", "Developed in", "Signed off through"]):
    c = t.rows[0].cells[i]
    c.text = ""
    rr = c.paragraphs[0].add_run(h)
    rr.bold = True
    rr.font.size = Pt(9)
    rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, "1F4E79")
for row in rows_b:
    cells = t.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[3])
        m.text = ""
        rr = m.paragraphs[0].add_run(row[1])
        rr.bold = True
        rr.font.size = Pt(9)
        shade(m, "D9E2F3")
        continue
    for i, v in enumerate(row):
        cells[i].text = ""
        rr = cells[i].paragraphs[0].add_run(v)
        rr.font.size = Pt(9)
for row in t.rows:
    for i, w in enumerate([1.1, 9.4, 2.6, 3.6]):
        row.cells[i].width = Cm(w)
para("", after=2)
para("Key. Task 1, Task 2, Task 3: marked Pass / Refer / Fail and moderated (sections 8 and 9). "
     "Professional discussion: marked pass or refer and moderated (7.4). Practice Log: read by the tutor "
     "at tutorials, with a written comment; not marked and not moderated (6.7). —: none.",
     size=8.5, after=4)

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- Appendix C
doc.add_heading("Appendix C  Form R1: Registration and nomination", level=1)
para("Complete in black ink or electronically. Parts 1, 2 and 4 by the applicant; Part 3 by the "
     "headteacher; Part 5 by the Workplace Mentor.", italic=True, after=6)
form = [
    ("G", "Part 1  The applicant"),
    ("Full name", ""), ("Date of birth", ""), ("Home address and telephone", ""),
    ("DfES teacher reference number", ""), ("Centre and route applied for", "☐ Autumn   ☐ Spring   ☐ Extended"),
    ("G", "Part 2  The post"),
    ("School and local authority", ""), ("Post held, and date taken up (or date to be taken up)", ""),
    ("Time allocated to the SENCO role each week", ""),
    ("G", "Part 3  Headteacher's nomination"),
    ("I nominate the applicant and agree to the commitments in instruction 2.2.", "☐ Yes"),
    ("Name of Workplace Mentor", ""), ("Headteacher's signature and date", ""),
    ("G", "Part 4  Support"),
    ("Do you have a disability, long-term health condition or specific learning difficulty that you "
     "would like the centre to know about, so that we can plan support with you? Your answer is seen "
     "only by the Centre Award Manager and your tutor and will never count against your application.",
     "☐ Yes   ☐ No   ☐ I would prefer to discuss this"),
    ("G", "Part 5  Workplace Mentor"),
    ("I accept the role of Workplace Mentor described in the Workplace Mentor Guide.", "☐ Yes"),
    ("Mentor's name, post and signature", ""),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for row in form:
    cells = t.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[1])
        m.text = ""
        rr = m.paragraphs[0].add_run(row[1])
        rr.bold = True
        rr.font.size = Pt(9)
        shade(m, "D9D9D9")
        continue
    for i, v in enumerate(row):
        cells[i].text = ""
        rr = cells[i].paragraphs[0].add_run(v)
        rr.font.size = Pt(9)
for row in t.rows:
    row.cells[0].width = Cm(10.0)
    row.cells[1].width = Cm(6.5)
para("", after=2)
para("Return to the Centre Award Manager at your chosen centre. The centre sends the form to the "
     "Awards Office after your admission interview.", size=8.5)

doc.save(OUT)
print("wrote", OUT)
