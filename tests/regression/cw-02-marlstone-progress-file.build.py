"""Build cw-02-marlstone-progress-file.docx: Marlstone College of Higher Education, the participant's Progress File
for its SENCO award, sent as the application (invented provider).

Provider
--------
Marlstone College of Higher Education, a small Church of England college of higher
education whose taught awards are validated by the (invented) University of Thursby. It
runs a Postgraduate Certificate in Leading Inclusion (SEN Coordination): two 30-credit
Masters-level modules, Module A "Pupils, Law and Learning" and Module B "Leading Change
in SEN Provision". Marlshire County Council appears as a stakeholder (an SEN officer
sits on the Programme Committee) and Hollins Park Special School hosts. Dated May 2009,
2008-era vocabulary (CRB, List 99, DDA, SEN Code of Practice 2001, ECM, Bercow 2008,
RAISEonline, performance management).

Layout (a kind of document not in the earlier sets: a participant's blank progress file)
----------------------------------------------------------------------------------------
The College sends the Progress File that every participant is given on the induction
day, with a one-cell boxed "Note for the TDA panel" inside the cover. The File is
written to the participant ("you") and is mostly blank forms:
- cover table with blank fields ("This file belongs to", "School", "Tutor");
- "How to use this file", then Sections 1-11, each a short guidance text followed by
  the form to fill in: a joining checklist with "Checked by"/"Date" columns; the
  Individual Learning Plan grid; a calendar of study days for two routes; six directed
  workplace tasks D1-D6 with sign-off lines; the Evidence Record (27 numbered rows in
  the College's own wording, merged part rows, pre-printed "Where we teach it" and
  "Where it is assessed" columns, blank "Start", "End", "Your evidence" and "Tutor"
  columns); the assignments and marking; a claim-for-credit form; the Exit Review;
  feedback; who's who;
- blank lines typed as underscores; "Signed ____ Date ____" lines; header and footer.
There is no online element at all ("There is no online part of the programme"), so 3.3
is not_applicable.

Traps and the requirement ids they affect
-----------------------------------------
- 1.1 partially_met: the aim is attainment ("progress and attainment"); Every Child
  Matters appears as a value ("We believe that every child matters") and as Day 1
  content only.
- 1.6 partially_met: working with colleagues inside the school (D2, Module B) but
  nothing on collaborating beyond the school.
- 1.9 and 6.0 partially_met: the Note claims "Section 6 lists every national minimum
  outcome" and the award needs every row signed, but rows are self-declared, unmarked,
  empty, or absent.
- 2.4 partially_met: ILP records targets but "Everyone follows the same programme of
  study days"; only "Our groups are small, so tutors ... can adapt"; no
  cost-effectiveness.
- 3.1 partially_met: "The College complies fully with the Disability Discrimination
  Act" and a ground-floor room; no disclosure or adjustment arrangements.
- 4.1 partially_met: "Our long association with schools ... tells us" (no evidence
  collected). 4.2 partially_met: two heads "read the draft of this File" and
  "suggestions have been included" (no detail of what changed in the programme).
- 5.1 partially_met: feedback sheets and an end-of-course questionnaire only; the
  Committee "receives a summary"; nothing on how evidence changes the programme.
- 5.4 partially_met: names and titles, "All our tutors are experienced teachers".
- 5.6 not_met: "The College does not provide specialist teaching resources or
  assistive technology for this programme".
- 5.9 partially_met: start and end ratings compared; pupil impact only hoped for
  ("We hope in time to be able to show").
- Outcomes (Section 6):
  met: A1, A3, A5, A7, K1, K2, K3, K5, K6, K8, K9, S1, S2, S2a, S2d, S3, S5, S7, S8;
  A2 partially_met (headteacher's comment, "not marked");
  A4 partially_met (taught, then only "Your own declaration");
  A6 partially_met (reading log "checked, not graded");
  K7 partially_met (taught Day 8; assessed "from the 2010 intake");
  S2b partially_met (assessed, but "Self-directed" rather than taught);
  S6 partially_met (Assignment 2 "optional section");
  K4 not_met ("Not included: covered in initial teacher training");
  S4 not_met (row printed with empty cells);
  S2c and S9 not_met (no row at all; numbering runs 1-27 with these omitted).
- Met despite looking like form content: 5.3 (administrator sees and records the
  enhanced CRB disclosure, renewal if older than three years, head confirms List 99);
  2.3 ("Assessment without attendance" route, portfolio and viva, fee); 2.1 (claim for
  credit, certificated and experiential); 2.5 (Exit Review objectives for performance
  management); 1.5 and 6.S7 (D3 "Pupil Conversation" taught on Day 4, assessed in
  Assignment 1); 4.3 (Programme Committee with heads and LA officer reviews evaluation;
  stakeholders host, mentor, co-moderate).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("cw-02-marlstone-progress-file.docx")

doc = Document()
doc.core_properties.author = "Revd Dr Anne Colquhoun"
doc.core_properties.title = "SENCO Award Progress File 2009-10"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
h = doc.styles["Heading 1"]
h.font.name = "Calibri"
h.font.size = Pt(14)
h.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)

GREEN = "E2EFDA"
SAND = "FFF2CC"
LINE = "_" * 38


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def p(text="", bold=False, italic=False, size=None, align=None, after=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        para.paragraph_format.space_after = Pt(after)
    return para


def cw(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = para.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def table(rows, header=True, widths=None, size=9, blank_rows=0):
    t = doc.add_table(rows=len(rows) + blank_rows, cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cw(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, GREEN)
    if widths:
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def sign(*labels):
    for lab in labels:
        p(f"{lab}: {LINE}   Date: ____________", size=9, after=2)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
r = sec.header.paragraphs[0].add_run("Marlstone College of Higher Education \u00b7 PGCert Leading Inclusion "
                                     "(SEN Coordination) \u00b7 Progress File 2009-10")
r.font.size = Pt(7.5)
r = sec.footer.paragraphs[0].add_run("Bring this File to every study day and tutorial. If found, please return "
                                     "to the Programme Office, Marlstone College, Minster Yard, Marlstone MR1 4DG.")
r.font.size = Pt(7.5)

# ------------------------------------------------------------------ cover
p("", after=30)
p("MARLSTONE COLLEGE OF HIGHER EDUCATION", bold=True, size=16, align="c", after=2)
p("Faculty of Education and Theology", size=11, align="c", after=24)
p("SENCO Award Progress File", bold=True, size=26, align="c", after=4)
p("Postgraduate Certificate in Leading Inclusion (SEN Coordination)", size=13, align="c", after=2)
p("the National Award for SEN Coordination \u00b7 validated by the University of Thursby", italic=True,
  size=10, align="c", after=24)
t = doc.add_table(rows=5, cols=2)
t.style = "Table Grid"
for i, lab in enumerate(("This file belongs to", "School", "Headteacher", "Mentor", "Personal tutor")):
    cw(t.cell(i, 0), lab, bold=True, size=10)
    shade(t.cell(i, 0), GREEN)
    cw(t.cell(i, 1), "", size=10)
    t.cell(i, 0).width = Cm(4.5)
    t.cell(i, 1).width = Cm(10.5)
doc.add_paragraph()
page_break()

# ------------------------------------------------------------------ note to panel (boxed)
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
shade(c, SAND)
cw(c, "Note for the TDA panel", bold=True, size=10)
for line in (
    "This is the Progress File that every participant on our programme is given at the induction day. We "
    "have sent it as our application because the guidance pages in each Section describe, for the "
    "participant, how the programme actually runs, and because the File is the record on which the award "
    "is decided. Nothing has been added for the panel except this note.",
    "The Postgraduate Certificate in Leading Inclusion (SEN Coordination) is a College award validated by "
    "the University of Thursby under the College's Accreditation Agreement with the University (renewed "
    "2007). It carries 60 credits at Masters level (Level 7), in two modules of 30 credits. The University "
    "approved the programme at its validation event on 4 March 2009.",
    "Section 6 lists every national minimum outcome, and no participant is recommended for the award "
    "until each row has been signed by the tutor.",
    "Revd Dr Anne Colquhoun, Programme Director, May 2009",
):
    rr = c.add_paragraph().add_run(line)
    rr.font.size = Pt(9.5)
doc.add_paragraph()

# ------------------------------------------------------------------ how to use
doc.add_heading("How to use this file", level=1)
p("Welcome to the programme. This File goes with you through the year. It holds your Starting Point "
  "Profile, your Individual Learning Plan, the record of your tutorials and workplace tasks, and the "
  "Evidence Record on which your award depends. Keep it up to date: your tutor will ask to see it at "
  "every tutorial, and it is handed in with your second assignment.")
p("The programme exists for one purpose: to help you improve the progress and attainment of pupils with "
  "special educational needs and disabilities in your school. We believe that every child matters, and "
  "that a good SENCO makes a difference to every pupil's life.")
p("There is no online part of the programme: all teaching is face to face, and handouts are given out on "
  "paper at each session.")

# ------------------------------------------------------------------ section 1
doc.add_heading("Section 1  Joining the programme", level=1)
p("To join, you must hold Qualified Teacher Status, be the SENCO of your school or be named by your "
  "headteacher to become SENCO during the year, and have your headteacher's agreement to release you for "
  "the study days. Your headteacher completes the Nomination Form, which also names your mentor.")
p("Before we confirm your place, the Programme Director telephones you for a short readiness "
  "conversation. She talks through your Nomination Form and your experience of SEN so far, and asks "
  "about the pupils you are responsible for. If it seems that you would not yet be able to meet the "
  "national outcomes by the end of the year, she explains what experience you would need first, writes "
  "to you and your headteacher with that advice, and keeps a place for you on the next intake.")
p("Criminal records checks. Before your place is confirmed, the Programme Administrator must see your "
  "enhanced CRB disclosure. If it was issued more than three years ago, or by an employer other than your "
  "current school, the College will process a new enhanced disclosure for you before the induction day. "
  "The number and date of issue are recorded in the checklist below. Your headteacher also confirms on the "
  "Nomination Form that the school's own pre-employment checks, including List 99, are complete.")
table([
    ("Joining checklist", "Checked by", "Date"),
    ("Nomination Form received and signed by headteacher", "", ""),
    ("Readiness conversation held (Programme Director)", "", ""),
    ("Enhanced CRB disclosure seen: number ____________ issued ________", "", ""),
    ("Headteacher's confirmation of school checks (List 99) received", "", ""),
    ("Starting Point Profile completed (Section 6, column \"Start\")", "", ""),
    ("Claim for credit discussed (Section 8), if any", "", ""),
], widths=[10, 3.5, 2.5])

# ------------------------------------------------------------------ section 2
doc.add_heading("Section 2  Your Starting Point Profile", level=1)
p("Before the induction day, rate yourself against every row of the Evidence Record in Section 6, "
  "using the \"Start\" column: 1 = new to me; 2 = I know about this but have not done it; 3 = I do this "
  "with support; 4 = I do this confidently and could show someone else. Be honest: the profile is not "
  "marked. At your first tutorial (in the first three weeks) your tutor goes through your ratings with "
  "you, asks for an example behind every 3 or 4, and may change a rating where your knowledge is out of "
  "date (the 2001 Code of Practice and the 2005 disability duties catch many people out). Together you "
  "then choose the rows you will concentrate on, which become the targets in your Individual Learning "
  "Plan. At the Exit Review you rate yourself again in the \"End\" column.")

# ------------------------------------------------------------------ section 3
doc.add_heading("Section 3  Your Individual Learning Plan", level=1)
p("Your tutor and you agree three to five targets at the first tutorial, each tied to rows of Section 6, "
  "and review them at the second tutorial (February) and at the Exit Review. Everyone follows the same "
  "programme of study days; your plan shapes your workplace tasks, your reading and the focus of your "
  "assignments. Our groups are small, so tutors get to know you well and can adapt sessions to the group.")
table([
    ("Target", "Rows of Section 6", "What I will do", "By when", "Reviewed (date and comment)"),
], widths=[4, 2.5, 4.5, 2, 3], blank_rows=5)
sign("Participant", "Tutor")
doc.add_paragraph()
p("Record of tutorials", bold=True)
table([("Date", "Tutor", "What we discussed", "Agreed actions")], widths=[2.5, 2.5, 6, 5], blank_rows=3)

# ------------------------------------------------------------------ section 4
doc.add_heading("Section 4  Your calendar", level=1)
p("The programme starts twice a year, in September and in February. You choose one of two routes when "
  "you apply: the Saturday route (eight Saturdays, 9.30-4.00) or the Thursday route (sixteen twilight "
  "sessions, 4.30-7.30, each day split in two). You may change route between modules if your "
  "circumstances change. Modules A and B may be taken in either order, and you may spread them over one "
  "year or two.")
table([
    ("Day", "Saturday route (Sept intake)", "Content", "Led by"),
    ("1", "19 September", "The law and the SEN Code of Practice 2001; SENDA; the Disability Equality Duty; "
                          "Every Child Matters and the five outcomes", "A. Colquhoun"),
    ("2", "10 October", "Identifying need; targets and IEPs; reviewing progress; using other "
                        "professionals' assessments", "T. Bains"),
    ("3", "7 November", "Common needs: BESD, SpLD and dyslexia, SLCN (after Bercow 2008), ASD, MLD; "
                        "solving problems in provision (case scenarios)", "T. Bains; speech and language "
                                                                         "therapist"),
    ("4", "5 December", "Teaching approaches and ICT; consulting pupils, including those with "
                        "communication difficulties (Talking Mats); preparing for task D3", "M. Evershed"),
    ("5", "16 January", "At Hollins Park Special School: external agencies and how to get specialist "
                        "support; the outreach team; the educational psychology service", "Hollins Park staff; EP"),
    ("6", "6 February", "Parents and carers as partners; the annual review; access arrangements for "
                        "national tests and examinations", "M. Evershed; Parent Partnership"),
    ("7", "6 March", "Leading colleagues: coaching, observation and feedback, running INSET; working with "
                     "the headteacher; time and priorities", "A. Colquhoun"),
    ("8", "24 April", "Strategy, governors and resources; provision mapping; school self-evaluation and "
                      "the SEF; planning your own professional development", "A. Colquhoun; County SEN officer"),
], widths=[1, 3, 9, 3])
p("Each day opens with a Research Briefing: a twenty-minute summary of a recent study or inspection "
  "report, chosen for that day's topic. In 2009-10 these include Ofsted's Special educational needs and "
  "disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? "
  "(2006), the Bercow Review (2008), the Steer report on behaviour (2005), and the DCSF's Personalised "
  "Learning guidance (2008). The briefings are revised each year by the tutor who leads the day, and the "
  "reading list in your handouts follows them.", size=10)
p("Placement. Every participant spends two further days in a specialist setting arranged and hosted for "
  "you by the College: either Hollins Park Special School or the County Language Unit at Dean Street "
  "Primary. A host teacher plans the two days with you and signs your record below.")
sign("Placement host (name and setting)")

# ------------------------------------------------------------------ section 5
doc.add_heading("Section 5  Your workplace tasks", level=1)
p("Between study days you carry out six directed tasks in your own school. Each is set on a study day and "
  "linked to rows of Section 6; your mentor signs each one off when it is done, and your tutor reads your "
  "notes at the next tutorial. The tasks feed your assignments.")
table([
    ("Task", "What you do", "Set on", "Mentor's signature and date"),
    ("D1", "List the pupils on your SEN register and the provision each receives; note any pupil whose "
           "IEP has no review date", "Day 2", ""),
    ("D2", "Lead a short item at a staff meeting on one pupil's needs and agree what colleagues will do", "Day 3", ""),
    ("D3", "Pupil Conversation: plan and hold a structured conversation with two pupils on the SEN "
           "register about their provision, using an approach from Day 4; write up what they said and "
           "what you will change. Your tutor gives written feedback on the plan and on the write-up.",
     "Day 4", ""),
    ("D4", "Hold or observe a meeting with the parents of a pupil on School Action Plus and reflect on it",
     "Day 6", ""),
    ("D5", "Observe a colleague teaching a pupil on the SEN register and give feedback", "Day 7", ""),
    ("D6", "Draw a provision map for one year group and cost it", "Day 8", ""),
], widths=[1.2, 10, 1.8, 3])

# ------------------------------------------------------------------ section 6
doc.add_heading("Section 6  Evidence Record", level=1)
p("This is the record on which your award depends. Each row is one of the national outcomes for "
  "SENCOs, in our own words. The College has filled in where each is taught and where it is assessed. "
  "You fill in your ratings and where your evidence is (assignment section, task, page); your tutor "
  "signs a row when the evidence is sufficient. \"A1\" means Assignment 1 and \"A2\" Assignment 2 "
  "(Section 7).", size=10)
rows = [
    ("P", "Part 1  The SENCO as a professional"),
    ("1", "Builds fair, respectful relationships with pupils with SEN and their parents", "Days 4 and 6",
     "A1 (pupil and parent sections)"),
    ("2", "Wins the commitment of colleagues, the head and senior leaders", "Day 7",
     "Your headteacher's comment in Section 9 (not marked)"),
    ("3", "Prioritises, manages time and delegates", "Day 7", "A2 criterion 4 (project plan and log)"),
    ("4", "Anticipates and solves problems; sound judgements about provision", "Day 3 (case scenarios)",
     "Your own declaration (Section 9)"),
    ("5", "Speaks and writes clearly; listens to others' views", "All days", "A1, A2 (writing); "
                                                                           "A2 presentation"),
    ("6", "Uses research and outside advice to improve practice", "Research Briefings",
     "Reading log (checked, not graded)"),
    ("7", "Keeps up to date and takes charge of own CPD", "Day 8 (your own CPD)", "A2 reflective section"),
    ("P", "Part 2  What the SENCO knows"),
    ("8", "SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1",
     "A1 criterion 2"),
    ("9", "Every Child Matters and the SENCO's part in it", "Day 1", "A1 criterion 3"),
    ("10", "Disability equality law and what it requires", "Day 1", "A2 (accessibility plan section)"),
    ("11", "How children develop", "Not included: covered in initial teacher training", "-"),
    ("12", "The common types of SEN and how they affect learning", "Day 3", "A1"),
    ("13", "Approaches and resources for assessment and teaching, including ICT", "Day 4", "A1"),
    ("14", "School self-evaluation and SEN", "Day 8", "A2 (from the 2010 intake)"),
    ("15", "Best practice and research on meeting SEN", "Research Briefings; Day 4", "A2 literature section"),
    ("16", "External agencies and getting specialist help", "Day 5", "A1 (agencies section)"),
    ("P", "Part 3  What the SENCO does"),
    ("17", "With the head and governors, shapes an inclusive ethos, policy and use of resources", "Day 8",
     "A2"),
    ("18", "Identifies pupils, sets targets, plans interventions, reviews progress", "Day 2; task D1", "A1"),
    ("19", "Uses assessments by other professionals", "Day 2", "A1"),
    ("20", "Uses test and other summative data to track progress", "Self-directed (RAISEonline guidance "
                                                                   "in handouts)", "A2 data section"),
    ("21", "Arranges access arrangements for national tests and examinations in good time", "Day 6",
     "A1 (access arrangements section)"),
    ("22", "Uses provision mapping; finds gaps and ineffective provision", "Day 8; task D6", "A2"),
    ("23", "Deploys and manages staff", "", ""),
    ("24", "Supports colleagues' development: observing, coaching, training", "Day 7; tasks D2, D5",
     "A2 (the project must include leading colleagues' learning)"),
    ("25", "Reviews provision with staff to inform self-evaluation", "Day 8", "A2 optional section"),
    ("26", "Involves pupils in planning and reviewing their provision", "Day 4; task D3",
     "A1 (pupil's views section)"),
    ("27", "Works with parents and carers", "Day 6; task D4", "A1 (parent section)"),
]
t = doc.add_table(rows=1, cols=8)
t.style = "Table Grid"
heads = ("No.", "Outcome (our words)", "Where we teach it", "Where it is assessed", "Start", "End",
         "Your evidence", "Tutor")
widths = [0.9, 4.6, 2.6, 3.2, 0.9, 0.9, 2, 1.2]
for j, hd in enumerate(heads):
    cw(t.cell(0, j), hd, bold=True, size=7.5)
    shade(t.cell(0, j), GREEN)
for row in rows:
    cells = t.add_row().cells
    if row[0] == "P":
        m = cells[0].merge(cells[7])
        cw(m, row[1], bold=True, size=8)
        shade(m, SAND)
    else:
        for j, v in enumerate(row):
            cw(cells[j], v, size=7.5)
        for j in range(4, 8):
            cw(cells[j], "", size=7.5)
for row in t.rows:
    for j, c in enumerate(row.cells):
        c.width = Cm(widths[j])
doc.add_paragraph()

# ------------------------------------------------------------------ section 7
doc.add_heading("Section 7  Your assignments and how they are marked", level=1)
p("Assignment 1 (Module A, 30 credits): Pupil Case Study, 4,000 words. You follow one pupil on your SEN "
  "register for at least a term: how their needs were identified, the assessments made by you and by "
  "other professionals, the targets and interventions, the review, the pupil's own views (from task D3), "
  "the partnership with the parents, the external agencies you could call on for the pupil and any access arrangements the pupil needs "
  "for national tests or examinations. Due 8 January (September intake).")
p("Assignment 2 (Module B, 30 credits): Leading a Change, 6,000 words and a 15-minute presentation. "
  "With your headteacher you choose one change to your school's SEN provision, put it into practice over "
  "at least a term, lead colleagues' learning as part of it, and evaluate its effect on pupils and staff. "
  "The report must include a provision map, the data you used, the school's accessibility plan as it "
  "bears on your change, a literature section and a reflective section on your own development. An "
  "optional section may report how you reviewed the provision with colleagues for the school's "
  "self-evaluation. Due 7 May (September intake).")
p("Marking. Both assignments are marked against the Masters-level criteria printed in your handouts. "
  "Every fail and a quarter of all other scripts are second-marked by another tutor; the County SEN officer "
  "on the Programme Committee joins the moderation meeting for Assignment 2. The University of Thursby's "
  "link tutor moderates a sample of both assignments every year, and the external examiner appointed "
  "by the University sees a sample and attends the Examination Board, which meets at the University in "
  "June. Tutors meet before each marking period to mark two sample scripts together and agree standards; "
  "every tutor works from the Tutor Guide.")
p("The award. You will be recommended for the Postgraduate Certificate and the national award when you "
  "have passed both assignments and your tutor has signed every row of Section 6.")

# ------------------------------------------------------------------ section 8
doc.add_heading("Section 8  Claiming credit, and assessment without attendance", level=1)
p("Claim for credit. If you have already studied SEN at Masters level, or can show through your work that "
  "you already meet the outcomes of one module, you may claim up to 30 credits. A claim for certificated "
  "learning needs your transcript and the course outline; a claim from experience needs a portfolio "
  "showing how your work meets each outcome row in Section 6 that the module assesses. Two tutors assess "
  "the claim, and the University's Accreditation of Prior Learning Panel confirms it. Talk to the "
  "Programme Director before you start a claim.")
p("Assessment without attendance. In exceptional cases, an experienced teacher (for example, from a "
  "specialist support service) who already meets the outcomes may be assessed without taking the "
  "taught programme. The candidate submits both assignments and a portfolio against every row of "
  "Section 6, and attends a one-hour viva with two tutors. The fee is \u00a3480.")
table([("Claim for credit", "Module", "Credits claimed", "Evidence attached", "Decision and date")],
      widths=[3.5, 2, 2.5, 4.5, 3.5], blank_rows=2)

# ------------------------------------------------------------------ section 9
doc.add_heading("Section 9  Exit Review and next steps", level=1)
p("In your last tutorial you and your tutor complete this page. Rate yourself again in the \"End\" "
  "column of Section 6. Then agree three professional objectives for the year after the course, which "
  "you take to your performance management review with your headteacher. Your tutor gives you a Next "
  "Steps sheet with the Masters routes that accept your 60 credits and the County SENCO network dates.")
table([
    ("", "Next year, I will...", "How my headteacher can help"),
    ("Objective 1", "", ""),
    ("Objective 2", "", ""),
    ("Objective 3", "", ""),
], widths=[3, 7, 6])
p("I declare that I can anticipate and solve problems in our provision and make sound decisions about it "
  "(row 4).  \u2610", size=9)
p("Headteacher's comment on how the participant has gained the commitment of colleagues (row 2):", size=9)
p(LINE + LINE, size=9)
sign("Participant", "Tutor", "Headteacher")

# ------------------------------------------------------------------ section 10
doc.add_heading("Section 10  Telling us what you think", level=1)
p("After each study day you will be asked to complete a one-page evaluation sheet, and at the end of the "
  "programme an end-of-course questionnaire. The Programme Committee receives a summary each term. "
  "The Committee includes two headteachers from participants' schools, the County SEN officer, the head "
  "of Hollins Park and a former participant; at each meeting it reviews the evaluation summary and the "
  "participants' start and end ratings from Section 6, and it hears from the hosts of the placement "
  "days. Headteachers and mentors also complete a short questionnaire after the Exit Review.")
p("Our long association with schools in the Marlstone area tells us what new SENCOs need. Two "
  "headteachers on the Programme Committee read the draft of this File, and their suggestions have been "
  "included.")
p("We hope in time to be able to show how the programme makes a difference to the pupils you teach.")

# ------------------------------------------------------------------ section 11
doc.add_heading("Section 11  Who's who, and where to get help", level=1)
table([
    ("Name", "Role"),
    ("Revd Dr Anne Colquhoun", "Programme Director; Module B leader"),
    ("Mr Tobias Bains", "Senior Lecturer; Module A leader"),
    ("Mrs Maria Evershed", "Lecturer in Education"),
    ("Mrs Jean Lyle", "Programme Administrator"),
], widths=[6, 10])
p("All our tutors are experienced teachers.")
p("Your mentor. Your headteacher names a mentor (usually a senior leader) on the Nomination Form. Before "
  "the first study day your mentor signs the Mentor Agreement, which sets out the three meetings a term "
  "and the sign-off of tasks D1-D6, and attends a half-day mentor training session at the College "
  "(repeated in September and February) with the Mentor Handbook. Mentors who cannot attend are visited "
  "in school by your tutor before the first task is set.")
p("Resources. You will need access to a computer at home or at school. The College does not provide "
  "specialist teaching resources or assistive technology for this programme; your school's own resources "
  "are used in the workplace tasks.")
p("Disability. The College complies fully with the Disability Discrimination Act 1995 and 2005 and "
  "welcomes disabled teachers on all its programmes. All our sessions are held in the ground-floor "
  "Mulberry Room.")
p("Fees. \u00a31,050 for the two modules (2009-10), payable by your school or local authority.", size=10)

doc.save(OUT)
print("wrote", OUT)
