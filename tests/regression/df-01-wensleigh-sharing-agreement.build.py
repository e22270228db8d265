"""Build df-01.docx: Wensleigh Borough Council Educational Psychology Service, Information Sharing
Agreement for the Wensleigh SENCO Award (invented provider).

Provider
--------
Wensleigh Borough Council, Children's Services, Educational Psychology Service (EPS), Greenbank House.
The EPS leads the council's SENCO training with two partner schools, Ferncliffe Primary School and
Holmleigh Community High School, which host the study days, co-teach and host study visits. The
(invented) University of Mardon validates and awards a Postgraduate Certificate in Special Educational
Needs Coordination. Dated February 2009; 2008-era vocabulary (CRB, DDA, Disability Equality Duty, SEN
Code of Practice 2001, ECM, CAF, Data Protection Act 1998, GCSx, HM Government information sharing
guidance 2008).

Layout (a kind of document a local authority service really keeps: an information sharing agreement)
-----------------------------------------------------------------------------------------------------
The EPS sends the signed Information Sharing Agreement (ISA) between the four partners, on the
Children's Trust ISA template, as its application, with a one-page covering note to the TDA.
- Cover with reference ISA/CS/2009/014 and a document-control table of versions (the version history
  records removed and added flows).
- Covering note to the panel.
- Parts 1-9 of the template (Heading 1): parties table; purpose (with the template's grey bracketed
  guidance prompts left in); legal basis; Part 4, the information flows, as one large table of
  flows A1-A5, B1-B6, C1-C4, D1-D5 with merged, shaded stage rows (Ref / Information / From and to /
  When / Purpose and use / Kept for); "Notes to Part 4" (one run-in Note 1); Part 5 "Information not shared under
  this agreement" with lettered paragraphs (a)-(e) (exclusions, proposals, a removed flow); security,
  rights and breaches; review with a template compliance checklist of ticked boxes; signatures table.
- Schedule 1 describes the programme in the EPS's own voice (award, aims, why it looks as it does, a
  twelve-day table, the team, the three Tasks, preparing tutors and mentors, fees).
- Schedule 2 is the Assessment Record as a data dictionary: fields AR01-AR34 (Field / Content /
  Values / Developed in / Source) with merged group rows; a blanket sentence above it.
- Schedule 3 a participant privacy notice in the second person; Schedule 4 the participating school's
  undertakings.
- Page header (reference and version) and footer (template name and a "golden rules" slogan).
- One Word comment (by the information governance officer) on Part 5(a): not part of the submission.
No e-learning at all: 3.3 not_applicable.

Traps and the requirement ids they affect
-----------------------------------------
- 1.1 partially_met: the stated aim and the Change Project's pupil measures concern progress in
  learning and attainment only ("standardised reading, spelling or number scores, or National
  Curriculum sub-levels"); well-being and the ECM outcomes appear only in a values sentence and as
  Day 2 content.
- 1.5 not_met (intention): Part 5(a): the Board "has asked the EPS to consider a pupil-consultation
  task for the 2010 cohort"; nothing in the programme develops the skill. The comment is not evidence.
- 1.9 and 6.0 partially_met: the award (Flow C4) follows passes in Tasks 1-3, but Schedule 2 records
  several outcomes only as "Noted" (not graded), one as not recorded, one as assumed at entry and one
  not at all, against the blanket "Every national minimum outcome has a field".
- 2.1 met (APL of certificated and experiential learning, Flow A5). 2.2 met (Flow A4).
- 2.3 not_met (past arrangement plus negation and deferral): former Flow A6 removed in v1.1 (version
  history and Part 5(b)): "the University's regulations do not allow ... The Board will ask the
  University again in 2010."
- 2.4 partially_met: tailoring through the Individual Learning Plan and optional workshops, but cost
  only a fee and a bare assertion ("at a price schools can afford"); nothing on cost-effectiveness.
- 2.5 met (Flow D2 Next Steps Plan).
- 3.1 met (Flow A3: disclosure invited, Access Plan, venues, monitoring).
- 3.2 partially_met: one intake, fixed order; only pace is flexible; a January intake "is being
  considered" (intention).
- 3.3 not_applicable: Part 5(d) "The programme has no online or distance-learning element."
- 4.1, 4.2 met (Schedule 1 section 3: survey, consultative groups, parents' panel, what changed).
- 4.3 met (Programme Board membership and its evaluation role, Notes to Part 4; flows D3, D4).
- 5.1 met (D1-D5, B6, Board action plan). 5.3 met (A2 plus Schedule 4 undertakings).
- 5.2 partially_met: entry is QTS, post and nomination; places "in the order in which complete
  nomination forms are received"; no judgement of readiness.
- 5.4 met (team table, chartered EPs, supervision and research group, CPD reviews).
- 5.5 partially_met: specialists teach (SALT, PPS, CAMHS, Sensory Support), but a study visit is only
  "for participants who ask for one, where the host school can take them"; the old course's placement
  week (past arrangement) does not count.
- 5.6 not_met: Part 5(c) negates University library and IT access (another body's resources, not
  available); encrypted laptops are ICT security (wrong context); the resources budget "has not yet
  been set" (deferral).
- 5.7 partially_met: tutors are prepared (Unit meetings, standardisation), but mentors only "receive a
  copy of Schedule 4"; "the EPS does not provide mentor training".
- 5.8 met (C2, C3). 5.9 met (B6 pupil measures collated; D2 Exit Profile for competence/confidence).
- Compliance checklist ticks ("Information about placements shared with host settings") and the
  footer slogan are not evidence of anything.
- Outcomes (Schedule 2):
  met (developed on a named day, graded from a Task): A1, A2, A4, A6, K1, K2, K5, K6, K7, K8, K9,
  S1, S2, S2a, S3, S4, S8, S9 (S4: Task 3 always includes "how support staff are deployed and
  managed");
  formative only, "Noted" from the Learning Log or a mentor report (A3, S2c, S5 partially_met);
  self-rating only in the Exit Profile (A7 partially_met);
  assessed but not developed, "Developed in" a dash (A5 partially_met);
  "Not recorded in 2009-10" (K3 partially_met);
  optional section of Task 2 (S2d partially_met);
  conditional source "where the Change Project evaluates existing provision" (S6 partially_met);
  a field of dashes pointing to Part 5(a), the pupil-consultation task only under consideration
  (S7 not_met);
  "assumed from initial teacher training" (K4 not_met);
  no field at all for summative assessment and national tests (S2b not_met).
- Totals: 38 met, 16 partially_met, 6 not_met, 1 not_applicable.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("df-01-wensleigh-sharing-agreement.docx")

doc = Document()
doc.core_properties.author = "Ruth Ambler"
doc.core_properties.title = "ISA/CS/2009/014 Wensleigh SENCO Award"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
for lvl, size in ((1, 13), (2, 11)):
    h = doc.styles[f"Heading {lvl}"]
    h.font.name = "Arial"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

NAVY = "1F3A5F"
PALE = "DCE6F1"
GREY = "EDEDED"


def para(text="", bold=False, italic=False, size=None, align=None, after=None, colour=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def guidance(text):
    """The template's guidance prompt, left in: grey italic in square brackets."""
    return para("[" + text + "]", italic=True, size=9, colour="808080")


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=8.5):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    return p


