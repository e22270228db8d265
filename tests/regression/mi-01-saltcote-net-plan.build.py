"""mi-01-saltcote-net-plan: build script.

Provider (invented): Saltcote Ropery, a historic ropewalk on the Marrick estuary whose Net Loft trains
riggers and net-makers, applying with the University of Holderby (which validates) and East Marrick County
Council to run the 2008-09 National Award for SEN Coordination. February 2009.

Document kind and layout: the course written as one of the Net Loft's own NET PLANS AND SPECIFICATIONS,
the sheet a net-maker draws before a trawl is braided. No heading styles at all: parts are bold capital
Normal paragraphs ("PART 3 - SETTING UP THE NET"), shaded grey. A title block table with merged cells
(Plan No., Revision, Twine, Headline, Drawn, Checked). A "Reading this plan" table of the Loft's words
(Net, Panel, Mesh, Braiding, Hands, Gauge Card, Test) which also defines the values of the Rigging List's
last column ("Mended at T1" ... "Braided only", "Not shot") far above the Rigging List itself. A Panel
Schedule: one table, five Panels (modules) as merged shaded rows, twelve Meshes (study days). Numbered Loft
Rules. A Tests table. The Rigging List: the national outcomes in the Loft's own words, with "Braided in"
and "Mended at" columns and merged group rows (Bearing / Knowing / Doing). A sign-off table. A page header,
and a footer with a PAGE field. A VML text box (a "Loft notice"). Two Word comments. One footnote. A whole
tracked-deleted paragraph and a whole tracked-inserted paragraph.

Traps (requirement ids):
- The Loft notice text box says every national outcome is "hung in this net": a blanket claim, not
  evidence; K4 is simply absent from the Rigging List and from the Meshes (6.K4 not_met), and 6.S2d (special
  arrangements for tests) is nowhere (not_met).
- 6.A3 is in the Rigging List as "Not shot" (not in this year's net); a Word comment saying time management
  "is in M10 really" is not part of the submission (6.A3 not_met).
- "Braided only" rows: taught but not marked (6.S7, 6.A7, 6.K7 partially_met). 6.S2c is "Mended at T2" but
  its "Braided in" cell is a dash and no Mesh teaches it: assessed but not taught (partially_met).
- 6.K2 is "Mended at T1", but the footnote on Test 1 says the Every Child Matters part of Test 1 is talked
  through in tutorial and not marked: taught, not assessed (partially_met). (Footnotes are part of the
  submission.)
- Rule 6, the "Direct Mend" assessment-only route, survives only as a tracked-deleted paragraph; the only
  live assessment-only arrangement is the Loft's trade test for its rigging apprentices, the right words
  about the wrong thing (2.3 not_met).
- Rule 4, the CRB check on candidates, is a whole tracked-inserted paragraph: part of the submission (5.3
  met).
- Prior experience: taken into account at the Setting-Up Interview to skip Meshes but "it does not earn
  credit"; a comment asking whether the University gives APEL credit is not evidence (2.1 partially_met).
- Flexibility: a Tuesday or a Saturday loft, but one September start and a fixed order (3.2 partially_met).
  "There is no e-learning in this net" (3.3 not_applicable).
- Moderation: one marking grid, but second marking is only something the Loft "would like to introduce";
  the footer's claim that all Tests are moderated by the external examiner is a footer (5.8 partially_met).
- Award rule: the award is made on passing all four Tests, not on showing every outcome, and several
  outcomes are braided only (6.0 and 1.9 partially_met).
- Stakeholders: the heads' survey and the changes it made (4.1, 4.2 met); their part in evaluation is only
  intended "in due course" (4.3 partially_met).
- Impact: confidence measured at Mesh 1 and Mesh 12, but pupils' achievement only "we hope to see" (5.9
  partially_met).
- Placements: specialist visitors are real, placements in other settings are "not part of this net"
  (5.5 partially_met).
- Next steps: a talk about further study at the University, no targets (2.5 partially_met).
- Past arrangement: the Loft's 1890s apprentices' examination (narrative colour only).
"""
from pathlib import Path
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _mi_helpers import (shade, bold_par, runin, set_cell, ins_paragraph, del_paragraph, add_field, text_box,
                         Footnotes, comment, words)

HERE = Path(__file__).parent
NAME = "mi-01-saltcote-net-plan"
AUTH_AT = "Ada Threlfall"
AUTH_CB = "Colin Brayshaw"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
fn = Footnotes(doc)

