"""es-01-sct-hub-grant-offer: build the .docx next to this script.

Provider (invented)
-------------------
SCT Professional Learning, the professional development arm of the Specialist
Colleges Trust, a membership charity of some 1,700 secondary specialist schools
in England. It runs its CPD through six regional hubs, each hosted by a lead
school under an annual grant from the Trust. The Award is validated by the
(invented) University of Wexholme as its PGCert in Special Educational Needs
Coordination (National Award), 60 credits at level 7. Application dated June 2009.

Kind of document and layout
---------------------------
The Trust's standard grant offer letter to a hub lead school, sent whole as the
submission: the North East letter, issued to Thorneyburn Business and Enterprise
College, with a shaded one-cell note to the panel in front of it.
- Letterhead typed as Normal paragraphs; reference block; "Dear Mrs Carrow"; the
  letter's own typed paragraph numbers 1-9; signature block.
- Schedules 1-6 under Heading 1 ("Schedule 2 - Conditions of grant"), typed
  sub-numbers with bold run-in titles. Schedule 1's own numbers collide with
  requirement ids ("1.5 Between hub days" is about e-learning, not pupil voice;
  "1.7 Starting Point review" is needs assessment, not parents; "1.9 Finishing
  the Award" is not assessment). The conditions are "C1"-"C20" in "The Hub
  School shall ..." language; the special conditions are "SC1"-"SC5".
- Tables: strand structure, hub-day calendar, payment profile, "what we heard /
  what we changed", approved tutors, Schedule 5 outcome table with merged group
  rows (Professional attributes / Knowledge and understanding / Professional
  skills), and a blank Form of Acceptance.
- Tracked changes (w:ins / w:del, author and date) by the Trust's legal and
  programme staff; four Word comments; page header and footer.
- Voice: "the Trust" / "we" for the provider, "you" / "the Hub School" for the
  lead school; obligations put on hubs are the provider's own arrangements.

Traps (requirement ids)
-----------------------
- Condition C5 (assessment-only candidates) exists only as a DELETED tracked
  change; "C5 Not used." is inserted; Schedule 3 lists the costs of candidates
  "seeking the Award by assessment only" as ineligible because "the Award has no
  such route in 2009-10"; a comment gives the Programme Board's reason.
  -> 2.3 not_met.
- Schedule 1, 1.9: the sentence in which participants draft next-year targets
  on Day 8 is DELETED; the inserted replacement defers next steps to the
  school's performance management and says hubs are "not funded to do it";
  the letter hopes to add a session in 2010-11. -> 2.5 not_met.
- C9 Safer recruitment: enhanced CRB disclosures for hub tutors, guest
  contributors and visiting speakers (wrong people); participants' vetting is
  left to their employers and "the Hub School need make no check on
  participants". A comment asks whether this is enough. -> 5.3 not_met.
- C11: the external examiner's sampling is an INSERTED tracked change (part of
  the submission) alongside cross-hub moderation. -> 5.8 met.
- Trivial tracked edit of the per-place figure in letter para 2 (ordinary).
- 1.5 Between hub days: Hub Space (the members' extranet) carries the day's
  materials, gap tasks and a discussion board, so the programme does use
  e-learning even though Schedule 6 SC1 says there is no online route (a
  negation of a route, not of e-learning). Tutors "do not moderate the
  discussion board" and do not answer on it; between days there are two
  telephone tutorials; a comment asks about tutors on the forum. -> 3.3
  partially_met (not n/a).
- SC1 refuses the hub's proposed online route; one September start; the only
  flexibility is taking Strand C with the next cohort and choosing any hub's
  twilight. -> 3.2 partially_met.
- 1.7 Starting Point review: twelve confidence statements about the role (not
  the outcomes), used to form tutorial groups and discussed at a tutorial; no
  individual plan or personalised outcomes. -> 2.2 partially_met.
- Placements: SC2 records that the Induction Programme's day at Longridge Hall
  School ENDED (past arrangement); Schedule 3 says visits to other settings are
  not part of the Award; SC3 concerns PUPILS' Key Stage 4 work placements
  (wrong context). Specialist contributors are real. -> 5.5 partially_met.
- C13 Hub Steering Group advises on local arrangements and only "receives" the
  evaluation report; stakeholders contribute to hub days. -> 4.3 partially_met.
  Schedule 4A's "what we heard / what we changed" table -> 4.1, 4.2 met.
- 4C: Task 3 pupil baselines exist, but "The Trust does not ask hubs to collect
  or return these data" and only hopes to; confidence scale and mentors'
  questionnaire measure participants. A comment suggests a pupil-impact
  return. -> 5.9 partially_met.
- Day 4 lists "listening to pupils" as a topic only; Schedule 5 gives the pupil
  involvement outcome no assessment. -> 1.5 partially_met, 6.S7 partially_met.
- Schedule 5 opens with the blanket claim that every outcome is assessed (a
  comment says "Check against the table"), and C12 repeats it; the table shows
  otherwise. -> 6.0, 1.9 partially_met.
- Schedule 5 rows: A3 "Gap task (discussed at tutorial; not marked)", A7 "-",
  K3 assessed only in an optional section of Task 1, S2c assessed only by
  "peer comment only", S5 "formative" coaching triads, S7 "-" -> partially_met.
  Child development has no row and appears nowhere -> 6.K4 not_met. Access
  arrangements for tests and examinations have no row and SC4 puts the hub's
  proposed session "outside the validated programme" -> 6.S2d not_met.
- Values next to real arrangements are met: 1.1 (purpose plus Task 3's
  pupil measure), 3.1 (C6, C15, the Equality Support Fund).
- Header and footer carry only the template reference and "Issued subject to
  signature" (never evidence).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = Path(__file__).name[: -len(".build.py")]
OUT = HERE / f"{NAME}.docx"

LEGAL = "Sunil Raval (SCT Legal)"
PROG = "Owen Pryce"
DIR = "Alison Ketteridge"
D1 = "2009-06-15T10:12:00Z"
D2 = "2009-06-18T16:40:00Z"

_ids = [900]


def nid():
    _ids[0] += 1
    return str(_ids[0])


def _run(text, deleted=False, bold=False, italic=False):
    r = OxmlElement("w:r")
    if bold or italic:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _change(tag, author, date):
    el = OxmlElement(tag)
    el.set(qn("w:id"), nid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def add_ins(p, text, author, date, bold=False):
    ins = _change("w:ins", author, date)
    ins.append(_run(text, bold=bold))
    p._p.append(ins)


def add_del(p, text, author, date, bold=False):
    d = _change("w:del", author, date)
    d.append(_run(text, deleted=True, bold=bold))
    p._p.append(d)


def mark_para(p, kind, author, date):
    """Mark the paragraph mark itself as inserted or deleted."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_change("w:" + kind, author, date))
    ppr.append(rpr)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
