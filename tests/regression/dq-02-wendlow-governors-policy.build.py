"""Build dq-02-wendlow-governors-policy.docx (blind test application).

KIND OF DOCUMENT
  A school policy, written on the school's own policy template and approved by
  the governing body: "Policy TS-07: The National Award for SEN Coordination
  (Partnership Programme)". It has a policy control table (owner, status,
  approval date, review date, linked policies, link governor), the template's
  guidance box for policy authors left in, numbered paragraphs under the
  template's standard headings (Introduction and purpose, Principles,
  Definitions, Roles and responsibilities, ..., Monitoring, evaluation and
  review, Complaints, Equality impact statement, Consultation) and an
  appendix. The version sent is "as amended at Curriculum and Standards
  Committee", so the committee's tracked changes and three Word comments are
  still in it. With the governors' agreement it is sent as the application.

PROVIDER (invented)
  Wendlow Park School, an 11-18 comprehensive (1,180 students) and
  Specialist Science College, Training School since September 2008, lead
  school of the Wendlow Learning Partnership (16 schools in Eastvale: 11
  primary, 3 secondary, 2 special: Hollybank School (MLD and autism) and
  Fennings Lane School (SLD/PMLD)). Stourleigh University validates the
  Postgraduate Certificate in SEN Coordination (validation event 3 February
  2009) and confers it. People: Graham Pelling (Headteacher), Ruth
  Adeyemi-Clarke (Director of the Training School), Simon Haldane (Programme
  Leader), Joanne Whitcombe (Hollybank outreach), Dr Neil Parvez (Eastvale
  EPS), Dr Hannah Brierley (University link tutor), Karen Osei (partner
  SENCO), Kath Morley (Bursar), Pauline Dunn (Clerk to Governors).

LAYOUT
  Policy control table; a shaded template guidance box ("delete before
  publication") left in; Heading 1 sections with typed paragraph numbers that
  collide with requirement ids (1.1-1.4, 2.1-2.6, 4.1-4.10, 5.1-5.6,
  6.1-6.7, 7.1-7.4, 8.1-8.4, 9.1-9.3); a staff table; a session table
  (S1-S12); Appendix A, a three-column outcome table (outcome in the
  school's own words | taught | how assessed) with shaded group rows;
  Appendix B, the 2009-10 calendar; a signature block for the Chair of
  Governors. Real
  tracked changes (w:ins / w:del with author and date), three Word comments,
  three footnotes (part of the submission), a page header and a safeguarding
  strapline in the footer (never evidence).

TRAPS (requirement ids affected)
  - 5.3 not_met: 4.7 and 5.6 defer suitability checks to the employing
    headteacher ("Wendlow Park does not repeat these checks"); P-11 Safer
    Recruitment is cited but applies to Wendlow Park's own staff (wrong
    context); the only offer to check CRB numbers is the Bursar's Word
    comment (not part of the submission); the footer's safeguarding strapline
    is not evidence.
  - 1.5 and 6.S7 not_met, wrong context: 2.4 describes Wendlow Park's own
    School Council and Student Voice panels; Appendix A's pupil-involvement
    row points to "See Principles, 2.4" with "-" for assessment; nothing in
    the sessions or tasks develops consulting pupils.
  - 5.9 not_met: 9.2 is the template prompt plus "[To be completed by the
    policy owner]" and a hope; the Director's comment asking for it to be
    filled in is not part of the submission.
  - 3.3 not_applicable: 6.2 "No part of the programme is delivered by
    e-learning"; the sentence offering Module 1 online is a tracked deletion;
    the Clerk's comment about an online route is not part of the submission.
  - E.2 partially_met: 60 credits, but Module 3 is Level 6 ("of which 40 are
    at Level 7"; footnote 3).
  - 6.K3 met only through a tracked INSERTION in the M1 essay brief (7.1).
  - 6.S4 partially_met: the TA deployment item (c) of the M3 task is a
    tracked DELETION, the later items are re-lettered by tracked changes,
    and the Appendix A cell "M3 (c)" is deleted and replaced by "Taught
    only (S10)".
  - 2.1 met only through footnote 2 (APCL and the APEL portfolio procedure);
    the body text of 5.4 says only "under the University's regulations".
  - 6.S2d not_met: Appendix A "Not included: at Wendlow Park these are
    managed by the examinations officer"; not in any session.
  - 6.A3 and 6.S2c not_met: no row, no session, no task.
  - Not assessed in Appendix A: 6.K2 ("Not assessed"), 6.A7 ("Not assessed
    (personal development plan, see 6.7)"), 6.S2b ("Not assessed"), 6.K9
    ("TBC") -> partially_met.
  - 6.A1 partially_met: the row and the M2 task cover relationships with
    parents and carers only, not with pupils.
  - 1.1 partially_met: the aims in 1.4 are statutory compliance, middle
    leadership and a network; pupils' achievement and well-being appear only
    in the value statements of section 2.
  - 1.9 and 6.0 partially_met: 7.3 "The programme covers all of the national
    minimum outcomes" (blanket claim) and the award rests on passing three
    modules, while Appendix A leaves outcomes unassessed or absent.
  - 3.1 partially_met: 8.1 is the school's boilerplate about reasonable
    adjustments for students (wrong context); 8.2 only invites disclosure
    "so that we can discuss their needs".
  - 3.2 partially_met: one September intake, fixed order, one venue; only
    deferral of Module 3 to the next summer.
  - 2.4 partially_met: "All participants follow the same sessions";
    tailoring only through three tutorials; value for money asserted.
  - 4.1 and 4.2 partially_met: section 12 reports only that heads "tell us"
    SENCOs want a local route and that the policy was "amended in light of
    their comments" (consultation on the policy, not evidence of needs or of
    what changed in the programme).
  - 5.6 partially_met: library and resource room, but specialist software
    and assistive technology "will be purchased ... [amount to be
    confirmed]" (placeholder).
  - 5.7 partially_met: roles are set out in section 4, but the Mentor Guide
    "is being prepared" and there is no briefing or training for mentors or
    tutors.
  - Pro-forma prompts and placeholders: the template guidance box, "[Insert
    name of link governor]", the 9.2 and 11 guidance lines: never answers.
  Met although they look like traps: 2.3 (5.5 "Assessment without
  attendance": eligibility, the three tasks done in the applicant's school, a
  professional discussion covering every outcome, who decides, the fee), 4.3 (4.10: stakeholders on the Steering Group, which interviews
  participants and heads each summer and agrees changes, and stakeholders in
  delivery in 6.4), 5.1 (9.1: internal questionnaires, University annual
  monitoring and the external examiner's report, used by the Steering Group
  for an action plan), 2.5 (6.7), 5.5 (6.4).
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dq-02-wendlow-governors-policy.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(5)
for name in ("Heading 1", "Heading 2"):
    doc.styles[name].font.name = "Calibri"
    doc.styles[name].font.color.rgb = RGBColor(0x5A, 0x1E, 0x5C)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.header.paragraphs[0].text = (
    "Wendlow Park School  |  Policy TS-07  |  UNCONTROLLED WHEN PRINTED")
sec.footer.paragraphs[0].text = (
    "Wendlow Park School is committed to safeguarding and promoting the welfare of "
    "children and young people and expects all staff and volunteers to share this "
    "commitment.  |  TS-07 v1.2  |  Next review March 2011")

# ------------------------------------------------------------------ helpers
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def h1(t):
    doc.add_heading(t, level=1)


def para(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def num(n, text, title=None):
    """A typed-number policy paragraph: '4.7  Title. text'."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(n + "\t")
    if title:
        p.add_run(title + " ").bold = True
    if text:
        p.add_run(text)
    return p