# header and footer
hp = sec.header.paragraphs[0]
hp.text = "SALTCOTE ROPERY  |  NET LOFT  |  PLAN SR/SENCO/09  |  REV C"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Loft copy. All Tests are moderated by the University of Holderby's external examiner.  Sheet ")
r.font.size = Pt(8)
add_field(fp, "PAGE", "1")


def part(text):
    return bold_par(doc, text, size=11, fill="D9D9D9")


def para(text):
    return doc.add_paragraph(text)


# ---------------------------------------------------------------- title block
tb = doc.add_table(rows=7, cols=4)
tb.style = "Table Grid"
a = tb.cell(0, 0).merge(tb.cell(0, 3))
set_cell(a, "SALTCOTE ROPERY - NET LOFT", bold=True, size=14)
shade(a, "BFBFBF")
b = tb.cell(1, 0).merge(tb.cell(1, 3))
set_cell(b, "NET PLAN AND SPECIFICATION", bold=True, size=12)
rows = [
    ("Plan No.", "SR/SENCO/09", "Revision", "C (February 2009)"),
    ("Net", "National Award for Special Educational Needs Coordination (the Saltcote SENCO Net)",
     "Validated by", "University of Holderby, School of Education"),
    ("Twine", "60 credits at Master's level (Level 7), Postgraduate Certificate", "Drawn",
     "Mrs Ada Threlfall, Loft Mistress"),
    ("Headline", "One year part time, September 2009 to July 2010", "Checked",
     "Dr Colin Brayshaw, University of Holderby"),
    ("Hung for", "Teachers new to the SENCO role in East Marrick and Holderby schools", "Sent to",
     "TDA, with our application for approval to run the award"),
]
for i, row in enumerate(rows, start=2):
    for j, v in enumerate(row):
        set_cell(tb.cell(i, j), v, bold=(j % 2 == 0))
        if j % 2 == 0:
            shade(tb.cell(i, j), "EDEDED")

doc.add_paragraph()
para("Saltcote Ropery has made rope on its quarter-mile walk since 1768 and has braided nets in the Net Loft "
     "above the tar house for almost as long. Today the Ropery is a working museum and a training yard: we "
     "teach riggers, net-makers and net-menders, and for the last six years the Loft has also been the home of "
     "East Marrick's courses for teachers. Every course we run is drawn up first as a net plan, exactly as a "
     "trawl would be, so that everyone in the Loft can read it. This is the plan for the Saltcote SENCO Net, "
     "which we ask the TDA to approve.")

# ---------------------------------------------------------------- reading this plan
part("READING THIS PLAN")
para("A net plan is read from the headline down to the codend. The words below are the Loft's own and are used "
     "in the same sense everywhere in this plan, including in the last column of the Rigging List in Part 6.")
gl = doc.add_table(rows=1, cols=2)
gl.style = "Table Grid"
set_cell(gl.cell(0, 0), "Word on this plan", bold=True)
set_cell(gl.cell(0, 1), "What it means for the SENCO Net", bold=True)
shade(gl.cell(0, 0), "D9D9D9")
shade(gl.cell(0, 1), "D9D9D9")
gloss = [
    ("Net", "The whole programme, from the first Setting-Up Interview to the award."),
    ("Panel", "One of the five modules of the programme (P1 to P5), each braided separately and laced to the next."),
    ("Mesh", "One full study day in the Loft (M1 to M12), 9.15 to 3.45."),
    ("Braiding", "The teaching: the Mesh itself and the school-based task set at the end of it, which each "
                 "participant carries out in their own school before the next Mesh."),
    ("Braider", "A tutor. The Loft Mistress leads the programme."),
    ("Hand", "A school-based mentor, normally an experienced SENCO or deputy head in the participant's own "
             "school or a neighbouring one."),
    ("Gauge Card", "The participant's individual training plan, agreed at the Setting-Up Interview."),
    ("Test", "One of the four assessed pieces of work (T1 to T4), marked against the Loft's marking grid."),
    ("Mended at T1, T2, T3 or T4", "In the Rigging List: the outcome is assessed and marked in that Test, and a "
                                   "participant must show it to pass that Test."),
    ("Braided only", "In the Rigging List: the outcome is taught and practised on the Mesh shown, but it is not "
                     "marked in any Test."),
    ("Not shot", "In the Rigging List: the outcome is not in this year's net. It is neither taught nor marked."),
    ("Sea Trials", "How we find out whether the net works: evaluation."),
]
for k, v in gloss:
    c = gl.add_row().cells
    set_cell(c[0], k, bold=True)
    set_cell(c[1], v)