def table(rows, header=True, size=8.5, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, PALE)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def grouped_table(head, rows, size=8, widths=None):
    """rows: tuples of cells, or ("GROUP", title) for a merged, shaded stage row."""
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        cell_text(t.cell(0, j), h, bold=True, size=size)
        shade(t.cell(0, j), PALE)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "GROUP":
            m = cells[0].merge(cells[-1])
            cell_text(m, row[1], bold=True, size=size)
            shade(m, GREY)
            continue
        for j, val in enumerate(row):
            cell_text(cells[j], val, size=size)
    if widths:
        for r in t.rows:
            for j, w in enumerate(widths):
                r.cells[j].width = Cm(w)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
hp = sec.header.paragraphs[0]
hr = hp.add_run("Wensleigh Borough Council \u00b7 Information Sharing Agreement ISA/CS/2009/014 \u00b7 "
                "Version 1.2 \u00b7 NOT PROTECTIVELY MARKED")
hr.font.size = Pt(7)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Wensleigh Children\u2019s Trust ISA template v3 (2007) \u00b7 Share only what is necessary, "
                "proportionate, relevant, accurate, timely and secure \u00b7 Page ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ cover
para("WENSLEIGH BOROUGH COUNCIL", bold=True, size=16, align="c", colour=NAVY, after=0)
para("Children\u2019s Services \u00b7 Educational Psychology Service", size=11, align="c", after=30)
para("INFORMATION SHARING AGREEMENT", bold=True, size=20, align="c", after=4)
para("ISA/CS/2009/014", size=11, align="c", after=16)
para("The Wensleigh SENCO Award", bold=True, size=14, align="c", after=0)
para("Postgraduate Certificate in Special Educational Needs Coordination", size=11, align="c", after=16)
para("between", italic=True, align="c", after=4)
para("Wensleigh Borough Council (Educational Psychology Service)", align="c", after=0)
para("the Governing Body of Ferncliffe Primary School", align="c", after=0)
para("the Governing Body of Holmleigh Community High School", align="c", after=0)
para("the University of Mardon (School of Education)", align="c", after=24)
para("Document control", bold=True)
table([
    ("Version", "Date", "By", "Summary of change"),
    ("0.1", "3 Oct 2008", "R. Ambler", "First draft."),
    ("0.3", "12 Nov 2008", "G. Tulley", "Legal basis and retention."),
    ("1.0", "9 Dec 2008", "Programme Board", "Agreed and signed by all four parties."),
    ("1.1", "22 Jan 2009", "R. Ambler", "Flow B6 (pupil measures) added after the University validation event. "
     "Former Flow A6 (assessment-only candidates) removed: see Part 5(b)."),
    ("1.2", "16 Feb 2009", "R. Ambler", "Schedule 2 fields AR24 to AR27 revised. Covering note for the TDA "
     "added."),
], widths=[1.5, 2.2, 2.8, 10.5])
page_break()

# ------------------------------------------------------------------ covering note
para("Covering note to the TDA SENCO Training Approval Panel", bold=True, size=11)
para("From: Dr Ruth Ambler, Senior Educational Psychologist and Programme Leader, on behalf of the "
     "Wensleigh SENCO Award Programme Board", after=0)
