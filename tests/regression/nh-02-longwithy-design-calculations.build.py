"""nh-02-longwithy-design-calculations: builds nh-02-longwithy-design-calculations.docx next to itself.

Provider (invented): Longwithy Basket School, Teme Vale, a basket-making school with its own withy beds whose
Living Structures workshop designs and builds large living willow tunnels and domes. It runs the National Award
for SEN Coordination ("The Long Tunnel", Job 0907) for Wyeshire County Council (invented), validated by the
University of Bredonbury (invented). February 2009.

Document kind and layout: the workshop's structural design calculations pack, Issue P2 "for approval", written
the way it writes calculations for a living willow tunnel. No heading styles at all: every sheet opens with a
title-block table (merged cells: school, job, sheet number, section, calc by / checked by, revision), and the
body of every sheet is a three-column calculation table (Ref. | Calculations | Output) with terse numbered steps:
"Adopt", "Check" and "OK". Sheet 1 has a revision table and a VML text box stamp; Sheet 2 keys the codes
used seven sheets later in the Member Schedule (PL1-PL3, "V", "NC", a dash); Sheet 4 has a nested load table;
Sheet 9 is the Member Schedule (the outcomes) with merged, shaded group rows; Sheet 11 holds the safeguarding
check in a second text box. Four footnotes (three on the tutors' qualifications, one holding a hope), three Word comments (the
checker's queries), tracked changes by D. Holloway (a deleted sentence inside a calculation cell, a changed
cell in the Member Schedule). Header and footer with PAGE / NUMPAGES fields.

Traps (requirement ids):
- Credits are a placeholder, "Credit value: [TBC]", while a checker's comment says the University says 60:
  comments never count (E.2 partially_met; Master's level is stated).
- The design aim is attainment only: "raise the attainment of pupils ... in English and mathematics" (1.1
  partially_met).
- Assessment-only "Route B" is a past arrangement: it was in Rev P1 and "removed at P2" (2.3 not_met).
- The Ground Investigation (needs assessment) sets the group's Arches only: "No individual plan is drawn" (2.2
  partially_met). Individual tailoring through Bay Task choice and tutorials, and the fee, keep 2.4 met.
- One intake a year and Arches in a fixed order; only the Bay Board makes it blended (3.2 partially_met).
- E-learning applies (the Bay Board on Moodle). The sentence saying tutors read and reply to every post is a
  deleted tracked change, and the Board holds no teaching material: peer support and between-session contact
  only (3.3 partially_met).
- "No placement or visit is part of the design" and "no outside speakers" (5.5 not_met).
- Ground Anchors (mentors) "receive the Course Handbook by post; no training is given"; tutors are briefed; a
  checker's comment about a heads' twilight does not count (5.7 partially_met).
- Impact on pupils "is not calculated in this design"; the hope of collecting pupils' data is only a footnote;
  participants' confidence is measured (5.9 partially_met).
- Further targets: a brochure, and a tutor at the performance-management meeting only "Where a head asks for
  it" (2.5 partially_met).
- The award rule is three passed Proof Loads and attendance, while Sheet 9 has "V" and "NC" Members; a checker's
  comment questions it (6.0 partially_met; 1.9 partially_met).
- Tutors' qualifications are given in footnotes, which are part of the document (5.4 met).
- The CRB and List 99 checks are in a text box on Sheet 11, which is part of the document (5.3 met).
- Member Schedule, keyed on Sheet 2: M3 (time, delegation) "Not in this design" with a reason (6.A3 not_met:
  negation); M11 says "Development" but is about how adults and the participant learn, the right words about
  the wrong thing (6.K4 not_met); M22 (exam access arrangements) is left to "each school's examinations
  officer", someone else's responsibility (6.S2d not_met); M7 and M28 are "V" (6.A7, 6.S8 partially_met); M9
  and M17 are "NC" (6.K2, 6.S1 partially_met); M21's Arch cell is a tracked change from A5 to a dash, so it is
  proof-loaded but not taught (6.S2c partially_met).
- Stakeholders: the 2008 survey and what changed (4.1, 4.2 met); the Steering Group with heads, former
  participants and a parent reads evaluations and agrees changes (4.3 met).
"""
from pathlib import Path
import sys

from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _nh_helpers import (new_document, para, add_runs, table, cell_text, cell_para, shade_cell, set_widths,
                         repeat_header, ins_run, del_run, cell_change, comment, Footnotes, text_box,
                         header_footer, page_break, word_count)

