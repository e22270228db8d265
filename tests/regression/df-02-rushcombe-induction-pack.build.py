"""Build df-02.docx: Rushcombe County Council Educational Psychology Service, "Starting Out", the
New SENCO Induction Pack 2009-10, sent as the application (invented provider).

Provider
--------
Rushcombe County Council, Children, Schools and Families, Educational Psychology Service (EPS), based
at Hythe House, Tadford. The EPS leads the council's SENCO training, the Rushcombe SENCO Award, with two
partner schools: St Werburgh's CE Primary School (Tadford), which has a Nurture Group, and Kingsmead
School (Minsterbridge, 11-16), which has an Autism Base. The (invented) University of Elsworth
validates a Postgraduate Certificate in Special Educational Needs Coordination. Dated 27 March 2009;
2008-era vocabulary (School Action / School Action Plus, statements, IEPs, CRB, DDA and the Disability
Equality Duty, SEN Code of Practice 2001, ECM, CAF, SEF and RAISEonline, P scales, IDP, Bercow).

Layout (a kind of document an LA SEN service really keeps and hands out: a new-SENCO induction pack)
-------------------------------------------------------------------------------------------------
The EPS sends its induction pack for every new SENCO in the county, in which the Award is one part,
with a short covering letter; it did not rewrite the pack for the panel.
- Cover page; covering letter to the TDA (with a blanket claim about the outcomes); a typed contents
  list.
- "Welcome" from the Principal Educational Psychologist (values).
- Part 1 "Your first term": a checklist table of tick boxes (☐) of SENCO tasks, and a shaded
  one-cell "Top tip" box of advice to the new SENCO.
- Part 2 "The law in a nutshell" (information for the SENCO, not course content).
- Part 3 "Who's who": a contacts table of county services and voluntary bodies.
- Part 4 "The Rushcombe SENCO Award": Heading 2 sub-sections in the second person (what it is for,
  who runs it with a team table, why it looks as it does, who can join, the Starting Audit, credit,
  direct assessment, organisation and choices, online study, specialist strands and fee, specialists
  and placements, research, resources, assessment, disability, quality, after the Award).
- Part 5 "The SENCO Forum".
- Part 6 "Your SENCO year" in a landscape section: a calendar table by term with columns "In your
  school" and "On the Award", and a row for a separate Council course.
- Part 7 "The Award unit by unit": three unit tables, each with a merged, shaded title row and two
  columns, "In this unit you will work on" and "Assignment N asks you to show that you", holding
  typed bullet lists of the outcomes in the pack's own words; a note under Unit 3.
- Header and footer (the footer claims an annual review with the SENCO Forum and headteachers).
No heading numbers collide with requirement ids.

Traps and the requirement ids they affect
-----------------------------------------
- E.2 partially_met: 60 credits at Level 7, but "you may take the same three units at Level 6 instead"
  leading to a Graduate Certificate.
- 1.7 partially_met: parents appear as a value in the Welcome ("parents are our partners"), as a task
  in the new SENCO's checklist (advice, not training), and in the Award only as "what the Parent
  Partnership Service offers families": no development of skills in advising and working with parents.
- 1.9 and 6.0 partially_met: award on passing three assignments and attendance; the unit tables leave
  several outcomes unassessed or absent, against the letter's "every one of the national minimum
  outcomes is covered".
- 2.1 partially_met: holders of the old Certificate are excused the Unit 1 study days, but "The
  University does not give credit towards the Award for the Certificate or for experience".
- 2.2 partially_met: Starting Audit against the outcomes, but used only to form mixed study groups and
  left with the mentor, "who may wish to use it in your performance management"; no individual plan or
  personalised outcomes.
- 2.3 met: Direct Assessment route concretely described.
- 2.4 met: specialist strands chosen by need, tasks set in own school, two routes; the fee explained
  against the nearest university course and travel (cost-effectiveness).
- 2.5 not_met (aspiration): "We hope that many of you will go on to the University's MA ...".
- 3.1 partially_met: a value statement ("committed to equality of opportunity and meets its duties")
  plus accessible venues and an invitation to disclose; no arrangement for adjustments to teaching,
  materials or assessment.
- 3.2 met: two intakes, either order, face to face or online, one or two years.
- 3.3 partially_met: online units with peer forums, but self-study: "tutors do not take part in the
  forums"; questions wait for the face-to-face sessions (no direct tutor support online).
- 4.1, 4.2 met (2008 survey, headteacher workshop, Parent Carer Forum; what changed).
- 4.3 partially_met: stakeholders deliver (county services teach, partner schools host, the Forum's
  area groups host the cluster task), but in evaluation only "welcome to tell us what they think ...
  at any Forum meeting"; the footer's "reviewed every summer with the SENCO Forum and headteachers" is
  not evidence.
- 5.1 partially_met: internal evaluation only (day sheets, unit questionnaires, tutors' July review);
  no external evaluation.
- 5.2 met: entry conversation about the Starting Audit, advice to take SEN Essentials first, liaison
  with the head.
- 5.3 partially_met: only the headteacher's confirmation of a current enhanced CRB disclosure; no
  other background checks, nothing for those out of school.
- 5.4 met; 5.5 met (specialist services teach; two-day placement arranged with a host teacher);
  5.6 met (EPS library loans, ICT suite, RLP); 5.8 met (double marking, University moderation).
- 5.7 partially_met: tutors described in general ("know the Award inside out"); mentors are sent a
  four-page guide; nothing prepares tutors or mentors for their roles.
- 5.9 partially_met: Assignment 3 asks participants to show the difference to pupils' learning and
  well-being, but the provider collates nothing, measures nothing on participants' competence or
  confidence (day sheets ask "how useful"), and tracking impact is only hoped for ("We would like, in
  time ...").
- Outcomes (Part 7):
  met (worked on in a unit and in that unit's assignment list): A2, A5, A6, K1, K2, K3, K5, K6, K7,
  K8, K9, S1, S2, S2a, S2b, S3, S5, S6, S7, S9;
  relationships with pupils assessed, parents not (A1 partially_met);
  worked on but not assessed: A4 (solution circles), A7 (Professional Development Record "not
  assessed"), S2d (access arrangements; the Part 6 calendar's access-arrangement deadline is the
  SENCO's school task, not the Award), S8 (the Parent Partnership Service's offer) (partially_met);
  assessed but not worked on: K4 (Assignment 2 asks about the pupil's development) (partially_met);
  only a "Top tip" of advice in Part 1 (A3 not_met);
  absent: formative assessment (S2c not_met);
  "not part of the Award", a separate Council course in Part 6 (S4 not_met).
- Totals: 38 met, 19 partially_met, 4 not_met, 0 not_applicable.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("df-02-rushcombe-induction-pack.docx")

doc = Document()
doc.core_properties.author = "Mark Ellery"
doc.core_properties.title = "Starting Out: Rushcombe New SENCO Induction Pack 2009-10"
normal = doc.styles["Normal"]
normal.font.name = "Tahoma"
normal.font.size = Pt(10)
for lvl, size, col in ((1, 15, (0x00, 0x6B, 0x5E)), (2, 11.5, (0x00, 0x4D, 0x44))):
    h = doc.styles[f"Heading {lvl}"]
    h.font.name = "Tahoma"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(*col)

TEAL = "006B5E"
MINT = "DFF2EE"
SAND = "FFF4D6"


def para(text="", bold=False, italic=False, size=None, align=None, after=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_lines(cell, lines, bold_first=False, size=9):
    """Fill a cell with one paragraph per line; lines starting '• ' are typed bullets."""
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        if line.startswith("\u2022 "):
            p.paragraph_format.left_indent = Cm(0.35)
            p.paragraph_format.first_line_indent = Cm(-0.35)
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold_first and i == 0


def table(rows, header=True, size=9, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_lines(c, val.split("\n"), bold_first=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, MINT)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def tip(title, text):
    """A shaded one-cell 'Top tip' box."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, SAND)
    cell_lines(c, [title, text], bold_first=True, size=9.5)
    para("", after=2)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
