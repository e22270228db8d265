"""nd-01-fellbarrow-tool-roll-kit-list

Provider (invented): Fellbarrow Saddlery School (saddle-making, bridle work, saddle
fitting), Cumbrell, with the University of Wensham (validating) and Cumbrell County
Council's SEN Support Service. January 2009.

Document kind: the school's new-student KIT LIST AND TOOL ROLL, the list every
Fellbarrow student is sent before the first morning at the bench, written for the
"SENCO Bench" (the Award) and sent to the panel as it goes to participants. Its own
words: bench-hands (participants), Bench Masters (tutors), Yard Mentors (school
mentors), Bench Days (taught days), the Tack Room (online route), Tool Checks C1-C3
(marked assignments: the Wither Tracing, the Panel, the Fitting), Kit Check (pre-course
self-rating), Show Day, the Tool Roll of 29 tools (the minimum outcomes, each named
after a saddler's tool).

Layout: a letterhead typed as one paragraph with manual line breaks; Title and
Heading 1/2 styles with the house's own section numbers 1-10; a glossary of bold
lead-ins; the key to the Tool Roll's last column ("Issued and checked (C1)...",
"Issued", "Bring your own (Cn)", "Not in this roll") defined in section 2, far above
the roll in section 6; a Bench Days table with merged term rows and shaded headers; a
Tool Roll table of 29 rows under three merged, shaded group rows; a VML text box
("The Bench at a glance"); one footnote; a header and a footer; two Word comments;
tracked changes (a whole deleted paragraph, a whole inserted paragraph, a change in
a cell); a "[... TBC]" placeholder.

Traps (requirement ids):
- Aims are attainment only ("to raise the attainment ... reading, writing and
  mathematics"): no well-being / ECM in the aims (1.1 partially_met).
- Pupil voice: "has not yet found room" and only a hope of a ninth day; a comment
  says pupils are interviewed in C3 but comments are not evidence (1.5 not_met);
  the roll's "The rider's say" is "Not in this roll" (6.S7 not_met).
- Tools "Issued" are taught but "not checked in any Tool Check" (6.A1, 6.A7, 6.S2c,
  6.S5 partially_met; and 1.9 partially_met since not every outcome is assessed).
- Tree gauge (child development): "Issued and checked (C1)" deleted and "Issued"
  inserted in the cell (6.K4 partially_met).
- "Bring your own (C2)": access arrangements checked but never taught (6.S2d
  partially_met).
- External agencies and partnership with services are "Not in this roll": taught by
  the County's own multi-agency training, "not part of the Bench" - someone else's
  responsibility (6.K9, 6.S9 not_met).
- The Kit Check is a needs assessment that is only filed and re-rated at Show Day,
  never used for an individual plan or personalised outcomes (2.2 partially_met).
- The check-only (assessment-only) route exists only in a deleted paragraph, and the
  body says every bench-hand works through all eight days (2.3 not_met).
- After the Bench: only an MA leaflet (2.5 partially_met).
- The Tack Room online route: tutor replies, but "There is no discussion board" and
  no peer or school communication (3.3 partially_met); the routes, start dates and
  order are flexible (3.2 met).
- Stakeholders: a real survey and real changes (4.1, 4.2 met), but only bench-hands
  and Bench Masters evaluate; heads come to Show Day; a comment asking whether heads
  should evaluate is not evidence (4.3 partially_met).
- CRB: the body only assumes schools have checked ("we take it that"); the footer's
  "Every bench-hand is CRB checked" is not evidence (5.3 partially_met).
- Placements: "Bench-hands do not go on placement"; the placement scheme described is
  the saddlery apprentices' (wrong context) (5.5 partially_met; specialists are real).
- Yard Mentors' briefing exists only in an inserted paragraph, which counts (5.7 met).
- Impact: confidence and competence measured, pupils' achievement only hoped for
  (5.9 partially_met).
- Award rule only in the text box: "passed all three Tool Checks at 50 per cent or
  more", with no requirement that every outcome be shown, while "Issued" tools are
  never checked (6.0 partially_met).
- The footnote names the external examiner (supporting 5.8, which the body meets).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _nd_helpers import (ins_run, del_run, inserted_paragraph, deleted_paragraph, shade, cell_text,
                         set_col_widths, repeat_header, add_page_field, letterhead, add_textbox,
                         Footnotes, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
HA = "Helen Askew"
D1 = "2009-01-14T09:12:00Z"
D2 = "2009-01-16T15:40:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
for name, size in (("Heading 1", 14), ("Heading 2", 11.5), ("Title", 24)):
    doc.styles[name].font.name = "Georgia"
    doc.styles[name].font.size = Pt(size)
    doc.styles[name].font.color.rgb = RGBColor(0x5A, 0x32, 0x14)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)

# header and footer
hp = sec.header.paragraphs[0]
hp.text = "THE SENCO BENCH 2008–09 · KIT LIST AND TOOL ROLL · ISSUE 4"
hp.runs[0].font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.add_run("Fellbarrow Saddlery School · Every bench-hand is CRB checked before the first Bench Day · ").font.size = Pt(8)
add_page_field(fp, prefix="")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

fn = Footnotes(doc)


def para(text, bold_lead=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def h1(text):
    return doc.add_paragraph(text, style="Heading 1")


def h2(text):
    return doc.add_paragraph(text, style="Heading 2")


def bullet(text, bold_lead=None):
    return para(text, bold_lead, style="List Bullet")


# ---------------------------------------------------------------- letterhead
letterhead(doc, [
    "FELLBARROW SADDLERY SCHOOL",
    "The Old Coach House · Fellbarrow · Cumbrell CM7 4RW",
    "Saddle-making · Bridle work · Saddle fitting · Established 1971",
    "Telephone 01632 960 418",
], size=15, align=WD_ALIGN_PARAGRAPH.CENTER)

doc.add_paragraph("Kit List and Tool Roll", style="Title")
para("The SENCO Bench 2008–09: National Award for SEN Coordination "
     "(Postgraduate Certificate in Special Educational Needs Coordination, University of Wensham)").runs[0].italic = True
para("Issue 4, January 2009. Sent to the TDA approval panel with our covering letter of 19 January 2009.")

# ---------------------------------------------------------------- 1
h1("1  Before you come to the bench")
para("Every student who comes to Fellbarrow is sent a kit list before the first morning at the bench. It says "
     "what we issue, what you bring, and how each tool will be checked before it goes back in the roll. When we "
     "began teaching teachers in 2007 we wrote their course the same way, because the first group told us it was "
     "the plainest account of a course they had ever been given. This is the kit list for the SENCO Bench, our "
     "course for teachers who coordinate provision for pupils with special educational needs. We send it to the "
     "panel as it goes to our bench-hands.")
para("The SENCO Bench is the University of Wensham's Postgraduate Certificate in Special Educational Needs "
     "Coordination. The University's Faculty of Education validated it on 12 June 2008 for delivery at Fellbarrow "
     "under a five-year collaborative agreement; the University awards the certificate and the credit, and "
     "Fellbarrow teaches, mentors and first-marks. The Bench carries 60 credits at Master's level (Level 7), and "
     "those credits count in full towards the University's MA in Inclusive Education.")
para("Since 2005 Fellbarrow has taught the land-based and equine units of the 14–19 curriculum to pupils "
     "from eleven Cumbrell schools, and about a third of those pupils have a statement of special educational needs "
     "or are supported at School Action Plus. Two of our Bench Masters were SENCOs before they were saddlers, and "
     "Cumbrell County Council's SEN Support Service has taught with us since the first group.",
     bold_lead="Why a saddlery school? ")
para("The aim of the SENCO Bench is to raise the attainment of pupils with special educational needs in Cumbrell "
     "schools – their progress in reading, writing and mathematics, measured in National Curriculum levels and "
     "P scales – by making their SENCOs better at the craft of coordinating provision. Every Bench Day, every Tool "
     "Check and every tool in the roll is there for that aim.", bold_lead="What the Bench is for. ")

# ---------------------------------------------------------------- 2
h1("2  Words we use, and how to read the roll")
bullet("a teacher on the course.", "Bench-hand: ")
bullet("a tutor. Bench Masters teach the Bench Days, run tutorials and first-mark the Tool Checks.", "Bench Master: ")
bullet("a senior colleague in your own school, usually a deputy or assistant head, who mentors you through the year.",
       "Yard Mentor: ")
bullet("a taught day, 9.30 to 4.00, in the Long Room at Fellbarrow. There are eight.", "Bench Day: ")
bullet("the online route, on the University of Wensham's Blackboard site.", "The Tack Room: ")
bullet("one of the three marked assignments, C1, C2 and C3, described in section 5.", "Tool Check: ")
bullet("the form you fill in before you start, described in section 3.", "Kit Check: ")
bullet("the last Bench Day, when you present your third Tool Check.", "Show Day: ")
bullet("the Tool Roll in section 6, which lists the 29 tools a SENCO needs.", "The roll: ")
para("The Tool Roll in section 6 lists 29 tools. We have named each after a tool on a saddler's bench and said in "
     "our own words what it is for in a SENCO's hands; between them the 29 tools are the national minimum outcomes "
     "for the Award. The fourth column gives the Bench Day on which the tool is issued. The last column says how "
     "the tool comes to you, in one of four ways:")
bullet("we teach you to use it on the Bench Day shown, and it is checked, that is marked, in the Tool Check named "
       "in the brackets. A tool that fails its check stays on your bench until it passes.",
       "Issued and checked (C1), (C2) or (C3) – ")
bullet("we teach you to use it on the Bench Day shown, and your Yard Mentor may watch you use it, but it is not "
       "checked in any Tool Check and carries no marks.", "Issued – ")
bullet("we do not teach it; you are expected to arrive with it from your work in school, and it is checked in the "
       "Tool Check named.", "Bring your own (C1), (C2) or (C3) – ")
bullet("we do not issue it this year.", "Not in this roll – ")
para("Read the last column carefully: it is the only place in this list where you will find which tools are marked.")

# ---------------------------------------------------------------- 3
h1("3  Who the Bench is for, and what you bring")
h2("Entry")
para("The Bench is for qualified teachers who are the SENCO of their school, or whom their headteacher has named to "
     "take on the role by September 2009. Your headteacher signs the Nomination Form to agree to release you for the "
     "eight Bench Days and to name a Yard Mentor. Before we offer a place, a Bench Master talks with every applicant "
     "for forty minutes, in person or on the telephone, and goes through your Kit Check with you. If we judge that "
     "you would not yet be able to reach every tool in the roll by the end of the year – for instance, a newly "
     "qualified teacher who has not yet taught a pupil with a statement – we tell you what to do first (usually a "
     "term working alongside your school's SENCO and the County's one-day course 'SEN in the classroom'), we write "
     "to your headteacher to say the same, and we keep a place for you in the next intake.")
h2("Criminal records")
p_crb = para("All bench-hands are serving teachers and will already have been checked by their own schools, so we "
             "take it that each of you has an enhanced CRB disclosure in place.")
comment(doc, p_crb.runs[0], "Do we need to see these, or at least ask the heads to confirm? HA", "Helen Askew", "HA")
h2("The Kit Check")
para("Before your first Bench Day you fill in the Kit Check, a four-page form that lists the 29 tools in the roll and "
     "asks you to rate yourself on each one: never used, used with help, use it alone, or could teach it. You bring "
     "it to your conversation with a Bench Master, and it is kept in your file. At Show Day we take it out again, "
     "and you fill in the same ratings a second time so that you can see how far you have come.")
h2("Tools you already own: credit for prior learning")
para("If you already hold Master's-level credit in special educational needs gained in the last five years, or you "
     "can show through a portfolio that your experience already covers what Tool Check 1 asks, the University's "
     "procedure for the accreditation of prior learning lets us count up to 20 credits towards the Bench. A "
     "successful claim excuses you from Tool Check 1 and from Bench Days 1 and 2. A Bench Master helps you put the "
     "claim together in the autumn half-term; the University's APL panel decides it and tells you in writing.")
deleted_paragraph(doc, [("Check-only places. ", True),
                        ("A teacher from the County's SEN Support Service, or an experienced SENCO who already uses "
                         "every tool in the roll, may ask to take the three Tool Checks without attending the Bench "
                         "Days. The fee for a check-only place is £450.", False)], HA, D1)

# ---------------------------------------------------------------- 4
h1("4  Your Bench Days")
para("There are two routes through the Bench. They carry the same 60 credits, the same Bench Days and the same "
     "Tool Checks.")
h2("The Day Bench")
para("Eight Bench Days on Wednesdays in the Long Room at Fellbarrow, starting in September. Most bench-hands from "
     "the east of the county take this route.")
h2("The Tack Room")
para("The same eight Bench Days on the University of Wensham's Blackboard site, starting in January, with Bench "
     "Days 1, 5 and 8 held in the Long Room so that Tack Room bench-hands meet their Bench Master and the rest of "
     "the group. Each online Bench Day is a set of short recorded demonstrations, readings and a bench task, posted "
     "on the Monday of the week; you post your task by the Friday, and your Bench Master replies to each posting "
     "within seven days.")
para("There is no discussion board: your postings are seen only by you and your Bench Master.")
para("You may change route at the end of any term, and you may take Bench Days 4 to 7 in any order that suits your "
     "school's calendar. Every bench-hand, whatever their experience, works through all eight Bench Days, in the "
     "Long Room or in the Tack Room, apart from the two days that a successful claim for prior learning excuses.")

days = [
    ("AUTUMN TERM 2008", None),
    ("1", "24 September", "Measuring up. The SENCO's role and what the law asks of it: the SEN Code of Practice "
     "(2001), the Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as "
     "amended in 2005 and the disability equality duty, and Removing Barriers to Achievement (2004). The five Every "
     "Child Matters outcomes and the SENCO's part in them.", "Helen Askew"),
    ("2", "22 October", "Knowing the leather. The common types of need – behavioural, emotional and social "
     "difficulties; dyslexia and other specific learning difficulties; speech, language and communication needs, "
     "with the Bercow Review (2008); autistic spectrum disorders; moderate learning difficulties – and how each can "
     "affect learning. How children develop, and how development is affected by SEN, disability and the setting.",
     "Margaret Pyle, Dr Tom Rigg"),
    ("3", "26 November", "Marking out. Identifying pupils who may have SEN from observation, data and assessment; "
     "setting targets and planning interventions; reviewing progress. Using reports from educational psychologists, "
     "speech and language therapists and other professionals to plan teaching. Tracking progress with end of key "
     "stage results, optional tests and P scales, and changing a programme that is not working.", "Dr Tom Rigg"),
    ("SPRING TERM 2009", None),
    ("4", "28 January", "Panels and flocking. Provision mapping and managing provision; finding provision that does "
     "not work or is missing. Deploying and managing teaching assistants; managing your own time, setting "
     "priorities and delegating. Solving problems before they arise. Resources, software and ICT for removing "
     "barriers to learning.", "Helen Askew"),
    ("5", "25 February", "Working the bench with colleagues. Advising and supporting teachers and teaching "
     "assistants; observing lessons and giving feedback; coaching and mentoring; leading a staff meeting; "
     "encouraging colleagues' formative assessment for pupils with SEN; bringing the headteacher and senior leaders "
     "with you. Working with the SENCOs of the other schools in your cluster.",
     "Helen Askew, Cumbrell SEN Support Service"),
    ("6", "25 March", "Families. Listening to parents and carers and working with them as partners; running annual "
     "reviews and IEP meetings with families; the Cumbrell Parent Partnership Service. Relationships with pupils "
     "and their families that are fair and steady.", "Margaret Pyle, Cumbrell Parent Partnership Service"),
    ("SUMMER TERM 2009", None),
    ("7", "13 May", "Level and rule. Working with governors and senior leaders on the SEN policy and the school's "
     "priorities; the principles of school self-evaluation, the self-evaluation form and improvement planning; "
     "reviewing provision with staff; what research and Ofsted's inspection evidence say about what works.",
     "Helen Askew, Dr Anna Whitlow (University of Wensham)"),
    ("8", "24 June", "Show Day. Presentations of Tool Check 3 to Bench Masters, Yard Mentors and headteachers. "
     "Keeping your tools sharp: your own CPD. Venue: [Long Room or Wensham campus – TBC]", "All Bench Masters"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(("Day", "Day Bench (Wednesdays)", "What is on the bench", "Bench Master")):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9)
    shade(t.rows[0].cells[i], "5A3214")
    t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(t.rows[0])
for row in days:
    r = t.add_row()
    if row[1] is None:
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, row[0], bold=True, size=9)
        shade(m, "E8D9C5")
        continue
    for i, v in enumerate(row):
        cell_text(r.cells[i], v, size=9)
set_col_widths(t, [Cm(1.2), Cm(2.8), Cm(9.6), Cm(3.0)])

# ---------------------------------------------------------------- 5
h1("5  Tool Checks")
para("There are three Tool Checks. Each is done in your own school, with your own pupils and colleagues, and each "
     "is marked against the University's Level 7 criteria.")
para("(3,000 words, handed in after Bench Day 2). A tracing of your school's shape: how its SEN policy and practice "
     "meet the SEN Code of Practice and the duties of the disability discrimination legislation, and how they serve "
     "the five Every Child Matters outcomes, ending with an action list agreed with your headteacher.",
     bold_lead="C1 The Wither Tracing ")
para("(4,000 words, after Bench Day 5). A provision map for one year group, built with your teaching assistants and "
     "class teachers, and the case files of three pupils: the nature of each pupil's need and how it affects their "
     "learning; how each was identified; the reports from other professionals you used; their targets and "
     "intervention plans, with the approaches and resources, ICT among them, that you chose; their progress tracked "
     "through summative results; the decisions you made about their provision and why; how you deployed the "
     "teaching assistants who work with them; and, for one of the three, the access arrangements you set up for end "
     "of key stage tests or GCSE examinations. It ends with a page on how you plan your own time and what you "
     "delegate.", bold_lead="C2 The Panel ")
para("(5,000 words and a twenty-minute presentation at Show Day). A change you lead in your school's provision for "
     "pupils with SEN, agreed with your headteacher and governors as a change to the school's SEN policy or "
     "priorities, carried out with colleagues and evaluated with them: how you won the commitment of your "
     "headteacher and senior colleagues, what the research and outside advice said, how you involved the parents of "
     "the pupils concerned, what difference it made, and what the school's self-evaluation should now say. Your "
     "Yard Mentor confirms that the change took place.", bold_lead="C3 The Fitting ")
h2("Marking and moderation")
pm = para("Your Bench Master first-marks each Tool Check against the University's Level 7 criteria and the check "
          "sheet for that Tool Check. Every third script, and every script that fails, is second-marked blind by a "
          "Bench Master who did not teach you; the two agree a mark or, if they cannot, the University's link tutor "
          "decides. Before any marking begins, all the Bench Masters mark the same two scripts and compare their "
          "marks. The University's moderator samples a quarter of all scripts, and the external examiner sees a "
          "sample and every fail before the University's assessment board confirms the marks.")
fn.add(pm, "The external examiner for the Postgraduate Certificate is Dr Ruth Okafor-Lane, Senior Lecturer in "
           "Inclusive Education at the University of Carrowdene, appointed by the University of Wensham in 2008.")
ptb = doc.add_paragraph()
add_textbox(ptb, [
    [("THE BENCH AT A GLANCE", True)],
    [("60 credits at Level 7 · University of Wensham", False)],
    [("8 Bench Days · 3 Tool Checks · 1 Yard Mentor", False)],
    [("Two routes: the Day Bench (September) or the Tack Room (January)", False)],
    [("You are awarded the Postgraduate Certificate and its 60 credits when you have passed all three Tool Checks "
      "at 50 per cent or more.", False)],
], width_pt=400, height_pt=118, fill="F3ECE2", stroke="5A3214")

# ---------------------------------------------------------------- 6
h1("6  The Tool Roll")
para("The roll follows. The four ways a tool can come to you are explained in section 2.")
roll = [
    ("KNIVES – how you work with people", None),
    ("T1", "Round knife", "Cutting a fair line: relationships with pupils who have SEN or disabilities, and with their "
     "parents and carers, that are fair, respectful, steady and constructive.", "6", "Issued"),
    ("T2", "Head knife", "Bringing the head with you: gaining the commitment of colleagues, including the headteacher "
     "and senior leaders, to better outcomes for pupils with SEN and disabilities.", "5", "Issued and checked (C3)"),
    ("T3", "Skiving knife", "Paring the job down: setting priorities, managing your time, and delegating tasks to the "
     "right people and making sure they are done.", "4", "Issued and checked (C2)"),
    ("T4", "Edge shave", "Taking off the sharp edges: seeing problems coming, resolving them, and making "
     "well-founded decisions about provision.", "4", "Issued and checked (C2)"),
    ("T5", "Crease iron", "A clean line: saying and writing what you mean clearly, and listening to and understanding "
     "what others think.", "5, 6", "Issued and checked (C3)"),
    ("T6", "Pattern book", "Other makers' patterns: using research evidence and outside advice to improve your own "
     "practice and your colleagues'.", "7", "Issued and checked (C3)"),
    ("T7", "Oilstone and strop", "Keeping an edge: keeping up to date with SEN and disability and taking charge of "
     "your own professional development.", "8", "Issued"),
    ("IRONS AND AWLS – what you know", None),
    ("T8", "Pricking iron", "The law and the Code: the laws and guidance on SEN, the SEN Code of Practice, what they "
     "mean for the school, the SENCO and others, and how to put them into practice.", "1", "Issued and checked (C1)"),
    ("T9", "Stitch wheel", "Every Child Matters: the five outcomes, the principles behind them and how a SENCO helps "
     "pupils reach them.", "1", "Issued and checked (C1)"),
    ("T10", "Stitching awl", "Disability equality: the laws on disability equality, what they require a school to do "
     "for disabled pupils, and how best to do it.", "1", "Issued and checked (C1)"),
    ("T11", "Tree gauge", "How children grow: child development, and how SEN, disability and the physical and social "
     "setting for learning affect it.", "2", "CHANGE"),
    ("T12", "Punch set", "Knowing the leather: the common types of SEN and disability – BESD, dyslexia and other "
     "specific learning difficulties, SLCN, autistic spectrum disorders and MLD – and how they affect learning.",
     "2", "Issued and checked (C2)"),
    ("T13", "Race and compass", "Tools for the job: a critical understanding of approaches, strategies and resources "
     "for assessment, planning, teaching and learning, including ICT, and how to use them to remove barriers and "
     "personalise provision.", "3, 4", "Issued and checked (C2)"),
    ("T14", "Level and rule", "Self-evaluation: the principles of school self-evaluation and improvement, and how "
     "they bear on outcomes for pupils with SEN and disabilities.", "7", "Issued and checked (C3)"),
    ("T15", "Master's pattern", "What works: best practice and the findings of research on meeting special "
     "educational needs.", "7", "Issued and checked (C3)"),
    ("T16", "Trade directory", "Outside help: the scope and role of external agencies, and how to get specialist "
     "support and resources for pupils.", "–", "Not in this roll (see the note below the roll)"),
    ("FITTING TOOLS – what you do in school", None),
    ("T17", "Wither gauge", "Setting the school's shape: working with senior colleagues and governors to advise on "
     "and influence an inclusive ethos, the school's policies and priorities and its use of resources.", "7",
     "Issued and checked (C3)"),
    ("T18", "Flexicurve", "Taking the measure: identifying pupils who may have SEN, setting challenging targets, "
     "planning interventions that remove barriers, and reviewing progress.", "3", "Issued and checked (C2)"),
    ("T19", "Fitter's notes", "Other fitters' notes: using assessments from a range of professionals to shape "
     "teaching and learning.", "3", "Issued and checked (C2)"),
    ("T20", "Weighing scale", "Weighing up: using summative assessments, including national tests, to track progress "
     "and change programmes.", "3", "Issued and checked (C2)"),
    ("T21", "Chalk and try-square", "Checking as you go: encouraging other teachers to develop formative assessment, "
     "with particular thought for pupils with SEN.", "5", "Issued"),
    ("T22", "Girth measure", "Fitting for the day: spotting in good time the special arrangements pupils need for "
     "national tests and examinations, and putting them in place with colleagues.", "–", "Bring your own (C2)"),
    ("T23", "Flocking iron", "Panels and flocking: provision mapping and management, and finding provision that is "
     "not working or is missing.", "4", "Issued and checked (C2)"),
    ("T24", "Clams", "Holding the work: deploying and managing teaching assistants and other staff to support "
     "pupils.", "4", "Issued and checked (C2)"),
    ("T25", "Stitching horse", "Bringing others on: supporting colleagues' professional development by observing and "
     "giving feedback, modelling, coaching and mentoring, and arranging training.", "5", "Issued"),
    ("T26", "Fitting log", "Looking back with the team: reviewing with other staff how well provision has worked, to "
     "feed the school's self-evaluation and improvement planning.", "7", "Issued and checked (C3)"),
    ("T27", "Rider's card", "The rider's say: making sure pupils take part in planning, agreeing, reviewing and "
     "evaluating their own provision.", "–", "Not in this roll"),
    ("T28", "Owner's book", "Talking with owners: liaising with parents and carers to support their children's "
     "learning and development.", "6", "Issued and checked (C3)"),
    ("T29", "Farrier's number", "Calling in the farrier: working with other services and agencies, including "
     "voluntary organisations, so that support for a pupil hangs together.", "–",
     "Not in this roll (see the note below the roll)"),
]
rt = doc.add_table(rows=1, cols=5)
rt.style = "Table Grid"
for i, h in enumerate(("No.", "Tool", "What it is for in a SENCO's hands", "Bench Day", "How it comes to you")):
    cell_text(rt.rows[0].cells[i], h, bold=True, size=9)
    shade(rt.rows[0].cells[i], "5A3214")
    rt.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(rt.rows[0])
for row in roll:
    r = rt.add_row()
    if row[1] is None:
        m = r.cells[0].merge(r.cells[4])
        cell_text(m, row[0], bold=True, size=9)
        shade(m, "E8D9C5")
        continue
    for i, v in enumerate(row):
        if v == "CHANGE":
            p = r.cells[i].paragraphs[0]
            del_run(p, "Issued and checked (C1)", HA, D2)
            ins_run(p, "Issued", HA, D2)
            continue
        cell_text(r.cells[i], v, size=9, bold=(i == 1))
set_col_widths(rt, [Cm(1.1), Cm(2.6), Cm(8.6), Cm(1.5), Cm(2.8)])
para("Working with other services and agencies is taught by Cumbrell County Council in its own multi-agency "
     "training for school staff, which your school books separately; it is not part of the Bench.",
     bold_lead="Note to T16 and T29. ")

# ---------------------------------------------------------------- 7
h1("7  Who is at the bench")
h2("Bench Masters")
para("MA (Special Educational Needs), was SENCO of Cumbrell High School for eleven years and has led Fellbarrow's "
     "learning support since 2005; she sits on the committee of the county branch of NASEN.",
     bold_lead="Helen Askew, Bench Master in charge, ")
para("holds a diploma in teaching pupils with specific learning difficulties and AMBDA, and is a specialist teacher "
     "with the County's SEN Support Service, seconded to the Bench for one day a week.",
     bold_lead="Margaret Pyle, Bench Master, ")
para("is a senior educational psychologist with Cumbrell County Council, seconded for twenty days a year.",
     bold_lead="Dr Tom Rigg, Bench Master, ")
para("Senior Lecturer in Inclusive Education at the University of Wensham, is the link tutor; she teaches Bench "
     "Day 7 and chairs the marking meetings.", bold_lead="Dr Anna Whitlow, ")
para("Every Bench Master spends at least two days a year working alongside a SENCO in a Cumbrell school and attends "
     "the University's annual inclusion conference, so that what we teach is what schools are doing now.")
h2("Knowing the job")
para("Before teaching on the Bench, each Bench Master has a day's induction with the University link tutor on the "
     "Level 7 criteria, the check sheets and the University's assessment regulations, and is given the Bench "
     "Master's Notes, which set out who does what in teaching, tutoring and marking.")
inserted_paragraph(doc, [("Yard Mentors. ", True),
                         ("Before Bench Day 1 every Yard Mentor comes to a half-day briefing at Fellbarrow (for Tack "
                          "Room schools, a telephone briefing with a Bench Master) on what a Yard Mentor does: meeting "
                          "the bench-hand twice a term, watching them use the tools marked Issued, confirming that the "
                          "change in Tool Check 3 took place, and telling the Bench Master early if anything is going "
                          "wrong. Each Yard Mentor is given the Yard Mentor's Notes.", False)], HA, D2)
h2("Specialists and placements")
para("Bench Days bring in specialists from outside Fellbarrow: the County's SEN Support Service, its educational "
     "psychologists, the Parent Partnership Service and the University. Bench-hands do not go on placement; the "
     "Bench is taught in the Long Room, in the Tack Room and in your own school. (Fellbarrow's placement scheme, "
     "under which our saddlery apprentices spend six weeks at the bench of a master saddler, is for the apprentices "
     "only.)")
h2("Resources")
para("The workshop library holds some six hundred books on special educational needs, the journals Support for "
     "Learning and the British Journal of Special Education, and the Inclusion Development Programme materials; "
     "bench-hands also have full use of the University of Wensham's library and its electronic journals. We lend a "
     "set of standardised assessment materials and a laptop loaded with Clicker 5, Widgit symbol software and "
     "provision-mapping software, and the Tack Room site holds every Bench Day's materials for both routes.")

# ---------------------------------------------------------------- 8
h1("8  Workshop rules: equal access")
para("The Nomination Form asks every applicant whether they have a disability, a health condition or a specific "
     "learning difficulty we should know about, and tells you why we ask: so that we can make adjustments before you "
     "arrive, not after. What you tell us goes only to the Bench Master in charge and the University's disability "
     "adviser. Adjustments we have made include large-print and coloured-paper handouts, a hearing loop in the Long "
     "Room, a ground-floor bench, recorded Bench Days for a bench-hand who could not travel, and – agreed through the "
     "University's disability service – extra time, a reader or a scribe, and a later hand-in date for Tool Checks. "
     "Our publicity and the Nomination Form are available in large print and as audio. We follow the University of "
     "Wensham's Disability Equality Scheme and its Race Equality Policy, and each summer the Bench Masters go "
     "through every Tool Check brief to make sure it does not shut out a disabled bench-hand.")

# ---------------------------------------------------------------- 9
h1("9  Keeping the Bench sharp")
h2("What schools told us")
para("In March 2008, before the Bench was validated, Cumbrell County Council's SEN Support Service sent our "
     "questionnaire to all 63 of the county's primary, secondary and special schools; 41 replied, 29 headteachers "
     "and 35 SENCOs among them. Headteachers asked most often for help with provision mapping and with managing "
     "teaching assistants; SENCOs asked for time out of school to be kept short, and those in the west of the county "
     "for less travelling. The County's Principal Officer for SEN told us that the Council's priorities were the "
     "deployment of teaching assistants and the progress of pupils at School Action Plus.")
para("We added Bench Day 4, Panels and flocking, on provision mapping and teaching assistants; we cut the taught "
     "days from ten to eight; we moved the Bench from Fridays to Wednesdays; and we opened the Tack Room route for "
     "the western schools.", bold_lead="What we changed because of it. ")
h2("Who else has a hand in the Bench")
p43 = para("Headteachers and Yard Mentors come to Show Day to hear the bench-hands present their Fitting, and Yard "
           "Mentors work with bench-hands in school throughout the year. The Bench itself is evaluated by the "
           "bench-hands and the Bench Masters.")
comment(doc, p43.runs[0], "Should we ask the heads to fill in the evaluation as well? TR", "Tom Rigg", "TR")
h2("Research and inspection")
para("The Bench Days are built on recent evidence: Ofsted's reports Special educational needs and disability: "
     "towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), the Education "
     "and Skills Committee's report on special educational needs (2006), the Bercow Review of services for children "
     "and young people with speech, language and communication needs (2008), and the Inclusion Development "
     "Programme (DCSF, 2008). Each summer the Bench Masters read the year's new research and inspection evidence and "
     "change the Bench Day materials to fit.")
h2("Listening to pupils")
p15 = para("Fellbarrow has not yet found room on the eight Bench Days for consulting pupils about their own "
           "provision. We hope to add a ninth Bench Day on it when the University next reviews the Bench.")
comment(doc, p15.runs[0], "We DO ask them to interview two pupils for C3 - put it in? MP", "Margaret Pyle", "MP")
h2("How we check our own work")
para("After every Bench Day each bench-hand fills in an evaluation slip; the Bench Masters read them the same week "
     "and change the next day's plans if they need to. At the end of each term the Bench Masters and the University "
     "link tutor meet to look at the slips, the Tool Check marks and attendance. From outside Fellbarrow, the "
     "external examiner writes a report each year, and the University's annual monitoring review reads it alongside "
     "our own figures. Every July the Sharpening Meeting of the Bench Masters and the link tutor goes through all of "
     "it and writes down what will change for the next intake; the changes are reported to the University's Board "
     "of Studies, which checks the following year that they were made.")
h2("What difference the Bench makes")
para("We measure what the Bench does for bench-hands in two ways: the Kit Check ratings at the start are set "
     "against the ratings at Show Day, which shows how far confidence has grown on each tool, and the Tool Check "
     "marks show competence. We hope that in time the pupils of our bench-hands will do better too, and we would "
     "like to find a way of showing it.")

# ---------------------------------------------------------------- 10
h1("10  After the Bench, and what it costs")
para("At Show Day every bench-hand is given the University of Wensham's leaflet on the MA in Inclusive Education, "
     "into which the Bench's 60 credits count in full.")
para("The fee for the Bench is £1,250. Cumbrell County Council pays £800 of it for SENCOs in its maintained "
     "schools, and the Tack Room route saves a school five days of supply cover. Each bench-hand has a one-to-one "
     "tutorial with their Bench Master after every Tool Check, in which the Bench Master goes through the marker's "
     "comments and agrees with you what to work on before the next Check; a bench-hand who is struggling can have "
     "extra tutorials at no charge.", bold_lead="Fees and tutorials. ")
para("Helen Askew, Bench Master in charge, for Fellbarrow Saddlery School. Dr Anna Whitlow, link tutor, for the "
     "University of Wensham.", bold_lead="Signed: ")

fn.finish()
doc.save(str(OUT))
print("wrote", OUT)