doc.add_paragraph()
box = doc.add_paragraph()
text_box(box, [("LOFT NOTICE", True),
               ("Every national outcome is hung in this net and mended before it leaves the Loft.", False),
               ("Hard hats in the tar house. No naked lights on the walk.", False)], height_pt=70)

# ---------------------------------------------------------------- part 1
part("PART 1 - THE NET AND WHAT IT IS FOR")
para("The Saltcote SENCO Net is a Postgraduate Certificate of 60 credits at Master's level, validated by the "
     "University of Holderby's School of Education at its validation event of 14 January 2009. The University "
     "awards the certificate, keeps the participants' registration and records, and appoints the external "
     "examiner; the Loft designs, teaches and marks the programme with the University's link tutor.")
para("The net has one purpose. Its aim is to raise the achievement and improve the well-being of children and "
     "young people with special educational needs and disabilities in the participants' schools, in all five "
     "of the Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a "
     "positive contribution and achieving economic well-being), and not in test scores alone. That aim is "
     "written into each Panel's objectives and into each Test: every Test asks the participant to show what "
     "has changed for named pupils, and the marking grid has a row for the effect on pupils' achievement and "
     "well-being which must be passed.")
para("The net is braided in schools as much as in the Loft. At the end of every Mesh the participant is set a "
     "school-based task tied to the outcomes for that Panel (a provision map to draw, a review meeting to run, "
     "a colleague to coach) and carries it out in their own school, with their Hand, before the next Mesh. "
     "Those tasks feed the Tests, so that by Test 4 each participant has made and measured a change in their "
     "own school's practice for pupils with SEN and disabilities. That is what we mean by a net that fishes.")

# ---------------------------------------------------------------- part 2: panel schedule
part("PART 2 - THE PANELS")
para("Twelve Meshes in five Panels. Meshes run on the dates below for the Tuesday loft; the Saturday loft meets "
     "on the Saturday of the same week.")
ps = doc.add_table(rows=1, cols=4)
ps.style = "Table Grid"
for j, h in enumerate(["Mesh", "Week of", "What is braided", "Braider"]):
    set_cell(ps.cell(0, j), h, bold=True)
    shade(ps.cell(0, j), "BFBFBF")