A4W, A4H = Cm(21.0), Cm(29.7)
hp = sec.header.paragraphs[0]
hr = hp.add_run("Starting Out \u00b7 The Rushcombe New SENCO Induction Pack \u00b7 2009\u201310 edition")
hr.font.size = Pt(7.5)
hr.font.color.rgb = RGBColor.from_string(TEAL)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Rushcombe County Council \u00b7 Educational Psychology Service \u00b7 This pack, and the Award, "
                "are reviewed every summer with the SENCO Forum and headteachers \u00b7 Page ")
fr.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ cover
para("", after=70)
para("Starting Out", bold=True, size=36, align="c", colour=TEAL, after=4)
para("The Rushcombe New SENCO Induction Pack", size=16, align="c", after=4)
para("2009\u201310 edition", italic=True, size=12, align="c", after=50)
para("including the Rushcombe SENCO Award", bold=True, size=12, align="c", after=60)
para("Rushcombe County Council \u00b7 Children, Schools and Families", size=10, align="c", after=0)
para("Educational Psychology Service \u00b7 Hythe House \u00b7 Station Road \u00b7 Tadford TD2 4RE", size=10,
     align="c")
page_break()

# ------------------------------------------------------------------ covering letter
para("Training and Development Agency for Schools", after=0)
para("SENCO Training Approval Panel", after=0)
para("151 Buckingham Palace Road, London SW1W 9SZ")
para("27 March 2009")
para("Dear colleagues,")
para("Application for approval: the Rushcombe SENCO Award", bold=True)
para("We enclose the 2009\u201310 edition of Starting Out, the induction pack that every new SENCO in "
     "Rushcombe receives from the Educational Psychology Service. Part 4 describes the Rushcombe SENCO "
     "Award, which the Service runs with St Werburgh\u2019s CE Primary School and Kingsmead School, and Part "
     "7 sets out the Award unit by unit.")
