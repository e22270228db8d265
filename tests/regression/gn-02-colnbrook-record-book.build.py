"""gn-02-colnbrook-record-book: writes gn-02-colnbrook-record-book.docx next to itself.

Provider (invented): Colnbrook Metropolitan Borough Council, School Improvement
Service (advisers and inspectors), with Eastwold University Faculty of
Education, which validates and awards "the Colnbrook SENCO Award", a
Postgraduate Certificate of 60 credits at Masters level.

Document kind: the participants' Record Book for 2009-10, the workbook each
SENCO keeps through the year, written to "you", sent whole as the application
with a covering letter from the Head of School Improvement and two pages of
"Notes for the panel" at the back. No heading styles: part titles are a custom
paragraph style ("Book Part") and bold Normal paragraphs; lists typed with
"\u2022"; letterhead on manual line breaks; content controls for the
participant's name and school (still showing placeholder text); tick-box and
blank write-in tables ("[Tutor to complete]"); the suitability declaration in a
VML text box; an Outcome Record of the national outcomes in the Service's own
words and codes (CA1-CS9); header and footer with a PAGE field. No tracked
changes or comments.

Traps (requirement ids):
- No e-learning at all, said plainly in Part 8 (3.3 not_applicable); e-mail to
  a tutor is not e-learning.
- Negation far from its subject: credit for earlier study is refused only in
  "Money matters" in Part 8 (2.1 not_met), while Part 1 mentions the old
  Induction Course as something that will feel familiar.
- Past arrangement that has ended: the Teachers' Centre library "closed in
  March 2009"; participants are told to bring their own laptop (5.6 not_met).
- Text box: the suitability declaration and the Service's check of the school's
  single central record sit in a text box (5.3 met).
- Outcome Record: no line for school self-evaluation principles (6.K7 not_met);
  time management has no session (6.A3 partially_met); child development is
  assessed in Task 1 but taught nowhere (6.K4 partially_met); coaching
  colleagues is taught on Day 7 but "how we assess this is being worked out for
  2010-11" (6.S5 partially_met); access arrangements taught on Day 5, assessed
  by a dash (6.S2d partially_met).
- Claim that every line is signed off before the award, over a record that
  lacks one outcome and leaves two unassessed (6.0, 1.9 partially_met).
- Single September start and one route; the only choice is day or twilight
  tutorials (3.2 partially_met).
- Stakeholders' influence on design claimed only in general terms (4.2
  partially_met), though survey evidence (4.1) and the steering group (4.3)
  are concrete.
- Evaluation internal only, and "no external evaluation" in the first year
  (5.1 partially_met).
- Mentors receive a copy of the book; no briefing or training for tutors or
  mentors (5.7 partially_met).
- Wrong context: Day 6 includes pupils' Key Stage 4 work placements; the
  participants' own specialist visit day is real (5.5 met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement, parse_xml

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
bp = doc.styles.add_style("Book Part", WD_STYLE_TYPE.PARAGRAPH)
bp.base_style = doc.styles["Normal"]
bp.font.size = Pt(16)
bp.font.bold = True
bp.font.color.rgb = RGBColor(0x1F, 0x5C, 0x4A)
bp.paragraph_format.space_before = Pt(18)


def p(text="", style=None, bold=False, italic=False):
    para = doc.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold, r.italic = bold, italic
    return para


def part(text):
    return p(text, style="Book Part")


def sub(text):
    return p(text, bold=True)


def bullet(text):
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(1.0)
    para.paragraph_format.first_line_indent = Cm(-0.5)
    para.add_run("\u2022\t" + text)
    return para


def lines(label, n=2):
    p(label)
    for _ in range(n):
        p("." * 110)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(header, rows, widths=None, fill="D5E8E0"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    return t


def content_control(para, alias, placeholder="Click here to enter text."):
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
        f'<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
        f'<w:t>{placeholder}</w:t></w:r></w:sdtContent></w:sdt>')
    para._p.append(sdt)


def text_box(paras):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in paras)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="declbox" type="#_x0000_t202" '
           f'style="width:450pt;height:175pt" strokecolor="#1F5C4A" strokeweight="1.5pt">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    para = doc.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


def add_field(para, instr):
    for kind, extra in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        r = OxmlElement("w:r")
        if kind:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r.append(fc)
        elif extra == instr:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r.append(it)
        else:
            t = OxmlElement("w:t"); t.text = extra; r.append(t)
        para._p.append(r)


sec = doc.sections[0]
sec.header.paragraphs[0].text = "Colnbrook SENCO Award 2009-10  |  Participant Record Book"
sec.header.paragraphs[0].runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("School Improvement Service, Colnbrook MBC  \u2022  Bring this book to every study day  \u2022  Page ").font.size = Pt(8)
add_field(fp, "PAGE")

# ------------------------------------------------------------------ covering letter
lh = doc.add_paragraph()
r = lh.add_run("Colnbrook Metropolitan Borough Council")
r.bold = True
r.add_break()
lh.add_run("Children and Young People's Directorate \u2013 School Improvement Service")
lh.runs[-1].add_break()
lh.add_run("Kingsway Education Centre, Kingsway, Colnbrook CB4 7LT")
lh.runs[-1].add_break()
lh.add_run("Tel 01774 602 330")
p("")
p("17 March 2009")
p("SENCO Training Approval Team, Training and Development Agency for Schools")
p("Dear colleagues,")
p("Application for approval: the Colnbrook SENCO Award (with Eastwold University)", bold=True)
p("We enclose our application in an unusual form. Rather than write a separate description, we are "
  "sending the Record Book that every participant will keep from September 2009. It is the document "
  "that governs what participants do, what their tutors check and what the University's assessors "
  "sign off, so we think it shows our arrangements more honestly than anything written for the purpose. "
  "Where the panel needs information that a participant does not, we have added two pages of Notes "
  "for the panel at the back.")
p("The Award is a Postgraduate Certificate of 60 credits at Masters level, validated by Eastwold "
  "University's Faculty of Education in February 2009 and awarded by the University. The School "
  "Improvement Service teaches the study days and visits participants in school; Eastwold tutors "
  "teach alongside us on three days, supervise Task 3 and mark all assessed work with us.")
p("Yours sincerely,")
p("Andrew Fenwick")
p("Head of School Improvement")
p("")

# ------------------------------------------------------------------ cover
p("THE COLNBROOK SENCO AWARD", bold=True)
p("Participant Record Book 2009-10", style="Title")
para = p("This book belongs to: ")
content_control(para, "Participant name")
para = p("School: ")
content_control(para, "School")
para = p("Your tutor: ")
content_control(para, "Tutor")

part("How to use this book")
p("This book goes with you through the year. You will write in it before and after every study day, "
  "use it in your tutorials, and hand it in with Task 3 in June. Your tutor reads it at each tutorial "
  "and signs the pages that need signing. Nothing in it is marked, except where the Outcome Record in "
  "Part 6 says so.")
p("Everything in this book comes back to one question: are the children and young people with SEN "
  "and disabilities in your school better off \u2013 safer, healthier, happier, achieving more and "
  "ready for what comes next \u2013 because of what you do as their SENCO? Each of your three tasks asks "
  "you to show the difference your work makes to pupils, and that is what the assessors look for first.")
bullet("Part 1  The Award at a glance")
bullet("Part 2  Your Starting Point Review and Personal Plan")
bullet("Part 3  The study days")
bullet("Part 4  Your three tasks")
bullet("Part 5  Your Impact Record")
bullet("Part 6  The Outcome Record")
bullet("Part 7  Looking forward")
bullet("Part 8  Practical matters")

# ------------------------------------------------------------------ part 1
part("Part 1  The Award at a glance")
table(["", ""], [
    ("What you get", "Postgraduate Certificate: the Colnbrook SENCO Award (60 credits at Masters level, "
                     "awarded by Eastwold University), which meets the national requirement for new SENCOs"),
    ("When", "September 2009 to July 2010. There is one start each year, in September."),
    ("Study days", "Nine days at Kingsway Education Centre, 9.00 to 3.30, plus one specialist visit day"),
    ("Tutorials", "Four with your tutor. You choose for each one whether it is in school time at your school or "
                  "a twilight (4.15-5.45) at Kingsway"),
    ("Tasks", "Three assessed tasks (Part 4), all carried out in your own school"),
    ("Your headteacher", "Signs your Personal Plan, releases you for the days, and comes to your Final Review"),
])
p("If you have already been on the Colnbrook SENCO Induction Course you will find parts of Days 1 and 2 "
  "familiar; your tutor will help you use them to go further.")

# ------------------------------------------------------------------ part 2
part("Part 2  Your Starting Point Review and Personal Plan")
p("Before you are offered a place you complete the Starting Point Review. For every line of the Outcome "
  "Record in Part 6 you give yourself a rating from 1 (this is new to me) to 4 (I could teach this to "
  "others) and note your evidence. You also rate your confidence in the SENCO role overall on a scale of "
  "1 to 10. Your headteacher adds a short comment. The programme leader reads every review, and if it "
  "shows that the Award would be too big a step this year, she will meet you and your headteacher to "
  "agree what to do first (often the Service's half-termly new SENCOs' network) and keep a place for "
  "you the following year.")
p("At your first tutorial, in the fortnight after Day 1, you and your tutor use your review to write your "
  "Personal Plan: the five or six outcomes that matter most for you, what you will do about each, which "
  "optional workshops you will join on Days 3, 6 and 8, and the focus of each of your tasks. The Plan "
  "is reviewed at every tutorial.")
sub("My Personal Plan")
table(["My priority outcomes (codes from Part 6)", "What I will do", "Workshop choices", "Reviewed (date / initials)"],
      [("", "", "Day 3:        Day 6:        Day 8:", ""), ("", "", "", ""), ("", "", "", "")])
p("Signed (participant) ........................   (tutor) ........................   (headteacher) ........................")

# ------------------------------------------------------------------ part 3
part("Part 3  The study days")
p("Each day has a short task before it and a gap task after it. Bring your notes to the next day: the "
  "first half hour of every day is spent sharing what you found in school.")
days = [
    ("Day 1 (September)  The SENCO, the law and the Code",
     "The Education Act 1996 and the SEN Code of Practice (2001); the SENCO regulations of 2008; the Disability "
     "Discrimination Act and the disability equality duty; Every Child Matters and the five outcomes. Led by "
     "Jane Okafor with Eastwold's Dr Lewis Grant.",
     "Before: bring your school's SEN policy and accessibility plan.  After: compare your policy with the Code "
     "and list three things to change (this starts Task 1)."),
    ("Day 2 (October)  Understanding needs",
     "Behavioural, emotional and social difficulties; dyslexia and other specific learning difficulties; speech, "
     "language and communication needs; autism; moderate learning difficulties; how each affects learning. With "
     "the Service's specialist teachers.",
     "After: observe one pupil with a need you know least about across a morning."),
    ("Day 3 (November)  Assessment, data and targets",
     "Identifying pupils; using reports from educational psychologists, therapists and specialist teachers; "
     "using national tests, P scales and tracking data to change programmes; helping colleagues use "
     "assessment for learning with pupils with SEN. Workshops: primary data / secondary data / special settings.",
     "After: analyse the progress of one group of pupils with SEN using your school's tracking."),
    ("Day 4 (December)  Parents, carers and pupils",
     "Building trusting relationships with families; difficult conversations; consulting children and young "
     "people, including those who do not use speech. Co-taught with Colnbrook Parent Partnership Service and "
     "two parents from the Colnbrook Parents' Forum.",
     "After: plan the pupil consultation for Task 2."),
    ("Day 5 (January)  Provision mapping",
     "Mapping, costing and evaluating provision; finding ineffective or missing provision; planning access "
     "arrangements for national tests and examinations early and using them in everyday teaching.",
     "After: draft a provision map for one year group."),
    ("Day 6 (February)  Working with other services",
     "The educational psychology service, health, social care, the Connexions service, and voluntary "
     "organisations such as Colnbrook Autism Support and the local Mencap group; the Common Assessment "
     "Framework; Key Stage 4 work placements for pupils with SEN. Workshops by phase.",
     "After: map the agencies involved with pupils in your school and who coordinates them."),
    ("Day 7 (March)  Leading and developing colleagues",
     "Observing teaching and giving feedback; coaching; modelling; planning and leading staff training; "
     "deploying and managing teaching assistants.",
     "After: observe a colleague by agreement and give feedback."),
    ("Day 8 (April)  Strategy, governors and inclusion",
     "Working with senior leaders and governors on an inclusive ethos, policy, priorities "
     "and resources. Workshops: presenting to governors / writing a policy / budgeting.",
     "After: present one proposal to your senior leadership team."),
    ("Day 9 (May)  What works?",
     "Reading research and inspection evidence critically: Ofsted's Inclusion: does it matter where pupils "
     "are taught? (2006), the Bercow Review (2008), the Inclusion Development Programme and recent studies of "
     "interventions; using evidence and outside advice with colleagues; keeping up to date. With Eastwold's "
     "Dr Priya Nair.",
     "After: finish Task 3."),
]
for title, content, tasks in days:
    sub(title)
    p(content)
    p(tasks, italic=True)
sub("Specialist visit day (any time between January and April)")
p("You spend a full day at one of Colnbrook's specialist settings: Brookside Special School, the autism "
  "resource base at Hollins Park Primary, the hearing impairment unit at St Mark's, or Fernhill Pupil "
  "Referral Unit. The setting's SENCO or head plans the day with you from your Personal Plan, and you write "
  "a one-page reflection for your tutorial.")

# ------------------------------------------------------------------ part 4
part("Part 4  Your three tasks")
p("All three tasks are carried out in your school, agreed in your Personal Plan and marked against the "
  "Award's published criteria. The outcomes each task assesses are listed in Part 6.")
sub("Task 1 (December): The SENCO and the law \u2013 3,000 words")
p("An audit of your school's SEN and disability policy and practice against the law, the Code of "
  "Practice and the disability equality duty, including how the school takes account of pupils' "
  "development and needs, with an action plan agreed with your headteacher.")
sub("Task 2 (March): Mapping provision with pupils and parents \u2013 4,000 words and a presentation")
p("A costed provision map for one year group or department, evaluated with colleagues, pupils and "
  "parents: you consult a group of pupils about their provision and meet at least three families, and "
  "change the map as a result. You present the map and your proposals to colleagues; the presentation "
  "is observed by your tutor.")
sub("Task 3 (June): Leading a change \u2013 5,000 words")
p("A school-based enquiry in which you lead colleagues through a change in provision, drawing on "
  "research and outside advice, and measure the difference it makes to a group of pupils (see Part 5).")

# ------------------------------------------------------------------ part 5
part("Part 5  Your Impact Record")
p("For Task 3 you choose a group of pupils and, before anything changes, record where they are: "
  "attainment (levels, P scales or a standardised test), attendance, and one well-being measure you "
  "agree with your tutor (for example a pupil attitude survey). You record the same measures at the end "
  "of the summer half term. The Service collects every participant's anonymised Impact Record each year, "
  "with your Starting Point and end-of-year confidence ratings, and reports the results to the Award "
  "Steering Group.")
table(["Measure", "Before (date)", "After (date)", "What changed and why I think so"],
      [("Attainment", "", "", ""), ("Attendance", "", "", ""), ("Well-being", "", "", "")])

# ------------------------------------------------------------------ part 6
part("Part 6  The Outcome Record")
p("This record lists every national outcome, in our words. Your tutor and a second assessor sign each "
  "line when the evidence named in it has been passed. Every line must be signed before the University "
  "can make the Award.")
rows = [
    ("Attributes", None, None, None),
    ("CA1", "Treats pupils with SEN and their families fairly and with respect; builds constructive relationships", "Day 4", "Task 2"),
    ("CA2", "Wins the commitment of the head, senior leaders and colleagues", "Days 7, 8", "Task 3"),
    ("CA3", "Sets priorities, manages time and delegates well", "In your own school (not taught)", "Task 3 (section on managing the change)"),
    ("CA4", "Spots problems early, solves them and makes sound judgements about provision", "Days 5, 6", "Task 2"),
    ("CA5", "Speaks and writes clearly; listens to others", "All days", "Task 2 presentation; all tasks"),
    ("CA6", "Uses research and outside advice to improve practice", "Day 9", "Task 3"),
    ("CA7", "Keeps up to date and takes charge of own development", "Day 9; Part 7", "Part 7 plan, signed at Final Review"),
    ("Knowledge", None, None, None),
    ("CK1", "SEN law, the Code of Practice and how to apply them", "Day 1", "Task 1"),
    ("CK2", "Every Child Matters and the SENCO's part in it", "Day 1", "Task 1"),
    ("CK3", "Disability equality law and what it requires", "Day 1", "Task 1"),
    ("CK4", "How children develop and what affects development", "\u2014", "Task 1"),
    ("CK5", "BESD, SpLD including dyslexia, SLCN, ASD and MLD and their effect on learning", "Day 2", "Task 2"),
    ("CK6", "Approaches and resources for assessment, planning and teaching, including ICT", "Days 2, 3", "Task 2"),
    ("CK7", "Best practice and research on meeting SEN", "Day 9", "Task 3"),
    ("CK8", "The work of other agencies and how to get specialist help", "Day 6", "Task 2"),
    ("Skills", None, None, None),
    ("CS1", "Works with senior leaders and governors on inclusive ethos, policy, priorities and resources", "Day 8", "Task 1"),
    ("CS2", "Identifies pupils, sets challenging targets, plans interventions, reviews progress", "Day 3", "Task 2"),
    ("CS2a", "Uses other professionals' assessments", "Day 3", "Task 2"),
    ("CS2b", "Uses summative data and national tests to track and adjust", "Day 3", "Task 2"),
    ("CS2c", "Helps colleagues use formative assessment with pupils with SEN", "Days 3, 7", "Task 3"),
    ("CS2d", "Plans access arrangements in good time", "Day 5", "\u2014"),
    ("CS3", "Uses provision mapping; finds ineffective or missing provision", "Day 5", "Task 2"),
    ("CS4", "Deploys and manages staff", "Day 7", "Task 3"),
    ("CS5", "Develops colleagues: observation, feedback, modelling, coaching, training",
     "Day 7", "How we assess this is being worked out for 2010-11"),
    ("CS6", "Reviews provision with staff to inform self-evaluation", "Days 5, 8", "Task 3"),
    ("CS7", "Involves pupils in planning and reviewing their provision", "Day 4", "Task 2"),
    ("CS8", "Works with parents and carers", "Day 4", "Task 2"),
    ("CS9", "Works with other services, agencies and voluntary organisations", "Day 6", "Task 2"),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(["Code", "Outcome", "Where you work on it", "Evidence assessed", "Signed (tutor / 2nd)"]):
    t.rows[0].cells[i].text = h
    shade(t.rows[0].cells[i], "D5E8E0")
for code, o, w, a in rows:
    cells = t.add_row().cells
    if o is None:
        m = cells[0].merge(cells[4])
        m.text = code
        shade(m, "EEEEEE")
    else:
        cells[0].text, cells[1].text, cells[2].text, cells[3].text, cells[4].text = code, o, w, a, "[Tutor to complete]"
doc.add_paragraph()

# ------------------------------------------------------------------ part 7
part("Part 7  Looking forward")
p("At your Final Review in July you, your tutor and your headteacher look back at your Starting Point "
  "Review and agree two or three professional targets for the next year, which your headteacher takes "
  "into your performance management. Your tutor will also talk with you about Eastwold's MA in Inclusive "
  "Education, into which the Award's 60 credits transfer.")
lines("My targets for 2010-11:", 3)
lines("Agreed at Final Review (date and signatures):", 1)

# ------------------------------------------------------------------ part 8
part("Part 8  Practical matters")
sub("If you have a disability or need things done differently")
p("Please tell us on the Access Form that comes with your offer letter, or tell your tutor at any time, "
  "about a disability, health condition or specific learning difficulty. What you tell us is shared only "
  "with the people who need to know. We can provide handouts in large print or electronically in advance, "
  "a hearing loop (fitted in all Kingsway rooms), a quiet room, a note-taker, extra time or an alternative "
  "form for tasks, and parking by the entrance. Eastwold University's Disability Service advises us on "
  "adjustments to assessment. The Starting Point Review and interview can be done in another format if "
  "that suits you better.")
sub("How the course is taught")
p("Everything happens face to face: on the study days, in tutorials, on your visit day and in your school. "
  "There is no online or e-learning part to the Award. You can e-mail your tutor at any time and will get "
  "a reply within a week.")
sub("Money matters")
p("The fee is \u00a31,200, paid by your school; the Council pays half for Colnbrook maintained schools in "
  "2009-10. Because the University does not give credit for earlier study or experience towards the "
  "Award, the fee is the same for everyone.")
sub("Fast track: assessment without the study days")
p("If you have been a SENCO for at least three years and your Starting Point Review shows ratings of 3 or "
  "4 on most lines, you may ask to be assessed without attending. You complete all three tasks and the "
  "Outcome Record from your existing work, supported by two tutorials, and are assessed by two tutors and "
  "a 30-minute professional discussion. The fee for this route is \u00a3650.")
sub("Reading and resources")
p("The Service's library at the Teachers' Centre closed in March 2009 when the building was sold, and its "
  "stock has been dispersed to schools. Please bring your own laptop to study days if you want to use one.")
sub("Your suitability to work with children")
text_box([
    "DECLARATION \u2013 to be returned with your acceptance form",
    "Your headteacher confirms that you hold a current enhanced Criminal Records Bureau disclosure, that it "
    "is recorded on the school's single central record, and that there are no current disciplinary matters "
    "affecting your work with children. The programme leader checks each declaration against the school's "
    "single central record during the Service's autumn safeguarding visit, and no one can begin Day 1 until "
    "the declaration has been returned and checked. If you have not worked in a school in the last three "
    "months, the Service will obtain a new enhanced disclosure for you before you start.",
    "Headteacher's signature .............................   Date ..............",
])
sub("Your mentor")
p("Ask a senior colleague to be your mentor in school. We will send your mentor a copy of this book so "
  "that they know what you are doing.")
sub("Who's who")
table(["Role", "Name", "Contact"], [
    ("Programme leader", "Jane Okafor, Senior Adviser for Inclusion", "01774 602 341"),
    ("Tutors (Service)", "Tom Haddow, Adviser; Gemma Rees, Lead Specialist Teacher (SLCN)", "via Kingsway"),
    ("Tutors (Eastwold)", "Dr Lewis Grant; Dr Priya Nair", "Faculty of Education"),
    ("Administration", "Kingsway Courses Office", "01774 602 330"),
])

# ------------------------------------------------------------------ notes for the panel
part("Notes for the panel")
p("These pages are not given to participants.", italic=True)
sub("Why the Award looks as it does")
p("In autumn 2008 the Service surveyed every Colnbrook SENCO (104 of 139 replied) and every headteacher "
  "(61 replied), and our link advisers discussed SEN coordination at all 88 of their autumn visits. SENCOs "
  "asked above all for help with the law, with data and provision mapping, and with leading colleagues; "
  "headteachers asked for SENCOs who could work at senior leadership level and show impact. Our school "
  "visits found that few SENCOs involved pupils or parents in evaluating provision. The Award's days on "
  "the law, on data and provision mapping, on leading colleagues and on parents and pupils answer these "
  "needs, and every task has to show impact on pupils.")
p("The Award has been designed in close partnership with Colnbrook headteachers, SENCOs and parents, and "
  "their views have shaped it throughout.")
sub("Who is involved")
p("The Award Steering Group (four headteachers, two SENCOs, the Parent Partnership coordinator, the "
  "programme leader and Dr Grant for Eastwold) meets each term. In July it reviews the evaluations, "
  "the results and the collected Impact Records and agrees changes for the next year. Heads of specialist "
  "settings host the visit days, and the Parents' Forum co-teaches Day 4.")
sub("Entry")
p("Applicants must hold QTS, be in post as SENCO or be designated by their governing body to take up the "
  "role, and be nominated by their headteacher. The Starting Point Review (Part 2) and a short interview "
  "with the programme leader decide whether an applicant is ready; those who are not are advised what to "
  "do first, and their headteacher is involved.")
sub("Staff")
p("Jane Okafor was SENCO in two Colnbrook schools for eleven years, holds an MA in Special and Inclusive "
  "Education and leads the Service's SEN reviews of schools. Tom Haddow is a former special school deputy "
  "head and Ofsted-trained; Gemma Rees is a specialist teacher and accredited Elklan trainer. Dr Grant "
  "and Dr Nair teach Eastwold's MA in Inclusive Education and research SEN policy and interventions. All "
  "tutors take part in the Service's SEN update days each term.")
sub("Marking, moderation and evaluation")
p("Every task is first-marked by a tutor and second-marked by a tutor from the other partner; the two "
  "agree the mark or refer it to a third marker. All tasks are moderated at a joint meeting before "
  "Eastwold's Board of Examiners, and Eastwold's external examiner for the MA in Inclusive Education "
  "samples each task and attends the Board.")
p("Participants complete an evaluation slip at the end of each study day and a questionnaire at the end of "
  "the year. There is no external evaluation of the Award in its first year.")

doc.save(OUT)
print("wrote", OUT)
