"""Build er-02-penmoor-continuity-plan.docx.

Provider (invented)
-------------------
Penmoor Learning Services Ltd ("PLS"), the company Penmoor Metropolitan
Borough Council set up on 1 April 2008 to trade its school improvement, SEN
and inclusion, ICT for Learning, Education Business Partnership, governor
and teachers' centre services with schools. The council owns all its shares.
With Ashdene University (Faculty of Education and Childhood) it runs a
60-credit Level 7 Postgraduate Certificate in Leading Inclusion, validated
on 19 November 2008, which it wants approved as the national award for
SENCOs.

Kind of document and layout
---------------------------
The company's Business Continuity Plan for the award (service area 6), on
the council's corporate BC-02 template, sent as the application at draft
version 1.3 with the month's edits still shown as tracked changes. A boxed
note to the panel (one shaded cell) opens it. Then a document-control table
(label/value), a version history table, a distribution list, and numbered
sections with Heading styles whose typed numbers collide with requirement
ids ("2.5 Programme calendar", "4.3 Premises", "5. Disruption scenarios"):
purpose and scope; a service profile (the award, aims, delivery, calendar
table, partners, how it was shaped, fee); a business impact analysis table
of critical activities CA1-CA10 (normal operation described in the cells,
with maximum tolerable disruption and priority, and a CA11 row "removed");
resources and dependencies (staff table, single points of failure,
premises, ICT, shared services, suppliers); a disruption-scenario table;
a communications table with the Steering Group; four action cards as
shaded one-cell tables; vital records; an exercise log; plan maintenance;
Appendix A contact cascade; Appendix E, the Outcome Tracker (29 lines
grouped in five strands in the company's own order and wording, with
"Where developed" and "Evidence used for sign-off" columns, merged strand
rows). Header and footer with page field. Six Word comments. Tracked
changes by the plan owner (w:ins / w:del with author and date), including
a whole deleted table row.

Traps (requirement ids affected)
--------------------------------
- 2.3 not_met: the version history says CA11 (assessment-only route) was
  removed at v1.1 and "will not be offered"; the CA11 row just says removed.
- 6.0 not_met, 1.9 partially_met: in CA7 the award rule "every line of the
  Tracker" is a deleted tracked change; the inserted text lets the Award go
  to participants with "at least 25 of the 29 lines" signed off. A comment
  questions it (comments are not part of the submission).
- 5.5 partially_met: specialist guests are described, but the sentence
  giving every participant two days' placement in a special school is a
  deleted tracked change (a comment explains); the only placements left are
  the Education Business Partnership's work experience placements for
  Year 10 and 11 pupils (wrong context, section 4.5).
- 5.3 met only through an inserted tracked change plus the enrolment
  checklist (CRB number and List 99 check).
- 3.2 partially_met: one September intake, units in fixed order; the
  sentence letting January starters take Unit 2 first is deleted; online
  study days appear only as a pandemic contingency.
- 3.3 met: PLS Online forums, fortnightly tasks between study days, "Ask a
  Tutor" within three working days, email bulletins to heads.
- 2.2 partially_met: the Starting Review is used to form workshop groups and
  each participant gets a printout; no individual plan or personalised
  outcomes (a comment from the university asks whether "we do this").
- 1.3 partially_met: only "reflect current research and national
  developments" in general; national policy is named, research and
  inspection evidence are not.
- 1.7 partially_met: Study Day 6 is about parents' rights and the Tribunal;
  the Tracker's parent-liaison line is evidenced only by an optional mentor
  observation.
- 3.1 partially_met: the Single Equality Scheme, level access and "let the
  Programme Manager know"; nothing on assessment adjustments or
  anticipating disabled candidates' needs.
- 4.1 and 4.2 partially_met: "designed in response to what schools tell us",
  comments "taken into account" with no specifics. 4.3 met (Steering Group
  receives evaluations and agrees the improvement plan; the parent member is
  an insertion).
- 5.9 partially_met: confidence measured by the Starting and Closing
  Reviews; pupils' progress only "we intend to agree" a method.
- Tracker (Appendix E), per outcome: T11 on child development is a deleted
  row (6.K4 not_met); T14 school self-evaluation "Not covered in the Award"
  and left to the council's network (6.K7 not_met); T20 test arrangements
  with no teaching and "[Ashdene to advise]" (6.S2d not_met); T29 time and
  delegation "Not assessed for the Award" (6.A3 not_met); T09 disability
  law "[TBC with Ashdene]" (6.K3 partially_met); T13 agencies with no
  evidence (6.K9 partially_met); T18 reviewing provision and T28 CPD
  evidenced only by the unmarked Learning Log (6.S6, 6.A7 partially_met);
  T19 summative tracking assessed but not taught (6.S2b partially_met); T05
  parents only by optional observation (6.S8 partially_met).
- Comments carry information that is not part of the submission (individual
  plans, placements, pandemic assumptions, the award rule, the parents'
  forum).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("er-02-penmoor-continuity-plan.docx")

AUTHOR = "Joanne Pridmore"
DATE = "2009-01-12T10:30:00Z"
_rev = [100]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(5)
for s, sz in (("Heading 1", 14), ("Heading 2", 11.5), ("Title", 20)):
    doc.styles[s].font.name = "Calibri"
    doc.styles[s].font.size = Pt(sz)
    doc.styles[s].font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)


# ----------------------------------------------------------------- helpers
def nid():
    _rev[0] += 1
    return str(_rev[0])


def p(text="", bold=False, italic=False, size=None, after=None, style=None, align=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if after is not None:
        para.paragraph_format.space_after = Pt(after)
    if align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def h(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _run_el(text, deleted=False, bold=False, size=None):
    r = OxmlElement("w:r")
    if bold or size:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if size:
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rpr.append(sz)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(para, text, size=None):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), nid())
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    el.append(_run_el(text, size=size))
    para._p.append(el)
    return el


def dele(para, text, size=None):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), nid())
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    el.append(_run_el(text, deleted=True, size=size))
    para._p.append(el)
    return el


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    para = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            para = cell.add_paragraph()
        para.paragraph_format.space_after = Pt(2)
        r = para.add_run(line)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
    return cell.paragraphs[-1]


def table(header, rows, widths, head_fill="E4DAEC", size=9.5):
    t = doc.add_table(rows=1 if header else 0, cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if header:
        for i, hd in enumerate(header):
            set_cell(t.rows[0].cells[i], hd, bold=True, size=size)
            shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):
            m = cells[0].merge(cells[-1])
            set_cell(m, row, bold=True, size=size)
            shade(m, "F2EDF6")
            continue
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=size)
    for row in t.rows:
        for i, wd in enumerate(widths):
            row.cells[i].width = Cm(wd)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def delete_row(row):
    """Mark a whole table row, and all its text, as a tracked deletion."""
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid())
    d.set(qn("w:author"), AUTHOR)
    d.set(qn("w:date"), DATE)
    trPr.append(d)
    for tc in tr.iter(qn("w:tc")):
        for para in tc.iter(qn("w:p")):
            for r in list(para.iter(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    dt = OxmlElement("w:delText")
                    dt.set(qn("xml:space"), "preserve")
                    dt.text = t.text
                    r.replace(t, dt)
                wrap = OxmlElement("w:del")
                wrap.set(qn("w:id"), nid())
                wrap.set(qn("w:author"), AUTHOR)
                wrap.set(qn("w:date"), DATE)
                r.addprevious(wrap)
                wrap.append(r)


def boxed(lines, fill="FFF7E0"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    c.width = Cm(17)
    c.text = ""
    first = True
    for text, bold in lines:
        para = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        para.paragraph_format.space_after = Pt(4)
        r = para.add_run(text)
        r.bold = bold
        r.font.size = Pt(10)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return c


def comment(runs, text, author, initials):
    doc.add_comment(runs, text=text, author=author, initials=initials)


def add_field(para, instr, size=8):
    for kind, payload in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = para.add_run()
        r.font.size = Pt(size)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {payload} "
            r._r.append(it)
        elif kind == "text":
            r.text = payload
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)


# ----------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hr = hp.add_run("Penmoor Learning Services Ltd   |   Business Continuity Plan BCP-SA6-02   |   Version 1.3 DRAFT")
hr.font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fr = fp.add_run("RESTRICTED when Appendix A is completed   |   Template BC-02 (Penmoor MBC, 2007)   |   Page ")
fr.font.size = Pt(8)
add_field(fp, "PAGE")
r = fp.add_run(" of ")
r.font.size = Pt(8)
add_field(fp, "NUMPAGES")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ------------------------------------------------------------ panel note
boxed([
    ("Note for the TDA approval panel", True),
    ("Penmoor Learning Services keeps a Business Continuity Plan for each of its service areas, as our "
     "shareholder agreement with Penmoor Metropolitan Borough Council requires. The plan for the SENCO award has "
     "to set out, activity by activity, everything we do to run the programme and everything we depend on, and "
     "we have found it the most complete and honest account of the programme that we have. We are therefore "
     "submitting it as our application. It is at version 1.3, and the changes we are making this month are "
     "still shown as tracked changes.", False),
    ("Appendix E sets out the Outcome Tracker, which shows where each national outcome for SENCOs is developed "
     "and what evidence a tutor uses to sign it off. Appendix A (contact cascade) has been shortened for this "
     "copy.", False),
    ("Joanne Pridmore, Programme Manager, 14 January 2009", False),
])

doc.add_paragraph("Business Continuity Plan", style="Title")
p("Service Area 6: Professional Qualifications", bold=True, size=13, after=0)
p("National Award for SENCOs (Postgraduate Certificate in Leading Inclusion)", bold=True, size=13)

table(None, [
    ["Plan reference", "BCP-SA6-02"],
    ["Version", "1.3 (draft for the TDA application and Business Continuity Group review; changes tracked)"],
    ["Plan owner", "Joanne Pridmore, Programme Manager, National Award for SENCOs"],
    ["Deputy", "Kamal Hussain, Senior Inclusion Consultant"],
    ["Approved by", "PLS Business Continuity Group, chaired by the Director of Operations (version 1.2, "
                    "10 December 2008)"],
    ["Next review", "July 2009, or after any activation of the plan or exercise"],
    ["Template", "Penmoor MBC corporate business continuity template BC-02 (2007), based on BS 25999-1:2006"],
], [4.0, 13.0])

h("Version history", 2)
table(["Version", "Date", "By", "Changes"], [
    ["0.1", "30 June 2008", "J. Pridmore", "First draft, for the planning phase of the programme."],
    ["1.0", "6 October 2008", "J. Pridmore", "Approved by the Business Continuity Group."],
    ["1.1", "24 November 2008", "J. Pridmore",
     "Updated after the Ashdene University validation event (19 November 2008). CA11 (assessment-only route) "
     "removed: the validation panel did not approve an assessment-only route and it will not be offered. "
     "Staff table updated."],
    ["1.2", "10 December 2008", "J. Pridmore, S. Wilkes",
     "Lessons from Exercise Snowdrop added (Section 9); contact cascade updated; second Tracker user named."],
    ["1.3", "January 2009", "J. Pridmore", "Draft for the TDA application; changes tracked."],
], [1.6, 2.8, 2.8, 9.8])

h("Distribution", 2)
p(
    "Plan holders: Programme Manager; Deputy; Director of Operations; PLS Business Continuity Officer (Sandra "
    "Wilkes, Emergency Planning and Resilience, by agreement with the council); PLS Online administrator; "
    "Ashdene University link tutor (Sections 1 to 8 only). A printed copy is kept in the grab bag at reception, "
    "Penmoor Teachers' Centre, and the current version is on the PLS resilience drive."
)

# ----------------------------------------------------------------- Section 1
h("1. Purpose and scope")
p(
    "1.1 This plan sets out how Penmoor Learning Services Ltd (PLS) will keep the National Award for SENCOs "
    "running, and protect participants' progress towards it, if something disrupts the programme: the loss of a "
    "building, of staff, of ICT or of a partner, or a wider emergency such as pandemic influenza or severe "
    "weather."
)
p(
    "1.2 It covers every activity from a school's first enquiry to the conferment of the Award by Ashdene "
    "University. It does not cover PLS's other services (School Improvement, ICT for Learning, the Education "
    "Business Partnership and Governor Services), which have their own plans, except where they share "
    "resources with the Award (Section 4.5)."
)
p(
    "1.3 Section 3 identifies the critical activities and the longest each could be disrupted before the harm to "
    "participants, their schools or the company became unacceptable. Sections 4 to 7 say what those activities "
    "depend on and what we would do if it were lost. Section 8 lists the records that must be recoverable, "
    "Section 9 the exercises held, and Section 10 how the plan is kept up to date."
)

# ----------------------------------------------------------------- Section 2
h("2. Service profile")
h("2.1 What the Award is", 2)
p(
    "The Postgraduate Certificate in Leading Inclusion was validated by Ashdene University's Faculty of "
    "Education and Childhood on 19 November 2008. It carries 60 credits at Level 7 (masters level) in two units "
    "of 30 credits: Unit 1, Knowing and Including Learners (September to February), and Unit 2, Leading and "
    "Evaluating Provision (February to July). Subject to TDA approval, it is the way PLS will deliver the "
    "National Award for SENCOs. Ashdene confers the Award through its Award Board, appoints the external "
    "examiner and approves any recognition of prior learning; PLS recruits participants, teaches, mentors, "
    "first- and second-marks, and keeps the Outcome Tracker."
)
h("2.2 Who it is for", 2)
p(
    "Teachers new to the role of SENCO in Penmoor's 96 primary, 17 secondary and 5 special schools and 2 pupil "
    "referral units, and in schools in neighbouring boroughs that buy PLS services. The 2009-10 cohort has 28 "
    "places, taught as two workshop groups of 14."
)
h("2.3 Aims", 2)
p(
    "The first aim of the programme is \"to raise the achievement and well-being of pupils with SEN and/or "
    "disabilities across all five Every Child Matters outcomes\". Its other aims are to give SENCOs the "
    "knowledge of law, policy and practice they need to lead provision in their school; to develop the skills "
    "to lead colleagues, work with families and other services, and listen to pupils; and to enable each "
    "participant to make a lasting difference to provision in their school during the year. Both assignments "
    "centre on particular pupils: what they need, what is done for them, and how their learning and "
    "well-being are reviewed."
)
p(
    "Sessions are reviewed every year so that they reflect current research and national developments."
)
h("2.4 How it is delivered", 2)
para = p(
    "The programme is blended and part-time over one school year. It has eight study days at the Penmoor "
    "Teachers' Centre, fortnightly online tasks on PLS Online between study days, school-based work supported "
    "by an Award Mentor, and two individual tutorials in each unit. There is one intake each year, in September, "
    "and Unit 1 is taken before Unit 2. "
)
dele(para, "Participants who start in January may take Unit 2 before Unit 1. ")
para.add_run(
    "Participants who miss a study day can use the session materials and recorded presentations on PLS Online "
    "and have a catch-up tutorial with the unit tutor."
)
h("2.5 Programme calendar 2009-10", 2)
table(["Day", "Date", "Content"], [
    ["SD1", "Tue 22 Sep 2009",
     "The SENCO role. The SEN Code of Practice (2001) and the law on SEN, including the Special Educational "
     "Needs and Disability Act 2001; national policy: Removing Barriers to Achievement (2004) and the Inclusion "
     "Development Programme. Introduction to PLS Online."],
    ["SD2", "Tue 13 Oct 2009",
     "Disability equality: the Disability Discrimination Act 1995 and 2005, the Disability Equality Duty and "
     "accessibility plans. Every Child Matters, the Children Act 2004 and the SENCO's contribution to the five "
     "outcomes."],
    ["SD3", "Tue 17 Nov 2009",
     "Listening to pupils: consulting children and young people, person-centred reviews, Talking Mats and "
     "other approaches for pupils with communication difficulties; pupils' part in planning and reviewing "
     "their own provision. Briefing for the Pupil Voice Task."],
    ["SD4", "Tue 19 Jan 2010",
     "Identifying and assessing needs. The main types of SEN and disability (behavioural, emotional and social "
     "difficulties; specific learning difficulties including dyslexia; speech, language and communication "
     "needs; autistic spectrum disorders; moderate learning difficulties) and their effect on learning. Using "
     "assessments by other professionals; setting targets; planning interventions; solving problems in "
     "provision."],
    ["SD5", "Tue 9 Mar 2010",
     "Approaches, strategies and resources for teaching and learning, including ICT and assistive technology. "
     "Formative assessment and how to help colleagues use it with pupils with SEN. What works: using evidence "
     "from research on interventions. Afternoon: agencies' fair with statutory and voluntary services."],
    ["SD6", "Tue 27 Apr 2010",
     "Parents' rights under the Code of Practice: statutory assessment, the Parent Partnership Service and "
     "the SEN and Disability Tribunal."],
    ["SD7", "Tue 8 Jun 2010",
     "Provision mapping and finding gaps in provision. Deploying and managing teaching assistants. Reviewing "
     "the effectiveness of provision with colleagues and reporting the findings to senior leaders."],
    ["SD8", "Tue 6 Jul 2010",
     "Leading colleagues: observation and feedback, coaching and mentoring, planning and running training. "
     "Working with the headteacher and governors on inclusive policy and the use of resources. Next Steps "
     "planning."],
], [1.3, 3.0, 12.7])
p(
    "Reserve date: Tuesday 13 July 2010 (used only if a study day is lost; see Action Card A)."
)
h("2.6 Partners", 2)
bullets([
    "Ashdene University: validation, the Award Board, the external examiner, recognition of prior learning, "
    "library access for participants as associate students, and a link tutor who moderates marking.",
    "Penmoor Metropolitan Borough Council: our shareholder. Its Educational Psychology Service provides a "
    "sessional psychologist; its School Improvement Service runs the Newly Appointed SENCO Network, which is "
    "separate from the Award.",
    "Penmoor Parent Partnership Service and the Penmoor Primary Care Trust's speech and language therapy "
    "service, which contribute to study days.",
    "Participants' schools and the schools of the Award Mentors.",
])
h("2.7 How the Award was shaped", 2)
p(
    "The Award was designed in response to what schools tell us. Our annual Traded Services Customer Survey "
    "consistently shows that special educational needs is the area in which schools most want support. "
    "Headteachers and SENCOs commented on the draft programme at the Penmoor Inclusion Forum in June 2008, and "
    "their comments were taken into account in the final design."
)
h("2.8 Fee", 2)
p(
    "GBP 1,380 per participant for 2009-10, including Ashdene's registration fee, study days, PLS Online, "
    "mentoring, tutorials and assessment. The fee is set to cover costs, not to make a surplus. Tailoring is "
    "built in rather than bought as extras: the afternoon workshops are planned around each group's Starting "
    "Review ratings, each participant chooses the pupil for the case study and the focus of the development "
    "project with their mentor, and the mentor's visits are arranged around the participant's priorities."
)

# ----------------------------------------------------------------- Section 3
h("3. Business impact analysis: critical activities")
p(
    "The table describes each activity as it runs normally, so that anyone covering it knows what has to "
    "happen. MTPD is the maximum tolerable period of disruption. Priority 1 activities are restored first."
)
bia = table(["Ref", "Activity", "Normal operation", "MTPD", "Priority"], [
    ["CA1", "Nomination, entry and vetting",
     "Schools nominate on the PLS nomination form, signed by the headteacher. Entry criteria: Qualified Teacher "
     "Status; at least two years' teaching since induction; in post as SENCO, or designated by the governors to "
     "take up the role by September; the headteacher's agreement to release the participant for the study days "
     "and to meet the mentor twice. The Programme Manager holds a 30-minute entry interview with each nominee in "
     "June or July, looking at their current responsibilities and a one-page statement of their school's SEN "
     "priorities. Nominees who are not yet ready, for example because they have no SEN responsibilities yet, "
     "are offered a place on the PLS course Foundations of SEN, and the Programme Manager agrees with the "
     "headteacher when they might join the Award.\n"
     "At enrolment the administrator records on the Enrolment Checklist the number and date of each candidate's "
     "enhanced CRB disclosure, as confirmed by the headteacher, and the headteacher's confirmation that the "
     "school has checked List 99 and taken up references.",
     "10 working days (June to July)", "2"],
    ["CA2", "Starting Review",
     "In the first fortnight each participant completes the Starting Review on PLS Online: a self-rating from 1 "
     "to 4 against each line of the Outcome Tracker (Appendix E), with a short comment. The Programme Manager "
     "collates the ratings and uses them to place participants in one of the two workshop groups and to decide "
     "which topics need more time on study days. Each participant receives a printout of their own ratings.",
     "2 weeks (September)", "2"],
    ["CA3", "Study days",
     "Eight study days (calendar in 2.5), 9.15 am to 3.30 pm, each led by two tutors: input and discussion in "
     "the morning, workshops in the two workshop groups in the afternoon. Each participant carries out a "
     "school-based task after each study day and records it in their Learning Log.",
     "5 working days per study day", "1"],
    ["CA4", "PLS Online and support between study days",
     "PLS Online (Moodle, hosted by PLS ICT for Learning) holds the programme materials, a fortnightly online "
     "task between study days, a discussion forum for each workshop group moderated by its tutor, an Ask a Tutor "
     "forum answered within three working days, each participant's Learning Log (which their mentor can read "
     "and comment on) and the assignment submission area. Tutors post a summary of each group's forum before the "
     "next study day. The termly bulletin to headteachers and mentors is sent by email from PLS Online. "
     "Participants are shown how to use PLS Online on SD1; the ICT for Learning helpdesk is open 8 am to 6 pm.",
     "48 hours; 24 hours in assignment weeks", "1"],
    ["CA5", "Mentoring in school",
     "Each participant has an Award Mentor, a SENCO of at least five years' experience from another Penmoor "
     "school, paid as a PLS associate. Mentors attend a half-day training session in September and a mid-year "
     "mentors' meeting, and work to the Mentor Guide, which sets out their role: two school visits; one "
     "observation of the participant leading a meeting or training colleagues, with written feedback; a "
     "three-way meeting with the headteacher; comments in the Learning Log; and a part in the Unit 2 "
     "Professional Dialogue. Mentors do not mark assignments.",
     "10 working days", "2"],
    ["CA6", "Specialist input",
     "Guest specialists contribute to study days: a sessional educational psychologist from the council's "
     "Educational Psychology Service, a speech and language therapist from Penmoor PCT, the Sensory and "
     "Physical Support Team, the Autism Outreach teacher, the Parent Partnership Service, and voluntary "
     "organisations at the SD5 agencies' fair. ",
     "Not critical in isolation", "3"],
    ["CA7", "Assessment, marking and moderation",
     "Unit 1: Assignment 1, Pupil Case Study (5,000 words), on one pupil with SEN: assessments by school staff "
     "and other professionals, targets, the intervention, the review of progress and well-being, and the "
     "relationship with the pupil and family; and the Pupil Voice Task, a recorded structured conversation with "
     "three pupils about their provision, with a 1,000-word commentary. Unit 2: Assignment 2, Development "
     "Project (6,000 words): using the school's provision map to find a gap in provision, planning and leading "
     "a change with colleagues, including training or coaching them and deploying support staff, and reporting "
     "how it was introduced; and the Professional Dialogue, 30 minutes with the unit tutor and the mentor, "
     "drawing on the Learning Log. Marking and moderation: see Action Card C.\n"
     "Ashdene's Award Board confers the Award on participants who have passed both units and whose Outcome "
     "Tracker shows ",
     "15 working days for marking; Award Board date fixed", "1"],
    ["CA8", "Records and the Outcome Tracker",
     "The Outcome Tracker (an Access database on the PLS server) holds each participant's Starting Review, the "
     "sign-off of each line with the date, the tutor and the evidence, and the Closing Review. The administrator "
     "and the Deputy can run it. Paper sign-off sheets are kept in each participant's file.",
     "5 working days; 24 hours before the Award Board", "1"],
    ["CA9", "Evaluation and quality assurance",
     "Participants complete an evaluation form after each study day and an online evaluation at the end of each "
     "unit; mentors report at the mid-year mentors' meeting; the programme team meets after every study day. In "
     "July the Starting Review is repeated as the Closing Review, and the change in each participant's ratings "
     "is reported as the measure of growth in confidence and competence. The Programme Manager writes an "
     "end-of-year review with an action plan, which goes to the SENCO Award Steering Group (Section 6) and into "
     "Ashdene's annual monitoring; the external examiner's report goes to both. We intend to agree with Ashdene "
     "a way of collecting evidence of the progress of participants' pupils from 2010-11.",
     "20 working days", "3"],
    ["CA10", "Recognition of prior learning",
     "Applicants may claim up to 30 credits (one unit) through Ashdene's Recognition of Prior Learning "
     "procedure, either for certificated learning at Level 7 (for example an earlier SEN module) or for "
     "experiential learning shown in a claim portfolio mapped to the unit's learning outcomes. The Programme "
     "Manager advises applicants on their claim; Ashdene's RPL panel decides by 31 August.",
     "10 working days (July to August)", "3"],
    ["CA11", "(removed at version 1.1; see version history)", "-", "-", "-"],
], [1.2, 2.6, 9.6, 2.2, 1.4], size=9)

# tracked changes inside the BIA table
ca1_para = bia.rows[1].cells[2].paragraphs[-1]
ins(ca1_para, " Candidates who have not worked in a school in the last three months are asked to apply for a new "
              "enhanced disclosure through the council's Vetting Unit before enrolment; nobody starts the "
              "programme without a current disclosure.", size=9)

ca2_para = bia.rows[2].cells[2].paragraphs[-1]
c2 = ca2_para.runs[-1]

ca6_para = bia.rows[6].cells[2].paragraphs[-1]
d6 = dele(ca6_para, "Each participant also spends two days on placement in one of the borough's special schools, "
                    "arranged by the Programme Manager.", size=9)

ca7_para = bia.rows[7].cells[2].paragraphs[-1]
dele(ca7_para, "every line of the Tracker signed off by a tutor.", size=9)
ins(ca7_para, "at least 25 of the 29 lines signed off by a tutor, with any remaining lines carried into the "
              "participant's Next Steps plan.", size=9)

# comments on the table
comment(c2, "The validation panel recommended an individual learning plan for each participant, built from the "
            "Starting Review. Can we say we do this? PS", "Dr Philip Sandhu", "PS")
comment(bia.rows[6].cells[2].paragraphs[-1].runs[0],
        "Deleted: the special schools cannot take 28 participants next year. Revisit for 2010-11. JP",
        AUTHOR, "JP")
comment(ca7_para.runs[0],
        "Is this what Ashdene agreed at validation? Please check against the TDA draft specification before this "
        "goes out. NF", "Neil Fairbrother", "NF")

p(
    "Activities CA1, CA2 and CA10 fall at fixed points in the year, so their MTPD applies only in those weeks. "
    "Marking and the Award Board (CA7) cannot be moved without Ashdene's agreement."
)

# ----------------------------------------------------------------- Section 4
h("4. Resources and dependencies")
h("4.1 People", 2)
table(["Role", "Name", "Time on the Award", "Qualifications and experience", "Cover if absent"], [
    ["Programme Manager; Unit 2 tutor", "Joanne Pridmore", "0.6 FTE",
     "BEd; MEd Inclusive Education; SENCO in two Penmoor primary schools for eleven years; PLS Senior Inclusion "
     "Consultant since 2008; trained mentor for the National Strategies' Inclusion Development Programme.",
     "Kamal Hussain"],
    ["Unit 1 tutor", "Kamal Hussain", "0.4 FTE",
     "BA; PGCE; MA Special Education; former head of a secondary learning support base; Autism Outreach teacher; "
     "the programme's only autism specialist.",
     "Joanne Pridmore; Autism Outreach Team"],
    ["Tutor, SD4 and SD5", "Bernadette O'Rourke", "0.2 FTE",
     "BEd; Postgraduate Diploma in Specific Learning Difficulties; AMBDA; PLS specialist teacher for literacy.",
     "Kamal Hussain"],
    ["Sessional educational psychologist", "Dr Leanne Carver", "4 days a year",
     "BSc; PGCE; DEdPsy; Chartered Educational Psychologist; Penmoor Educational Psychology Service.",
     "Another EP by agreement with the Principal EP"],
    ["Ashdene link tutor and moderator", "Dr Philip Sandhu", "Ashdene time",
     "Senior Lecturer in Inclusive Education, Ashdene University; PhD on inclusive school leadership.",
     "Ashdene to nominate"],
    ["Award Mentors (pool of 12)", "PLS associates", "Per participant",
     "Serving Penmoor SENCOs, each with at least five years' experience in the role, trained by PLS.",
     "Reserve mentors from the pool"],
    ["Programme administrator", "Carol Bentham", "0.5 FTE",
     "Runs enrolment, the Enrolment Checklist and the Outcome Tracker.",
     "Kamal Hussain (trained December 2008)"],
], [3.0, 2.6, 2.0, 6.6, 2.8], size=9)
p(
    "All tutors take part in at least five days of professional development a year, including the PLS Inclusion "
    "Team's termly updates and Ashdene's annual associate tutor conference."
)
h("4.2 Single points of failure", 2)
bullets([
    "The Programme Manager: mitigated by the Deputy, who has shadowed the role since October 2008.",
    "The only autism specialist on the team: the Autism Outreach Team can provide a substitute for SD4 with two "
    "weeks' notice.",
    "The Outcome Tracker: a second trained user since December 2008 (Exercise Snowdrop).",
])
h("4.3 Premises", 2)
p(
    "Penmoor Teachers' Centre, Canal Street, Penmoor: three training rooms, an ICT suite with 16 networked "
    "computers, and the SEN Resource Base. The Resource Base holds standardised tests and assessment materials "
    "for loan, intervention programmes, books and journals, and assistive technology (text-to-speech software, "
    "Clicker 5, digital voice recorders and switch-access equipment), which participants may borrow for up to "
    "four weeks. ICT for Learning technicians demonstrate the assistive technology at SD5. Participants also "
    "have access to Ashdene's library and electronic journals as associate students."
)
p(
    "Both the Teachers' Centre and the fallback venue (Ashdene University's Riverside Building, Penmoor Road) "
    "have level access, a lift and a hearing loop. The Company's Single Equality Scheme 2008-11 applies to all "
    "PLS services, and any participant who needs an adjustment should let the Programme Manager know."
)
h("4.4 ICT", 2)
table(["System", "Used for", "Owner", "Fallback"], [
    ["PLS Online (Moodle)", "Materials, online tasks, forums, Learning Logs, submission",
     "PLS ICT for Learning", "Action Card B"],
    ["Outcome Tracker (Access)", "Starting and Closing Reviews, sign-off, reports to the Award Board",
     "Programme administrator", "Nightly backup to the council data centre; paper sign-off sheets"],
    ["Email and telephones", "Contact with participants, schools, mentors and Ashdene",
     "PLS ICT for Learning", "Mobile phones; contact cascade in Appendix A"],
], [3.6, 5.6, 3.4, 4.4])
h("4.5 Services shared with other parts of PLS", 2)
p(
    "The Education Business Partnership shares the ground floor at Canal Street. Its placement team of four "
    "staff organises and health-and-safety checks around 2,300 work experience placements a year for Year 10 "
    "and Year 11 pupils with 480 local employers. If the building were lost, the Education Business Partnership "
    "and the Award would need the same rooms at the Riverside Building, and the Partnership has priority during "
    "the June placement fortnight. ICT for Learning hosts PLS Online for all PLS services."
)
h("4.6 Suppliers and partners", 2)
table(["Supplier or partner", "What we depend on", "Agreement"], [
    ["Ashdene University", "Validation, Award Board, external examiner, RPL, library, link tutor",
     "Collaborative provision agreement, 2008-2013; includes a teach-out clause"],
    ["Penmoor MBC Vetting Unit", "Processing of enhanced CRB disclosures", "Service level agreement"],
    ["Penmoor MBC Educational Psychology Service", "Sessional psychologist", "Annual service order"],
    ["Penmoor PCT", "Speech and language therapist for SD4", "Letter of agreement"],
    ["Canal Street Catering", "Study day lunches", "Contract to March 2010"],
], [4.4, 7.0, 5.6])

# ----------------------------------------------------------------- Section 5
h("5. Disruption scenarios and recovery strategies")
scen = table(["Scenario", "Effect on the Award", "What we would do", "Lead"], [
    ["Loss of the Teachers' Centre (fire, flood, loss of power)", "Study days, Resource Base loans",
     "Move study days to the Riverside Building under the Ashdene agreement; suspend Resource Base loans and "
     "post digital resources on PLS Online.", "Programme Manager"],
    ["PLS Online unavailable", "Online tasks, forums, submission", "Action Card B.", "ICT for Learning"],
    ["Programme Manager absent for more than two weeks", "Management, Unit 2 teaching",
     "The Deputy acts up; the Ashdene link tutor chairs the moderation meeting.", "Director of Operations"],
    ["Pandemic influenza", "Study days, mentor visits, staff absence of up to half at the peak",
     "If schools close or gatherings are advised against, study days would be replaced by online sessions on "
     "PLS Online and tutorials by telephone, and deadlines extended by up to six weeks with Ashdene's agreement.",
     "Programme Manager"],
    ["Severe weather", "A study day", "Action Card A: the reserve date.", "Programme Manager"],
    ["Ashdene withdraws from the partnership", "The Award itself",
     "The teach-out clause lets current participants complete; PLS would seek another validating university.",
     "Director of Operations"],
    ["Loss of Outcome Tracker data", "Sign-off records", "Restore from the nightly backup; rebuild from paper "
     "sign-off sheets.", "Programme administrator"],
    ["A mentor cannot continue", "Mentor visits and observation", "Action Card D.", "Programme Manager"],
], [3.6, 3.4, 7.6, 2.4], size=9)
comment(scen.rows[4].cells[2].paragraphs[0].runs[0],
        "The council's pandemic plan assumes up to 50% absence for two to three weeks at the peak. Please align "
        "and say who decides that study days move online. SW", "Sandra Wilkes", "SW")

# ----------------------------------------------------------------- Section 6
h("6. Communications")
p(
    "In any disruption the Programme Manager decides who needs to know what, using the table below and the "
    "contact cascade at Appendix A."
)
table(["Who", "What they need to know", "How", "Who tells them"], [
    ["Participants", "Changes to study days, deadlines or support", "Text message and PLS Online news forum",
     "Programme administrator"],
    ["Headteachers", "Anything affecting release, the mentor's visits or the Award", "Email; telephone if urgent",
     "Programme Manager"],
    ["Award Mentors", "Changes to visits or the Professional Dialogue", "Email and the mentors' forum",
     "Deputy"],
    ["Ashdene University", "Anything affecting assessment or the Award Board", "Telephone to the link tutor",
     "Programme Manager"],
    ["SENCO Award Steering Group", "Any disruption lasting more than a week", "Email to members",
     "Programme Manager"],
    ["Council (shareholder)", "Serious incidents", "Director of Children's Services' office",
     "Director of Operations"],
    ["TDA", "Anything affecting approved provision", "Letter or email", "Director of Operations"],
], [3.4, 5.0, 4.6, 4.0])
sg = p(
    "The SENCO Award Steering Group meets each term. Its members are two headteachers nominated by the Penmoor "
    "Primary and Secondary Headteachers' Associations, two SENCOs from the current or previous cohort, the "
    "manager of the Penmoor Parent Partnership Service, "
)
sg_ins = ins(sg, "a parent representative nominated by the Penmoor Parents' Forum, ")
sg.add_run(
    "the Ashdene link tutor and the Programme Manager. It receives the study day and unit evaluations, the "
    "external examiner's report and the end-of-year review, agrees the improvement plan for the following year, "
    "and sends one of its members to observe a study day each term."
)
comment(sg.runs[-1], "Parents' Forum agreed at its December meeting to nominate someone. JP", AUTHOR, "JP")

# ----------------------------------------------------------------- Section 7
h("7. Action cards")


def card(title, lines):
    cell = boxed([(title, True)] + [(ln, False) for ln in lines], fill="EEF3F8")
    return cell


card("Action Card A: a study day cannot go ahead", [
    "1. Decide by 7 am whether the day can run; if not, text all participants and email headteachers and "
    "mentors by 7.30 am.",
    "2. Post the day's materials and a recorded presentation on PLS Online within two working days.",
    "3. Run the day on the reserve date, Tuesday 13 July 2010; if two days are lost, agree a second date with "
    "Ashdene.",
])
card("Action Card B: PLS Online unavailable for more than 48 hours", [
    "1. ICT for Learning estimates the restore time and tells the Programme Manager.",
    "2. Tutors telephone each participant in their workshop group within two working days; fortnightly tasks "
    "and forum summaries go by email.",
    "3. Assignments are submitted to the dedicated mailbox award.submit@pls-penmoor.co.uk and logged by the "
    "administrator; deadlines move by the number of days lost.",
])
card("Action Card C: marking or moderation at risk", [
    "Normal process: each assignment and Pupil Voice Task is first-marked by the unit tutor against Ashdene's "
    "Level 7 criteria. A second tutor marks blind all fails, all borderline scripts and a 25% sample of the rest. "
    "The Ashdene link tutor moderates a sample from each marker and chairs a moderation meeting before the marks "
    "go to the Award Board. The external examiner sees a sample from each unit, including every fail, and "
    "attends the Award Board. Tutors standardise on sample scripts at the start of each marking period.",
    "If a marker is lost: redistribute scripts among the remaining tutors; the Ashdene link tutor second-marks "
    "any shortfall. If moderation cannot happen before the Award Board, ask Ashdene for a special Board; do not "
    "release provisional marks.",
])
card("Action Card D: a mentor cannot continue", [
    "1. Assign a reserve mentor from the pool within ten working days.",
    "2. The new mentor reads the Learning Log and meets the participant and the headteacher within a month.",
    "3. If the observation cannot be done in time, the Deputy carries it out.",
])

# ----------------------------------------------------------------- Section 8
h("8. Vital records")
table(["Record", "Where kept", "Backup", "Owner"], [
    ["Outcome Tracker (Appendix E)", "PLS server", "Nightly to the council data centre; paper sheets",
     "Programme administrator"],
    ["Enrolment Checklists (including CRB details)", "Locked cabinet, Canal Street", "Scanned to the PLS "
     "server monthly", "Programme administrator"],
    ["RPL decisions", "Ashdene Registry", "Copy in participant file", "Ashdene"],
    ["Scripts, marks and moderation records", "PLS Online; moderation file", "PLS Online backup; Ashdene "
     "copies", "Programme Manager"],
    ["Evaluation returns and the end-of-year review", "PLS server", "Nightly", "Programme Manager"],
    ["Next Steps plans", "PLS Online (Learning Log)", "PLS Online backup", "Deputy"],
], [4.6, 3.6, 5.0, 3.8])
p(
    "Next Steps plans: at SD8 each participant drafts a Next Steps plan with three professional targets for the "
    "following year. The mentor discusses it with the participant and the headteacher at the final three-way "
    "meeting so that the targets can be taken into the participant's performance management, and tutors give "
    "information about Ashdene's MA in Inclusive Education, to which the 60 credits can be transferred."
)

# ----------------------------------------------------------------- Section 9
h("9. Testing and exercising")
table(["Date", "Exercise", "What we learned", "Action taken"], [
    ["12 Nov 2008", "Exercise Snowdrop (tabletop): PLS Online lost in the week of the Assignment 1 deadline, with "
                    "the Programme Manager off sick",
     "No offline copy of mentors' contact details; submission depended entirely on PLS Online; only the "
     "administrator could run Tracker reports",
     "Mentors added to Appendix A; submission mailbox set up (Action Card B); Deputy trained on the Tracker"],
    ["May 2009 (planned)", "Live test: moving a study day to the Riverside Building", "-", "-"],
], [2.4, 5.0, 5.0, 4.6])

# ----------------------------------------------------------------- Section 10
h("10. Plan maintenance")
p(
    "The plan owner reviews the plan every July, after any activation and after each exercise, and sends the "
    "revised plan to the Business Continuity Group. Changes to the programme agreed with Ashdene are reflected in "
    "Sections 2 and 3 and in Appendix E within a month."
)

# -------------------------------------------------------------- Appendix A
doc.add_page_break()
h("Appendix A: Contact cascade (shortened for this copy)")
table(["Order", "Role", "Name", "Daytime", "Out of hours"], [
    ["1", "Programme Manager", "Joanne Pridmore", "01632 960771", "07700 900412"],
    ["2", "Deputy", "Kamal Hussain", "01632 960772", "07700 900519"],
    ["3", "Programme administrator", "Carol Bentham", "01632 960770", "-"],
    ["4", "Director of Operations", "Neil Fairbrother", "01632 960701", "07700 900233"],
    ["5", "Ashdene link tutor", "Dr Philip Sandhu", "01632 961204", "-"],
    ["6", "ICT for Learning helpdesk", "-", "01632 960800", "-"],
], [1.4, 4.4, 3.6, 3.6, 3.6])
p("Mentors' numbers are held in the grab bag copy and on the PLS resilience drive.", italic=True)

# -------------------------------------------------------------- Appendix E
h("Appendix E: The Outcome Tracker")
p(
    "Each participant's Tracker has the 29 lines below, grouped in five strands. The Starting and Closing "
    "Reviews use the same lines. A tutor signs a line off when the evidence in the last column shows that the "
    "participant meets it, and the moderator checks a sample of sign-offs against the evidence. Line numbers "
    "are the Tracker's own; the national outcomes are in our words."
)
trk = table(["Line", "What the participant must show", "Where it is developed", "Evidence used for sign-off"], [
    "Strand 1: Pupils and families",
    ["T01", "Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and "
            "with their families", "SD3; SD6", "Assignment 1 (case study)"],
    ["T02", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
            "progress", "SD4", "Assignment 1"],
    ["T03", "Uses assessments by other professionals to shape teaching", "SD4", "Assignment 1"],
    ["T04", "Makes sure pupils take part in planning, agreeing and reviewing their own provision", "SD3",
     "Pupil Voice Task"],
    ["T05", "Works with parents and carers to promote their children's learning", "SD6",
     "Mentor observation, where the participant chooses a meeting with parents as the observed activity"],
    ["T06", "Knows the main types of SEN and disability and how they affect learning", "SD4", "Assignment 1"],
    "Strand 2: Knowledge for the role",
    ["T07", "Knows the law and guidance on SEN, including the Code of Practice, and how to put them into "
            "practice", "SD1", "Assignment 1 (statutory framework section); Professional Dialogue"],
    ["T08", "Understands Every Child Matters and how the SENCO helps pupils achieve the five outcomes", "SD2",
     "Assignment 1"],
    ["T09", "Knows the law on disability equality and what it requires the school to do", "SD2",
     "[TBC with Ashdene]"],
    ["T10", "Evaluates approaches, strategies and resources, including ICT, for assessment, planning, teaching "
            "and learning", "SD5", "Assignment 1"],
    ["T11", "Understands how children develop and how SEN, disability and the learning environment affect "
            "development", "SD4", "Assignment 1"],
    ["T12", "Knows best practice and research on meeting special educational needs", "SD5",
     "Assignment 2 (literature section)"],
    ["T13", "Knows the work of external agencies and how to obtain specialist support", "SD5 (agencies' fair)",
     "-"],
    ["T14", "Understands the principles of school self-evaluation and improvement for pupils with SEN",
     "Not covered in the Award: covered in the council's Newly Appointed SENCO Network", "-"],
    "Strand 3: Leading provision",
    ["T15", "With senior colleagues and governors, influences the school's inclusive ethos, policies, "
            "priorities and use of resources", "SD8", "Assignment 2"],
    ["T16", "Uses provision mapping to plan provision and to find ineffective or missing provision", "SD7",
     "Assignment 2"],
    ["T17", "Deploys and manages staff to support pupils with SEN", "SD7", "Assignment 2"],
    ["T18", "Reviews the effectiveness of provision with colleagues to inform self-evaluation and improvement "
            "planning", "SD7", "Learning Log (not marked)"],
    ["T19", "Uses summative assessments, including national tests, to track progress and adjust programmes",
     "-", "Assignment 2 (data section)"],
    ["T20", "Identifies in good time the special arrangements pupils need for tests and examinations, and puts "
            "them in place", "-", "[Ashdene to advise]"],
    ["T21", "Works in partnership with other services and agencies, including voluntary organisations", "SD5",
     "Assignment 1 (multi-agency section)"],
    "Strand 4: Leading people",
    ["T22", "Gains the commitment of colleagues, including the headteacher and senior leaders", "SD8",
     "Assignment 2; Professional Dialogue"],
    ["T23", "Supports colleagues' professional development through observation, feedback, coaching and "
            "training", "SD8", "Assignment 2; mentor observation"],
    ["T24", "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN",
     "SD5", "Professional Dialogue"],
    ["T25", "Expresses themselves clearly in speech and writing, and listens to others' views", "All study days",
     "Assignments 1 and 2; Professional Dialogue"],
    "Strand 5: Personal effectiveness",
    ["T26", "Anticipates and resolves problems and makes sound judgements about provision", "SD4; SD7",
     "Assignment 2; Professional Dialogue"],
    ["T27", "Draws on research and external advice to improve their own and colleagues' practice", "SD5",
     "Assignment 2"],
    ["T28", "Keeps up to date and takes responsibility for their own CPD in SEN and disability", "SD8 (Next "
            "Steps)", "Learning Log and Next Steps plan (not marked)"],
    ["T29", "Prioritises, manages time and delegates appropriately", "-",
     "Not assessed for the Award: a matter for the participant's performance management in school"],
], [1.2, 7.6, 3.8, 4.4], size=9)
# T11 is row index: header(0), strand1(1), T01-T06 (2-7), strand2 (8), T07 (9) T08 (10) T09 (11) T10 (12) T11 (13)
assert "T11" in trk.rows[13].cells[0].text
delete_row(trk.rows[13])
comment(trk.rows[11].cells[3].paragraphs[0].runs[0],
        "Sandra: not a continuity point, but Ashdene still owe us the evidence source for T09 and T20. JP",
        AUTHOR, "JP")

p(
    "The Tracker is a vital record (Section 8). If it is lost, it is rebuilt from the paper sign-off sheets in "
    "participants' files."
)

doc.save(OUT)
print("wrote", OUT)