para("We have not rewritten the pack for the panel. We would rather you saw the Award as our new SENCOs "
     "will see it: as one part of their first year in the role, alongside the Forum, the county\u2019s "
     "services and their own school. Every one of the national minimum outcomes is covered in Part 7.")
para("Yours faithfully,", after=16)
para("Dr Alison Greaves", bold=True, after=0)
para("Principal Educational Psychologist, Rushcombe County Council")
page_break()

# ------------------------------------------------------------------ contents
para("Contents", bold=True, size=13, colour=TEAL)
for line in ("Welcome", "Part 1  Your first term", "Part 2  The law in a nutshell", "Part 3  Who\u2019s who",
             "Part 4  The Rushcombe SENCO Award", "Part 5  The SENCO Forum", "Part 6  Your SENCO year",
             "Part 7  The Award unit by unit"):
    para(line, after=2)

# ------------------------------------------------------------------ welcome
doc.add_heading("Welcome", level=1)
para("Welcome to one of the most rewarding jobs in a school. As a SENCO you will make a difference to the "
     "children who find school hardest, and to their families. In Rushcombe we believe that every child "
     "should be happy, safe and achieving, and that parents are our partners in making that happen. You "
     "will not be on your own: your link educational psychologist, the county\u2019s specialist services "
     "and more than fifty other SENCOs are here to help.")
para("Keep this pack to hand through your first year. Dip into it when you need it.")
para("Dr Alison Greaves, Principal Educational Psychologist", italic=True)