HERE = Path(__file__).parent
OUT = HERE / "nh-02-longwithy-design-calculations.docx"
GREY = "D9D9D9"
PALE = "EDEDED"
DH, DHD = "D. Holloway", "2009-02-10T16:40:00Z"
NSHEETS = 12

doc = new_document(font="Arial", size=9, margins_cm=1.8)
fn = Footnotes(doc)
header_footer(doc, ["Longwithy Basket School  \u00b7  Living Structures  \u00b7  Job 0907 The Long Tunnel  \u00b7  "
                    "Calculations, Issue P2"],
              ["These calculations are the copyright of Longwithy Basket School, Teme Vale. Do not scale. "
               "Read with drawings LT/01 to LT/04."])


def title_block(sheet_no, section, rev="P2"):
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(a, [("LONGWITHY BASKET SCHOOL  \u00b7  LIVING STRUCTURES", {"bold": True, "size": 10})])
    cell_text(t.cell(0, 2), "Job No.", size=8, fill=PALE)
    cell_text(t.cell(0, 3), "0907", bold=True, size=9)
    b = t.cell(1, 0).merge(t.cell(1, 1))
    cell_text(b, [("Job: ", {"size": 8}), ("The Long Tunnel: National Award for SEN Coordination",
                                             {"bold": True, "size": 9})])
    cell_text(t.cell(1, 2), "Sheet", size=8, fill=PALE)
    cell_text(t.cell(1, 3), f"{sheet_no} of {NSHEETS}", bold=True, size=9)
    cell_text(t.cell(2, 0), [("Section: ", {"size": 8}), (section, {"bold": True, "size": 9})])
    cell_text(t.cell(2, 1), "Calc by DH   02/09   Chk'd MR   02/09", size=8)
    cell_text(t.cell(2, 2), "Rev", size=8, fill=PALE)
    cell_text(t.cell(2, 3), rev, bold=True, size=9)
    set_widths(t, [7.0, 6.0, 1.8, 2.6])
    para(doc, "", after=2)
    return t


def calc_table():
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Ref.", "Calculations", "Output"]):
        cell_text(t.cell(0, j), h, bold=True, size=8.5, fill=GREY)
    repeat_header(t.rows[0])
    return t


def row(t, ref, calc, out):
    """calc: str or list of items (str or list-of-(text, fmt)); returns the new row."""
    r = t.add_row()
    cell_text(r.cells[0], ref, size=8)
    items = calc if isinstance(calc, list) else [calc]
    first = True
    for it in items:
        parts = [(it, {"size": 9})] if isinstance(it, str) else [(x, dict(f, size=f.get("size", 9))) for x, f in it]
        if first:
            cell_text(r.cells[1], parts)
            first = False
        else:
            cell_para(r.cells[1], parts)
    cell_text(r.cells[2], [(out, {"bold": True, "size": 8.5})])
    return r


def finish(t):
    set_widths(t, [2.8, 11.6, 3.0])


def sheet_break():
    page_break(doc)


# ================================================================== Sheet 1
title_block(1, "Cover, contents and revisions")
p = para(doc, [("DESIGN CALCULATIONS", {"bold": True, "size": 18})], before=10)
text_box(p, [[("PRELIMINARY", {"bold": True, "size": 12, "color": "C00000"})],
             [("FOR APPROVAL  \u00b7  NOT FOR CONSTRUCTION", {"bold": True, "size": 9, "color": "C00000"})],
             [("Issue P2, February 2009", {"size": 8, "color": "C00000"})]],
         width_pt=150, height_pt=58, fill="FFFFFF", stroke="C00000")
para(doc, [("The Long Tunnel", {"bold": True, "size": 13}),
           (": a course for the National Award for SEN Coordination, designed by the Living Structures workshop "
            "for Wyeshire County Council and its schools, and validated by the University of Bredonbury.", {})])
para(doc, "We calculate every structure we build. A living willow tunnel forty metres long has to carry its own "
          "growth, wind on a bare winter frame and children running through it, and we do not plant one without "
          "a set of calculations that says what it must carry, how it is set out, how every member is checked "
          "and who checks it. When Wyeshire asked us to design its SENCO course we did the same, on the same "
          "sheets, and this is the pack our checker, Martin Rowe of the University, has checked. Codes used in "
          "the pack are keyed on Sheet 2.")