panels = [
    ("PANEL 1 - HEADLINE AND WINGS: the SENCO's place in the school, and the law", [
        ("M1", "22 Sept 2009", "The SEN Code of Practice (2001) and the SEN and Disability Act 2001: what they "
         "require of the school, the SENCO and governors, and how to put them into practice; the SENCO "
         "regulations of 2008; the Disability Discrimination Act 1995 as amended in 2005, the disability "
         "equality duty and the school's accessibility plan, and what they require for disabled pupils; "
         "current government policy and initiatives, including the National Strategies' Inclusion "
         "Development Programme.", "AT"),
        ("M2", "13 Oct 2009", "Every Child Matters and the SENCO: the five outcomes and the SENCO's part in "
         "them. Working with the head and governors: the SEN policy, the school's priorities, budgets and "
         "resources for an inclusive school. Bringing the head and senior team with you.", "AT / RK"),
    ]),
    ("PANEL 2 - THE SQUARE: finding and knowing the needs", [
        ("M3", "10 Nov 2009", "The common needs and how they affect learning: behavioural, emotional and social "
         "difficulties; specific learning difficulties including dyslexia; speech, language and communication "
         "needs (with the Bercow Review, 2008); autistic spectrum disorders; moderate learning difficulties.",
         "JW with visiting speech and language therapist"),
        ("M4", "1 Dec 2009", "Identifying pupils from observation, data and assessment; setting challenging "
         "targets; planning interventions and reviewing progress. Using the reports of educational "
         "psychologists, therapists and specialist teachers to shape teaching. Using summative data (P scales, "
         "national tests, RAISEonline) to track progress and change programmes.", "JW"),
    ]),
    ("PANEL 3 - THE BELLY: teaching, provision and staff", [
        ("M5", "12 Jan 2010", "Approaches, strategies and resources for assessment, planning, teaching and "
         "learning, including ICT and assistive technology, looked at critically; best practice and research "
         "on what works (Ofsted's Inclusion: does it matter where pupils are taught?, 2006; Lewis and Norwich); "
         "bringing research and outside advice back to colleagues.", "RK"),
        ("M6", "2 Feb 2010", "Provision mapping and provision management: planning provision and finding what "
         "is ineffective or missing. Deploying and managing teaching assistants and other staff.", "RK"),
        ("M7", "2 Mar 2010", "Developing colleagues: observing lessons and giving feedback, modelling, "
         "coaching and mentoring, running staff training. Practice coaching in threes.", "AT"),
    ]),
    ("PANEL 4 - THE EXTENSION: working with others", [
        ("M8", "23 Mar 2010", "Parents and carers: fair and respectful relationships with pupils and their "
         "families, advising and working in partnership with parents, and liaison that helps learning. "
         "Consulting children and young people: an afternoon with the pupil council of Saltcote Primary on "
         "how pupils are asked about their own provision, and practice in running a pupil interview.",
         "AT with East Marrick Parent Partnership"),
        ("M9", "20 Apr 2010", "Other services and agencies: the educational psychology, health, social care and "
         "behaviour support services, the voluntary sector, and the Common Assessment Framework; how to get "
         "specialist support and resources and work in partnership with them.", "JW with visiting EP"),
        ("M10", "11 May 2010", "Advising, supporting and collaborating with colleagues in the school and beyond "
         "it (cluster SENCO meetings, the specialist school outreach service). Speaking and writing clearly; "
         "listening to other views; leading a staff meeting.", "RK"),
    ]),
    ("PANEL 5 - THE CODEND: review and improvement", [
        ("M11", "8 Jun 2010", "Reviewing and evaluating provision with other staff to inform the school's "
         "self-evaluation and improvement plan; principles of school self-evaluation and improvement for "
         "pupils with SEN. Casework on difficult decisions: anticipating problems and judging provision.",
         "AT / RK"),
        ("M12", "6 Jul 2010", "Test 4 presentations. Keeping up to date and taking charge of your own "
         "professional development in SEN. Closing talk on further study at the University.", "AT"),
    ]),
]
for ptitle, meshes in panels:
    row = ps.add_row()
    m = row.cells[0].merge(row.cells[3])
    set_cell(m, ptitle, bold=True)
    shade(m, "DDEBF7")
    for mesh in meshes:
        c = ps.add_row().cells
        for j, v in enumerate(mesh):
            set_cell(c[j], v, bold=(j == 0))

# ---------------------------------------------------------------- part 3: rules
part("PART 3 - SETTING UP THE NET")
para("The Loft Rules for this net, numbered as they are pinned up by the Loft door.")
rule1 = para("Rule 1. Who may be hung in the net. Participants are qualified teachers who hold, or are about to "
             "take up, the SENCO role in a maintained school, and who have the written support of their "
             "headteacher. On the application form they describe their experience of teaching pupils with SEN; "
             "the Loft Mistress reads every form and talks to every applicant. Where an applicant is not yet "
             "ready, for example a teacher in their first year, she explains what they need to do first (most "
             "often a term working alongside the school's present SENCO) and speaks to their headteacher, and "
             "the place is held for the next net.")
para("Rule 2. The Setting-Up Interview. Before Mesh 1 each participant meets their Braider for an hour with the "
     "Rigging List in front of them and rates themselves against every outcome on it, and the Braider tests "
     "those ratings with questions and with the participant's own evidence. From this they agree the Gauge "
     "Card: the participant's individual training plan, the personal outcomes the participant will work to "
     "first, and the school-based tasks that suit their school. The Gauge Card is reviewed at Mesh 6 and "
     "again before Test 4.")
r3 = para("Rule 3. What you already know. Prior experience is taken into account at the Setting-Up Interview, "
          "and a participant who shows they already meet a Panel's outcomes may be excused its Meshes; it does "
          "not earn credit, and every participant sits all four Tests.")
comment(doc, r3, "Colin - can we say the University gives credit for APEL here? I think it does for the MA. AT",
        "Ada Threlfall", "AT")
ins_paragraph(doc, "Rule 4. Checks. No participant begins Mesh 1 until the Loft has seen the certificate of a "
                   "current enhanced CRB disclosure and the List 99 check, confirmed in writing by the "
                   "headteacher, and recorded both on the participant's file; we also take a reference from the "
                   "previous employer of anyone who has changed school in the last two years.",
              AUTH_CB, "2009-02-09T10:12:00Z")