# ------------------------------------------------------------------ Part 1
doc.add_heading("Part 1  Your first term", level=1)
para("Tick these off as you go.")
CHECK = [
    ("", "What to do", "Who can help"),
    ("\u2610", "Read your school\u2019s SEN policy, SEN register and last Ofsted report", "Your headteacher"),
    ("\u2610", "Find out who your link EP is and book your termly planning meeting", "EPS (Part 3)"),
    ("\u2610", "Check the SEN register against your school\u2019s tracking data", "Your link EP"),
    ("\u2610", "Introduce yourself to the parents of pupils at School Action Plus and with statements",
     "Parent Partnership Service"),
    ("\u2610", "Ask pupils with IEPs what helps them learn, and record their views on the IEP", "Your link EP"),
    ("\u2610", "Meet your SEN governor", "Governor Services"),
    ("\u2610", "Apply for a place on the Rushcombe SENCO Award by 30 June (Part 4)", "Award administrator"),
    ("\u2610", "Come to the SENCO Forum (Part 5)", "EPS"),
]
table(CHECK, widths=[1.0, 11.0, 4.5])
para("")
tip("Top tip",
    "You cannot do everything at once. Make a list, decide what matters most this term, and hand on what "
    "others can do: a good SENCO prioritises, manages time and delegates. Protect one hour a week for the "
    "SEN register.")

# ------------------------------------------------------------------ Part 2
doc.add_heading("Part 2  The law in a nutshell", level=1)
para("The SEN Code of Practice (2001) sets out a graduated response: School Action, School Action Plus, "
     "and statutory assessment, which may lead to a statement of special educational needs. Schools must "
     "have regard to the Code. The Education Act 1996 and the Special Educational Needs and Disability Act "
     "2001 give the legal framework. The Disability Discrimination Act 1995, as amended in 2005, requires "
     "schools to make reasonable adjustments for disabled pupils, to plan to improve access and, since "
     "December 2006, to promote disability equality. Every Child Matters (2004) sets five outcomes for "
     "every child: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
     "achieving economic well-being.")
para("The SENCO Regulations (2008) require the SENCO to be a qualified teacher. From September 2009 a "
     "teacher new to the role must gain a nationally approved qualification within three years, which is "
     "why we run the Award (Part 4). Rushcombe\u2019s own Graduated Response Guidance (2007) explains what "
     "the county expects at each stage.")

# ------------------------------------------------------------------ Part 3
doc.add_heading("Part 3  Who\u2019s who", level=1)
WHO = [
    ("Service", "What it offers your school", "How to ask for help"),
    ("Educational Psychology Service", "A link EP for every school; consultation, assessment, training, "
     "statutory advice", "Termly planning meeting with your link EP"),
    ("Specialist Teaching Service", "Specific learning difficulties, hearing, vision, physical needs",
     "Referral form via your link EP"),
    ("Autism Outreach Team", "Advice and training for pupils with autism", "Referral form"),
    ("Speech and Language Therapy (Rushcombe PCT)", "Assessment, therapy programmes, training for staff",
     "Referral with parental consent"),
    ("CAMHS", "Primary mental health workers; specialist clinics", "Through your link EP or the GP"),
    ("Behaviour Support Service", "Advice, outreach, support at School Action Plus", "Referral form"),
    ("Parent Partnership Service", "Independent advice for parents; Independent Parental Supporters",
     "Parents can phone directly"),
    ("Connexions", "Year 9 transition reviews and beyond", "Your school\u2019s Connexions adviser"),
    ("Rushcombe Dyslexia Association (voluntary)", "Parent support groups; assistive technology loans",
     "Phone or email"),
    ("Rushcombe Parent Carer Forum (voluntary)", "The voice of parents of disabled children", "Phone or email"),
]
table(WHO, size=8.5, widths=[4.5, 7.0, 5.0])

# ------------------------------------------------------------------ Part 4
doc.add_heading("Part 4  The Rushcombe SENCO Award", level=1)
doc.add_heading("What the Award is", level=2)
para("The Rushcombe SENCO Award is the Postgraduate Certificate in Special Educational Needs Coordination "
     "of the University of Elsworth, validated by the University on 4 March 2009. It has three units of 20 "
     "credits each, 60 credits in all, and most participants take it at Level 7 (Master\u2019s level), so "
     "that the credits count towards the University\u2019s MA in Inclusive Education. If you do not wish to "
     "study at Master\u2019s level, you may take the same three units at Level 6 instead, leading to the "
     "University\u2019s Graduate Certificate in SEN Coordination; the assignments are the same length but "
     "are marked against the University\u2019s Level 6 criteria.")