t = table(doc, [("Sheet", "Section", "Sheet", "Section"),
                ("1", "Cover, contents and revisions", "7", "Bays and ground anchors"),
                ("2", "Design basis and notation", "8", "Proof loading"),
                ("3", "Site and ground", "9", "Member schedule"),
                ("4", "Loads", "10", "Maintenance and inspection"),
                ("5", "Setting out", "11", "Checks on persons; access"),
                ("6", "Arch design", "12", "Materials and competent persons")],
          [1.4, 7.3, 1.4, 7.3], header_fill=GREY, size=8.5)
para(doc, "")
para(doc, [("Revisions", {"bold": True})], after=2)
table(doc, [("Rev", "Date", "Description", "By", "Chk'd"),
            ("P1", "11/08", "First issue, for comment by Wyeshire and the University.", "DH", "MR"),
            ("P2", "02/09", "Route B (assessment only) removed at the University's request. Arch 5 added after "
                            "the schools' survey (Sheet 4). Sheet 11 added. Member schedule revised.", "DH", "MR")],
      [1.2, 1.6, 11.4, 1.6, 1.6], header_fill=GREY, size=8.5)
sheet_break()

# ================================================================== Sheet 2
title_block(2, "Design basis and notation")
t = calc_table()
row(t, "Brief, Wyeshire CC, 06/08",
    ["1. The structure. A course of ten taught days (Arches) with the work in school between them (Bays), for "
     "teachers new to the role of SENCO in Wyeshire schools, leading to the National Award for SEN Coordination.",
     "2. Design aim. To raise the attainment of pupils with SEN and/or disabilities in English and mathematics in "
     "participants' schools, by improving the participant's knowledge and skills as SENCO.",
     "3. Design criterion. Measurable progress in the attainment of the pupils each participant works with."],
    "Aim: attainment")
row(t, "Design standards",
    ["SEN Code of Practice (DfES, 2001). TDA specification for nationally accredited SENCO training (2008). "
     "University of Bredonbury Regulations for Postgraduate Awards (2008)."], "Adopted")
row(t, "Notation",
    [[("A1 to A10", {"bold": True}), (": the ten Arches, taught days in the Long Shed (Sheet 6).", {})],
     [("Bay", {"bold": True}), (": the time in school between two Arches (Sheet 7).", {})],
     [("Ground Anchor", {"bold": True}), (": the participant's mentor in school (Sheet 7).", {})],
     [("GI", {"bold": True}), (": Ground Investigation, the assessment made before the course (Sheet 3).", {})],
     [("PL1, PL2, PL3", {"bold": True}), (": Proof Loads, the three marked assignments (Sheet 8). A Member "
                                          "with a PL entry in its Check column is marked in that Proof Load.", {})],
     [("V", {"bold": True}), (": visual inspection. The tutor looks at the Member in a short formative task and "
                              "writes feedback. Not marked; carries no credit.", {})],
     [("NC", {"bold": True}), (": not checked in this design.", {})],
     [("\u2014", {"bold": True}), (" (a dash): not in this design.", {})],
     [("Member", {"bold": True}), (": one of the national minimum outcomes (Sheet 9). Each Member has an "
                                   "Arch, where it is taught, and a Check.", {})]],
    "Key to Sheet 9")
finish(t)
sheet_break()

# ================================================================== Sheet 3
title_block(3, "Site and ground")
t = calc_table()
row(t, "Entry",
    ["1. Every site is a participant's own school. A participant must hold QTS, be the school's SENCO or be named "
     "by the head to become SENCO, and have the head's written support, including release for the ten Arches.",
     "2. The Course Leader interviews each applicant by telephone and reads the GI (below) before a place is "
     "confirmed.",
     "3. Where the GI and interview show that a participant lacks the grounding to reach the outcomes within the "
     "year (for example, no experience of coordinating any provision), the Course Leader writes to the head saying "
     "what the participant should do first, and offers a place the following September."],
    "Entry OK")
row(t, "GI",
    ["4. Ground Investigation. Before Arch 1 each participant completes a self-audit against the 29 Members of "
     "Sheet 9, scoring each 0 to 3, and returns it with the head's comments.",
     "5. The tutors read all returns together and use the totals to set the depth of each Arch for the group: a "
     "Member the group scores high on is covered more quickly, and the time saved goes to the Members the group "
     "scores low on."],
    "GI used for group design. No individual plan is drawn.")