para("Date: 16 February 2009")
para("We are sending the panel our Information Sharing Agreement, as signed, rather than a narrative "
     "application. To write it we had to set down every point at which information about a participant "
     "passes from one partner to another, and we found that the Agreement describes the programme more exactly than "
     "anything else we have written. Schedule 1 describes the programme itself, Part 4 shows each step a "
     "participant takes and who does what at that step, and Schedule 2, the Assessment Record, shows "
     "where each national minimum outcome is developed and from which piece of work it is recorded.")
para("Psychology is about how people learn and change. We believe that a SENCO who understands this, and "
     "who is well supported, can transform the experience of school for children with special "
     "educational needs, and our Service has shaped this programme around that belief.")

# ------------------------------------------------------------------ Part 1
doc.add_heading("Part 1  Parties to this agreement", level=1)
table([
    ("Party", "Signs for the party", "Part in the programme", "Data controller for"),
    ("Wensleigh Borough Council, Children\u2019s Services (Educational Psychology Service)",
     "Martin Hale, Principal Educational Psychologist",
     "Lead partner. Recruits, teaches, tutors and assesses; convenes the Programme Board.", "A1 to A5, B1 to B3, B5, B6, C1, C2, D1 to D4"),
    ("Ferncliffe Primary School", "Anne Brereton, Headteacher",
     "Hosts the Unit 1 and Unit 2 study days. Its Deputy Headteacher and SENCO co-teaches Unit 1. Hosts "
     "study visits to its Nurture Group.", "B4 (visits to Ferncliffe)"),
    ("Holmleigh Community High School", "Keith Stansfield, Headteacher",
     "Hosts the Unit 3 study days. Its Assistant Headteacher (Inclusion) co-teaches Unit 3. Hosts study "
     "visits to its Language Resource Base.", "B4 (visits to Holmleigh)"),
    ("University of Mardon, School of Education", "Dr Peter Lindqvist, Link Tutor",
     "Validates and awards; registers participants as associate students; moderates; appoints the "
     "external examiner.",
     "A5 (APL decisions), C3, C4, D5"),
], widths=[4.0, 3.4, 6.4, 3.2])

# ------------------------------------------------------------------ Part 2
doc.add_heading("Part 2  Purpose of the agreement", level=1)
guidance("Template guidance: state why information needs to be shared and what the sharing will achieve. "
         "Avoid general statements such as \u2018to improve outcomes for children\u2019.")
para("This agreement allows the four parties to share the personal information they need to recruit, "
     "teach, assess, award and evaluate the Wensleigh SENCO Award, the Postgraduate Certificate in Special "
     "Educational Needs Coordination described in Schedule 1. It covers information about participants "
     "(teachers new to the SENCO role), about their school mentors and headteachers and, in anonymised form "
     "only, about pupils.")
para("It replaces ISA/CS/2005/006, which covered the Council\u2019s unaccredited SENCO Development Course "
     "(2005 to 2008), under which each participant spent a placement week at Pennine View Special School. "
     "That course ended in July 2008.")

# ------------------------------------------------------------------ Part 3
doc.add_heading("Part 3  Legal basis", level=1)
para("Participants\u2019 information is processed with their consent and for the contract for the "
     "programme (Data Protection Act 1998, Schedule 2, conditions 1 and 2); disability and health "
     "information only with explicit consent (Schedule 3, condition 1). Pupil information leaves a school "
     "only once anonymised. The parties have followed Information Sharing: Guidance for Practitioners and "
     "Managers (HM Government, 2008). Information about individual children shared for safeguarding is "
     "governed by the Wensleigh Safeguarding Children Board\u2019s procedures, not by this agreement.")

# ------------------------------------------------------------------ Part 4
doc.add_heading("Part 4  Information flows", level=1)
guidance("Template guidance: list each flow of personal information separately. For each, say what is "
         "shared, by whom and with whom, when, why and how it will be used, and how long it is kept.")