doc.add_heading("What it is for", level=2)
para("The Award\u2019s aim is that pupils with SEN and disabilities in your school learn better and are "
     "happier, healthier and safer, doing better in all five Every Child Matters outcomes, because of what "
     "you do as their SENCO. Every assignment is about your own school, and Assignment 3 asks you to show "
     "the difference your work has made to pupils\u2019 learning and well-being. Between study days you "
     "carry out school-based tasks in your own school, which your tutor discusses with you at the next "
     "study day.")
doc.add_heading("Who runs it", level=2)
para("The Award is run by the Educational Psychology Service with two partner schools, St Werburgh\u2019s CE "
     "Primary School in Tadford and Kingsmead School in Minsterbridge. Study days are held at Hythe House, "
     "St Werburgh\u2019s and Kingsmead.")
table([
    ("Name", "Role on the Award", "Background"),
    ("Mark Ellery", "Programme Leader; Unit 1", "Senior Educational Psychologist; former secondary SENCO; "
     "MSc Educational Psychology"),
    ("Dr Fiona Chalmers", "Unit 2 leader", "Educational Psychologist; DEdPsy (2007); speech, language and "
     "communication needs"),
    ("Rachel Amadi", "Unit 3 leader", "Educational Psychologist; former primary deputy headteacher"),
    ("Sue Hartley", "Unit 1 co-tutor", "SENCO at St Werburgh\u2019s for eleven years; NPQH"),
    ("Ian Trask", "Unit 2 co-tutor", "Head of the Autism Base, Kingsmead School; Advanced Diploma in Autism"),
], size=8.5, widths=[3.5, 4.0, 9.0])
para("All the EP tutors are Chartered Educational Psychologists with at least five years\u2019 work in "
     "Rushcombe schools. Tutors keep up to date through the Service\u2019s half-termly research group, the "
     "annual Rushcombe SEN Conference and the professional development agreed at their annual appraisal. "
     "All our tutors are experienced educational psychologists and teachers who know the Award inside "
     "out. Your headteacher nominates a school mentor, usually a member of the senior leadership team, who "
     "meets you twice a term; we send every mentor our four-page Mentor Guide.")
doc.add_heading("Why the Award looks as it does", level=2)
para("In January and February 2008 we surveyed the 52 members of the SENCO Forum (38 replied), held a "
     "workshop with 14 headteachers, and asked the Rushcombe Parent Carer Forum what a SENCO most needs. "
     "SENCOs in the west of the county told us that travelling to Tadford for whole days was their biggest "
     "obstacle. Headteachers wanted a course that changes practice in school, not one that only produces "
     "essays. Parents asked for SENCOs who listen to children. So we added an online route for Units 1 and "
     "2, built every assignment around work in your own school, and gave a whole study day in Unit 2 to "
     "pupils\u2019 views.")
doc.add_heading("Who can join", level=2)
para("The Award is for qualified teachers who are SENCOs in Rushcombe schools, or will become SENCOs within "
     "the year, and who are nominated by their headteacher. Before a place is confirmed the Programme "
     "Leader talks with every applicant, face to face or by telephone, about their Starting Audit. If the "
     "audit and the conversation suggest that an applicant is not yet ready (for example a teacher who has "
     "never written or reviewed an IEP), we explain what to do first, usually the three-day SEN Essentials "
     "course, and talk it through with the headteacher; the applicant can then join the next intake.")
para("Your headteacher confirms on the nomination form that you have a current enhanced CRB disclosure.")
doc.add_heading("Your Starting Audit", level=2)
para("When you apply you complete the Starting Audit, rating yourself from 1 (new to this) to 4 (confident "
     "and could help others) against each national outcome. Bring it to the induction day and talk it "
     "through with your school mentor, who may wish to use it in your performance management. We use the "
     "audits to put participants into study groups with a mix of experience.")
