"""Build el-02-sandlingham-project-final-report.docx (blind test application).

KIND OF DOCUMENT
  The end-of-project Final Report that a university continuing education
  department writes for a funder of a curriculum development project: here the
  (invented) Sandlingham and Elverdon Lifelong Learning Network's Development
  Fund, on the funder's report template (cover sheet of fields, fixed headings,
  the template's bracketed guidance left in), with objectives and their status,
  methodology, outputs, outcomes to date, budget, lessons learned,
  sustainability and embedding, recommendations to the funder's Board and
  appendices. The Department sends it to the TDA, unaltered, as its application,
  with a covering note and an appendix added for the panel.

PROVIDER (invented)
  University of Sandlingham, Department of Continuing Education (the applicant),
  with Sandlingham City Council (Inclusion Support Service) and Elverdon County
  Council (SEN and Disability Team) as partners. Award: Postgraduate
  Certificate in Professional Studies (SEN Coordination), 60 credits at Level 7,
  three 20-credit modules PSE701-703, tasks T1-T3 and a mentor-signed Practice
  Record. Twelve twilight sessions S1-S12 and three Saturday study days
  SD1-SD3. People: Dr Catherine Aske (project lead), Rhian Pettifer (programme
  leader), Dr Tomasz Wilk, Mark Ledbury (project officer), Janet Oyelaran and
  Hugh Merriman (LA partners), Susan Brackley (LLN Development Manager, author
  of comments), Dr Fiona Garside (external examiner).

LAYOUT
  Covering note to the TDA; the funder's cover-sheet field table; Heading 1
  sections 1-10 with the template's grey bracketed "[Guidance: ...]" prompts
  under each; Heading 2 sub-sections whose numbers collide with requirement ids
  (4.1 Survey of SENCOs, 4.2 Headteachers, 4.3 Parents and young people,
  4.4 What we changed; 5.1 Award and structure ... 5.9 Quality and evaluation,
  where 5.3 is entry and selection, 5.5 staffing, 5.8 assessment and the award);
  an objectives table with a Status column ("Achieved", "Partly achieved",
  "Not achieved", "On track"); a "What we heard / What we did" table; a budget
  table; a sustainability table ("Continues", "Ends", "Continues if LA funding
  agreed"); recommendations R1-R6; Appendix A programme outline (sessions S1-S12,
  SD1-SD3 - the S codes collide with outcome ids 6.S1-6.S9 - and tasks T1-T3);
  Appendix B evaluation framework table; Appendix C outcome table with merged
  group rows. Six real footnotes (footnotes part), three Word comments, page
  header and footer.

TRAPS (requirement ids affected)
  - 5.3   The CRB arrangement is only in footnote 3 (head confirms disclosure
          number and date on the nomination form; offer not confirmed until
          received; new disclosure via the University if not in school for
          three months). Footnotes are part of the submission. -> met.
  - 2.3   Objective O5 "Not achieved"; Section 8 "We were not able to agree an
          assessment-only route ... no date has been set"; R3 "should pursue".
          A Word comment claims Registry agreed it: comments are not evidence.
          -> not_met.
  - 3.2   One intake, modules in order, sessions alternate between the two
          venues (no choice); only completing PSE703 with the next cohort; O3
          "Partly achieved". A Word comment says Elverdon could staff a January
          intake: not evidence. -> partially_met.
  - 3.3   The online version of PSE702 ran only in the 2008 taster unit and
          "was not carried forward: there is no online study in the programme";
          materials are sent by e-mail. -> not_applicable.
  - 5.5   Specialist expertise (EP, SLT, specialist teachers as guest tutors),
          but the taster unit's placement day (past) "could not be funded in
          the award". -> partially_met.
  - 5.7   Tutor roles and standardisation; Mentor Guide; but mentor training
          "will run only if the authorities agree to fund it" (5.7 and the
          Section 9 table "Continues if LA funding agreed"). A comment says
          Elverdon has confirmed funding: not evidence. -> partially_met.
  - 4.3   LA staff teach, interview and moderate; but the Steering Group
          (heads, Parents' Forum, LAs) "Ends 28 February 2009"; the programme
          committee is the programme team and the quality officer; partners'
          evaluation role only "will consider" (Section 9) and R6. -> partially_met.
          4.1, 4.2 met (survey, focus groups, parents' workshop, young
          people, "What we heard / What we did" table).
  - 1.7, 6.S8  No session on working with parents: Section 8 "we were not able
          to fit it in. We hope to add it"; Appendix C row "\u2014" / "\u2014 (to be
          added: see Section 8)". Parents consulted in the project (4.3 of the
          report) is stakeholder consultation, not programme content.
          -> not_met, not_met.
  - 6.A1  Appendix C: "T2 (relationship with the pupil)"; parents nowhere.
          -> partially_met.
  - 2.5   Nothing in the programme; only R5 "The programme should end with a
          session on next steps". S12 is about keeping up to date. -> not_met.
  - 2.1   Footnote 4 and 5.4: certificated Level 7 study up to 20 credits;
          experience "cannot be credited". A comment hints at APEL: not
          evidence. -> partially_met.
  - 1.1   The award's aims (5.2) are statutory duties and "raise the
          attainment and accelerate the progress of pupils on the SEN
          register"; well-being appears only as knowledge of Every Child
          Matters (S1, T1). -> partially_met.
  - 3.1   Only "covered by the University's Equality and Diversity Policy and
          its Disability Equality Scheme" and "can contact the University's
          Disability Service"; the template prompt asking about disabled
          learners is not an answer. -> partially_met.
  - 5.9   Appendix B: participants' confidence and competence by the repeated
          audit; pupil impact "To be developed (see R4)". -> partially_met.
  - 1.9, 6.0  Covering note and executive summary: "every national minimum
          outcome is taught and assessed"; the award rule (5.8) is three passed
          tasks plus a Practice Record signed by the mentor, "not graded";
          Appendix C has TBC, past-pilot and empty cells and no row for access
          arrangements. -> partially_met.
  - Past pilot (wrong context): the 2008 taster unit's placement day, online
    unit and assessment-for-learning task with colleagues are not the award.
  - Appendix C (criterion 6):
      "Practice Record (mentor sign-off, not graded)"  6.A3, 6.A7, 6.S5 -> partially_met
      "TBC"                                             6.K7            -> partially_met
      "Taster unit task (2008 pilot)"                   6.S2c           -> partially_met
      "T2 (relationship with the pupil)"                6.A1            -> partially_met
      "\u2014" / "\u2014 (to be added)"                           6.S8            -> not_met
      no row, not mentioned anywhere                   6.S2d           -> not_met
      all others taught in a session and assessed in T1, T2 or T3 -> met.
  - Numbering collisions: report sub-sections 4.1-4.4 and 5.1-5.9, session
    codes S1-S12 in "Taught in", objective codes O1-O9, recommendations R1-R6.
  - Header and footer carry nothing that counts.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "el-02-sandlingham-project-final-report.docx")

GREY = RGBColor(0x80, 0x80, 0x80)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(6)
for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    hp = s.header.paragraphs[0]
    hp.text = "Sandlingham and Elverdon Lifelong Learning Network \u00b7 Development Fund"
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = "SELLN/DF/07-14 \u00b7 Final report v1.0 \u00b7 27 February 2009 \u00b7 For the LLN Board"
    fp.runs[0].font.size = Pt(8)

# ------------------------------------------------------------------ footnotes
FOOTNOTES = []


def add_footnote(paragraph, text):
    FOOTNOTES.append(text)
    fid = len(FOOTNOTES)
    r = paragraph.add_run()
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r._r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r._r.append(ref)
    return r


def write_footnotes_part():
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    items = [
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for i, t in enumerate(FOOTNOTES, start=1):
        items.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<w:footnotes xmlns:w="{W}">' + "".join(items) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ------------------------------------------------------------------ helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, colour=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
    if align is not None:
        p.alignment = align
    return p


def guidance(text):
    """The funder template's own prompt, left in."""
    return para("[Guidance: " + text + "]", italic=True, size=9, colour=GREY)