FLOWS = [
    ("GROUP", "A.  Before the programme: nomination and entry"),
    ("A1", "Nomination form: name, school, post, DfES teacher number, the headteacher\u2019s nomination and "
     "signed undertakings (Schedule 4)", "Headteacher \u2192 EPS Course Administrator", "By 30 June",
     "To confirm eligibility. Entry requires Qualified Teacher Status and a post as SENCO, or designation "
     "as SENCO from September, in a Wensleigh school. Places are offered in the order in which complete "
     "nomination forms are received.", "Programme plus one year"),
    ("A2", "Enhanced CRB disclosure: disclosure number, date of issue, body that requested it",
     "Participant \u2192 Course Administrator", "Before the induction day",
     "The Course Administrator sees the original certificate at the induction day and records its number "
     "and date; the certificate is handed back and not copied. A participant who has not worked in a post "
     "with regular contact with children in the past three months obtains a new enhanced disclosure "
     "through the Council\u2019s CRB counter-signatory before the first study day. No participant starts a "
     "study visit (B4) until the check is recorded.", "Six months after the programme ends"),
    ("A3", "Disability, health condition and access needs", "Participant \u2192 Access Coordinator (EPS)",
     "On the booking form, or at any time",
     "The booking form explains why we ask and who will see the answer. The Access Coordinator, Lorraine "
     "Pike, telephones every participant who tells us of a need within five working days and agrees a "
     "written Access Plan covering study days, materials and assessment (for example extra time, handouts "
     "in large print or electronic form, a BSL/English interpreter, a scribe). The Plan is shared with "
     "tutors, and with the University for assessment, only with the participant\u2019s written agreement. "
     "Both host schools\u2019 training rooms are on the ground floor with hearing loops, and the rooms used "
     "for study visits are checked for access before a visit. Numbers applying, completing and passing, "
     "by disability and by ethnic group, are reported to the Programme Board each year under the "
     "Council\u2019s Disability Equality Scheme.", "Programme plus one year"),
    ("A4", "Starting Profile (a self-rating from 1 to 4, with an example, against each outcome field "
     "AR07 to AR34 of Schedule 2) and the Individual Learning Plan",
     "Participant \u2192 personal tutor (the school\u2019s link EP); Plan copied to the school mentor",
     "Profile before the induction day; Plan agreed within two weeks",
     "The personal tutor meets the participant for an hour, tests the ratings against the examples, and "
     "agrees an Individual Learning Plan naming the participant\u2019s priority outcomes, the optional "
     "workshop to take (one of four: autism, dyslexia, speech language and communication, behaviour) and "
     "the outcomes the participant may already meet. The Plan is reviewed at each tutorial.",
     "Programme plus one year"),
    ("A5", "Claims for the accreditation of prior learning: certificates, transcripts, or a portfolio of "
     "experiential learning", "Participant \u2192 EPS \u2192 University APL Panel", "By 31 July",
     "Up to 20 credits (one Unit) may be claimed, either for certificated learning at Level 7 that matches "
     "a Unit\u2019s outcomes or for experiential learning evidenced by a portfolio mapped to the Unit\u2019s "
     "outcomes. Claims are decided by the University\u2019s APL Panel under its regulations. Credit awarded "
     "is entered in AR04.", "University regulations"),
    ("GROUP", "B.  During the programme"),
    ("B1", "Attendance registers", "Tutors \u2192 Course Administrator", "Each study day",
     "Absence from more than two days is discussed with the participant and headteacher.",
     "Programme plus one year"),
    ("B2", "Tutorial records and reviews of the Individual Learning Plan", "Personal tutor", "Three "
     "tutorials in each Unit", "To record progress against the Plan and agree the next school-based tasks.",
     "Programme plus one year"),
    ("B3", "Mentor reports", "School mentor \u2192 personal tutor", "End of each Unit",
     "A one-page report on the participant\u2019s school-based tasks and on their work with colleagues "
     "(see AR30).", "Programme plus one year"),
    ("B4", "Study visit records", "Host school \u2192 EPS", "After a visit",
     "A half-day visit to the Holmleigh Language Resource Base or the Ferncliffe Nurture Group can be "
     "arranged for participants who ask for one, where the host school can take them.", "Programme plus one year"),
    ("B5", "Learning Log entries", "Participant \u2192 personal tutor", "After each study day",
     "The Learning Log is read and commented on by the personal tutor. It is not graded and does not count "
     "towards the award.", "Returned to the participant"),
    ("B6", "Pupil measures for the Change Project (Task 3), anonymised: standardised reading, spelling or "
     "number scores, or National Curriculum sub-levels",
     "Participant\u2019s school \u2192 participant \u2192 EPS Research and Evaluation Group",
     "Baseline before the change; follow-up at least ten weeks later",
     "Pupils are identified only by a code. Schools remain the data controllers for pupil records. The "
     "Research and Evaluation Group collates the baseline and follow-up measures across the cohort each "
     "summer and reports them to the Programme Board.", "Five years (anonymised)"),
    ("GROUP", "C.  Assessment and award"),
    ("C1", "Assignments: Tasks 1, 2 and 3 and the recording of the professional discussion",
     "Participant \u2192 Unit tutor", "End of each Unit", "For marking. See Schedule 1, section 6.",
     "One year after the award"),
    ("C2", "Marks and the Assessment Record (Schedule 2)", "Unit tutors \u2192 University Assessment Board",
     "After each Unit",
     "Each Task is marked by the Unit tutor against the University\u2019s Level 7 criteria and against the "
     "Schedule 2 fields it assesses. One in four of each tutor\u2019s Tasks, and every fail, is "
     "second-marked blind by another tutor, and the two tutors agree a mark.", "University regulations"),
    ("C3", "Moderation sample", "EPS \u2192 University Link Tutor and external examiner", "June",
     "The Link Tutor moderates a sample of each Task. The external examiner receives the sample, the "
     "Assessment Records and the second-marking grid, attends the Assessment Board and reports to the "
     "University each year.", "University regulations"),
    ("C4", "Result and credits", "University \u2192 participant; headteacher with consent",
     "After the Assessment Board",
     "The University awards the Postgraduate Certificate when the Assessment Board confirms a pass in "
     "Tasks 1, 2 and 3.", "University regulations"),
    ("GROUP", "D.  Evaluation"),
    ("D1", "Session and Unit evaluations", "Participants \u2192 Programme Leader",
     "Each study day; end of each Unit", "Analysed by the Programme Leader for the Programme Board.",
     "Three years"),
    ("D2", "Exit Profile and Next Steps Plan", "Participant \u2192 personal tutor \u2192 line manager, "
     "with consent", "Final tutorial",
     "The participant repeats the Starting Profile. The change from the Starting Profile is our measure of "
     "growth in each participant\u2019s competence and confidence, and is reported to the Programme Board "
     "in anonymised form. At the final tutorial the personal tutor and the participant draw up a Next "
     "Steps Plan of two or three professional targets for the year after the award, which the participant "
     "takes to their performance management review.", "Three years"),
    ("D3", "Headteacher questionnaire", "Headteachers of participants\u2019 schools \u2192 Programme Board",
     "Each July", "Asks what has changed in the school\u2019s SEN provision and what the programme should "
     "change.", "Three years"),
    ("D4", "Parents\u2019 panel notes", "Parent Partnership Service \u2192 Programme Board", "Each June",
     "The Parent Partnership Service\u2019s parents\u2019 panel reviews the parents\u2019 day (Day 7) and "
     "what parents in participants\u2019 schools have noticed.", "Three years"),
    ("D5", "External examiner\u2019s report and the University\u2019s annual monitoring report",
     "University \u2192 Programme Board", "October", "For the annual review (Note 1).", "Five years"),
]
grouped_table(("Ref", "Information", "From \u2192 to", "When", "Purpose and use", "Kept for"), FLOWS,
              size=7.5, widths=[0.9, 3.4, 2.6, 2.0, 6.3, 1.8])