doc.add_heading("Credit for what you have already done", level=2)
para("If you hold the Rushcombe Certificate in Inclusive Practice (2004\u20132008), you need not attend the "
     "Unit 1 study days, but you must still submit Assignment 1. The University does not give credit "
     "towards the Award for the Certificate or for experience.")
doc.add_heading("Already an experienced SENCO? Direct Assessment", level=2)
para("If you have led SEN provision in a school for at least two years, or work as an advisory teacher in "
     "an SEN support service, you may apply to be assessed without attending the study days. You submit a "
     "portfolio showing how you meet each national outcome, with the three assignments, and have a "
     "one-hour professional discussion with two tutors. The Programme Leader and the University link "
     "tutor decide who is accepted. The fee is \u00a3400.")
doc.add_heading("How the Award is organised", level=2)
para("There are three units (Part 7). Each has four study days, with school-based tasks in between. There "
     "are two intakes a year, in September and February. Units 1 and 2 can be taken in either order, and "
     "each can be taken face to face or online; Unit 3 is face to face only. You may complete the Award in "
     "one year or spread it over two.")
doc.add_heading("Studying online", level=2)
para("Units 1 and 2 can be studied on the Rushcombe Learning Platform (RLP) instead of at study days. Each "
     "online unit runs for eight weeks, with the week\u2019s readings, video clips and tasks posted every "
     "Monday. Each group has a discussion forum where you can share ideas and questions with the other "
     "participants in your group. The online units are self-study: tutors do not take part in the forums, "
     "and your questions are answered at the three face-to-face sessions at Hythe House at the start, "
     "middle and end of each unit.")
doc.add_heading("Your specialist strand, and what it costs", level=2)
para("In Unit 2 you choose one of four specialist strands (autism, dyslexia, speech language and "
     "communication, behaviour) according to your school\u2019s needs and your own experience, and your "
     "school-based tasks are always set in your own school, so the work fits your setting. The fee is "
     "\u00a3875. The EPS funds the tutors\u2019 time from its training budget, so the fee covers only "
     "University registration, materials and the partner schools\u2019 costs. That is about half the fee of "
     "the nearest university course, with no travel outside the county and no supply cover for online "
     "units.")
doc.add_heading("Specialists and placements", level=2)
para("Each unit includes sessions led by the county\u2019s specialist services: the Autism Outreach Team, "
     "Speech and Language Therapy, CAMHS, the Specialist Teaching Service and the Parent Partnership "
     "Service. Every participant also spends two days in a setting unlike their own, arranged by the "
     "Programme Leader: the Kingsmead Autism Base, the St Werburgh\u2019s Nurture Group, Ridgeway Special "
     "School or the Tadford Pupil Referral Unit, with a host teacher who agrees a programme for the visit "
     "with you beforehand.")
doc.add_heading("Keeping up with research", level=2)
para("Every study day opens with \u2018What\u2019s new?\u2019: a tutor introduces a recent piece of research or "
     "inspection evidence and you discuss what it means for your school. In 2009\u201310 this includes the "
     "Bercow Review (2008), Ofsted\u2019s Inclusion: does it matter where pupils are taught? (2006), the "
     "Inclusion Development Programme and the Lamb Inquiry. The unit leaders revise the reading lists "
     "every summer.")
doc.add_heading("Books, tests and technology", level=2)
para("The EPS library at Hythe House lends books, test materials and intervention programmes to "
     "participants, by post if you work in the west of the county. The ICT suite at Hythe House has Clicker "
     "5, Write Online, Boardmaker and text-to-speech software, and you can book it on any weekday. Every "
     "unit\u2019s materials are on the RLP.")
doc.add_heading("Assessment", level=2)
para("Each unit is assessed by one assignment (Part 7). Your unit tutor marks it against the "
     "University\u2019s criteria. A second tutor marks one in five assignments and every fail without seeing "
     "the first mark, and the University link tutor, Dr Hugh Fenner, moderates a sample from every unit. "
     "To gain the Award you must pass all three assignments and attend at least ten of the twelve study "
     "days (or complete the online units).")
