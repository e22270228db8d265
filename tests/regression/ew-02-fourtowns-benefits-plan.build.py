"""ew-02-fourtowns-benefits-plan: build script.

Provider (invented): the Four Towns Challenge Programme Office. The Four Towns
Challenge is a Department-funded area-wide school improvement programme
(2008-11) across the boroughs of Kelbrook, Netherfold, Ambley and Stourwick,
run as a programme under Managing Successful Programmes: a Senior Responsible
Owner (the Challenge Director), a Programme Board, workstreams and numbered
projects, Challenge Advisers (Inclusion). Project 7, "SENCO Leadership",
delivers the National Award with Thorneycroft University (Faculty of
Education), which validated the 60-credit PG Certificate on 12 January 2009.

Kind of document: the project's approved Benefits Realisation Plan (v1.0,
19 February 2009), sent as the application. Layout: a title block; a VML
text box "For the TDA approval panel"; document control tables (version
history, approvals, distribution); numbered sections 1-11 under Heading 1
(purpose; context and scope with an in-scope/out-of-scope list; evidence base;
a benefits map table; enablers E1-E13, each a Heading 3 with prose and an
"Owner / Status" line; business changes BC1-BC5; benefit profiles B1-B6 as
two-column field tables; dis-benefits; measurement, review and evaluation;
a stakeholder table; a risk table); a landscape section with the realisation
schedule and Appendix 1, a Capability Register (C1-C29, "Built in" /
"Proven by"); Appendix 2 assessment regulations; Appendix 3 a decision-log
extract (D9, D14, D16, D17, D19). Footer with a PAGE field. Five Word
comments from the internal read-through. No heading numbers are Word
numbering: they are typed.

Traps (requirement ids):
- Distant negation by status and decision log: E3 describes credit for
  prior certificated and experiential learning in neutral words, but its
  status is "Closed (see D14)", and D14 in Appendix 3 says prior learning is
  not used for this award (2.1 not_met).
- Another project's work: "work with parents and carers, including training
  SENCOs to work with families" is out of scope and sits with Project 9
  (section 2); the Capability Register's parents row is "built" in Project 9
  workshops "not part of this award" but proven in A2 (1.7 not_met; 6.S8 and
  6.A1 partially_met: assessed, not developed by the programme).
- Placeholder: the evidence-base section is "[KT to insert ...]" (1.3
  not_met); staff names "TBC" and no qualifications (5.4 partially_met);
  benefit baselines "[to be inserted ...]" while the methods and measures are
  specific (5.9 met).
- Proposed only: mentor training is "Proposed (Tranche 2, not yet costed)"
  and mentors' only information is a paragraph on the nomination form; the
  comment promising a briefing is not part of the submission; nothing for
  tutors or the Advisers who judge Portfolio P (5.7 partially_met: roles
  are described, preparation is not).
- Comment only: an individual training plan is suggested only in a Word
  comment; the Starting Profile is used to place participants in Clinic
  groups, and risk R6 accepts that "all participants follow the same
  programme" (2.2 partially_met; 2.4 partially_met with the costs).
- Wrong context: "placements" in B6 and Project 8 are pupils' out-of-borough
  placements; participants have specialist input but no placements (5.5
  partially_met).
- Unmoderated strand: Portfolio P is judged pass/fail by the Clinic Adviser
  and "is not second-marked or sampled by the University" (5.8
  partially_met).
- Compensation: Appendix 2 lets a mark of 40-49 in A1 or A2 be compensated,
  so outcomes proven only in A1 or A2 may never be shown (6.0
  partially_met).
- Blanket claim: "Every capability is proven by at least one summative task"
  heads Appendix 1, but C22 (access arrangements) has a dash in both columns
  and is in no task (6.S2d not_met; 1.9 partially_met with the compensation
  rule and the unmoderated portfolio).
- Assessed but not taught: the Built in cell is a dash for 6.A3, 6.A7 and
  6.K8 ("independent reading") (partially_met); 6.A6 is built only as using
  specialists' advice, not research (partially_met).
- Attainment focus: the project objective and benefits are attainment,
  attendance, exclusions and placements; well-being across the five ECM
  outcomes is not an aim or assessment criterion (1.1 partially_met).
- No e-learning: the online variant was not taken forward (D9); off-campus
  e-journals are library access (3.3 not_applicable). One intake, fixed
  order, two face-to-face timetables (3.2 partially_met).
- Code collisions: the Unit tasks A1-A3 share codes with 6.A1-6.A3, and the
  capability codes C1-C29 sit next to business changes BC1-BC5.
- Comments (not part of the submission): on out-of-scope (b), on the
  Starting Profile (an individual plan), on the mentor status (a promised
  briefing), on the B1 baseline, on compensation.
- Met despite looking like traps: CRB checks on candidates are done by the
  Programme Office (5.3 met); Direct Assessment is approved (D16) and opens
  in September 2009 (2.3 met); pupils' views from the Youth Forum shaped a
  session and A2 requires the pupil's views (1.5 met); a parent
  representative sits on the Benefits Review Group (4.3 met).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "ew-02-fourtowns-benefits-plan"
OUT = HERE / f"{NAME}.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
    doc.styles[s].font.name = "Calibri"
    doc.styles[s].font.size = Pt(size)
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

# ---------------------------------------------------------------- helpers


def para(text="", bold=False, italic=False, size=None, after=6, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    if align:
        p.alignment = align
    return p


def bullet(text):
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(text)
    p.paragraph_format.space_after = Pt(2)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)
    return cell


def table(rows, widths, header=True, size=9, fill="1F3A5F"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            c.width = Cm(widths[j])
            if header and i == 0:
                shade(c, fill)
                for r in c.paragraphs[0].runs:
                    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def field_table(pairs, widths=(4.0, 12.6)):
    t = doc.add_table(rows=len(pairs), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(pairs):
        cell_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "DCE6F1")
        cell_text(t.cell(i, 1), v)
        t.cell(i, 0).width = Cm(widths[0])
        t.cell(i, 1).width = Cm(widths[1])
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def status_line(owner, status):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(8)
    r = p.add_run("Owner: ")
    r.bold = True
    r.font.size = Pt(9.5)
    r = p.add_run(owner + "    ")
    r.font.size = Pt(9.5)
    r = p.add_run("Status: ")
    r.bold = True
    r.font.size = Pt(9.5)
    r2 = p.add_run(status)
    r2.font.size = Pt(9.5)
    return p, r2


def comment(run, text, author, initials):
    c = doc.add_comment(run, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), "2009-03-12T16:40:00Z")


def text_box(lines):
    """An inline VML text box holding the given (text, bold) lines."""
    ps = []
    for text, bold in lines:
        b = "<w:b/>" if bold else ""
        ps.append(
            f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr>{b}<w:sz w:val="20"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        )
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="PanelNote" o:spid="_x0000_s1025" type="#_x0000_t202" '
        'style="width:451pt;height:215pt" fillcolor="#FFF8DC" strokecolor="#8C6D1F" strokeweight="1.25pt">'
        '<v:textbox style="mso-fit-shape-to-text:t" inset="8pt,6pt,8pt,6pt"><w:txbxContent>' + "".join(ps) +
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# footer with a PAGE field
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Four Towns Challenge \u2013 Project 7 SENCO Leadership \u2013 Benefits Realisation Plan v1.0 \u2013 page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))

# ================================================================ title block
para("FOUR TOWNS CHALLENGE", bold=True, size=18, after=0)
para("Inclusion Workstream \u2013 Project 7: SENCO Leadership (National Award for SEN Coordination)", bold=True, size=12, after=2)
para("BENEFITS REALISATION PLAN", bold=True, size=16, after=2)
para("Version 1.0 \u2013 approved by the Programme Board on 19 February 2009", italic=True, after=10)

text_box([
    ("For the TDA approval panel", True),
    ("This is the approved Benefits Realisation Plan for Project 7, which the Four Towns Challenge and Thorneycroft "
     "University use to run and account for the National Award programme. We send it as our application because it "
     "holds, in one place, what the programme is (Section 5, the enablers), what it should change and how we will know "
     "(Sections 6 to 10) and, in Appendix 1, where each national outcome is developed and how it is assessed. Appendix 2 "
     "summarises the University's assessment regulations for the award.", False),
    ("The margin comments are from our final internal read-through. They are not part of the application.", False),
    ("Kiran Thandi, Project Manager, Four Towns Challenge Programme Office, Kelbrook Civic Centre \u2013 16 March 2009", False),
])
para()

doc.add_heading("Document control", level=2)
para("Version history", bold=True, after=2)
table([
    ["Version", "Date", "Author", "Change"],
    ["0.1", "14 Nov 2008", "K Thandi", "First draft for the Project Board."],
    ["0.2", "5 Dec 2008", "K Thandi", "Benefit profiles added after the borough workshops."],
    ["0.3", "9 Jan 2009", "K Thandi", "Capability Register added. Enabler E3 closed (D14)."],
    ["0.4", "30 Jan 2009", "K Thandi", "Changes after University validation. Direct Assessment added (D16); Route T added (D17)."],
    ["1.0", "19 Feb 2009", "Programme Board", "Approved."],
], [1.6, 2.4, 3.0, 9.6])
para("Approvals", bold=True, after=2)
table([
    ["Role", "Name", "Date"],
    ["Senior Responsible Owner (Challenge Director)", "Janet Okafor", "19 Feb 2009"],
    ["Project Executive (Senior Challenge Adviser, Inclusion)", "Graham Tuckett", "19 Feb 2009"],
    ["Senior Supplier (Dean of Education, Thorneycroft University)", "Professor Alan Whitlow", "19 Feb 2009"],
], [8.0, 5.0, 3.6])
para("Distribution: Programme Board; Four Towns Challenge Board; the four borough Heads of Inclusion; Project 6, 8 and 9 "
     "managers; TDA (as application).", after=8)

# ================================================================ 1
doc.add_heading("1. Purpose of this plan", level=1)
para("This plan sets out the benefits the Four Towns Challenge expects from Project 7, the enablers the project will "
     "deliver to achieve them, how each benefit will be measured, who owns it and when it should be realised. It is the "
     "baseline against which the Programme Board reviews the project at the end of each tranche. It follows the "
     "Challenge's programme management approach, which is based on Managing Successful Programmes.")
para("A benefit is a measurable improvement that a stakeholder sees as worthwhile. An enabler is something the project "
     "delivers, such as the accredited course, which makes a benefit possible. A business change is what schools do "
     "differently as a result. A capability, in Appendix 1, is what a SENCO completing the award can do.")

# ================================================================ 2
doc.add_heading("2. Context and scope", level=1)
para("The Four Towns Challenge is a three-year school improvement programme (April 2008 to March 2011) funded by the "
     "Department for Children, Schools and Families across the boroughs of Kelbrook, Netherfold, Ambley and Stourwick, "
     "some 430 maintained schools. The Challenge Board, chaired by Sir Dennis Arkwright, sets the Challenge's objectives; "
     "its third objective is to narrow the gaps in attainment between vulnerable groups and other pupils. Challenge "
     "Advisers work alongside the boroughs' own school improvement teams.")
para("The Inclusion Workstream has four projects: Project 6 (Inclusion Data), Project 7 (SENCO Leadership), Project 8 "
     "(Hub Special Schools), which aims to bring pupils placed in out-of-borough schools back into local provision, and "
     "Project 9 (Parents as Partners), run with the four Parent Partnership Services.")
para("Project objective: to narrow the attainment gap for pupils with SEN in the Challenge's schools by strengthening the "
     "leadership of SENCOs, through a programme leading to the National Award for SEN Coordination delivered with "
     "Thorneycroft University.", bold=False)
para("In scope", bold=True, after=2)
for b in [
    "The Postgraduate Certificate and its Units, study days and Practice Clinics (E1, E2).",
    "Entry, the Starting Profile and pre-entry checks (E4); the Direct Assessment route (E5).",
    "Practice Mentors in participants' schools (E6); tutors, resources and assessment (E7 to E9).",
    "Measuring and reviewing the benefits in this plan (E10).",
]:
    bullet(b)
para("Out of scope", bold=True, after=2)
oos = [
    "(a) Continuing support for SENCOs who already hold the award, which the Project 6 network provides.",
    "(b) Work with parents and carers, including training SENCOs to work with families, which sits with Project 9 (Parents as Partners).",
    "(c) Training for teaching assistants, which sits in the Workforce Workstream.",
    "(d) An online version of the award (see D9, Appendix 3).",
]
for b in oos:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(b)
    if b.startswith("(b)"):
        comment(r, "Is this going to look odd to the TDA? Parents are all through the specification. Discuss with the "
                   "Project 9 lead before we send it.", "Janet Okafor", "JO")

# ================================================================ 3
doc.add_heading("3. Why the project is needed", level=1)
para("The Challenge's baseline review in summer 2008 found that pupils with SEN in the four boroughs do less well than "
     "similar pupils elsewhere. At Key Stage 2 the gap between pupils with SEN and other pupils reaching level 4 in both "
     "English and mathematics was 49 percentage points; at Key Stage 4 the gap in five or more good GCSEs including "
     "English and mathematics was 41 points. Pupils with SEN received 68 per cent of fixed-period exclusions. The four "
     "boroughs spend \u00a311.2m a year on out-of-borough placements for 214 pupils.")
para("In 61 of the 96 schools visited by Challenge Advisers in 2008, the SENCO was not part of the leadership team and "
     "provision for pupils with SEN was planned pupil by pupil rather than across the school.")
para("Evidence base", bold=True, after=2)
para("[KT to insert a summary of the research and inspection evidence behind benefits B1 to B4 before submission.]", italic=True)

# ================================================================ 4
doc.add_heading("4. Benefits map", level=1)
para("The map reads from left to right: the enablers make the business changes possible, the changes lead to intermediate "
     "benefits, and these lead to the end benefits and the Challenge's third objective.")
table([
    ["Enablers (Section 5)", "Business changes in schools (Section 6)", "Intermediate benefits", "End benefits", "Challenge objective"],
    ["E1, E2 award, Units and Clinics\nE4 entry and Starting Profile\nE5 Direct Assessment\nE6 Practice Mentors",
     "BC1 SENCO on or reporting to the leadership team\nBC2 Provision map in use and reviewed each term",
     "B5 SENCOs more competent and confident as leaders",
     "B1 Narrower attainment gap\nB2 Better progress for pupils in change projects",
     "Objective 3: narrow the gaps"],
    ["E7, E8 tutors, specialists and resources\nE9 assessment and award",
     "BC3 Pupils with SEN take part in reviews of their provision\nBC4 Support staff deployed against the provision map",
     "B5 (as above)", "B3 Fewer fixed-period exclusions\nB4 Better attendance", "Objective 3"],
    ["E10 measurement\nE11 equality and access\nE12 delivery routes\nE13 Next Steps",
     "BC5 SEN section of the school's self-evaluation updated each year",
     "\u2014", "B6 Fewer out-of-borough placements (shared with Project 8)", "Objectives 3 and 4"],
], [3.8, 4.0, 2.8, 3.4, 2.6], size=8.5)

# ================================================================ 5
doc.add_heading("5. Enablers", level=1)
para("Each enabler is a project output. Its status is reported to the Programme Board each month.")

doc.add_heading("E1  The accredited award", level=3)
para("Thorneycroft University's Postgraduate Certificate in Coordinating Special Educational Needs (National Award for SEN "
     "Coordination): 60 credits at Level 7, made up of three Units of 20 credits each. The University validated the "
     "certificate on 12 January 2009 and is the awarding body. Credits count towards the University's MA in Education.")
status_line("Professor Alan Whitlow (University)", "Delivered (validated 12 January 2009)")

doc.add_heading("E2  Units, study days and Practice Clinics", level=3)
para("There are eight study days, held at the University's Ambley campus and the Netherfold Professional Centre:")
table([
    ["Unit", "Study days", "Content"],
    ["Unit 1 Foundations of SEN coordination", "Day 1", "The Education Act 1996 and the SEN Code of Practice (2001); the 2008 SENCO Regulations; Every Child Matters and the Children Act 2004; the SENCO's role."],
    ["", "Day 2", "The Disability Discrimination Acts 1995 and 2005, the disability equality duty, disability equality schemes and accessibility plans; school self-evaluation and the SEN section of the SEF; working with governors on SEN policy."],
    ["Unit 2 Knowing and meeting needs", "Day 3", "How children develop and how development is affected by SEN, disability and the environment for learning; cognition and learning, including dyslexia and moderate learning difficulties."],
    ["", "Day 4", "Speech, language and communication needs and autistic spectrum disorders; working with educational psychologists, speech and language therapists, health, social care and voluntary organisations; using their assessments and advice."],
    ["", "Day 5", "Behavioural, emotional and social difficulties; teaching approaches, resources and ICT to remove barriers to learning."],
    ["Unit 3 Leading change for learners", "Day 6", "Identifying needs, setting targets and reviewing progress; tracking with national test results, P scales and teacher assessment; formative assessment with colleagues; provision mapping and managing provision."],
    ["", "Day 7", "Involving pupils in planning and reviewing their provision (structured interviews, person-centred reviews, pupil surveys); deploying and managing teaching assistants."],
    ["", "Day 8", "Leading colleagues: winning the support of senior leaders, observing and coaching, running staff training; reviewing provision with staff for self-evaluation; presenting to the leadership team."],
], [4.2, 1.8, 10.6], size=9)
para("Between study days, each participant attends four half-day Practice Clinics a year in their own borough, led by a "
     "Challenge Adviser (Inclusion). Clinic groups of six to ten are formed from the Starting Profiles (E4), for example "
     "'new to SEN', 'experienced teacher new to the role' and 'secondary'. Each Clinic works on problems members bring "
     "from their schools, and members from different schools advise one another.")
para("Each Unit ends with an assessed task set in the participant's own school (Appendix 1 and 2). In Unit 3 the "
     "participant plans, leads and evaluates a change project agreed with the headteacher, taking baseline and end "
     "measures for the pupils it involves.")
status_line("Dr Lorna Baptiste (Programme Leader)", "In build (dates set for 2009-10)")

doc.add_heading("E3  Credit for prior learning", level=3)
para("Participants with certificated study in SEN at Level 7 in the last five years may be credited with up to 20 "
     "credits, and those with substantial experience may claim credit through a portfolio mapped to the Unit's learning "
     "outcomes, under the University's regulations.")
status_line("Dr Lorna Baptiste", "Closed (see D14)")

doc.add_heading("E4  Entry, checks and the Starting Profile", level=3)
para("Candidates must hold qualified teacher status and be in post as SENCO or be designated by the headteacher to take "
     "up the role within a year. The headteacher's nomination form commits the school to release the participant, to "
     "name a Practice Mentor from the leadership team and to agree the Unit 3 change project. Places are offered by an "
     "admissions group of the Programme Office and the University.")
para("Before a place is confirmed, the Programme Office checks that each candidate has a current enhanced CRB "
     "disclosure. The nomination form gives the disclosure number and date as recorded on the school's single central "
     "record, and the Programme Office checks them with the borough's HR service. A candidate who has not worked in a "
     "post with regular contact with children for three months or more must obtain a new enhanced disclosure through "
     "the borough before starting. The headteacher also confirms that the candidate is not barred from working with "
     "children, has no outstanding disciplinary proceedings, and that references were taken up on appointment.")
p = para("Each candidate completes a Starting Profile: a self-rating from 1 to 4 against each of the 29 capabilities in "
         "Appendix 1, with a note of evidence. The candidate's Challenge Adviser reviews the Profile with the candidate in "
         "a 30-minute meeting, and the Programme Office uses the Profiles to form the Practice Clinic groups.")
comment(p.runs[0], "The TDA specification expects an individual training plan from the needs assessment. Do we want "
                   "to add one? We could build it from the Clinic notes.", "Lorna Baptiste", "LB")
para("Where the Profile and the meeting suggest that a candidate is not yet ready to meet the capabilities within the "
     "year, for example a teacher with no current SEN responsibility, the Adviser advises the candidate in writing to take "
     "the Challenge's three-session Route into SENCO course first, and meets the headteacher to agree how the school "
     "will give the candidate SEN experience. The candidate may apply again for the following year.")
status_line("Kiran Thandi (Programme Office)", "Delivered")

doc.add_heading("E5  Direct Assessment route", level=3)
para("In exceptional cases, experienced candidates, such as SENCOs who have led SEN provision for five years or more or "
     "specialist teachers from a borough support service, may seek the award by assessment alone. The candidate submits, "
     "within six months, a portfolio mapped to all 29 capabilities and a report of a change they have led with evidence "
     "of its effect on pupils, and then has a 45-minute professional conversation with two assessors (a University tutor "
     "and a Challenge Adviser). Candidates whose evidence falls short are told which Units to take. The fee is \u00a3650, "
     "of which the Challenge pays half for candidates in Challenge schools.")
status_line("Dr Lorna Baptiste", "Approved (D16); opens September 2009")

doc.add_heading("E6  Practice Mentors", level=3)
p = para("Each participant has a Practice Mentor, a member of the school's leadership team, who agrees the change project, "
         "meets the participant each half-term and writes witness statements for Portfolio P. Until mentor training is "
         "agreed, mentors' only information about the role is the paragraph on the headteacher's nomination form.")
_, r = status_line("Graham Tuckett", "Role agreed; mentor training Proposed (Tranche 2, not yet costed)")
comment(r, "We told heads at the November workshop that there would be a mentor briefing in September. Can we firm "
           "this up before it goes to the TDA?", "Graham Tuckett", "GT")

doc.add_heading("E7  Tutors and specialist input", level=3)
para("Units are taught by University tutors and Challenge Advisers (Inclusion). Specialist sessions are led by borough "
     "educational psychologists (Days 3 and 4), a speech and language therapist (Day 4), the boroughs' autism outreach "
     "and sensory support teams (Days 4 and 5) and a worker from Ambley Carers' Network, a voluntary organisation "
     "(Day 4). The resource plan is below.")
table([
    ["Role", "Named", "Time"],
    ["Programme Leader and Unit 3 leader", "Dr Lorna Baptiste", "0.4 FTE"],
    ["Unit 1 leader", "TBC (University)", "0.2 FTE"],
    ["Unit 2 leader", "TBC (appointment in progress)", "0.2 FTE"],
    ["Challenge Advisers (Inclusion): Clinics, Starting Profiles, Portfolio P", "Two Advisers in post; names TBC", "0.3 FTE each"],
    ["Specialist contributors", "From borough services", "Sessional"],
], [8.0, 5.6, 3.0])
status_line("Professor Alan Whitlow", "In build")

doc.add_heading("E8  Resources", level=3)
para("Each Unit has a printed Reader. Participants join the University library and can use its electronic journals off "
     "campus. Each borough's SEN resource centre lends assessment materials and assistive technology (text-to-speech, "
     "predictive word processing, communication aids and switch access), and the Challenge is buying an \u00a38,000 "
     "kit of these for each centre so that participants can trial them with pupils.")
status_line("Kiran Thandi", "Delivered (Readers); in build (kits, June 2009)")

doc.add_heading("E9  Assessment and the award", level=3)
para("Each Unit is assessed by a task set in the participant's school: A1 a policy and practice audit with a report to "
     "governors (Unit 1); A2 a pupil case study with the year group's provision map (Unit 2); A3 a change project report "
     "and a professional conversation (Unit 3). The SENCO Practice Portfolio (Portfolio P) runs across the year and must "
     "be passed for the award. Appendix 1 shows which task proves each capability; Appendix 2 summarises the regulations, "
     "marking and moderation.")
status_line("Dr Lorna Baptiste", "Delivered (validated)")

doc.add_heading("E10  Measurement and review", level=3)
para("The measures, baselines, data sources and review points in Sections 7 and 9.")
status_line("Kiran Thandi", "In build (baselines due June 2009)")

doc.add_heading("E11  Equality and access", level=3)
para("The application form invites candidates to tell us about any disability or health condition and what would help. "
     "The University's Disability Service agrees reasonable adjustments with each participant who discloses, before the "
     "first study day; these include extra time for tasks, materials in large print or electronic form, a note-taker or "
     "interpreter, and rest breaks. Both venues have been checked for access, with level entry, accessible toilets and an "
     "induction loop. The course leaflet says in its first paragraph that adjustments are made and is available in large "
     "print and on audio CD. Selection uses the published entry requirements only, and the Programme Board receives the "
     "profile of applicants and participants by disability, ethnicity and gender each year.")
status_line("Kiran Thandi", "Delivered")

doc.add_heading("E12  Delivery routes", level=3)
para("There is one intake each September, and the Units are taken in order. Participants choose one of two timetables: "
     "Route D, eight weekday study days; or Route T, in which each study day is taught as a Saturday morning and a "
     "twilight session in the same week, for participants whose schools cannot release them (D17). Practice Clinics are "
     "the same for both routes.")
status_line("Dr Lorna Baptiste", "Delivered")

doc.add_heading("E13  Next Steps", level=3)
para("The last Practice Clinic of the year is a Next Steps session. Each participant drafts three professional targets "
     "for the following year on the Challenge's Forward Plan template, discusses them with the Practice Mentor and "
     "headteacher so that they can be taken into performance management, and is given information on MA modules and "
     "the Project 6 SENCO network.")
status_line("Graham Tuckett", "Delivered (template agreed January 2009)")

# ================================================================ 6
doc.add_heading("6. Business changes in schools", level=1)
table([
    ["Ref", "Change", "How it will be seen"],
    ["BC1", "The SENCO is a member of, or reports each term to, the leadership team.", "Headteacher survey; Adviser visit notes"],
    ["BC2", "A provision map is in use and reviewed each term.", "Provision maps sampled at Clinics"],
    ["BC3", "Pupils with SEN take part in planning and reviewing their provision.", "Review records in A2 and A3"],
    ["BC4", "Support staff are deployed against the provision map.", "A3 reports; headteacher survey"],
    ["BC5", "The SEN section of the school's self-evaluation is updated each year.", "SEF sampled by Advisers"],
], [1.2, 8.8, 6.6])

# ================================================================ 7
doc.add_heading("7. Benefit profiles", level=1)
profiles = [
    ("B1  Narrower attainment gap in participants' schools", [
        ("Type", "End benefit"),
        ("Description", "The gap between pupils with SEN and other pupils narrows in schools whose SENCO completes the award."),
        ("Measures", "KS2: percentage reaching level 4 in English and mathematics. KS4: five or more A*-C GCSEs including English and mathematics. Both for pupils with SEN and for others."),
        ("Baseline", "[2008 results for participants' schools \u2013 to be inserted when the first cohort is known]"),
        ("Target", "Gap narrows by three percentage points more than in other Challenge schools by summer 2011."),
        ("Data source and frequency", "Project 6 (Inclusion Data) from national results; annually each autumn."),
        ("Benefit owner", "Borough Heads of Inclusion"),
        ("Realisation from", "Summer 2010 (first cohort's schools)"),
    ]),
    ("B2  Better progress for pupils in change projects", [
        ("Type", "End benefit"),
        ("Description", "Pupils involved in a participant's Unit 3 change project make better progress than before the change."),
        ("Measures", "For each pupil in the project, a baseline and an end measure chosen from: reading or spelling age, National Curriculum or P scale sub-levels, attendance, and the pupil's own rating of how well school is going. The participant records both in the A3 report; the Project Manager collates them each July."),
        ("Baseline", "Taken by each participant at the start of the project."),
        ("Target", "Three in four pupils in change projects improve on at least one measure by more than expected."),
        ("Data source and frequency", "A3 reports; annually in July."),
        ("Benefit owner", "Dr Lorna Baptiste"),
        ("Realisation from", "July 2010"),
    ]),
    ("B3  Fewer fixed-period exclusions of pupils with SEN", [
        ("Type", "End benefit"),
        ("Measures", "Fixed-period exclusions of pupils with SEN per 100 pupils with SEN in participants' schools."),
        ("Baseline", "[2007-08 borough exclusions data \u2013 to be inserted]"),
        ("Target", "A fall of 15 per cent by 2011."),
        ("Data source and frequency", "Borough exclusions returns; termly."),
        ("Benefit owner", "Borough Heads of Inclusion"),
    ]),
    ("B4  Better attendance of pupils with SEN", [
        ("Type", "End benefit"),
        ("Measures", "Persistent absence rate of pupils with SEN in participants' schools."),
        ("Baseline", "[Autumn 2008 census \u2013 to be inserted]"),
        ("Target", "Persistent absence of pupils with SEN falls to no more than one and a half times that of other pupils."),
        ("Data source and frequency", "School census; termly."),
        ("Benefit owner", "Borough Heads of Inclusion"),
    ]),
    ("B5  SENCOs more competent and confident as leaders", [
        ("Type", "Intermediate benefit"),
        ("Measures", "Change in each participant's self-rating against the 29 capabilities between the Starting Profile and the same profile repeated at the Next Steps Clinic; the Practice Mentor's rating of the participant's leadership at start and end; headteachers' survey on changes BC1 to BC5."),
        ("Baseline", "Starting Profiles, September 2009."),
        ("Target", "Average self-rating rises by at least one point on three-quarters of capabilities; four in five headteachers report two or more of BC1 to BC5."),
        ("Benefit owner", "Graham Tuckett"),
    ]),
    ("B6  Fewer out-of-borough placements", [
        ("Type", "End benefit (shared with Project 8)"),
        ("Description", "Fewer pupils with SEN from participants' schools are placed in independent or out-of-borough special schools, because mainstream provision meets more needs."),
        ("Measures", "New out-of-borough placements a year from participants' schools."),
        ("Baseline", "214 pupils placed out of borough (all schools), March 2008."),
        ("Benefit owner", "Project 8 manager"),
    ]),
]
for title_text, fields in profiles:
    para(title_text, bold=True, after=2)
    ftab = field_table(fields)
    if title_text.startswith("B1"):
        comment(ftab.cell(3, 1).paragraphs[0].runs[0],
                "Project 6 will supply these once the cohort 1 list is final (June).", "Kiran Thandi", "KT")

# ================================================================ 8
doc.add_heading("8. Dis-benefits", level=1)
table([
    ["Dis-benefit", "Effect", "Mitigation"],
    ["SENCO time out of school", "Eight study days and four Clinics a year away from pupils.",
     "The Challenge pays \u00a3150 a day towards supply cover for Route D; Route T uses weekends and twilights."],
    ["Workload", "Assessed tasks add to a SENCO's load.", "All tasks are set on work the school needs done anyway (policy audit, provision map, change project)."],
    ["Retention", "Some SENCOs may leave for posts elsewhere once qualified.", "Accepted: most will stay in Challenge schools."],
], [4.0, 5.6, 7.0])
para("Cost. The cost to the Challenge is about \u00a31,240 a participant (supply cover contribution, Clinics and kits), "
     "against about \u00a3700 a head for the boroughs' former unaccredited induction days. University fees are met from "
     "the TDA's place funding.")

# ================================================================ 9
doc.add_heading("9. Measurement, review and evaluation", level=1)
para("Benefit reviews", bold=True, after=2)
para("The Benefits Review Group reviews every benefit at the end of each tranche (July 2010 and July 2011) and reports to "
     "the Programme Board. Its members are the Project Executive (chair), the Programme Leader, two headteachers nominated "
     "by the heads' forums, a borough Head of Inclusion, a parent representative nominated by the Parent Partnership "
     "Services and, from 2010, a participant from the first cohort. The Group decides what changes are needed to the "
     "programme and records them in the project's Lessons Log.")
para("Evaluation of the programme", bold=True, after=2)
para("Internal evidence: an evaluation at the end of each study day; a questionnaire at the end of each Unit; feedback "
     "from Clinic groups, recorded by the Adviser; tutors' notes after each Unit; marks, resubmissions and completions; "
     "and the University's annual monitoring report. External evidence: the external examiner's annual report; the "
     "national evaluation of the Department's Challenge programmes, which samples projects in each Challenge; and Ofsted, "
     "which may inspect the programme.")
para("Using the evidence. The Programme Leader brings the evidence together in the annual monitoring report each "
     "September with an action plan for the next cohort. The Benefits Review Group and the Programme Board agree the "
     "action plan, and the Project Manager reports progress on it to the Board each month. Changes to content, timing or "
     "assessment go through the University's procedures for minor modifications.")
para("Impact on participants and pupils. B5 measures participants' competence and confidence; B2 measures progress for "
     "the pupils in each participant's change project, from baselines the participant takes; B1, B3 and B4 track "
     "results, exclusions and attendance in participants' schools against other Challenge schools.")

# ================================================================ 10
doc.add_heading("10. Stakeholders", level=1)
para("The table shows how the project has gathered the views of its main stakeholders, what difference they have made, "
     "and how they take part now.")
table([
    ["Stakeholder", "What they told us", "What changed", "Role now"],
    ["Headteachers (workshop of 58 heads, 27 November 2008)", "Release is hard; they want SENCOs who lead, not administer.",
     "Route T added (D17); the Unit 3 change project is agreed with the head.", "Two heads on the Benefits Review Group; heads agree change projects."],
    ["SENCOs (survey of 212, October 2008)", "Want practical work and support from peers.", "Practice Clinics; every task set in the school.",
     "A first-cohort participant joins the Benefits Review Group in 2010."],
    ["Borough Heads of Inclusion and SEN teams", "Provision mapping and data use are weak; out-of-borough placements are costly.",
     "Day 6 on tracking and provision mapping; B6 added.", "One on the Benefits Review Group; own B1, B3, B4."],
    ["Educational psychology services", "SENCOs make little use of reports.", "Day 4 session on using other professionals' assessments.",
     "Psychologists teach on Days 3 and 4."],
    ["Pupils (Ambley Youth Forum, 14 young people with SEN, January 2009)", "They want to be asked, not told, about their support.",
     "Day 7 session on involving pupils; A2 must include the pupil's own views.", "\u2014"],
    ["Parent Partnership Services", "SENCOs should be easier to reach.", "Passed to Project 9.", "Parent representative on the Benefits Review Group."],
    ["Thorneycroft University", "Validation requirements.", "Unit structure and regulations.", "Awarding body; teaches the Units."],
], [3.6, 4.2, 4.4, 4.4], size=8.5)

# ================================================================ 11
doc.add_heading("11. Risks to the benefits", level=1)
table([
    ["Ref", "Risk", "Mitigation", "Owner"],
    ["R1", "Schools do not release SENCOs.", "Supply cover contribution; Route T.", "GT"],
    ["R2", "School-level results for pupils with SEN are too small to show change (B1).", "Rely on B2 project data for early evidence.", "KT"],
    ["R3", "Unit 2 leader not appointed by June 2009.", "University to cover with a visiting psychologist.", "AW"],
    ["R4", "TDA approval is not given.", "Project paused at Gate 2; no costs committed beyond design.", "JO"],
    ["R5", "Practice Mentors lack time.", "Headteacher's nomination form commits the school.", "GT"],
    ["R6", "Participants with more experience find the early study days repetitive.", "Accepted for 2009-10: all participants follow the same programme, and the Clinic groups are the main differentiation.", "LB"],
], [1.2, 6.2, 7.4, 1.8])

# ================================================================ landscape section
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = sec.page_height, sec.page_width
new.left_margin = new.right_margin = Cm(1.8)

doc.add_heading("Realisation schedule", level=1)
table([
    ["Term", "Project milestones", "Benefit measurement points"],
    ["Spring and summer 2009", "TDA application (March); mentor role agreed; kits bought; Unit leaders appointed.", "Baselines for B1, B3, B4 collected by Project 6 (June)."],
    ["Autumn 2009", "Cohort 1 starts (Routes D and T); Starting Profiles; Clinics begin; Direct Assessment opens.", "B5 baseline (Starting Profiles)."],
    ["Spring 2010", "Unit 2; A1 marked; first moderation.", "Termly exclusions and attendance (B3, B4)."],
    ["Summer 2010", "Unit 3 change projects; Next Steps Clinic; first awards.", "B2 collated; B5 end profiles; Benefits Review 1 (July)."],
    ["Autumn 2010", "Cohort 2 starts; action plan from Review 1 in place.", "B1 first results for cohort 1 schools."],
    ["Summer 2011", "Cohort 2 completes.", "Benefits Review 2; ownership of B1, B3, B4 passes to the boroughs when the Challenge closes."],
], [4.0, 10.5, 10.5])

doc.add_heading("Appendix 1 \u2013 Capability Register", level=1)
para("Each capability restates a national minimum outcome in the Challenge's words. 'Built in' shows where the programme "
     "develops it; 'Proven by' shows the summative task that assesses it. Every capability is proven by at least one "
     "summative task. A1, A2, A3: Unit tasks. P: Portfolio P, with its section number.")
caps = [
    ("G", "Professional attributes"),
    ("C1", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "Day 7 (pupils' involvement, person-centred reviews)", "A2 (pupil's views; parents' views)"),
    ("C2", "Wins the commitment of colleagues, including the headteacher and senior leaders", "Day 8", "A3 (report and professional conversation)"),
    ("C3", "Prioritises, manages time and delegates well", "\u2014", "P section 2 (time and workload plan, signed by the mentor)"),
    ("C4", "Anticipates and resolves problems and makes sound decisions on provision", "Practice Clinics", "A2; A3"),
    ("C5", "Communicates clearly in speech and writing and listens to others", "Day 8; Practice Clinics", "A1 (report to governors); A3 (professional conversation)"),
    ("C6", "Draws on research and outside advice to improve practice", "Day 4 (using specialists' advice); Practice Clinics", "A2"),
    ("C7", "Keeps up to date and takes responsibility for own professional development", "\u2014", "P section 3 (CPD record)"),
    ("G", "Knowledge and understanding"),
    ("C8", "SEN law and guidance, including the Code of Practice, and putting them into practice", "Day 1", "A1"),
    ("C9", "Every Child Matters and how the SENCO helps pupils achieve the five outcomes", "Day 1", "A1"),
    ("C10", "Disability equality law and what it requires of schools", "Day 2", "A1"),
    ("C11", "How children develop and how SEN, disability and environment affect development", "Day 3", "A2"),
    ("C12", "The common types of SEN and disability and their effect on learning", "Days 3 to 5", "A2"),
    ("C13", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching", "Day 5; resource centres", "A2"),
    ("C14", "School self-evaluation and improvement for pupils with SEN", "Days 2 and 8", "A1; A3"),
    ("C15", "Best practice and research in meeting SEN", "\u2014 (independent reading)", "A3 (literature review)"),
    ("C16", "What other agencies do and how to get specialist support", "Day 4", "A2"),
    ("G", "Skills"),
    ("C17", "Works with senior leaders and governors on an inclusive ethos, policy and resources", "Days 2 and 8", "A1 (report to governors); A3"),
    ("C18", "Identifies needs, sets targets, plans interventions and reviews progress", "Days 3 to 6", "A2"),
    ("C19", "Uses other professionals' assessments in planning teaching", "Day 4", "A2"),
    ("C20", "Uses summative assessment and national tests to track progress and adjust programmes", "Day 6", "A2 (tracking data)"),
    ("C21", "Encourages colleagues' formative assessment for pupils with SEN", "Day 6", "A3"),
    ("C22", "Identifies and puts in place access arrangements for national tests and examinations", "\u2014", "\u2014"),
    ("C23", "Uses provision mapping and management and finds gaps in provision", "Day 6", "A2 (provision map)"),
    ("C24", "Deploys and manages staff effectively", "Day 7", "A3"),
    ("C25", "Supports colleagues' professional development through observation, coaching and training", "Day 8", "A3 (staff session evidence)"),
    ("C26", "Reviews provision with staff to inform self-evaluation", "Day 8", "A3"),
    ("C27", "Involves pupils in planning and reviewing their provision", "Day 7", "A2 (pupil's views)"),
    ("C28", "Liaises with parents and carers to support learning", "Project 9 workshops (not part of this award)", "A2 (parents' views)"),
    ("C29", "Works with other services and voluntary organisations", "Day 4", "A2"),
]
ct = doc.add_table(rows=len(caps) + 1, cols=4)
ct.style = "Table Grid"
for j, h in enumerate(["Ref", "Capability", "Built in", "Proven by"]):
    cell_text(ct.cell(0, j), h, bold=True)
    shade(ct.cell(0, j), "1F3A5F")
    for r in ct.cell(0, j).paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(caps, start=1):
    if row[0] == "G":
        m = ct.cell(i, 0).merge(ct.cell(i, 3))
        cell_text(m, row[1], bold=True)
        shade(m, "DCE6F1")
        continue
    for j, v in enumerate(row):
        cell_text(ct.cell(i, j), v)
for i in range(len(caps) + 1):
    for j, w in enumerate((1.3, 10.5, 6.6, 6.6)):
        ct.cell(i, j).width = Cm(w)
para()

# back to portrait
back = doc.add_section(WD_SECTION.NEW_PAGE)
back.orientation = WD_ORIENT.PORTRAIT
back.page_width, back.page_height = sec.page_width, sec.page_height
back.left_margin = back.right_margin = Cm(2.2)

doc.add_heading("Appendix 2 \u2013 Assessment regulations (summary)", level=1)
for t in [
    "A1 (3,000 words), A2 (4,000 words) and A3 (4,000 words with a 30-minute professional conversation) are each marked "
    "out of 100 against the University's Level 7 criteria and the task's own criteria: knowledge, analysis, application "
    "to practice and effect on pupils' attainment. The pass mark is 50.",
    "A mark of 40 to 49 in one of A1 or A2 may be compensated where the average of A1, A2 and A3 is 55 or more. A3 and "
    "Portfolio P cannot be compensated. A failed task may be resubmitted once.",
    "Portfolio P (reflective log; time and workload plan; CPD record; mentor witness statements) is judged pass or fail by the participant's Practice Clinic Adviser against a checklist. Portfolio P is "
    "not second-marked or sampled by the University.",
    "A1 to A3 are first-marked by the Unit tutor. A second tutor marks a 25 per cent sample and every fail, and the "
    "markers agree marks at a moderation meeting after each deadline. The external examiner, Dr Miriam Osei of the "
    "University of Castlebridge, sees a sample of each task and attends the Examination Board.",
    "The Examination Board confers the award when a participant has passed, or been compensated in, all three Unit tasks "
    "and has passed Portfolio P.",
]:
    p = para(t)
    if t.startswith("A mark of 40"):
        comment(p.runs[0], "Should compensation apply to the National Award at all? To check with the TDA after "
                           "submission.", "Alan Whitlow", "AW")

doc.add_heading("Appendix 3 \u2013 Decision log (extract)", level=1)
table([
    ["Ref", "Date", "Decision", "Reason"],
    ["D9", "21 Nov 2008", "An online variant of the award (Option C at Gate 1) is not taken forward.",
     "Heads and SENCOs preferred face-to-face study; the University cannot support part-time CPD learners online before 2010."],
    ["D14", "9 Jan 2009", "Credit for prior learning is not used for this award in 2009-11; every participant takes all three Units.",
     "TDA place funding covers the full award; consistency for the first cohorts."],
    ["D16", "30 Jan 2009", "A Direct Assessment route is approved for exceptional candidates from September 2009 (E5).",
     "Experienced SENCOs and support-service teachers need not repeat what they can already show."],
    ["D17", "30 Jan 2009", "Route T (Saturday mornings and twilights) added alongside Route D.", "Headteachers' workshop, 27 November 2008."],
    ["D19", "12 Feb 2009", "Portfolio P to be pass/fail and judged by Challenge Advisers.", "Keeps University marking to the Unit tasks."],
], [1.2, 2.2, 7.0, 6.2])

import datetime as _dt
_cp = doc.core_properties
_cp.author = "Kiran Thandi"
_cp.last_modified_by = "Kiran Thandi"
_cp.title = "Project 7 SENCO Leadership - Benefits Realisation Plan v1.0"
_cp.comments = ""
_cp.created = _dt.datetime(2008, 11, 14, 14, 0)
_cp.modified = _dt.datetime(2009, 3, 16, 9, 20)
_cp.revision = 7
doc.save(OUT)
print("wrote", OUT)