para("")
para("Notes to Part 4", bold=True)
runin("Note 1.",
      "The Programme Board is chaired by the Principal Educational Psychologist. Its members are the "
      "headteachers of Ferncliffe and Holmleigh, the Parent Partnership Officer, the chair of the Wensleigh "
      "SENCO Forum, a former participant of the SENCO Development Course, and the University Link Tutor. "
      "It meets each term. Each October it considers flows B6 and D1 to D5 together, agrees an action plan "
      "for the next cohort and sends a one-page \u2018What we have changed\u2019 note to every school. The "
      "SENCO Forum chair and the Parent Partnership Officer also observe one study day each year and "
      "report to the Board.")

# ------------------------------------------------------------------ Part 5
doc.add_heading("Part 5  Information not shared under this agreement", level=1)
guidance("Template guidance: record any information the parties considered sharing but have decided not "
         "to share, and any flows proposed for the future.")
p5a = runin("(a) Pupils\u2019 views.",
            "At the validation event the University panel suggested a task in which participants gather "
            "pupils\u2019 views of their own provision. The Programme Board has asked the EPS to consider a "
            "pupil-consultation task for the 2010 cohort. No information about pupils\u2019 views will flow "
            "under this agreement unless it is varied.")
doc.add_comment(p5a.runs, text="Peter L. said the panel were keen on this. Can we firm it up before this "
                "goes to the TDA? GT", author="Graham Tulley", initials="GT")
runin("(b) Assessment-only candidates.",
      "Flow A6 in versions 1.0 and earlier covered candidates who would be assessed against the outcomes "
      "without attending the programme. It was removed at version 1.1: the University\u2019s regulations do "
      "not allow the Postgraduate Certificate to be awarded to a candidate who has not enrolled on its "
      "taught Units. The Board will ask the University again in 2010.")
runin("(c) University library and computing services.",
      "Participants are associate students of the University, not registered students, and are not given "
      "University computing accounts. The University\u2019s Education Library lends only to registered "
      "students of its own programmes. No participant information therefore passes to the University\u2019s "
      "library or IT services. The budget for programme resources is a matter for the Programme Board and "
      "has not yet been set.")
runin("(d) Online learning.",
      "The programme has no online or distance-learning element. All teaching is face to face, on study "
      "days and at tutorials, and no participant or pupil information is placed on the Council\u2019s "
      "learning platform.")
runin("(e) Start dates and pace.",
      "There is one intake each year, in September, and the Units are taken in order (1, 2, 3). A "
      "participant may complete in one year or, by agreement with the Programme Leader, spread the three "
      "Units over two years; information is then kept for the longer period. A January intake has been "
      "requested by the SENCO Forum and is being considered by the Board.")

# ------------------------------------------------------------------ Parts 6-9
doc.add_heading("Part 6  Security, retention and disposal", level=1)
para("Personal information passes between the parties only by secure email (GCSx) or on encrypted "
     "Council memory sticks. Tutors\u2019 Council laptops are encrypted. Paper records are kept in locked "
     "cabinets and shredded on site at the end of each retention period.")
doc.add_heading("Part 7  Rights, complaints and breaches", level=1)
para("Participants may see what is held about them by writing to the Programme Leader. Complaints and "
     "suspected breaches go to the Council\u2019s Information Governance Officer, Graham Tulley, within one "
     "working day.")