para("Rule 5. Everyone in the Loft. The Loft is on the ground floor, with level access from the yard, a hearing "
     "loop and an accessible toilet. Every application form asks, privately, whether the applicant has a "
     "disability or other need we should plan for, and the Loft Mistress talks through the reasonable "
     "adjustments we will make (large-print and electronic handouts, extra time in Test 4's presentation, a "
     "reader or a note-taker, rest breaks) before Mesh 1. Our equality scheme covers race, disability and "
     "gender, and is reviewed every year by the Ropery's trustees.")
del_paragraph(doc, "Rule 6. The Direct Mend. An experienced SENCO or a teacher from the SEN support service who "
                   "already meets the outcomes may ask to go straight to the four Tests without attending any "
                   "Mesh, in exceptional cases and at a reduced fee.",
              AUTH_CB, "2009-02-09T10:15:00Z")
para("Rule 7. Days and places. Each net is hung once a year, in September, and the Panels are taken in the "
     "order drawn. Participants choose between the Tuesday loft and the Saturday loft and may move between "
     "them from Mesh to Mesh if school commitments change. There is no e-learning in this net; handouts are "
     "posted or emailed.")
para("Rule 8. The Ropery's trade test. Our rigging apprentices who have worked at sea may go straight to the "
     "trade test without the course: that is the old way of the walk, and it is how the Ropery's apprentices "
     "were examined by the Master Ropemaker in the 1890s. It has nothing to do with the SENCO Net.")
para("Rule 9. What it costs. The fee is GBP 1,450 for the year, of which East Marrick County Council pays "
     "GBP 900 for its own schools' teachers. The Saturday loft costs no more. A participant excused Meshes "
     "under Rule 3 pays GBP 75 less for each Mesh excused. The Loft keeps its costs down by sharing the "
     "Ropery's rooms and library, and by teaching in groups of twelve to sixteen, which lets a Braider "
     "know every participant and adjust each Mesh to the Gauge Cards in the room.")

# ---------------------------------------------------------------- part 4: twine and hands
part("PART 4 - TWINE AND HANDS")
para("The Braiders. Mrs Ada Threlfall (Loft Mistress) was SENCO of Saltcote Primary for eleven years and then "
     "led East Marrick's SEN advisory service; she holds an MA in Special and Inclusive Education and the "
     "Ropery's own net-mender's ticket. Mr Robert Kell is a serving SENCO at Marrick High School and a "
     "Specialist Leader in the county's inclusion partnership, with a Postgraduate Diploma in SpLD (dyslexia). "
     "Mrs Jean Wardle is an advisory teacher for speech, language and communication and autism with the "
     "county, and holds the Advanced Diploma in Special Educational Needs. All three keep their practice "
     "current through their daily work in schools, and each attends the University's research seminars.")
para("Specialist expertise. The programme draws on the county's educational psychology service (one EP at M9 "
     "and at the Test 3 clinic), a speech and language therapist from the Marrick health trust at M3, the "
     "East Marrick Parent Partnership at M8 and the county's sensory support service. Placements in other "
     "schools or settings are not part of this net: the school-based tasks are all carried out in the "
     "participant's own school.")
para("Resources. The Loft's teaching room has a projector, six laptops with assistive software (text to "
     "speech, mind mapping, symbol software) and an interactive whiteboard. The Ropery library holds a "
     "special needs collection of some 600 books and a bank of standardised assessment tools, which "
     "participants may borrow. Participants also have full access to the University of Holderby library, "
     "including its electronic journals.")
para("Hands and Braiders briefed. Every Hand is sent the Hands' Handbook, which sets out what a Hand does (meets "
     "the participant twice a half term, signs off each school-based task, writes a short witness statement "
     "for each Test) and what a Hand does not do (marking), and attends a two-hour Hands' Evening in the Loft "
     "in September. New Braiders shadow the Loft Mistress for a whole Panel before they teach, and all "
     "Braiders meet the University's link tutor before each Test to go through the marking grid.")

# ---------------------------------------------------------------- part 5: tests
part("PART 5 - THE TESTS")
para("Four Tests, each marked against the Loft's marking grid by the participant's Braider. The grid lists the "
     "outcomes each Test mends and what a pass looks like for each, and it is the same for all Braiders and "
     "both lofts.")