doc.styles["Heading 1"].font.size = Pt(14)
doc.styles["Heading 2"].font.size = Pt(11.5)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hp.text = "SCT Professional Learning \u2013 Grant offer letter and conditions, 2009-10"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("GOL/NA-SENCO/2009/NE \u2013 template v4 \u2013 Issued subject to signature of the "
           "Form of Acceptance \u2013 The Specialist Colleges Trust is a registered charity")
fp.runs[0].font.size = Pt(7.5)


def P(text="", bold=False, italic=False, align=None, size=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def RI(lead, text):
    """Paragraph with a bold run-in title."""
    p = doc.add_paragraph()
    p.add_run(lead).bold = True
    p.add_run(" " + text)
    return p


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def table(rows, widths=None, header=True, fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            for par in c.paragraphs:
                for r in par.runs:
                    r.font.size = Pt(9)
                    if header and i == 0:
                        r.bold = True
            if header and i == 0:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- note to panel
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
shade(c, "EDEDED")
c.text = ""
cp = c.paragraphs[0]
cp.add_run("Note for the TDA approval panel").bold = True
for t in [
    "This is the standard grant offer letter, with its six schedules, that SCT Professional Learning "
    "sends each year to the lead schools that host our six regional hubs. We send the North East "
    "letter, as issued to Thorneyburn Business and Enterprise College, because it is the fullest "
    "statement we have of how the National Award for SEN Coordination runs: the other five letters "
    "differ only in the figures in Schedule 3 and in the special conditions of Schedule 6.",
    "The letter went to the hub before this submission was finalised. We have left our legal and "
    "programme team's last amendments and notes visible, so that the panel can see where the "
    "conditions changed between the draft and the letter as issued.",
    "Dr Alison Ketteridge, Director of Professional Learning, 26 June 2009",
]:
    np_ = c.add_paragraph(t)
    for r in np_.runs:
        r.font.size = Pt(9.5)
doc.add_paragraph()

# ---------------------------------------------------------------- letterhead
P("THE SPECIALIST COLLEGES TRUST", bold=True, size=13, after=0)
P("SCT Professional Learning", bold=True, after=0)
P("Amberley House, 40 Coram Walk, London WC1N 7XJ  \u2022  Telephone 020 7946 0314", size=9, after=12)
P("Our ref: GOL/NA-SENCO/2009/NE", after=0)
P("22 June 2009", after=12)
P("Mrs Judith Carrow", after=0)
P("Headteacher", after=0)
P("Thorneyburn Business and Enterprise College", after=0)
P("Moor Road, Aldermouth AM4 2HT", after=12)
P("Dear Mrs Carrow")
P("Grant offer: North East Hub of the National Award for SEN Coordination, 2009-10", bold=True)

P("1.  I am pleased to confirm that the Trust's Grants Committee, at its meeting on 9 June 2009, "
  "approved your college's bid to continue as the lead school for our North East hub and to host "
  "the National Award for SEN Coordination (\"the Award\") for the cohort that starts in September "
  "2009. This letter sets out our offer. Schedules 1 to 6 form part of it.")
p = P("2.  The Trust offers a grant of up to \u00a338,400 for the period 1 August 2009 to 31 December "
      "2010, calculated at ")
add_del(p, "\u00a31,550", PROG, D1)
add_ins(p, "\u00a31,600", PROG, D1)
p.add_run(" for each of up to 24 participants and paid in the instalments in Schedule 3. The grant is "
          "for the purposes described in Schedule 1 and for no other purpose.")
P("3.  The Award is the Postgraduate Certificate in Special Educational Needs Coordination (National "
  "Award) of the University of Wexholme, worth 60 credits at Master's level (level 7 of the Framework "
  "for Higher Education Qualifications). The University's School of Education validated the programme "
  "on 4 March 2009 for five years, subject to the Trust receiving the approval of the Training and "
  "Development Agency for Schools. The University, not the Trust or your college, makes the award, and "
  "every participant must be registered with it (Condition C3).")
P("4.  The Trust pays participants' University fees direct, under its own agreement with the "
  "University; those fees are not part of this grant. Schools pay the Trust a contribution of \u00a3450 "
  "a place. With the grant and the Trust's own contribution, the full cost of a place is about \u00a32,900, "
  "roughly a third less than the University's open PGCert in Inclusive Education. The saving comes "
  "mostly from holding hub days in member schools, with serving practitioners as tutors, and from "
  "sharing materials, moderation and tutor training across the six hubs.")
P("5.  This is the North East hub's second year. In 2008-09 the hub ran the Trust's unaccredited "
  "five-day SENCO Induction Programme, which the Award replaces. The main changes, most of which answer "
  "what hubs, member schools, local authorities and parents told us (Schedule 4, part 4A), are: a "
  "school-based enquiry at the heart of the assessment; a Starting Point review before Day 1; "
  "registration with the University; cross-hub moderation; and a Hub Steering Group in every region. "
  "We would like to add a session on planning next steps after the Award for the 2010-11 cohort, once "
  "we have seen how the first year goes.")
P("6.  Please name your Hub Coordinator in the Form of Acceptance. The Hub Coordinator is our first "
  "point of contact and is responsible to you for delivering the conditions in Schedule 2.")
P("7.  Please sign and return the Form of Acceptance by 17 July 2009. The first instalment is paid "
  "once we have it. If we do not hear from you by that date the offer lapses.")
P("8.  The Trust may vary these conditions only in writing, after discussing the change with you. "
  "Any change to what participants are taught or how they are assessed also needs the University's "
  "agreement.")
P("9.  If you have any questions, please contact Owen Pryce, Programme Manager for the Award, on "
  "020 7946 0322.")
P("Yours sincerely", after=18)
P("Dr Alison Ketteridge", bold=True, after=0)
P("Director of Professional Learning", after=0)
P("Enc. Schedules 1-6; Form of Acceptance")

# ---------------------------------------------------------------- Schedule 1
doc.add_page_break()
H1("Schedule 1 \u2013 The programme")
RI("1.1 Purpose.",
   "The Award exists to improve the progress and well-being of pupils with special educational needs "
   "and disabilities in our member schools, by developing the knowledge, skills and judgement of the "
   "teachers who coordinate provision for them. We have built every part of it around that purpose. "
   "Each hub day ends with a \"so what for our pupils?\" task that participants carry back into school. "
   "Each assessed task asks the participant to show what changed for pupils, judged against the five "
   "Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
   "contribution and achieving economic well-being) and not against attainment data alone. Task 3, the "
   "School-based Development Enquiry, must include a measure of the pupils' progress or well-being "
   "taken before the participant's change and again at least a term later.")
RI("1.2 Who the Award is for.",
   "Teachers with qualified teacher status who are SENCOs in member schools, or in schools in the "
   "Trust's local partnerships, and who are new to the role or have been designated by their "
   "headteacher to take it on within the next twelve months. Selection is governed by Condition C4.")
RI("1.3 Structure.",
   "The Award has three strands of 20 credits each, taught across eight hub days, three twilight "
   "network meetings and the participant's work in school.")
table([
    ["Strand", "Credits", "Hub days", "Assessed by"],
    ["A  Law, policy and the SENCO's role", "20", "Days 1-3; twilight 1",
     "Task 1: Provision and Policy Review (4,000 words)"],
    ["B  Identifying and meeting needs", "20", "Days 4-6; twilight 2",
     "Task 2: Case Study of a pupil (4,000 words)"],
    ["C  Leading improvement", "20", "Days 7-8; twilight 3",
     "Task 3: School-based Development Enquiry (5,000 words) and the Professional Dialogue"],
], widths=[5, 1.6, 3.4, 6.5])
P("The Professional Dialogue is a thirty-minute recorded conversation in June with two hub tutors, "
  "built around the participant's enquiry and two short scenarios given to the participant on the day. "
  "It is marked pass or refer against criteria in the Assessment Handbook, and a participant must pass "
  "it to complete Strand C. Tasks 1 to 3 are marked in percentages against the University's Master's-level "
  "criteria; the pass mark is 50.")
RI("1.4 The hub days.",
   "Hub days run from 9.30 to 4.00 in lead and member schools in the region. The calendar below is "
   "the North East hub's for 2009-10.")
table([
    ["Day", "Date", "What it covers", "Contributors besides hub tutors"],
    ["1", "24 Sept 2009", "The SENCO in a specialist school; the Code of Practice 2001 and the graduated "
     "response; the Starting Point review and tutorial groups; studying at Master's level (with the "
     "University's subject librarian).", "A member headteacher; University librarian"],
    ["2", "15 Oct 2009", "The law on SEN and disability: Part IV of the Education Act 1996, the Special "
     "Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as amended in "
     "2005 and the disability equality duty, accessibility planning, the 2008 regulations on the SENCO "
     "role. Writing the school's SEN policy with governors.", "Aldermouth LA SEN officer"],
    ["3", "19 Nov 2009", "Every Child Matters in practice: the Common Assessment Framework, the team "
     "around the child, what each outside agency does and how to get its help; voluntary organisations "
     "in the region.", "CAF coordinator; educational psychologist; speech and language therapist "
     "(Aldermouth PCT); North East Dyslexia Association"],
    ["4", "21 Jan 2010", "Identifying needs: data, observation and screening; behavioural, emotional and "
     "social difficulties, specific learning difficulties including dyslexia, speech, language and "
     "communication needs, autism and moderate learning difficulties, and what each means for "
     "learning; using other professionals' reports; setting targets and reviewing interventions; "
     "tracking progress with national test and teacher assessment data; listening to pupils.",
     "Educational psychologist; specialist teacher, Aldermouth Communication and Autism Team"],
    ["5", "25 Feb 2010", "Parents and carers: building trust, annual reviews, hard conversations, "
     "explaining decisions; what parents say helps.",
     "Aldermouth Parent Partnership Service; two parents from the hub's parent forum"],
    ["6", "18 Mar 2010", "Teaching and learning: personalising provision; ICT and assistive technology "
     "to remove barriers; helping colleagues use formative assessment with pupils with SEN; what "
     "research and inspection say works (workshops: introductory or advanced, participants choose).",
     "Advanced Skills Teacher from a member school; the Trust's ICT adviser"],
    ["7", "22 Apr 2010", "Leading colleagues: observing and giving feedback, coaching and modelling, "
     "running staff training; deploying and managing teaching assistants; winning senior leaders' "
     "support.", "Deputy headteacher, Thorneyburn"],
    ["8", "17 Jun 2010", "School self-evaluation and SEN; provision mapping; managing the role and your "
     "time; presenting enquiry findings to the group.", "A School Improvement Partner; a member headteacher"],
], widths=[1, 2.2, 9, 4.3])
P("The three twilight network meetings (October, February and May, 4.30 to 6.30) are held in turn at "
  "lead schools in the region and are open to all SENCOs in member schools. At each one, participants "
  "bring a problem from their own school to a small group of SENCOs from other schools, who act as "
  "consultants, and in turn advise others on theirs. Participants may attend a twilight at any hub.")
RI("1.5 Between hub days.",
   "At the end of each hub day tutors set a gap task: a reading, a short piece of work in school and a "
   "post on the hub's discussion board in Hub Space, the Trust's members' extranet, where each hub has "
   "a private area holding the day's slides, readings and the gap task. Participants read and comment "
   "on each other's posts, and many use the board to share policies and resources. Hub tutors set the "
   "tasks and post the materials; they do not moderate the discussion board, which belongs to the "
   "participants.")
p = doc.add_paragraph()
add_del(p, "Hub tutors will answer questions posted on the discussion board within three working days. ",
        PROG, D2)
r_tut = p.add_run("Each participant also has two one-to-one tutorials of forty minutes with their hub tutor, "
                  "in November and March, by telephone or in person. Other questions between hub days go to "
                  "the Hub Coordinator's office.")
doc.add_comment(r_tut, text="Should tutors be answering on the board? Participants asked for it in the "
                "pilot evaluation.", author=PROG, initials="OP")
RI("1.6 Work in school and workplace mentors.",
   "The Award is rooted in the participant's own school. Gap tasks are carried out there, Task 2 is a "
   "study of a pupil the participant works with, and Task 3 is an enquiry into a change in provision "
   "that the participant plans, leads and evaluates with colleagues over at least a term, on a priority "
   "agreed with the headteacher. The head names a workplace mentor, normally a member of the senior "
   "leadership team, who meets the participant at least twice a term, agrees the focus of Task 3 and "
   "signs the head's statement that goes with it. Mentors come to a two-hour briefing at the hub in "
   "September, or are visited by the Hub Coordinator if they cannot come, and receive the Trust's "
   "Mentor Guide, which sets out what a mentor does and does not do (mentors do not mark).")
RI("1.7 Starting Point review.",
   "In the month before Day 1 each participant completes the Trust's Starting Point review, rating "
   "their confidence from 1 to 4 on twelve statements about the SENCO role, and brings it to Day 1. "
   "Hub tutors use the returns to form tutorial groups of four to six with a mix of experience, and "
   "the review is discussed at the first tutorial in November. On Days 4 and 6 participants choose "
   "between an introductory and an advanced workshop, and each participant agrees the focus of Task 3 "
   "individually with their tutor and mentor, so that the enquiry serves a priority in their own school.")
RI("1.8 Credit for earlier study and experience.",
   "Applicants who have passed Master's-level study in SEN or inclusion in the last five years may "
   "claim up to 20 credits under the University's regulations for accredited prior certificated "
   "learning, normally against Strand A or Strand B. Applicants with substantial experience of "
   "coordinating SEN but no such study may claim the same credit for prior experiential learning, by "
   "a reflective portfolio mapped to the strand's learning outcomes. The University's APL Panel, on "
   "which the Trust's Programme Manager sits, decides claims in August and December. A participant "
   "granted credit does not attend that strand's hub days and the school's contribution is reduced "
   "by \u00a3150.")
RI("1.9 Finishing the Award.",
   "The Award ends with Day 8 and the Professional Dialogue. Participants may spread it over two "
   "years by taking Strand C with the following year's cohort, with the agreement of their "
   "headteacher.")
p = doc.add_paragraph()
add_del(p, "On Day 8 each participant drafts three professional targets for the year after the Award, "
           "using the Trust's Next Steps planner, to discuss with their headteacher.", PROG, D2)
mark_para(p, "del", PROG, D2)
p = doc.add_paragraph()
add_ins(p, "Agreeing what comes next in a participant's development is a matter for their school's "
           "performance management review, and hubs are not funded to do it.", PROG, D2)
mark_para(p, "ins", PROG, D2)
RI("1.10 What the content draws on.",
   "Hub days draw on current evidence and policy, including Ofsted's Inclusion: does it matter where "
   "pupils are taught? (2006), the Bercow Review of services for children and young people with "
   "speech, language and communication needs (2008), the Inclusion Development Programme materials on "
   "dyslexia and on speech, language and communication needs (2008) and on autism (2009), and the "
   "2008 regulations on the SENCO role. The University's programme leader, Dr Colin Mabey, reviews "
   "the reading list with the hub tutors each June, and the Trust's July tutor conference brings "
   "tutors up to date on new research and policy; the 2009 conference covers the Rose review of "
   "dyslexia and the Lamb Inquiry into parental confidence.")

# ---------------------------------------------------------------- Schedule 2
H1("Schedule 2 \u2013 Conditions of grant")
P("In these conditions \"the Hub School\" means Thorneyburn Business and Enterprise College, \"the "
  "Trust\" means the Specialist Colleges Trust acting through SCT Professional Learning, and "
  "\"participant\" means a teacher registered on the Award through the North East hub.", italic=True)
H2("General")
RI("C1 Use of the grant.", "The Hub School shall use the grant only for the purposes in Schedule 1 and "
   "only on the eligible expenditure in Schedule 3.")
RI("C2 Delivery as validated.", "The Hub School shall deliver the programme in Schedule 1 as validated, "
   "and shall not change its content, assessment or hours without the written agreement of the "
   "Programme Manager.")
RI("C3 Registration.", "The Hub School shall send the Trust each participant's University registration "
   "form within ten working days of Day 1. The Trust registers participants with the University. No "
   "participant may submit Task 1 until registered.")
H2("Recruitment and selection")
RI("C4 Eligibility and selection.", "The Hub School shall recruit up to 24 participants through the "
   "Trust's application form and shall accept only applicants who (a) hold qualified teacher status; "
   "(b) are in post as SENCO, or have been designated by their headteacher to take up the post within "
   "twelve months; (c) have their headteacher's written nomination, which includes the head's "
   "agreement to release them for the eight hub days and to name a workplace mentor; and (d) have "
   "been interviewed by the Hub Coordinator and a hub tutor, using the Trust's entry checklist, and "
   "judged to have enough knowledge of SEN and enough experience of teaching pupils with SEN to reach "
   "the Award's outcomes within the year.")
RI("C4.2", "Where an applicant does not meet (d), the Hub Coordinator shall write within ten working "
   "days to the applicant and to the headteacher, saying what the applicant needs to do first, "
   "offering a place on the Trust's two-day course SEN in the Classroom, and inviting a fresh "
   "application for the following intake.")
p = doc.add_paragraph()
r5 = p.add_run("C5")
r5.bold = True
p.add_run(" ")
add_del(p, "Assessment-only candidates. Where an experienced SENCO or specialist teacher applies who "
           "appears already to meet the Award's outcomes, the Hub School may refer the applicant to the "
           "Trust, which will arrange for the applicant to be assessed against the outcomes through a "
           "portfolio and the Professional Dialogue without attending hub days.", LEGAL, D1)
add_ins(p, "Not used.", LEGAL, D1)
doc.add_comment(r5, text="Programme Board, 12 May: the University will not validate an assessment-only "
                "route for 2009-10. Number kept so that cross-references still work.",
                author=LEGAL, initials="SR")
H2("Equality and access")
RI("C6 Disabled applicants and participants.", "In meeting its duties under the Disability "
   "Discrimination Act 1995 as amended in 2005, the Race Relations (Amendment) Act 2000 and the Equality "
   "Act 2006, and the Trust's Equality Scheme, the Hub School shall: (a) hold hub days and twilights only "
   "in venues with step-free access, an accessible toilet and a hearing loop available on request; "
   "(b) send every applicant, with the application form, the Trust's confidential disclosure form, "
   "which invites applicants to tell us about any disability, health condition or specific learning "
   "difficulty and what would help them take part; (c) meet any applicant or participant who discloses "
   "within two weeks to agree reasonable adjustments, such as materials in large print or electronic "
   "formats, a note-taker, rest breaks, extra time or a different format for the Professional "
   "Dialogue, and record them; (d) send any adjustment to assessment to the Programme Manager, who "
   "agrees it with the University's Disability Service before the task is due; (e) keep disclosed "
   "information confidential; and (f) not turn down an applicant on grounds of disability where a "
   "reasonable adjustment would enable them to take part. The cost of agreed adjustments is met from "
   "the Trust's Equality Support Fund (Schedule 3), not from this grant.")
H2("Staffing")
RI("C7 Hub Coordinator.", "The Hub School shall appoint as Hub Coordinator a member of its leadership "
   "team with at least five years' experience as a SENCO, and shall release the Hub Coordinator for one "
   "day a week during the Grant Period.")
RI("C8 Hub tutors.", "Each hub day shall be led by at least two hub tutors approved by the Trust. The "
   "Trust approves as tutors only people who (a) hold a Master's-level qualification in SEN, inclusion or "
   "educational leadership; (b) have led SEN provision in a school, or worked in an SEN support service, "
   "within the last five years; and (c) attend the Trust's two-day tutor conference each July, which "
   "covers the programme, the assessment criteria and tutors' roles, and the University's assessor "
   "training day. The North East hub's approved tutors for 2009-10 are listed in Schedule 6.")
p = RI("C9 Safer recruitment.", "The Hub School shall make sure that every hub tutor, guest "
       "contributor and visiting speaker holds an enhanced Criminal Records Bureau disclosure, and shall "
       "record the disclosure number and date in its single central record.")
p2 = doc.add_paragraph()
r9 = p2.add_run("Participants are employed by their own schools, which are responsible under the School "
                "Staffing (England) Regulations for vetting them; the Hub School need make no check on "
                "participants.")
doc.add_comment(r9, text="TDA spec para 26 asks providers to satisfy themselves about candidates' checks. "
                "Do we need a line on this?", author=PROG, initials="OP")
H2("Assessment and the award")
RI("C10 Marking.", "Hub tutors shall mark Tasks 1 to 3 against the University's marking criteria, using "
   "the Trust's feedback sheet, within four weeks of submission. A second tutor shall blind-mark every "
   "script below 50 and at least one in five of the rest.")
p = RI("C11 Moderation.", "The Hub Coordinator shall bring a sample of six marked scripts for each task "
       "to the Trust's cross-hub moderation days in January, May and September, where tutors from all six "
       "hubs moderate one another's marking with the University's programme leader.")
add_ins(p, " The University's external examiner samples scripts from every hub each year and attends "
           "the September Assessment Board.", PROG, D2)
p.add_run(" No mark is final until the Assessment Board has confirmed it.")
RI("C12 The award.", "Only the University's Assessment Board may recommend the award. It does so for "
   "participants who have passed Tasks 1, 2 and 3 and the Professional Dialogue, each of which is "
   "assessed against the national outcomes shown against it in Schedule 5. Between them the four "
   "assessments cover every one of the national minimum outcomes.")
H2("Stakeholders, records and reporting")
RI("C13 Hub Steering Group.", "The Hub School shall convene a Hub Steering Group each term, with at least "
   "one member-school headteacher, an SEN officer from each local authority the hub serves, a "
   "representative of the parent partnership service and a former participant. The Steering Group "
   "advises on local arrangements, such as dates, venues and guest contributors, and receives the "
   "hub's annual evaluation report (Schedule 4).")
RI("C14 Records.", "The Hub School shall keep for six years the attendance registers, tutorial records, "
   "entry checklists, marked scripts and moderation records.")
RI("C15 Publicity.", "All publicity for the Award shall carry the names of the Trust and the University, "
   "shall be available in large print and electronic formats on request, and shall include the line "
   "\"We welcome applications from disabled teachers: please tell us what would help you take part.\"")
RI("C16 Returns.", "The Hub School shall make the termly returns and the annual evaluation report "
   "described in Schedule 4 by the dates given there.")
H2("Payment, variation and recovery")
RI("C17 Payment.", "The Trust will pay the grant in the instalments in Schedule 3, each on receipt of "
   "the return or evidence listed there.")
RI("C18 Recovery.", "If the Hub School does not deliver the programme, uses the grant for other "
   "purposes or fails to make the returns, the Trust may withhold payment and recover any grant "
   "already paid that has not been properly spent.")
RI("C19 Materials.", "Programme materials remain the property of the Trust and the University and may "
   "be used only for the Award.")
RI("C20 Term.", "These conditions apply from the date of the Form of Acceptance to 31 December 2010.")

# ---------------------------------------------------------------- Schedule 3
H1("Schedule 3 \u2013 Grant and payment profile")
table([
    ["Instalment", "Due", "Paid on receipt of", "Amount"],
    ["1", "September 2009", "Signed Form of Acceptance; Hub Coordinator named", "\u00a39,600"],
    ["2", "January 2010", "Registration forms; autumn return", "\u00a311,520"],
    ["3", "April 2010", "Spring return; moderation sample", "\u00a39,600"],
    ["4", "October 2010", "Summer return; annual evaluation report", "\u00a37,680 (adjusted to actual numbers)"],
], widths=[2.2, 3, 7.5, 4])
RI("Eligible expenditure.", "Hub tutors' fees (\u00a3350 a day, including preparation); the Hub "
   "Coordinator's release; venues and refreshments; guest contributors' fees and travel; the mentors' "
   "briefing; printing; participants' travel to twilights where it exceeds 30 miles.")
RI("Not eligible.", "Supply cover for participants, which schools meet; University fees, which the Trust "
   "pays; visits by participants to special schools or other settings, which are not part of the Award; "
   "and the costs of any applicant seeking the Award by assessment only: the Award has no such route in "
   "2009-10.")
RI("Equality Support Fund.", "The Trust holds \u00a36,000 in 2009-10 across all six hubs for reasonable "
   "adjustments. The Hub Coordinator applies to the Programme Manager, who decides within five working "
   "days.")
RI("Resources provided by the Trust outside the grant.", "Hub Space; a resource box for each hub "
   "(standardised reading and spelling tests, a language screening kit, the Inclusion Development "
   "Programme materials, training DVDs on autism and on speech and language needs); a loan kit of "
   "assistive technology (two laptops with Clicker 5, text-to-speech and mind-mapping software, and a "
   "digital voice recorder); and, through each participant's University registration, the University "
   "library's e-journals and e-books by Athens password, with postal loans of books.")

# ---------------------------------------------------------------- Schedule 4
H1("Schedule 4 \u2013 Monitoring, reporting and evaluation")
H2("4A How the programme has been shaped")
P("In spring 2008 the Trust surveyed the SENCOs and headteachers of its member schools about what a "
  "national award should do; 412 schools replied. In the same term each hub held a consultation "
  "meeting with local authority SEN officers, and the North East and South West hubs asked their "
  "parent forums. We also asked the 86 teachers who had completed the Induction Programme. This is "
  "what we heard and what we changed.")
table([
    ["What we heard", "What we changed"],
    ["Heads wanted a course rooted in their own school, not essays about SEN in general.",
     "Task 3 is an enquiry on a priority agreed with the head, and a senior leader mentors each participant."],
    ["SENCOs in specialist schools are seldom in the senior team and find it hard to win leaders' "
     "attention.", "Day 7 and Strand C teach how to win senior leaders' support; Task 3 carries a head's "
     "statement."],
    ["Local authorities asked that participants learn the local multi-agency arrangements.",
     "Day 3 is planned with each local authority and includes its CAF coordinator."],
    ["Parents' forums said SENCOs do not always explain decisions or listen.",
     "Day 5 is planned with the Parent Partnership Service and includes parents as speakers."],
    ["Induction Programme graduates wanted more time between days and help with academic writing.",
     "Hub days are spread across the year; Day 1 includes a session with the University's librarian."],
], widths=[8, 8.5])
H2("4B Termly returns")
P("By the end of each term the Hub Coordinator sends the Programme Manager a return giving numbers "
  "registered, attendance, withdrawals and their reasons, tutorials held, marks, adjustments agreed, "
  "and a summary of the hub-day evaluations.")
H2("4C Evaluation")
P("Participants complete an evaluation form at the end of every hub day and a longer questionnaire at "
  "the end of each strand. At the start of Day 1 and at the end of Day 8 each participant rates their "
  "confidence on each of the 28 national outcomes on the Trust's confidence scale, and the hub reports "
  "the change for each participant and for the group. Mentors complete a short questionnaire in June on "
  "the changes they have seen in the participant's practice.")
P("The University's external examiner reports each year on standards across the hubs, and the "
  "University reviews the programme each autumn through its annual monitoring. The Trust's Quality "
  "Review Group (three member headteachers and the University's programme leader) observes one hub day "
  "in every hub each year and reports to the Programme Board. In November the Programme Board considers "
  "the hub returns, the evaluation reports, the external examiner's report and the Quality Review "
  "Group's findings, and agrees the changes for the next cohort; these are recorded in the annual "
  "programme review and written into the following year's grant letters.")
p = doc.add_paragraph()
r_imp = p.add_run("Task 3 asks each participant to take a baseline measure for the pupils in the enquiry "
                  "and to measure again at the end. The Trust does not ask hubs to collect or return these "
                  "data, and does not analyse them across the programme; we hope to find a way of doing so "
                  "once the first cohort has finished.")
doc.add_comment(r_imp, text="Could we require a one-page pupil-impact summary in the summer return?",
                author=PROG, initials="OP")
P("The Hub School shall send its annual evaluation report, drawing on all of the above, to the Trust "
  "and to the Hub Steering Group by 30 September 2010.")

# ---------------------------------------------------------------- Schedule 5
H1("Schedule 5 \u2013 Outcomes and assessment")
p = doc.add_paragraph()
r_claim = p.add_run("Every national outcome is assessed in at least one of the four assessments, and a "
                    "participant must pass all four to be recommended for the award (Condition C12). The table "
                    "shows, for each outcome in our own short wording, where it is developed and where it is "
                    "assessed; the Assessment Handbook gives the marking criteria.")
doc.add_comment(r_claim, text="Check this against the table before it goes to the TDA.", author=DIR,
                initials="AK")

rows = [
    ("G", "Professional attributes"),
    ("Fair, respectful and constructive relationships with pupils with SEN and their families",
     "Days 4, 5", "Task 2 (section on working with the pupil and family)"),
    ("Winning the commitment of colleagues, including the head and senior team", "Day 7; Strand C",
     "Task 3 (head's statement; section on leading the change)"),
    ("Prioritising, managing time and delegating", "Day 8",
     "Gap task (discussed at tutorial; not marked)"),
    ("Anticipating and resolving problems; sound decisions about provision", "Days 3, 7",
     "Professional Dialogue (scenarios)"),
    ("Speaking and writing clearly; listening to others' views", "Throughout",
     "Tasks 1-3 (written); Professional Dialogue (spoken, including responding to the tutors' views)"),
    ("Using research and outside advice to improve one's own and colleagues' practice", "Days 4, 6, 8",
     "Task 3 (review of research; use of advice)"),
    ("Keeping up to date; taking charge of one's own CPD", "Day 8", "\u2013"),
    ("G", "Knowledge and understanding"),
    ("SEN law and guidance, including the Code of Practice, and putting them into practice", "Days 1, 2",
     "Task 1"),
    ("Every Child Matters and the SENCO's part in the five outcomes", "Day 3", "Task 1 (ECM section)"),
    ("Disability equality law and what it requires of schools", "Day 2",
     "Task 1 (optional section: participants choose two of three policy areas)"),
    ("The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they "
     "affect learning", "Day 4", "Task 2"),
    ("Approaches, strategies and resources for assessment, planning and teaching, including ICT, and a "
     "critical view of them", "Days 4, 6", "Task 2"),
    ("School self-evaluation and improvement, and what they mean for pupils with SEN", "Day 8",
     "Task 1 (self-evaluation section)"),
    ("Best practice and research on meeting SEN", "Days 6, 8", "Task 3"),
    ("What outside agencies do and how to get specialist support", "Day 3", "Task 2"),
    ("G", "Professional skills"),
    ("Shaping an inclusive ethos, policy and use of resources with senior colleagues and governors",
     "Days 1, 2, 8", "Task 1 (report to governors)"),
    ("Identifying pupils with SEN, setting challenging targets, planning interventions and reviewing "
     "progress", "Day 4", "Task 2"),
    ("\u2013 using other professionals' assessments in planning teaching", "Days 3, 4", "Task 2"),
    ("\u2013 using summative data, including national tests, to track progress and adjust provision", "Day 4",
     "Task 3 (baseline and outcome data)"),
    ("\u2013 helping colleagues develop formative assessment for pupils with SEN", "Day 6",
     "Hub Space gap task (peer comment only)"),
    ("Provision mapping; finding ineffective or missing provision", "Day 8", "Task 1 (provision map)"),
    ("Deploying and managing support staff", "Day 7", "Professional Dialogue (deployment scenario)"),
    ("Supporting colleagues' development: observation and feedback, modelling, coaching, training",
     "Day 7", "Coaching triads (formative)"),
    ("Reviewing provision with colleagues to inform the school's self-evaluation and planning", "Day 8",
     "Tasks 1 and 3"),
    ("Involving pupils in planning and reviewing their own provision", "Day 4", "\u2013"),
    ("Working with parents and carers to promote pupils' learning and development", "Day 5", "Task 2"),
    ("Working with other services and agencies, including voluntary organisations", "Day 3",
     "Task 2 (multi-agency section)"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = ["National outcome (abridged)", "Developed on", "Assessed in"]
for j, h in enumerate(hdr):
    t.cell(0, j).text = h
    t.cell(0, j).paragraphs[0].runs[0].bold = True
    shade(t.cell(0, j), "D9E2F3")
for row in rows:
    cells = t.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[2])
        m.text = row[1]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
    else:
        for j in range(3):
            cells[j].text = row[j]
for r_ in t.rows:
    for j, w in enumerate([8.5, 2.8, 5.4]):
        r_.cells[j].width = Cm(w)
    for c_ in r_.cells:
        for par in c_.paragraphs:
            for rr in par.runs:
                rr.font.size = Pt(9)
doc.add_paragraph()

# ---------------------------------------------------------------- Schedule 6
H1("Schedule 6 \u2013 Special conditions for the North East hub")
RI("SC1 Online route.", "Your bid proposed a wholly online route for participants in rural North "
   "Allenshire, who face long journeys to Aldermouth. The Trust cannot fund this in 2009-10: the "
   "University has validated the Award as a hub-taught programme with one intake a year in September, "
   "and every participant must attend the eight hub days. There is no online route. We will look at "
   "the proposal again for 2010-11.")
RI("SC2 Longridge Hall.", "Under the Induction Programme every participant spent a day with the "
   "outreach teachers at Longridge Hall School. That arrangement ended when the school's outreach "
   "service closed in April 2009, and the Trust does not require a replacement.")
RI("SC3 Pathways placements.", "This grant is separate from the Trust's Key Stage 4 Pathways grant, "
   "under which your college arranges work placements with local employers for pupils with SEN. No part "
   "of this grant may be spent on those placements, and Pathways staff are not hub tutors.")
RI("SC4 Access arrangements.", "Your bid proposed a half-day on access arrangements for tests and "
   "examinations, led by your examinations officer. This is outside the validated programme. It may run "
   "as an open twilight for member schools, but it is not part of the Award and is not funded from this "
   "grant.")
RI("SC5 Approved tutors for 2009-10.", "")
table([
    ["Name", "Role", "Qualifications and recent experience"],
    ["Neil Oddie", "Hub Coordinator and tutor", "MA Inclusive Education (Wexholme, 2004); SENCO at "
     "Thorneyburn since 2001; Advanced Skills Teacher for SEN"],
    ["Dr Farida Hussain", "Hub tutor (Strand B)", "EdD; educational psychologist with Aldermouth "
     "Educational Psychology Service until 2008; now an independent psychologist working in schools"],
    ["Catherine Lowes", "Hub tutor (Strands A and B)", "MEd Specific Learning Difficulties; SENCO at "
     "Kettleburn Arts College 1999-2008; now its assistant headteacher for inclusion"],
    ["Martin Sowerby", "Hub tutor (Strand C)", "MA Educational Leadership; NPQH; deputy headteacher, "
     "Thorneyburn; formerly head of the Aldermouth Learning Support Service"],
], widths=[3.2, 4, 9.3])

# ---------------------------------------------------------------- acceptance
H1("Form of Acceptance")
P("We accept the grant offered in the Trust's letter GOL/NA-SENCO/2009/NE of 22 June 2009 on the "
  "conditions in Schedules 1 to 6.")
table([
    ["", ""],
    ["Hub Coordinator (name)", ""],
    ["Signed (Headteacher)", ""],
    ["Signed (Chair of Governors)", ""],
    ["Date", ""],
], widths=[6, 10.5], header=False)

doc.save(OUT)
print("wrote", OUT)
