"""Build ep-02-lindale-moderators-report.docx

Provider (invented)
-------------------
LAIS Professional Development (LPD), the professional development arm of the
Lindale Association of Independent Schools (58 fee-paying member schools in
the north), with the University of Dunholt validating.  Two member schools
act as "centres" (Wolstan Hall School, Marrick; Kessingford High School for
Girls) and enter SENCOs from member schools and from maintained schools of
Marrick County Council and Kessingford Borough Council.  Submitted January
2009.

Kind of document and layout
---------------------------
An awarding-body style Principal Moderator's Report on the pilot series
(June 2008) of LPD's unaccredited Certificate in Learning Support
Coordination, reissued with "Part Two: Notes for Centres" on the National
Award for 2009-10, under a short covering letter.  Part One follows exam-board
convention: an entries table, general comments, one section per task
(description, a mark-distribution table, "What candidates did well", "Where
candidates were less successful", "Advice to centres"), administration,
special consideration, moderation and a pupil-outcome summary table.  Part Two
is a run of numbered notes N1-N21 with bold run-in titles (no heading
styles).  Appendix 1 is an assessment grid with the Association's own codes
(PA1-PA7, KU1-KU9, PS1-PS9) and symbol cells (filled circle = must be
evidenced, open circle = may be evidenced, F = formative).  Appendix 2 is a
blank Candidate Record Form with bracketed blanks.  Real tracked changes
(w:ins / w:del, two authors), five Word comments, four real footnotes in a
footnotes part, a header and a footer with a PAGE field.  Voice: third person
exam-board ("Candidates ...", "Centres are reminded ...").

Traps (requirement ids)
-----------------------
* Part One describes the pilot; the covering letter says Part Two governs
  where they differ.  The pilot exemption from Task 2 for OCR Diploma holders
  "has ended" (2.1 is met through the University's credit rules, N7).
* The pilot's Next Steps interview "did not take place" and nothing in Part
  Two replaces it (2.5 not met).
* The pilot's self-audit against the 1998 standards was "kept on file and not
  used"; a starting audit is only "being considered", and a comment asks
  whether it can be promised (2.2 not met).
* "Access arrangements" in Task 3 are pupils' examination arrangements
  (6.S2d, only "may be evidenced": partial); candidates' own disability
  adjustments are reduced to an extension on request after a deleted
  paragraph that held the full arrangement (3.1 partial).
* "Special consideration" (bereavement, illness) is not a disability
  adjustment (3.1).
* The Centre Self-Evaluation Form is the centres' review of themselves, not
  school self-evaluation; the grid jumps from KU6 to KU8 (6.K7 not met).
* PS9 (work with other services) is missing from the grid; only a comment
  promises it (6.S9 not met).  Beyond-school collaboration is otherwise
  absent (1.6 partial).
* N16's award rule lets marks compensate between tasks; a deleted clause had
  required every filled-circle outcome to be evidenced (6.0 partial, 1.9
  partial).
* Task 4 becomes formative by a tracked change (6.A7 partial: F only).
* Aims speak only of attainment and progress (1.1 partial); ECM is taught in
  Unit 1 but only "may be evidenced" (6.K2 partial).
* The wider survey of schools "did not take place" (4.1 partial); the pilot
  candidates and centre heads did shape named changes (4.2 met).
* Entry is by role only, and a comment asks about interviews (5.2 partial).
* CRB disclosure number and date on the registration form, checked by LPD,
  with a new disclosure where needed (5.3 met).
* Private candidates: an assessment-only route (2.3 met).
* The Award is taught "entirely face to face" with "no online element"
  (3.3 not applicable).
* Tutors' qualifications are not given, only the moderators' (5.4 partial);
  resources are a 150-book collection and candidates' own schools' materials
  (5.6 partial); fees stated but one programme for all (2.4 partial).
* Pupil-outcome summary and candidate confidence scale: concrete impact
  measures (5.9 met).
"""
import itertools
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
for s in ("Heading 1", "Heading 2", "Title"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x5A, 0x1E, 0x3C)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

_rev = itertools.count(100)
FOOTNOTES = []


# ---------------------------------------------------------------- helpers
def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def runs(p, text):
    parts = text.split("**")
    out = []
    for i, part in enumerate(parts):
        if part:
            r = p.add_run(part)
            r.bold = bool(i % 2)
            out.append(r)
    return out


def para(text="", style=None, align=None, after=None):
    p = doc.add_paragraph(style=style)
    runs(p, text)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def ins(p, text, author="Judith Haworth", date="2008-12-10T09:30:00Z"):
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{next(_rev)}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author="Judith Haworth", date="2008-12-10T09:30:00Z"):
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{next(_rev)}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'))


def plain(p, text):
    return p.add_run(text)


def footnote(p, text):
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    p._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def note(code, title, text):
    """Part Two notes: bold run-in code and title, then text."""
    p = doc.add_paragraph()
    r = p.add_run(f"{code}  {title}.  ")
    r.bold = True
    if text:
        runs(p, text)
    return p