row(t, "Univ. Regs 7.3",
    ["6. Prior learning. Up to 20 of the course's credits may be claimed through the University's Accreditation of "
     "Prior Learning procedure: for certificated study at Level 7 (APCL) or for experience shown in a portfolio "
     "mapped to the Members (APEL). Claims are assessed by the University's APL panel before Arch 1; a "
     "participant granted the credit is exempt from PL1.",
     "7. Route B, assessment only, was shown at Rev P1. It was removed at P2 at the University's request. All "
     "participants take Route A."],
    "APL: max 20 cr. Route A only")
finish(t)
sheet_break()

# ================================================================== Sheet 4
title_block(4, "Loads")
t = calc_table()
row(t, "Survey WS/08",
    ["1. Load data. In June 2008 we sent a questionnaire to the SENCOs of all 212 Wyeshire schools (97 returns), "
     "held two focus groups of headteachers (19 heads), and met the Wyeshire Parent Partnership Service and the "
     "County's SEN Team. We asked what new SENCOs most need to carry."],
    "97 returns")
r = row(t, "Survey WS/08, table 3",
        ["2. Principal loads and the design response:"], "See table")
lt = r.cells[1].add_table(rows=1, cols=4)
lt.style = "Table Grid"
for j, h in enumerate(["Load", "Source", "Value", "Design response"]):
    cell_text(lt.cell(0, j), h, bold=True, size=8, fill=PALE)
for ld in [("Provision mapping", "SENCO survey", "71% named it", "Arch 4; PL1"),
           ("Managing teaching assistants", "Heads' focus groups", "named by both groups", "Arch 4; PL3"),
           ("Tracking data", "SENCO survey", "58% named it", "Arch 5 added at Rev P2"),
           ("Working with parents", "Parent Partnership", "\u2014", "Arch 7"),
           ("Release from school", "Heads' focus groups", "max. 10 days a year", "10 Arches, not 12")]:
    rr = lt.add_row()
    for j, v in enumerate(ld):
        cell_text(rr.cells[j], v, size=8)
set_widths(lt, [3.0, 2.8, 2.6, 2.8])
cell_para(r.cells[1], [("", {})])
row(t, "",
    ["3. Governing load case: a new SENCO in a small primary school, with no earlier SEN training, released for "
     "no more than ten days.",
     "4. Check: every principal load in table 3 has a design response in these calculations."],
    "OK")
finish(t)
sheet_break()

# ================================================================== Sheet 5
title_block(5, "Setting out")
t = calc_table()
row(t, "Validation",
    ["1. The University of Bredonbury, Faculty of Education, validated the Long Tunnel on 21 January 2009 as the "
     "Postgraduate Certificate in Special Educational Needs Coordination. Participants are registered students "
     "of the University, which makes the award."],
    "Univ. of Bredonbury")
r = row(t, "Univ. Regs 4.1",
        ["2. Level: 7 (Master's). "], "Level 7")
p = cell_para(r.cells[1], [("3. Credit value: [TBC] (University to confirm).", {"size": 9})])
comment(doc, p.runs, "MR: University says 60 - confirm in writing before issue.", "Martin Rowe", "MR")
row(t, "",
    ["4. Span: September to June = 38 school weeks. 10 Arches; 38 / 10 = 3.8 weeks.",
     "Adopt Arches at 3 to 4 week centres, on Thursdays, 9.30 to 3.30, in the Long Shed at Longwithy.",
     "5. Release check: 10 Arches \u2264 10 days (heads' load, Sheet 4).",
     "6. Notional hours: 10 Arches \u00d7 5.5 h = 55 h taught; 9 Bays \u00d7 20 h = 180 h in school; private study "
     "and Proof Loads 365 h. Total 600 h."],
    "10 Arches. OK")
row(t, "",
    ["7. Mode. Part time. One intake a year, in September. The Arches are taken in order by the whole group. "
     "Between Arches the Bay Board is used (Sheet 7). A participant who misses an Arch has the slides and notes "
     "and a tutorial by telephone."],
    "Single intake; fixed order")
row(t, "",
    ["8. Fee: \u00a31,050 a participant, including the Arches, two individual tutorials and the Proof Loads. "
     "Wyeshire pays half for its own schools. Groups are of 16 to 20, which keeps the fee below the University's "
     "own part-time rate while every participant has two tutorials."],
    "Fee \u00a31,050")
finish(t)
sheet_break()