doc.add_heading("If you have a disability", level=2)
para("Rushcombe County Council is committed to equality of opportunity and meets its duties under the "
     "Disability Discrimination Act. Hythe House, St Werburgh\u2019s and Kingsmead are fully accessible. If "
     "you have a disability, please let us know on your application form.")
doc.add_heading("How we check the quality", level=2)
para("At the end of every study day you fill in an evaluation sheet asking how useful you found the day, "
     "the venue and the materials, and at the end of each unit a short questionnaire. The tutors meet "
     "each July to read these and decide what to change for the next intake. We would like, in time, to "
     "track the difference the Award makes to pupils in participants\u2019 schools, and we hope to work with "
     "the University on this.")
doc.add_heading("After the Award", level=2)
para("We hope that many of you will go on to the University\u2019s MA in Inclusive Education, and that you "
     "will stay involved in the SENCO Forum.")

# ------------------------------------------------------------------ Part 5
doc.add_heading("Part 5  The SENCO Forum", level=1)
para("The SENCO Forum meets once a term at Hythe House and is chaired by the EPS. It is open to every "
     "SENCO in the county, and each meeting has a speaker, news from the county and time to share "
     "problems. Between meetings, four area groups meet in schools. Forum members helped to shape the "
     "Award (Part 4), and the area groups host Award participants for the Unit 3 cluster task. Forum "
     "members are welcome to tell us what they think of the Award at any Forum meeting.")
tip("Top tip", "Bring a problem to your first Forum meeting. Someone will have solved it before.")

# ------------------------------------------------------------------ Part 6 (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = A4H, A4W
doc.add_heading("Part 6  Your SENCO year", level=1)
YEAR = [
    ("When", "In your school", "On the Award"),
    ("Autumn term", "Update the SEN register and provision map. IEP reviews. Annual reviews as they fall "
     "due. Year 6 and Year 9 transition reviews.",
     "Induction day (September intake). Unit 1 study days 1\u20134 or online weeks. Assignment 1 due in "
     "December."),
    ("Spring term", "Apply for access arrangements for Key Stage 2 tests and GCSE examinations (check the "
     "deadlines with your examinations officer). IEP reviews. Report to governors.",
     "February intake begins. Unit 2 study days 5\u20138 or online weeks. Two-day placement. Assignment 2 "
     "due in April."),
    ("Summer term", "Key Stage 2 tests. Transition visits. Review the SEN policy with governors. Plan next "
     "year\u2019s provision map.",
     "Unit 3 study days 9\u201312 and the cluster task. Assignment 3 and presentation due in July."),
    ("Every half term", "Planning meeting with your link EP.", "Meeting with your school mentor."),
    ("Also from the Council", "Leading Support Staff (two days, November): the Council\u2019s course on "
     "deploying and managing teaching assistants, open to all SENCOs. Deploying and managing staff is not "
     "part of the Award.", "\u2014"),
]
table(YEAR, size=9, widths=[3.5, 11.0, 10.0])

# ------------------------------------------------------------------ Part 7 (portrait)
port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = A4W, A4H
doc.add_heading("Part 7  The Award unit by unit", level=1)
para("Each unit is worth 20 credits. The left-hand column shows what you will work on; the right-hand "
     "column shows what the unit\u2019s assignment asks you to show.")


def unit(title, work, assign_head, assign):
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 1))
    cell_lines(m, [title], bold_first=True, size=10)
    shade(m, MINT)
    cell_lines(t.cell(1, 0), ["In this unit you will work on"], bold_first=True)
    cell_lines(t.cell(1, 1), [assign_head], bold_first=True)
    cell_lines(t.cell(2, 0), ["\u2022 " + w for w in work])
    cell_lines(t.cell(2, 1), ["\u2022 " + a for a in assign])
    for row in t.rows:
        for j, w in enumerate((8.3, 8.3)):
            row.cells[j].width = Cm(w)
    para("")