def sub(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.add_run(text)
    return p


def _run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


def ins(p, text, author="Simon Haldane", date="2009-03-05T16:20:00Z"):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text))
    p._p.append(el)


def dele(p, text, author="Simon Haldane", date="2009-03-05T16:20:00Z"):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=True))
    p._p.append(el)


def mark_para_deleted(p, author="Simon Haldane", date="2009-03-05T16:20:00Z"):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)


# footnotes part ------------------------------------------------------------
FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="%s">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>'
    '</w:footnotes>' % W_NS)
fn_root = parse_xml(FOOTNOTES_XML)
_fn = [0]


def footnote(p, text):
    _fn[0] += 1
    fid = str(_fn[0])
    fn = OxmlElement("w:footnote")
    fn.set(qn("w:id"), fid)
    fp = OxmlElement("w:p")
    r1 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r1.append(rpr)
    r1.append(OxmlElement("w:footnoteRef"))
    fp.append(r1)
    fp.append(_run_el(" " + text))
    fn.append(fp)
    fn_root.append(fn)
    r = OxmlElement("w:r")
    rpr2 = OxmlElement("w:rPr")
    va2 = OxmlElement("w:vertAlign")
    va2.set(qn("w:val"), "superscript")
    rpr2.append(va2)
    r.append(rpr2)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), fid)
    r.append(ref)
    p._p.append(r)