# ================================================================== Sheet 6
title_block(6, "Arch design")
t = calc_table()
arches = [
    ("A1", "The framework. The Education Act 1996 and the SEN Code of Practice (2001) and how to put them into "
           "practice in school; the SEN and Disability Act 2001; government policy and initiatives: Removing Barriers "
           "to Achievement (2004), the Inclusion Development Programme (2008). Every Child Matters introduced. "
           "Writing and presenting at Master's level.", "A1"),
    ("A2", "Research and practice. What research and inspection evidence say about meeting SEN: Ofsted's Special "
           "educational needs and disability: towards inclusive schools (2004) and Inclusion: does it matter where "
           "pupils are taught? (2006); the Bercow Review (2008). Reading and using research. How adults learn and "
           "the participant as a professional learner.", "A2"),
    ("A3", "Identifying need. The common types of SEN and disability and their effect on learning: behavioural, "
           "emotional and social difficulties, specific learning difficulties including dyslexia, speech, language "
           "and communication needs, autistic spectrum disorders, moderate learning difficulties. Identification, "
           "target setting, planning interventions, reviewing progress. Casework: resolving a problem in provision.",
     "A3"),
    ("A4", "Leading provision. Provision mapping and management. Deploying and managing teaching assistants. Winning "
           "the commitment of colleagues, the head and senior leaders. Advising and supporting colleagues in school "
           "and in the cluster.", "A4"),
    ("A5", "Data and teaching (added at P2). Summative assessment, including national tests and P scales, to track "
           "progress and change programmes. Approaches, strategies and resources, including ICT, for teaching "
           "pupils with SEN.", "A5"),
    ("A6", "Pupil voice. Consulting children and young people: practising interviews with pupils, using Talking "
           "Mats and other approaches, and involving pupils in planning, agreeing and reviewing their own "
           "provision. Building relationships with pupils and their families.", "A6"),
    ("A7", "Parents and equality. Working in partnership with parents and carers: role-play of a review meeting "
           "and of a difficult conversation, with a tutor as the parent. Disability equality law, the Disability "
           "Equality Duty and what schools must do for disabled pupils.", "A7"),
    ("A8", "Other agencies. The roles of the educational psychology, speech and language therapy, CAMHS, sensory "
           "support and social care services and the voluntary organisations; how to get their support; using their "
           "assessments in teaching; working in partnership with them.", "A8"),
    ("A9", "Leading colleagues. Observing teaching and giving feedback, coaching, mentoring, modelling and "
           "leading training. Working with senior leaders and governors on the school's inclusive ethos and policy.",
     "A9"),
    ("A10", "Review. Reviewing the effectiveness of provision with colleagues; school self-evaluation (the SEF) and "
            "improvement planning, and where SEN outcomes sit in them. Keeping up to date and the participant's own "
            "CPD.", "A10"),
]
for code, txt, _ in arches:
    row(t, code, [txt], "Arch " + code[1:])
row(t, "", ["Time management and delegation are not part of the design: participants are experienced teachers."],
    "\u2014")
row(t, "Sheet 4", ["Check: each Arch is taught by the two tutors of Sheet 12. There are no outside speakers."], "OK")
finish(t)
sheet_break()

# ================================================================== Sheet 7
title_block(7, "Bays and ground anchors")
t = calc_table()
row(t, "",
    ["1. Bays. At each Arch the participant chooses a Bay Task from a short menu, to suit their school (primary, "
     "secondary or special) and what the GI showed they most need, and carries it out in school before the next "
     "Arch: for example a review of one pupil's provision after A3, an interview with a pupil after A6, a "
     "referral followed through with an outside agency after A8. Each Bay Task is written up in the Bay Log and "
     "brought to the next Arch.",
     "2. Two individual tutorials, in November and March, go through the Bay Log and set the next tasks."],
    "9 Bays")
r = row(t, "",
        ["3. Ground Anchors. Each participant's Ground Anchor is the head or a senior colleague named on the "
         "application. The Ground Anchor meets the participant once a half-term and signs the Bay Log."],
        "1 per participant")
p2 = cell_para(r.cells[1], [("Ground Anchors receive the Course Handbook by post; no training is given to Ground "
                             "Anchors.", {"size": 9})])
comment(doc, p2.runs, "MR: We ran a twilight for the pilot heads in October 2008. Add it?", "Martin Rowe", "MR")
cell_para(r.cells[1], [("Tutors are briefed by the Course Leader at a start-of-year meeting on their roles, the "
                        "Proof Load briefs and the marking criteria.", {"size": 9})])
