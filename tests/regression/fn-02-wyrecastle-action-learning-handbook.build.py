"""fn-02-wyrecastle-action-learning-handbook

Provider (invented): Wyrecastle Excellence in Cities Partnership with Wyrecastle
City Council's Inclusion Team (the Learning Mentor strand runs the sets; the
Behaviour Improvement Programme's staff are set advisers and set-swap hosts),
and the University of Fellside School of Education, which validates the
"Postgraduate Certificate: Leading SEN Coordination". Northern English city,
spring 2009, for cohorts from September 2009.

Document kind: a handbook for action learning sets, written to "you" (set
members) with parts for set advisers and headteacher sponsors. The city's
learning mentors have worked in action learning sets since 2002; the Award is
built round eight set meetings, six Taught Days and a workplace Enquiry, so the
Partnership sent the handbook as its application with a short shaded note.
Layout: a cover with a shaded "How to use this handbook" box, fourteen Parts
with real heading styles, a timing table for a set meeting, a roles table, a
Taught Days table, an Appendix 1 outcome grid ("In your set / On Taught Days /
Where it counts") with merged group rows, and Appendix 2: a blank set log with
grey prompts. Header and footer. Two Word comments; a tracked deletion inside
an outcome-grid cell.

Traps (ids):
- E.2: 60 credits, but the level is "still to confirm" (Level 6 or 7) ->
  partially_met.
- 2.1: only "talk to the University" about earlier study; a comment (not
  evidence) gives the actual APL rule -> partially_met.
- 2.3: "There is no shortcut ... nobody can gain the Award on past work
  alone" -> not_met (negation in Part 6, far from the assessment part).
- 4.1: need asserted in general terms only -> partially_met; 4.2: "We have not
  yet formally consulted schools or parents about the design" and a reference
  group only intended from 2010 -> not_met.
- 5.2: "We don't turn anyone away"; the Starting Conversation happens after
  joining -> partially_met.
- 5.3: CRB check on candidates done properly (met; notes_on_met).
- 5.4: set advisers' action-learning training described; tutors unnamed, no
  SEN qualifications -> partially_met.
- 5.6: resources promised in general -> partially_met.
- 5.9: impact on pupils and participants only "We would like to" -> not_met.
- 6.0 / 1.9: award on a passed portfolio plus six of eight set meetings
  attended; the set log is formative; outcome grid shows gaps ->
  partially_met.
- Appendix 1: 6.K4 has no row (not_met); 6.S2c row is dashes (not_met);
  6.K3's Taught Day entry is a deleted tracked change, so it is assessed but
  not developed (partially_met); 6.A3, 6.A7, 6.S4 "Set log only (not
  marked)"; 6.S6 "not part of the portfolio" (partially_met).
- 3.3 met: Set Space on the city's learning platform with adviser replies.
- Set-log prompts in Appendix 2 are a blank form (never evidence).
"""
# ---- shared helpers (copied into each build script) ----
import re, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def add_runs(p, text, size=None, color=None, italic=False):
    """**bold** and _italic_ markup inside text."""
    for part in re.split(r"(\*\*[^*]+\*\*|__[^_]+__)", text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2]); r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2]); r.italic = True
        else:
            r = p.add_run(part)
        if italic: r.italic = True
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    return p

def P(doc, text="", style=None, **kw):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    add_runs(p, text, **kw)
    return p

def H(doc, text, level=1):
    return doc.add_heading(text, level=level)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)

def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i: p = cell.add_paragraph()
        add_runs(p, ("**%s**" % line) if (bold and line) else line, size=size, color=color, italic=italic)