tt = doc.add_table(rows=1, cols=3)
tt.style = "Table Grid"
for j, h in enumerate(["Test", "What the participant hands in", "When"]):
    set_cell(tt.cell(0, j), h, bold=True)
    shade(tt.cell(0, j), "BFBFBF")
tests = [
    ("T1", "A 2,500-word review of how the law, the Code of Practice, disability equality duties and Every Child "
           "Matters apply in the participant's school, with the school's SEN policy annotated.", "After M2"),
    ("T2", "An assessment and planning case study of two pupils: identification, the professionals' reports "
           "used, targets, interventions and the review of progress, with the summative data used.", "After M4"),
    ("T3", "A provision map for the participant's school, with a commentary on what is ineffective or missing, "
           "how staff are deployed, and one piece of coaching with a colleague written up.", "After M7"),
    ("T4", "A school improvement project, presented at M12 with a written report of 3,000 words: a change made "
           "with colleagues, parents and other services, with baseline and follow-up evidence for the pupils.",
     "M12"),
]
for t in tests:
    c = tt.add_row().cells
    for j, v in enumerate(t):
        set_cell(c[j], v, bold=(j == 0))
fn.add(tt.rows[1].cells[1].paragraphs[0],
       "The Every Child Matters part of Test 1 is talked through with the Braider in the Test 1 tutorial; it "
       "is not marked and is not on the Test 1 grid.")
doc.add_paragraph()
para("Consistency. All Braiders mark against the one grid, and the Loft Mistress reads a sample of every "
     "Braider's marking before results go to the University. Second marking of a sample by a Braider from "
     "the other loft is something we would like to introduce once numbers allow.")
para("The award. A participant who passes all four Tests is recommended to the University's examination board "
     "for the award. A Test that is referred may be resubmitted once, within eight weeks.")

# ---------------------------------------------------------------- part 6: rigging list
part("PART 6 - THE RIGGING LIST")
para("What a SENCO coming out of this net can do, in the Loft's words, with the Mesh where each is braided and "
     "the Test where it is mended. The last column is read as set out in Reading this plan above.")
rl = doc.add_table(rows=1, cols=4)
rl.style = "Table Grid"
for j, h in enumerate(["No.", "The SENCO can", "Braided in", "Mended at"]):
    set_cell(rl.cell(0, j), h, bold=True)
    shade(rl.cell(0, j), "BFBFBF")
rig = [
    ("BEARING", None),
    ("R1", "build fair, respectful and constructive relationships with pupils with SEN and disabilities and with their families", "M8", "T4"),
    ("R2", "win the commitment of colleagues, the head and the senior team to better outcomes for these pupils", "M2", "T4"),
    ("R3", "plan their own time, put first things first and hand on tasks sensibly", "-", "Not shot"),
    ("R4", "see problems coming, resolve them and judge provision soundly", "M11", "T3"),
    ("R5", "speak and write clearly, and listen to and understand other people's views", "M10", "T4"),
    ("R6", "use research and outside advice to improve their own and colleagues' teaching", "M5", "T3"),
    ("R7", "keep up to date and take charge of their own professional development in SEN", "M12", "Braided only"),
    ("KNOWING", None),
    ("R8", "know the law and guidance on SEN, including the Code of Practice, what it asks of the school and how to carry it out", "M1", "T1"),
    ("R9", "know the five Every Child Matters outcomes and how a SENCO helps pupils reach them", "M2", "T1"),
    ("R10", "know the disability equality laws and what they require the school to do for disabled pupils", "M1", "T1"),
    ("R11", "know the common needs (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each affects learning", "M3", "T2"),
    ("R12", "weigh up approaches, strategies and resources for assessment, planning and teaching, ICT among them", "M5", "T3"),
    ("R13", "know how school self-evaluation and improvement work for pupils with SEN", "M11", "Braided only"),
    ("R14", "know best practice and what research says about meeting SEN", "M5", "T3"),
    ("R15", "know what outside agencies do and how to get specialist help and resources", "M9", "T4"),
    ("DOING", None),
    ("R16", "advise the head and governors and shape an inclusive ethos, policy, priorities and use of resources", "M2", "T1"),
    ("R17", "identify pupils, set challenging targets, plan interventions and review progress", "M4", "T2"),
    ("R18", "use other professionals' assessments to shape teaching", "M4", "T2"),
    ("R19", "use summative results, national tests among them, to track progress and change programmes", "M4", "T2"),
    ("R20", "help other teachers develop formative assessment, with approaches for pupils with SEN", "-", "T2"),
    ("R21", "map and manage provision and find what is ineffective or missing", "M6", "T3"),
    ("R22", "deploy and manage teaching assistants and other staff", "M6", "T3"),
    ("R23", "develop colleagues by observing, feeding back, modelling, coaching and training", "M7", "T3"),
    ("R24", "review provision with other staff so that it informs the school's self-evaluation", "M11", "T4"),
    ("R25", "involve pupils in planning, agreeing and reviewing their own provision", "M8", "Braided only"),
    ("R26", "work with parents and carers so that pupils learn and develop", "M8", "T4"),
    ("R27", "work in partnership with other services and agencies, the voluntary sector included", "M9", "T4"),
]
rig_rows = {}
for item in rig:
    row = rl.add_row()
    if item[1] is None:
        m = row.cells[0].merge(row.cells[3])
        set_cell(m, item[0], bold=True)
        shade(m, "EDEDED")
        continue
    for j, v in enumerate(item):
        set_cell(row.cells[j], v if j != 3 or v in ("Not shot", "Braided only") else "Mended at " + v,
                 bold=(j == 0))
    rig_rows[item[0]] = row