r = row(t, "Univ. Moodle",
        ["4. Bay Board. Between Arches participants use the Bay Board, a discussion forum on the University's "
         "Moodle site, to post their Bay Tasks and comment on each other's. The Bay Board holds no teaching "
         "material. "], "Online: peers")
bp = r.cells[1].paragraphs[0]
del_run(bp, "Tutors read every Bay Board post and reply within two working days. ", DH, DHD, '<w:sz w:val="18"/>')
add_runs(bp, [("Participants may also email their tutor.", {"size": 9})])
row(t, "",
    ["5. Placements. No placement or visit is part of the design: participants work in their own schools "
     "throughout."],
    "None")
finish(t)
sheet_break()

# ================================================================== Sheet 8
title_block(8, "Proof loading")
t = calc_table()
row(t, "PL1",
    ["PL1 Site Report (20 credits; 4,000 words; due January). A critical review of the SEN policy and provision "
     "map of the participant's school against the law, the Code of Practice and the Disability Equality Duty, "
     "using the school's summative data and drawing on research."], "Marked")
row(t, "PL2",
    ["PL2 Case Load (20 credits; 4,000 words; due March). Case studies of two pupils: identification, the "
     "assessments of other professionals, the interventions planned with the pupil, the pupil's "
     "own views gathered by interview, and review."], "Marked")
row(t, "PL3",
    ["PL3 Working Load (portfolio and a 20-minute presentation to the group and both tutors; June). Evidence of "
     "the participant leading colleagues: a coaching record, a training session led, the deployment of teaching "
     "assistants, a review of provision carried out with colleagues for the school's self-evaluation, work with "
     "an outside agency, and a change the participant has led in school with its effect on pupils."], "Marked")
row(t, "Univ. Regs 9",
    ["Marking. Each Proof Load is first-marked by the participant's tutor and second-marked in full by the other "
     "tutor; where they differ by more than five marks the University's link tutor reads it as a third marker. "
     "The External Examiner appointed by the University, [name TBC], reviews a sample of each Proof Load and all "
     "fails, and reports to the Board of Examiners in July."], "Double marked; moderated")
r = row(t, "",
        ["Award. "], "Award rule")
ap = r.cells[1].paragraphs[0]
aruns = add_runs(ap, [("The award is made to a participant who passes PL1, PL2 and PL3 and attends at least 8 of "
                       "the 10 Arches. A failed Proof Load may be resubmitted once.", {"size": 9})])
comment(doc, aruns, "MR: Does passing PL1-3 prove every Member? Sheet 9 has V and NC entries.", "Martin Rowe", "MR")
finish(t)
sheet_break()

# ================================================================== Sheet 9
title_block(9, "Member schedule")
para(doc, "Members are the national minimum outcomes in our words. Arch: where the Member is taught. Check: see the "
          "notation on Sheet 2.", after=3)
ms = doc.add_table(rows=1, cols=4)
ms.style = "Table Grid"
for j, h in enumerate(["Member", "What the participant must show", "Arch", "Check"]):
    cell_text(ms.cell(0, j), h, bold=True, size=8.5, fill=GREY)
repeat_header(ms.rows[0])


def grp(title):
    rr = ms.add_row()
    m = rr.cells[0].merge(rr.cells[3])
    cell_text(m, title, bold=True, size=8.5, fill=PALE)


def mem(code, text, arch, check):
    rr = ms.add_row()
    cell_text(rr.cells[0], code, bold=True, size=8.5)
    cell_text(rr.cells[1], text, size=8.5)
    if arch is not None:
        cell_text(rr.cells[2], arch, size=8.5)
    cell_text(rr.cells[3], check, size=8.5)
    return rr


grp("ATTRIBUTES")
mem("M1", "Fair, respectful, supportive and constructive relationships with pupils with SEN and/or disabilities "
          "and with their parents and carers", "A6", "PL2")
mem("M2", "Gains the commitment of colleagues, the head and senior leaders to better outcomes for these pupils",
    "A4", "PL3")
mem("M3", "Prioritises, manages time and delegates well", "\u2014", "\u2014  Not in this design (Sheet 6)")
mem("M4", "Anticipates and resolves problems; sound decisions and judgement on provision", "A3", "PL1")
mem("M5", "Expresses themselves clearly in speech and writing; listens to and understands others' views", "A1",
    "PL1, PL3")
