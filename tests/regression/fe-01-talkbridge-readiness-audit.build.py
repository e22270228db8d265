"""fe-01-talkbridge-readiness-audit: build the .docx next to this script.

Provider (invented)
-------------------
Talkbridge, a national charity for children with speech, language and
communication needs (SLCN). Its Training and Professional Development
Department runs courses for school and early-years staff, and the charity runs
Ferrier Hill School, a special school for pupils with severe SLCN. From
September 2009 it delivers the Postgraduate Certificate in Leading SEN
Provision (National Award for SEN Coordination), validated by the University
of Welsford (60 credits at Level 7, two 30-credit modules LSP701 and LSP702),
with speech and language therapists from three NHS services as "Link
Therapists". Before that it ran an unaccredited pilot, the "Leading for
Communication" certificate (two cohorts, 2007-09, 41 participants).

Kind of document and layout
---------------------------
An audit report written in the manner of a clinical audit, by the charity's
Quality and Audit Team (led by a speech and language therapist): "Audit Report
QA/09/07", a readiness audit of the new Award, using the pilot's participant
files as data and the TDA specification plus the charity's own Training
Standards as the standards. It is sent to the TDA as the application with a
shaded "Note for the approval panel" at the top. Layout: a title block, the
shaded note, an audit details field table, a summary, Heading 1/2 sections
(Background, Aim, Standards, Method, Findings, Discussion, Conclusions,
Recommendations and action plan, Re-audit), Table 1 of seventeen audit
standards with targets and sources, Table 2 of results (pilot figure and "In
Award documents?" column), a staff table, Table 3 an outcome audit of the
national outcomes with merged group rows (where developed, where summatively
assessed, pilot evidence, audit comment), Table 4 an action plan with
statuses, Appendix A (audit team), Appendix B (the blank file-review form,
with its prompts). Section numbers 5.1-5.9 of Findings collide with
requirement ids. A header and a footer. One tracked change in the body
(a deleted promise of a January intake replaced by an inserted "will be
considered") and the same change in the action plan cell. Three Word
comments.

Traps (requirement ids)
-----------------------
- Audit standards are measures, not arrangements: Table 1 has a standard for
  nearly everything, and Table 2 a "Yes/Partly/No" column. Only the prose in
  Section 5 and the action plan carry arrangements (all ids).
- Past arrangement that has ended: the pilot's exit interview with next-step
  targets "was discontinued" and is not part of the Award; the action to
  reinstate it was "Not agreed". A comment suggesting a University next-steps
  session is not part of the submission (2.5 not_met).
- Negation: the Programme Team "decided against an assessment-only route"
  (Action 15, closed) (2.3 not_met).
- Apparent negation that is not: "The pilot certificate carried no academic
  credit" sits next to a real RPL route (APCL and APEL, up to 30 credits)
  (2.1 met).
- Wrong context: enhanced CRB checks are described for Talkbridge staff,
  tutors, Link Therapists (via their NHS employers) and visitors to Ferrier
  Hill School, not for participants; for participants the pilot files held no
  record and the action to agree who verifies is "Open"; a comment saying
  heads will sign for CRB status is not part of the submission (5.3 not_met).
- Wrong context: Ferrier Hill's "placements" of pupils by local authorities,
  next to the real study visits for participants (5.5 met, notes_on_met).
- Tracked change: "A second intake will start in January 2010." deleted,
  "A January intake will be considered for 2010 if numbers allow." inserted;
  only pace flexibility (up to 24 months, intermission) remains (3.2
  partially_met).
- E-learning that is only a document store: Talkbridge Online holds materials
  and a peer forum that tutors "do not monitor"; questions between Blocks go
  through the administrator (3.3 partially_met).
- Research currency only partly: Bercow Review content, but reading lists
  from 2007 with most items older than 2000, updating "in progress" (1.3
  partially_met).
- Pupil voice optional: Talking Mats taught, but pupils' views in Task 3 only
  "where the pupil's communication allows"; making it compulsory is "subject
  to" the Module Board (1.5, 6.S7 partially_met).
- Advisory Group only "receives the annual programme report for
  information" (4.3 partially_met; 4.1, 4.2 met).
- Link Therapist role agreement "being drafted"; Link Therapists unsure of
  their role (5.7 partially_met).
- Pupil impact only "encouraged ... where it is available"; requirement
  referred to the Module Board (5.9 partially_met; participants' confidence
  is measured by re-rating the Entry Profile).
- Blanket claim: "the three tasks together assess every national outcome"
  (Programme Team statement), not borne out by Table 3 (1.9, 6.0
  partially_met).
- Outcome audit (Table 3): assessed only in the unmarked Portfolio (6.A3,
  6.A7, 6.S5), only in an unmarked Between-Block task (6.K4), only at the
  formative draft stage (6.S2b), optional (6.S7), only in the Link Therapist
  visit record (6.S9): all partially_met. Access arrangements "Not covered in
  the Award" (6.S2d not_met). No row and no mention anywhere of developing
  other teachers' formative assessment (6.S2c not_met).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("fe-01-talkbridge-readiness-audit.docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(text="", bold_lead=None, style=None, italic=False, size=None, align=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    if text:
        r = p.add_run(text)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(header, rows, widths=None, group_rows=(), fill="DCE6F1", font=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(font)
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):  # a group row, merged across
            m = cells[0].merge(cells[-1])
            m.text = ""
            r = m.paragraphs[0].add_run(row)
            r.bold = True
            r.font.size = Pt(font)
            shade(m, "F2F2F2")
            continue
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(font)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def tracked(p, before, deleted, inserted, after="", date="2009-05-27T16:10:00Z", author="Jonathan Mayhew", ids=(901, 902)):
    """Append runs to paragraph p with a tracked deletion and insertion."""
    def run(t):
        return f'<w:r {W}><w:t xml:space="preserve">{t}</w:t></w:r>'
    if before:
        p._p.append(parse_xml(run(before)))
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{ids[0]}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{ids[1]}" w:author="{author}" w:date="{date}"><w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'))
    if after:
        p._p.append(parse_xml(run(after)))


# ---------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "Talkbridge Quality and Audit Team  |  QA/09/07  |  Final v1.1"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Talkbridge is a registered charity in England and Wales. Audit reports are circulated to the Training Quality Committee.  Page "
fp.runs[0].font.size = Pt(8)
fp._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- title block
para("TALKBRIDGE", size=20).runs[0].bold = True
para("The national charity for children's speech, language and communication", italic=True)
para("Quality and Audit Team", size=12)
p = para("Audit Report QA/09/07", size=16)
p.runs[0].bold = True
para("Readiness audit of the Postgraduate Certificate in Leading SEN Provision (National Award for SEN "
     "Coordination) against the national specification and the Talkbridge Training Standards, using the "
     "files of the 2007-09 Leading for Communication pilot", size=12)
doc.add_paragraph()

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.rows[0].cells[0]
shade(c, "FFF2CC")
c.text = ""
r = c.paragraphs[0].add_run("Note for the approval panel")
r.bold = True
for t in (
    "We are sending this audit report as our application for approval to deliver nationally accredited SENCO "
    "training. It was written before our submission for a different purpose: to test, standard by standard, "
    "whether the Award we validated with the University of Welsford in May 2009 is ready to take its first "
    "participants in September 2009, and what our pilot taught us. We think it shows the programme more "
    "honestly than a fresh narrative would. Section 1.3 describes the Award; Section 5 sets out what we found "
    "and what is now in place; Section 8 is the action plan as it stood on 2 June 2009, when the Training "
    "Quality Committee accepted the report.",
    "Figures in Tables 1 and 2 are audit measures. Where the Award already does something, Section 5 says how.",
):
    cp = c.add_paragraph(t)
    cp.runs[0].font.size = Pt(9.5)
doc.add_paragraph()

table(["Audit details", ""], [
    ["Audit number", "QA/09/07 (cycle 1 of 2)"],
    ["Audit type", "Standards-based readiness audit: retrospective file review of the pilot and a document review of the validated Award"],
    ["Audit lead", "Ruth Okonedo, Quality and Audit Lead (speech and language therapist, HPC registered)"],
    ["Sponsor", "Jonathan Mayhew, Director of Training and Professional Development"],
    ["Data collection", "16 March to 24 April 2009"],
    ["Report accepted", "Training Quality Committee, 2 June 2009"],
    ["Re-audit due", "July 2010, after the first Award cohort completes Module LSP701"],
    ["Distribution", "Training Quality Committee; Programme Team; University of Welsford Partnerships Office; Programme Advisory Group (for information)"],
], widths=[4, 12.5])

# ---------------------------------------------------------------- summary
doc.add_heading("Summary", level=1)
para("Talkbridge ran an unaccredited certificate, Leading for Communication, for two cohorts of teachers between "
     "2007 and 2009. From September 2009 the charity will deliver a Postgraduate Certificate in Leading SEN Provision "
     "(National Award for SEN Coordination), validated by the University of Welsford. This audit measured the pilot "
     "against seventeen standards drawn from the national specification and from our own Training Standards, and "
     "checked the validated Award documents against the same standards.")
para("The pilot did well on links to practice, specialist expertise and the use of speech and language therapists "
     "alongside teacher-tutors. It was weakest on written plans for individual participants, on records of "
     "participants' background checks, on evidence of pupils' progress and on the coverage of the national "
     "outcomes in marked work. The Award documents put right most of the first of these; the others are carried "
     "into the action plan (Section 8), where some actions are complete and some are still open.")
para("Key findings:", bold_lead=None).runs[0].bold = True
bullets([
    "Entry Profiles and written Route Plans: 9 of 20 pilot files; now required for every Award participant before Study Block 2.",
    "Evidence of enhanced CRB disclosure: 6 of 20 pilot files; responsibility for verification not yet agreed (Action 9).",
    "Pupils' views in the final enquiry: 4 of 20; pupils' progress measures: 5 of 20.",
    "Of 28 national outcomes listed in the outcome audit, 20 are assessed in a marked task in the Award; the rest are not, or not yet (Table 3).",
])

# ---------------------------------------------------------------- 1 background
doc.add_heading("1  Background", level=1)
doc.add_heading("1.1  Talkbridge and its training", level=2)
para("Talkbridge works for the estimated one in ten children in England who have speech, language and communication "
     "needs, and for the families and professionals around them. Alongside our information line for parents and "
     "practitioners and our policy work, we run Ferrier Hill School, a day and weekly boarding special school in "
     "Welsford for 62 pupils aged 5 to 16 with severe and complex SLCN, whose places are commissioned by eleven local "
     "authorities. Our Training and Professional Development Department delivers around 180 courses a year to teachers, "
     "teaching assistants and early years practitioners, most of them one or two days long, and has a team of six "
     "permanent trainers and a pool of associate tutors.")
doc.add_heading("1.2  The Leading for Communication pilot, 2007-09", level=2)
para("The pilot was a ten-day certificate for SENCOs and inclusion leaders, designed with three local authorities "
     "(Welsford, Northallam and Castlebridge) after the 2006 House of Commons Education and Skills Committee report "
     "on SEN and the first evidence sessions of the Bercow Review. Cohort 1 (21 teachers) ran from January to November "
     "2007; Cohort 2 (20 teachers) from September 2007 to July 2008 and a second year of school-based work to March "
     "2009. Each participant completed three pieces of work, which tutors read and commented on but did not grade. "
     "The pilot certificate carried no academic credit and cannot itself be counted towards the Award.")
doc.add_heading("1.3  The Award from September 2009", level=2)
para("The University of Welsford validated the Postgraduate Certificate in Leading SEN Provision (National Award for "
     "SEN Coordination) on 12 May 2009 for five years, as a programme delivered by Talkbridge under the University's "
     "Collaborative Provision Agreement of March 2009. The University is the awarding body: it confers the award, "
     "appoints the external examiner and holds the Assessment Board. The programme carries 60 credits at Level 7 "
     "(masters level) in two 30-credit modules:")
bullets([
    "LSP701 Communication, Learning and Inclusion (30 credits): Study Blocks 1 to 3 (September, November, January). Assessed by Task 1, the Pupil Case Commentary (4,000 words: Part A, a 1,000-word overview of how five common types of SEN affect learning; Part B, a commentary on the school's response to one pupil), and Task 2, the Provision Review and Presentation (a 2,000-word review of the school's SEN provision using a provision map, and a 20-minute presentation of the proposals to a tutor panel).",
    "LSP702 Leading Provision and Change (30 credits): Study Blocks 4 to 6 (March, May, June). Assessed by Task 3, the Practice Enquiry (6,000 words): the participant plans, leads and evaluates a change in the school's provision, working with colleagues, families and at least one outside service.",
])
para("Each Study Block is two consecutive days (twelve days in all), held at the Talkbridge Centre in Welsford, the "
     "Northallam Teachers' Centre or the University's Castlebridge campus. Participants work in Study Sets of twelve to "
     "fourteen with a Tutor Pair: a teacher-tutor who has been a SENCO or advisory teacher and a speech and language "
     "therapist. Each participant also has a Link Therapist, a speech and language therapist from the NHS service "
     "for their area, who visits the school once in each module. Between Blocks participants carry out short "
     "Between-Block Tasks in school and keep a Professional Log, which is gathered into a Portfolio. The Portfolio "
     "must be submitted for the award but is not marked.")
para("The revised programme aims, as validated, are:")
bullets([
    "to raise the achievement and improve the well-being of pupils with SEN and/or disabilities, including the many whose needs are rooted in speech, language and communication, across all five Every Child Matters outcomes;",
    "to develop teachers who can lead the coordination of SEN provision in their school, working with senior leaders, governors, colleagues, families and other services;",
    "to ground that leadership in evidence about how children's communication develops and what helps them learn.",
])
para("To gain the award a participant must pass Tasks 1, 2 and 3 at the University's Level 7 pass mark of 50 per "
     "cent, attend at least 80 per cent of the study days and submit the Portfolio. The Programme Team told the "
     "validation panel that the three tasks together assess every national outcome.")
doc.add_heading("1.4  Why this audit", level=2)
para("The Training Quality Committee asked for a readiness audit before the Award opened and before our application "
     "for national approval. We chose the clinical audit cycle because it is how our therapists already review "
     "their services: agree standards, measure practice against them, change what needs changing, and measure again.")

# ---------------------------------------------------------------- 2 aim
doc.add_heading("2  Aim and objectives", level=1)
para("Aim: to establish how far the arrangements for the Award meet the national specification and our Training "
     "Standards, using the pilot as the nearest evidence of practice.")
para("Objectives:")
bullets([
    "to measure the pilot against each standard in Table 1;",
    "to check whether the validated Award documents provide for each standard;",
    "to check where each national outcome is developed and where it is assessed in a marked task;",
    "to agree actions, owners and dates, and to set the date for re-audit.",
])

# ---------------------------------------------------------------- 3 standards
doc.add_heading("3  Standards", level=1)
para("The standards were agreed by the Programme Team and the Quality and Audit Team in February 2009. Sources: the "
     "TDA draft specification (2008), the Talkbridge Training Standards (TS, 2006 edition) and the University's "
     "Code of Practice for Collaborative Provision (CPCP).")
table(["No.", "Standard", "Target", "Source"], [
    ["1", "Each participant has a head's nomination and meets the entry requirements", "100%", "Spec para 13; TS2"],
    ["2", "Each participant's enhanced CRB disclosure is verified before the first study day", "100%", "Spec para 26; TS3"],
    ["3", "Each participant has an Entry Profile and a written Route Plan before the second Block", "100%", "Spec paras 14-15"],
    ["4", "Disability and communication needs are asked about and agreed adjustments are in place by the first study day", "100%", "Spec para 19; TS5"],
    ["5", "Participants can begin at more than one point in the year", "Yes", "Spec para 20"],
    ["6", "Each participant has tutor contact between every pair of Blocks", "90%", "TS7"],
    ["7", "Each participant receives a school visit in each module", "90%", "TS7"],
    ["8", "Each participant makes a study visit to a specialist setting", "90%", "TS8"],
    ["9", "At least half of the items on each reading list were published since 2003", "50%", "CPCP 4.2"],
    ["10", "The final enquiry records pupils' own views", "90%", "Spec para 9"],
    ["11", "The final enquiry includes a baseline and a follow-up measure of pupils' progress", "80%", "Spec para 25"],
    ["12", "Assessed work is marked against published criteria and at least 20% is second-marked", "100%", "CPCP 6.1"],
    ["13", "Every national outcome is assessed in at least one marked task", "100%", "Spec para 27"],
    ["14", "Session evaluations are collected and summarised for every Block", "100%", "TS9"],
    ["15", "Participants re-rate their Entry Profile at the end of the course", "90%", "TS9"],
    ["16", "Participants leave with written next-step targets", "80%", "Spec para 17; TS10"],
    ["17", "Every tutor and Link Therapist has had an induction to their role", "100%", "TS4"],
], widths=[1.1, 10, 1.7, 3.5])

# ---------------------------------------------------------------- 4 method
doc.add_heading("4  Method", level=1)
para("Sample. Twenty of the 41 pilot participant files (ten from each cohort, every second file in alphabetical "
     "order). Files hold the application, nomination, any profile or plan, visit notes, the three pieces of work "
     "with tutors' comments, and evaluation forms.")
para("Documents. The Award validation document, the two module handbooks, the three task briefs and marking "
     "criteria, the draft Tutor Handbook and the Collaborative Provision Agreement.")
para("Interviews and questionnaire. Semi-structured interviews with six tutors and four Link Therapists; a short "
     "questionnaire to the headteachers of all 41 pilot participants (19 returned).")
para("Data collection. Two auditors completed the file-review form (Appendix B) for each file; ten files were "
     "reviewed by both, and the auditors agreed on 94 per cent of items.")
para("Limitations. The pilot is not the Award: it was shorter, unaccredited and ungraded. Where the Award is new "
     "we could only check the documents, not practice. The sample is small.")

# ---------------------------------------------------------------- 5 findings
doc.add_heading("5  Findings", level=1)
table(["No.", "Standard (short)", "Target", "Pilot (n = 20 files)", "In Award documents?"], [
    ["1", "Nomination and entry requirements", "100%", "20/20", "Yes"],
    ["2", "CRB disclosure verified", "100%", "6/20", "No"],
    ["3", "Entry Profile and Route Plan", "100%", "9/20", "Yes"],
    ["4", "Adjustments in place", "100%", "Not recorded", "Yes"],
    ["5", "More than one start point", "Yes", "No", "No"],
    ["6", "Tutor contact between Blocks", "90%", "12/20", "Partly"],
    ["7", "School visit in each module", "90%", "17/20", "Yes"],
    ["8", "Study visit to specialist setting", "90%", "18/20", "Yes"],
    ["9", "Reading lists current", "50%", "23 of 54 items (43%)", "In progress"],
    ["10", "Pupils' views in final enquiry", "90%", "4/20", "Partly"],
    ["11", "Pupil baseline and follow-up", "80%", "5/20", "Partly"],
    ["12", "Criteria marking and second marking", "100%", "Not graded", "Yes"],
    ["13", "Every outcome in a marked task", "100%", "Not graded", "20 of 28 rows"],
    ["14", "Session evaluations", "100%", "10 of 10 Blocks", "Yes"],
    ["15", "Entry Profile re-rated", "90%", "Not done", "Yes"],
    ["16", "Written next-step targets", "80%", "15/20 (Cohort 1 and part of 2)", "No"],
    ["17", "Role induction", "100%", "Tutors 6/6; Link Therapists 1/4", "Partly"],
], widths=[1.1, 5.2, 1.7, 4.4, 3.6])
para("Table 2. Results by standard.", italic=True, size=9)

doc.add_heading("5.1  Entry, selection and background checks", level=2)
para("All 20 pilot participants had a signed nomination from their headteacher. For the Award the entry "
     "requirements are: qualified teacher status; being in post as SENCO, or designated by the governing body to "
     "take up the role by the start of the course; the headteacher's signed nomination, which commits the school to "
     "release the participant for the twelve study days and to support the Practice Enquiry; and a completed Entry "
     "Profile (see 5.2). The Programme Leader reads every application with the Entry Profile. Where an applicant's "
     "profile or experience suggests they are unlikely to reach the outcomes within the year, for example a teacher "
     "with no experience of working with pupils on the SEN register, the Programme Leader telephones the applicant "
     "and the headteacher, explains what is missing and suggests how to gain it, usually a term working alongside an "
     "experienced SENCO and our one-day course Identifying SLCN in School, and offers a place in the following "
     "year's intake. Two pilot participants would have been deferred on these rules; both withdrew in the first term.")
p = para("Background checks are well established for our own people. Every Talkbridge employee and associate "
         "tutor has an enhanced CRB disclosure renewed every three years; Link Therapists are checked by their NHS "
         "employers, who confirm this to us in writing; and every visitor to Ferrier Hill School, including course "
         "participants on study visits, is escorted unless the school holds a copy of their disclosure. ")
r = p.add_run("For participants themselves the pilot kept no consistent record: six files held a copy of a "
              "disclosure, fourteen held nothing. The Award documents are silent on who checks. "
              "This is Action 9, and it is open.")
doc.add_comment(r, text="Admissions say heads will sign to confirm the teacher's CRB status on the 2009 nomination form - can we say so here? JM",
                author="Jonathan Mayhew", initials="JM")

doc.add_heading("5.2  Entry Profile, Route Plans and prior learning", level=2)
para("In the pilot, participants filled in a self-rating sheet on the first day, and nine of the twenty files held "
     "a written plan. For the Award the Entry Profile is completed before the course: the applicant rates themselves "
     "from 1 (new to this) to 4 (confident and could help others) against each national outcome, in our wording, and "
     "adds a short example of their practice for any rating of 3 or 4. A member of the Tutor Pair then holds a "
     "40-minute Entry Conversation with each participant in June or July, by telephone or at the Talkbridge Centre, "
     "to test the ratings against the examples (a participant may rate their knowledge of the law highly when it "
     "predates the 2001 Code of Practice). The outcome is a written Route Plan: three to five personal targets "
     "drawn from the outcomes where the participant is weakest, the choice sessions they will take in Blocks 3 and 5 "
     "(primary, secondary and special school strands, and a strand for participants whose schools have a language "
     "unit), and the focus each of them proposes for Task 1 and Task 3. The Route Plan is reviewed at each Link "
     "Therapist visit and at the individual tutorial in Block 3, and tutors look for evidence against the outcomes "
     "in all work so that wrong starting ratings are noticed early.")
para("Prior learning. The pilot certificate carried no academic credit, as noted in 1.2, but the Award uses the "
     "University's Recognition of Prior Learning procedure. A participant may claim up to 30 credits, that is the "
     "whole of LSP701, either for certificated study (a credit-bearing Level 7 module in SEN completed within the last "
     "five years, mapped by the Programme Leader against the module's learning outcomes) or for experience, by a "
     "portfolio of evidence mapped to the same outcomes and assessed by two tutors, one from the University. The fee "
     "for an experiential claim is £150. Pilot completers are expected to be the largest group of experiential "
     "claimants, and the Programme Leader is the named adviser.")
para("We looked at whether experienced SENCOs could be assessed without attending. The University's regulations "
     "require 80 per cent attendance, and the Programme Team decided against an assessment-only route for the first "
     "two cohorts (Action 15, closed).")
para("Tailoring and cost. Beyond the Route Plan, the Award is tailored through the choice sessions, through the "
     "participant's own choice of pupil and of enquiry, and through the Link Therapist visits, which are planned "
     "around the targets in the Route Plan. The fee is £1,650, of which the three partner local authorities pay £600 "
     "for teachers in their schools. Our full cost per participant is £1,980 including Link Therapist time, against "
     "£2,410 in the pilot; the difference comes from sharing Block content across three Study Sets and from larger "
     "sets. Heads who returned the questionnaire rated the pilot's value for money at 3.4 on a four-point scale.")

doc.add_heading("5.3  Content and links to practice", level=2)
para("Every Block links to school practice through a Between-Block Task carried out in the participant's own "
     "school, for example observing a pupil's communication across three lessons, or reviewing how teaching "
     "assistants are deployed, and through the school visit by the Link Therapist. The Practice Enquiry (Task 3) "
     "requires the participant to plan, lead and evaluate a change in provision in their own school over at least "
     "a term, so that what they learn changes what the school does.")
para("Law and policy are taught in Block 1: the Education Act 1996 as amended, the SEN Code of Practice 2001, the "
     "Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, the Education (Special "
     "Educational Needs Co-ordinators) (England) Regulations 2008, Every Child Matters, Removing Barriers to "
     "Achievement (2004), the Inclusion Development Programme, and the Bercow Review (2008) with the Government's "
     "action plan Better Communication (December 2008). Task 1 asks participants to show how the law and guidance "
     "shaped the school's response to their pupil.")
para("Research. Block 2 is built on the Bercow Review's evidence on the prevalence of SLCN and on the evidence for "
     "targeted language interventions, and the speech and language therapists in each Tutor Pair bring their "
     "current clinical practice. The reading lists, however, were compiled in 2007 for the pilot: 23 of the 54 items "
     "(43 per cent) were published since 2003, below the standard. Updating them is in progress (Action 6).")
para("Pupils' views. Our therapists teach participants to use Talking Mats and other visual supports to find out "
     "what pupils with limited speech think about their learning, and Block 3 includes a practical session with "
     "pupils from Ferrier Hill School and members of Talkbridge Young Voices, our group of young people with SLCN. "
     "In the pilot only four of twenty enquiries recorded pupils' own views. The Task 3 brief asks for pupils' views "
     "where the pupil's communication allows; making this a required element is subject to the Module Board in "
     "October (Action 11).")
para("Colleagues and families. Block 5 develops coaching, leading staff meetings, working with senior leaders and "
     "governors, and working with SENCOs in other schools through the local authorities' cluster networks. Block 4 "
     "covers working with families: a session co-led by a member of our Parent Panel on how to talk with parents "
     "about a child's language difficulty, and on agreeing targets with them at reviews. Task 1 requires an account "
     "of the participant's work with the pupil's family, and Task 3 requires the participant to lead the change with "
     "named colleagues and to show how they advised and supported them.")

doc.add_heading("5.4  Delivery and access", level=2)
para("Access and equality. The application form asks every applicant whether they have a disability, or a speech, "
     "language or communication difference such as a stammer, that we should know about, and says why we ask. "
     "Disclosures are passed, with consent, to the University's Disability Service, which agrees a Learning Support "
     "Plan with the participant before the first study day. All three venues are step-free and have induction loops; "
     "handouts are available in advance, in large print or electronically; a quiet room is available at each Block. "
     "Participants who stammer or who find spoken presentation a barrier may give the Task 2 presentation as a "
     "recording or as a written briefing with questions from the panel by email. The course leaflet and website "
     "state these arrangements. Young people from Talkbridge Young Voices, several of them disabled, contribute to "
     "Block 3 as experts in their own experience. Selection, study visits and assessment follow the Talkbridge Equal "
     "Opportunities Policy and the University's Single Equality Scheme. In the pilot, adjustments were made when "
     "asked for but were not recorded (standard 4).")
p = para("Flexibility. Participants may take up to 24 months to complete, and may intermit for up to a year with "
         "the Programme Leader's agreement, picking up the missed Blocks with the next Study Set. The Award has one "
         "intake, in September, and the modules are taken in order. ")
tracked(p, "", "A second intake will start in January 2010.", "A January intake will be considered for 2010 if numbers allow.",
        ids=(901, 902))
para("Online support. Talkbridge Online, our Moodle site, holds the handouts, readings and task briefs for each "
     "Block and has a discussion forum for each Study Set. Participants used the forums actively in the pilot (an "
     "average of 31 posts per participant); tutors do not monitor the forums. Questions between Blocks go by email to "
     "the Programme Administrator, who passes them to the tutor concerned; twelve of twenty pilot files showed tutor "
     "contact between every pair of Blocks (standard 6).")
para("Resources. Participants borrow from the Talkbridge resource library (about 3,000 books and 400 assessment and "
     "intervention packs, posted to schools), have use of symbol software and a set of communication aids at the "
     "Talkbridge Centre, and have full access to the University library, including electronic journals off campus.")

doc.add_heading("5.5  Tutors, Link Therapists and visits", level=2)
table(["Role", "Name", "Qualifications and current practice"], [
    ["Programme Leader", "Dr Miriam Ashdown", "Former SENCO and advisory teacher; EdD (2005); leads Talkbridge's school training; external examiner for a PGCert in Inclusion"],
    ["Teacher-tutor", "Paul Okafor", "SENCO of a Northallam secondary school until 2008; MA SEN; now 0.6 Talkbridge, 0.4 local authority SEN adviser"],
    ["Teacher-tutor", "Gillian Rees", "Deputy head and SENCO, Ferrier Hill School; Advanced Diploma in Language and Communication Impairment"],
    ["Therapist-tutor", "Ruth Okonedo", "Speech and language therapist, HPC registered; clinical lead for schools, Talkbridge; audit lead"],
    ["Therapist-tutor", "Ben Whitlow", "Speech and language therapist, HPC registered, secondary outreach; MSc Human Communication"],
    ["University tutor", "Dr Susan Harker", "Senior Lecturer in Inclusive Education, University of Welsford; second marker and link tutor"],
], widths=[3.2, 3.4, 10])
para("All tutors hold a current post in schools, therapy or SEN advice as well as their Talkbridge role, and each "
     "attends at least three days of updating a year (TS4).")
para("Specialist expertise and visits. Each participant has a Link Therapist, a speech and language therapist from "
     "the NHS service for their area (Welsford PCT, Northallam Community Health Services or Castlebridge PCT), under "
     "a service agreement by which Talkbridge pays for four hours of therapist time per participant. In Block 3 every "
     "participant makes a half-day study visit, hosted by a named teacher, to Ferrier Hill School or to one of four "
     "language resource bases in mainstream schools in the three authorities, with a structured observation task. "
     "Specialist speakers include an educational psychologist, a clinician from the child and adolescent mental "
     "health service and an autism outreach teacher. (Ferrier Hill's own placements, the places commissioned for "
     "pupils by local authorities, are not affected by the Award.)")
para("Roles. Tutors have an induction day each August and the draft Tutor Handbook sets out their duties. Link "
     "Therapists had no induction in the pilot beyond a briefing letter, and three of the four we interviewed were "
     "unsure whether they were expected to comment on participants' written work. A Link Therapist Agreement "
     "setting out the role is being drafted with the three NHS services (Action 12).")

doc.add_heading("5.6  Assessment and moderation", level=2)
para("Pilot work was read and commented on but not graded, so standard 12 could not be measured in the pilot. For "
     "the Award, each task is marked against the published Level 7 criteria in the module handbook. The teacher-tutor "
     "of the Study Set first-marks; Dr Harker or another University tutor second-marks a sample of at least 25 per "
     "cent, and every script that fails, is borderline or is proposed for distinction. The Programme Team holds a "
     "moderation meeting after each submission date to compare marks across Study Sets. The external examiner, "
     "appointed by the University, sees a sample from each task and attends the Assessment Board, which confirms all "
     "marks. Task 2 presentations are heard by two tutors together, and one presentation in each Study Set is "
     "recorded for the external examiner.")
para("The statement that the three tasks together assess every national outcome was tested in the outcome audit "
     "below (standard 13).")

doc.add_heading("5.7  Outcome audit", level=2)
para("Table 3 lists the national outcomes as our Programme Team summarised them for the Entry Profile, where each is "
     "developed in the Award, where it is summatively assessed in a marked task, and what the pilot files showed. "
     "'Portfolio' means the Professional Log, which is required but not marked.")
table(["#", "Outcome (our summary)", "Developed in", "Summatively assessed in", "Pilot files", "Audit comment"], [
    "Professional attributes",
    ["1", "Builds fair, respectful relationships with pupils with SEN and their families", "Blocks 3 and 4", "Task 1 Part B (work with the pupil and family)", "14/20", ""],
    ["2", "Gains the commitment of colleagues, the head and senior leaders", "Block 5", "Task 2 presentation", "11/20", ""],
    ["3", "Prioritises, manages time and delegates", "Block 5 (Managing the role)", "Portfolio only", "not seen", "Not in a marked task"],
    ["4", "Anticipates and solves problems; sound judgements on provision", "Blocks 2 and 5", "Task 1 Part B", "16/20", ""],
    ["5", "Communicates clearly in speech and writing; listens to others' views", "All Blocks; Block 1 (Talking about talk)", "Task 2 presentation; all written tasks", "20/20", ""],
    ["6", "Uses research and outside advice to improve own and colleagues' practice", "Block 2; Link Therapist", "Task 3 (literature and advice sought)", "13/20", ""],
    ["7", "Keeps up to date; takes charge of own CPD", "Block 2 (journals, networks, our information line)", "Portfolio only", "8/20", "Not in a marked task"],
    "Professional knowledge and understanding",
    ["8", "SEN law and guidance, the Code of Practice, and putting them into practice", "Block 1", "Task 1", "18/20", ""],
    ["9", "Every Child Matters and the SENCO's part in the five outcomes", "Block 1", "Task 1", "15/20", ""],
    ["10", "Disability equality law and what it requires", "Block 1", "Task 2 (review of the accessibility plan)", "9/20", ""],
    ["11", "How children develop, including language, and what affects development", "Block 2 (How children learn to talk)", "Between-Block Task 2, discussed in Block 3, not marked", "n/a", "No summative task"],
    ["12", "Common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "Blocks 2 and 3", "Task 1 Part A", "17/20", ""],
    ["13", "Approaches, strategies and resources for assessment, planning and teaching, including ICT", "Blocks 3 and 4", "Task 3", "19/20", ""],
    ["14", "School self-evaluation and improvement for pupils with SEN", "Block 5", "Task 2", "7/20", ""],
    ["15", "Best practice and research in meeting SEN", "Block 2", "Task 3", "12/20", ""],
    ["16", "External agencies and how to obtain specialist support", "Block 4", "Task 1 Part B (services involved and how their help was obtained)", "16/20", ""],
    "Professional skills",
    ["17", "With senior leaders and governors, shapes inclusive policy, priorities and use of resources", "Block 5", "Task 2", "10/20", ""],
    ["18", "Identifies pupils with SEN, sets targets, plans interventions and reviews progress", "Blocks 2 and 3", "Task 1 Part B", "19/20", ""],
    ["19", "Uses assessments by other professionals to shape teaching", "Block 3, with the Link Therapist", "Task 1 Part B", "17/20", ""],
    ["20", "Uses summative data, including national tests, to track progress and change programmes", "Block 3 (Using data)", "Task 2 draft stage only (formative feedback)", "6/20", "Not in the final Task 2 criteria"],
    ["21", "Access arrangements for tests and examinations", "Not covered in the Award", "-", "-", "Participants are referred to their local authority's annual briefing for examinations officers"],
    ["22", "Uses provision mapping to plan provision and find gaps", "Block 5", "Task 2", "n/a", "New for the Award"],
    ["23", "Deploys and manages staff, including teaching assistants", "Block 5", "Task 2", "12/20", ""],
    ["24", "Supports colleagues' development: observation and feedback, modelling, coaching, training", "Block 5 (coaching)", "Portfolio only (peer coaching record)", "9/20", "Not in a marked task"],
    ["25", "Reviews the effectiveness of provision with staff to inform self-evaluation", "Block 5", "Task 2", "8/20", ""],
    ["26", "Involves pupils in planning and reviewing their own provision", "Block 3 (Talking Mats)", "Task 3, where the pupil's communication allows (optional element)", "4/20", "See Action 11"],
    ["27", "Works with parents and carers", "Block 4", "Task 1 Part B", "14/20", ""],
    ["28", "Works in partnership with other services and voluntary organisations", "Block 4", "Link Therapist visit record", "15/20", "Not in a marked task"],
], widths=[0.8, 4.6, 2.8, 3.6, 1.5, 3.2], font=8)
para("Table 3. Outcome audit. Twenty of the 28 rows are assessed in a marked task.", italic=True, size=9)

doc.add_heading("5.8  Schools, families and partners", level=2)
para("Evidence of need. The Award was designed from four sources: a survey of SENCOs in the three partner "
     "authorities in spring 2008 (212 returns, 61 per cent), in which the most frequent requests were help in "
     "identifying language difficulties in older pupils and in managing teaching assistants; an analysis of the 1,140 "
     "calls from school staff to our information line in 2007-08, 38 per cent of them about pupils in Key Stages 3 "
     "and 4; the three authorities' SEN strategies; and the pilot evaluations.")
para("Influence on the programme. Stakeholders changed the Award in specific ways. The authorities' SEN managers "
     "asked for provision mapping, which became the core of Task 2. The Parent Panel asked that participants practise "
     "talking with families about a child's difficulty, which is now the co-led session in Block 4. Headteachers in "
     "the questionnaire asked for fewer days out of school, and the study days were cut from fifteen in the first "
     "design to twelve. The secondary strand of the choice sessions came from the survey and the information line "
     "figures.")
para("Involvement. Parent Panel members and Talkbridge Young Voices contribute to Blocks 3 and 4; local authority "
     "officers speak in Block 1; schools with language resource bases host the study visits; NHS services provide "
     "the Link Therapists. The Programme Advisory Group (the three authorities' SEN managers, a headteacher, two "
     "parents and an NHS speech and language therapy manager) meets once a year and receives the annual programme "
     "report for information. It has not had a role in evaluating the programme so far.")

doc.add_heading("5.9  Evaluation and impact", level=2)
para("Session evaluations were collected and summarised for all ten pilot Blocks, and the summaries led to the "
     "present order of Blocks (law moved from the fourth day to the first). For the Award the evaluation "
     "arrangements are: a written evaluation at the end of each Block, summarised by the Programme Administrator "
     "within two weeks; a meeting of Study Set representatives with the Programme Leader in each module; annual "
     "peer observation of every tutor; the external examiner's annual report; this audit and its re-audit; and the "
     "University's annual monitoring. All of these feed the Annual Programme Report, which the Training Quality "
     "Committee considers each October, and each report ends with an improvement plan whose actions are checked at "
     "the next meeting.")
para("Participants' competence and confidence are measured by re-rating the Entry Profile at the end of Block 6 "
     "and comparing it with the start, alongside the Link Therapist's visit notes. Participants are encouraged to "
     "include evidence of pupils' progress in Task 3 where it is available. Five of twenty pilot enquiries included a "
     "baseline and follow-up measure; a proposal to require them is with the Module Board (Action 13).")

doc.add_heading("5.10  After the course", level=2)
para("Cohort 1 and the first half of Cohort 2 had an exit interview with a tutor at which each participant wrote "
     "next-step targets to take to their line manager (15 of 20 files). The exit interview was discontinued in "
     "2008-09 for budget reasons and is not part of the Award.")

# ---------------------------------------------------------------- 6-7
doc.add_heading("6  Discussion", level=1)
para("The pilot's strengths are the ones the charity exists for: the pairing of teachers and therapists, the "
     "Link Therapists and the visits to specialist settings. Participants and heads valued them most, and the Award "
     "keeps all of them. Where the pilot was informal, the Award documents have mostly made things explicit: the "
     "Entry Profile and Route Plan, graded assessment with second marking, and recorded adjustments.")
para("Three areas remain weak. First, the coverage of the national outcomes in marked work: the Programme Team's "
     "statement that the three tasks assess every outcome is not borne out for eight rows of Table 3, and one "
     "outcome of the national list has no row at all. Secondly, background checks on participants, where we have "
     "assumed the school's check without recording it. Thirdly, evidence of pupils' progress, without which we "
     "cannot show the Award's effect on children.")
para("We also note what the Award does not offer: one intake a year, no assessment-only route, and no "
     "structured support for participants after they finish.")
doc.add_heading("7  Conclusions", level=1)
para("The Award is ready to open in September 2009, with the actions in Section 8. The Training Quality Committee "
     "should receive a progress report on the open actions in October 2009.")

# ---------------------------------------------------------------- 8 action plan
doc.add_heading("8  Recommendations and action plan", level=1)
t = table(["No.", "Finding", "Action", "Lead", "By", "Status (2 June 2009)"], [
    ["1", "Route Plans missing in pilot", "Entry Conversation and written Route Plan for every participant", "MA", "Jul 2009", "Complete (in module handbook)"],
    ["2", "Adjustments not recorded", "Disclosure question on application form; Learning Support Plan through University Disability Service", "MA / University", "Jun 2009", "Complete"],
    ["3", "Assessment not graded", "Level 7 criteria, second marking, moderation meeting, external examiner", "SH", "May 2009", "Complete (validated)"],
    ["4", "One start point", "", "JM", "Sep 2009", "Open"],
    ["5", "Forum not monitored", "Review tutor role on Talkbridge Online", "MA", "Dec 2009", "Open"],
    ["6", "Reading lists out of date", "Update both module reading lists", "BW / GR", "Aug 2009", "In progress"],
    ["7", "Outcome rows 3, 7, 24 in Portfolio only", "Consider marking the Portfolio", "MA", "Oct 2009", "Referred to Module Board"],
    ["8", "Outcome row 20 formative only", "Move data analysis into final Task 2 criteria", "MA", "Oct 2009", "Open"],
    ["9", "No record of participants' CRB status", "Agree with the University who verifies participants' CRB status and how it is recorded", "JM / University", "Aug 2009", "Open"],
    ["10", "Outcome row 28 not in a marked task", "Add agency partnership to Task 3 criteria", "MA", "Oct 2009", "Open"],
    ["11", "Pupils' views in 4/20", "Make pupils' views a required element of Task 3", "RO", "Oct 2009", "Referred to Module Board"],
    ["12", "Link Therapists unsure of role", "Link Therapist Agreement with three NHS services", "RO", "Sep 2009", "Being drafted"],
    ["13", "Pupil measures in 5/20", "Require baseline and follow-up pupil measures in Task 3", "MA", "Oct 2009", "Referred to Module Board"],
    ["14", "Next-step targets", "Reinstate exit interview", "JM", "-", "Not agreed (cost)"],
    ["15", "Assessment-only route", "Consider an assessment-only route", "JM", "-", "Closed: not for first two cohorts"],
    ["16", "Advisory Group role", "Consider giving the Advisory Group a part in the annual review", "JM", "Jan 2010", "Open"],
], widths=[0.8, 3.4, 5.4, 2.0, 1.6, 3.2], font=8)
# tracked change inside the action 4 cell
cell = t.rows[4].cells[2]
cp = cell.paragraphs[0]
tracked(cp, "", "Second intake in January 2010", "Consider a January intake for 2010 if numbers allow", ids=(903, 904))
for r_ in cp._p.iter(qn("w:r")):
    rpr = r_.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f'<w:rPr {W}><w:sz w:val="16"/></w:rPr>')
        r_.insert(0, rpr)
para("Leads: MA Miriam Ashdown; JM Jonathan Mayhew; SH Susan Harker; RO Ruth Okonedo; BW Ben Whitlow; GR Gillian Rees.", size=9)
p = para("Actions 7, 11 and 13 go to the University's Module Board on 14 October 2009. If it agrees, the revised "
         "task briefs apply from the first submission date in January 2010.")
doc.add_comment(p.runs[0], text="Could we offer a next-steps session with the University's CPD office in Block 6 instead of the exit interview? Cheaper. RO",
                author="Ruth Okonedo", initials="RO")

doc.add_heading("9  Re-audit", level=1)
para("The standards will be re-audited in July 2010 against the first Award cohort's files for Module LSP701, and "
     "in July 2011 for the full programme. Standards 2, 10, 11, 13 and 16 will be audited again first.")

# ---------------------------------------------------------------- appendices
doc.add_heading("Appendix A  Audit team and thanks", level=1)
para("Ruth Okonedo (lead), Kamal Bhatti (Quality Officer), Joanne Pryce (Programme Administrator, data entry). "
     "We thank the pilot participants and their headteachers, the Link Therapists of the three NHS services, and "
     "the Programme Advisory Group.")
doc.add_heading("Appendix B  File-review form (blank)", level=1)
p = para("Complete one form per participant file. Answer Y, N or NR (not recorded). Do not record names.", italic=True)
table(["Item", "Question", "Y / N / NR", "Notes"], [
    ["B1", "Is there a signed head's nomination?", "", ""],
    ["B2", "Is there evidence that the participant's enhanced CRB disclosure was seen? Give date of disclosure.", "", ""],
    ["B3", "Is there a completed self-rating or Entry Profile? Is there a written plan with personal targets?", "", ""],
    ["B4", "Were any adjustments requested? Were they recorded?", "", ""],
    ["B5", "Is there evidence of tutor contact between each pair of Blocks?", "", ""],
    ["B6", "How many school visits are recorded?", "", ""],
    ["B7", "Does the final enquiry record pupils' own views? How?", "", ""],
    ["B8", "Does the final enquiry include a baseline and follow-up measure of pupils' progress?", "", ""],
    ["B9", "Which of the national outcomes does the tutor's feedback refer to?", "", ""],
    ["B10", "Is there an end-of-course evaluation? Are next-step targets recorded?", "", ""],
], widths=[1.2, 9.5, 2.2, 3.6], font=8.5)
p = doc.paragraphs[-2]
comment_target = doc.add_paragraph("Forms are kept by the Quality and Audit Team for two years and then destroyed.")
doc.add_comment(comment_target.runs[0], text="We should also have asked whether participants were told about APEL - add to cycle 2 form. KB",
                author="Kamal Bhatti", initials="KB")

doc.save(OUT)
print("wrote", OUT)