unit("Unit 1  Leading SEN in your school \u00b7 St Werburgh\u2019s or online \u00b7 study days 1\u20134",
     ["the SEN Code of Practice (2001) and SEN law, and what they mean for your school",
      "Every Child Matters and the SENCO\u2019s part in the five outcomes",
      "the Disability Discrimination Act, the Disability Equality Duty and accessibility planning",
      "leading an inclusive ethos, SEN policy, priorities and the use of resources with your headteacher, "
      "senior leaders and governors",
      "winning the commitment of colleagues and senior leaders",
      "reviewing with colleagues how well your school\u2019s provision works",
      "what research and best practice say, and how to use research and outside advice"],
     "Assignment 1: An audit of SEN and inclusion in my school (4,000 words) asks you to show that you",
     ["know SEN law and the Code of Practice and can apply them in your school",
      "understand Every Child Matters and how you help children achieve the five outcomes",
      "know what disability equality law requires of your school and how to carry it out",
      "can advise your headteacher and governors on an inclusive ethos, policy, priorities and resources",
      "can win the commitment of colleagues and senior leaders",
      "can review, with colleagues, how well your school\u2019s provision works, to inform its "
      "self-evaluation",
      "know what research and best practice say, and draw on research and outside advice"])

unit("Unit 2  Understanding and assessing need \u00b7 Kingsmead or online \u00b7 study days 5\u20138",
     ["the most common types of SEN (behavioural, emotional and social difficulties, specific learning "
      "difficulties including dyslexia, speech language and communication needs, autism, moderate learning "
      "difficulties) and how they affect learning",
      "identifying pupils with SEN, setting targets, planning interventions and reviewing progress",
      "approaches, strategies and resources for assessment and teaching, including ICT",
      "using assessments by educational psychologists, therapists and other professionals",
      "tracking progress with summative assessments, including national tests and P scales",
      "access arrangements for tests and examinations",
      "gathering pupils\u2019 views (Talking Mats, scaling, drawing the ideal self) and involving pupils in "
      "setting and reviewing their targets: a whole study day",
      "building good relationships with pupils with SEN",
      "what the Parent Partnership Service offers families",
      "your specialist strand"],
     "Assignment 2: A pupil study (4,000 words) asks you to show that you",
     ["know the main types of SEN and how they affect learning",
      "can explain how the pupil\u2019s development has been affected by their needs and by their "
      "environment",
      "can identify need, set challenging targets, plan interventions and review progress",
      "use other professionals\u2019 assessments in planning",
      "use summative data to track progress and adjust provision",
      "judge critically the approaches, strategies and resources, including ICT, you chose",
      "have gathered the pupil\u2019s views and involved the pupil in planning, agreeing and reviewing their "
      "provision",
      "have built a fair, respectful and constructive relationship with the pupil"])

unit("Unit 3  Leading change \u00b7 Hythe House, face to face \u00b7 study days 9\u201312",
     ["provision mapping and provision management",
      "supporting colleagues\u2019 professional development: observing and giving feedback, coaching, "
      "modelling and running training",
      "working with SENCOs from other schools on a shared cluster task",
      "working with other services and agencies, including voluntary organisations; the CAF",
      "school self-evaluation, the SEF and RAISEonline",
      "solving problems and making decisions: solution circles",
      "presenting to colleagues and governors; consultation and listening skills",
      "keeping up to date and planning your own professional development in your Professional "
      "Development Record"],
     "Assignment 3: Leading a change (3,000 words and a 15-minute presentation to two tutors and your "
     "mentor) asks you to show that you",
     ["use provision mapping to plan provision and find what is missing or not working",
      "support colleagues\u2019 professional development",
      "know the roles of other services and agencies and how to get specialist support, and work in "
      "partnership with them",
      "relate your change to your school\u2019s self-evaluation and improvement planning",
      "explain your change clearly in writing and in your presentation, and listen to and understand "
      "colleagues\u2019 views",
      "show what difference the change made to pupils\u2019 learning and well-being"])
para("Your Professional Development Record is yours to keep; it is not assessed.", italic=True)

doc.save(OUT)
print("wrote", OUT)