mem("M6", "Draws on research and external advice to improve own and colleagues' practice", "A2", "PL1")
mem("M7", "Keeps up to date; takes responsibility for own CPD in SEN and disability", "A10", "V")
grp("KNOWLEDGE AND UNDERSTANDING")
mem("M8", "SEN law and guidance, including the Code of Practice, and how to put them into practice", "A1", "PL1")
mem("M9", "Every Child Matters: principles, outcomes, the SENCO's part", "A1", "NC")
mem("M10", "Disability equality law and the actions it requires of schools", "A7", "PL1")
mem("M11", "Development: how adults learn, and how the participant develops as a professional learner", "A2", "PL1")
mem("M12", "The common types of SEN and disability and how they affect learning", "A3", "PL2")
mem("M13", "Critical understanding of approaches, strategies and resources for assessment, planning, teaching and "
           "learning, including ICT", "A5", "PL2")
mem("M14", "School self-evaluation and improvement and how they relate to outcomes for pupils with SEN", "A10", "PL3")
mem("M15", "Best practice and research in meeting SEN", "A2", "PL2")
mem("M16", "What outside agencies do and how to get specialist support and resources", "A8", "PL3")
grp("SKILLS")
mem("M17", "With senior leaders and governors, influences the school's inclusive ethos, policies, priorities and "
           "use of resources", "A9", "NC")
mem("M18", "Identifies pupils with SEN, sets challenging targets, plans interventions, reviews progress", "A3", "PL2")
mem("M19", "Uses other professionals' assessments to develop teaching", "A8", "PL2")
mem("M20", "Uses summative assessments, including national tests, to track progress and adjust programmes", "A5",
    "PL1")
rr = mem("M21", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", None,
         "PL3")
cell_change(rr.cells[2], "A5", "\u2014", DH, DHD, size=8.5)
mem("M22", "Special arrangements for national tests and examinations", "\u2014",
    "\u2014  Not in this design: made by each school's examinations officer")
mem("M23", "Uses provision mapping and management; finds ineffective or missing provision", "A4", "PL1")
mem("M24", "Deploys and manages staff effectively", "A4", "PL3")
mem("M25", "Supports colleagues' professional development: observation and feedback, modelling, coaching, "
           "mentoring, training", "A9", "PL3")
mem("M26", "Reviews the effectiveness of provision with other staff to inform school self-evaluation", "A10", "PL3")
mem("M27", "Involves pupils in planning, agreeing, reviewing and evaluating their provision", "A6", "PL2")
mem("M28", "Liaises effectively with parents and carers", "A7", "V")
mem("M29", "Works in partnership with other services and agencies, including voluntary organisations", "A8", "PL3")
set_widths(ms, [1.5, 10.9, 1.6, 3.4])
para(doc, "")
para(doc, [("Summary: 29 Members. ", {"bold": True}), "Design adequate."])
sheet_break()

# ================================================================== Sheet 10
title_block(10, "Maintenance and inspection")
t = calc_table()
row(t, "Internal",
    ["1. An evaluation slip after every Arch; a tutors' debrief the same afternoon; the second-marking figures "
     "for each Proof Load; an end-of-year review by both tutors and the University's link tutor."],
    "Internal: 4 methods")
row(t, "External",
    ["2. The External Examiner's annual report; the University's annual monitoring of the programme; the Wyeshire "
     "Steering Group (below)."], "External: 3")
row(t, "Steering Group",
    ["3. The Wyeshire Steering Group (two headteachers, two SENCOs who completed the County's old induction "
     "course, the manager of the County's SEN Team, and a parent from the Parent Partnership Service's parents' "
     "forum) meets each term, reads the Arch evaluation summaries and the External Examiner's report, and agrees "
     "changes with the Course Leader.",
     "4. Heads complete a questionnaire at the end of the year on the changes they have seen in their SENCO's "
     "work and in the school's provision."], "Stakeholders in evaluation")
row(t, "Maintenance Log",
    ["5. Every change agreed is entered in the Maintenance Log with its reason, and made at the next revision of "
     "these calculations. Arch 5 (Sheet 6) is the first such change."], "Changes logged")
r = row(t, "",
        ["6. Participants' confidence: each participant rates their confidence against the 29 Members at Arch 1 "
         "and again at Arch 10, and the two ratings are compared for each participant and for the group, together "
         "with the Proof Load results.",
         "7. Impact on pupils' attainment is not calculated in this design: the design life of one year is too "
         "short."], "Confidence: measured. Pupils: not calculated")