doc.add_heading("Part 8  Review", level=1)
para("This agreement is reviewed each October by the Programme Board.")
table([
    ("Template checklist", "Confirmed"),
    ("Privacy notice issued to every data subject (Schedule 3)", "\u2611"),
    ("Security arrangements agreed", "\u2611"),
    ("Information about placements shared with host settings", "\u2611"),
    ("Equality impact screening completed", "\u2611"),
], widths=[13.0, 3.0])
doc.add_heading("Part 9  Signatures", level=1)
sig = table([
    ("For", "Name", "Signature", "Date"),
    ("Wensleigh Borough Council", "Martin Hale", "", "9 December 2008"),
    ("Ferncliffe Primary School", "Anne Brereton", "", "9 December 2008"),
    ("Holmleigh Community High School", "Keith Stansfield", "", "11 December 2008"),
    ("University of Mardon", "Dr Peter Lindqvist", "", "15 December 2008"),
], widths=[5.0, 3.5, 4.5, 3.0])
page_break()

# ------------------------------------------------------------------ Schedule 1
doc.add_heading("Schedule 1  The programme", level=1)
doc.add_heading("1. The award", level=2)
para("The Wensleigh SENCO Award is the Postgraduate Certificate in Special Educational Needs Coordination "
     "of the University of Mardon, validated on 21 January 2009 for five years. It carries 60 credits at "
     "Level 7 (Master\u2019s level) of the Framework for Higher Education Qualifications: three Units of 20 "
     "credits each. The credits count towards the University\u2019s MA in Education (Inclusion).")
doc.add_heading("2. What the programme is for", level=2)
para("The programme\u2019s aim is that pupils with special educational needs and disabilities in "
     "participants\u2019 schools make better progress in their learning because their SENCO leads provision "
     "better. Each of the three Tasks asks participants to show the effect of their work on pupils\u2019 "
     "progress, and Task 3 asks for measured gains (Flow B6). We want every child to be happy, healthy and "
     "safe in school as well as to learn.")
para("Every study day ends with a school-based task that the participant carries out in their own school "
     "before the next study day; the Unit handbook names the Schedule 2 fields each task works towards, "
     "and the tutor discusses it at the next tutorial.")
doc.add_heading("3. Why the programme looks as it does", level=2)
para("In May and June 2008 the EPS sent a questionnaire to every SENCO in Wensleigh\u2019s 61 schools "
     "(44 replied), met the Primary and Secondary Headteachers\u2019 Consultative Groups, and asked the "
     "Parent Partnership Service\u2019s parents\u2019 panel (nine parents) what they want from a SENCO. SENCOs said they felt least confident in "
     "leading teaching assistants and in provision mapping. Headteachers asked for training to take place "
     "in schools rather than at the Civic Centre. Parents wanted SENCOs who explain clearly and keep them "
     "informed. In response, the old course\u2019s two-day \u2018Managing Support Staff\u2019 module became "
     "Unit 3, Leading people and provision; provision mapping now has its own study day (Day 6); study "
     "days moved to the two partner schools; and Day 7 is planned and co-taught with the Parent "
     "Partnership Service.")
doc.add_heading("4. Study days", level=2)
table([
    ("Day", "Unit and venue", "Content"),
    ("1", "Unit 1 The SENCO, the law and the school (Ferncliffe)",
     "SEN law and guidance: the Education Act 1996, the SEN Code of Practice (2001), SENDA 2001, the "
     "SENCO Regulations 2008."),
    ("2", "Unit 1 (Ferncliffe)", "Disability equality: the DDA 1995 and 2005 and the Disability Equality Duty. "
     "Every Child Matters and the Children Act 2004; the Inclusion Development Programme."),
    ("3", "Unit 1 (Ferncliffe)", "An inclusive ethos: working with the headteacher, senior leaders and "
     "governors on SEN policy, priorities and resources; gaining colleagues\u2019 commitment."),
    ("4", "Unit 1 (Ferncliffe)", "Learning from research: reading and judging research; Ofsted\u2019s "
     "Inclusion: does it matter where pupils are taught? (2006); the Bercow Review (2008)."),
    ("5", "Unit 2 Knowing the child (Ferncliffe)", "Identifying need. The common types of SEN (BESD, specific "
     "learning difficulties including dyslexia, SLCN, autistic spectrum disorders, MLD), with the Speech "
     "and Language Therapy Service and the autism outreach teacher."),
    ("6", "Unit 2 (Ferncliffe)", "Targets, interventions, provision mapping and provision management; "
     "strategies and resources, including ICT; access arrangements for tests and examinations."),
    ("7", "Unit 2 (Ferncliffe)", "Working with parents and carers, co-taught with the Parent Partnership "
     "Service: listening, explaining, advising, and resolving disagreement. Annual reviews and IEP reviews with parents."),
    ("8", "Unit 2 (Ferncliffe)", "Working with other services: the EPS, Speech and Language Therapy, CAMHS, "
     "Sensory Support and the voluntary sector; the CAF; using other professionals\u2019 assessments."),
    ("9", "Unit 3 Leading people and provision (Holmleigh)", "Leading and deploying teaching assistants; "
     "managing time, priorities and delegation."),
    ("10", "Unit 3 (Holmleigh)", "The EPS consultation model: participants practise consultation and "
     "coaching conversations in threes, then consult with a colleague in their own school as their "
     "school-based task. Assessment for learning for pupils with SEN. School self-evaluation and the SEF."),
    ("11", "Unit 3 (Holmleigh)", "Held with the Wensleigh SENCO Forum: each participant brings a problem of "
     "practice to a solution circle with SENCOs from other schools and a link EP."),
    ("12", "Unit 3 (Holmleigh)", "Change Project presentations and professional discussions."),
], widths=[1.0, 4.5, 11.5])
para("Each participant also takes one optional twilight workshop (Flow A4).")
doc.add_heading("5. Who teaches", level=2)
table([
    ("Name", "Post", "Teaches"),
    ("Dr Ruth Ambler", "Senior Educational Psychologist; Programme Leader. DEdPsy; former SENCO (primary).",
     "Units 1 and 3"),
    ("Simon Okafor", "Educational Psychologist. MSc Educational Psychology; former secondary SENCO.",
     "Unit 2"),
    ("Dr Claire Nuttall", "Educational Psychologist; leads the EPS Research and Evaluation Group. PhD.",
     "Units 1 and 2"),
    ("Jenny Marsh", "Deputy Headteacher and SENCO, Ferncliffe Primary School.", "Unit 1"),
    ("Paul Deakin", "Assistant Headteacher (Inclusion), Holmleigh Community High School; manages the "
     "Language Resource Base.", "Unit 3"),
    ("Carol Whitby", "Parent Partnership Officer.", "Day 7"),
    ("Anita Rao", "Specialist Speech and Language Therapist, Wensleigh PCT.", "Days 5 and 8"),
], widths=[3.2, 10.0, 3.8])
para("All the EP tutors are Chartered Educational Psychologists of the British Psychological Society. "
     "They take part in the Service\u2019s monthly peer supervision and its Research and Evaluation "
     "Group, which presents new research each half term, and each tutor\u2019s CPD is agreed in the "
     "Service\u2019s annual Professional Development Review. A primary mental health worker from CAMHS "
     "and a teacher from the Sensory Support Service also contribute to Day 8.")