comment(doc, rig_rows["R3"].cells[1].paragraphs[0],
        "Time management is in M10 really - shall we mark it in T4? RK", "Robert Kell", "RK")
doc.add_paragraph()

# ---------------------------------------------------------------- part 7: sea trials
part("PART 7 - SEA TRIALS")
para("What the schools told us. Before drawing this plan the Loft and the county surveyed the headteachers and "
     "SENCOs of all 64 East Marrick and Holderby schools (41 replied) and held two evening meetings with "
     "SENCOs and one with the Parent Partnership's parents' forum. Schools asked above all for help with "
     "provision mapping and with leading teaching assistants, for study days that did not take teachers out "
     "of class every week, and for tasks that did real work in their own school. Parents asked that SENCOs be "
     "taught to listen to families as well as inform them.")
para("What we changed. Because of the survey we gave provision mapping and the deployment of staff a Mesh of "
     "their own (M6) and made Test 3 a provision map of the participant's own school; we added the Saturday "
     "loft so that schools need not release staff; we cut the written Tests from five to four and made every "
     "Test draw on school-based tasks; and, at the parents' forum's request, M8 is now taught with the Parent "
     "Partnership and the Loft's parent governor.")
para("How we evaluate. Participants write a Mesh Slip at the end of every Mesh (what worked, what did not), "
     "which the Braiders read the same week and use to adjust the next Mesh. The Loft Mistress and the "
     "University's link tutor hold a Panel Review after each Panel. The University's external examiner sees "
     "a sample of every Test and reports each summer, and the Loft answers the report in writing. Each July "
     "the Annual Net Review brings all of this together with pass rates and the participants' end-of-year "
     "questionnaire, and sets the changes for the next net; the review goes to the University's programme "
     "committee and to the county.")
para("Impact. Each participant rates their confidence against every line of the Rigging List at the "
     "Setting-Up Interview and again at M12, and the change is reported in the Annual Net Review. We hope to "
     "see the difference in pupils' achievement in participants' schools in the years after the net.")
para("Who else takes part. Headteachers host the school-based tasks and nominate the Hands, and the Parent "
     "Partnership helps to teach M8. We intend to ask heads and parents for their view of the net in due "
     "course.")
para("Next steps for participants. At M12 the closing talk sets out further study at the University, "
     "including the MA in Inclusive Education into which the 60 credits count.")

# ---------------------------------------------------------------- sign-off
part("SIGN-OFF")
so = doc.add_table(rows=4, cols=3)
so.style = "Table Grid"
for j, h in enumerate(["", "Name", "Date"]):
    set_cell(so.cell(0, j), h, bold=True)
for i, (k, n, d) in enumerate([("Drawn", "Ada Threlfall, Loft Mistress", "2 February 2009"),
                               ("Checked", "Dr Colin Brayshaw, University of Holderby", "9 February 2009"),
                               ("Approved for the Ropery", "Harold Pickersgill, Chair of Trustees",
                                "11 February 2009")], start=1):
    set_cell(so.cell(i, 0), k, bold=True)
    set_cell(so.cell(i, 1), n)
    set_cell(so.cell(i, 2), d)

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(str(out))
print(out.name, "words ~", words(doc))
