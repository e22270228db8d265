"""fq-02-saltings-placement-induction: a secure training centre's induction
booklet for the SENCOs who spend a placement week there, sent with a
covering letter as the application.

Provider (invented): Fenmarsh County Council Youth Offending Service, Education,
Training and Employment (ETE) Team, with the Education Department of Saltings
Secure Training Centre and the University of Wrexford (validating). The award
is the "Fenmarsh Certificate in Special Educational Needs Coordination" for
SENCOs of mainstream schools, pupil referral units and alternative provision.

Document kind and layout: the ETE manager's covering letter to the panel,
then "Coming to Saltings", the induction booklet every participant gets six
weeks before the placement week at the STC, written to "you" in the voice of
a secure establishment's security and education staff: custom paragraph
styles instead of heading styles; typed section numbers whose sub-section
numbers collide with requirement ids ("3.3 Phones, cameras and computers",
"4.3 Trainees' voice", "5.3 Your security clearance", "5.5 Fire");
green/red "Do / Do not" tables; a day-by-day table of the placement week; a
Section 2 "The Award in brief" carrying most of the course arrangements;
Appendix A, an outcome table ("During the week" / "Where it is assessed");
Appendix B, the blank clearance form. Tracked changes by the University's
registry (a deleted paragraph, a deleted table row, an inserted sentence).
Three Word comments. Header and footer (never evidence).

Traps (requirement ids):
- 2.3: the assessment-only paragraph is a deleted tracked change -> not_met.
- 6.S2d: the outcome-table row for exam access arrangements is a deleted
  tracked row -> not_met.
- 1.5: the only consulting of young people is the STC's own Trainee Council
  ("4.3 Trainees' voice") - the Centre consults its trainees, participants
  watch; no development of participants' skills (wrong context) -> not_met.
- 6.S7: involving pupils appears in Appendix A only as "Discussed with your
  placement supervisor" -> partial.
- 6.K7: no row for school self-evaluation; "self-evaluation" appears only as
  the STC's own SEF for Ofsted (wrong context) -> not_met.
- 3.3: "There is no online part of the course" and "3.3 Phones, cameras and
  computers" is about security, not e-learning -> not_applicable.
- 5.3: met by the STC's security clearance of every participant (enhanced CRB,
  List 99, employer reference); a comment questions timing (not evidence).
- 5.8: marking is described but moderation is only being worked on ->
  partial.
- 5.9: the effect on pupils and on participants is only hoped for; a comment
  asks for more -> not_met.
- E.2: 40 credits, not 60 -> partial.
- 1.1: aims are about attainment and attendance only -> partial.
- 4.1 / 4.2: only general statements that the course reflects what heads have
  told "us over several years" and "has been shaped by our partners" ->
  partial. 4.3 is met by the steering group.
- 6.0: the award rule is sound in form but refers to "every one of the
  national outcomes in Appendix A", a table with no row for school
  self-evaluation, a deleted row and several "Discussed" rows -> partial.
- 5.1: internal evaluation forms read by the team and steering group;
  external evaluation only "the University's usual quality processes" ->
  partial.
- 2.5: "we would encourage you to think about what comes next" -> partial.
- 3.2: one start a year and a fixed order; only a day/twilight choice ->
  partial.
- 6.A1, 6.A5, 6.K2, 6.S2c: covered in the week or the study days but only
  "Discussed with your placement supervisor" or "Covered on study day 2 - not
  assessed" -> partial.
- Trainees' "Individual Learning Plans" and the STC's own "placements" at
  college are the young people's (wrong context); the participant's plan is
  the "Personal Route Plan" (2.2 met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Verdana"
doc.styles["Normal"].font.size = Pt(10)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)

sh = doc.styles.add_style("Saltings Head", WD_STYLE_TYPE.PARAGRAPH)
sh.base_style = doc.styles["Normal"]
sh.font.size = Pt(15)
sh.font.bold = True
sh.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
sh.paragraph_format.space_before = Pt(16)
ss = doc.styles.add_style("Saltings Sub", WD_STYLE_TYPE.PARAGRAPH)
ss.base_style = doc.styles["Normal"]
ss.font.size = Pt(11)
ss.font.bold = True
ss.paragraph_format.space_before = Pt(8)

AUTH = "Registry (University of Wrexford)"
DATE = "2009-01-14T10:22:00Z"
_id = [100]


def nid():
    _id[0] += 1
    return str(_id[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", lead=None, style=None, italic=False):
    p = doc.add_paragraph(style=style)
    if lead:
        r = p.add_run(lead + " ")
        r.bold = True
    r = p.add_run(text)
    r.italic = italic
    return p


def HEAD(t):
    return doc.add_paragraph(t, style="Saltings Head")


def SUB(t):
    return doc.add_paragraph(t, style="Saltings Sub")


def table(rows, widths=None, fill="DCE6F1"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.rows[i].cells[j]
            c.text = val
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def dodont(dos, donts):
    t = doc.add_table(rows=1 + max(len(dos), len(donts)), cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Do"
    t.rows[0].cells[1].text = "Do not"
    shade(t.rows[0].cells[0], "C6EFCE")
    shade(t.rows[0].cells[1], "FFC7CE")
    for c in t.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for i in range(len(t.rows) - 1):
        t.rows[i + 1].cells[0].text = dos[i] if i < len(dos) else ""
        t.rows[i + 1].cells[1].text = donts[i] if i < len(donts) else ""
    doc.add_paragraph()


def deleted_run(text):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid())
    d.set(qn("w:author"), AUTH)
    d.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.set(qn("xml:space"), "preserve")
    dt.text = text
    r.append(dt)
    d.append(r)
    return d


def deleted_paragraph(text):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    dm = OxmlElement("w:del")
    dm.set(qn("w:id"), nid())
    dm.set(qn("w:author"), AUTH)
    dm.set(qn("w:date"), DATE)
    rPr.append(dm)
    pPr.append(rPr)
    p._p.append(deleted_run(text))
    return p


def inserted(p, text):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), nid())
    ins.set(qn("w:author"), AUTH)
    ins.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def delete_row(row):
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid())
    d.set(qn("w:author"), AUTH)
    d.set(qn("w:date"), DATE)
    trPr.append(d)
    for c in row.cells:
        for p in c.paragraphs:
            txt = p.text
            for r in list(p._p.findall(qn("w:r"))):
                p._p.remove(r)
            if txt:
                p._p.append(deleted_run(txt))


sec = doc.sections[0]
sec.header.paragraphs[0].text = "SALTINGS SECURE TRAINING CENTRE - RESTRICTED - Do not take this booklet into the residential units"
sec.footer.paragraphs[0].text = "Coming to Saltings, edition 3 (January 2009). Security queries: Gate Office, extension 2201."

# ------------------------------------------------------------ covering letter
P("Fenmarsh County Council - Youth Offending Service", lead=None).runs[0].bold = True
P("Education, Training and Employment Team, 14 Quay Street, Kingsmere, Fenmarsh")
P("To: The SENCO Training Approval Panel, Training and Development Agency for Schools")
P("19 January 2009")
P("Dear Panel members,")
P("Fenmarsh Certificate in Special Educational Needs Coordination", lead="Re:")
P("Our application is a little unusual, so I should explain it. The course we are proposing is built round a placement week that every "
  "participant spends in the education department of Saltings Secure Training Centre. Everything else in the course hangs off that week, "
  "and the booklet the Centre gives participants before they come, Coming to Saltings, is the document in which the course is written down "
  "most fully. We have added Section 2, The Award in brief, and the outcome table in Appendix A for participants, and we send the booklet "
  "as it now stands. The University's registry has marked its changes to the text in the file.")
P("The partnership is between the ETE team of the Youth Offending Service, the Education Department at Saltings (run under contract for "
  "the Youth Justice Board by the Centre's operator) and the Faculty of Education at the University of Wrexford, which validates the course. "
  "It is for SENCOs of mainstream schools and of the county's pupil referral units and alternative provision, who between them will teach "
  "nearly every young person who leaves Saltings for Fenmarsh.")
P("Yours faithfully,")
P("Derek Amos")
P("Head of ETE, Fenmarsh Youth Offending Service")
doc.add_page_break()

# ------------------------------------------------------------ booklet
p = doc.add_paragraph()
r = p.add_run("Coming to Saltings")
r.bold = True
r.font.size = Pt(28)
P("Induction for visiting SENCOs on the Fenmarsh Certificate placement week", italic=True)
P("Edition 3, January 2009. Please read all of it before your week, and bring it with you on the Monday.")

HEAD("Section 1  Welcome")
P("Saltings is a secure training centre for up to 76 young people aged 12 to 17, boys and girls, who have been remanded or sentenced by "
  "the courts. We call them trainees. Every trainee has 25 hours of education a week, fifty weeks a year, in classes of no more than six. "
  "Around two thirds of our trainees have special educational needs, many of them never identified before they came here, and most will "
  "go back to a school, a pupil referral unit or a college in Fenmarsh or the neighbouring counties when they leave.")
P("You are coming because you will be, or already are, the SENCO who receives them. For one week you will work alongside our teachers, "
  "our SENCO and our care staff. We hope you will see what our trainees can do when the teaching is right, and take some of what works "
  "here back to your own school. We also ask a good deal of you: a secure centre has rules that exist for everyone's safety, including yours. "
  "Sections 3 to 5 explain them.")

HEAD("Section 2  The Award in brief")
P("This section is for participants on the Fenmarsh Certificate. It tells you how the whole course works, not only the week at Saltings.", italic=True)

SUB("What the course is for")
P("The Fenmarsh Certificate exists to close the gap in attainment and attendance between pupils with SEN and their classmates, and in "
  "particular for those who have been excluded, have offended or are coming back from custody. It gives SENCOs the knowledge and skills to "
  "lead provision for these pupils and to keep them in school. The study days draw on current research and the findings of inspections.")

SUB("Who awards it")
P("The course was validated by the University of Wrexford in December 2008. It carries 40 credits at Masters level (level 7), which can count "
  "towards the University's MA in Inclusive Practice. You register as a student of the University at the first study day.")

SUB("How the year runs")
table([
    ["When", "What", "Where"],
    ["September", "Personal Route interview; Study day 1 (The SENCO and the law: the Code of Practice, SENDA 2001 and the Disability Discrimination Act as amended in 2005)", "Kingsmere Professional Centre"],
    ["October", "Study day 2 (Every Child Matters and the young person who offends)", "Kingsmere"],
    ["November", "Study day 3 (Types of need: SLCN, BESD, dyslexia, autism, MLD)", "Kingsmere"],
    ["January", "Placement week", "Saltings STC"],
    ["February - May", "Change project in your own school; two tutorials", "Your school"],
    ["March", "Study day 4 (Families, services and the team around the child)", "Kingsmere"],
    ["June", "Study day 5 (Leading provision: using research, provision mapping and data, deploying and developing staff, evaluating provision with colleagues, working with your head and governors, managing your own time); professional dialogue", "Kingsmere"],
], widths=[3, 9, 4])
P("Study days run either 9.30 to 3.30 or as two twilight sessions (4.00 to 7.00) in the same week; you choose at the start which you "
  "will attend. There is one intake a year, in September, and the course runs in the order above. There is no online part of the course.")

SUB("Who can join")
P("You must be a qualified teacher who is, or is about to become, the SENCO or teacher in charge of SEN in a school, pupil referral unit or "
  "alternative provision in Fenmarsh. Your headteacher nominates you and agrees to release you for the study days and the whole placement "
  "week. Before a place is confirmed, an ETE officer visits you in school for the Personal Route interview (below). If the interview shows "
  "you are not yet in a position to meet the outcomes, for example because you have no regular contact with pupils with SEN, we tell you and "
  "your head what would put you in a position to apply the following year, and offer you a place on our free SEN Starter sessions meanwhile.")

SUB("Your Personal Route Plan")
P("At the Personal Route interview you and the ETE officer go through the national outcomes (Appendix A) and agree which you already meet "
  "in your work, which you need to work on and which you will need most help with. The officer writes this up as your Personal Route Plan: "
  "your personal targets against the outcomes, the study days and placement activities that matter most for you, and the evidence you will "
  "collect. Your tutor reviews the Plan with you in February and May. Your placement week is arranged round it, so a SENCO from a primary "
  "school will spend more time in the Key Stage 3 classes, and a teacher from a pupil referral unit may spend a day with our resettlement team.")

SUB("Credit for what you have already done")
p = P("If you have already studied at Masters level or have substantial experience of SEN coordination, you can claim credit for up to "
      "20 of the 40 credits through the University's Accreditation of Prior Learning procedure. You put together a short claim showing how "
      "your earlier study or experience meets particular outcomes, and the University's APL panel decides. Your tutor helps you prepare it.")
deleted_paragraph("Experienced SENCOs who already meet the outcomes may instead ask to be assessed without taking the course. They submit "
                  "the full portfolio and take the professional dialogue in June, and do not attend the study days or the placement week.")

SUB("Fees")
P("The fee is £900. The Youth Offending Service pays the full fee for teachers from pupil referral units and alternative provision, and "
  "half for mainstream schools that receive a young person from custody during the year. Placement week costs (lunch, travel from "
  "Kingsmere) are met by the Centre.")

SUB("Who teaches you")
table([
    ["Name", "Role", "Background"],
    ["Derek Amos", "Course leader", "Head of ETE, Fenmarsh YOS; formerly a secondary SENCO and head of a pupil referral unit; MA Special and Inclusive Education."],
    ["Priya Nandra", "Tutor; study days 1 and 5", "Senior Lecturer in Inclusive Education, University of Wrexford; former local authority SEN adviser."],
    ["Sean Galloway", "Placement week lead", "Head of Education, Saltings STC; qualified teacher, NPQH."],
    ["Lorraine Pike", "Placement supervisor", "SENCO, Saltings STC; OCR Diploma in SpLD; 12 years in the secure estate."],
    ["Jo Whitlock", "Tutor; study days 2 and 4", "ETE officer, Fenmarsh YOS; qualified teacher; trained Parent Partnership volunteer coordinator."],
    ["Dr Ruth Adeyemi", "Study day 3", "Educational psychologist, Fenmarsh Educational Psychology Service."],
], widths=[3.2, 4, 9])
P("Each of the teachers on the course keeps up to date through the YOS's programme of specialist training and the University's research seminars.")

SUB("Who does what")
P("Your tutor (from the University or the YOS) teaches the study days, marks your portfolio and holds your tutorials. Your placement "
  "supervisor at Saltings plans your week with you and signs your placement log. Your school mentor, usually a deputy head, meets you "
  "twice a term and supports your change project. Placement supervisors and school mentors come to a briefing afternoon at Saltings each "
  "December, where we go through this booklet, the placement log and the portfolio requirements, and each receives the Mentors' and "
  "Supervisors' Guide, which sets out what they must do and by when.")

SUB("Specialists you will meet")
P("As well as our teachers, you will work with the Centre's speech and language therapist, its forensic psychologist, the YOS "
  "resettlement workers and the Connexions adviser. On study day 4 you meet colleagues from CAMHS, social care and the Fenmarsh Parent "
  "Partnership Service. If your Personal Route Plan shows a need, we can also arrange a day at Marsh Lane special school or at the "
  "county's Communication and Autism Team base.")

SUB("Resources")
P("During the placement week you can use the Education Department's assessment library and intervention resources. Outside the week, "
  "you have the University library.")

SUB("Your portfolio and how it is marked")
P("You are assessed through a portfolio of six items and a professional dialogue. The items are listed in Appendix A against the "
  "outcomes they show.")
table([
    ["Item", "What it is"],
    ["P1 Placement log", "A daily log of the week at Saltings with a 1,500-word reflection, signed by your placement supervisor."],
    ["P2 Pupil case study", "A study of one pupil with SEN in your school: assessment, targets, interventions, review (2,500 words)."],
    ["P3 Provision review", "A review of your school's provision for pupils with SEN using a provision map and the school's attainment data, carried out with colleagues and presented to your senior team."],
    ["P4 Change project", "A change you lead in your school between February and May, chosen in the light of published research and advice, with an account of how you worked with colleagues and what happened (3,000 words)."],
    ["P5 Team around the child", "A record of a multi-agency meeting you have led or taken part in, with the parents' part in it, and a commentary (1,500 words)."],
    ["P6 Professional dialogue", "A 40-minute conversation in June with your tutor and a second assessor, going through your portfolio against the outcomes."],
], widths=[4, 12])
P("Your tutor marks each item. We are working with the University on arrangements for moderation.")
P("You are awarded the Certificate only when your portfolio and professional dialogue show every one of the national outcomes in "
  "Appendix A, signed off by your tutor and the second assessor and confirmed by the University's examination board.")

SUB("Looking after the course")
P("At the end of each study day and of the placement week you fill in an evaluation form. The course team reads them and reports to "
  "the steering group. Otherwise the course is covered by the University's usual quality processes.")
P("The steering group meets each term. It includes two headteachers (one mainstream, one pupil referral unit), the Head of Education at "
  "Saltings, a parent representative from Fenmarsh Parent Carer Forum, the YOS Head of Service and the University. It reads the "
  "evaluations and the marks, and agrees changes to the course.")
P("The course reflects what heads and SENCOs across Fenmarsh have told us over several years, and it has been shaped by our partners.")
P("We hope in time to look at the difference the course makes to pupils in participants' schools.")
P("When you finish, we would encourage you to think about what comes next, perhaps the MA.")

SUB("Disability and access")
p = P("If you have a disability or a health condition, please tell us on the nomination form or at the Personal Route interview; you can also "
      "tell the placement week lead in confidence. We will agree the reasonable adjustments you need with you before the course starts and "
      "record them in your Personal Route Plan, so that you do not have to explain again. At Saltings this may mean entry through Gate 2 "
      "(level access), an agreed arrangement for bringing in medication, a hearing loop in the education block, or a quiet room for breaks. "
      "Adjustments to assessment, such as extra time for the professional dialogue or a different format for the log, are agreed with the "
      "University's Disability Service. Our publicity, the nomination form and this booklet are available in large print and on audio CD.")

HEAD("Section 3  Getting in and out")
SUB("3.1 Arriving")
P("Arrive at the Gate Office by 8.15 on Monday. You will be met by Lorraine Pike or Sean Galloway. Bring photographic identification "
  "(passport or photocard driving licence) every day; without it you will not be admitted, and we cannot make exceptions.")
SUB("3.2 Keys and doors")
P("You will not draw keys. You will be escorted at all times by a member of staff who holds keys. Never ask a trainee to open or hold a "
  "door, and never walk through a door that someone else has unlocked without your escort.")
SUB("3.3 Phones, cameras and computers")
P("Mobile phones, cameras, memory sticks, laptops and any device that records or transmits must be left in the lockers at the Gate "
  "Office. This includes phones that are switched off. The education block has computers for your use; trainees' records may only be "
  "read on them, never copied.")
dodont(
    ["Put everything in your locker before you go through the airlock", "Tell the Gate Office if you need to bring in medication",
     "Wear your visitor badge where it can be seen", "Ask your escort if you are unsure about anything"],
    ["Bring in chewing gum, lighters, sharp objects or anything in glass", "Bring in newspapers or magazines for trainees",
     "Wear a lanyard round your neck (use the clip provided)", "Leave any bag unattended"],
)

HEAD("Section 4  Working with trainees")
SUB("4.1 Who the trainees are")
P("Most trainees have had years of disrupted schooling. Many have speech, language and communication needs; about a third read below "
  "the level of a nine-year-old. Each has an Individual Learning Plan, written in their first week with our teachers, and a training "
  "plan agreed at a planning meeting with their YOS case manager and family. Some go out on mobility placements at Kingsmere College "
  "in the last weeks of their sentence.")
SUB("4.2 Conditioning")
P("Conditioning is the gradual way in which anyone working in a secure setting can be led, without noticing, to do things they should "
  "not. It usually starts with small favours. Be friendly and interested, but keep professional boundaries.")
dodont(
    ["Use first names only", "Tell your escort straight away if a trainee says something that worries you",
     "Keep to the lesson plan the class teacher has agreed with you"],
    ["Give your surname, your school's name or where you live", "Take anything in or out for a trainee, even a letter",
     "Promise to keep a secret", "Talk about a trainee's offence unless they raise it, and then only to listen"],
)
SUB("4.3 Trainees' voice")
P("Saltings takes trainees' views seriously. The Trainee Council meets every fortnight, with two elected trainees from each unit, "
  "and the Centre consults trainees on food, activities, the education timetable and the complaints system. An independent advocate "
  "visits twice a week. If a council meeting falls during your week, you may be invited to watch it.")

HEAD("Section 5  Keeping everyone safe")
SUB("5.1 Safeguarding")
P("If a trainee tells you something that suggests they or someone else is at risk of harm, listen, do not ask leading questions, and tell "
  "your escort or the duty manager immediately. Write down what was said, in the trainee's words, on the form the duty manager gives you, "
  "before you leave the site that day.")
SUB("5.2 Restraint")
P("Staff at Saltings are trained in Physical Control in Care. You are not, and you must never take part in restraining a trainee. If an "
  "incident starts, move away as your escort tells you and wait in a safe place until you are told the incident is over.")
SUB("5.3 Your security clearance")
p = P("No one may work with trainees without security clearance. Six weeks before the placement week, the Centre's vetting officer sends "
      "you the clearance form (Appendix B). The vetting officer then checks that you hold a current enhanced CRB disclosure, checks your "
      "name against List 99, and writes to your headteacher for a reference confirming that there are no conduct or disciplinary concerns. "
      "If your disclosure is more than three years old, or if you have not worked in a post with regular contact with children in the last "
      "three months, the Centre applies for a new enhanced disclosure for you. You cannot start the placement week, and so cannot complete "
      "the Certificate, until clearance is confirmed.")
inserted(p, " The vetting officer also confirms your identity against the photographic ID you send with the form.")
SUB("5.4 Incidents and alarms")
P("If you hear the general alarm, stay where you are with your escort. Do not go to see what is happening.")
SUB("5.5 Fire")
P("Your escort will take you to the assembly point. Do not go back for belongings in the lockers.")

HEAD("Section 6  Your placement week")
table([
    ["Day", "Morning", "Afternoon"],
    ["Monday", "Induction: security briefing, tour, key talk", "Meeting with Lorraine Pike: your Personal Route Plan and what you want from the week"],
    ["Tuesday", "Observing teaching in two classes; the speech and language therapist's screening of a new trainee", "Planning a lesson with a class teacher for a group with SLCN"],
    ["Wednesday", "Teaching the lesson you planned, with feedback from the class teacher", "Advising the residential care team on a trainee's learning needs, with Lorraine Pike"],
    ["Thursday", "A trainee's planning or review meeting with the YOS case manager, family and school", "Resettlement: how a trainee's return to school is arranged; the trainee's education records"],
    ["Friday", "Reading assessment data with the Head of Education; the Centre's self-evaluation form for Ofsted", "Review of the week with your supervisor; completing the placement log"],
], widths=[2.3, 7, 7])

HEAD("Appendix A  The national outcomes: where you meet them")
P("\"Discussed\" means you talk it through with your placement supervisor or tutor but it is not part of any mark.", italic=True)
rows = [
    ["Outcome (short)", "During the week", "Where it is assessed"],
    ["A1 Relationships with pupils and families", "Working in classes; the planning meeting", "Discussed with your placement supervisor"],
    ["A2 Commitment of colleagues and the head", "-", "P3, P4"],
    ["A3 Time, priorities, delegation", "-", "P4, P6"],
    ["A4 Problems and decisions about provision", "Wednesday", "P2, P4"],
    ["A5 Speaking, writing, listening", "Throughout", "Discussed with your placement supervisor"],
    ["A6 Using research and advice", "-", "P4"],
    ["A7 Own CPD", "Friday review", "P6"],
    ["K1 SEN law and the Code of Practice", "-", "P2, P6"],
    ["K2 Every Child Matters", "Thursday", "Covered on study day 2 - not assessed"],
    ["K3 Disability equality law", "-", "P3"],
    ["K4 How children develop", "Tuesday", "P1, P2"],
    ["K5 Types of SEN", "Tuesday", "P1, P2"],
    ["K6 Assessment, planning and teaching, incl. ICT", "Tuesday, Wednesday", "P1, P2"],
    ["K8 Research and best practice", "-", "P4"],
    ["K9 External agencies", "Thursday", "P5"],
    ["S1 Strategic development with senior staff and governors", "-", "P3"],
    ["S2 Identifying needs, targets, interventions, review", "Tuesday", "P2"],
    ["S2a Other professionals' assessments", "Tuesday", "P2"],
    ["S2b Summative data", "Friday", "P3"],
    ["S2c Colleagues and formative assessment", "Wednesday", "Discussed with your tutor"],
    ["S2d Access arrangements for tests and exams", "Friday", "P3"],
    ["S3 Provision mapping", "-", "P3"],
    ["S4 Deploying staff", "-", "P4"],
    ["S5 Colleagues' professional development", "Wednesday", "P4"],
    ["S6 Evaluating provision with staff", "-", "P3"],
    ["S7 Pupils involved in their provision", "Trainee Council", "Discussed with your placement supervisor"],
    ["S8 Parents and carers", "Thursday", "P5"],
    ["S9 Other services and agencies", "Thursday", "P5"],
]
at = table(rows, widths=[6.5, 4.5, 5.5])
delete_row(at.rows[21])

HEAD("Appendix B  Security clearance form")
table([
    ["Field", "Entry"],
    ["Full name (and any previous names)", ""],
    ["Date of birth", ""],
    ["School and headteacher", ""],
    ["CRB disclosure number and date of issue", ""],
    ["Photographic ID enclosed (type)", ""],
    ["Medication or adjustments needed on site", ""],
    ["Signature and date", ""],
], widths=[7, 9])

# comments
cl = [p for p in doc.paragraphs if p.text.startswith("No one may work with trainees")][0]
doc.add_comment(cl.runs, text="Six weeks is tight for a new CRB - can schools start this in October?", author="Sean Galloway", initials="SG")
hp = [p for p in doc.paragraphs if p.text.startswith("We hope in time")][0]
doc.add_comment(hp.runs, text="Panel will want more on impact on pupils - baseline and follow-up in P4?", author="Priya Nandra", initials="PN")
tc = [p for p in doc.paragraphs if p.text.startswith("Saltings takes trainees' views")][0]
doc.add_comment(tc.runs, text="Could participants run a consultation with the Council as part of P1? Discuss at steering group.", author="Derek Amos", initials="DA")

doc.save(OUT)
print("wrote", OUT)