doc.add_heading("6. The Tasks", level=2)
runin("Task 1 (Unit 1): Policy and provision review, 4,000 words.",
      "A review of the school\u2019s SEN policy against the Code of Practice and Every Child Matters, "
      "drawing on research, with a provision map for one year group and an action plan agreed with the "
      "headteacher and presented to the SEN governor.")
runin("Task 2 (Unit 2): Case study, 4,000 words.",
      "A study of one pupil: how the need was identified, the assessments of other professionals, the "
      "targets, interventions and review, the participant\u2019s work with the pupil, their record of a "
      "review meeting held with the pupil\u2019s parents or carers, and the work of other services involved. "
      "Section C, on arrangements for tests and examinations, is optional.")
runin("Task 3 (Unit 3): Change Project, 3,000 words, a 20-minute presentation and a professional "
      "discussion.",
      "A change in SEN provision that the participant leads in their own school for at least one term, "
      "including how support staff are deployed and managed, with baseline and follow-up pupil measures "
      "(Flow B6). The presentation and professional discussion are with two tutors.")
doc.add_heading("7. Preparing tutors and mentors", level=2)
para("Before each Unit the Unit tutors meet for half a day to go through the Unit handbook and the Task. "
     "Every tutor attends the marking standardisation meeting each May. School mentors are named by the "
     "headteacher (Schedule 4) and receive a copy of Schedule 4, which sets out what is asked of them. The "
     "EPS does not provide mentor training.")
doc.add_heading("8. Fees", level=2)
para("The fee is \u00a31,150 per participant, invoiced to the school. The Service is committed to offering high-quality, personalised "
     "professional development at a price schools can afford.")
page_break()

# ------------------------------------------------------------------ Schedule 2
doc.add_heading("Schedule 2  The Assessment Record", level=1)
para("The Assessment Record is held by the EPS and passed to the University Assessment Board (Flow C2). "
     "Every national minimum outcome has a field in the Assessment Record. \u2018Developed in\u2019 gives "
     "the study day; \u2018Source\u2019 gives the piece of work from which the tutor records the result. A "
     "field whose source is the Learning Log, a mentor report or the Exit Profile is recorded as "
     "\u2018Noted\u2019 and is not graded.")