def T(doc, rows, widths=None, header=True, fill="D9D9D9", style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None: continue
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill: shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t

def box(doc, text_lines, fill="EDEDED", size=10):
    t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.cell(0, 0); shade(c, fill)
    c.text = ""
    for i, line in enumerate(text_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        add_runs(p, line, size=size)
    doc.add_paragraph()
    return t

_rev = [100]
def _revid():
    _rev[0] += 1; return str(_rev[0])

def deleted_para(doc, text, author, date, style=None):
    """A whole paragraph deleted as a tracked change (runs in w:del, paragraph mark deleted)."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr"); d = OxmlElement("w:del")
    for k, v in (("w:id", _revid()), ("w:author", author), ("w:date", date)): d.set(qn(k), v)
    rPr.append(d); pPr.append(rPr)
    de = OxmlElement("w:del")
    for k, v in (("w:id", _revid()), ("w:author", author), ("w:date", date)): de.set(qn(k), v)
    r = OxmlElement("w:r"); dt = OxmlElement("w:delText"); dt.set(qn("xml:space"), "preserve"); dt.text = text
    r.append(dt); de.append(r); p._p.append(de)
    return p

def tracked(p, text, kind, author, date):
    """Append an inserted ('ins') or deleted ('del') run to paragraph p."""
    el = OxmlElement("w:" + kind)
    for k, v in (("w:id", _revid()), ("w:author", author), ("w:date", date)): el.set(qn(k), v)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); el.append(r); p._p.append(el)
    return p

def add_field(p, instr):
    r = p.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    p.add_run("1")
    r4 = p.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._r.append(f3)

def merge_row(t, i, text, fill="F2F2F2", size=9):
    c = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(c, text, bold=True, size=size); shade(c, fill)
    return c
# ---- end helpers ----
from pathlib import Path
OUT = Path(__file__).with_suffix("").with_suffix(".docx")
UNI = "Dr Alan Pryce (University of Fellside)"
DATE = "2009-03-02T14:40:00Z"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "Learning Together in Sets | Wyrecastle SENCO Award 2009-10"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Wyrecastle Excellence in Cities Partnership, Tanner Street Centre   ").font.size = Pt(8)
add_field(fp, "PAGE")

doc.add_heading("Learning Together in Sets", 0)
P(doc, "A handbook for set members, set advisers and headteacher sponsors", size=14)
P(doc, "The Wyrecastle SENCO Award 2009-10", size=12)
P(doc, "Wyrecastle Excellence in Cities Partnership | Wyrecastle City Council Inclusion Team | University of Fellside School of Education", italic=True)
box(doc, [
    "**How to use this handbook**",
    "If you are joining the Award as a SENCO, read Parts 1 to 11 before your first set meeting and keep the handbook with your set log. Set advisers should read all of it, especially Part 4 and Part 12. Headteacher sponsors can start at Part 13.",
    "**Note for the TDA panel.** The sets are the heart of the Award, so we are sending this handbook, with Appendix 1 added, as our application for approval. It describes the Award as it will run from September 2009.",
])

H(doc, "Foreword", 1)
P(doc, "When the Excellence in Cities Partnership started in Wyrecastle in 2000, our first learning mentors had no one to learn from but each other. We put them into small groups that met every half-term to work on real problems from their own schools, with a trained adviser to keep the groups honest. Those action learning sets have run ever since, and more than 150 learning mentors have been through them. They are the part of the strand people talk about most.")
P(doc, "New SENCOs are in the same position now. Many are the only person in their school doing the job, and they have to lead colleagues who have been teaching longer than they have. We know from our work with schools that new SENCOs often feel isolated and are not sure what good looks like. So when we came to plan the national SENCO Award with the University of Fellside, we built it round sets.")
P(doc, "Sharon Pickersgill, Partnership Manager, March 2009")

H(doc, "Part 1  The Award on one page", 1)
T(doc, [
    ["", "What it is"],
    ["Name", "Postgraduate Certificate: Leading SEN Coordination (University of Fellside), known in Wyrecastle as the Wyrecastle SENCO Award"],
    ["Credit", "60 credits. The University is still to confirm whether the Award sits at Level 6 or Level 7 (Masters); we have asked for Masters."],
    ["Approval", "Approved by the University's Faculty of Education Validation Panel on 5 November 2008, as a programme delivered in partnership with the Wyrecastle EiC Partnership"],
    ["Length", "One year, part time; starts in September, January or April"],
    ["Three strands", "Eight set meetings (3 hours each); six Taught Days at the City Learning Centre; your Enquiry in your own school"],
    ["Assessment", "The Enquiry Portfolio, marked by the University, and a 20-minute professional discussion"],
    ["Cost to your school", "None for Wyrecastle schools in 2009-10: the Partnership pays the University fee and half-day supply for each set meeting"],
], widths=[3.5, 12.5])
P(doc, "")

H(doc, "Part 2  What an action learning set is", 1)
P(doc, "An action learning set is a group of six or seven people who meet regularly to help each other act on real problems in their own work. The idea comes from Reg Revans, who found that managers learned more from working on their problems with \"comrades in adversity\" than from being taught. In a set nobody gives advice unless they are asked. Instead, members ask the presenter questions that help them see the problem differently and decide what to do next. At the following meeting the presenter reports back on what they did and what happened.")
P(doc, "Your set will stay together for the whole year. It will have a set adviser, who is not your tutor or your line manager but who keeps the process working and, from time to time, offers a way of thinking about the problem. The problems you bring will be yours: a pupil whose progress has stalled, a colleague who won't use the advice of the speech therapist, a head who wants the SEN register cut, a parent who feels nobody listens. Over the year the problems you bring become the material for your Enquiry.")
P(doc, "Every set focuses on one question in the end: what difference is this making to the children? The set adviser will ask it at every meeting, and your Enquiry has to answer it, looking at the pupils' learning and at how safe, healthy, included and confident they are, not only at their test scores.")

H(doc, "Part 3  A set meeting, step by step", 1)
T(doc, [
    ["Time", "What happens", "Who leads"],
    ["0:00-0:15", "Arrival and check-in: each member says in one or two sentences how things are", "Set adviser"],
    ["0:15-0:45", "Report-back: each member says what they did since last time and what happened to the pupils", "Each member in turn"],
    ["0:45-1:35", "First presenter: 10 minutes to describe the problem, 35 minutes of questions, 5 minutes to decide on actions", "Presenter; set adviser keeps time"],
    ["1:35-1:50", "Break", ""],
    ["1:50-2:40", "Second presenter, as above", "Presenter"],
    ["2:40-3:00", "Review: what did we learn about the process? Set log written up", "Set adviser"],
], widths=[2.5, 10, 3.5])
P(doc, "")
P(doc, "Everyone presents at least three times in the year. The set adviser keeps a rota, and you can swap if something urgent comes up.")

H(doc, "Part 4  Who does what", 1)
T(doc, [
    ["Role", "What they do"],
    ["You, the set member", "Come to the meetings; bring real problems; ask questions rather than give advice; do what you said you would; keep your set log."],
    ["Set adviser", "Runs the process; keeps the set safe; models good questions; writes the set's termly review; meets the University tutor each term. Set advisers are senior learning mentors, Behaviour Improvement Programme key workers and Inclusion Team officers who have completed the Partnership's three-day set adviser training and at least a year of supervised practice."],
    ["University tutor", "Teaches on the Taught Days, gives individual tutorials on the Enquiry, marks the portfolio. Tutors come from the School of Education's SEN team."],
    ["Headteacher sponsor", "Signs you up; agrees your Enquiry focus; releases you; reads your Enquiry and comments on it; holds the Next Steps conversation with you (Part 14)."],
    ["Set-swap host", "A colleague in a specialist setting who hosts your visits (Part 9)."],
], widths=[3.5, 12.5])
P(doc, "")
P(doc, "Set advisers get the set adviser pack, a half-day briefing each September on the Award's outcomes and assessment, and a supervision meeting with the lead set adviser, Kath Brearley, every half-term. Headteacher sponsors are invited to a one-hour briefing at the City Learning Centre in the first half-term and are sent the sponsor notes in Part 13. Set-swap hosts receive a one-page brief on what participants are looking for.")

H(doc, "Part 5  Ground rules and confidentiality", 1)
P(doc, "Each set agrees its own ground rules at the first meeting. Most sets start from these: what is said in the set stays in the set; we use first names or initials for pupils, never full names; we listen without interrupting; we ask, we don't tell; we turn up on time and stay to the end.")
P(doc, "The one exception to confidentiality is safeguarding. If anything said in the set suggests that a child is at risk of harm, the set adviser will talk to the member concerned after the meeting and make sure the school's child protection procedures are followed.")

H(doc, "Part 6  Before you start", 1)
H(doc, "Joining", 2)
P(doc, "Any teacher who is, or is about to become, a SENCO in a Wyrecastle school can join the Award. We don't turn anyone away: the set is the place where you will catch up. You apply on the joining form with your headteacher, who signs as your sponsor.")
H(doc, "Checks", 2)
P(doc, "Before your first set meeting, the Partnership's Workforce team writes to your school to confirm that you hold a current enhanced CRB disclosure and that the school has checked List 99. If you have not worked in a post with regular contact with children in the last three months (for example because you have been on a career break or seconded to a local authority post) the Workforce team arranges a new enhanced disclosure, and you cannot take part in set swaps until it has come back clear.")
H(doc, "The Starting Conversation", 2)
P(doc, "In your first three weeks your set adviser and your University tutor meet you together for an hour. Before the meeting you rate yourself against each of the national outcomes in Appendix 1 on the four-point scale (\"new to me\", \"getting there\", \"secure\", \"could teach others\"). At the meeting they ask you for examples, and the three of you agree your Learning Plan: the outcomes you most need to work on, which Taught Days matter most for you, which set swaps you will make and a first idea for your Enquiry. Your headteacher sponsor signs the Learning Plan. You look at it again with your set adviser at the end of each term.")
H(doc, "Credit for earlier study", 2)
p = P(doc, "If you have already done credit-bearing study about special educational needs, talk to the University before you start; it may be able to take it into account.")
doc.add_comment(p.runs[0], text="University APL regulations allow up to 20 credits of prior certificated learning against the Enquiry. Can we say this? AP", author="Dr Alan Pryce", initials="AP")
P(doc, "There is no shortcut: everyone joins a set, and nobody can gain the Award on past work alone. Even the most experienced SENCOs tell us the set was where they learned most.")

H(doc, "Part 7  The Taught Days", 1)
P(doc, "The six Taught Days are at the City Learning Centre on Bridge Street from 9.15 to 3.30. Each is repeated once in the year, so if you join in January or April you pick up the days you have missed in the next round. The University tutors teach them with the Inclusion Team and visiting speakers.")
T(doc, [
    ["Day", "Title", "What it covers"],
    ["TD1", "The law, the Code and the SENCO", "The SEN Code of Practice 2001 and the SEN Toolkit; the Education (Special Educational Needs Co-ordinators) Regulations 2008; Every Child Matters and the SENCO's part in the five outcomes; the Lamb Inquiry and what it means for parents' confidence."],
    ["TD2", "Research and enquiry", "What research and inspection say about provision for pupils with SEN (Ofsted's 2006 survey on inclusion, the Bercow Review 2008, the Inclusion Development Programme); reading research critically; planning your Enquiry."],
    ["TD3", "Understanding needs", "Behavioural, emotional and social difficulties; dyslexia and other specific learning difficulties; speech, language and communication needs; autism; moderate learning difficulties. With the Educational Psychology Service, the Autism Outreach Team, the BEST and a speech and language therapist. Identifying needs, setting targets and planning interventions, using other professionals' assessments."],
    ["TD4", "Pupils, families and agencies", "Pupil voice and person-centred reviews (taught by the learning mentor strand); working with parents, with the Wyrecastle Parent Partnership Service; the Common Assessment Framework, the Team Around the Child and the voluntary sector."],
    ["TD5", "Leading and changing", "The SENCO on the senior team; working with governors; school self-evaluation and the SEN section of the SEF; coaching colleagues using the learning mentors' coaching model; getting colleagues on board."],
    ["TD6", "Data, mapping and technology", "RAISEonline, P scales and tracking; provision mapping and costing; access arrangements for national tests and examinations; ICT and assistive technology in the CLC's inclusion suite."],
], widths=[1.3, 4, 10.7])
P(doc, "")

H(doc, "Part 8  Between meetings: Set Space", 1)
P(doc, "Every set has its own area, Set Space, on the Wyrecastle Learning Platform (the Fronter platform that schools in the city already use). You log in with your school username. Set Space has a discussion board for your set, a shared folder for the readings and handouts from the Taught Days, and a private folder where you keep your set log and drafts of your Enquiry.")
P(doc, "Your set adviser reads the discussion board at least twice a week and replies to questions within three working days; University tutors answer questions about the Enquiry on a separate \"Ask a tutor\" board within five working days. Between meetings members use the board to report progress on their actions and to ask each other for ideas, and the set adviser posts a short summary of the last meeting within a week. If you have not been on Set Space for a month your set adviser will contact you. The Partnership's Learning Platform team runs a one-hour introduction at the first Taught Day for anyone who has not used Fronter, and your headteacher sponsor can see the Award's notices area, so school and tutors use it to keep in touch about dates and release.")

H(doc, "Part 9  Set swaps", 1)
P(doc, "During the year you make three set swaps: half-day visits to settings other than your own, arranged by the Partnership, which has agreements with the hosts. Everyone visits one of the city's two special schools (Moorside, for pupils with moderate and severe learning difficulties, or Greenacre, for pupils with autism), one of the Partnership's Learning Support Units or the Kelso Street pupil referral unit, and a third setting chosen in your Learning Plan, for example the Hearing Support Base at Elm Bank Primary, the speech and language unit at St Oswald's, the Educational Psychology Service or the Young Carers project. Each host has a named colleague who plans the visit with you and goes through your questions. You write a two-page set swap report for your portfolio on what you learned and what you will change.")

H(doc, "Part 10  Your Enquiry and how the Award is assessed", 1)
P(doc, "Your Enquiry is a piece of practitioner research in your own school, agreed with your headteacher sponsor, on a question about improving outcomes for a group of pupils with SEN. You take baseline information on the pupils before you start, plan and lead the change with colleagues, gather the pupils' and parents' views, and measure what happened. You will work on it in your set all year.")
P(doc, "Your **Enquiry Portfolio** contains:")
for x in ["the Enquiry report (6,000 words): policy context, literature, what you did, what happened for the pupils, evaluation;",
          "a provision map for your school, with your commentary;",
          "your three set swap reports;",
          "a coaching record of one colleague you have coached, with notes of an observation and feedback;",
          "your headteacher sponsor's comments on the Enquiry;",
          "your set log (Appendix 2), which is there as a record and is not marked."]:
    P(doc, x, style="List Bullet")
P(doc, "After you hand in your portfolio you have a 20-minute professional discussion with your University tutor and a second assessor (a set adviser who is not from your set), about your Enquiry and your work as a SENCO. They use a schedule of questions covering leadership, decisions you have made, access arrangements and how you explain your work.")
P(doc, "The University tutors mark the portfolios against the University's Masters-level criteria. A second tutor marks every fail, every distinction and one in four of the others. Before marking, all tutors and set advisers who act as second assessors meet to mark two sample portfolios together and agree standards. The University's external examiner sees a sample of portfolios and recordings of professional discussions each year, and the Award's examination board confirms the results.")
P(doc, "You gain the Award when your Enquiry Portfolio passes and your set log shows you attended at least six of the eight set meetings.")

H(doc, "Part 11  Access and adjustments", 1)
P(doc, "We want everyone who could be a SENCO to be able to take part. The joining form asks whether you have a disability or health condition we should know about, and explains why we ask; if you tell us, the lead set adviser contacts you before the Starting Conversation to agree what would help. Adjustments we have made for learning mentors in the past include a hearing loop in set meetings, handouts in large print or on coloured paper, a set placed in a ground-floor room near a car park, extra time and a reader for written work, and a professional discussion split into two shorter parts. The University's Disability Service assesses needs for the portfolio and the professional discussion and agrees adjustments with the tutors. All our venues have level access and accessible toilets, and set swap hosts are told in advance of any access needs. The joining pack is available in large print, on audio CD and in Urdu and Bengali, and we say in it that disabled teachers are welcome and supported.")
P(doc, "Sets meet either in the school day (Tuesday mornings) or as twilights (Wednesdays 3.45 to 6.45); you choose when you join and can move set at the end of a term if your circumstances change. Part-time SENCOs and those returning from leave are welcome at any of the three start points.")

H(doc, "Part 12  How we look after quality", 1)
P(doc, "At the end of every set meeting members fill in a short review slip, and at the end of each term each set adviser writes a review of the set. The programme team (the lead set adviser, the University tutors and the Inclusion Team's SEN manager) meets each term to go through the slips, the set reviews and the Taught Day evaluations, and decides what to change for the next term. Each year the University's annual monitoring report brings these together with marks, completion figures and the external examiner's report, and the Partnership's Inclusion Board receives it.")
P(doc, "We have not yet formally consulted schools or parents about the design of the Award. We intend to set up a reference group of headteachers, parents and SENCOs who have completed the Award to advise us from 2010.")
P(doc, "We would like to be able to show what difference the Award makes to SENCOs' confidence and to the progress of the pupils in their schools. We have not yet decided how to do this and will ask the reference group to help.")

H(doc, "Part 13  For headteacher sponsors", 1)
P(doc, "Thank you for sponsoring a SENCO. We ask you to: release your SENCO for eight half-day set meetings (or let them attend twilight sets) and six Taught Days, with the Partnership paying supply; agree the Enquiry focus with them in the first term and make sure it fits your school improvement plan; give them the data and access to colleagues the Enquiry needs; read and comment on the Enquiry before it is handed in; and hold the Next Steps conversation at the end.")
P(doc, "Your SENCO will need somewhere to keep up with reading. We will make sure participants have the resources they need; their set adviser can point them to materials.")

H(doc, "Part 14  After the Award: the Next Steps conversation", 1)
P(doc, "The last set meeting of the year looks forward. Each member uses the Next Steps planner (a one-page sheet with three questions: What do I now do well? What does my school need from me next? What will I learn next, and how?) and talks it through with the set. Within a month, you take the planner to your headteacher sponsor and agree two or three professional targets for the following year, which go into your performance management objectives. Your set adviser sends you the Partnership's information on the University's MA in Inclusive Education, the SENCO Network and the Partnership's leadership programmes.")

doc.add_section(WD_ORIENT.LANDSCAPE)
s2 = doc.sections[-1]; s2.orientation = WD_ORIENT.LANDSCAPE; s2.page_width, s2.page_height = sec.page_height, sec.page_width
H(doc, "Appendix 1  Where the national outcomes are", 1)
P(doc, "This grid shows where you will work on each of the national outcomes and where it counts towards the Award. Use it for your Starting Conversation and your termly reviews.")
rows = [["Outcome", "In your set", "On Taught Days", "Where it counts"],
    ["ATTRIBUTES", None, None, None],
    ["Relationships with pupils with SEN and their parents or carers", "Set meetings on families", "TD4", "Enquiry report (pupils' and parents' views)"],
    ["Getting the commitment of colleagues and senior leaders", "Every set", "TD5", "Enquiry report; headteacher sponsor's comments"],
    ["Anticipating and solving problems; sound decisions", "Every presentation", "TD3", "Enquiry report; professional discussion"],
    ["Clear speaking and writing; listening to others", "Questioning and listening in every set", "-", "Professional discussion; Enquiry report"],
    ["Using research and outside advice", "Members bring reading", "TD2", "Enquiry report (literature)"],
    ["Prioritising, managing time and delegating", "Set meetings on workload", "-", "Set log only (not marked)"],
    ["Keeping up to date; taking charge of own CPD", "Termly review of Learning Plan", "-", "Set log only (not marked)"],
    ["KNOWLEDGE AND UNDERSTANDING", None, None, None],
    ["SEN law and the Code of Practice", "-", "TD1", "Enquiry report (policy context)"],
    ["Every Child Matters", "-", "TD1", "Enquiry report (policy context)"],
    ["Disability equality law and what it requires", "-", None, "Enquiry report (policy context)"],
    ["Common types of SEN and how they affect learning", "Set swaps", "TD3", "Enquiry report; set swap reports"],
    ["Approaches, strategies and resources, including ICT", "Every set", "TD3; TD6", "Enquiry report"],
    ["School self-evaluation and improvement", "-", "TD5", "Enquiry report (evaluation)"],
    ["Best practice and research", "Members bring reading", "TD2", "Enquiry report (literature)"],
    ["External agencies and specialist support", "Set swaps", "TD4", "Set swap reports"],
    ["SKILLS", None, None, None],
    ["Influencing strategy and ethos with senior colleagues and governors", "-", "TD5", "Enquiry report; professional discussion"],
    ["Identifying needs, setting targets, planning interventions, reviewing progress", "Every set", "TD3", "Enquiry report"],
    ["Using other professionals' assessments", "Set swaps", "TD3", "Enquiry report"],
    ["Using summative data and national tests to track progress", "-", "TD6", "Enquiry report (baseline and outcomes)"],
    ["Helping colleagues develop formative assessment", "-", "-", "-"],
    ["Access arrangements for national tests and examinations", "-", "TD6", "Professional discussion"],
    ["Provision mapping", "-", "TD6", "Provision map in portfolio"],
    ["Deploying and managing support staff", "Set meetings on teaching assistants", "-", "Set log only (not marked)"],
    ["Supporting colleagues' development", "The coaching model", "TD5", "Coaching record"],
    ["Reviewing provision with staff for self-evaluation", "Every set", "TD5", "Discussed with set adviser; not part of the portfolio"],
    ["Involving pupils in planning and reviewing provision", "Every set", "TD4", "Enquiry report (pupils' views)"],
    ["Liaising with parents and carers", "Set meetings on families", "TD4", "Enquiry report (parents' views)"],
    ["Working with other services and voluntary organisations", "Set swaps", "TD4", "Set swap reports"],
]
at = T(doc, rows, widths=[8, 5, 4, 7])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(at, i, r[0])
# K3 Taught Day cell: entry deleted as a tracked change
ri = [i for i, r in enumerate(rows) if r[0].startswith("Disability equality")][0]
c = at.cell(ri, 2); c.text = ""
tracked(c.paragraphs[0], "TD1 (the Disability Equality Duty)", "del", UNI, DATE)
for r in c.paragraphs[0].runs: pass
doc.add_comment(at.cell(ri, 0).paragraphs[0].runs[0], text="Taken out of TD1 - the Council's DDA training for schools covers this. AP", author="Dr Alan Pryce", initials="AP")

doc.add_section(WD_ORIENT.PORTRAIT)
s3 = doc.sections[-1]; s3.orientation = WD_ORIENT.PORTRAIT; s3.page_width, s3.page_height = sec.page_width, sec.page_height
H(doc, "Appendix 2  Set log", 1)
P(doc, "Photocopy this page or use the copy in your Set Space folder. Complete one after every set meeting.")
T(doc, [
    ["Set log", ""],
    ["Name", ""],
    ["Set and date of meeting", ""],
    ["What I brought or reported back", "What problem did you bring, or what did you do since the last meeting? What happened for the pupils?"],
    ["Questions that helped me", "Write down the one or two questions that made you think differently."],
    ["What I will do before the next meeting", "Be specific: what, with whom, by when."],
    ["Which outcomes this relates to", "Use Appendix 1."],
    ["Set adviser's initials", ""],
], widths=[5, 11], size=10)
log = doc.tables[-1]
for i in range(3, 7):
    for r in log.cell(i, 1).paragraphs[0].runs:
        r.italic = True; r.font.color.rgb = RGBColor.from_string("808080")

doc.save(OUT)
print("wrote", OUT)
