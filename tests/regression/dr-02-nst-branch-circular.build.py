"""Build dr-02-nst-branch-circular.docx (blind test application).

KIND OF DOCUMENT
  A trade union's numbered BRANCH CIRCULAR: an instruction from the union's
  head office to its Area secretaries, branch secretaries and branch
  professional development officers, with a circular reference block
  (number, date, to, from, subject, summary, action required, deadline,
  status: "replaces Circular PD 41/2008, which is withdrawn"), numbered
  paragraphs with bold run-in side headings, a shaded ACTION box, and
  annexes for branch use (who does what, dates and venues, a model letter to
  headteachers with [placeholders] and optional paragraphs, an outcome
  summary, a venue access checklist, a branch return form). The file went to
  the TDA with a short covering e-mail and still carries the Director's
  tracked changes and colleagues' Word comments. It is not a handbook,
  operating guidance for principals, a newsletter or minutes: it is a union
  circular, written to branch officers about what they must do.

PROVIDER (invented)
  National Society of Teachers (NST), a national teachers' union, through its
  CPD arm, the NST Learning Institute ("the Institute"), with Danesborough
  University validating, delivered in seven Areas with branch support.
  Award: "NST National Award for SEN Coordination" = Modules 1 and 2 (20
  credits each, Level 7, 40 credits); optional Module 3 (20 credits)
  completes a Postgraduate Certificate (60 credits). People: Hilary
  Wainwright (Head of Professional Learning, programme leader), Paul Dryden
  (Director of Professional Learning, author of the circular), Rekha Sandhu
  (Assistant General Secretary), Dr Martin Leask (University link).

LAYOUT
  Covering e-mail (printed header block). Circular reference block as a
  two-column table. Numbered paragraphs 1-n typed by hand, with bold run-in
  side headings ("Assessment-only pathway."), grouped under typed bold
  "PART n" lines (no heading styles). A "Programme at a glance" table. A
  shaded one-cell ACTION box. Annexes A-F: a merged-header roles table; a
  dates table with "TBC" tutors; a model letter with [square-bracket]
  merge fields and an "[Include only if ...]" paragraph; an outcomes table
  with "Module 3 (optional)" and "Outcomes Record (not marked)" cells; a
  tick-box access checklist; a blank branch return. Real tracked changes
  (w:del / w:ins with author and date) and four Word comments. Header and
  footer (footer advertises learning online).

TRAPS (requirement ids affected)
  Tracked changes and comments:
  - 3.3  The only e-learning ("Institute Online" with e-tutorials and a
         moderated forum) is a DELETED paragraph in Part 6; paragraph 29
         says all teaching is face to face with a printed Course File; the
         footer's "learn online" is a footer. -> not_applicable.
  - 5.8  Second marking, external examiner moderation and the Assessment
         Board are an INSERTED paragraph in Part 7. -> met.
  - 2.1  A deleted sentence offered to accredit experience by portfolio; a
         comment doubts the 20 credits of APCL that remain. What stands: up
         to 20 credits of certificated Level 7 learning, no experiential
         credit. -> partially_met.
  - 1.1  A comment says "Should we mention ECM here?" but the aims (para 8)
         speak only of members' confidence and standing and pupils'
         "progress". -> partially_met.
  - 5.5  A comment says several Areas could promise a special-school visit;
         the body (para 40) says only "Branches may wish to arrange visits";
         the only specialist input arranged is the LA SEN officer's Day 1
         session and a parent speaker "where the branch can arrange one".
         -> partially_met.
  - 5.9  A comment says the University offered to help design a pupil-impact
         measure; the body (para 44) only "hopes in future" to show impact
         and will "consider how". -> not_met.
  Negation far from its subject:
  - 2.3  Para 3 withdraws Circular PD 41/2008 and points to para 45; there,
         item (c) says the assessment-only pathway "will not be offered".
         -> not_met.
  Wrong context / union policy:
  - 6.S2d Para 35: the Award "does not train SENCOs in the administration of
         examination access arrangements", which the Society's guidance on
         the National Agreement treats as administrative work. -> not_met.
  Credit and structure:
  - E.2  The National Award is 40 credits at Level 7; 60 only with the
         optional Module 3. -> partially_met.
  - S1, S6, K7, A2 are taught and assessed only in optional Module 3.
         -> partially_met (also 1.9, 6.0).
  Outcomes Record "not marked":
  - A3, A7, K3, S2c, S7 are taught but only entered in the mentor-signed
    Outcomes Record, "a record of experience; it is not marked".
    -> partially_met. A5: writing assessed; speaking only in the optional
    Module 3 presentation. -> partially_met.
  - Absent: A4, S5 (and S2d above). -> not_met.
  Optional / branch discretion / conditional:
  - 5.7  Mentor briefing "where the Area can arrange it"; tutors inducted by
         the University. -> partially_met.
  - 2.4  Bursaries "where branch funds permit"; "committed to ... high quality
         ... lowest possible cost". -> partially_met.
  - 2.5  MA progression information and a branch celebration that branches
         "may like to" hold. -> partially_met.
  - 3.2  One September start ("a February start will be considered for
         2010-11"), fixed order; Saturday option in two Areas only.
         -> partially_met.
  Placeholders / TBC:
  - 5.4  Programme leader described; Area tutors "TBC" in Annex B and "being
         confirmed". -> partially_met.
  Generic statements:
  - 3.1  Equality "commitment" and a venue checklist; nothing on disclosure or
         adjustments for disabled participants or in assessment.
         -> partially_met.
  - 4.1, 4.2 "Shaped by what members have told us" at Area conferences and
         branch soundings; members only, no figures, one change named
         loosely. -> partially_met.
  - 1.3  Only "current thinking" and the Society's own 'SENCOs under
         Pressure' report. -> partially_met.
  - 5.1  Evaluation forms, University monitoring and branch returns, with
         only "the Institute will consider all this feedback". -> partially_met.
  - 5.6  Printed Course File and University library only. -> partially_met.
  - 2.2  Self-audit sent to tutor "for information"; no individual plan.
         -> partially_met.
  Met in unusual places: 5.3 (head's support form records disclosure number
  and date; umbrella-body disclosure for members out of school three
  months; admissions officer checks), 5.2 (Area coordinator's telephone
  conversation, "Getting Started in SEN", letter to the head), 4.3 (branch
  returns, head's questionnaire, LA officer teaches Day 1, Branch Mentors).
  The model letter (Annex C) repeats arrangements; its placeholders are
  merge fields, not gaps in the programme.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dr-02-nst-branch-circular"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(5)

for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    s.header.paragraphs[0].text = (
        "NST  \u2022  CIRCULAR PD 14/2009  \u2022  FOR BRANCH OFFICERS  \u2022  NOT FOR PUBLICATION")
    s.header.paragraphs[0].runs[0].font.size = Pt(8)
    s.footer.paragraphs[0].text = (
        "NST Learning Institute: learn online, learn locally, learn for life  |  "
        "www.nst.org.uk/institute")
    s.footer.paragraphs[0].runs[0].font.size = Pt(8)

REV_ID = [100]
DATE = "2009-06-19T10:14:00Z"


def _next_id():
    REV_ID[0] += 1
    return REV_ID[0]


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_deleted_run(p, text, author="Paul Dryden", date=DATE):
    d = parse_xml(
        '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (nsdecls("w"), _next_id(), author, date, esc(text)))
    p._p.append(d)


def add_inserted_run(p, text, author="Paul Dryden", date=DATE, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    i = parse_xml(
        '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (nsdecls("w"), _next_id(), author, date, rpr, esc(text)))
    p._p.append(i)


def mark_para(p, kind, author="Paul Dryden", date=DATE):
    """Mark the paragraph mark itself as inserted or deleted."""
    pPr = p._p.get_or_add_pPr()
    rPr = parse_xml('<w:rPr %s><w:%s w:id="%d" w:author="%s" w:date="%s"/></w:rPr>'
                    % (nsdecls("w"), kind, _next_id(), author, date))
    pPr.append(rPr)


PARA_NO = [0]


def np(head, text=None, runs=None):
    """Numbered circular paragraph with an optional bold run-in side heading.
    Returns (paragraph, list of body runs)."""
    PARA_NO[0] += 1
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    p.add_run("%d\t" % PARA_NO[0])
    if head:
        r = p.add_run(head + " ")
        r.bold = True
    body = []
    if text:
        body.append(p.add_run(text))
    for t in runs or []:
        body.append(p.add_run(t))
    return p, body


def part(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11)
    return p


def plain(text="", bold=False, italic=False, size=None, align=None, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def sub_items(items, indent=1.6):
    for t in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(t)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def set_borders(table, sz=4):
    table._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="single" w:sz="%d" w:color="000000"/>'
        '<w:left w:val="single" w:sz="%d" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="%d" w:color="000000"/>'
        '<w:right w:val="single" w:sz="%d" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="%d" w:color="000000"/>'
        '<w:insideV w:val="single" w:sz="%d" w:color="000000"/>'
        '</w:tblBorders>' % ((nsdecls("w"),) + (sz,) * 6)))


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    for i, ln in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)


def table(rows, widths, header=True, size=9, first_col_bold=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    set_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0) or (first_col_bold and j == 0), size=size)
            c.width = Cm(widths[j])
            if header and i == 0:
                shade(c, "BFBFBF")
    doc.add_paragraph()
    return t


# ================================================================== COVERING E-MAIL
for label, value in [
    ("From:", "Paul Dryden <p.dryden@nst.org.uk>"),
    ("Sent:", "Monday 29 June 2009 16:05"),
    ("To:", "SENCO Training Approvals (TDA)"),
    ("Cc:", "Hilary Wainwright; Rekha Sandhu"),
    ("Subject:", "NST Learning Institute - application for approval - National Award for SEN Coordination"),
    ("Attachments:", "PD14-2009 SENCO Award circular FINAL.doc"),
]:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
plain()
plain("Dear Approvals Team,")
plain("Further to our telephone conversation last week, I attach Circular PD 14/2009, which "
      "went to our Area and branch officers on 22 June. It sets out how the NST Learning "
      "Institute will run the National Award for SEN Coordination from September 2009 and "
      "what our Areas and branches will do, and we would ask the panel to treat it as the "
      "Institute's application for approval. Annexes C, E and F are working documents for "
      "branches; I have left them in so that the panel can see the whole circular.")
plain("With best wishes,")
p = plain("Paul Dryden")
p.runs[0].add_break(WD_BREAK.LINE)
p.add_run("Director of Professional Learning, National Society of Teachers")
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

# ================================================================== REFERENCE BLOCK
p = plain("NATIONAL SOCIETY OF TEACHERS", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
plain("Head Office: Ravensworth House, 14 Mill Lane, Calderbury CB2 9TX",
      size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
ref = table([
    ["Circular", "PD 14/2009"],
    ["Date", "22 June 2009"],
    ["To", "Area Secretaries; Branch Secretaries; Branch Professional Development Officers "
     "(BPDOs); Area Learning Coordinators"],
    ["Copy to", "Members of the National Executive; Institute staff"],
    ["From", "Paul Dryden, Director of Professional Learning"],
    ["Subject", "The National Award for SEN Coordination: arrangements for 2009-10 and the "
     "part played by Areas and branches"],
    ["Summary", "The Institute will offer the National Award for SEN Coordination, validated "
     "by Danesborough University, in all seven Areas from September 2009. This circular sets "
     "out the Award, recruitment and selection, fees, delivery, assessment and quality, and "
     "what Areas and branches are asked to do."],
    ["Action required", "See the ACTION box after paragraph 47. Branch returns (Annex F) by "
     "17 July 2009."],
    ["Status", "This circular replaces Circular PD 41/2008, which is withdrawn."],
    ["Enquiries", "Hilary Wainwright, Head of Professional Learning, 01632 880 214, "
     "h.wainwright@nst.org.uk"],
], widths=[3.2, 13.0], header=False, first_col_bold=True)
for row in ref.rows:
    shade(row.cells[0], "E7E6E6")

# ================================================================== PART 1
part("Part 1: Background")
np("Decision of the Executive.",
   "At its meeting on 7 February 2009 the National Executive agreed that the Society should "
   "offer, through the NST Learning Institute, a qualification which meets the new "
   "requirement that every teacher newly appointed as SENCO in a maintained school gains "
   "the National Award for SEN Coordination. The Institute has applied to the Training and "
   "Development Agency for Schools (TDA) for approval as a provider.")
np("Why the Society is doing this.",
   "The Society has long argued that SENCOs are undervalued and overloaded, and that the "
   "training available to them has been patchy, expensive and too often delivered far from "
   "home. The Award has been shaped by what members have told us. At the 2008 Area "
   "Conferences and in branch soundings over the autumn, SENCO members said that release "
   "time, workload and the cost of training were their main concerns, and that they wanted "
   "a course run locally, by teachers who understand the job. The arrangements in this "
   "circular respond to those concerns.")
np("Circular PD 41/2008.",
   "Circular PD 41/2008, which announced the Society's intention to offer SENCO training "
   "and asked branches to register members' interest, is withdrawn. Some of what it said "
   "has changed; the changes are listed at paragraph 45. Branches should not use PD 41/2008 "
   "in publicity.")
np("Registered interest.",
   "Branches registered the interest of 412 members in response to PD 41/2008. The Institute "
   "will write to each of them in July with an application pack.")
np("Who this circular is for.",
   "This circular is for branch officers. Members should be given the Award leaflet and "
   "application pack, which will be sent to BPDOs with this circular.")

# ================================================================== PART 2
part("Part 2: The Award")
np("Title and validation.",
   "The qualification is the NST National Award for SEN Coordination. Danesborough "
   "University's School of Education validated it on 2 June 2009, for five years from "
   "September 2009, and the University will make the award.")
np("Credit.",
   "The Award is made up of two modules: Module 1, The SENCO and the Learner, and Module 2, "
   "Coordinating Provision. Each carries 20 credits at Level 7 (master's level). Completion "
   "of Modules 1 and 2 leads to the National Award (40 credits at Level 7). Members who wish "
   "to go further may take Module 3, Leading Inclusive Development (20 credits at Level 7), "
   "normally in the following spring, and on completing it will be awarded the University's "
   "Postgraduate Certificate in SEN Coordination (60 credits). Module 3 is optional.")
p, body = np("Aims.",
   "The Award aims to equip members to carry out the SENCO role with confidence, to meet the "
   "new statutory requirement, and to protect their professional standing. Pupils with SEN "
   "will benefit from SENCOs who understand their needs and can plan for their progress.")
doc.add_comment(body, text="Should we mention ECM here? The TDA will look for it. - PD",
                author="Paul Dryden", initials="PD")
np("Content.",
   "The content of the Award reflects current thinking on special educational needs and "
   "disability, including the Society's own report, SENCOs under Pressure (2008), which "
   "documented the workload of SENCOs in 340 schools. The days are summarised below.")

plain("Programme at a glance", bold=True)
table([
    ["Day", "Module", "Theme"],
    ["1", "1", "The SENCO role. SEN law and guidance: the Education Act 1996, the SEN and "
     "Disability Act 2001, the SEN Code of Practice (2001) and what they mean in school; Every "
     "Child Matters and the SENCO. A local authority SEN officer teaches the afternoon "
     "session on local arrangements."],
    ["2", "1", "Disability equality: the Disability Discrimination Act 1995 and 2005, the "
     "disability equality duty and accessibility planning."],
    ["3", "1", "How children develop and learn, and how development is affected by SEN, "
     "disability, home and the learning environment."],
    ["4", "1", "Areas of need: specific learning difficulties including dyslexia; moderate "
     "learning difficulties; speech, language and communication needs; autistic spectrum "
     "disorders; behavioural, emotional and social difficulties."],
    ["5", "1", "Working with parents and carers; listening to pupils (pupil voice). A parent "
     "speaker is invited where the branch can arrange one."],
    ["6", "2", "Identification, assessment and target setting; using reports from "
     "educational psychologists, therapists and advisory teachers; tracking progress with "
     "P scales and national test data."],
    ["7", "2", "Teaching approaches, interventions and ICT; what the research says about "
     "interventions; encouraging colleagues to use assessment for learning with pupils with SEN."],
    ["8", "2", "Provision mapping; deploying and managing teaching assistants; managing your "
     "own time and workload."],
    ["9", "2", "Working with other agencies and voluntary organisations; the Common "
     "Assessment Framework; working with colleagues in school."],
    ["10", "2", "Project presentations to the group; further study opportunities."],
    ["M3", "3 (optional)", "Three days: strategic leadership of inclusion with the head, "
     "senior leaders and governors; school self-evaluation and the SEF; evaluating "
     "provision with colleagues; winning colleagues' commitment."],
], widths=[1.2, 2.0, 13.0])

np("Work in school.",
   "After each day participants carry out an In-School Task in their own school (for "
   "example, mapping the provision for one year group, or observing a pupil with a "
   "colleague), which they bring to the next day. Both assignments are based on the "
   "participant's own school and pupils, and the Module 2 project asks them to put a change "
   "in provision into effect in their school and to report on what happened.")

# ================================================================== PART 3
part("Part 3: Who does what")
np("The Institute.",
   "The Institute manages the Award: it handles applications and admissions, employs the "
   "programme leader, produces the Course File, books the Area venues and keeps records.")
np("The University.",
   "Danesborough University validates and awards the qualification, appoints and inducts "
   "the Area tutors, sets the assessment regulations, appoints the external examiner and "
   "holds the Assessment Board. Dr Martin Leask is the University's link tutor. "
   "Participants are registered students of the University and may use its library and "
   "electronic journals.")
np("Areas and branches.",
   "Areas host the taught days and appoint an Area Learning Coordinator (normally an "
   "existing Area officer). Branches publicise the Award, nominate Branch Mentors, support "
   "members on the course, and report back. Annex A sets out the division of tasks in full.")

np("Publicity.",
   "Branches should use only the Institute's leaflet and the model letter at Annex C. The "
   "Award should be raised at every branch meeting in September, and BPDOs are asked to "
   "make sure that SENCO members in schools without a Society representative are reached.")

# ================================================================== PART 4
part("Part 4: Recruitment and selection")
np("Who may apply.",
   "The Award is open to qualified teachers who are employed in a school and are the SENCO "
   "or have been designated by their headteacher to become SENCO. Non-members may apply "
   "and pay the full fee (paragraph 22).")
np("Application.",
   "Applicants complete the Institute's application form, and their headteacher completes "
   "the Headteacher Support Form, which confirms the applicant's role, agrees release for "
   "the ten days and names a member of staff who will support the participant in school.")
np("Self-audit.",
   "Each applicant also completes a pre-course self-audit, rating themselves against each "
   "of the national outcomes for SENCOs. The self-audit is sent to the Area tutor for "
   "information before Day 1.")
np("Selection.",
   "The Area Learning Coordinator reads every application and self-audit and has a telephone "
   "conversation with each applicant. Where an applicant does not yet have the knowledge and "
   "experience to benefit from the Award and to meet its outcomes by the end, the "
   "coordinator will explain why, offer a place on the Society's three-day course Getting "
   "Started in SEN, and the Institute will write to the headteacher to suggest what "
   "experience the applicant should gain before applying again.")
np("Safer recruitment checks.",
   "The Headteacher Support Form asks the headteacher to record the date and number of the "
   "applicant's enhanced CRB disclosure, and to confirm that there are no concerns about "
   "the applicant's conduct and no outstanding disciplinary matters. An applicant who has "
   "not worked in a school in a post involving regular contact with children in the last "
   "three months must obtain a new enhanced disclosure through the Society's registered "
   "umbrella body before starting. The Institute's Admissions Officer checks every form "
   "and no place is confirmed until the check is complete.")
p, body = np("Credit for earlier study.",
   "Members who hold Level 7 credit in special educational needs gained in the last five "
   "years may apply to the University for up to 20 credits of prior certificated learning "
   "against Module 1.")
add_deleted_run(p, " The Institute will also accredit members' prior experience as SENCOs "
                   "through a reflective portfolio.")
doc.add_comment(body, text="Has Danesborough actually confirmed the 20 credits? Their panel "
                "minutes say 'up to 20 subject to mapping'. - HW",
                author="Hilary Wainwright", initials="HW")
np("Members' rights.",
   "Branches are reminded that participation in the Award is voluntary. No member should be "
   "required by their school to undertake the Award in their own time without release, and "
   "branches should take up any such case in the usual way.")

# ================================================================== PART 5
part("Part 5: Fees and bursaries")
np("Fees.",
   "The fee for the National Award (Modules 1 and 2) is \u00a3900 for members and \u00a31,400 "
   "for non-members, including University registration. Module 3 costs a further \u00a3350 "
   "for members. Fees are normally paid by the school.")
np("Value for money.",
   "The Society is committed to providing a high quality programme at the lowest possible "
   "cost to members and schools. Teaching in the Areas keeps travel costs down.")
np("Bursaries.",
   "Branches are asked to consider offering bursaries towards the fee for members whose "
   "schools will not pay, where branch funds permit. Branches that do so should tell the "
   "Institute on the branch return.")

np("Withdrawal.",
   "A participant who withdraws before Day 2 receives a full refund, less a \u00a350 "
   "administration charge. After Day 2 no refund is made, but the participant may rejoin "
   "the following year and carry forward any module already passed.")

# ================================================================== PART 6
part("Part 6: Delivery in the Areas")
np("Start date.",
   "The Award will start in September 2009 in all seven Areas. A February start will be "
   "considered for 2010-11 if there is enough demand.")
np("Pattern.",
   "Each Area will run the ten days on Wednesdays, roughly every three weeks from "
   "September to June, in the order shown in the table after paragraph 9. In the Pennine and Metropolitan "
   "Areas a Saturday option will also run, with the same ten days on Saturdays. Annex B "
   "gives venues and dates.")
np("Tutorials.",
   "Each participant has two individual tutorials with the Area tutor, after Days 3 and 7, "
   "at the Area venue or by telephone. Tutorials are used to discuss progress with the "
   "In-School Tasks and to plan the assignments.")
p, _ = np("Face-to-face teaching.",
   "All teaching in 2009-10 is face to face at the Area venues. Participants receive a "
   "printed Course File containing the session materials, readings, In-School Tasks, "
   "assignment briefs and marking criteria.")
# deleted paragraph: the online route
p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(0.9)
add_deleted_run(p, "Members who cannot attend in person may follow the Award online through "
                   "Institute Online, with a weekly e-tutorial with the Area tutor and a "
                   "discussion forum moderated by the tutor between the Saturday sessions.")
mark_para(p, "del")
np("Venues.",
   "Area venues must meet the access checklist at Annex E. Area Learning Coordinators "
   "should complete the checklist for each venue and return it with the branch return.")

# ================================================================== PART 7
part("Part 7: Assessment")
np("Module 1.",
   "Module 1 is assessed by a Learner Study of 5,000 words. The participant follows one "
   "pupil for at least a term: identifying needs, using the school's own assessments and "
   "the reports of other professionals; setting targets and planning, carrying out and "
   "reviewing an intervention; explaining the pupil's needs in the light of the main areas "
   "of need and of what is known about children's development; evaluating critically the "
   "approaches and resources used, including ICT; meeting the pupil's parents or carers and "
   "reporting how the partnership with them was built; showing how the law and the Code of "
   "Practice applied to the pupil; relating the outcomes for the pupil to Every Child "
   "Matters; and drawing on research and the advice of specialists to improve their own "
   "and colleagues' practice.")
np("Module 2.",
   "Module 2 is assessed by a Provision Project of 5,000 words. The participant produces a "
   "provision map for their school, identifying provision that is missing or is not "
   "working; uses summative data, including national test results and P scales, to track "
   "the progress of pupils with SEN and to propose changes to programmes; sets out how "
   "teaching assistants and other staff will be deployed and managed; and describes how the "
   "school works with other agencies and voluntary organisations, including how specialist "
   "support is obtained. The project includes a change put into effect in school and an "
   "account of what happened.")
np("Module 3 (optional).",
   "Module 3 is assessed by a 3,000-word paper on the strategic development of inclusion in "
   "the participant's school, including an evaluation of provision carried out with "
   "colleagues for the school's self-evaluation, and a presentation to the headteacher or a "
   "senior leader and a governor.")
np("Outcomes Record.",
   "Throughout Modules 1 and 2 participants keep an Outcomes Record, in which they note "
   "experience relating to each national outcome. The Branch Mentor signs the Record at the "
   "end of Module 2. The Record is a record of experience; it is not marked and does not "
   "count towards credit. Between them, the assignments and the Outcomes Record cover all "
   "the national outcomes. Annex D sets out where each outcome is taught and assessed.")
np("Examination access arrangements.",
   "Branches should note that the Award does not train SENCOs in the administration of "
   "examination access arrangements, which the Society's guidance on the National Agreement "
   "(Circular PD 9/2007) treats as administrative work that should not routinely fall to "
   "teachers.")
np("Passing.",
   "Each assignment must be passed at 50 per cent. The National Award is made to "
   "participants who pass Modules 1 and 2 and submit a signed Outcomes Record.")
# inserted paragraph: moderation
p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(0.9)
add_inserted_run(p, "Marking. ", bold=True)
add_inserted_run(p, "Every assignment is first marked by the Area tutor against the "
                    "published criteria. A University tutor second-marks a 20 per cent "
                    "sample from every Area and every fail, and the tutors meet to agree "
                    "marks before each Assessment Board. The external examiner appointed by "
                    "the University moderates each module and attends the Board, which "
                    "confirms all results.")
mark_para(p, "ins")

# ================================================================== PART 8
part("Part 8: Tutors, mentors and visits")
np("Programme leader.",
   "The Award is led by Hilary Wainwright, Head of Professional Learning, who was a SENCO in "
   "a secondary school for eight years and an LA SEN adviser for five, and holds an MA in "
   "Inclusive Education.")
np("Area tutors.",
   "Area tutors are appointed by the University from its list of associate tutors, all of "
   "whom have experience as SENCOs or in SEN support services, and attend the University's "
   "associate tutor induction day. Appointments for 2009-10 are being confirmed; Annex B "
   "will be updated.")
np("Branch Mentors.",
   "Each branch is asked to nominate one or more Branch Mentors: experienced SENCO members, "
   "serving or recently retired, who will meet participants from the branch each half term "
   "and sign the Outcomes Record. Areas will, where they can arrange it, offer Branch "
   "Mentors a two-hour briefing in September.")
p, body = np("Visits.",
   "Branches may wish to arrange visits for participants to local special schools or "
   "resource bases, and to invite specialist speakers to branch meetings.")
doc.add_comment(body, text="Can we promise every participant a special school visit? "
                "Several Areas say yes. - RS", author="Rekha Sandhu", initials="RS")

# ================================================================== PART 9
part("Part 9: Equality")
np("Equality.",
   "The Society is committed to equality of opportunity for all its members and opposes "
   "discrimination in all its forms. The Award is open to all qualified teachers who meet "
   "the entry requirements, and the Society's Equality Policy applies to it. Venues must "
   "meet the access checklist at Annex E.")

# ================================================================== PART 10
part("Part 10: Quality and evaluation")
np("Feedback.",
   "Participants complete an evaluation form at the end of every day, which the Area tutor "
   "returns to the Institute. The University includes the Award in its annual monitoring "
   "and receives the external examiner's report. The Institute will consider all this "
   "feedback.")
np("Branch and school views.",
   "Branches report on members' experience of the Award on the branch return (Annex F) "
   "each term. At the end of Module 2 the Institute sends each participant's headteacher a "
   "short questionnaire about the arrangements (release, communication from the Institute "
   "and the support of the Branch Mentor), and each Area's "
   "local authority SEN officer, who teaches on Day 1, is invited to the Area's end-of-year "
   "review meeting with the Area tutor and Area Learning Coordinator.")
p, body = np("Impact.",
   "The Society hopes in future to be able to show the impact of the Award on the progress "
   "of pupils with SEN in members' schools, and will consider how this might be done once "
   "the first cohort has completed.")
doc.add_comment(body, text="Martin Leask offered to help us design a pupil-impact measure "
                "for the Learner Study - discuss before Exec? - HW",
                author="Hilary Wainwright", initials="HW")

# ================================================================== PART 11
part("Part 11: Changes since Circular PD 41/2008")
np("Changes.", "Branches should note the following changes from PD 41/2008:")
sub_items([
    "(a)\tthe Award's title is now the NST National Award for SEN Coordination;",
    "(b)\tthe National Award is 40 credits, with a further optional module leading to the "
    "Postgraduate Certificate (paragraph 7);",
    "(c)\tthe assessment-only pathway announced in PD 41/2008 (paragraph 12) for experienced "
    "SENCOs will not be offered;",
    "(d)\tthe members' fee is \u00a3900, not \u00a3750;",
    "(e)\tthe Award will run in all seven Areas, not five.",
])
np("After the Award.",
   "Day 10 ends with information about further study. Holders of the Postgraduate "
   "Certificate may progress to the University's MA in Inclusive Education. Branches may "
   "like to hold a celebration event for members who complete the Award.")

# ================================================================== ACTION BOX
np("What branches must do now.", "The actions are summarised in the box below.")
box = doc.add_table(rows=1, cols=1)
set_borders(box, sz=12)
c = box.cell(0, 0)
shade(c, "FFF2CC")
lines = [
    ("ACTION REQUIRED BY AREAS AND BRANCHES", True),
    ("1.  Branch Secretaries: pass the Award leaflet and application pack to members who "
     "registered interest, and to SENCO members in the branch.", False),
    ("2.  BPDOs: nominate at least one Branch Mentor on the branch return.", False),
    ("3.  Area Learning Coordinators: complete the Annex E checklist for each venue.", False),
    ("4.  All: return Annex F to the Institute by 17 July 2009.", False),
    ("5.  Branches wishing to write to headteachers may use the model letter at Annex C.", False),
]
for i, (t, b) in enumerate(lines):
    pp = c.paragraphs[0] if i == 0 else c.add_paragraph()
    rr = pp.add_run(t)
    rr.bold = b
    rr.font.size = Pt(9.5)
doc.add_paragraph()
plain("Paul Dryden", bold=True)
plain("Director of Professional Learning")

# ================================================================== ANNEX A
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
plain("ANNEX A: WHO DOES WHAT", bold=True, size=11)
ta = doc.add_table(rows=9, cols=4)
set_borders(ta)
hdr = ta.cell(0, 1).merge(ta.cell(0, 3))
cell_text(ta.cell(0, 0), "Task", bold=True)
cell_text(hdr, "Responsibility", bold=True)
shade(ta.cell(0, 0), "BFBFBF")
shade(hdr, "BFBFBF")
rows_a = [
    ["", "Institute", "Area / branch", "University"],
    ["Publicity", "Leaflet, application pack", "Pass to members; branch meetings", "\u2013"],
    ["Admissions and checks", "Forms, self-audit, CRB check, offers", "Telephone conversation (Area coordinator)", "Registration"],
    ["Teaching", "Course File; programme leader", "Venues", "Area tutors"],
    ["Support in school", "\u2013", "Branch Mentors", "\u2013"],
    ["Assessment", "Records", "Sign Outcomes Record (Branch Mentor)", "Marking, moderation, Board"],
    ["Evaluation", "Day evaluations; head's questionnaire", "Branch return; Area review", "Annual monitoring"],
    ["Credit for prior study", "\u2013", "\u2013", "Decides claims"],
]
for i, row in enumerate(rows_a, start=1):
    for j, val in enumerate(row):
        cell_text(ta.cell(i, j), val, bold=(i == 1))
        if i == 1:
            shade(ta.cell(i, j), "E7E6E6")
doc.add_paragraph()

# ================================================================== ANNEX B
plain("ANNEX B: AREAS, VENUES AND DATES 2009-10", bold=True, size=11)
table([
    ["Area", "Venue", "Wednesdays from", "Saturday option", "Area tutor"],
    ["Northern", "Bedesfield Conference Centre, Harlow Moor", "16 September", "No", "TBC"],
    ["Pennine", "NST Area Office, Calderbury", "16 September", "Yes, from 19 September", "TBC"],
    ["Midland", "Castlegate Teachers' Centre, Wyrebridge", "23 September", "No", "TBC"],
    ["Anglia", "The Maltings, Sudwold", "23 September", "No", "TBC"],
    ["Western", "Quayside Rooms, Porthellan", "30 September", "No", "TBC"],
    ["Southern", "St Cuthman's Centre, Aldenham Cross", "30 September", "No", "TBC"],
    ["Metropolitan", "Ravensworth House (Head Office)", "16 September", "Yes, from 19 September", "TBC"],
], widths=[2.3, 5.0, 2.7, 3.2, 2.0])

# ================================================================== ANNEX C
plain("ANNEX C: MODEL LETTER TO HEADTEACHERS", bold=True, size=11)
plain("[Branch letterhead]", italic=True)
plain("[Date]")
plain("Dear [Headteacher name],")
plain("National Award for SEN Coordination: [School name]", bold=True)
plain("I am writing on behalf of the [Branch name] branch of the National Society of "
      "Teachers about the National Award for SEN Coordination, which the NST Learning "
      "Institute will offer in the [Area name] Area from September 2009. From 1 September "
      "2009, every teacher newly appointed as SENCO in a maintained school must gain the "
      "Award within three years of taking up the post.")
plain("The Award is validated by Danesborough University. It is taught on ten Wednesdays "
      "at [Venue], with tasks carried out in school between the days, and is assessed "
      "through two assignments based on your school. If [Teacher name] applies, you will be "
      "asked to complete a Headteacher Support Form, agreeing release for the ten days and "
      "confirming the details of their enhanced CRB disclosure.")
plain("[Include only if your Area runs the Saturday option:] The Award can also be taken "
      "on Saturdays, which some schools find easier to support.", italic=True)
plain("The fee is \u00a3900 for members of the Society. [Include if the branch offers a "
      "bursary:] The branch is able to offer a bursary of \u00a3[amount] towards the fee.",
      italic=False)
plain("Yours sincerely,")
plain("[Name], Branch Professional Development Officer")

# ================================================================== ANNEX D
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
plain("ANNEX D: THE NATIONAL OUTCOMES - WHERE THEY ARE TAUGHT AND ASSESSED", bold=True, size=11)
plain("For Area tutors and Branch Mentors. Outcomes are given in brief.", italic=True, size=9)
rows_d = [
    ["National outcome (in brief)", "Taught", "Assessed"],
    ["Attributes", None, None],
    ["Positive relationships with pupils and their parents or carers", "Day 5", "Module 1 Learner Study"],
    ["Gaining the commitment of colleagues and senior leaders", "Module 3", "Module 3 (optional)"],
    ["Prioritising, managing time, delegating", "Day 8", "Outcomes Record (not marked)"],
    ["Clear speaking and writing; listening to others", "All days",
     "Learner Study and Provision Project (writing); Module 3 presentation (optional)"],
    ["Drawing on research and outside advice", "Day 7", "Module 1 Learner Study"],
    ["Keeping up to date; own CPD", "Day 10", "Outcomes Record (not marked)"],
    ["Knowledge and understanding", None, None],
    ["SEN law and the Code of Practice", "Day 1", "Module 1 Learner Study"],
    ["Every Child Matters", "Day 1", "Module 1 Learner Study"],
    ["Disability equality law", "Day 2", "Outcomes Record (not marked)"],
    ["Child development and what affects it", "Day 3", "Module 1 Learner Study"],
    ["Common types of SEN and disability", "Day 4", "Module 1 Learner Study"],
    ["Approaches, strategies and resources, including ICT", "Day 7", "Module 1 Learner Study"],
    ["School self-evaluation and improvement", "Module 3", "Module 3 (optional)"],
    ["Best practice and research", "Day 7", "Module 1 Learner Study"],
    ["External agencies and specialist support", "Day 9", "Module 2 Provision Project"],
    ["Skills", None, None],
    ["Strategic development of inclusion with senior colleagues and governors", "Module 3",
     "Module 3 (optional)"],
    ["Identifying needs, targets, interventions, reviewing progress", "Day 6", "Module 1 Learner Study"],
    ["Using other professionals' assessments", "Day 6", "Module 1 Learner Study"],
    ["Using summative data to track progress", "Day 6", "Module 2 Provision Project"],
    ["Encouraging colleagues' formative assessment", "Day 7", "Outcomes Record (not marked)"],
    ["Provision mapping", "Day 8", "Module 2 Provision Project"],
    ["Deploying and managing staff", "Day 8", "Module 2 Provision Project"],
    ["Reviewing provision with colleagues for self-evaluation", "Module 3", "Module 3 (optional)"],
    ["Involving pupils in their own provision", "Day 5", "Outcomes Record (not marked)"],
    ["Liaising with parents and carers", "Day 5", "Module 1 Learner Study"],
    ["Working with other services and voluntary organisations", "Day 9", "Module 2 Provision Project"],
]
td = doc.add_table(rows=len(rows_d), cols=3)
set_borders(td)
wd = [8.0, 2.4, 5.8]
for i, row in enumerate(rows_d):
    if row[1] is None:
        m = td.cell(i, 0).merge(td.cell(i, 2))
        cell_text(m, row[0], bold=True, italic=True)
        shade(m, "EDEDED")
        continue
    for j, val in enumerate(row):
        cc = td.cell(i, j)
        cell_text(cc, val, bold=(i == 0))
        cc.width = Cm(wd[j])
        if i == 0:
            shade(cc, "BFBFBF")
doc.add_paragraph()

# ================================================================== ANNEX E
plain("ANNEX E: VENUE ACCESS CHECKLIST", bold=True, size=11)
table([
    ["Check", "Yes", "No", "Notes"],
    ["Step-free access to the building and the training room", "\u2610", "\u2610", ""],
    ["Accessible toilet on the same floor", "\u2610", "\u2610", ""],
    ["Hearing loop in the training room", "\u2610", "\u2610", ""],
    ["Accessible parking within 50 metres", "\u2610", "\u2610", ""],
    ["Room large enough for 20 with space for wheelchair users", "\u2610", "\u2610", ""],
], widths=[9.0, 1.2, 1.2, 5.0])

# ================================================================== ANNEX F
plain("ANNEX F: BRANCH RETURN", bold=True, size=11)
plain("Return to the Institute by 17 July 2009 and then at the end of each term.", italic=True, size=9)
table([
    ["Branch", ""],
    ["Branch Mentor(s) nominated (name, school, membership number)", ""],
    ["Will the branch offer bursaries? If so, how many and how much?", ""],
    ["Members' comments on the Award this term", ""],
    ["Headteachers' comments received by the branch", ""],
    ["Completed by (name and branch office)", ""],
], widths=[8.0, 8.0], header=False)

doc.save(OUT)
print("wrote", OUT)