AR = [
    ("GROUP", "Administrative fields"),
    ("AR01", "Participant identifier", "Text", "\u2014", "Course Administrator"),
    ("AR02", "Cohort", "Year", "\u2014", "Course Administrator"),
    ("AR03", "Route", "Taught", "\u2014", "Course Administrator"),
    ("AR04", "APL credits", "0 or 20", "\u2014", "University APL Panel (A5)"),
    ("AR05", "Access Plan in place", "Y/N (not shown to the Assessment Board)", "\u2014", "Access Coordinator"),
    ("AR06", "Task marks", "Percentages", "\u2014", "Tasks 1 to 3"),
    ("GROUP", "Professional attributes"),
    ("AR07", "Fair, respectful and constructive relationships with pupils with SEN and their parents or carers",
     "Pass / Refer", "Day 7", "Task 2"),
    ("AR08", "Gaining the commitment of colleagues, the headteacher and senior leaders", "Pass / Refer",
     "Days 3 and 10", "Task 3"),
    ("AR09", "Prioritising, managing time and delegating", "Noted", "Day 9", "Learning Log"),
    ("AR10", "Anticipating and resolving problems; sound judgement about provision", "Pass / Refer",
     "Day 11", "Task 3 (professional discussion)"),
    ("AR11", "Clear speech and writing; listening to and understanding the views of others", "Pass / Refer",
     "\u2014", "Task 3 (presentation and professional discussion)"),
    ("AR12", "Drawing on research and outside advice to improve practice", "Pass / Refer", "Day 4", "Task 1"),
    ("AR13", "Keeping up to date; taking responsibility for own CPD", "Noted", "Final tutorial",
     "Exit Profile (self-rating)"),
    ("GROUP", "Knowledge and understanding"),
    ("AR14", "SEN law and guidance, including the Code of Practice, and putting them into practice",
     "Pass / Refer", "Day 1", "Task 1"),
    ("AR15", "Every Child Matters and the SENCO\u2019s part in the five outcomes", "Pass / Refer", "Day 2",
     "Task 1"),
    ("AR16", "Disability equality law and the actions it requires", "\u2014", "Day 2",
     "Not recorded in 2009\u201310 (to be added to Task 1 from 2010)"),
    ("AR17", "How children develop and what affects their development", "\u2014", "\u2014",
     "Not recorded: assumed from initial teacher training"),
    ("AR18", "The common types of SEN and disability and their effect on learning", "Pass / Refer",
     "Day 5; optional workshop", "Task 2"),
    ("AR19", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching",
     "Pass / Refer", "Days 5 and 6; optional workshop", "Task 2"),
    ("AR20", "Principles of school self-evaluation and improvement for pupils with SEN", "Pass / Refer",
     "Day 10", "Task 3"),
    ("AR21", "Best practice and research on meeting SEN", "Pass / Refer", "Day 4", "Task 1"),
    ("AR22", "The scope and role of external agencies, and getting specialist support", "Pass / Refer",
     "Day 8", "Task 2"),
    ("GROUP", "Skills"),
    ("AR23", "With senior colleagues and governors, shaping an inclusive ethos, policies, priorities and "
     "resources", "Pass / Refer", "Day 3", "Task 1"),
    ("AR24", "Identifying pupils who may have SEN, setting targets, planning interventions, reviewing "
     "progress", "Pass / Refer", "Days 5 and 6", "Task 2"),
    ("AR25", "Using assessments by other professionals to plan teaching", "Pass / Refer", "Day 8", "Task 2"),
    ("AR26", "Encouraging colleagues to develop formative assessment for pupils with SEN", "Noted", "Day 10",
     "Learning Log"),
    ("AR27", "Access arrangements for national tests and examinations", "Pass / Refer", "Day 6",
     "Task 2, optional Section C"),
    ("AR28", "Provision mapping and management; finding ineffective or missing provision", "Pass / Refer",
     "Day 6", "Task 1"),
    ("AR29", "Deploying and managing staff", "Pass / Refer", "Day 9", "Task 3"),
    ("AR30", "Supporting colleagues\u2019 professional development", "Noted", "Day 10", "Mentor report (B3)"),
    ("AR31", "Reviewing provision with other staff to inform school self-evaluation", "Pass / Refer",
     "Day 10", "Task 3, where the Change Project evaluates existing provision"),
    ("AR32", "Involving pupils in planning and reviewing their provision", "\u2014", "\u2014",
     "\u2014 (see Part 5(a))"),
    ("AR33", "Liaising with parents and carers", "Pass / Refer", "Day 7", "Task 2"),
    ("AR34", "Working with other services and agencies, including voluntary organisations", "Pass / Refer",
     "Day 8", "Task 2"),
]
grouped_table(("Field", "Content", "Values", "Developed in", "Source"), AR, size=7.5,
              widths=[1.2, 7.0, 2.6, 2.6, 3.6])
page_break()

# ------------------------------------------------------------------ Schedule 3
doc.add_heading("Schedule 3  Privacy notice for participants", level=1)
para("We, the four partners named in Part 1, will use your information to arrange your place, teach and "
     "assess you, award your Certificate and improve the programme. We will ask your consent before we "
     "share anything about a disability or health condition, and we will tell your headteacher how you are "
     "getting on only through your mentor\u2019s reports and your result, unless you agree.")

# ------------------------------------------------------------------ Schedule 4
doc.add_heading("Schedule 4  Undertakings by the participant\u2019s school", level=1)
para("The headteacher of each participating school signs the following on the nomination form.")
for i, t in enumerate((
    "I will release the participant for the study days and tutorials and give time for the "
    "school-based tasks.",
    "I will name a school mentor, a member of the senior leadership team, who will meet the participant at "
    "least twice a term and write a short report at the end of each Unit.",
    "I confirm that the participant holds a current enhanced CRB disclosure; that there are no current "
    "disciplinary proceedings and no concerns about the participant\u2019s conduct known to the school, "
    "including from references from previous employers; and that the participant has not been barred or "
    "excluded from teaching or working with children.",
    "I agree that the participant may collect anonymised pupil measures for the Change Project.",
), start=1):
    para(f"{i}.  {t}")

doc.save(OUT)
print("wrote", OUT)