def table(rows, widths=None, header=True, fill="EADCE4", size=9, center_from=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            runs(c.paragraphs[0], val)
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True
            if header and i == 0:
                shade(c, fill)
            if center_from is not None and j >= center_from:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def field(p, instr):
    for xml in (f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>',
                f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>',
                f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'):
        p.add_run()._r.append(parse_xml(xml))
    p.add_run("1")
    p.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def task_section(title, description, dist, did_well, less, advice):
    doc.add_heading(title, level=2)
    para(description)
    para("**Mark distribution (candidates submitting)**")
    table(dist, center_from=0)
    para("**What candidates did well**")
    for t in did_well:
        para(t)
    para("**Where candidates were less successful**")
    for t in less:
        para(t)
    para("**Advice to centres**")
    for t in advice:
        para(t, style="List Bullet")


# ---------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "LAIS Professional Development  \u2022  Principal Moderator's Report and Notes for Centres"
hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
for r in hp.runs:
    r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "LPD/CLSC/PMR/08 (reissue 2, January 2009)    Page "
field(fp, "PAGE")
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in fp.runs:
    r.font.size = Pt(8)

# ------------------------------------------------------------------ cover
para("LINDALE ASSOCIATION OF INDEPENDENT SCHOOLS", align=WD_ALIGN_PARAGRAPH.LEFT).runs[0].bold = True
para("LAIS Professional Development", after=18)
doc.add_paragraph("Certificate in Learning Support Coordination (Pilot)", style="Title")
p = para("Principal Moderator's Report: Pilot Series, June 2008")
p.runs[0].font.size = Pt(16)
p.runs[0].bold = True
para("with Part Two: Notes for Centres on the National Award for SENCOs, 2009-10")
para("Reference LPD/CLSC/PMR/08 (reissue 2, January 2009)", after=24)

table([
    ["Terms used in this report", ""],
    ["Centre", "A member school that hosts the taught days and enters candidates. In the pilot: Wolstan Hall "
               "School, Marrick, and Kessingford High School for Girls."],
    ["Candidate", "A teacher entered for the Certificate (from 2009-10, the Award)."],
    ["School Supervisor", "A senior member of staff in the candidate's own school who supervises and "
                          "countersigns the candidate's practice in school."],
    ["Moderator", "A member of LPD's moderating team, who checks centres' marking against the agreed standard."],
    ["Task", "One of the assessed pieces of work (Tasks 1 to 4) or the Practice Observation (Component 5)."],
], widths=[3.6, 12.4])

# -------------------------------------------------------- covering letter
para("Lindale House, 3 Castle Wynd, Marrick MR1 2QT", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
para("16 January 2009", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("The Approvals Team, National Award for SENCOs", after=0)
para("Training and Development Agency for Schools")
para("Dear colleagues,")
para("**Application for approval to offer the National Award for SENCOs**")
para("LAIS Professional Development wishes to be approved to offer the National Award for SENCOs from "
     "September 2009, to SENCOs in the Association's member schools and in maintained schools in Marrick "
     "and Kessingford. Rather than write a new document for you, we are sending the one that best shows "
     "how we work: the Principal Moderator's report on the pilot of our Certificate, which went to our "
     "two centres and to the University of Dunholt in July 2008, together with Part Two, the Notes for "
     "Centres on the National Award, finished in December after the University validated the programme.")
para("Part One is reproduced as it was issued. It describes the pilot, and some of the arrangements in it "
     "have since changed. Where Part One and Part Two differ, Part Two describes the Award. The tracked "
     "changes and comments left in Part Two are from the last round of edits between Mrs Haworth and "
     "me, which we did not have time to tidy away.")
para("Yours faithfully,")
para("Richard Fenby", after=0)
para("Director, LAIS Professional Development")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ================================================================ PART ONE
doc.add_heading("Part One  Principal Moderator's Report, Pilot Series June 2008", level=1)
doc.add_heading("1  Introduction", level=2)
para("This report is for the two centres, their tutors, and the School Supervisors of candidates in the "
     "pilot series of the Certificate in Learning Support Coordination. It sets out how candidates "
     "performed on each task, what the moderating team found when it sampled centres' marking, and what "
     "centres should do differently next time. It should be read with the Certificate's assessment "
     "criteria and the marking guidance issued in September 2007.")
para("**Table 1  Entries and results**")
table([
    ["Centre", "Entered", "Submitted complete work", "Certificated", "of whom Distinction"],
    ["Wolstan Hall School, Marrick", "12 (7 member, 5 maintained)", "11", "10", "2"],
    ["Kessingford High School for Girls", "10 (6 member, 4 maintained)", "8", "7", "1"],
    ["Total", "22", "19", "17", "3"],
], widths=[5.2, 4.2, 2.6, 2.2, 2.2])
para("Three candidates withdrew during the year: two on moving to posts outside the area and one on "
     "maternity leave. Two candidates who submitted were not certificated; both failed Task 3 and may "
     "resubmit it with the 2009 series.")

doc.add_heading("2  General comments", level=2)
p = para("The pilot set out to answer one question: can a course taught in member schools, to SENCOs from "
         "both sectors together, reach a standard that a university would credit at master's level? The "
         "University of Dunholt's link tutor, Dr Frances Kemp, read the whole moderation sample, and her "
         "view is that most of the work would have passed at Level 7 and the best of it would have gained "
         "a distinction. That is a considerable achievement for a first series, and it is a tribute to "
         "the candidates and to the tutors at both centres.")
para("Candidates were strongest in their knowledge of particular types of need, and in the care with "
     "which they came to know individual pupils. They were weakest when asked to lead colleagues and to "
     "think strategically about provision across the school. Too many candidates described what their "
     "school does without asking whether it works. The most successful candidates used evidence (from "
     "tests, from observation, from pupils and parents, and from research) to decide what to do, and "
     "then checked whether it had made a difference.")
p = para("Several candidates drew well on recent reports, notably Ofsted's Inclusion: does it matter where "
         "pupils are taught? (2006)")
footnote(p, "Ofsted, Inclusion: does it matter where pupils are taught? Provision and outcomes in different "
            "settings for pupils with learning difficulties and disabilities, July 2006.")
plain(p, " and, in the later tasks, the Bercow Review of services for children and young people with "
         "speech, language and communication needs (2008). Others relied on textbooks that pre-date the "
         "2001 Code of Practice; centres should check reading lists.")

task_section(
    "3  Task 1: Policy and Provision Audit (2,500 words)",
    "Candidates audit their school's SEN policy and provision against the SEN Code of Practice (2001) and "
    "the Disability Discrimination Act as amended, and, in independent schools, the Independent School "
    "Standards. They draw up a provision map of current provision and end with recommendations to the "
    "head and governors on priorities for the next two years. Marked out of 50.",
    [["Marks", "40-50", "30-39", "25-29", "0-24 (fail)"], ["Candidates", "3", "9", "6", "1"]],
    ["The strongest audits set the school's practice against the graduated response of the Code (School "
     "Action and School Action Plus) and the framework for statutory assessment and statements, and were "
     "honest about gaps. Two candidates from maintained primaries compared their school's accessibility "
     "plan and disability equality scheme with what was actually happening in classrooms, and found "
     "differences that their governors have since acted on.",
     "Recommendations to governors were best when they were costed and linked to the school's "
     "development plan. One candidate's audit led directly to a change in the way her school allocates "
     "teaching assistant time, which she explained to the full governing body."],
    ["Several candidates from independent schools were unsure how the disability discrimination duties "
     "applied to their schools, and two wrote as if the Code of Practice did not apply to them at all. "
     "It does, for pupils with statements placed by a local authority, and it is good practice for all.",
     "Provision maps were often lists of interventions with no costs, no entry or exit criteria and no "
     "record of outcomes, which made it impossible to say which provision was ineffective."],
    ["Make sure candidates know which parts of SEN and disability law apply to independent schools.",
     "Show candidates examples of provision maps that record cost and impact, not only activity.",
     "Remind candidates that recommendations must be addressed to the head and governors."])

task_section(
    "4  Task 2: Learner Profile (2,500 words in the pilot)",
    "Candidates profile one pupil with SEN and/or disabilities. The profile draws together the pupil's "
    "developmental history, the school's assessment data, reports from other professionals, the views "
    "of the pupil and of the parents or carers, and ends with a plan of provision agreed with them. "
    "Marked out of 50.",
    [["Marks", "40-50", "30-39", "25-29", "0-24 (fail)"], ["Candidates", "5", "10", "4", "0"]],
    ["The pupil's own voice was the outstanding feature of the best profiles. One candidate used a photo "
     "diary with a Year 3 boy with an autistic spectrum disorder; another used a Talking Mat with a "
     "Year 8 girl with a language disorder; a third held the planning meeting in the pupil's own form "
     "room, at the pupil's request. In each case the pupil's views changed the plan.",
     "Most candidates wrote sensitively about parents and recorded their views fully. The best showed "
     "how the candidate had built a relationship of trust with a family who had previously been in "
     "dispute with the school.",
     "The strongest profiles traced how the pupil's development had been affected by the pupil's needs "
     "and by home and school circumstances, drawing on what is known about typical development."],
    ["Reports from educational psychologists and speech and language therapists were often summarised "
     "rather than used: candidates should show how the advice has changed teaching.",
     "A few candidates reported the pupil's views as told to them by the class teacher. This does not "
     "meet the requirement.",
     "Several profiles mentioned the involvement of health or social care services without saying what "
     "each service does or how the school could obtain its support."],
    ["Centres are reminded that the pupil's views must be gathered directly by the candidate, using "
     "methods suited to the pupil's age and needs.",
     "Encourage candidates to show how each professional report has been used in planning."])

p = doc.add_heading("5  Task 3: Intervention Study (5,000 words)", level=2)
p = para("Candidates plan, carry out and evaluate an intervention for a pupil or group of pupils over at "
         "least ten weeks. They must take a baseline measure of attainment and at least one measure of "
         "well-being or participation before the intervention, repeat the measures at the end, and lead "
         "the colleagues (usually teaching assistants) who carry out the intervention with them. The "
         "choice of intervention must be justified from research and from the school's own data. Marked "
         "out of 80.")
para("**Mark distribution (candidates submitting)**")
table([["Marks", "64-80", "48-63", "40-47", "0-39 (fail)"], ["Candidates", "3", "8", "6", "2"]], center_from=0)
para("**What candidates did well**")
p = para("Most studies were carefully planned and well managed over the ten weeks. Eight used standardised "
         "reading or spelling tests as their baseline, and four used the school's Key Stage 2 results or "
         "optional test levels")
footnote(p, "The QCA optional tests for Years 3, 4, 5, 7 and 8.")
plain(p, " to track pupils' progress and to decide when to change or end the intervention. The best "
         "candidates read critically about the intervention they chose (precision teaching, paired "
         "reading, social stories and reciprocal teaching were all used) and compared their results "
         "with those reported in the research.")
para("Some candidates chose examination access arrangements as their focus, for example reviewing how "
     "their school identifies pupils who need extra time or a reader in GCSE examinations and how early "
     "it does so. These studies were valuable, but centres should note that they must still include an "
     "intervention for pupils and its measured effect.")
para("**Where candidates were less successful**")
para("The two studies that failed had no baseline measure, so the candidate could not say whether the "
     "pupils had made progress. Several candidates who managed teaching assistants well did not reflect "
     "on how they had deployed them, or whether the time could have been better used.")
para("**Advice to centres**")
for t in ("Insist on baseline and end measures, and on at least one measure of well-being or participation.",
          "Make sure candidates can justify their choice of intervention from research, not only from habit."):
    para(t, style="List Bullet")

task_section(
    "6  Task 4: Reflective Commentary (1,500 words)",
    "Candidates reflect on their learning during the year and on how they manage the SENCO role, including "
    "their use of time and what they delegate to others. In the pilot the commentary was marked out of 20 "
    "and moderated. It was intended to lead into a Next Steps interview between the candidate, the head "
    "and the centre tutor at the end of the course, at which the candidate's targets for the following "
    "year would be agreed.",
    [["Marks", "16-20", "12-15", "10-11", "0-9 (fail)"], ["Candidates", "4", "11", "4", "0"]],
    ["Candidates wrote honestly about the pressures of the role, and several described with real insight "
     "how they had learnt to delegate routine work to administrative staff."],
    ["The Next Steps interview did not take place at either centre, because of the pressure of the summer "
     "term, and without it most commentaries became a backward look at the year rather than a plan for "
     "the next one."],
    ["See Part Two, note N13, for the changes to Task 4 from 2009-10."])

task_section(
    "7  Component 5: Practice Observation (Pass or Refer)",
    "The candidate leads a professional development session or a planning meeting for colleagues in their "
    "own school, on a topic agreed with the School Supervisor. In the pilot the session had to help "
    "colleagues develop their formative assessment of pupils with SEN. It is observed jointly by the "
    "School Supervisor and the centre tutor, who complete the Observation Record together. The candidate "
    "also submits a record of one lesson they have observed, with the feedback they gave, and a coaching "
    "log covering at least three meetings with one colleague.",
    [["Result", "Pass", "Refer"], ["Candidates", "18", "1"]],
    ["The best sessions modelled a strategy, let colleagues try it, and ended with an agreement about what "
     "each teacher would do next. Several Supervisors noted that the session had changed the way their "
     "head and senior team regarded the SENCO's role.",
     "Coaching logs were thoughtful, and showed candidates learning to ask rather than tell."],
    ["Some sessions were lectures. A session in which colleagues listen and do not take part does not "
     "show the candidate supporting their professional development."],
    ["Brief School Supervisors on what the Observation Record asks for before the observation."])

doc.add_heading("8  Administration", level=2)
para("Tasks 1 and 2 were due at centres by 31 March and Tasks 3 and 4 and the Component 5 records by 13 June "
     "2008. Centres sent their marks and the moderation sample to LPD by 20 June. Every piece of work must "
     "be accompanied by a Candidate Record Form (CRF) signed by the candidate and the School Supervisor to "
     "confirm that the work is the candidate's own. Two CRFs arrived without the Supervisor's signature, "
     "and the work could not be moderated until they were returned.")
para("**Special consideration.** Centres applied for special consideration for three candidates, for "
     "bereavement and for illness at the time of submission. In each case a four-week extension was "
     "agreed by the Principal Moderator.")
para("**Centre self-evaluation.** Each centre completed the LPD Centre Self-Evaluation Form after the "
     "series, reviewing its own teaching, administration and marking against the LPD Centre Standards. "
     "Both did so thoroughly, and both identified the late return of CRFs as a priority.")

doc.add_heading("9  Moderation, and what the studies showed", level=2)
para("The moderating team sampled the marking of both centres: eight portfolios from Wolstan Hall and "
     "seven from Kessingford, chosen by the Principal Moderator to cover the whole mark range, together "
     "with every portfolio within three marks of the pass mark on any task. Each sampled task was re-marked "
     "independently by two moderators, who then agreed a mark. Wolstan Hall's marking was within "
     "tolerance on every task. Kessingford's marks for Task 1 were generous by an average of four marks, "
     "and all of that centre's Task 1 marks were adjusted downward accordingly; this changed one result. "
     "Six Component 5 sessions, three at each centre, were observed by a moderator alongside the tutor and "
     "Supervisor.")
para("The team also collected the baseline and end measures from all nineteen Task 3 studies. Table 2 "
     "summarises them. These are small studies, without comparison groups, and the figures are not "
     "offered as proof; but they show that most candidates' interventions were followed by measurable "
     "gains for their pupils, and they give centres a baseline against which to judge future series.")
para("**Table 2  Pupil outcome measures used in Task 3 studies**")
table([
    ["Measure", "Studies using it", "Studies showing a gain", "Median gain"],
    ["Standardised reading accuracy or comprehension", "9", "8", "7 months (over 10-12 weeks)"],
    ["Standardised spelling", "4", "3", "5 months"],
    ["Key Stage 2 or optional test level", "4", "3", "1 sub-level"],
    ["Attendance", "2", "1", "not calculated"],
    ["Pupil's own rating of confidence or enjoyment", "11", "10", "1.5 points on a 5-point scale"],
], widths=[6.4, 2.6, 3.0, 4.0])
para("Candidates also rated their confidence in ten aspects of the SENCO role, on a four-point scale, "
     "on their first taught day and again in June. The average rating rose from 2.1 to 3.4; the largest "
     "rises were in knowledge of the law and in leading colleagues.")
para("My thanks to the tutors at both centres, to the School Supervisors, and to my fellow moderators.")
para("Judith Haworth, Principal Moderator, July 2008", after=0).runs[0].italic = True
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ================================================================ PART TWO
doc.add_heading("Part Two  Notes for Centres: the National Award for SENCOs, 2009-10", level=1)
para("These notes replace the Certificate's centre guidance from September 2009. They were prepared by LPD "
     "after the University of Dunholt's validation event and are for centre heads, tutors, School "
     "Supervisors and the moderating team.")

note("N1", "What has changed",
     "The Certificate has been validated by the University of Dunholt as the Postgraduate Certificate in "
     "Special Educational Needs Coordination (National Award for SENCOs), carrying 60 credits at Level 7 "
     "(master's level). The validation event was held on 4 December 2008 and the programme was approved "
     "without conditions. The University awards the Postgraduate Certificate; LPD organises the course "
     "through its centres and runs the moderation described below. Candidates register as students of "
     "the University.")
note("N2", "Aims",
     "The aim of the Award is to raise the attainment and accelerate the progress of pupils with special "
     "educational needs and disabilities, by developing SENCOs who know their pupils' needs, lead provision "
     "well and use evidence of progress to improve it. By the end of the course candidates will: know the "
     "law, guidance and research that govern provision for pupils with SEN and disabilities; be able to "
     "identify pupils' needs and plan, lead and review provision that raises their attainment; and be "
     "able to lead colleagues so that provision improves across the school.")
note("N3", "Structure and patterns of study",
     "The Award is taught in three Units, each of three taught days, and includes two days' placement "
     "(N9) and the work candidates do in their own schools. The Units are:")
for t in ("**Unit 1, The SENCO and the Framework:** SEN and disability law and guidance (the Education Act "
          "1996, the SEN Code of Practice 2001, the SEN and Disability Act 2001, the Disability "
          "Discrimination Act 1995 as amended in 2005, and the disability equality duty); the Independent "
          "School Standards; Every Child Matters and the five outcomes; school SEN policy; provision "
          "mapping; the SENCO's work with the head and governors.",
          "**Unit 2, Knowing the Learner:** how children develop and what affects development; the common "
          "types of need (behavioural, emotional and social difficulties, specific learning difficulties "
          "including dyslexia, speech, language and communication needs, autistic spectrum disorders, "
          "moderate learning difficulties); assessment, including standardised tests, national tests and "
          "tracking data, and the use of reports from other professionals; examination access "
          "arrangements; gathering the views of pupils and parents (with the Marrick Parent Partnership "
          "Service); the work of health, social care and specialist education services.",
          "**Unit 3, Leading Provision:** choosing and evaluating interventions from research and best "
          "practice, including ICT; deploying and managing teaching assistants; coaching, observation and "
          "feedback; formative assessment for pupils with SEN; managing time and delegating; evaluating "
          "provision with colleagues."):
    para(t, style="List Bullet")
para("Unit 1 draws on Ofsted's report Inclusion: does it matter where pupils are taught? (2006); Unit 2 "
     "on the Bercow Review (2008) and on the Inclusion Development Programme materials on dyslexia and on "
     "speech, language and communication needs (DCSF, 2008); and Unit 3 on recent research on "
     "interventions and on the deployment of teaching assistants. Tutors update the reading lists each "
     "summer, and the Principal Moderator checks them.")
para("Each Unit is taught at both centres: at Wolstan Hall on three Wednesdays, and at Kessingford as three "
     "pairs of sessions on a Friday afternoon and the following Saturday morning, for candidates whose "
     "schools cannot release them during the week. A candidate may attend any day at either centre. The "
     "Units may be taken in any order, and a candidate may join at the start of any Unit (September, "
     "January or April) and complete the Award within one year or, if they prefer, over two. Tasks 1 and "
     "2 are completed with Units 1 and 2; Task 3 may be started after either of Units 2 and 3.")

p = note("N4", "Who may enter",
         "Centres may enter teachers who hold qualified teacher status and who are SENCOs, or who have been "
         "asked by their head to become SENCO. Entries are made by the centre on the Registration Form, "
         "which must be signed by the candidate's head.")
N4 = p
p = note("N5", "Registration and checks",
         "The Registration Form asks for the number and date of issue of the candidate's enhanced CRB "
         "disclosure, and the head must confirm that the school has seen the disclosure, that the candidate "
         "is not barred from working with children, and that there are no outstanding disciplinary matters. "
         "LPD's Registrations Officer checks every form before registration is confirmed. A candidate whose "
         "disclosure is more than three years old, or who has not worked in a post with regular contact "
         "with children in the last three months, must obtain a new enhanced disclosure through LPD's "
         "registered body arrangement before they can be registered.")
p = note("N6", "Private candidates",
         "Experienced SENCOs may be entered as private candidates, without attending the Units. A private "
         "candidate completes Tasks 1 to 3 and Component 5 and is marked and moderated in exactly the same "
         "way as any other candidate. Admission as a private candidate is decided by the Principal Moderator "
         "after reading the candidate's curriculum vitae and holding a professional discussion with them")
ins(p, ", and requires normally at least three years' experience as a SENCO")
plain(p, ". The fee for a private candidate is \u00a3450.")
p = note("N7", "Credit for earlier study and experience",
         "Under the University of Dunholt's regulations for credit accumulation and transfer")
footnote(p, "University of Dunholt, Regulations for Credit Accumulation and Transfer (2008), sections 6 and 7.")
plain(p, ", candidates may claim up to 30 credits for earlier certificated study at Level 7, or for "
         "earlier experience through a reflective claim mapped against the national outcomes, in place of "
         "Task 1 or Task 2. Claims are assessed by the University link tutor and the Principal Moderator "
         "before the candidate starts the relevant Unit. In the pilot, candidates holding the OCR Diploma "
         "in Specific Learning Difficulties were exempt from Task 2; that exemption has ended, and such "
         "candidates now make a claim through the University.")
p = note("N8", "Starting audit",
         "In the pilot, candidates completed a self-audit against the TTA's 1998 national standards for "
         "SENCOs at registration; it was kept on file and not used. ")
r_n8 = p.add_run("A starting audit against the national outcomes, leading to an individual plan for each "
                 "candidate, is being considered for 2009-10.")
p = note("N9", "Specialists and placements",
         "Specialists teach on each Unit: an educational psychologist from Marrick County Council (Unit 2), "
         "a speech and language therapist from the Kessingford Primary Care Trust (Unit 2), the Marrick "
         "Parent Partnership Service (Unit 2), and a specialist teacher from the Kessingford SEN Support "
         "Service (Units 2 and 3). Every candidate spends two days on placement, arranged by LPD with the "
         "host, at Kessingford Oaks School")
footnote(p, "Kessingford Oaks is a maintained special school for pupils aged 4 to 19 with severe, profound "
            "and multiple learning difficulties and autistic spectrum disorders.")
plain(p, " or at the Marrick Language Resource Base, with a programme agreed in advance that links the "
         "placement to the candidate's Task 2 or Task 3. Candidates from member schools who wish to may "
         "ask for their placement in a maintained mainstream school instead.")
note("N10", "School Supervisors and tutors",
     "Each candidate's head nominates a School Supervisor. Supervisors attend a half-day briefing at their "
     "centre before the candidate's first Unit (in September, January or April), receive the School "
     "Supervisor's Handbook, which sets out what they must do and what countersigning means, and are "
     "contacted by the centre tutor at least once a term. Centre tutors attend LPD's standardisation day "
     "each September and must observe a moderator at work before they assess Component 5 on their own. "
     "Moderators are trained by the Principal Moderator and take part in an annual standardisation "
     "exercise with the University link tutor.")
note("N11", "Tutors and moderators",
     "Centre tutors are experienced SENCOs from member schools, appointed by the Director of LPD. The "
     "moderating team for 2009-10 is Mrs Judith Haworth, Principal Moderator (MA in Special Educational "
     "Needs; AMBDA; formerly SEN adviser with Marrick County Council); Mr Dev Anand (SENCO, Kessingford "
     "Park School, a maintained comprehensive); and Ms Carol Ibbotson (specialist teacher, Kessingford SEN "
     "Support Service).")
p = note("N12", "Candidates with disabilities", "")
dele(p, "LPD will ask every candidate at registration whether they have a disability or health condition, "
        "explain why we ask, and agree with each candidate who tells us the adjustments they need to the "
        "taught days, the placement and the tasks, drawing on the University's disability service. ")
plain(p, "A candidate who needs more time for a task because of a disability may ask the centre for an "
         "extension, which the Principal Moderator will normally agree.")
note("N13", "Tasks for 2009-10",
     "The tasks are those of the pilot, with the changes shown in Table 3.")
para("**Table 3  Tasks from 2009-10**")
t3 = table([
    ["Task", "Completed with", "Length", "Marked", "Status"],
    ["Task 1  Policy and Provision Audit", "Unit 1", "2,500 words", "out of 50", "summative; moderated"],
    ["Task 2  Learner Profile", "Unit 2", "3,000 words (was 2,500)", "out of 50", "summative; moderated"],
    ["Task 3  Intervention Study", "Unit 2 or 3", "5,000 words", "out of 80", "summative; moderated"],
    ["Task 4  Reflective Commentary", "across the year", "1,500 words", "", ""],
    ["Component 5  Practice Observation", "Unit 3", "session and records", "Pass or Refer", "summative; moderated by visit"],
], widths=[4.6, 2.6, 3.4, 2.2, 3.4])
# Task 4 row: marking and status changed by tracked change
c_mark = t3.cell(4, 3).paragraphs[0]
dele(c_mark, "out of 20")
ins(c_mark, "not marked")
c_stat = t3.cell(4, 4).paragraphs[0]
dele(c_stat, "summative; moderated")
ins(c_stat, "formative: read by the centre tutor, not moderated")
para("The Task 2 word limit has been raised at the request of the pilot candidates, who found it too "
     "tight for the evidence required. In Component 5 the session may now be on any aspect of provision "
     "for pupils with SEN, provided it helps colleagues develop their formative assessment of those "
     "pupils.")
note("N14", "Evidence of impact",
     "Task 3 will continue to require baseline and end measures of attainment and of well-being or "
     "participation. Each year the moderating team will collect these measures from every study and "
     "report them to the Award Board in the form of Table 2. Candidates will complete the same "
     "confidence scale on their first taught day and at the end of the course, and School Supervisors "
     "will be asked at the end of the course to describe, on a short form, the changes they have seen in "
     "the candidate's practice. The Award Board will compare each year's results with the pilot's.")
note("N15", "Marking and moderation",
     "Centre tutors mark all tasks against the published criteria, and each centre second-marks a sample "
     "internally before sending marks to LPD. LPD's moderating team samples every centre's marking in "
     "every series as described in section 9 of Part One, and adjusts a centre's marks where they are out "
     "of tolerance. The University link tutor reviews the moderated sample, and the University's "
     "external examiner, Dr Hilary Mount (University of Scarth), sees a sample of all work and attends "
     "the Award Board.")
p = note("N16", "The Award",
         "The Award Board, chaired by the University, meets each July and confirms results. To gain the "
         "Award a candidate must achieve an aggregate of at least 50 per cent across Tasks 1 to 3, with no "
         "task below 40 per cent, and a Pass in Component 5")
dele(p, ", and the Candidate Record Form must show that every outcome marked \u25cf in the Assessment Grid "
        "has been evidenced", author="Richard Fenby", date="2008-12-15T16:05:00Z")
plain(p, ". A candidate who does not reach this standard may resubmit any failed task once.")
note("N17", "Evaluation",
     "Candidates complete an evaluation at the end of each Unit and after their placement; School "
     "Supervisors complete a questionnaire in July; and this report is written after every series. The "
     "Award Board (the University link tutor, the Director of LPD, the Principal Moderator, the heads of "
     "both centres, the headteacher of a maintained school, and the SEN managers of Marrick and "
     "Kessingford councils) reviews all of these each autumn, together with the external examiner's report "
     "and the University's annual monitoring report, and agrees an action plan for the next series, "
     "which LPD publishes to centres. The two councils also take part through the specialists who teach "
     "on the Units, the placements, and Ms Ibbotson's work as a moderator.")
note("N18", "What centres and candidates told us",
     "The wider survey of member and maintained schools which LPD planned for the spring of 2008 did not "
     "take place. The changes in these notes rest on the evidence of this report, on the pilot candidates' "
     "evaluations, and on the views of the heads and tutors of the two centres. The pilot candidates asked "
     "for the longer Task 2 and for placements, which the pilot did not offer; candidates from maintained "
     "schools asked for the Friday and Saturday pattern at Kessingford; the centre heads asked for the "
     "private candidate route, for experienced SENCOs in their own schools; and several member-school "
     "candidates' difficulty with the law (Part One, section 3) has led to a longer treatment of it in "
     "Unit 1.")
note("N19", "Resources",
     "Each centre keeps a reference collection of about 150 books and journals on SEN, which candidates "
     "may borrow on taught days. Candidates are expected to use their own schools' assessment materials "
     "and ICT for their tasks.")
note("N20", "Fees",
     "The fee is \u00a31,150 per candidate for member schools. The places of candidates from maintained "
     "schools are paid for from the national funding for the Award. The private-candidate fee is \u00a3450 "
     "(N6). All candidates follow the same Units and tasks; the choice of pupil for Task 2 and of "
     "intervention for Task 3 allows each candidate to focus on what matters most in their own school.")
note("N21", "How the Award is delivered",
     "The Award is taught entirely face to face, on the taught days, at placements and through the "
     "candidate's work in their own school. There is no online element: handouts are given out on the "
     "day and tasks are submitted on paper, with the Candidate Record Form, to the centre.")

# ----------------------------------------------------------- Appendix 1
doc.add_page_break()
ap = doc.add_heading("Appendix 1  Assessment Grid: the national outcomes in the Award", level=1)
para("The grid shows, for each national outcome (in LPD's wording and with LPD's codes), the Unit in which it "
     "is mainly taught and the tasks in which it is assessed.")
para("Key:  \u25cf  must be evidenced to pass the task     \u25cb  may be evidenced     F  Task 4 "
     "(formative: not marked)")
G = [
    ("Professional attributes",),
    ("PA1", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents", "2", "", "\u25cf", "", "", ""),
    ("PA2", "Gains the commitment of colleagues, including the head and senior team", "3", "\u25cb", "", "", "", "\u25cf"),
    ("PA3", "Prioritises, manages time and delegates effectively", "3", "", "", "\u25cf", "F", ""),
    ("PA4", "Anticipates and solves problems; makes sound decisions about provision", "2, 3", "", "", "\u25cf", "", ""),
    ("PA5", "Communicates clearly in speech and writing; listens to others", "all", "\u25cf", "\u25cf", "\u25cf", "", "\u25cf"),
    ("PA6", "Uses research and outside advice to improve practice", "3", "", "", "\u25cf", "", ""),
    ("PA7", "Keeps up to date and takes charge of own professional development", "\u2013", "", "", "", "F", ""),
    ("Knowledge and understanding",),
    ("KU1", "SEN law and guidance, including the Code of Practice, and how to apply them", "1", "\u25cf", "", "", "", ""),
    ("KU2", "Every Child Matters and the SENCO's part in the five outcomes", "1", "\u25cb", "\u25cb", "", "", ""),
    ("KU3", "Disability equality law and what it requires of schools", "1", "\u25cf", "", "", "", ""),
    ("KU4", "Child development and what affects it, including SEN and the environment", "2", "", "\u25cf", "", "", ""),
    ("KU5", "The common types of SEN and disability and their effect on learning", "2", "", "\u25cf", "", "", ""),
    ("KU6", "Approaches and resources for assessment, planning and teaching, including ICT", "2, 3", "", "", "\u25cf", "", ""),
    ("KU8", "Best practice and research in meeting SEN", "3", "", "", "\u25cf", "", ""),
    ("KU9", "The role of external agencies and how to obtain specialist support", "2", "", "\u25cf", "", "", ""),
    ("Professional skills",),
    ("PS1", "Advises the head and governors on inclusive strategy, policy and resources", "1", "\u25cf", "", "", "", ""),
    ("PS2", "Identifies pupils, sets targets, plans interventions and reviews progress", "2", "", "", "\u25cf", "", ""),
    ("PS2(a)", "Uses assessments by other professionals to plan teaching", "2", "", "\u25cf", "", "", ""),
    ("PS2(b)", "Uses summative assessment, including national tests, to track progress", "2", "", "", "\u25cf", "", ""),
    ("PS2(c)", "Helps colleagues develop formative assessment for pupils with SEN", "3", "", "", "", "", "\u25cf"),
    ("PS2(d)", "Identifies and arranges examination access arrangements in good time", "2", "", "", "\u25cb", "", ""),
    ("PS3", "Uses provision mapping; identifies ineffective or missing provision", "1", "\u25cf", "", "", "", ""),
    ("PS4", "Deploys and manages staff", "3", "\u25cb", "", "\u25cb", "", ""),
    ("PS5", "Supports colleagues' professional development", "3", "", "", "", "", "\u25cf"),
    ("PS6", "Reviews and evaluates the effectiveness of provision with colleagues", "3", "\u25cf", "", "", "", ""),
    ("PS7", "Involves pupils in planning and reviewing their provision", "2", "", "\u25cf", "", "", ""),
    ("PS8", "Works effectively with parents and carers", "2", "", "\u25cf", "", "", ""),
]
tg = doc.add_table(rows=1, cols=8)
tg.style = "Table Grid"
for j, h in enumerate(("Code", "Outcome", "Unit", "T1", "T2", "T3", "T4", "C5")):
    c = tg.rows[0].cells[j]
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade(c, "EADCE4")
for row in G:
    cells = tg.add_row().cells
    if len(row) == 1:
        m = cells[0].merge(cells[7])
        m.text = row[0]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        continue
    for j, v in enumerate(row):
        cells[j].text = v
        if j >= 2:
            cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for row in tg.rows:
    for j, w in enumerate((1.4, 8.4, 1.2, 1.0, 1.0, 1.0, 1.0, 1.0)):
        row.cells[j].width = Cm(w)
    for c in row.cells:
        for pp in c.paragraphs:
            for rr in pp.runs:
                rr.font.size = Pt(8.5)
doc.add_paragraph()
para("T1 to T4 = Tasks 1 to 4; C5 = Component 5, Practice Observation.")

# ----------------------------------------------------------- Appendix 2
doc.add_heading("Appendix 2  Candidate Record Form (to accompany every task)", level=1)
table([
    ["Candidate name", "[                                        ]"],
    ["Candidate number / University student number", "[            ]  /  [            ]"],
    ["Centre", "[ Wolstan Hall  /  Kessingford ]"],
    ["School and role", "[                                        ]"],
    ["Enhanced CRB disclosure number and date of issue", "[            ]   [  /  /    ]"],
    ["Task submitted", "[ T1  /  T2  /  T3  /  T4  /  C5 ]"],
    ["Candidate's declaration", "I confirm that this work is my own.   Signed [            ]  Date [        ]"],
    ["School Supervisor's declaration", "To the best of my knowledge this work is the candidate's own and the "
                                        "practice described took place.   Signed [            ]  Date [        ]"],
    ["Centre tutor's mark", "[      ]  Initials [    ]"],
    ["Moderator's mark (if sampled)", "[      ]  Initials [    ]"],
], widths=[6.0, 10.0], header=False)

# --------------------------------------------------------------- comments
def comment(anchor_runs, text, author, initials, date):
    c = doc.add_comment(runs=anchor_runs, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), date)
    return c


comment([r_n8], "Could we say the starting audit WILL happen in 2009-10? The TDA will look for it.",
        "Richard Fenby", "RF", "2008-12-15T15:52:00Z")
comment([r for r in N4.runs if r.text], "Do we need an interview as well? Kessingford would like one, but it "
        "adds a day of Judith's time per centre.", "Richard Fenby", "RF", "2008-12-15T15:58:00Z")
comment([r for r in ap.runs if r.text], "PS9 (working in partnership with other services and voluntary "
        "organisations) is still missing from the grid - I will add the row before this goes out. JH",
        "Judith Haworth", "JH", "2008-12-10T10:12:00Z")
comment([t3.cell(4, 0).paragraphs[0].runs[-1]],
        "Agreed at the validation event that Task 4 should not count towards the Award.",
        "Judith Haworth", "JH", "2008-12-10T09:31:00Z")
comment([tg.rows[0].cells[1].paragraphs[0].runs[-1]],
        "Wording of outcomes checked against the TDA draft specification, Annex 3.",
        "Judith Haworth", "JH", "2008-12-10T10:05:00Z")

# -------------------------------------------------------------- footnotes
fn_xml = [f'<w:footnotes {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for fid, text in FOOTNOTES:
    fn_xml.append(
        f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
fn_xml.append('</w:footnotes>')
fpart = Part(PackURI("/word/footnotes.xml"),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
             "".join(fn_xml).encode("utf-8"), doc.part.package)
doc.part.relate_to(fpart, RT.FOOTNOTES)

cp = doc.core_properties
cp.author = "Judith Haworth"
cp.last_modified_by = "Richard Fenby"
cp.title = "Principal Moderator's Report, Pilot Series 2008, with Notes for Centres 2009-10"
import datetime as _dt
cp.created = _dt.datetime(2008, 7, 2, 9, 0)
cp.modified = _dt.datetime(2009, 1, 16, 11, 40)
cp.revision = 14

doc.save(OUT)
print("wrote", OUT)