fn.ref(r.cells[1].paragraphs[-1], "We hope in time to ask participants' schools for their pupils' progress data "
                                  "over the two years after the course.")
row(t, "Design life",
    ["8. Design life: one year. Beyond the design life, at Arch 10 participants are given the University's brochure "
     "for its MA in Education. Where a head asks for it, the tutor joins the participant's performance management "
     "meeting to discuss the next year's targets."], "1 year")
finish(t)
sheet_break()

# ================================================================== Sheet 11
title_block(11, "Checks on persons; access")
p = para(doc, "Safeguarding check, applied to every participant before a place is confirmed:", after=2)
text_box(p, [[("CHECKS ON PERSONS", {"bold": True, "size": 9})],
             [("Before a place is confirmed the Course Leader obtains from the head written confirmation of the date "
               "and reference number of the participant's enhanced CRB disclosure, and that the school has made the "
               "other checks in Safeguarding Children and Safer Recruitment in Education (2006), including List 99. "
               "A participant who has not worked in a school post with regular contact with children in the past "
               "three months must obtain a new enhanced disclosure through the County's CRB service before Arch 1, "
               "and no place is confirmed until the Course Leader has seen it.", {"size": 8.5})]],
         width_pt=500, height_pt=96, fill="FFFFFF", stroke="000000", float_right=False)
for _ in range(7):
    para(doc, "", after=0)
t = calc_table()
row(t, "Access",
    ["1. The application form and leaflet invite disabled teachers to apply, and ask each applicant to tell us of "
     "any disability or need so that we can plan for it. The Course Leader contacts every applicant who does, "
     "before Arch 1, to agree reasonable adjustments: for example a hearing loop in the Long Shed, papers in large "
     "print or electronic form in advance, a reader or scribe, extra time for a Proof Load, or the PL3 "
     "presentation given to the tutors alone.",
     "2. The Long Shed has level access, an accessible toilet and parking beside it. The University's Disability "
     "Service assesses participants' needs, and its race, disability and gender equality schemes apply to "
     "selection, teaching and assessment.",
     "3. Places are decided on the entry criteria of Sheet 3 alone."],
    "Adjustments agreed before Arch 1")
finish(t)
sheet_break()

# ================================================================== Sheet 12
title_block(12, "Materials and competent persons")
t = calc_table()
row(t, "Materials",
    ["1. The Long Shed: a teaching room for 20, projector and interactive whiteboard, ten laptops with assistive "
     "software (text-to-speech, mind-mapping and Widgit symbol software) for participants to try, and a resource "
     "library of assessment materials, including standardised reading and language tests.",
     "2. University library membership and e-journals from home; the University's Moodle site (Sheet 7)."],
    "Adequate")
r = row(t, "Competent persons", ["3. Course Leader and tutor: Dinah Holloway (DH)."], "2 tutors")
fn.ref(r.cells[1].paragraphs[0], "Dinah Holloway: MA (Special Educational Needs), University of Bredonbury; SENCO at "
       "Teme Valley Primary School, 1995-2007; Advanced Skills Teacher for inclusion, 2003-07; tutor on Wyeshire's "
       "SENCO induction course, 2005-08.")
p = cell_para(r.cells[1], [("4. Tutor: Gwen Ashby.", {"size": 9})])
fn.ref(p, "Gwen Ashby: BEd; MEd (Inclusive Education); deputy headteacher and SENCO, Ledbury Road Junior School, "
          "until 2008; Wyeshire specialist teacher for specific learning difficulties, two days a week.")
p = cell_para(r.cells[1], [("5. Checker and University link tutor: Martin Rowe (MR).", {"size": 9})])
fn.ref(p, "Martin Rowe: Principal Lecturer in Special Education, University of Bredonbury; external examiner for "
          "two other universities' SEN programmes.")
cell_para(r.cells[1], [("6. Both tutors keep their knowledge current through at least five days a year of their own "
                        "CPD in SEN, and Gwen Ashby through her continuing specialist teaching in Wyeshire schools.",
                        {"size": 9})])
row(t, "Basketry", ["7. The basket-makers and growers of the Living Structures workshop do not teach on the course. "
                    "Participants may join a willow workshop at the end of Arch 10."], "\u2014")
finish(t)
para(doc, "")
para(doc, [("Calculations prepared by D. Holloway, checked by M. Rowe. Issue P2, February 2009.",
            {"italic": True, "size": 8.5})])

fn.finish()
doc.save(OUT)
print(OUT.name, "words:", word_count(OUT))