def table(rows, widths=None, header_fill="5A1E5C", group_rows=(), header=True, size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if i == 0 and header:
                r.bold = True
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(c, header_fill)
            if i in group_rows:
                r.bold = True
                shade(c, "EBDDEB")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ title + control table
para("WENDLOW PARK SCHOOL", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("A Training School and Specialist Science College", italic=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Policy TS-07: The National Award for SEN Coordination (Partnership Programme)",
     bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)

table([
    ["Policy number", "TS-07"],
    ["Category", "Training School policies (TS series)"],
    ["Status", "Non-statutory"],
    ["Applies to", "Wendlow Park School; partner schools of the Wendlow Learning "
     "Partnership; participants; programme staff"],
    ["Policy owner", "Director of the Training School (Mrs R. Adeyemi-Clarke)"],
    ["Author", "Mr S. Haldane, Programme Leader"],
    ["Approved by", "Full Governing Body, on the recommendation of the Curriculum and "
     "Standards Committee"],
    ["Date approved", "19 March 2009"],
    ["Next review", "March 2011"],
    ["Link governor", "[Insert name of link governor]"],
    ["Linked policies", "P-02 Safeguarding and Child Protection; P-05 Equality and "
     "Diversity (including the Disability Equality Scheme); P-11 Safer Recruitment; "
     "P-14 Complaints; TS-01 Professional Learning and CPD; TS-04 Initial Teacher "
     "Training Partnership"],
    ["Version", "1.2, as amended at the Curriculum and Standards Committee, 5 March 2009"],
], widths=[4.0, 12.5], header=False, size=9.5)

gt = doc.add_table(rows=1, cols=1)
gt.style = "Table Grid"
gc = gt.cell(0, 0)
shade(gc, "F2F2F2")
gc.text = ""
r = gc.paragraphs[0].add_run("POLICY TEMPLATE (Wendlow Park School, 2007)")
r.bold = True
r.font.size = Pt(9)
gp = gc.add_paragraph()
r = gp.add_run(
    "Guidance for policy authors: keep to the headings below and delete any that do not "
    "apply. Policies should normally be no longer than eight pages. Say who is "
    "responsible for each action. Section 11 must contain the school's standard "
    "equality impact statement. Delete this box before the policy goes to governors.")
r.italic = True
r.font.size = Pt(9)
doc.add_paragraph()

# ------------------------------------------------------------------ 1
h1("1. Introduction and purpose")
num("1.1", "Wendlow Park School is an 11-18 comprehensive school of 1,180 students and a "
    "Specialist Science College. It was designated a Training School in September 2008 "
    "and leads the Wendlow Learning Partnership (WLP), sixteen schools in Eastvale: "
    "eleven primary schools, three secondary schools and two special schools, Hollybank "
    "School (for pupils with moderate learning difficulties and autism) and Fennings "
    "Lane School (for pupils with severe and profound and multiple learning "
    "difficulties).")
num("1.2", "From September 2009 teachers new to the role of SENCO will be required to gain "
    "the National Award for SEN Coordination within three years of taking up the post. "
    "The WLP will offer the Postgraduate Certificate in SEN Coordination, validated by "
    "Stourleigh University, to teachers in partner schools and in other Eastvale "
    "schools.")
num("1.3", "This policy sets out how the programme is provided, managed and quality "
    "assured, and who is responsible for what. With the agreement of the Governing "
    "Body it also forms the Partnership's application to the TDA for approval as a "
    "provider of the National Award.")
num("1.4", "The programme aims to:")
sub("(a) enable participants to carry out the responsibilities of the SENCO set out in "
    "the SEN Code of Practice and in regulations;")
sub("(b) develop participants as middle leaders who can lead and manage a team;")
sub("(c) build a network of SENCOs across the Partnership who support one another; and")
sub("(d) give participants a recognised postgraduate qualification.")

# ------------------------------------------------------------------ 2
h1("2. Principles")
num("2.1", "Wendlow Park believes that every child can succeed and that every child "
    "matters. The schools of the Partnership share a commitment to inclusion and to "
    "raising the achievement and well-being of every pupil, including those with special "
    "educational needs and disabilities.")
num("2.2", "We believe that the SENCO is a leader of learning, not an administrator.")
num("2.3", "We value parents and carers as partners in their children's education.")
num("2.4", "Listening to young people is at the heart of what we do. Wendlow Park's School "
    "Council, Year Councils and Student Voice panels meet every half term, and students "
    "sit on the interview panel for every teaching appointment. We expect the programme "
    "to reflect this culture.")
num("2.5", "We are committed to the highest standards of safeguarding.")
num("2.6", "Professional learning is most powerful when it takes place in school, changes "
    "practice and is shared with colleagues.")

# ------------------------------------------------------------------ 3
h1("3. Definitions")
num("3.1", "In this policy: 'participant' means a teacher registered on the programme; "
    "'partner school' means a school of the WLP; 'the programme' means the Postgraduate "
    "Certificate in SEN Coordination delivered under this policy; 'mentor' means the "
    "member of staff in the participant's own school who supports the participant's "
    "school-based work; 'the University' means Stourleigh University; and 'the Steering "
    "Group' means the group described in 4.10.")

# ------------------------------------------------------------------ 4
h1("4. Roles and responsibilities")
num("4.1", "approves this policy, receives an annual report on the programme from the "
    "Director of the Training School each autumn, and appoints a link governor for the "
    "Training School.", "The Governing Body")
num("4.2", "makes sure that the Training School has the staff and accommodation it needs "
    "and signs agreements with the University and partner schools.", "The Headteacher")
num("4.3", "is responsible for the strategic management and budget of the programme, "
    "chairs the Steering Group and reports to governors.",
    "The Director of the Training School")
num("4.4", "manages the programme day to day: admissions, needs analysis meetings and "
    "Individual Learning Plans, tutorials, the coordination of assessment, liaison with "
    "the University and with mentors, and the evaluation reports described in 9.1.",
    "The Programme Leader")
num("4.5", "teach sessions, tutor participants and mark assessed work. The programme "
    "team is:", "Programme tutors")
table([
    ["Tutor", "Current post", "Qualifications and experience", "Teaches"],
    ["Simon Haldane (Programme Leader)", "Assistant Headteacher (Inclusion), Wendlow Park",
     "SENCO at Wendlow Park 2000-2008 and before that at Colbrook Primary; MA Inclusive "
     "Education (Stourleigh, 2005); facilitator of the Eastvale SENCO Network",
     "M1, M3"],
    ["Joanne Whitcombe", "Head of Outreach, Hollybank School",
     "Postgraduate Diploma in Autism (2006); leads Hollybank's outreach to 40 mainstream "
     "schools", "M2"],
    ["Dr Neil Parvez", "Senior Educational Psychologist, Eastvale EPS (seconded one day a "
     "week)", "Doctorate in Educational Psychology; EPS lead for SEN moderation", "M2"],
    ["Karen Osei", "SENCO, St Barnabas CE Primary (WLP)",
     "NPQH; specialist teacher qualification in specific learning difficulties (AMBDA)",
     "M2 literacy sessions; second marker"],
    ["Dr Hannah Brierley", "Senior Lecturer in Education, Stourleigh University",
     "Former special school deputy head; research on teaching assistants",
     "Research sessions (M1); University link tutor"],
], widths=[3.6, 4.0, 6.4, 2.5], size=9)
num("4.6", "validated the programme at its event on 3 February 2009. It registers "
    "participants, confers the award, appoints the external examiner, provides a link "
    "tutor who moderates assessment, gives participants access to its library, and "
    "decides claims for prior learning through its APL Board. The University's "
    "regulations for postgraduate study apply to the programme.", "Stourleigh University")
p47 = num("4.7", "", "Headteachers of participants' schools")
p47.add_run("nominate participants; release them for the twelve taught days and two "
            "placement days; appoint a mentor; and give the participant access to the pupil "
            "data, colleagues and meetings the school-based tasks need. ")
r_crb = p47.add_run("As the participant's employer, the headteacher is responsible for "
                    "making sure that the participant has had the pre-employment checks "
                    "required by the School Staffing Regulations, including an enhanced CRB "
                    "disclosure.")
doc.add_comment(r_crb, text="Governors asked about this at committee. I could ask for CRB "
                "disclosure numbers and dates on the enrolment form and check them against "
                "partner schools' single central records from September - shall I?",
                author="Kath Morley (Bursar)", initials="KM")
num("4.8", "meet the participant at least once each half term; help the participant plan "
    "the school-based tasks; make sure the participant can work with the pupils, "
    "colleagues and families involved; and confirm that the school-based work took "
    "place. The Programme Leader will send each mentor the Mentor Guide, which is being "
    "prepared for September 2009.", "School-based mentors")
num("4.9", "attend all sessions, keep to their Individual Learning Plan, complete the "
    "assessed tasks by the published dates and follow the University's regulations.",
    "Participants")
p410 = num("4.10", "", "The Partnership Steering Group")
p410.add_run("is chaired by the Director of the Training School. Its members are the "
             "Programme Leader, the University link tutor, three headteachers of partner "
             "schools (one primary, one secondary, one special), the Eastvale SEN Service "
             "Manager and a parent representative.")
footnote(p410, "The parent representative is nominated by the Eastvale Parent Partnership "
         "Service; the first is a parent governor of Hollybank School.")
p410.add_run(" It meets each term. It reviews the evaluation evidence described in 9.1; "
             "each summer two of its members interview a sample of participants and their "
             "headteachers about their experience of the programme; and it agrees the "
             "changes to be made for the following year.")

# ------------------------------------------------------------------ 5
h1("5. Admission to the programme")
num("5.1", "Applicants must hold Qualified Teacher Status and be employed in an Eastvale "
    "school as its SENCO, or be designated by their headteacher to become SENCO within "
    "the year. Places are offered first to teachers in partner schools.",
    "Entry requirements.")
num("5.2", "Applicants complete the programme application form, with a nomination signed "
    "by their headteacher, and meet the Programme Leader for a selection discussion of "
    "about thirty minutes. The discussion checks that the applicant has the experience, "
    "and the access in school to pupil data, to colleagues and to the leadership team, "
    "that the school-based tasks need. An applicant who is not yet ready is given "
    "written advice on what to do first, usually a year in the Eastvale SENCO Network, "
    "and the Programme Leader discusses the decision and the advice with their "
    "headteacher.", "Application and selection.")
num("5.3", "Before the first session each participant completes the WLP SENCO "
    "Self-Review, which asks them to rate themselves against each of the national "
    "minimum outcomes and to note the evidence. A tutor then meets the participant for "
    "an hour to discuss the self-review and their school, and together they agree an "
    "Individual Learning Plan. The plan records the outcomes the participant will give "
    "most attention to (their personal priority outcomes), the prior learning and "
    "experience that have been taken into account, and the focus of each tutorial. It "
    "is reviewed at every tutorial.", "Needs analysis and Individual Learning Plan.")
p54 = num("5.4", "Participants may claim credit for prior learning under the University's "
          "regulations, up to a maximum of 20 credits (one module).",
          "Accreditation of prior learning.")
footnote(p54, "Certificated learning (APCL): a Level 7 module in SEN passed in the last "
         "five years, mapped against the module claimed. Experiential learning (APEL): a "
         "portfolio of evidence from the applicant's work as SENCO, mapped against the "
         "learning outcomes of the module claimed, assessed by two tutors and confirmed by "
         "the University's APL Board. Claims must be made before the module starts. The "
         "fee for an APEL claim is 150 pounds.")
num("5.5", "In exceptional cases an applicant who already has substantial experience of "
    "leading SEN provision (normally at least three years as a SENCO, or experience as "
    "an advisory or specialist teacher) may apply to be assessed without attending the "
    "taught sessions. The applicant completes the three module assessment tasks in "
    "their current school and takes part in a one-hour professional discussion with two "
    "tutors covering every national minimum outcome. The Programme Leader and the "
    "University link tutor decide whether to accept the application. The fee is 475 "
    "pounds.", "Assessment without attendance.")
num("5.6", "Participants are employed by their own schools, which are responsible for "
    "their pre-employment checks (see 4.7). Wendlow Park does not repeat these checks. "
    "The checks in Wendlow Park's Safer Recruitment Policy (P-11) apply to staff whom "
    "Wendlow Park employs, including the programme tutors.", "Suitability checks.")

# ------------------------------------------------------------------ 6
h1("6. The programme")
p61 = num("6.1", "The Postgraduate Certificate in SEN Coordination is awarded by Stourleigh "
          "University. It comprises 60 credits, of which 40 are at Level 7: Module 1 "
          "(Foundations: law, policy and evidence, 20 credits, Level 7), Module 2 (The "
          "learner: identification, intervention and partnership, 20 credits, Level 7) and "
          "Module 3 (Leading provision in school, 20 credits, Level 6).",
          "The award.")
footnote(p61, "Stourleigh University's regulations allow up to 20 credits of a "
         "Postgraduate Certificate to be at Level 6 where the module is work-based.")
p62 = num("6.2", "", "Delivery.")
r_intake = p62.add_run(
    "The programme is taught on twelve full days between September and July at the "
    "Wendlow Park Professional Learning Centre, with two placement days and three "
    "individual tutorials. There is one intake each year, in September. The modules are "
    "taught in order: Module 1 in the autumn term, Module 2 in the spring term and "
    "Module 3 in the summer term. A participant who cannot complete Module 3 in the "
    "first year may defer it to the following summer. ")
dele(p62, "Module 1 may also be studied online through the University's e-learning site, "
     "with a tutor. ")
p62.add_run("No part of the programme is delivered by e-learning: handouts and readings "
            "are given out on the day and e-mailed afterwards.")
doc.add_comment(r_intake, text="Governors asked whether an online or twilight route could "
                "be offered for primary colleagues who find release difficult. SH to look "
                "at this for 2010-11.", author="Pauline Dunn (Clerk to Governors)",
                initials="PD")
num("6.3", "The sessions are:", "Sessions.")
table([
    ["Session", "Content", "Led by"],
    ["Module 1", "", ""],
    ["S1", "The SENCO's role; the SEN Code of Practice (2001): graduated response, School "
     "Action and School Action Plus, statutory assessment, annual reviews; SEN law and "
     "regulations and what they mean in school; Every Child Matters and the five "
     "outcomes; Removing Barriers to Achievement (2004)", "SH"],
    ["S2", "Disability and the law: the Disability Discrimination Acts 1995 and 2005, the "
     "disability equality duty, accessibility planning, reasonable adjustments for "
     "pupils; a speaker from the Eastvale Disability Forum", "SH, guest"],
    ["S3", "Research and evidence: finding and judging research; Ofsted (2006) Inclusion: "
     "does it matter where pupils are taught?; the Bercow Review (2008); the Inclusion "
     "Development Programme (2008); the Lamb Inquiry into parental confidence "
     "(2008-09)", "HB"],
    ["S4", "Using specialist advice to improve practice; writing at Master's level; "
     "planning the Module 1 essay", "HB, SH"],
    ["Module 2", "", ""],
    ["S5", "How children develop: cognitive, language, physical, social and emotional "
     "development; how SEN, disability, home and school environments affect "
     "development", "NP"],
    ["S6", "Areas of need I: speech, language and communication needs (with a speech and "
     "language therapist from the PCT); autistic spectrum disorders", "JW"],
    ["S7", "Areas of need II: specific learning difficulties including dyslexia, moderate "
     "learning difficulties, behavioural, emotional and social difficulties; approaches, "
     "strategies and resources, including ICT (text-to-speech, symbol software, visual "
     "supports, number software)", "KO, JW"],
    ["S8", "Identification and assessment: observation, data, standardised tests; using "
     "reports from psychologists, therapists and advisory teachers; targets, "
     "interventions and review; other services, the CAF and the team around the child; "
     "working with parents and carers (with the Eastvale Parent Partnership Service and "
     "a parent)", "NP, guests"],
    ["Module 3", "", ""],
    ["S9", "Data and tracking: RAISEonline, P scales, contextual value added; tracking "
     "pupils with SEN and adjusting programmes", "SH"],
    ["S10", "Provision mapping and costing; deploying and managing teaching assistants; "
     "school self-evaluation and the SEF; reviewing provision with colleagues", "SH"],
    ["S11", "Leading colleagues: observation and feedback, coaching, leading training; the "
     "SENCO, the headteacher and governors: strategic planning for inclusion; making "
     "decisions about provision (case scenarios)", "SH"],
    ["S12", "Presentations and professional discussions; next steps", "SH"],
], widths=[1.8, 12.7, 2.0], group_rows=(1, 6, 11), size=9)
num("6.4", "Each participant spends two days on placement at Hollybank School or Fennings "
    "Lane School, arranged by the Programme Leader with the special school's deputy "
    "headteacher, with a planned programme of observation and joint work with specialist "
    "staff. The participant's school receives 150 pounds a day towards supply cover "
    "from the programme fee. Specialist input in the taught sessions comes from the "
    "Eastvale Educational Psychology Service, Hollybank's outreach team, a speech and "
    "language therapist from the primary care trust, the Parent Partnership Service and "
    "the Eastvale Disability Forum.", "Placements and specialist input.")
num("6.5", "Each participant has three individual tutorials of 45 minutes, one in each "
    "module, whose agenda is set from the Individual Learning Plan.", "Tutorials.")
num("6.6", "The fee is 1,200 pounds per participant, including University registration, "
    "placement cover and all materials. Costs are kept down because the sessions are "
    "taught at Wendlow Park by Partnership staff. All participants follow the same "
    "sessions; the tutorials are the main way in which the programme is matched to the "
    "individual participant.", "Fees and value for money.")
num("6.7", "In the final session each participant drafts a personal development plan for "
    "the following year, setting two or three professional targets for their work as "
    "SENCO, which they take to their performance management review. The Programme "
    "Leader sends each headteacher a short summary of the participant's strengths and "
    "suggested next steps with the results. Former participants are invited to the "
    "termly Eastvale SENCO Network.", "After the programme.")

# ------------------------------------------------------------------ 7
h1("7. Assessment and the award")
num("7.1", "Each module has one assessed task.", "Assessed tasks.")
p_m1 = sub("Module 1: an essay of 4,000 words analysing critically how the participant's "
           "school meets its duties under SEN law and the Code of Practice, drawing on "
           "research and on advice from at least one specialist service, with "
           "recommendations. ")
ins(p_m1, "The essay must include an evaluation of the school's accessibility plan and "
    "disability equality scheme.")
sub("Module 2: a case study of 5,000 words of one pupil with SEN in the participant's "
    "school, including: a developmental profile of the pupil; identification of needs "
    "using observation, school data and the reports of other professionals; an account "
    "of the pupil's area of need; targets and a planned intervention of at least six "
    "weeks; a record of a meeting with the pupil's parents or carers and of how their "
    "views shaped the plan; a record of liaison with at least one other service or "
    "voluntary organisation; and an evaluation of the pupil's progress and of the "
    "approaches and resources used, including any ICT.")
sub("Module 3: a school development project, presented as a portfolio with a "
    "20-minute presentation, containing:")
sub("(a) an analysis of provision for pupils with SEN using a costed provision map, "
    "identifying gaps and provision that is not working;")
sub("(b) a review, carried out with colleagues, of the effectiveness of one area of "
    "provision, and how its findings were used in the school's self-evaluation;")
p_c = sub("")
dele(p_c, "(c) a plan for the deployment and management of teaching assistants, with the "
     "participant's line management arrangements;")
mark_para_deleted(p_c)
p_d = sub("")
dele(p_d, "(d)")
ins(p_d, "(c)")
p_d.add_run(" a coaching log recording a cycle of observation, feedback and coaching with a "
            "colleague; and")
p_e = sub("")
dele(p_e, "(e)")
ins(p_e, "(d)")
p_e.add_run(" a strategic proposal for inclusion presented to the headteacher and a "
            "governor or the senior leadership team, with the headteacher's written "
            "response.")
sub("The portfolio is followed by a 20-minute professional discussion with two tutors "
    "about the project, including the decisions the participant took and the problems "
    "they had to resolve.")
num("7.2", "Work is first marked by a tutor against the University's assessment criteria. "
    "A second tutor marks every fail, every distinction and a 20 per cent sample of "
    "each task. All markers meet for a standardisation meeting before each marking "
    "round. Dr Brierley moderates a sample of each task for the University, and the "
    "external examiner appointed by the University reviews a sample and attends the "
    "University's Examination Board, which confirms the results.",
    "Marking and moderation.")
num("7.3", "The University confers the Postgraduate Certificate on participants who pass "
    "all three modules (the pass mark is 50 per cent for Modules 1 and 2 and 40 per "
    "cent for Module 3). The programme covers all of the national minimum outcomes for "
    "SENCOs (see Appendix A).", "The award.")
num("7.4", "Extensions of up to four weeks may be agreed by the Programme Leader. A failed "
    "task may be resubmitted once.", "Extensions and resubmission.")

# ------------------------------------------------------------------ 8
h1("8. Supporting participants")
num("8.1", "Wendlow Park School is committed to equality of opportunity for all members of "
    "its community. The school's Disability Equality Scheme and Accessibility Plan "
    "2008-2011 set out how we make reasonable adjustments for students with "
    "disabilities, including access to the curriculum, to the buildings and to "
    "information.", "Equality.")
num("8.2", "Participants who have a disability, a specific learning difficulty or a medical "
    "condition are invited to tell the Programme Leader on the application form so that "
    "we can discuss their needs.", "Participants with disabilities.")
num("8.3", "Participants have full access to the Stourleigh University library, including "
    "electronic journals, while they are registered. The Training School's resource room "
    "at Wendlow Park holds a collection of SEN texts and assessment materials. Specialist "
    "software and assistive technology for the programme will be purchased from the "
    "Training School budget in 2009-10 [amount to be confirmed].", "Resources.")
num("8.4", "A participant who is finding the programme difficult should speak to their "
    "tutor or the Programme Leader. Participants may suspend their studies under the "
    "University's regulations.", "Welfare.")

# ------------------------------------------------------------------ 9
h1("9. Monitoring, evaluation and review")
num("9.1", "Participants complete an evaluation at the end of each session and a "
    "questionnaire at the end of each module, which the Programme Leader summarises each "
    "term for the Steering Group. The University's annual monitoring report covers the "
    "programme each year, and the external examiner's report is attached to it. The "
    "Steering Group uses these, with its summer interviews (4.10), to agree an action "
    "plan for the following year, and the Director reports on the plan to governors "
    "each autumn.", "Evaluation of the programme.")
p92 = num("9.2", "", "Impact on pupils.")
r92 = p92.add_run("[Guidance for policy authors: describe how the impact of the policy on "
                  "pupils' outcomes will be monitored.] [To be completed by the policy "
                  "owner.] ")
p92.add_run("The Steering Group hopes in time to look at the progress of pupils in "
            "participants' schools.")
doc.add_comment(r92, text="Simon - we must fill this in before it goes to the TDA.",
                author="Ruth Adeyemi-Clarke", initials="RAC")
num("9.3", "This policy will be reviewed every two years by the Curriculum and Standards "
    "Committee, or sooner if the TDA's requirements change.", "Review of this policy.")

# ------------------------------------------------------------------ 10-12
h1("10. Complaints and appeals")
num("10.1", "Academic appeals are heard under the University's regulations. Other "
    "complaints are dealt with under the school's Complaints Policy (P-14).")
h1("11. Equality impact statement")
num("11.1", "This policy has been screened for its impact on pupils, staff and others with "
    "protected characteristics. No adverse impact was identified. [Guidance: if an "
    "adverse impact is identified, a full equality impact assessment must be attached.]")
h1("12. Consultation")
num("12.1", "This policy was drafted by the Programme Leader, discussed at the WLP Heads' "
    "Group on 21 January 2009 and with the Eastvale SEN Service, and amended in light of "
    "their comments. Partner headteachers tell us that their SENCOs want a local route "
    "to the award and one that counts in school.")

# ------------------------------------------------------------------ Appendix A
h1("Appendix A. National minimum outcomes: where taught and how assessed")
rows = [
    ["Outcome (summary)", "Taught", "How assessed"],
    ["Professional attributes", "", ""],
    ["Working relationships with parents and carers", "S8", "M2 case study (record of the "
     "parent meeting)"],
    ["Gaining the commitment of the headteacher and senior staff", "S11",
     "M3 strategic proposal and headteacher's response"],
    ["Problem solving and sound judgement about provision", "S10, S11",
     "M3 professional discussion"],
    ["Clear communication in speech and writing; listening to others", "All sessions",
     "M1 essay, M2 case study, M3 presentation and discussion"],
    ["Using research and external advice", "S3, S4", "M1 essay"],
    ["Own professional development", "S12", "Not assessed (personal development plan, "
     "see 6.7)"],
    ["Professional knowledge and understanding", "", ""],
    ["SEN law and the Code of Practice", "S1", "M1 essay"],
    ["Every Child Matters", "S1", "Not assessed"],
    ["Disability equality law", "S2", "M1 essay"],
    ["Child development", "S5", "M2 case study (developmental profile)"],
    ["Types of SEN and disability", "S6, S7", "M2 case study"],
    ["Approaches, strategies and resources, including ICT", "S7", "M2 case study"],
    ["School self-evaluation", "S10", "M3 review of provision"],
    ["Research and best practice", "S3", "M1 essay"],
    ["External agencies", "S8", "TBC"],
    ["Professional skills", "", ""],
    ["Strategic development with senior colleagues and governors", "S11",
     "M3 strategic proposal"],
    ["Identification, targets, interventions and review", "S8", "M2 case study"],
    ["Using other professionals' assessments", "S8", "M2 case study"],
    ["Tracking with data and national tests", "S9", "Not assessed"],
    ["Test and examination access arrangements", "-", "Not included: at Wendlow Park "
     "these are managed by the examinations officer"],
    ["Provision mapping", "S10", "M3 provision map"],
    ["Deploying and managing teaching assistants", "S10", "__TRACKED__"],
    ["Supporting colleagues' professional development", "S11", "M3 coaching log"],
    ["Reviewing provision with colleagues", "S10", "M3 review of provision"],
    ["Involving pupils in decisions about their provision", "See Principles, 2.4", "-"],
    ["Working with parents and carers", "S8", "M2 case study"],
    ["Working with other services and voluntary organisations", "S8",
     "M2 case study (record of liaison)"],
]
t = table(rows, widths=[7.5, 2.8, 6.2], group_rows=(1, 8, 18), size=9)
for row in t.rows:
    cell = row.cells[2]
    if cell.text == "__TRACKED__":
        p = cell.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        dele(p, "M3 (c)")
        ins(p, "Taught only (S10)")

# ------------------------------------------------------------------ Appendix B
h1("Appendix B. Programme calendar 2009-10")
table([
    ["When", "What", "Where"],
    ["June-July 2009", "Applications, selection discussions (5.2), Self-Review and "
     "needs analysis meetings; Individual Learning Plans agreed (5.3)", "Participants' "
     "schools or Wendlow Park"],
    ["17 September 2009", "S1", "Professional Learning Centre"],
    ["1 October 2009", "S2", "Professional Learning Centre"],
    ["15 October 2009", "S3", "Professional Learning Centre"],
    ["5 November 2009", "S4; tutorial 1 window opens", "Professional Learning Centre"],
    ["11 January 2010", "Module 1 essay submitted", "-"],
    ["14 January 2010", "S5", "Professional Learning Centre"],
    ["28 January 2010", "S6", "Professional Learning Centre"],
    ["February-March 2010", "Placement days (two)", "Hollybank School or Fennings "
     "Lane School"],
    ["25 February 2010", "S7", "Professional Learning Centre"],
    ["11 March 2010", "S8; tutorial 2 window opens", "Professional Learning Centre"],
    ["26 April 2010", "Module 2 case study submitted", "-"],
    ["29 April 2010", "S9", "Professional Learning Centre"],
    ["13 May 2010", "S10", "Professional Learning Centre"],
    ["10 June 2010", "S11; tutorial 3 window opens", "Professional Learning Centre"],
    ["1 July 2010", "Module 3 portfolio submitted", "-"],
    ["8 July 2010", "S12: presentations, professional discussions, next steps",
     "Professional Learning Centre"],
    ["September 2010", "University Examination Board; results", "Stourleigh University"],
], widths=[3.6, 8.9, 4.0], size=9)

para("Signed on behalf of the Governing Body: ..............................  "
     "Chair of Governors          Date: ..................")
para("Signed: ..............................  Headteacher          Date: ..................")

# ------------------------------------------------------------------ save with footnotes
fn_part = Part(PackURI("/word/footnotes.xml"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
               b"", doc.part.package)
doc.part.relate_to(fn_part, RT.FOOTNOTES)


def _blob():
    from lxml import etree
    return etree.tostring(fn_root, xml_declaration=True, encoding="UTF-8", standalone=True)


fn_part._blob = _blob()
doc.save(OUT)
print("wrote", OUT)
