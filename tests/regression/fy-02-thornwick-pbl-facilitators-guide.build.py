"""fy-02-thornwick-pbl-facilitators-guide: build the .docx next to this script.

Provider (invented): NHS Thornwick Primary Care Trust, Community Children's
Services, Speech and Language Therapy ("the Service"), with Abbeymoor
University, Department of Human Communication Sciences, which validates and
awards the programme "Communication at the Centre": a Postgraduate
Certificate in SEN Coordination (two 30-credit Level 7 modules, HCS-M31 and
HCS-M32), taught entirely by problem-based learning (PBL). 2009-10 intake.

Kind of document: the Facilitators' Guide that the partnership gives to the
pairs of facilitators (a therapist and an education lecturer or advisory
teacher) who run each PBL group, sent as it stands with a shaded note to the
panel. Voice: "you" (the facilitator), "we" (the programme team),
"participants" for the SENCOs. Draft 3, with the Programme Director's
tracked changes and the Clinical Director's comments still in it.

Layout: title block; a shaded note to the panel; a typed contents list;
Parts 1-6 with Heading 1 and numbered sub-headings typed by hand as bold
Normal paragraphs ("1.4 Who the participants are"); a year-at-a-glance table
with a "[date TBC]" placeholder; a "You will / You will not" two-column
table; six triggers, each with its scenario in a shaded one-cell box and a
field table (Learning issues we expect / Resource session / Practice task /
Outcomes this cycle works on / Facilitator notes); an assessment table; an
outcome grid in the guide's own codes (Q, U, L) with merged group rows and
an "Assessed in" column where "(g)" means talked through in the group only;
a blank Group Record sheet with grey prompts. Header and footer.

Traps (requirement ids):
- 1.6: a sentence offering a January intake is a tracked DELETION with a
  comment; what remains is one September intake, fixed pace, with
  suspension and rejoining at the same trigger the next year, and resource
  sessions recorded on the VLE -> 3.2 partially_met.
- 1.7 (VLE): group boards for peers between meetings, recorded resource
  sessions; but "Facilitators are not expected to read or respond to the
  boards" and no tutor contact between meetings is described -> 3.3
  partially_met.
- 1.5: RPL: "The programme does not accredit prior learning" (groups work
  as a whole), though the Communication Audit takes account of experience in
  the learning plan -> 2.1 partially_met (negation).
- 1.5: "There is no route to the award without taking part in a PBL group"
  -> 2.3 not_met (negation).
- 1.5 CRB: verified properly for candidates (head's certificate with date and
  List 99; the University obtains a disclosure for anyone not in a school
  post in the last three months) -> 5.3 met (notes_on_met).
- 6.3 placements: the only placements described are the Department's own
  pre-registration SLT students' clinical placements in participants'
  schools; participants do all practice in their own school. Specialist
  expertise is there (therapists, EP, resource sessions) -> 5.5
  partially_met (wrong-context).
- 6.2 impact: participants repeat the Communication Audit (confidence and
  competence), but pupils' achievement only "we hope to" follow up -> 5.9
  partially_met (aspiration).
- 4.1 blanket claim: "Between them, the four components assess every one of
  the national outcomes" while the outcome grid marks U2, L2c and L6 as
  "(g)" (group only), has no row for Q3 (time and delegation), and L2d is
  "Not in this programme" -> 6.0 and 1.9 partially_met; 6.A3 not_met
  (missing row, and no trigger covers it); 6.S2d not_met (explicitly not
  offered); 6.K2, 6.S2c, 6.S6 partially_met.
- U5 covers SLCN, autism and BESD only; 1.3 says dyslexia and moderate
  learning difficulties are left to the Borough's SENCO network -> 6.K5
  partially_met.
- A comment asking whether the external examiner has been appointed is not
  part of the submission; double marking and the external examiner's sample
  are in the body -> 5.8 met.
- 2.4: tailoring through the learning plans (2.4 of the guide), adjusted
  resource sessions, evening meetings and the fee (1.3) -> met.
- "[name]" placeholder in the Programme Board list and "[date TBC]" in the
  year table do not affect any verdict.
- Header ("DRAFT 3: for facilitators' meeting") and footer carry no evidence.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

# ---------------------------------------------------------------- helpers
_rev = [100]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(doc_or_cell, text="", bold=False, italic=False, style=None, size=None, colour=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    return p


def runs(p, *parts):
    """parts: str or (str, 'b'|'i'|'bi')."""
    out = []
    for part in parts:
        if isinstance(part, tuple):
            t, f = part
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
        else:
            r = p.add_run(part)
        out.append(r)
    return out


def bullets(doc, items, style="List Bullet"):
    for it in items:
        para(doc, it, style=style)


def cell_text(cell, text, bold=False, italic=False, fill=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def table(doc, rows, header=True, widths=None, size=9, head_fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size,
                      fill=(head_fill if header and i == 0 else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def box(doc, lines, fill="E7E6E6"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            r = p.add_run(ln[0])
            r.bold = "b" in ln[1]
            r.italic = "i" in ln[1]
        else:
            p.add_run(ln)
    shade(c, fill)
    doc.add_paragraph()
    return t


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def tracked_del(p, text, author, date="2009-01-14T10:00:00Z"):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _rid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)


def tracked_ins(p, text, author, date="2009-01-14T10:00:00Z"):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _rid())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def vmerge(t, col, r0, r1):
    a = t.cell(r0, col)
    b = t.cell(r1, col)
    keep = a.text
    m = a.merge(b)
    cell_text(m, keep, size=9)
    return m


# ---------------------------------------------------------------- document

OUT = Path(__file__).with_name("fy-02-thornwick-pbl-facilitators-guide.docx")


def h(text):
    """Hand-typed sub-heading: bold Normal paragraph."""
    return para(doc, text, bold=True)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hp.text = "Communication at the Centre  |  Facilitators' Guide 2009-10  |  DRAFT 3: for facilitators' meeting"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Abbeymoor University Department of Human Communication Sciences and NHS Thornwick Speech and Language Therapy. Please do not copy outside the programme team."
fp.runs[0].font.size = Pt(8)

para(doc, "Communication at the Centre", bold=True, size=22, colour="1F3864")
para(doc, "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination)", bold=True, size=13)
para(doc, "Facilitators' Guide 2009-10", bold=True, size=16)
para(doc, "Abbeymoor University, Department of Human Communication Sciences, with NHS Thornwick Primary Care Trust Speech and Language Therapy Service", italic=True)
para(doc, "Draft 3, February 2009. Kath Moreland (Programme Director) and Owen Prys (Clinical Director)", italic=True)
doc.add_paragraph()

box(doc, [
    ("For the TDA approval panel", "b"),
    "This is the guide we give to the facilitators who run our problem-based learning groups. Because the whole programme is taught through those groups, it is the most complete description of what participants do, and we have sent it as it stands, in its current draft. Part 1 describes the programme as a whole; Part 3 sets out the six problems (\"triggers\") around which the year is built; Part 4 the assessment and the outcome grid; Part 6 how we assure and evaluate quality. The programme specification approved by the University's Senate is available on request.",
])

para(doc, "Contents", bold=True)
for line in ["Part 1  The programme in brief", "Part 2  Your role as a facilitator", "Part 3  The six triggers",
             "Part 4  Assessment and the outcome grid", "Part 5  At the end of the year", "Part 6  Quality, evaluation and partners",
             "Appendix  Group Record sheet"]:
    para(doc, line)

# ================================================================ Part 1
doc.add_heading("Part 1  The programme in brief", level=1)
h("1.1 Why this programme, and why this way")
para(doc, "Thornwick has one of the highest rates of speech, language and communication needs (SLCN) in the region. The Children's Trust's needs assessment for 2008 found that 38% of pupils at School Action Plus in the Borough's primary schools have SLCN as their primary need, and that one in three referrals to the Service comes from a school that has already had therapy advice for the same child which has not been put into practice. The Bercow Review (2008) found that this is a national pattern, and that schools, and SENCOs in particular, need much more knowledge about communication and how to get the right help.")
para(doc, "Our programme is the National Award for SEN Coordination. It is for every new SENCO, and it covers the whole of the SENCO role, but it is taught by a partnership in which speech and language therapists work alongside education lecturers, and communication runs through every problem. The aim, written into the programme specification, is that pupils with SEN and/or disabilities in participants' schools achieve more and are safer, healthier and happier at school, across all five Every Child Matters outcomes, because their SENCO leads provision for them well.")
para(doc, "We teach through problem-based learning because it is how our Department has taught speech and language therapy students for fifteen years, and because a SENCO's work is a stream of problems that do not come with the theory attached. Each group of eight participants meets around a realistic problem, works out what it needs to learn, goes away to learn it (through reading, a resource session, and a practice task in school), and comes back to apply what it has learned to the problem and to their own schools.")

h("1.2 The award")
para(doc, "The Postgraduate Certificate is an award of Abbeymoor University and carries 60 credits at Level 7 (master's level). It has two 30-credit modules: HCS-M31 Understanding Needs (triggers 1-3, autumn) and HCS-M32 Leading Provision (triggers 4-6, spring and summer). It was approved by the University's Senate in November 2008 following a validation event with two external panel members, one a local authority SEN adviser and one from another university. Participants who complete it may go on to the University's MSc in Communication and Education.")

h("1.3 The year at a glance")
table(doc, [
    ["When", "What", "Where"],
    ["May-June 2009", "Applications, interviews, Communication Audit", "Participants' schools; Clinical Sciences Building"],
    ["17 September 2009", "Launch Day: the award, how PBL works, learning plans", "Clinical Sciences Building"],
    ["Sept-Oct", "Trigger 1: Ellie's first term", "Groups meet at the University or at Thornwick Child Development Centre"],
    ["Oct-Nov", "Trigger 2: The provision map nobody reads", "as above"],
    ["Nov-Dec", "Trigger 3: Twenty-three teaching assistants", "as above"],
    ["January", "HCS-M31 Patchwork Text due", "-"],
    ["Jan-Feb", "Trigger 4: What Jamal said", "as above"],
    ["Mar-Apr", "Trigger 5: The annual review", "as above"],
    ["Apr-May", "Trigger 6: The governors' question", "as above"],
    ["June", "Case Study due; Triple Jump exercise", "Clinical Sciences Building"],
    ["[date TBC] July", "Closing day; Practice Record and next steps plan signed off", "Clinical Sciences Building"],
], widths=[3.5, 8, 5])
doc.add_paragraph()
para(doc, "Each trigger runs over about three weeks: an opening group meeting (two and a half hours), a resource session (a half-day lecture or workshop for all groups together), a practice task in the participant's own school, and a closing group meeting (two and a half hours). That makes twelve group meetings and six resource sessions, the equivalent of about fourteen days out of school across the year, plus the launch and closing days. Meetings are in the late afternoon and early evening so that the time out of school, and schools' spending on supply cover, is kept down. The fee for 2009-10 is £1,500; the Service meets the cost of its therapists' time as facilitators from its schools budget, because better-prepared SENCOs make therapy advice go further.")
para(doc, "The triggers cover the whole of the SENCO's role. On the range of needs, they deal in depth with SLCN, autism and behavioural, emotional and social difficulties. Dyslexia and moderate learning difficulties are covered in the Borough's SENCO network programme, which all participants attend, rather than here.")

h("1.4 Who the participants are and how they come to us")
para(doc, "Participants are qualified teachers who have taken up the SENCO role in the last two years, or will take it up by the start of the programme, in schools in Thornwick and the two neighbouring authorities. Each applies on the University's postgraduate form with a nomination from the headteacher, who agrees to release the participant for the meetings and resource sessions and names a senior colleague as the participant's school mentor.")
para(doc, "Before interview each applicant completes the Communication Audit. It lists all 28 national outcomes for SENCOs in plain terms; the applicant rates each one (\"new to me\" / \"know about it\" / \"do it and could show you\") and writes a short commentary on one pupil. Kath Moreland or Owen Prys then interviews the applicant, checking the self-ratings against the commentary and the applicant's answers to two short scenarios. If the Audit and interview suggest that an applicant would not be able to reach the outcomes within the year (for example, a teacher with very little experience of pupils with SEN), we do not offer a place; we explain what experience would help, and with the applicant's agreement we discuss this with the headteacher, usually recommending a year of the Borough's SENCO network before a fresh application.")
para(doc, "The nomination form asks the headteacher to certify that the applicant holds a current enhanced CRB disclosure (giving its date) and has been checked against List 99, and that there are no outstanding disciplinary matters. The University's Admissions Office will not confirm a place until the certificate is returned. An applicant who has not worked in a school in a post with regular contact with children in the last three months must obtain a new enhanced disclosure through the University before the Launch Day. The Admissions Office keeps the record.")
para(doc, "The programme does not accredit prior learning: the groups work as a whole through all six triggers, and a participant cannot be exempted from part of the year. Participants' prior study and experience are taken into account in their learning plans (2.4). There is no route to the award without taking part in a PBL group; the group is where much of the learning, and some of the assessment, happens.")

h("1.5 Equality and access")
para(doc, "The application form and the Launch Day both invite participants to tell us about any disability, specific learning difficulty or health condition, and say what kinds of adjustment we can make; the Programme Director follows up every disclosure personally. The University's Disability Support Service carries out a needs assessment and agrees a Learning Support Plan, which the Programme Director shares (with the participant's agreement) with the facilitators. Adjustments we have made include trigger texts and readings in large print or on disk, a hearing loop in group rooms, extended deadlines, and a scribe for the Triple Jump. All venues are accessible. The triggers themselves show disabled pupils, parents and staff as active people, not as problems. Information about the programme is available in large print and on audio on request, and our publicity says so.")
para(doc, "Facilitators should read the Learning Support Plans for their group before the first meeting and must not make their own arrangements outside them without talking to the Programme Director.")

h("1.6 How flexible is the programme?")
p = para(doc, "There is one intake each September. Because a PBL group needs to stay together, the pace is the group's. ")
tracked_del(p, "A second group will start each January, for SENCOs appointed mid-year, and will follow the triggers in the order 4, 5, 6, 1, 2, 3.", "Kath Moreland", "2009-02-10T11:05:00Z")
para(doc, "A participant who has to stop (for example through illness or maternity leave) may suspend and rejoin the following year's group at the same trigger. Resource sessions are recorded and put on AbbeyLearn, so a participant who misses one can catch up.")

h("1.7 Between meetings: AbbeyLearn")
para(doc, "AbbeyLearn is the University's virtual learning environment. Each group has its own area with a discussion board, a shared file space for the group's learning issues and notes, and links to e-journals through the University library. Each trigger's readings, the resource-session recordings and slides, and the assessment briefs are posted there. Participants use the board to share what they have found between meetings. Facilitators are not expected to read or respond to the boards; the boards belong to the group. Participants with questions about the programme contact the programme administrator.")

# ================================================================ Part 2
doc.add_heading("Part 2  Your role as a facilitator", level=1)
h("2.1 What you do")
para(doc, "Each group has two facilitators: a speech and language therapist from the Service and an education lecturer from the Department or an advisory teacher from the Borough. You keep the process going, ask the questions that move the group on, make sure every member contributes, and check that the learning issues the group sets are broad enough to cover what the trigger is about. You are not there to lecture.")
table(doc, [
    ["You will", "You will not"],
    ["Open each trigger, keep time, and make sure the group agrees its learning issues and who will pursue each one", "Give the group the answers, or a list of learning issues at the start"],
    ["Ask each participant, at the closing meeting, how they will use the learning in their own school", "Mark group work: group meetings are not assessed"],
    ["Keep the Group Record (Appendix) and give it to the Programme Director after each trigger", "Discuss an individual participant's progress with their school without the Programme Director's agreement"],
    ["Meet each of your participants for a 20-minute review at triggers 3 and 6", "Read or respond to the AbbeyLearn boards (see 1.7)"],
], widths=[8.3, 8.3])
doc.add_paragraph()

h("2.2 Preparing for the role")
para(doc, "Before facilitating you will complete the Faculty's two-day course in PBL facilitation, run by the Centre for Health Professions Education, and sit in on at least two meetings of an established group (in the Department's undergraduate programme if there is no SENCO group running). You will receive this guide, the trigger pack with facilitator notes, and the marking guidance for any component you mark. Facilitators meet at the start of each term and after trigger 3 and trigger 6 to compare groups and to agree changes to the triggers. Once a year each facilitator is observed running a meeting by an experienced colleague, using the Centre's facilitation observation form, and the observer gives written feedback.")

h("2.3 Working with school mentors")
para(doc, "Each participant's headteacher names a school mentor: usually the deputy or another member of the senior team. Mentors come to a twilight briefing in September (repeated in October) where we explain the practice tasks, what mentors are asked to sign in the Practice Record, and what to do if a participant is struggling. They receive a four-page mentor guide. You may be asked to phone a mentor if a practice task cannot be done in the school; agree this with the Programme Director first.")

h("2.4 Individual learning plans")
para(doc, "At the Launch Day each participant and one of their facilitators go through the participant's Communication Audit together and agree a learning plan: the outcomes the participant most needs to develop, the personal learning issues they will pursue alongside the group's at each trigger, and the focus of their Case Study. Where the audit shows a participant already strong in an area (for example a former advisory teacher for autism), the plan directs them to a more demanding practice task or to supporting other members on that trigger. You review the plan with each participant at triggers 3 and 6 and note changes on it. We also use the audits to adjust the resource sessions: if most of an intake is confident on a topic, the session is shortened and the time given to another.")

# ================================================================ Part 3
doc.add_heading("Part 3  The six triggers", level=1)
para(doc, "Each trigger is given to participants at the opening meeting. The notes below are for facilitators only: do not share them with the group. Outcome codes refer to the grid in Part 4.")


def trigger(num, title, scenario, rows):
    doc.add_heading(f"Trigger {num}: {title}", level=2)
    box(doc, [(scenario, "i")], fill="DEEAF6")
    table(doc, [[a, b] for a, b in rows], header=False, widths=[4.2, 12.4])
    doc.add_paragraph()


trigger(1, "Ellie's first term",
        "Ellie is four and has been in Reception since September. Her teacher says she is shy and will \"come out of herself\". At parents' evening Ellie's mother, Mrs Carter, tells the SENCO that Ellie chatters at home but that her aunt, who is a nursery nurse, thinks she \"doesn't say her sounds right and doesn't always understand\". Mrs Carter asks whether Ellie should see a speech therapist. The school has 14 children in Reception whose teachers have concerns about their talking.",
        [["Learning issues we expect", "Typical language development and what affects it (home language environment, hearing, play, the classroom); delay and disorder; how to tell a shy child from a child with language difficulties; the SEN Code of Practice's graduated response; when and how to involve the Service; what to say to Mrs Carter."],
         ["Resource session", "Children's development and language development, with the Code of Practice in practice (Dr Sunita Raval and Mark Eldridge, Borough SEN Adviser)."],
         ["Practice task", "Use the Service's communication-supportive classroom checklist in one class with the class teacher, and observe one pupil causing concern."],
         ["Outcomes", "U1, U4, U5, L2"],
         ["Facilitator notes", "Groups often jump to \"refer to speech therapy\". Ask what the school could do first, and what the Code says. Make sure the group considers Mrs Carter's view as well as the teacher's."]])

trigger(2, "The provision map nobody reads",
        "Hollins Park is an 11-16 school of 900 pupils. The new SENCO, Mr Ahmed, inherited a provision map of 23 interventions. Nobody is sure which work. The head wants to know, before the SEF is updated, whether SEN spending is value for money; the Year 9 data suggest pupils with SEN fall further behind between Key Stage 2 and 3.",
        [["Learning issues we expect", "Provision mapping and costing; using Key Stage and P scale data and RAISEonline to track progress; judging whether an intervention works; school self-evaluation and the SEF; reviewing provision with staff."],
         ["Resource session", "Data, provision mapping and self-evaluation (Borough data team and Kath Moreland)."],
         ["Practice task", "Update your own school's provision map, find one piece of provision that is ineffective or missing, and look at the progress data for its pupils."],
         ["Outcomes", "Q4, U7, L2b, L3, L6"],
         ["Facilitator notes", "Push the group to decide on evidence, not on how popular an intervention is with staff."]])

trigger(3, "Twenty-three teaching assistants",
        "Stanegate Primary has 23 teaching assistants, most of them attached to individual pupils with statements. Two newly qualified teachers say they \"never know what the TA is doing\". A TA asks the SENCO for training on speech and language programmes because \"the therapist's sheet just sits in the drawer\".",
        [["Learning issues we expect", "Deploying and managing support staff; research on the impact of support staff; how TAs can use assessment for learning with the pupils they support, and how class teachers can build it into their own planning for pupils with SEN; coaching and modelling; planning staff training; the SENCO's influence with the head."],
         ["Resource session", "Leading and developing adults (Kath Moreland), with a workshop on carrying out therapy programmes in class (Service therapists)."],
         ["Practice task", "Observe a TA-led session, give feedback, and plan and deliver a short briefing for staff on one aspect of SLCN."],
         ["Outcomes", "Q2, L2c, L4, L5"],
         ["Facilitator notes", "Participants from small schools may say this does not apply to them: ask them about one TA."]])

trigger(4, "What Jamal said",
        "Jamal is in Year 5 and has a diagnosis of autism. He has been sent home twice this term after \"meltdowns\" at lunchtime. The school has said he cannot go on the residential trip because staff are worried about his behaviour. At his review Jamal sat under the table. His IEP targets were written by his teacher.",
        [["Learning issues we expect", "Autism and behavioural, emotional and social difficulties and how they affect learning; the Disability Discrimination Act and reasonable adjustments (including the trip); gaining the views of pupils with limited language (Talking Mats, visual supports); involving pupils in setting and reviewing targets; ICT, visual supports and communication aids."],
         ["Resource session", "Pupils' voices, and technology for communication, held in the Department's AAC laboratory (Dr Sunita Raval and the Service's AAC therapist)."],
         ["Practice task", "Gain the views of a pupil with limited language using one of the methods from the session, and use them in a review of the pupil's targets."],
         ["Outcomes", "Q1, U3, U5, U6, L7"],
         ["Facilitator notes", "Do not let the group turn this into a debate about whether Jamal should be excluded. Bring them back to what Jamal would say."]])

trigger(5, "The annual review",
        "Sophie (Year 8) has a statement for speech, language and communication needs. Her annual review is next month. The therapist's report uses terms her parents do not understand; the educational psychologist has not seen her for two years; her father has contacted Afasic and wants to know why she is not getting \"proper therapy\". Children's social care are involved with an older sibling.",
        [["Learning issues we expect", "Working with parents and carers; statutory review; reading and using reports from therapists and psychologists; roles of the Service, the educational psychology service, CAMHS, social care and voluntary organisations; the Common Assessment Framework; writing for parents in plain language."],
         ["Resource session", "Working together: a panel of a parent from the Thornwick Afasic group, a therapist, an educational psychologist and the Parent Partnership Officer."],
         ["Practice task", "Plan a review meeting for a pupil with the parents and at least one other agency, attend it, and write a one-page summary for the parents."],
         ["Outcomes", "Q1, Q5, U9, L2, L2a, L8, L9"],
         ["Facilitator notes", "Role-play of the review works well at the opening meeting. Ask one participant to play Sophie."]])

trigger(6, "The governors' question",
        "At a governors' meeting, a governor asks the SENCO of Moorside Primary: \"We spend a fifth of our budget on SEN. What are we getting for it, and what should we be doing differently?\" The head asks the SENCO to bring a three-year plan to the next meeting.",
        [["Learning issues we expect", "The school's inclusive ethos and strategic planning; Every Child Matters and the SENCO's part in it; evidence on effective interventions; using external advice and research; presenting to governors."],
         ["Resource session", "Leading an inclusive school: a headteacher and a chair of governors from the Borough; the research base (Kath Moreland)."],
         ["Practice task", "Present a short SEN development plan to your head and the governor responsible for SEN, and record their response."],
         ["Outcomes", "Q2, Q6, U2, U8, L1"],
         ["Facilitator notes", "Ask participants to bring their schools' SEN policies."]])

# ================================================================ Part 4
doc.add_heading("Part 4  Assessment and the outcome grid", level=1)
h("4.1 The components")
table(doc, [
    ["Component", "Module", "What participants submit", "Marking"],
    ["Patchwork Text (PT)", "HCS-M31", "Three \"patches\" of 800-1,000 words, one written after each of triggers 1-3, applying the group's learning to the participant's school, and a 2,000-word commentary that draws them together critically.", "Graded, 100% of HCS-M31"],
    ["Case Study (CS)", "HCS-M32", "A 5,000-word study of provision for one pupil or a small group over at least a term: identification, assessments (including other professionals'), targets, the intervention, the pupils' views, work with parents and other services, review, and the research on which it drew.", "Graded, 60% of HCS-M32"],
    ["Triple Jump (TJ)", "HCS-M32", "An individual three-stage exercise on an unseen problem: (1) a 30-minute discussion with two assessors in which the participant analyses the problem and sets learning issues; (2) 48 hours of independent study; (3) a 2,000-word response and a 20-minute discussion of it.", "Graded, 40% of HCS-M32"],
    ["Practice Record (PR)", "Both", "The mentor-signed record of the six practice tasks, with the observation feedback, the staff briefing materials, the parents' summary and the governors' response.", "Pass/fail; must be passed"],
], widths=[2.8, 2, 9, 2.8])
doc.add_paragraph()
para(doc, "The group meetings themselves are not assessed. Between them, the four components assess every one of the national outcomes, and a participant must pass all four to receive the award.")

h("4.2 Marking and moderation")
p = para(doc, "Every Patchwork Text and Case Study is marked by two people, one from education and one a therapist, who agree a mark; Triple Jump stages 1 and 3 are assessed by the same pair. All markers attend a standardisation meeting before each marking period, using anonymised work from the previous year. The Programme Director moderates a sample across groups, and the external examiner sees a sample of all components, attends one Triple Jump day each year, and reports to the University. The Board of Examiners confirms all marks.")
doc.add_comment(p.runs, text="Kath - has Senate actually confirmed the external examiner yet? We can't say she attends if she hasn't been appointed. OP", author="Owen Prys", initials="OP")

h("4.3 The outcome grid")
para(doc, "Our codes: Q for personal qualities, U for understanding, L for leading and doing. \"(g)\" means the outcome is worked on and talked through in the group but not assessed in any component.")
grid = [
    ["Code", "What the SENCO can do (our words)", "Triggers", "Assessed in"],
    ["Q  Personal qualities", None, None, None],
    ["Q1", "Build fair, respectful and supportive relationships with pupils with SEN and their families", "4, 5", "CS, PR"],
    ["Q2", "Win the commitment of colleagues, the head and senior leaders", "3, 6", "PR"],
    ["Q4", "Anticipate and solve problems; make sound decisions about provision", "2", "PT, TJ"],
    ["Q5", "Communicate clearly in speech and writing; listen to others' views", "5", "PT, CS, TJ"],
    ["Q6", "Use research and outside advice to improve their own and others' practice", "6", "CS"],
    ["Q7", "Keep up to date and take charge of their own CPD", "Closing day", "PR (next steps plan)"],
    ["U  Understanding", None, None, None],
    ["U1", "SEN law and the Code of Practice, and what they mean for the school", "1", "PT"],
    ["U2", "Every Child Matters and the SENCO's part in it", "6", "(g)"],
    ["U3", "Disability equality law and the action it requires", "4", "CS"],
    ["U4", "How children develop, and what affects development", "1", "PT"],
    ["U5", "Common types of need: SLCN, autism, BESD", "1, 4", "PT, CS"],
    ["U6", "Approaches, strategies and resources, including ICT and communication aids", "4", "CS"],
    ["U7", "School self-evaluation and SEN", "2", "PT"],
    ["U8", "Best practice and research", "6", "CS"],
    ["U9", "External agencies and how to get specialist help", "5", "CS, PR"],
    ["L  Leading and doing", None, None, None],
    ["L1", "Influence the school's inclusive ethos, policy and resources with the head and governors", "6", "PR"],
    ["L2", "Identify needs, set targets, plan and review interventions", "1, 5", "CS"],
    ["L2a", "Use other professionals' assessments", "5", "CS"],
    ["L2b", "Use summative data and national tests to track progress", "2", "PT"],
    ["L2c", "Help colleagues develop formative assessment", "3", "(g)"],
    ["L2d", "Access arrangements for tests and examinations", "-", "Not in this programme: Borough SENCO briefing each spring"],
    ["L3", "Provision mapping; finding ineffective or missing provision", "2", "PT"],
    ["L4", "Deploy and manage staff", "3", "PT"],
    ["L5", "Develop colleagues: observation and feedback, modelling, coaching, training", "3", "PR"],
    ["L6", "Review provision with staff to inform self-evaluation", "2", "(g)"],
    ["L7", "Involve pupils in planning and reviewing their provision", "4", "CS"],
    ["L8", "Work with parents and carers", "5", "CS, PR"],
    ["L9", "Work with other services and voluntary organisations", "5", "CS, PR"],
]
t = doc.add_table(rows=len(grid), cols=4)
t.style = "Table Grid"
for i, row in enumerate(grid):
    if row[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, row[0], bold=True, fill="FBE4D5", size=9)
        continue
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(i == 0), fill=("D9E2F3" if i == 0 else None), size=9)
for row in t.rows:
    for j, w in enumerate([1.4, 9.2, 2.2, 3.8]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

# ================================================================ Part 5
doc.add_heading("Part 5  At the end of the year", level=1)
para(doc, "At the closing day each participant repeats the Communication Audit and compares it with the one completed before interview. With one of their facilitators, they write a next steps plan: two or three professional targets for the following year, the support they will need, and whether they intend to go on to the MSc. The plan is signed by the school mentor, becomes the last page of the Practice Record, and is for the participant to take to their performance management review with the head. Facilitators should use the final review at trigger 6 to start this conversation.")
para(doc, "The Board of Examiners meets in July. A participant who fails one component may resubmit once; the Practice Record must be complete and signed before the Board.")

# ================================================================ Part 6
doc.add_heading("Part 6  Quality, evaluation and partners", level=1)
h("6.1 How we find out how the programme is going")
para(doc, "At the end of each trigger, participants complete a one-page evaluation (what helped, what did not, what they have used in school), and facilitators complete the Group Record. The facilitators' meetings after triggers 3 and 6 review both, and triggers and resource sessions are changed for the following year where needed. There is a participants' representative on the Department's Staff-Student Committee. The external examiner's report, the module evaluations and the pass and progression data go into the University's Annual Programme Monitoring report, which is scrutinised by the Faculty's Learning and Teaching Committee; the Service reports the programme annually to the Trust's Children's Services Clinical Governance Group.")

h("6.2 Impact")
para(doc, "Participants' competence is judged through the assessment. Their confidence is measured by comparing the Communication Audit at interview with the audit repeated on the closing day, and we report the change for each outcome group in the annual monitoring report. We hope in time to look at the progress of pupils in participants' schools, perhaps through the Service's referral data, but we have not yet worked out how to do this.")

h("6.3 Staff, expertise and resources")
para(doc, "Kath Moreland (Programme Director) is a Senior Lecturer in Education and Communication, a former primary SENCO and advisory teacher for SLCN, with an MA in Special Education. Owen Prys (Clinical Director) is a Consultant Speech and Language Therapist (Education) with twenty years' experience in mainstream and special schools and an MSc in Human Communication. Dr Sunita Raval, Lecturer in Developmental Psycholinguistics, leads PBL in the Department and has published on language intervention in schools. Facilitators are drawn from the Service's senior therapists (all at least band 7, with at least five years' work in schools) and the Department's education and clinical lecturers, with two Borough advisory teachers. Resource sessions bring in an educational psychologist, the Borough's data team, the Parent Partnership Officer, headteachers, governors and voluntary organisations.")
para(doc, "Participants have full use of the University library and its e-journals, AbbeyLearn, the Department's clinical test library, and the AAC laboratory with its communication aids and symbol software. The Service lends intervention packs and visual-support resources to participants' schools.")
para(doc, "Participants carry out all their practice tasks in their own schools. The Department's pre-registration speech and language therapy students have clinical placements in many of the same schools, supervised by Service therapists, and participants may find that a student is working with pupils in their school during the year.")

h("6.4 The Programme Board")
para(doc, "The Programme Board oversees the programme and meets three times a year. Its members are the Programme Director, the Clinical Director, the Head of the Department, the Service's Head of Children's Speech and Language Therapy, the Borough SEN Adviser, [name] from the neighbouring authorities' SEN teams, two headteachers, a SENCO who has completed the programme (from 2010), the Parent Partnership Officer and a parent from the Thornwick Afasic group. It receives the trigger evaluations, the audit data and the annual monitoring report, and agrees the programme's development plan.")
para(doc, "The programme was shaped by what these partners told us. In autumn 2008 we held two consultation meetings with 31 SENCOs and 9 headteachers and ran an online survey of the Borough's schools (74 replies). SENCOs asked for help with data and provision maps (now trigger 2) and with managing teaching assistants (trigger 3); headteachers asked that the programme deal with governors and school improvement (trigger 6); the Afasic group asked that parents' experience of reviews be heard directly, which led to the parent on the trigger 5 panel. The Children's Trust's 2008 needs assessment (1.1) set the programme's emphasis on communication.")

# ================================================================ Appendix
doc.add_page_break()
doc.add_heading("Appendix  Group Record sheet", level=1)
para(doc, "Complete one sheet per trigger and send it to the Programme Director within a week of the closing meeting.", italic=True)
rec = [
    ["Group:", "Trigger:", "Facilitators:"],
    ["Learning issues agreed at the opening meeting\n[List the issues in the group's own words and who is pursuing each one.]", None, None],
    ["Attendance\n[Note absences and any follow-up agreed with the Programme Director.]", None, None],
    ["How the closing meeting went\n[Did the group apply its learning to the trigger and to members' schools? Were any issues left unresolved?]", None, None],
    ["Concerns about an individual participant\n[Factual notes only. Do not record health or disability information here.]", None, None],
    ["Suggested changes to the trigger or resource session", None, None],
]
rt = table(doc, rec, header=False, widths=[6, 5.3, 5.3])
for i in range(1, len(rec)):
    m = rt.cell(i, 0).merge(rt.cell(i, 2))
    keep = rec[i][0]
    cell_text(m, keep, size=9)
    for r in m.paragraphs[-1].runs:
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

for pp in doc.paragraphs:
    if pp.text.startswith("There is one intake each September"):
        doc.add_comment(pp.runs, text="Taken out: we can't staff a January group in 2009-10. Revisit for 2010? KM", author="Kath Moreland", initials="KM")
        break

doc.save(OUT)
print("wrote", OUT)
