"""Build cp-02-tarnwell-swimlanes.docx (invented provider, written blind).

Provider: University of Tarnwell, School of Open and Distance Education
(SODE), a distance-learning university school recruiting nationally.
Programme SD71, Postgraduate Certificate in SEN Coordination (supported open
learning): three 20-credit study blocks, print and online study on the VLE
"TarnLearn", a tutor-group forum, telephone tutorials, live online seminars,
four Saturday day schools at regional centres hosted by partner local
authorities, tutor-marked assignments (TMA01, TMA02) and an end-of-course
assessment (ECA). Associate Tutors (ATs) are part-time tutors supervised by
staff tutors. Dated 23 January 2009, 2008-era vocabulary (CRB, GTC register,
DDA, SEN Code of Practice 2001, ECM, SEF, Bercow Review 2008, IDP).

Voice: procedural and terse, a quality office's process document; fragments
without subjects inside the map; crisp passive prose in the notes.

Layout: a PARTICIPANT PROCESS MAP (swimlane chart) from the University's
Quality Handbook, submitted as the application.
- A covering memo to the panel (portrait) with a "How to read the map" key
  table (symbols "-", "-> Note x.y", "(planned)"), a short "About SD71"
  field table and the programme's aims.
- The map itself in a landscape section: one table, rows = twelve stages
  (enquiry ... evaluation), columns = lanes (Participant; School: headteacher
  and mentor; Associate Tutor; Programme team; Registry and Assessment;
  Partners). Terse cell fragments, many "-" cells, arrows to notes.
- "Notes to the map" numbered by stage and position (Note 1.1 ... Note
  12.3), so that note numbers COLLIDE with requirement ids: Note 2.3 is
  background checks (spec 2.3 is the assessment-only route), Note 3.3 is the
  learning-plan review (spec 3.3 is e-learning), Note 5.1 is Block 1
  (spec 5.1 evaluation), Note 9.2 is moderation, Note 12.3 impact, etc.
- Block outlines: study weeks typed as "Week n" lines, each block followed
  by its assignment and what it is marked for.
- "Variations to the standard route" (V1-V3), a process-owner sign-off
  table, header (document reference) and footer ("Uncontrolled when
  printed").

Traps (requirement ids affected):
- E.2 partially_met: 60 credits but Block 1 is at Level 6; only 40 credits
  at Level 7 (About SD71 table and memo).
- 1.5 partially_met, 6.S7 partially_met: pupil voice only in an OPTIONAL
  study week (Week 16), with forum posts logged in a participation record
  that is not marked; the earlier short course's pupil-voice assignment was
  "not carried forward" (past arrangement).
- 1.7 partially_met, 6.S8 partially_met: families in Week 17 and a day-school
  workshop, but "Advising parents is the role of the Parent Partnership
  Service and is not a focus of SD71"; parents' liaison is not assessed.
- 1.9 partially_met, 6.0 partially_met: Note 10.1 award rule on TMA02 and
  ECA scores; blanket claim that the three assignments "give every
  participant the opportunity to demonstrate all of the national minimum
  outcomes", but TMA01 is formative and several outcomes are never assessed.
- 2.1 partially_met: credit transfer only; "APEL is not available on SD71"
  (Note 3.1), with other universities' APEL mentioned (another provider).
- 2.5 not_met: Stage 11 "After the award" has "-" cells, further targets are
  "a matter for ... performance management" (deferral), and an alumni
  e-newsletter is "(planned)" (Note 11.1).
- 3.3 partially_met: e-learning with forum, AT response times, surgeries
  and support between day schools, but schools and mentors have no access
  and are written to by post (Note 4.2): ICT not used for provider-school
  communication.
- 4.1 partially_met: only former short-course participants were surveyed;
  "SODE did not survey headteachers or local authorities" (Note 12.2).
- 4.2 partially_met: only "taken into account throughout the design"
  (general, no detail of any change).
- 5.2 partially_met: admission on QTS, role and nomination only; the Entry
  Profile "plays no part in the admission decision" (Note 2.1).
- 5.3 not_met (wrong context, deferral): Registry holds no CRB record for
  participants; employers hold the check; only ATs' disclosures are checked;
  host settings "may ask" (Note 2.3, Stage 2 cells).
- 5.6 partially_met: print, online and e-library resources, but no
  specialist technology: participants use their schools' (Note 5.2).
- Formative-only or unassessed outcomes (partially_met): 6.K2 and 6.K4 (Block
  1, TMA01 formative only), 6.A7 (Week 6, unassessed), 6.S2b (Week 13,
  unassessed), 6.A5 (writing assessed in the ECA, speech and listening not),
  6.A1 (TMA02 marks the relationship with the pupil, not with parents).
- 6.A3 not_met, 6.S2c not_met: absent.
- Met in plain or unusual places: 2.2 (Note 3.2: ILP with personal outcome
  targets before Block 1), 2.3 (V1 Direct Assessment route), 3.1 (Note 1.2),
  3.2 (Note 4.1, V3), 4.3 (Stakeholder Reference Group, Note 12.2), 5.5
  (placements, Note 6.2), 5.7 (Note 9.1), 5.8 (Note 9.2), 5.9 (Note 12.3),
  1.1 (memo aims and ECA criteria), 6.S2d (TMA02 access arrangements plan).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

NAME = "cp-02-tarnwell-swimlanes"
OUT = Path(__file__).with_name(f"{NAME}.docx")

doc = Document()
doc.core_properties.author = "Fiona Garside"
doc.core_properties.title = "QH-SENCO-01 Participant process map SD71"
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)

DASH = "\u2014"
ARR = "\u2192"


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    chunks = text.split("\n")
    for i, ch in enumerate(chunks):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ch)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def note(num, title, *paras):
    doc.add_heading(f"Note {num} \u2013 {title}", level=3)
    for t in paras:
        para(t)


# ------------------------------------------------------------ header / footer
s0 = doc.sections[0]
s0.left_margin = s0.right_margin = Cm(2.0)
hp = s0.header.paragraphs[0]
hp.text = ("University of Tarnwell \u00b7 SODE Quality Handbook \u00b7 QH-SENCO-01 Participant "
           "process map (SD71) \u00b7 version 1.3")
hp.runs[0].font.size = Pt(8)
fp = s0.footer.paragraphs[0]
fr = fp.add_run("Uncontrolled when printed. The current version is on TarnLearn.  |  page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------ memo
para("UNIVERSITY OF TARNWELL", bold=True, size=14)
para("School of Open and Distance Education (SODE)", size=12)
para("")
memo = [
    ("To", "The TDA approval panel, National Award for SEN Coordination"),
    ("From", "Dr Fiona Garside, Programme Leader, SD71"),
    ("Date", "23 January 2009"),
    ("Subject", "Application for approval: SD71 Postgraduate Certificate in SEN Coordination "
                "(supported open learning)"),
]
mt = doc.add_table(rows=0, cols=2)
for k, v in memo:
    c = mt.add_row().cells
    set_cell(c[0], k + ":", bold=True)
    set_cell(c[1], v)
    c[0].width = Cm(2.5)
    c[1].width = Cm(14)
para("")
para("The TDA asks applicants to show how their provision meets each criterion. SODE describes "
     "every programme in its Quality Handbook as a process map that follows the participant from "
     "first enquiry to the annual review, lane by lane, showing who does what at each stage. We "
     "submit the SD71 map as our application because it is the document our staff, tutors and "
     "partners actually work from. The map is in the landscape pages that follow; the notes after "
     "it give the detail behind each arrow, and the block outlines set out what is studied and "
     "how it is assessed.")
para("SD71 is a supported open learning programme. Participants study at home and in school from "
     "printed and online materials, with an Associate Tutor (AT) for a tutor group of twelve to "
     "fifteen, a mentor in their own school, four Saturday day schools and two placement days. "
     "Because participants are spread across England, almost all contact between day schools is "
     "online or by telephone.")

doc.add_heading("How to read the map", level=2)
key = [
    (DASH, "Nothing happens in this lane at this stage."),
    (f"{ARR} Note x.y", "See the note of that number after the map. Notes are numbered by stage: "
                        "Note 6.2 is the second note on Stage 6."),
    ("(planned)", "Not yet in place for the first cohort."),
    ("TMA / ECA", "Tutor-marked assignment / end-of-course assessment."),
]
kt = doc.add_table(rows=0, cols=2)
kt.style = "Table Grid"
for k, v in key:
    c = kt.add_row().cells
    set_cell(c[0], k, bold=True)
    set_cell(c[1], v)

doc.add_heading("About SD71", level=2)
about = [
    ("Award", "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination), "
              "a University of Tarnwell award; programme approved by the University\u2019s Faculty "
              "Board for Education on 14 January 2009"),
    ("Credit", "60 credits: Block 1, 20 credits at Level 6; Blocks 2 and 3, 20 credits each at "
               "Level 7"),
    ("Study pattern", "About 10 hours a week for 36 weeks (standard pace) or 72 weeks (extended pace)"),
    ("Starts", "February and September each year; first cohort September 2009"),
    ("Fee", "\u00a31,480, including day schools and all study materials"),
    ("Day school centres", "Dunmarket (North), Kellisford (Midlands), Saltcote (South West), "
                           "Hartshollow (South East)"),
]
at = doc.add_table(rows=0, cols=2)
at.style = "Table Grid"
for k, v in about:
    c = at.add_row().cells
    set_cell(c[0], k, bold=True)
    shade(c[0], "DCE6F0")
    set_cell(c[1], v)
para("")
para("Block 1 is set at Level 6 as a bridge for teachers who have not studied since their initial "
     "training; under the University\u2019s regulations a Postgraduate Certificate requires at least "
     "40 of its 60 credits at Level 7.")

doc.add_heading("Aims", level=2)
para("SD71 exists to raise the achievement and improve the well-being of children and young people "
     "with special educational needs and/or disabilities: achievement in the full sense of the five "
     "Every Child Matters outcomes, not attainment alone. It does this by developing the knowledge, "
     "understanding and skills of the teachers who lead provision for them. Every block ends in "
     "work done in the participant\u2019s own school, and the ECA is marked on the effect the "
     "participant\u2019s enquiry has had on the progress and well-being of the pupils it targeted, "
     "measured against a baseline.")

# ------------------------------------------------------------ the map (landscape)
s1 = doc.add_section()
s1.orientation = WD_ORIENT.LANDSCAPE
s1.page_width, s1.page_height = s0.page_height, s0.page_width
s1.left_margin = s1.right_margin = Cm(1.3)
doc.add_heading("The participant process map", level=1)

lanes = ["Stage", "Participant", "School (headteacher, mentor)", "Associate Tutor",
         "Programme team", "Registry and Assessment", "Partners"]
stages = [
    ("1  Enquiry and application",
     f"Reads the Programme Guide (print, large print, audio or web). Applies on form SD71-A with "
     f"headteacher\u2019s nomination. May return the confidential Access Form {ARR} Note 1.2",
     "Headteacher nominates: confirms participant is, or will within a year be, the SENCO; agrees "
     "release for four day schools and two placement days; names an in-school mentor.",
     DASH,
     f"Answers enquiries within two working days {ARR} Note 1.1. Disability Liaison Adviser "
     f"contacts every applicant who returns an Access Form {ARR} Note 1.2",
     "Checks QTS on the GTC register and current employment as a teacher.",
     "Partner LAs circulate the Programme Guide to their SENCO networks."),
    ("2  Admission",
     f"Accepts offer. Chooses start (February or September) and pace {ARR} Note 4.1",
     DASH,
     f"Enhanced CRB disclosure (ATs only), renewed every three years {ARR} Note 2.3",
     f"Admits on QTS, role and nomination {ARR} Note 2.1. Fee and funding {ARR} Note 2.2",
     f"Registers participant; issues TarnLearn log-in. No CRB record held for participants "
     f"{ARR} Note 2.3",
     DASH),
    ("3  Entry Profile and learning plan (before Block 1)",
     f"Completes the online Entry Profile against each national minimum outcome, with examples; "
     f"uploads school SEN policy and provision map. Applies for credit transfer if eligible "
     f"{ARR} Note 3.1",
     "Mentor adds comments on the school\u2019s context to the Entry Profile.",
     f"Reads Entry Profile. 40-minute telephone tutorial. Agrees the Individual Learning Plan, "
     f"with personal outcome targets {ARR} Note 3.2",
     "Allocates AT, matched by phase. Posts the learning plan to the mentor.",
     "Records learning plan and any credit transfer.",
     DASH),
    ("4  Induction day school (week 0)",
     "Attends induction day school at chosen centre; meets AT and tutor group; first session on "
     "TarnLearn.",
     "Mentor invited to the afternoon mentor briefing (one hour).",
     f"Leads tutor-group session; opens tutor-group forum {ARR} Note 4.2",
     f"Runs the day; venue access checked {ARR} Note 1.2",
     DASH,
     f"LA professional centres host the day schools {ARR} Note 4.1"),
    ("5  Block 1, weeks 1-10 (Level 6)",
     f"Studies Block 1. Weekly forum task. School tasks each week. TMA01 {ARR} Note 5.1",
     "Mentor meets participant twice; signs off school tasks.",
     "Moderates forum; replies within two working days; marks TMA01 with feedback (score not "
     "counted).",
     f"Two live online seminars (recorded). Study resources {ARR} Note 5.2",
     DASH,
     DASH),
    ("6  Block 2, weeks 11-22",
     f"Studies Block 2. Day school 2. Pupil case study in own school. Two placement days in a "
     f"contrasting specialist setting {ARR} Note 6.2. TMA02 {ARR} Note 6.1",
     "Headteacher releases participant for placement; mentor supports the case study.",
     "Forum; two telephone tutorials; marks TMA02.",
     "Keeps register of host settings; confirms each placement with the host.",
     "Records TMA02 score.",
     f"Host special schools and resource bases. LA educational psychologists and speech and "
     f"language therapists lead live online seminars {ARR} Note 6.2"),
    ("7  Block 3, weeks 23-34",
     f"Studies Block 3. Leads a school-based enquiry that changes SEN provision. Day school 3 "
     f"(enquiry conference: posters, not assessed) {ARR} Note 7.1",
     "Headteacher agrees enquiry focus and signs ethics form. Mentor observes participant "
     "coaching a colleague; written feedback.",
     "Three enquiry tutorials; forum.",
     "Approves enquiry plans (ethics).",
     DASH,
     f"At least one external service or voluntary organisation works with the participant on the "
     f"enquiry {ARR} Note 7.1"),
    ("8  End-of-course assessment (week 36)",
     f"Submits the ECA through TarnLearn {ARR} Note 8.1",
     "Headteacher signs the statement of authenticity.",
     "First-marks the ECA against the marking guide.",
     DASH,
     "Logs submission; anonymises scripts for second marking.",
     DASH),
    ("9  Marking, monitoring and moderation",
     DASH,
     DASH,
     f"Marking monitored by staff tutor {ARR} Note 9.1",
     f"Staff tutors monitor each AT\u2019s marking; second marking; moderation meeting "
     f"{ARR} Note 9.2",
     "Examination and Assessment Board with the external examiner.",
     DASH),
    ("10  Award",
     f"Receives result {ARR} Note 10.1",
     "Headteacher receives copy of result letter (with participant\u2019s consent).",
     DASH,
     DASH,
     "Confers award; issues transcript. Credit may count towards the MA in Inclusive Education.",
     DASH),
    ("11  After the award",
     DASH,
     f"Further professional targets: the school\u2019s performance management {ARR} Note 11.1",
     DASH,
     "Alumni e-newsletter (planned)",
     DASH,
     DASH),
    ("12  Evaluation and review (annual)",
     f"End-of-block online surveys. Exit Profile repeats the Entry Profile ratings {ARR} Note 12.3",
     f"Headteacher survey six months after the award {ARR} Note 12.3",
     "End-of-year AT report.",
     f"Programme Annual Review and action plan; impact report {ARR} Note 12.1",
     "Completion, pass and withdrawal data by gender, ethnicity and disability.",
     f"Stakeholder Reference Group reviews the Annual Review and impact report {ARR} Note 12.2. "
     f"External examiner\u2019s report."),
]
mp = doc.add_table(rows=1, cols=7)
mp.style = "Table Grid"
widths = [Cm(3.2), Cm(4.6), Cm(3.8), Cm(3.4), Cm(4.0), Cm(3.4), Cm(4.0)]
for c, h, w in zip(mp.rows[0].cells, lanes, widths):
    set_cell(c, h, bold=True, size=8.5, color="FFFFFF")
    shade(c, "1F4E79")
    c.width = w
for i, row in enumerate(stages):
    cells = mp.add_row().cells
    for j, (c, v, w) in enumerate(zip(cells, row, widths)):
        set_cell(c, v, bold=(j == 0), size=8)
        c.width = w
        if j == 0:
            shade(c, "DCE6F0")
        elif v == DASH:
            shade(c, "F2F2F2")
# repeat header row on each page
trpr = mp.rows[0]._tr.get_or_add_trPr()
trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))

# ------------------------------------------------------------ notes (portrait)
s2 = doc.add_section()
s2.orientation = WD_ORIENT.PORTRAIT
s2.page_width, s2.page_height = s0.page_width, s0.page_height
s2.left_margin = s2.right_margin = Cm(2.0)
doc.add_heading("Notes to the map", level=1)

doc.add_heading("Stage 1", level=2)
note("1.1", "Programme Guide and enquiries",
     "The Programme Guide describes SD71 in full, including the weekly study time, the day school "
     "dates, the placement and the assessment, so that applicants and headteachers know what they "
     "are committing to. It is available in print, large print, audio CD and as an accessible web "
     "page, and it sets out in its first pages the University\u2019s Disability Equality Scheme, "
     "what adjustments are possible and how to ask for them. Enquiries are answered by the "
     "programme team by telephone or e-mail within two working days.")
note("1.2", "Disability: disclosure and adjustments",
     "Every application pack includes the confidential Access Form, which asks about any "
     "disability, specific learning difficulty or health condition that may affect study. The form "
     "explains why we ask, is seen only by the Disability Liaison Adviser and plays no part in "
     "admission. The Adviser telephones every applicant who returns it within ten working days and "
     "agrees a written Support Plan, which the AT and, with the participant\u2019s consent, the "
     "placement host receive. Support Plans commonly include study materials in alternative formats "
     "(all SD71 print is also supplied as accessible Word and PDF files, on audio, in large print "
     "or in Braille), extended TMA deadlines, software for screen reading, and a BSL interpreter or "
     "note-taker for day schools. TarnLearn is tested with screen readers and against the W3C "
     "accessibility guidelines. Day school venues are checked each year for level access, "
     "accessible toilets, parking and a hearing loop. Block 1 includes disability equality as "
     "content, and the materials feature disabled teachers and pupils as contributors rather than "
     "only as subjects. SODE monitors applications, completions and results by disability, gender "
     "and ethnicity (Stage 12) under the University\u2019s Disability Equality Scheme 2007-2010 and "
     "Race Equality Policy.")

doc.add_heading("Stage 2", level=2)
note("2.1", "Admission",
     "Admission rests on three things: qualified teacher status, the role (in post as SENCO, or "
     "designated to take up the role within twelve months) and the headteacher\u2019s nomination. "
     "The Entry Profile is completed after admission and is used for planning only; it plays no "
     "part in the admission decision. In practice SD71 admits every qualified teacher who is "
     "nominated by his or her headteacher as SENCO.")
note("2.2", "Fee and funding",
     "The fee of \u00a31,480 covers all materials, day schools and tutorials. The block materials are "
     "written once by specialist authors and revised each year rather than rewritten for each "
     "cohort, and one AT supports twelve to fifteen participants at a distance, so SD71 reaches "
     "teachers in areas with no local provider at a cost per participant well below that of "
     "face-to-face delivery. TDA-funded places are allocated in order of application.")
note("2.3", "Background checks",
     "Registry does not request, verify or record CRB disclosures for SD71 participants. "
     "Participants are serving teachers and their employers hold the check, as the School "
     "Staffing Regulations require of them. Host settings for placements may ask participants to "
     "show their disclosure on arrival. All Associate Tutors, who may visit participants\u2019 "
     "schools, must hold an enhanced CRB disclosure, which Registry records and renews every three "
     "years.")

doc.add_heading("Stage 3", level=2)
note("3.1", "Credit transfer",
     "A participant who holds Level 7 credit in a relevant subject from a recognised institution, "
     "gained within the last five years, may transfer up to 20 credits against Block 1 or Block 2 "
     "under the University\u2019s credit transfer procedure, on the evidence of a transcript. Some "
     "universities also accredit prior experiential learning for experienced SENCOs. SODE does not: "
     "SD71\u2019s assessment is built around the participant\u2019s current school, and APEL is not "
     "available on SD71.")
note("3.2", "The Individual Learning Plan",
     "The AT and the participant agree the Individual Learning Plan in a telephone tutorial before "
     "Block 1 begins. The plan records, outcome by outcome, the participant\u2019s starting point "
     "as shown by the Entry Profile and the evidence attached to it, and the mentor\u2019s comments. "
     "From that it sets out which study weeks the participant will take in depth and which in "
     "outline (a participant whose profile shows secure, current knowledge of the Code of "
     "Practice may take Weeks 1 and 2 in outline and spend the time on the weeks where the profile "
     "is weakest), which school tasks will be adapted to the participant\u2019s school, and at "
     "least two personal outcome targets written for that participant\u2019s school and role, in "
     "addition to the national minimum outcomes: for example \u2018to establish a shared "
     "provision map across the three schools of my federation\u2019 or \u2018to lead our first "
     "annual reviews of statements under the new local authority arrangements\u2019. Progress "
     "towards the personal targets is reported in the ECA.")
note("3.3", "Review of the learning plan",
     "At the end of each block the AT and participant review the plan by telephone: the in-depth "
     "and outline choices for the next block are adjusted in the light of the TMA feedback, and "
     "progress towards the personal targets is recorded. The mentor receives the revised plan.")

doc.add_heading("Stage 4", level=2)
note("4.1", "Starts, pace and modes of study",
     "SD71 starts twice a year, in February and September. At admission, or at any review of the "
     "learning plan, a participant may choose the standard pace (three blocks in 36 weeks) or the "
     "extended pace (one block at a time, with a break of up to one term between blocks, over 72 "
     "weeks), and may transfer to a later cohort (see V3). Study is blended: print and online study "
     "units, the tutor-group forum, live online seminars, telephone tutorials, and four Saturday "
     "day schools. Each day school runs on two Saturdays at each of the four regional centres, "
     "hosted by the partner local authorities\u2019 professional centres, so that participants can "
     "choose both date and place. The blocks are studied in order.")
note("4.2", "TarnLearn and support between day schools",
     "Each tutor group has its own forum on TarnLearn, moderated by the AT, who posts a task each "
     "study week and answers questions within two working days; there is also a forum for the whole "
     "cohort and a private messaging facility, and participants are encouraged to form study pairs "
     "with a participant in another school. Between day schools participants contact their AT by "
     "forum, e-mail or telephone, and each AT holds an evening online surgery once a fortnight. Live "
     "online seminars use the University\u2019s web-conferencing system and are recorded for those "
     "who cannot attend. ATs share practice with one another and with the programme team in a staff "
     "forum. Schools and mentors do not have access to TarnLearn: the programme team writes to "
     "mentors by post at the start of each block, and the AT telephones each mentor once a block.")

doc.add_heading("Stage 5", level=2)
note("5.1", "Block 1 and TMA01",
     "Block 1 is outlined below. TMA01 is formative: the AT gives detailed written feedback, but "
     "the score is not counted towards the award.")
note("5.2", "Study resources",
     "All study materials are supplied in print and online. Participants have full access to the "
     "University\u2019s electronic library through Athens, including the main SEN journals, and to "
     "a DVD of classroom and review-meeting footage filmed for Block 2. SD71 does not provide or "
     "lend specialist technology: participants are expected to use the assistive technology and "
     "software available in their own schools for the Week 15 tasks.")

doc.add_heading("Stage 6", level=2)
note("6.1", "Block 2 and TMA02",
     "Block 2 is outlined below. TMA02 is summative and carries 30 per cent of the overall score.")
note("6.2", "Placements and specialist expertise",
     "Every participant spends two days in a specialist setting that contrasts with his or her own "
     "school: a special school, a resource base or a specialist support service, chosen from the "
     "programme team\u2019s register of 46 host settings in the four regions. Each host has agreed "
     "the SD71 placement brief: the participant shadows the SENCO or a specialist teacher, observes "
     "at least two sessions, and carries out a structured task linked to the Block 2 outcomes "
     "(usually a comparison of how the host and the participant\u2019s school assess and plan for "
     "one type of need). The host signs a placement record, which the AT reads. Specialist "
     "expertise reaches participants in three further ways: the educational psychologists, speech "
     "and language therapists and autism advisory teachers of the partner authorities lead the live "
     "online seminars in Block 2; each block\u2019s materials are written or reviewed by specialists "
     "in the field; and each day school includes workshops led by specialist practitioners.")

doc.add_heading("Stage 7", level=2)
note("7.1", "The school-based enquiry",
     "In Block 3 each participant plans, leads and evaluates a change in SEN provision in his or her "
     "own school, agreed with the headteacher. The enquiry must involve at least one external "
     "service or voluntary organisation as a partner (for example the educational psychology "
     "service, a health visitor team, a local autism support group or a parents\u2019 organisation), "
     "and must take baseline and end-point measures for the pupils it targets. Day school 3 is an "
     "enquiry conference at which participants present posters of work in progress to one another; "
     "the posters are discussed but not assessed.")

doc.add_heading("Stage 8", level=2)
note("8.1", "The ECA",
     "The ECA is the enquiry report, 6,000 words, and carries 70 per cent of the overall score. What "
     "it is marked for is set out under Block 3 below.")

doc.add_heading("Stage 9", level=2)
note("9.1", "People: the programme team, Associate Tutors and mentors",
     "SD71 is led by Dr Fiona Garside, who was a SENCO for nine years and an LA SEN adviser for "
     "six, and whose EdD was on provision management in secondary schools. Two staff tutors manage "
     "the ATs: Mr Owen Pryce, formerly headteacher of a primary special school, and Ms Leila "
     "Haddad, a specialist teacher for speech, language and communication needs with an MA in "
     "inclusive education. Block authors include the University\u2019s Centre for Inclusion "
     "Research and practitioners from the partner authorities.",
     "ATs are recruited by application and interview. Each must have worked as a SENCO, an SEN "
     "adviser or a specialist teacher within the last five years and hold a masters degree. New ATs "
     "complete a two-day induction, receive the AT Handbook (the role, response times, "
     "tutorial and forum practice, the marking guides and the University\u2019s assessment "
     "regulations) and are paired with an experienced AT for their first cohort. All ATs attend an "
     "annual development conference that includes a standardisation exercise on anonymised scripts "
     "and a briefing on developments in SEN policy. Staff tutors monitor every AT: a sample of "
     "each AT\u2019s marked TMAs is read each assignment and a written monitoring report returned "
     "to the AT, and forum practice is reviewed each block. Mentors receive a printed Mentor Pack "
     "setting out what they are asked to do at each stage of the map, are invited to a one-hour "
     "briefing at the induction day school, and are telephoned by the AT once a block.")
note("9.2", "Second marking, moderation and the external examiner",
     "Twenty per cent of each AT\u2019s TMA02 and ECA scripts, and every fail, are second-marked by "
     "a staff tutor. Marks are moderated at a meeting of staff tutors and the Programme Leader "
     "before the Examination and Assessment Board. The external examiner, Professor Ruth "
     "Oldroyd of the University of Carrow Vale, sees a sample from every AT and all fails, attends "
     "the Board and reports annually to the University.")

doc.add_heading("Stage 10", level=2)
note("10.1", "The award",
     "A participant passes SD71 with a score of at least 50 in TMA02 and at least 50 in the ECA. The "
     "overall score (TMA02 30 per cent, ECA 70 per cent) determines a pass, merit (65) or "
     "distinction (75). TMA01 does not count. Taken together, TMA01, TMA02 and the ECA give every "
     "participant the opportunity to demonstrate all of the national minimum outcomes.")

doc.add_heading("Stage 11", level=2)
note("11.1", "After the award",
     "SODE regards the setting of further professional targets after the award as a matter for the "
     "participant and the school\u2019s performance management arrangements. An alumni e-newsletter "
     "with news of further study is planned for 2010.")

doc.add_heading("Stage 12", level=2)
note("12.1", "Evaluation and the Programme Annual Review",
     "Evidence is gathered from end-of-block surveys of participants, forum and TarnLearn use, the "
     "ATs\u2019 end-of-year reports, the staff tutors\u2019 monitoring reports, TMA and ECA scores, "
     "completion and withdrawal data, placement records, the external examiner\u2019s report and "
     "the comments of the Stakeholder Reference Group. The Programme Leader draws these into a "
     "Programme Annual Review, which covers recruitment and admission, learning plans (a sample is "
     "audited each year by a staff tutor), the block materials and school tasks, placements, "
     "assessment and evaluation itself. The Review goes to the Faculty Learning, Teaching and "
     "Quality Committee, which signs off its action plan; the University also reviews every "
     "programme externally every five years. Block materials are revised each summer in the light "
     "of the action plan and of new research, inspection reports and guidance (the 2009 revision "
     "adds the Bercow Review and the Inclusion Development Programme), and each new cohort is told "
     "on TarnLearn what has changed and why.")
note("12.2", "Stakeholders",
     "The design of SD71 drew on a survey in spring 2008 of the 212 teachers who had completed "
     "SODE\u2019s short course E19 Introducing SEN between 2004 and 2008: 131 replied, most of them "
     "SENCOs or about to become SENCOs. They asked above all for flexibility over when and how fast "
     "to study, for tasks set in their own schools rather than essays, and for help with leading "
     "colleagues. Because SD71 recruits nationally, SODE did not survey headteachers or local "
     "authorities. The views of our partners and of the survey respondents were taken into account "
     "throughout the design of the programme.",
     "From 2009 a Stakeholder Reference Group advises the programme. Its members are an SEN officer "
     "from each of the three partner local authorities, two headteachers whose SENCOs are taking "
     "SD71, a parent representative nominated by the Kellisford Parent Partnership Service, a "
     "representative of the Northern Autism Alliance (a voluntary organisation) and a former E19 "
     "participant. It meets each June to consider the draft Programme Annual Review and the impact "
     "report (Note 12.3); its comments are minuted and the Programme Leader records in the action "
     "plan how each has been answered. Partners also take part in the programme itself: they host "
     "the day schools, lead the Block 2 seminars and provide placements.")
note("12.3", "Measuring impact",
     "Growth in participants\u2019 competence and confidence is measured by the Exit Profile, which "
     "repeats the Entry Profile ratings outcome by outcome; the change is analysed for each cohort "
     "and each outcome and reported in the Programme Annual Review. Impact on pupils is measured "
     "through the ECA: every enquiry must record baseline and end-point measures for the pupils it "
     "targets, chosen to fit the enquiry (for example reading age, P scale or national curriculum "
     "levels, attendance, or a well-being measure such as the Boxall Profile), and the participant "
     "must evaluate the change. The programme team collates these measures across the cohort into "
     "an annual impact report. Six months after the award each participant\u2019s headteacher is "
     "sent a short survey asking what has changed in the school\u2019s SEN provision and in the "
     "progress of the pupils concerned; the replies are added to the impact report.")

# ------------------------------------------------------------ block outlines
doc.add_heading("Block outlines", level=1)
para("Each study week ends with a school task linked to the outcomes studied that week, signed off "
     "by the mentor.", italic=True)

doc.add_heading("Block 1: The SENCO, the law and the learner (20 credits, Level 6), weeks 1-10",
                level=2)
for w in [
    "Week 1  The SENCO\u2019s role; the Education (Special Educational Needs Coordinators) (England) "
    "Regulations 2008",
    "Week 2  The Education Act 1996, the SEN and Disability Act 2001 and the SEN Code of Practice "
    "(2001): School Action, School Action Plus, statutory assessment, statements and reviews; "
    "putting the Code into practice in school; Removing Barriers to Achievement (2004)",
    "Week 3  Disability equality: the Disability Discrimination Act 1995 and 2005, the Disability "
    "Equality Duty, reasonable adjustments and accessibility planning",
    "Week 4  Every Child Matters and the Children Act 2004: the five outcomes and the SENCO\u2019s "
    "part in helping pupils achieve them",
    "Week 5  How children develop: cognitive, language, social and emotional development, and how "
    "SEN, disability and the physical and social environment affect it",
    "Week 6  Keeping up to date: where developments in SEN are reported, professional associations, "
    "journals and the Inclusion Development Programme",
    "Weeks 7-8  The common types of SEN and disability: behavioural, emotional and social "
    "difficulties; specific learning difficulties including dyslexia; speech, language and "
    "communication needs; autistic spectrum disorders; moderate learning difficulties; how each "
    "affects learning",
    "Week 9  What research and inspection tell us: Ofsted\u2019s reports of 2004 and 2006, the "
    "Bercow Review (2008), and recent research on effective provision",
    "Week 10  TMA01",
]:
    para("\u25aa " + w)
para("TMA01 (formative, not counted): 2,500 words on how the law and Every Child Matters shape the "
     "provision for one pupil in the participant\u2019s school, and what the participant knows of "
     "that pupil\u2019s development and type of need. Written feedback from the AT; the score is "
     "recorded for the learning plan review only.")

doc.add_heading("Block 2: Assessing and meeting needs (20 credits, Level 7), weeks 11-22", level=2)
for w in [
    "Week 11  Identifying pupils who may have SEN: classroom observation, data and assessment",
    "Week 12  Setting challenging targets, planning interventions to remove barriers, individual "
    "education plans, reviewing progress",
    "Week 13  Tracking progress with national tests, P scales and other summative data, and "
    "changing programmes in the light of them",
    "Week 14  Using assessments from educational psychologists, therapists and other professionals "
    "to plan teaching",
    "Week 15  Approaches, strategies and resources for assessment, planning, teaching and "
    "learning, including ICT: a critical review",
    "Week 16 (optional)  Listening to pupils: pupil voice and pupils\u2019 part in their reviews. "
    "Forum posts for this week are logged in the participation record, which is not marked. (The "
    "pupil-voice assignment of the E19 short course has not been carried forward.)",
    "Week 17  Families: understanding parents\u2019 and carers\u2019 perspectives, sharing "
    "information, review meetings; day school 2 includes a workshop on review meetings. Advising "
    "parents is the role of the Parent Partnership Service and is not a focus of SD71.",
    "Week 18  Fair, respectful and constructive relationships with pupils with SEN and their "
    "families",
    "Week 19  Other services and agencies, statutory and voluntary: their scope and roles, making "
    "referrals, getting specialist support and resources, working in partnership",
    "Week 20  Access arrangements: identifying in good time the arrangements pupils need for "
    "national tests and public examinations, and working with colleagues to put them in place",
    "Weeks 21-22  Placement; TMA02",
]:
    para("\u25aa " + w)
para("TMA02 (summative, 30 per cent): a 4,000-word case study of one pupil in the participant\u2019s "
     "school. Marked for: identifying the pupil\u2019s needs, setting targets, planning and reviewing "
     "interventions; understanding of the pupil\u2019s type of need and its effect on learning; use of "
     "at least two other professionals\u2019 assessments; critical use of approaches and resources, "
     "including ICT; the fair and respectful relationship the participant has built with the pupil; "
     "and an access arrangements plan for the pupil\u2019s next national tests or examinations, "
     "agreed with the colleagues who will put it in place.")

doc.add_heading("Block 3: Leading provision (20 credits, Level 7), weeks 23-34", level=2)
for w in [
    "Week 23  The SENCO as strategic leader: working with the headteacher, senior team and "
    "governors on an inclusive ethos, policy, priorities and resources; gaining colleagues\u2019 "
    "commitment",
    "Week 24  Provision mapping and provision management; finding ineffective or missing provision",
    "Week 25  Deploying and managing teaching assistants and other support staff",
    "Week 26  Developing colleagues: observation and feedback, modelling, coaching and mentoring, "
    "planning INSET",
    "Week 27  Evaluating provision with colleagues; the principles of school self-evaluation, the "
    "SEF and improvement planning",
    "Week 28  Judgement: anticipating and resolving problems and making well-founded decisions about "
    "provision, through case dilemmas",
    "Week 29  Communicating: writing for governors, parents and colleagues; listening to and "
    "understanding the views of others",
    "Week 30  Using research evidence and external advice to improve practice in school",
    "Weeks 31-34  The enquiry",
]:
    para("\u25aa " + w)
para("ECA (summative, 70 per cent): the 6,000-word enquiry report (Note 7.1). Marked for: working "
     "with senior colleagues and governors to influence policy and the use of resources; gaining the "
     "commitment of the headteacher and senior colleagues; use of the provision map to plan the "
     "change and to find ineffective or missing provision; deployment and management of staff; the "
     "coaching cycle with a colleague, with the mentor\u2019s observation notes; reviewing the "
     "provision with other staff to inform the school\u2019s self-evaluation, and understanding of "
     "the principles of self-evaluation and improvement; the judgements made about provision and how "
     "they are justified by evidence; use of research and external advice, and knowledge of best "
     "practice; compliance of the change with the SEN Code of Practice and the disability equality "
     "duties; the scope and role of the external service or organisation involved, how its support "
     "was obtained and how the partnership worked; the clarity of the written report; the effect on "
     "the target pupils\u2019 progress and well-being against the baseline; and progress towards the "
     "personal outcome targets.")

# ------------------------------------------------------------ variations
doc.add_heading("Variations to the standard route", level=1)
doc.add_heading("V1  Direct Assessment", level=3)
para("In exceptional cases a candidate whose experience already meets the outcomes \u2013 typically "
     "a teacher from an SEN advisory or support service, or an experienced SENCO who has not held "
     "an accredited qualification \u2013 may be assessed without studying the blocks. The candidate "
     "applies with a curriculum vitae and a 3,000-word statement mapped against each of the national "
     "minimum outcomes; the Programme Leader and a staff tutor interview the candidate by "
     "telephone; if accepted, the candidate is registered for assessment only, has two tutorials "
     "with an AT, and submits TMA02 and the ECA, which are marked, second-marked and moderated "
     "exactly as for other participants. The fee is \u00a3620. Candidates whose statement shows gaps "
     "are advised to take the standard route instead.")
doc.add_heading("V2  Break in study", level=3)
para("A participant may suspend study for up to twelve months for illness, maternity or a change of "
     "post, keeping all credit gained, and rejoin at the start of the next block.")
doc.add_heading("V3  Transfer between cohorts", level=3)
para("A participant may transfer once, without charge, to the next February or September cohort.")

# ------------------------------------------------------------ sign-off
para("")
so = doc.add_table(rows=0, cols=2)
so.style = "Table Grid"
for k, v in [("Process owner", "Programme Leader, SD71"),
             ("Approved by", "Faculty Learning, Teaching and Quality Committee, 14 January 2009"),
             ("Next review", "January 2010")]:
    c = so.add_row().cells
    set_cell(c[0], k, bold=True, size=9)
    shade(c[0], "DCE6F0")
    set_cell(c[1], v, size=9)

doc.save(OUT)
print("wrote", OUT)