def cell_text(cell, text, bold=False, italic=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour


def table(headers, rows, widths, head_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cc = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cc[i], v)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ covering note
para("UNIVERSITY OF SANDLINGHAM \u00b7 DEPARTMENT OF CONTINUING EDUCATION", bold=True, size=11)
para("Covering note to the Training and Development Agency for Schools", bold=True)
para("To: SENCO Training Approvals, TDA\nFrom: Dr Catherine Aske, Head of Professional Studies\n"
     "Date: 6 March 2009")
para("The University of Sandlingham, through its Department of Continuing Education, applies for "
     "approval to offer the national award for SEN coordination from September 2009, with "
     "Sandlingham City Council and Elverdon County Council as our partners. Rather than write "
     "the programme up afresh, we send the final report of the Lifelong Learning Network project "
     "through which the programme was designed and validated, as it went to the Network's Board. "
     "Section 5 describes the programme as the University has validated it; Appendix A gives "
     "the programme outline; Appendix C, which we have added for the panel, shows where each "
     "national minimum outcome is taught and assessed. Otherwise the report has not been "
     "altered.")
para("We are confident that every national minimum outcome is taught and assessed on the "
     "programme, and we would welcome the panel's questions.")
doc.add_page_break()

# ------------------------------------------------------------------ cover sheet
para("SANDLINGHAM AND ELVERDON LIFELONG LEARNING NETWORK", bold=True, size=13,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Development Fund \u2013 Final Project Report", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
guidance("Project leads complete every section under the headings given. Keep to the word "
         "guides. Bracketed guidance may be deleted before submission.")
cs = doc.add_table(rows=0, cols=2)
cs.style = "Table Grid"
for a, b in [
    ("Project title", "SENCO Pathways: a part-time Masters-level award for teachers new to "
                      "the SENCO role"),
    ("Project reference", "SELLN/DF/07-14"),
    ("Lead institution", "University of Sandlingham, Department of Continuing Education"),
    ("Partners", "Sandlingham City Council (Inclusion Support Service); Elverdon County "
                 "Council (SEN and Disability Team)"),
    ("Project lead", "Dr Catherine Aske, Head of Professional Studies"),
    ("Project period", "1 December 2007 to 28 February 2009"),
    ("Grant awarded", "\u00a341,650"),
    ("Report prepared by", "Dr Catherine Aske and Mark Ledbury (Project Officer)"),
    ("Status", "Final, version 1.0, for the LLN Board of 10 March 2009"),
]:
    c = cs.add_row().cells
    cell_text(c[0], a, bold=True)
    shade(c[0], "E2EAF2")
    cell_text(c[1], b)
for row in cs.rows:
    row.cells[0].width = Cm(4.5)
    row.cells[1].width = Cm(12)
doc.add_paragraph()

# ------------------------------------------------------------------ 1 exec summary
doc.add_heading("1  Executive summary", level=1)
guidance("No more than one page: what you set out to do, what you did, what you found and "
         "what happens next.")
para("SENCO Pathways set out to design, validate and prepare for delivery a part-time award at "
     "Masters level for teachers new to the role of special educational needs coordinator in "
     "Sandlingham, Elverdon and the neighbouring areas. It has done so. The University's "
     "Academic Board validated the Postgraduate Certificate in Professional Studies (SEN "
     "Coordination) on 11 February 2009, and the first cohort of 24 will start in September "
     "2009; 31 applications had been received by 20 February.")
para("The programme was shaped by what we heard from 187 SENCOs, 26 headteachers, 14 parents "
     "and nine young people (Section 4). It is taught in twilight sessions and Saturday study "
     "days across the two authorities, is rooted in each participant's own school through "
     "school-based tasks and a practitioner enquiry, and gives credit towards the Department's "
     "MA in Professional Studies. Every one of the national minimum outcomes is taught and "
     "assessed on the programme.")
para("Two objectives were not fully achieved: an assessment-only route for experienced "
     "practitioners, and a second intake with an online route. The project came in \u00a31,440 "
     "under budget. Section 9 sets out what continues now that the funding has ended, and "
     "Section 10 makes six recommendations to the Board.")

# ------------------------------------------------------------------ 2 background
doc.add_heading("2  Background and rationale", level=1)
guidance("Why was the project needed? How does it fit the Network's aims of progression for "
         "vocational and work-based learners?")
p = para("From 1 September 2008 every maintained school has had to designate a qualified "
         "teacher as its SENCO,")
add_footnote(p, "The Education (Special Educational Needs Co-ordinators) (England) "
                "Regulations 2008, in force from 1 September 2008.")
p.add_run(" and the Government has made clear its intention that teachers new to the role should "
          "gain a nationally accredited qualification. In the autumn of 2007 neither authority "
          "had any accredited route to offer its SENCOs. Both ran short induction courses "
          "(four twilights in Sandlingham, two days in Elverdon) without credit, and the "
          "Department's own Advanced Certificate in Special Educational Needs had closed in "
          "2005 for want of numbers.")
para("The Department of Continuing Education has taught part-time adults for more than fifty "
     "years, and teachers and teaching assistants for thirty; its Certificate in Learning "
     "Support (Level 4) has 140 teaching assistants on roll. For the Network the project "
     "offered a clear progression route for a professional group studying part time in work: "
     "from the authorities' induction courses into a Masters-level certificate, and on to the "
     "MA.")

# ------------------------------------------------------------------ 3 objectives
doc.add_heading("3  Aims and objectives", level=1)
guidance("Restate the aim and objectives from your approved bid. For each objective give its "
         "status (Achieved / Partly achieved / Not achieved / On track) and a brief comment.")
para("Aim: to design, validate and prepare for delivery a part-time Masters-level award that "
     "enables teachers new to the SENCO role to meet the national requirements, improve "
     "provision in their schools and progress to further study.")
obj = table(
    ["Ref", "Objective", "Status", "Comment"],
    [
        ("O1", "Establish the needs of schools and new SENCOs in both authorities",
         "Achieved", "Survey, focus groups, parents' workshop, young people (Section 4)"),
        ("O2", "Design and validate a 60-credit Level 7 award meeting the TDA specification",
         "Achieved", "Academic Board, 11 February 2009"),
        ("O3", "Offer flexible routes: two venues, two intakes a year, an online route",
         "Partly achieved", "Two venues; one intake; online unit piloted but not carried "
                            "forward (5.2, Section 8)"),
        ("O4", "Establish accreditation of prior learning", "Partly achieved",
         "Certificated learning only (5.4)"),
        ("O5", "Establish an assessment-only route for experienced practitioners",
         "Not achieved", "See Section 8 and R3"),
        ("O6", "Recruit and prepare school-based mentors", "Partly achieved",
         "14 mentors trained for the taster unit; future training, see Section 9"),
        ("O7", "Build an evaluation framework that captures impact on participants and "
               "pupils", "Partly achieved", "Appendix B; pupil measures not yet in place"),
        ("O8", "Pilot a taster unit with new SENCOs", "Achieved", "June\u2013July 2008 (Section 6)"),
        ("O9", "Recruit the first cohort (24 places)", "On track",
         "31 applications by 20 February 2009"),
    ],
    (1.0, 6.3, 2.6, 6.6))
# comment on O5 status
o5_status_run = obj.rows[5].cells[2].paragraphs[0].runs[0]
doc.add_comment(o5_status_run,
                text="I understood Registry agreed an assessment-only route at its February "
                     "meeting. If so, please change this to Achieved.",
                author="Susan Brackley", initials="SB")

# ------------------------------------------------------------------ 4 methodology
doc.add_heading("4  How we went about it", level=1)
guidance("Describe the methods used, including how learners, employers and other stakeholders "
         "were engaged, and what difference their views made.")
doc.add_heading("4.1  Survey of SENCOs", level=2)
p = para("Mark Ledbury, seconded half-time from Sandlingham's Inclusion Support Service, ran a "
         "survey of every SENCO in the two authorities in the spring of 2008.")
add_footnote(p, "Distributed through both authorities' SENCO networks and by post, March to "
                "April 2008; 187 of 402 SENCOs replied (47 per cent), 58 of them in their first "
                "two years in the role.")
p.add_run(" Seventy-one per cent had less than half a day a week of non-contact time for the "
          "role. Sixty-four per cent wanted study that would count towards a further "
          "qualification. Asked where they felt least confident, SENCOs named analysing data to "
          "track pupils' progress (52 per cent), managing teaching assistants (41 per cent) and "
          "working with governors (38 per cent). In rural Elverdon 38 per cent travelled more "
          "than forty minutes to any training venue, and almost all said that a whole day's "
          "release was harder to secure than an evening.")
doc.add_heading("4.2  Headteachers", level=2)
para("Three focus groups (26 headteachers: 17 primary, 6 secondary, 3 special) met in May and "
     "June 2008. Heads would release a SENCO for a few days a year at most; they wanted the "
     "work to serve the school's improvement plan; and they were frank that few had thought "
     "about who would support a new SENCO in school.")
doc.add_heading("4.3  Parents and young people", level=2)
para("A workshop with 14 parents from the Sandlingham Parents' Forum and Elverdon Parent "
     "Partnership Service asked what makes a good SENCO. Their answer was consistent: someone "
     "who listens, explains what is happening and keeps in touch. Nine members of Speak Up "
     "Elverdon, the county's group of disabled young people aged 12 to 17, told us what they "
     "wanted from the adults who plan their support: \u201cask us, don't talk about us.\u201d")
doc.add_heading("4.4  What we changed as a result", level=2)
table(
    ["What we heard", "What we did"],
    [
        ("Release for whole days is hard to get; travel in Elverdon is long",
         "Twelve twilight sessions (4.30 to 7.00 pm) and three Saturday study days instead of "
         "weekday days, alternating between Sandlingham and Castleford, Elverdon"),
        ("Data, teaching assistants and governors are where SENCOs feel weakest",
         "A Saturday study day on data and provision mapping (SD2); a session on leading and "
         "managing people (S9); Task 3 built round data, staff deployment and the governing "
         "body"),
        ("Study should count towards a further qualification",
         "60 credits at Level 7, counting towards the MA in Professional Studies"),
        ("Heads want the work to serve the school's improvement plan; no-one supports a new "
         "SENCO in school", "Task 3 agreed with the head and tied to the school improvement "
                           "plan; a named mentor from the leadership team; the Mentor Guide"),
        ("Young people: \u201cask us, don't talk about us\u201d",
         "Session S6 on gathering pupils' views and involving them in their own targets, "
         "with members of Speak Up Elverdon; the pupil's views required in Task 2"),
        ("Parents: a SENCO who listens, explains and keeps in touch",
         "Planned a session led by parents; not yet timetabled (see Section 8)"),
    ],
    (7.5, 9.0))

# ------------------------------------------------------------------ 5 outputs
doc.add_heading("5  Outputs: the programme as validated", level=1)
guidance("Describe the provision, resources or other outputs developed. Include how the needs of "
         "disabled learners have been anticipated, in line with your institution's Disability "
         "Equality Scheme, and how the provision will be quality assured.")
doc.add_heading("5.1  Award and structure", level=2)
para("The Postgraduate Certificate in Professional Studies (SEN Coordination) is an award of "
     "the University of Sandlingham, validated by Academic Board on 11 February 2009 for five "
     "years. It carries 60 credits at Level 7 (Masters level) and has three 20-credit "
     "modules: PSE701 Law, Policy and the SENCO; PSE702 Understanding and Meeting Individual "
     "Needs; PSE703 Leading Provision: a Practitioner Enquiry. Each module is assessed by one "
     "task (T1, T2, T3); a Practice Record is kept across the year (5.8). The outline is in "
     "Appendix A.")
doc.add_heading("5.2  Aims, delivery and access", level=2)
para("The award aims to equip teachers new to the SENCO role to carry out their "
     "responsibilities under the SEN Code of Practice; to raise the attainment and accelerate "
     "the progress of pupils on their school's SEN register; and to prepare participants for "
     "further study at Masters level.")
p = para("Teaching is in twelve twilight sessions (4.30 to 7.00 pm) and three Saturday study "
         "days between September and July, alternating between the University's Sandlingham "
         "campus and the Castleford Professional Centre in Elverdon. ")
r_intake = p.add_run("There is one intake a year, in September, and the modules are taken in "
                     "order.")
p.add_run(" A participant who cannot complete PSE703 in the first year may complete it with "
          "the following cohort. The online version of PSE702 piloted in the taster unit "
          "(Section 6) was not carried forward: there is no online study in the programme in "
          "2009\u201310, and session materials are sent to participants by e-mail.")
doc.add_comment(r_intake,
                text="Hugh said at the Board that Elverdon could staff a January intake. Can we "
                     "say so here?",
                author="Susan Brackley", initials="SB")
para("Between sessions participants carry out school-based tasks agreed in their individual "
     "learning plan with their mentor, and Tasks 2 and 3 are carried out in their own school.")
para("The fee for 2009\u201310 is \u00a31,150. Each authority pays half the fee for SENCOs in its "
     "maintained schools. Because the authorities provide the Castleford venue and the "
     "specialist guest tutors without charge, the fee is well below the Department's standard "
     "postgraduate rate, and the individual learning plan (5.4) means that time is spent on "
     "what each participant needs.")
para("The programme is covered by the University's Equality and Diversity Policy and its "
     "Disability Equality Scheme. Participants who have a disability can contact the "
     "University's Disability Service.")
doc.add_heading("5.3  Entry and selection", level=2)
p = para("Applicants must hold qualified teacher status and be in post as SENCO, or designated "
         "by their headteacher to take up the role. The headteacher completes a nomination form "
         "that commits the school to the participant's attendance and names a mentor. Each "
         "applicant has a 30-minute interview with a tutor and an officer from their authority, "
         "at which the entry audit (5.4) is discussed.")
add_footnote(p, "The Department's Admissions Office asks each applicant's headteacher to confirm "
                "on the nomination form the date and number of the applicant's enhanced CRB "
                "disclosure and that there are no concerns about the applicant's conduct; no "
                "offer is confirmed until this is received. An applicant who has not worked in "
                "a post involving regular contact with children in the previous three months "
                "must obtain a new enhanced disclosure through the University before starting.")
p.add_run(" Applicants whose audit and interview suggest they are not yet ready to meet the "
          "outcomes within the year are sent a letter of advice (usually a term or two in post "
          "and the authority's induction course first), and the programme leader speaks to "
          "their headteacher.")
doc.add_heading("5.4  Prior learning and individual learning plans", level=2)
p = para("Participants who have passed Level 7 study in special educational needs in the last "
         "five years may claim up to 20 credits (PSE701 or PSE702) for it.")
add_footnote(p, "Claims are made on the Department's APL form with the transcript and module "
                "outline; the programme leader maps the claim against the module outcomes and "
                "the Board of Examiners decides it. No fee is charged.")
r_apl = p.add_run(" The Department's regulations do not permit credit for experiential "
                  "learning: experience is taken into account in the needs audit but cannot be "
                  "credited.")
doc.add_comment(r_apl,
                text="Has Registry's new APEL policy changed this? Check before it goes to the "
                     "TDA.",
                author="Susan Brackley", initials="SB")
para("Before the programme each participant completes a self-audit against the national "
     "minimum outcomes, which the tutor moderates at interview. At the first tutorial the "
     "participant, tutor and mentor agree an individual learning plan that names the "
     "participant's priority outcomes, the school-based tasks that will address them and "
     "the evidence to be gathered. The plan is reviewed at tutorials in December and April.")
doc.add_heading("5.5  Staffing", level=2)
table(
    ["Name", "Role", "Qualifications and current work"],
    [
        ("Rhian Pettifer", "Programme leader; PSE702, PSE703",
         "Senior Lecturer in Inclusive Education. Ten years as a primary SENCO, then "
         "Sandlingham's advisory teacher for speech, language and communication; MA in "
         "Special Educational Needs. Leads the SENCO network in Sandlingham's north "
         "cluster."),
        ("Dr Tomasz Wilk", "PSE701, PSE703; second marker",
         "Lecturer in Education. PhD on provision mapping in secondary schools (2006); "
         "former head of learning support in an 11\u201318 school; current research with "
         "six schools on teaching assistant deployment."),
        ("Janet Oyelaran", "Guest tutor (S2, S10); interviews",
         "Principal Officer, Inclusion Support Service, Sandlingham City Council; former "
         "deputy head of a special school."),
        ("Hugh Merriman", "Guest tutor (S6); interviews; moderation",
         "SEN and Disability Manager, Elverdon County Council."),
        ("Authority specialists", "Guest tutors (S4, S5, S6, SD1)",
         "An educational psychologist, a speech and language therapist and specialist "
         "teachers for autism and for specific learning difficulties from the two "
         "authorities' services."),
    ],
    (3.3, 4.2, 9.0))
doc.add_heading("5.6  Learning resources", level=2)
para("Participants have full use of the University Library, including e-journals off campus, "
     "and of the Department's SEN collection at its Quayside Building (some 900 titles, with "
     "standardised reading, spelling and numeracy tests for loan). SD1 is taught in the ICT "
     "suite at Castleford, which has Clicker 5, Write Online, text-to-speech and symbol "
     "software, and Sandlingham's Inclusion Support Service lends assistive technology to "
     "participants for use in their school-based tasks.")
doc.add_heading("5.7  Tutors and mentors", level=2)
para("Tutors' roles and responsibilities are set out in the Programme Handbook, and every "
     "tutor attends a standardisation meeting before each task is marked. Each participant's "
     "mentor, named by the headteacher from the school's leadership team, meets the "
     "participant at least twice a term, supports the school-based tasks and signs the "
     "Practice Record. The Mentor Guide written in the project sets out the role. Mentor "
     "training was provided through the project (14 mentors, June 2008); from 2009\u201310 it "
     "will run only if the authorities agree to fund it (Section 9).")
doc.add_heading("5.8  Assessment and the award", level=2)
p = para("Tasks T1 to T3 (Appendix A) are marked against the University's Level 7 criteria, "
         "with a pass mark of 50. All T3 reports, all fails and a one-in-four sample of T1 "
         "and T2 are second-marked. A moderation meeting of the tutors and the two authority "
         "officers follows each task, and the external examiner")
add_footnote(p, "Dr Fiona Garside, Senior Lecturer in Special and Inclusive Education, University "
                "of Eastport, appointed by Academic Board on 11 February 2009 for four years.")
p.add_run(" reviews a sample of every task and all fails before the Board of Examiners meets. "
          "The Practice Record is a record of the participant's practice in school against the "
          "national outcomes marked \u201cPractice Record\u201d in Appendix C; the mentor signs "
          "each entry. It is not graded. The Certificate is awarded when all three tasks are "
          "passed and the mentor has signed the Practice Record.")
doc.add_heading("5.9  Quality and evaluation", level=2)
para("The programme sits within the Department's quality framework: module questionnaires, "
     "peer observation of teaching, the external examiner's report and an annual programme "
     "review. A programme committee (the programme team and the Department's quality officer) "
     "meets each term, writes an action plan each summer from the evidence in Appendix B and "
     "reports it to the Board of Studies; the action plan and what has changed as a result are "
     "reported to the next cohort at its first session and sent to the two authorities.")

# ------------------------------------------------------------------ 6 outcomes
doc.add_heading("6  Outcomes and impact to date", level=1)
guidance("What difference has the project made so far, to learners, employers and the "
         "institution? Give evidence.")
para("The taster unit (June and July 2008) gave 18 new SENCOs five twilight sessions, an "
     "online version of the material on identifying and meeting individual needs on "
     "Blackboard with a part-time e-tutor, and a placement day at Riverside School, Elverdon, "
     "or the Sandlingham Language Unit. Each participant also planned and led a short session "
     "for colleagues on assessment for learning for pupils with SEN, and received written "
     "feedback from the tutor; this was the unit's only task.")
para("Sixteen of the 18 completed. Their mean self-rating of confidence across the outcomes "
     "rose from 2.2 to 3.1 on a four-point scale, and twelve have applied for the award. The "
     "placement day was the most valued part of the unit (17 of 18 rated it \u201cvery "
     "useful\u201d), but it could not be funded in the award. It is too early to say what "
     "difference the programme will make for pupils.")

# ------------------------------------------------------------------ 7 budget
doc.add_heading("7  Budget", level=1)
guidance("Summarise expenditure against the approved budget. Explain variances of more than "
         "10 per cent.")
table(
    ["Budget line", "Budget (\u00a3)", "Spent (\u00a3)", "Variance (\u00a3)"],
    [
        ("Project officer (0.5 FTE secondment, 15 months)", "22,000", "22,000", "0"),
        ("Academic staff time (design, validation)", "9,600", "9,840", "\u2013240"),
        ("E-tutor for taster unit", "2,400", "1,650", "750"),
        ("Survey, focus groups, parents' and young people's workshops", "1,850", "1,620", "230"),
        ("Mentor training", "2,100", "2,060", "40"),
        ("Supply cover for taster unit participants", "2,700", "2,340", "360"),
        ("Materials and printing", "1,000", "700", "300"),
        ("Total", "41,650", "40,210", "1,440"),
    ],
    (8.5, 2.6, 2.6, 2.8))
para("The underspend will be returned to the Network. The e-tutor line was underspent because "
     "fewer participants used the online material than expected (Section 8).")

# ------------------------------------------------------------------ 8 lessons
doc.add_heading("8  Lessons learned", level=1)
guidance("What worked, what did not, and what would you do differently? Be candid: the Board "
         "values honest reflection.")
para("Starting with headteachers paid off. The decision to teach in twilights and on "
     "Saturdays came from them, and it is the main reason the first cohort is full. So did "
     "asking young people: Speak Up Elverdon's members changed the way we teach about pupils' "
     "views, and two of them will help to lead S6.")
para("Validation took longer than we planned. We allowed three months; it took five, largely "
     "because the University's regulations did not fit a programme in which some evidence of "
     "practice is signed off by a school-based mentor rather than graded. The Practice Record "
     "was the compromise.")
para("We were not able to agree an assessment-only route. The University's regulations "
     "require candidates for a taught award to be registered on its modules, and Registry's "
     "view is that an assessment-only route would need a separate award. The question has "
     "been passed to the Department's Board of Studies; no date has been set.")
para("Parents told us clearly that what matters to them is a SENCO who listens, explains and "
     "keeps in touch. We had planned a session on working in partnership with parents, to be "
     "led by members of the Sandlingham Parents' Forum, but the twelve twilight sessions were "
     "already full and we were not able to fit it in. We hope to add it when the programme is "
     "reviewed after its first year.")
para("The online unit did not work as we had hoped. Only seven of the 18 used it regularly, "
     "most preferring to read on paper, and it needed an e-tutor the programme cannot afford "
     "once the grant ends. We did not carry it forward, and with it went the idea of an "
     "online route and a January intake for 2009\u201310.")
para("We would build the evaluation of impact on pupils in from the start next time. We "
     "collected good evidence of participants' confidence but did not settle how participants "
     "would measure change for pupils, and that is still to do (R4).")

# ------------------------------------------------------------------ 9 sustainability
doc.add_heading("9  Sustainability and embedding", level=1)
guidance("What will continue after the funding ends, how will it be funded, and who is "
         "responsible?")
t9 = table(
    ["Element", "After the project", "Funding and responsibility"],
    [
        ("The programme (teaching, assessment, tutorials)", "Continues: mainstreamed in the "
         "Department from September 2009", "Fee income; Department of Continuing Education"),
        ("Authorities' contribution to fees", "Continues for 2009\u201310; reviewed each year",
         "Each authority pays half the fee for maintained-school SENCOs"),
        ("Guest tutors and the Castleford venue", "Continues", "Provided by the authorities "
         "without charge"),
        ("Mentor Guide and Practice Record", "Continues", "Programme leader"),
        ("Mentor training", "Continues if LA funding agreed", "Decision expected April 2009"),
        ("Evaluation framework (Appendix B)", "Continues", "Programme committee"),
        ("Project Steering Group (Department, both authorities, two headteachers, "
         "Sandlingham Parents' Forum)", "Ends 28 February 2009", "\u2014"),
        ("Project officer post", "Ends 28 February 2009", "\u2014"),
        ("Online unit and e-tutor; taster unit", "Ended", "\u2014"),
    ],
    (6.0, 5.0, 5.5))
mt_run = t9.rows[5].cells[1].paragraphs[0].runs[0]
doc.add_comment(mt_run,
                text="Hugh has since confirmed that Elverdon will fund mentor training for "
                     "2009-10. Sandlingham still to confirm.",
                author="Catherine Aske", initials="CA")
p = para("The Steering Group did much of the work of this project, and its members have said "
         "they would like to stay involved. The Department will consider what part partners "
         "might play in evaluating the programme when it is first reviewed, and hopes that a "
         "smaller partnership group can be formed.")
add_footnote(p, "Elverdon County Council's Schools Forum meets on 22 April 2009; Sandlingham's "
                "decision will follow its budget review in May.")

# ------------------------------------------------------------------ 10 recommendations
doc.add_heading("10  Recommendations to the Board", level=1)
guidance("Number your recommendations. Say who should act on each.")
for code, text in [
    ("R1", "That the Board note the report and the validation of the Postgraduate Certificate."),
    ("R2", "That the Network support a progression agreement between the authorities' "
           "induction courses, the Certificate and the MA in Professional Studies."),
    ("R3", "That the Department pursue an assessment-only route with Registry and the Board "
           "of Studies."),
    ("R4", "That the programme team build a measure of pupils' progress, with a baseline and "
           "a follow-up, into Task 3 for the 2010 cohort."),
    ("R5", "That the programme should end with a session on next steps, in which participants "
           "set professional targets for the year after the award."),
    ("R6", "That the partners consider how the Steering Group's part in evaluating the "
           "programme can continue."),
]:
    pp = doc.add_paragraph()
    rr = pp.add_run(code + "  ")
    rr.bold = True
    pp.add_run(text)

# ------------------------------------------------------------------ Appendix A
doc.add_page_break()
doc.add_heading("Appendix A  Programme outline (as validated)", level=1)
para("Twilight sessions S1\u2013S12 run from 4.30 to 7.00 pm; Saturday study days SD1\u2013SD3 from "
     "9.30 am to 3.30 pm.", italic=True)
table(
    ["Session", "Module", "Content"],
    [
        ("S1", "PSE701", "The SENCO's role in the Code of Practice (2001); Every Child Matters "
                         "and its five outcomes; the Children Act 2004 and the SENCO's part."),
        ("S2", "PSE701", "SEN law: the Education Act 1996 and the SEN and Disability Act 2001; "
                         "statutory assessment, statements and annual reviews; putting the law "
                         "into practice in school. Using research and inspection evidence: "
                         "Ofsted (2004) Special educational needs and disability: towards "
                         "inclusive schools; Ofsted (2006) Inclusion: does it matter where pupils "
                         "are taught?; searching the literature."),
        ("S3", "PSE701", "Disability equality: the Disability Discrimination Act 1995 and 2005; "
                         "the disability equality duty; accessibility plans."),
        ("S4", "PSE702", "How children develop, and how SEN, disability and the environment for "
                         "learning affect development; speech, language and communication needs "
                         "and the Bercow Review (2008), with a speech and language therapist."),
        ("S5", "PSE702", "Areas of need: autistic spectrum disorders; behavioural, emotional and "
                         "social difficulties; specific learning difficulties including dyslexia; "
                         "moderate learning difficulties."),
        ("SD1", "PSE702", "Teaching approaches and ICT: personalised learning, waves of "
                          "intervention, judging the evidence for interventions; assistive "
                          "technology workshop in the Castleford ICT suite."),
        ("S6", "PSE702", "The child's voice and other agencies: gathering pupils' views and "
                         "involving pupils in setting and reviewing their targets (with members "
                         "of Speak Up Elverdon); the roles of the educational psychology service, "
                         "CAMHS, speech and language therapy, social care and voluntary "
                         "organisations; the Common Assessment Framework; using other "
                         "professionals' reports."),
        ("S7", "PSE702", "Identification, targets and review: observation, data and assessment; "
                         "individual education plans and target setting; planning and reviewing "
                         "interventions."),
        ("S8", "PSE703", "Assessment for learning with colleagues; problem-solving and "
                         "decision-making about provision through case discussion."),
        ("SD2", "PSE703", "Data and provision mapping: P scales, national tests and RAISEonline; "
                          "tracking progress and changing programmes; costing provision and "
                          "finding gaps and ineffective provision."),
        ("S9", "PSE703", "Leading and managing people: deploying teaching assistants (the DISS "
                         "project); coaching and mentoring colleagues; workload, priorities and "
                         "delegation."),
        ("S10", "PSE703", "Strategy and self-evaluation: the SEF and school improvement; "
                          "reviewing provision with colleagues; working with the head and "
                          "governors on inclusive policy, priorities and resources."),
        ("S11", "PSE703", "Enquiry workshop: methods, ethics, writing up."),
        ("S12", "PSE703", "Keeping up to date: SEN networks, journals and websites; using "
                          "research summaries."),
        ("SD3", "PSE703", "Task 3 presentations."),
    ],
    (1.6, 1.9, 13.0))
para("Task 1 (PSE701): Policy review, 3,500 words. A critical review of the school's SEN policy "
     "and practice against the law, the Code of Practice, the disability equality duty and "
     "Every Child Matters, drawing on research and advice from outside the school, with "
     "recommendations. Assessed for accurate knowledge of law and policy, critical use of "
     "research and best practice, and clear writing.")
para("Task 2 (PSE702): Case study, 4,000 words. One pupil: how needs were identified, "
     "including the reports of other professionals; work with other agencies, including any "
     "voluntary organisation involved; the pupil's needs set within child development and the "
     "main areas of need; targets, intervention and review; the approaches and resources used, "
     "including ICT, critically evaluated; the decisions taken about provision and why; and "
     "the pupil's own views, gathered by the participant, and how the pupil took part in "
     "setting and reviewing targets. Assessed for the quality of the relationship with the "
     "pupil that the study shows, accurate knowledge of needs and development, critical "
     "evaluation and sound judgement.")
para("Task 3 (PSE703): Practitioner enquiry, 5,000 words and a 20-minute presentation to the "
     "head and a governor. Agreed with the head and tied to the school improvement plan: an "
     "analysis of the school's data on the progress of pupils with SEN and what it means for "
     "their programmes; a costed provision map showing gaps; a plan for the deployment and "
     "management of teaching assistants; a review, with colleagues, of how well a part of the "
     "school's provision works; and strategic priorities for inclusion. The head's and "
     "governor's written feedback is submitted. Assessed for use of data, leadership of "
     "colleagues, clear presentation and use of research.")

# ------------------------------------------------------------------ Appendix B
doc.add_heading("Appendix B  Evaluation framework", level=1)
table(
    ["Question", "Evidence", "Who", "When", "Used by"],
    [
        ("Are participants' knowledge, skills and confidence growing?",
         "Entry self-audit repeated at the end; tutorial records", "Tutors",
         "September, July", "Programme committee"),
        ("Is the teaching good?", "Session and module questionnaires; peer observation of "
                                  "tutors", "Programme team", "Each module",
         "Programme committee"),
        ("Are standards right and assessment fair?", "External examiner's report; moderation "
                                                     "records", "External examiner; Board of "
                                                                "Examiners",
         "Annually", "Board of Studies"),
        ("Do participants progress?", "Completion and progression to the MA, tracked by the "
                                      "Network", "Network", "Annually",
         "Programme committee"),
        ("What difference does it make for pupils?", "To be developed (see R4)", "\u2014",
         "\u2014", "\u2014"),
    ],
    (3.6, 4.6, 2.8, 2.2, 3.3))

# ------------------------------------------------------------------ Appendix C
doc.add_heading("Appendix C  National minimum outcomes: where taught and assessed", level=1)
para("Added for the TDA panel, March 2009. Session codes as in Appendix A.", italic=True)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["National minimum outcome (abridged)", "Taught in", "Assessed in"]):
    cell_text(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "D9D9D9")
groups = [
    ("Professional attributes", [
        ("Fair, respectful relationships with pupils with SEN and their parents or carers",
         "S6", "T2 (relationship with the pupil)"),
        ("Gain the commitment of colleagues, the head and senior leaders", "S10",
         "T3 (presentation; head's feedback)"),
        ("Prioritise, manage time, delegate", "S9", "Practice Record (mentor sign-off, not graded)"),
        ("Anticipate and resolve problems; sound decisions on provision", "S8", "T2"),
        ("Express themselves clearly in speech and writing; listen to others", "All",
         "T1, T2, T3; T3 presentation"),
        ("Draw on research and external advice", "S2", "T1, T3"),
        ("Keep up to date; own CPD", "S12", "Practice Record (mentor sign-off, not graded)"),
    ]),
    ("Professional knowledge and understanding", [
        ("SEN law, guidance and the Code of Practice", "S1, S2", "T1"),
        ("Every Child Matters and the SENCO's part", "S1", "T1"),
        ("Disability equality law", "S3", "T1"),
        ("Child development and what affects it", "S4", "T2"),
        ("The common types of SEN and disability", "S4, S5", "T2"),
        ("Approaches, strategies and resources, including ICT", "SD1", "T2"),
        ("School self-evaluation and improvement", "S10", "TBC"),
        ("Best practice and research", "All", "T1, T3"),
        ("External agencies and specialist support", "S6", "T2"),
    ]),
    ("Professional skills", [
        ("Strategic development of an inclusive ethos, policy and resources with senior "
         "colleagues and governors", "S10", "T3"),
        ("Identify, set targets, plan interventions, review progress", "S7", "T2"),
        ("Use other professionals' assessments", "S6, S7", "T2"),
        ("Use summative assessment and national tests to track progress", "SD2", "T3"),
        ("Encourage colleagues to develop formative assessment", "S8",
         "Taster unit task (2008 pilot)"),
        ("Provision mapping; finding ineffective or missing provision", "SD2", "T3"),
        ("Deploy and manage staff", "S9", "T3"),
        ("Support colleagues' professional development", "S9",
         "Practice Record (mentor sign-off, not graded)"),
        ("Review the effectiveness of provision with colleagues", "S10", "T3"),
        ("Involve pupils in planning and reviewing provision", "S6", "T2"),
        ("Liaise with parents and carers", "\u2014", "\u2014 (to be added: see Section 8)"),
        ("Work in partnership with other services, including voluntary organisations", "S6",
         "T2"),
    ]),
]
for gname, rows in groups:
    gr = t.add_row().cells
    g = gr[0].merge(gr[2])
    cell_text(g, gname, bold=True, italic=True)
    shade(g, "E2EAF2")
    for a, b, c in rows:
        cc = t.add_row().cells
        cell_text(cc[0], a)
        cell_text(cc[1], b)
        cell_text(cc[2], c)
for row in t.rows:
    row.cells[0].width = Cm(9.0)
    row.cells[1].width = Cm(2.5)
    row.cells[2].width = Cm(5.0)

write_footnotes_part()
doc.save(OUT)
print("wrote", OUT)
