"""Build dd-01.docx: Selcaster Diocesan Board of Education, Governor Briefing Note G/09/04 (invented provider).

Provider
--------
The Selcaster Diocesan Board of Education (Church of England), through its
Governor Support Service and its Adviser for SEN and Inclusion, running the
National Award for SEN Coordination for the Church of England schools of the
(invented) Diocese of Selcaster with St Werburgh's University College,
Selcaster (an invented Church of England college with taught degree awarding
powers, which validates the award). Dated May 2009. 2008-era vocabulary: CRB,
List 99, single central record, DDA 2005 and the Disability Equality Duty, SEN
Code of Practice 2001, ECM, School Action / School Action Plus, SIAS, VA/VC,
foundation governors, the SENCO Regulations 2008.

Layout (a kind of document not in the earlier sets: a governor briefing note)
--------------------------------------------------------------------------
A diocesan board's numbered briefing note for governing bodies, sent whole to
the TDA as the application with a "with compliments" slip on top.
- Compliment slip (a small bordered table) saying the note is offered as the
  application.
- A masthead table (merged title row, series number, date, "For:", "Action
  by:"), then an "IN BRIEF" shaded box of bullet points.
- Eight sections with Heading 1 titles written for governors, some starting
  with a question. Shaded "ACTION FOR GOVERNORS" boxes (one-cell tables) after
  several sections: directions to the governing body, not the provider's own
  arrangements.
- "Questions you may wish to ask your headteacher" in List Bullet style: every
  item is a question.
- A "Model minute" box with bracketed fields for the clerk.
- Annex A: the 2009-10 timetable (table). Annex B: an extract of the
  nomination form with typed tick boxes. Annex C: "What your SENCO will be
  expected to show", a three-column table (outcome in the Board's plain words,
  where taught, how assessed) with merged group rows and no outcome codes, and
  a note under it. Annex D: contacts.
- Page header; the footer carries a legal disclaimer and a claim about trained
  in-school mentors.
- No online or distance element at all ("There is no online or distance
  learning element"); the one online route mentioned belongs to another
  provider.

Traps and the requirement ids they affect
-----------------------------------------
- 1.5 not_met: pupils' voices appear only as a value statement with a
  scripture quotation and as a question governors might ask; nothing develops
  participants' skills in consulting pupils.
- 6.S7 not_met: the Annex C row on involving pupils in their provision says
  it is not in 2009-10 and a session is only planned for 2010-11.
- 2.3 not_met: negation ("does not offer an assessment-only route").
- 2.5 not_met: only a wish ("We would love to see ...") and a past fact about
  the old Induction Course; the governors' question about "next" is not an
  arrangement.
- 6.K4 not_met: "Assumed from initial teacher training".
- 6.S2d not_met: the note under Annex C says access arrangements for tests are
  "not part of our programme".
- 2.1 partially_met: an earlier certificate may be "taken into account" in the
  tutor's review; no credit is given.
- 2.2 partially_met: the Starting Points self-review is done at the first
  session and talked through; no individual plan or personalised outcomes,
  and not before the course.
- 2.4 partially_met: cost is addressed (half fee, twilights save supply
  cover), tailoring only in general words (small groups, tutors get to know
  each SENCO).
- 3.1 partially_met: general offer of advice from the College's Disability
  Support Office and accessible venues; no disclosure, anticipation, or
  adjustments to teaching and assessment.
- 3.2 partially_met: one intake, one order, one mode; only rotating venues
  and twilight timing. A second intake was "considered" and rejected. The
  other university's online route with two intakes is another provider's.
- 3.3 not_applicable: no online element.
- 4.3 partially_met: stakeholders teach (Parent Partnership Service, the
  LA's educational psychologist, NHS therapist), but their part in evaluation
  is an intention ("We intend to ask headteachers, in time ...").
- 5.5 partially_met: specialist contributors named, but visits to special
  schools only "on request".
- 5.7 partially_met: tutors plan and agree marking together; the in-school
  supporter is named and meets the SENCO, but has no briefing or guidance.
  The footer's "supported by a trained mentor in school" is not evidence.
- 5.9 partially_met: confidence against the outcomes measured (end
  questionnaire compared with Starting Points), but Assignment 2's pupil data
  "stay with the SENCO and the school" and impact on pupils is only hoped for.
- 1.9 and 6.0 partially_met: award on passing three components plus the
  headteacher's statement, with a blanket claim ("Together these cover every
  one of the national outcomes") against Annex C rows that are unassessed,
  assumed, absent or excluded.
- Outcomes developed but not assessed ("Not assessed"): 6.A3, 6.A7, 6.K2,
  6.S2a (partially_met); formative only, "case-study exercises in the
  session (not marked)": 6.K5 (partially_met); conditional assessment "only
  if ...": 6.S2c (partially_met).
- Met with concrete arrangements: E.1, E.2, 1.1 (aims and Assignment 2's
  before-and-after pupil evidence, including well-being), 1.2, 1.3, 1.4, 1.6,
  1.7, 1.8, 4.1, 4.2 (survey and conference, with the changes that followed),
  5.1, 5.2 (conversation with the Adviser, guidance if not ready), 5.3
  (headteacher's confirmation on the form, List 99, fresh disclosure through
  the Diocesan Office as Registered Body, no place until details held), 5.4,
  5.6, 5.8, and the remaining outcomes in Annex C.
- Not evidence anywhere: the ACTION FOR GOVERNORS boxes, the questions for
  governors, the model minute's bracketed fields, the footer, the old
  Induction Course (past).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("dd-01-selcaster-governor-briefing.docx")

doc = Document()
doc.core_properties.author = "Hilary Pounder"
doc.core_properties.title = "Governor Briefing Note G/09/04: Your SENCO and the National Award"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10.5)
for lvl, size in ((1, 13), (2, 11)):
    h = doc.styles[f"Heading {lvl}"]
    h.font.name = "Arial"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)

NAVY = "1F3A68"
PALE = "E4EAF4"
STONE = "F2EFE6"


def para(text="", bold=False, italic=False, size=None, align=None, after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def bullet(text):
    return para(text, style="List Bullet")


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    return p


def box(title, lines, fill=PALE, bullets=False):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    cell_text(c, title, bold=True, size=10, colour=NAVY)
    for ln in lines:
        p = c.add_paragraph()
        r = p.add_run(("\u2022  " if bullets else "") + ln)
        r.font.size = Pt(10)
    para("", after=2)
    return t


def table(rows, size=9, header_fill=PALE):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(i == 0), size=size)
            if i == 0:
                shade(c, header_fill)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hr = hp.add_run("Selcaster Diocesan Board of Education \u00b7 Governor Support Service")
hr.font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Briefing Note G/09/04 \u00b7 May 2009 \u00b7 This note is guidance, not legal advice: consult the "
                "Diocesan Office before acting on any statutory matter. \u00b7 Every SENCO on the Award is "
                "supported by a trained mentor in school. \u00b7 Page ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ compliment slip
slip = doc.add_table(rows=2, cols=1)
slip.style = "Table Grid"
cell_text(slip.cell(0, 0), "SELCASTER DIOCESAN BOARD OF EDUCATION \u2014 with compliments", bold=True, size=11,
          colour=NAVY)
c = slip.cell(1, 0)
cell_text(c, "To: SENCO Training Approval, Training and Development Agency for Schools", size=10)
for ln in [
    "Please find enclosed our Governor Briefing Note G/09/04, which went to the governing body of every "
    "Church of England school in the Diocese on 11 May 2009. It sets out the SENCO Award programme that the "
    "Board will run with St Werburgh\u2019s University College from September 2009, and we would be grateful "
    "if you would accept it as our application. Governors wanted the same facts that you do, and we "
    "thought it better to send you what our schools have actually been told.",
    "Hilary Pounder, Governor Support Manager, Diocesan Education Centre, Castle Hill, Selcaster SX1 4DQ",
]:
    p = c.add_paragraph()
    p.add_run(ln).font.size = Pt(10)
para("", after=6)

# ------------------------------------------------------------------ masthead
mast = doc.add_table(rows=4, cols=2)
mast.style = "Table Grid"
top = mast.cell(0, 0).merge(mast.cell(0, 1))
shade(top, NAVY)
cell_text(top, "GOVERNOR BRIEFING NOTE", bold=True, size=16, colour="FFFFFF")
cell_text(mast.cell(1, 0), "Note G/09/04", bold=True, size=10)
cell_text(mast.cell(1, 1), "Issued 11 May 2009", size=10)
cell_text(mast.cell(2, 0), "For:", bold=True, size=10)
cell_text(mast.cell(2, 1), "Chairs of governors; headteachers; governors with responsibility for SEN; clerks "
          "(please table at your summer term meeting)", size=10)
cell_text(mast.cell(3, 0), "Action by:", bold=True, size=10)
cell_text(mast.cell(3, 1), "Nominations to reach the Diocesan Education Centre by Friday 26 June 2009", size=10)
para("", after=4)
para("Your SENCO and the National Award for SEN Coordination", bold=True, size=18, after=8)

box("IN BRIEF", [
    "From 1 September 2009, a teacher who is newly appointed as SENCO must gain a nationally approved "
    "qualification within three years of taking up the post.",
    "The Board and St Werburgh\u2019s University College will run the Award for the SENCOs of church schools "
    "in the Diocese, starting in September 2009.",
    "It is a Postgraduate Certificate worth 60 credits at Master\u2019s level.",
    "The Board will pay half the fee for SENCOs in Church of England schools in the Diocese.",
    "Your governing body needs to nominate, release and support your SENCO.",
], bullets=True)

# ------------------------------------------------------------------ 1
doc.add_heading("Why does this matter to the governing body?", level=1)
para("The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require the "
     "governing body of every maintained school to make sure that its SENCO is a qualified teacher working "
     "at the school. Amending regulations, expected to come into force on 1 September 2009, add that a "
     "teacher who becomes a SENCO for the first time after that date must gain the National Award for SEN "
     "Coordination within three years. The duty falls on the governing body, not on the headteacher alone.")
para("The care of the child who finds learning hard lies at the heart of the Christian character of our "
     "schools. \u201cLet the little children come to me, and do not stop them\u201d (Mark 10:14). Children\u2019s "
     "voices matter in our church schools, and we want every SENCO to hear them. SIAS inspectors will ask, "
     "and rightly, how a church school serves its most vulnerable pupils.")
para("Since 2002 the Board has run a six-evening SENCO Induction Course for newly appointed SENCOs. It was "
     "well liked, and many of the SENCOs who took it went on to further study, but it carried no credit and "
     "assessed no one, and it will not run again. The Award replaces it.")

# ------------------------------------------------------------------ 2
doc.add_heading("What is the Award?", level=1)
para("The Award is a Postgraduate Certificate in Special Educational Needs Coordination, validated by "
     "St Werburgh\u2019s University College, which has held taught degree awarding powers since 2005. The "
     "College approved the programme at a validation event on 17 March 2009. It carries 60 credits at "
     "Master\u2019s level (M level), and the credits count towards the College\u2019s MA in Education.")
para("The programme has one aim: that children and young people with special educational needs and "
     "disabilities in our schools achieve more, and are healthier, safer and happier in school, because "
     "their SENCO leads provision well. We mean achievement in all five Every Child Matters outcomes, not "
     "test results alone. Every session is planned around that aim, and the assessment keeps it in view: "
     "Assignment 2 requires \u201cbefore and after\u201d evidence of the progress of the pupils the SENCO\u2019s "
     "change is meant to help, and of their well-being (for example attendance, behaviour records or a "
     "self-esteem scale).")

# ------------------------------------------------------------------ 3
doc.add_heading("How will the programme run?", level=1)
para("The programme runs from September 2009 to July 2010. It opens with an Induction Day on a Saturday, "
     "followed by ten twilight sessions (4.15 to 7.15 pm) and two Saturday study days; the dates are in "
     "Annex A. All teaching is face to face. There is no online or distance learning element: every "
     "session is taught in person, and the reading and handouts are given out on paper at each session.")
para("The sessions rotate round three venues, the Diocesan Education Centre in Selcaster, St Werburgh\u2019s "
     "College and the Kirkby Moor Church Centre in the north of the Diocese, so that no SENCO has the long "
     "journey every time. All SENCOs follow the same timetable, starting in September and finishing in July. "
     "We considered a second intake in January, but the numbers in a single diocese will not support it. "
     "Schools that need a different pattern may wish to look at other approved providers: the University of "
     "Harnby, for instance, is planning a largely online route with intakes in January and September.")
para("After each session the SENCO carries out a short school task linked to that session, in their own "
     "school, and brings it to the next session to discuss in a \u201ctriad\u201d with two other SENCOs. After "
     "Session 3, for example, SENCOs check their school\u2019s SEN register and the way pupils move between "
     "School Action and School Action Plus against the Code of Practice; after Study Day 1 they draw up a "
     "provision map for one year group. Both assignments are carried out in the SENCO\u2019s own school.")
para("Sessions 1 and 2 cover the law and national policy: the Education Act 1996, the SEN Code of Practice "
     "(2001) and the SEN Toolkit, the Special Educational Needs and Disability Act 2001, the Disability "
     "Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty, the Children Act 2004 and "
     "Every Child Matters, Removing Barriers to Achievement (2004), the Inclusion Development Programme and "
     "the 2008 SENCO Regulations, always asking what each means for the school, the SENCO and governors.")
para("The reading for each session is chosen by the College tutor and revised every summer in the light of "
     "new research, inspection reports and national developments. For 2009\u201310 it includes the Bercow "
     "Review of services for children with speech, language and communication needs (2008), Ofsted\u2019s "
     "Inclusion: does it matter where pupils are taught? (2006), the Lamb Inquiry\u2019s work on parental "
     "confidence (2009) and the Inclusion Development Programme materials on dyslexia and on speech, "
     "language and communication needs (2008). Session 9 is led each year by a member of the College\u2019s "
     "Centre for Inclusion Research, who presents current research and asks each SENCO what it would mean "
     "in their school.")
para("Session 7 is about leading colleagues. SENCOs practise advising class teachers, coaching, and "
     "observing a lesson and giving feedback, and they plan a staff meeting on one aspect of SEN, which "
     "they then lead in their own school. The second half of Session 7 is held jointly with the Deanery SENCO "
     "clusters, so that SENCOs plan a shared piece of work with colleagues from neighbouring schools and "
     "with the cluster\u2019s LA support teacher.")
para("Session 6 is planned and taught with the Selcaster Parent Partnership Service. It covers listening to "
     "parents and carers, explaining the school\u2019s provision and assessment results in plain language, "
     "advising families on the support that the school and other services can offer, and handling "
     "disagreement before it becomes a complaint. Each SENCO then plans and holds a meeting with the "
     "parents or carers of a pupil with SEN, and records it, with a reflection, in the Portfolio.")
para("Assignment 2 is a change that the SENCO leads in their own school over at least one term, agreed "
     "with the headteacher beforehand. It is judged on what changed for pupils and for staff practice, not "
     "on the quality of the plan alone.")

box("ACTION FOR GOVERNORS", [
    "Release your SENCO in time to reach the twilight sessions, and allow time in school for the school "
    "tasks and Assignment 2.",
    "Agree with the headteacher who will be the SENCO\u2019s in-school supporter.",
    "Ask for a short report on the SENCO\u2019s progress at each governing body meeting in 2009\u201310.",
], bullets=True)

# ------------------------------------------------------------------ 4
doc.add_heading("Who can take part, and how are places offered?", level=1)
para("A SENCO must be a qualified teacher, be working as the SENCO of a school in the Diocese (or be "
     "designated to take up the role by January 2010), and be nominated by the headteacher on the form in "
     "Annex B. Each nominee then has a half-hour conversation with the Diocesan Adviser for SEN and "
     "Inclusion before a place is offered, to check that they have the experience and the time in school "
     "to complete the programme and to meet its outcomes. A nominee who is not yet ready is advised on what "
     "to do first (often a term of work alongside an experienced SENCO in the cluster), and the Adviser "
     "talks this through with the headteacher.")
para("On the nomination form the headteacher confirms that the SENCO holds an enhanced CRB disclosure, "
     "gives its date and reference number as recorded on the school\u2019s single central record, and "
     "confirms that the SENCO has been checked against List 99 and that there are no outstanding "
     "disciplinary matters. A SENCO who has not worked in a school in a post with regular contact with "
     "children in the past three months needs a fresh enhanced disclosure before starting; the Diocesan "
     "Office, as a CRB Registered Body, processes it. No place is confirmed until the Diocesan Office holds "
     "the disclosure details.")
para("SENCOs who already hold the College\u2019s Certificate in Inclusive Practice (30 credits at Level 6) "
     "may ask for it to be taken into account when their tutor reviews their Starting Points.")
para("The College does not offer an assessment-only route: every SENCO attends the programme, because we "
     "believe that the shared experience of the group is an essential part of it.")
para("The College\u2019s Disability Support Office will be happy to advise any SENCO with a disability, and all "
     "three venues are accessible.")

# ------------------------------------------------------------------ 5
doc.add_heading("What support will your SENCO receive?", level=1)
para("At the Induction Day each SENCO completes the \u201cStarting Points\u201d self-review against the Award "
     "outcomes, and talks it through with their College tutor at the first tutorial in October.")
para("We keep groups small, with no more than sixteen SENCOs to a tutor, and our tutors get to know each "
     "SENCO and their school well. The fee is \u00a31,150. The Board pays half for SENCOs in Church of England "
     "schools in the Diocese, so the school pays \u00a3575, and because the sessions are twilights the school "
     "needs no supply cover.")
para("Each SENCO is asked to name an in-school supporter, usually the headteacher or deputy, who agrees to "
     "meet the SENCO at least once each half term to talk about the school tasks and Assignment 2. The "
     "programme tutors meet before the start of each term to plan the sessions together and to agree how "
     "the assignments will be marked.")
para("The programme is taught by:")
bullet("Dr Simon Ashworth-Hale, Senior Lecturer in Inclusive Education at St Werburgh\u2019s and programme "
       "leader; SENCO in two Selcaster primary schools for nine years and then an LA SEN adviser; his doctoral "
       "research was on provision mapping in primary schools.")
bullet("Rachel Okonedo, the Board\u2019s Adviser for SEN and Inclusion; formerly headteacher of Brookside "
       "Special School; NPQH; she convenes the Deanery SENCO clusters and so works with serving SENCOs "
       "every week.")
bullet("Ann Tillotson, Lecturer in Education at St Werburgh\u2019s; a specialist teacher for specific learning "
       "difficulties (AMBDA) who still assesses pupils one day a week for the Diocese\u2019s schools.")
para("All three take part in the College\u2019s annual research and scholarship days and in the national SENCO "
     "training network meetings. Specialist sessions are led by the LA\u2019s Senior Educational Psychologist, "
     "Dr Paul Ferriday (Session 5), a speech and language therapist from Selcaster Primary Care Trust "
     "(Session 5) and the Parent Partnership Service (Session 6). Visits to a special school can be arranged "
     "on request.")
para("SENCOs may borrow from the College library, including its special needs collection and its test "
     "library of standardised assessments, and from the Diocesan Resource Centre, which keeps an assistive "
     "technology loan collection (Clicker 5, Communicate: In Print, Dragon NaturallySpeaking, talking "
     "calculators and Numicon kits) so that SENCOs can try software and equipment with pupils before their "
     "school buys it. Study Day 2 is held in the College\u2019s ICT suite.")

# ------------------------------------------------------------------ 6
doc.add_heading("How will your SENCO be assessed?", level=1)
para("There are three assessed components:")
bullet("Assignment 1, \u201cPolicy into practice\u201d (3,500 words, due January 2010): a critical review of "
       "how the school meets the SEN Code of Practice and the Disability Equality Duty, what they mean for "
       "the school and the SENCO, and recommendations agreed with the headteacher and the SEN governor. The "
       "review is carried out with other staff and uses the school\u2019s self-evaluation form (SEF).")
bullet("Assignment 2, \u201cLeading a change\u201d (5,000 words, due June 2010): the change project described "
       "above, with the provision map behind it, how staff and teaching assistants were deployed, the "
       "research it drew on, baseline and follow-up measures for the pupils (national curriculum levels, P "
       "scales or standardised scores), how the SENCO won the support of the headteacher and senior "
       "colleagues, and an honest account of the problems met and the decisions taken.")
bullet("The Portfolio and Professional Conversation (July 2010): a file of evidence from the SENCO\u2019s work "
       "during the year, followed by a thirty-minute conversation with two tutors about it.")
para("Each assignment is marked by the SENCO\u2019s tutor against the College\u2019s published M-level criteria "
     "and second-marked by another tutor. The tutors hold a moderation meeting after each deadline. A "
     "sample of at least a third of the work, and every fail and every distinction, goes to the external "
     "examiner, Professor Janet Merriman of the University of Brantford, who attends the Examination Board "
     "each July and reports to the College.")
para("To gain the Award a SENCO must pass Assignment 1, Assignment 2 and the Portfolio, each with a mark of "
     "50 per cent or more, and the headteacher must sign a statement confirming that the work described "
     "took place in the school. Together these cover every one of the national outcomes; Annex C shows "
     "where each is taught and assessed.")

# ------------------------------------------------------------------ 7
doc.add_heading("How do we know the programme is working?", level=1)
para("SENCOs complete a short evaluation at the end of every session. Each autumn the College\u2019s Annual "
     "Programme Monitoring report brings together these evaluations, the marks and the external "
     "examiner\u2019s report. The Award Steering Group (the Board\u2019s Adviser for SEN and Inclusion, the "
     "programme leader and the College\u2019s Quality Officer) considers the report each October and agrees an "
     "action plan for the following year; the changes are reported to governors in the next Briefing Note.")
para("At the end of the programme each SENCO completes a questionnaire rating their confidence against each "
     "outcome, which we compare with their Starting Points self-review to see how far the programme has "
     "moved them. The pupil data collected for Assignment 2 stay with the SENCO and the school; the "
     "programme does not collect them. We hope in time to be able to tell governors whether pupils in their "
     "schools have made better progress as a result of the Award.")
para("The programme has been shaped by our schools. In the autumn term of 2008 we asked every headteacher "
     "and SENCO in the Diocese what a new SENCO most needs, and 96 schools replied. The three answers given "
     "most often were managing teaching assistants, getting the whole staff on board, and knowing when and "
     "how to call in outside agencies, and the programme gives a whole session or study day to each "
     "(Study Day 1, Session 7 and Session 5). The draft programme was then discussed at the Diocesan "
     "Headteachers\u2019 Conference in January 2009, and two changes followed: the sessions were moved from "
     "full days to twilights, because heads could not find the supply cover, and Session 6 on parents and "
     "carers was added at the request of the Parent Partnership Service. We intend to ask headteachers, in "
     "time, what difference the Award has made in their schools.")
para("We would love to see SENCOs who complete the Award go on to the College\u2019s MA in Education.")

# ------------------------------------------------------------------ 8
doc.add_heading("Questions you may wish to ask your headteacher", level=1)
for q in [
    "Who is our SENCO, and when did they take up the role?",
    "Does our SENCO need the Award, and if so by when?",
    "How does our SENCO find out what pupils think about the help they get?",
    "Has our SENCO had a needs assessment and an individual training plan?",
    "How will the governing body hear about the difference the Award is making for our pupils?",
    "What will our SENCO do next, once the Award is complete?",
]:
    bullet(q)

box("MODEL MINUTE", [
    "The governing body noted Briefing Note G/09/04. It agreed to nominate [name of SENCO] for the National "
    "Award for SEN Coordination (Selcaster Diocesan Board of Education and St Werburgh\u2019s University "
    "College) beginning in September 2009, to meet half the fee of \u00a3575 from [budget heading], and to "
    "release the SENCO for the sessions listed in Annex A. [Name] will act as the SENCO\u2019s in-school "
    "supporter. The headteacher will report on the SENCO\u2019s progress at each meeting in 2009\u201310.",
], fill=STONE)

box("ACTION FOR GOVERNORS", [
    "Table this note at your summer term meeting and record your decision using the model minute.",
    "Ask the headteacher to complete the nomination form in Annex B, including the CRB details, and send it "
    "to the Diocesan Education Centre by Friday 26 June 2009.",
], bullets=True)

# ------------------------------------------------------------------ Annex A
page_break()
doc.add_heading("Annex A: Timetable for 2009\u201310", level=1)
table([
    ("When", "Session", "What it covers", "Led by"),
    ("Sat 19 Sept 2009", "Induction Day", "The Award; Starting Points self-review; forming triads",
     "Simon Ashworth-Hale, Rachel Okonedo"),
    ("Wed 7 Oct", "Session 1", "The law, the Code of Practice and the SENCO Regulations", "Rachel Okonedo"),
    ("Wed 21 Oct", "Session 2", "Disability equality and the DDA; Every Child Matters and the SENCO",
     "Rachel Okonedo"),
    ("Wed 11 Nov", "Session 3",
     "Identifying needs; targets, IEPs and review; using data (national tests, P scales, RAISEonline)",
     "Simon Ashworth-Hale"),
    ("Wed 25 Nov", "Session 4",
     "Common types of SEN: BESD, dyslexia and other SpLD, SLCN, ASD, MLD", "Ann Tillotson"),
    ("Wed 9 Dec", "Session 5",
     "Working with other agencies; using reports from psychologists and therapists",
     "Dr Paul Ferriday; PCT speech and language therapist"),
    ("Wed 13 Jan 2010", "Session 6", "Parents and carers", "Parent Partnership Service; Rachel Okonedo"),
    ("Sat 6 Feb", "Study Day 1", "Provision mapping; managing resources; deploying and managing TAs",
     "Simon Ashworth-Hale"),
    ("Wed 24 Feb", "Session 7", "Leading colleagues (joint with the Deanery SENCO clusters)",
     "Rachel Okonedo"),
    ("Wed 17 Mar", "Session 8",
     "The SENCO, the senior team and governors: self-evaluation and strategy; managing your time",
     "Simon Ashworth-Hale"),
    ("Wed 21 Apr", "Session 9", "Research into practice", "Centre for Inclusion Research"),
    ("Sat 15 May", "Study Day 2",
     "Teaching approaches, ICT and assistive technology; assessment for learning and pupils with SEN",
     "Ann Tillotson"),
    ("Wed 16 June", "Session 10", "Sharing Assignment 2 findings; preparing for the conversation",
     "All tutors"),
], size=8.5)
para("")

# ------------------------------------------------------------------ Annex B
doc.add_heading("Annex B: Nomination form (extract)", level=1)
form = doc.add_table(rows=7, cols=2)
form.style = "Table Grid"
FORM = [
    ("School", ""),
    ("Name of SENCO", ""),
    ("Date appointed SENCO", ""),
    ("Enhanced CRB disclosure: date and reference (from the single central record)", ""),
    ("\u2610  The SENCO has been checked against List 99", "\u2610  No outstanding disciplinary matters"),
    ("\u2610  The SENCO has worked in a post with regular contact with children in the past three months",
     "\u2610  The governing body has agreed to meet half the fee"),
    ("Signed (headteacher)", "Date"),
]
for i, (a, b) in enumerate(FORM):
    cell_text(form.cell(i, 0), a, size=9, bold=(i < 4 or i == 6))
    cell_text(form.cell(i, 1), b, size=9)
para("")

# ------------------------------------------------------------------ Annex C
doc.add_heading("Annex C: What your SENCO will be expected to show", level=1)
para("The national outcomes are set by the TDA. We have put them in plain words for governors.")
A1 = "Assignment 1"
A2 = "Assignment 2"
PF = "Portfolio and Professional Conversation"
NA = "Not assessed"
ROWS = [
    ("G", "Personal and professional qualities"),
    ("Fair, respectful and supportive relationships with pupils with SEN and their parents or carers",
     "Session 6", PF + " (record of a meeting with parents, with reflection)"),
    ("Winning the commitment of colleagues, including the headteacher and senior leaders",
     "Session 8", A2),
    ("Prioritising, managing time and delegating", "Session 8", NA),
    ("Anticipating and solving problems; sound judgement about provision", "Session 3; Study Day 1", A2),
    ("Speaking and writing clearly; listening to others", "Throughout",
     "Assignments 1 and 2 (writing); Professional Conversation (speaking and listening)"),
    ("Using research and outside advice to improve practice", "Session 9", A2),
    ("Keeping up to date and taking charge of one\u2019s own development", "Session 9", NA),
    ("G", "Knowledge and understanding"),
    ("SEN law and the Code of Practice, and what they mean for the school", "Session 1", A1),
    ("Every Child Matters and the SENCO\u2019s part in it", "Session 2", NA),
    ("Disability equality law and what it requires", "Session 2", A1),
    ("How children develop and what affects their development", "Assumed from initial teacher training",
     "\u2014"),
    ("The common types of SEN and how they affect learning", "Session 4",
     "Case-study exercises in the session (not marked)"),
    ("Approaches, strategies and resources for teaching and assessment, including ICT", "Study Day 2", A2),
    ("School self-evaluation and improvement", "Session 8", A1 + " (uses the school\u2019s SEF)"),
    ("Best practice and research on meeting SEN", "Session 9", A2),
    ("The work of outside agencies and how to get their help", "Session 5",
     PF + " (map of local services)"),
    ("G", "Skills"),
    ("Working with senior colleagues and governors on an inclusive ethos, policy and use of resources",
     "Session 8", A1 + " (recommendations agreed with the headteacher and SEN governor)"),
    ("Identifying pupils with SEN, setting targets, planning interventions and reviewing progress",
     "Session 3", A2),
    ("Using other professionals\u2019 assessments to shape teaching", "Session 5", NA),
    ("Using test results and other summative data to track progress and change provision", "Session 3",
     A2 + " (baseline and follow-up)"),
    ("Encouraging colleagues to use assessment for learning with pupils with SEN", "Study Day 2",
     "Assignment 2, only if the SENCO\u2019s change project is about assessment for learning"),
    ("Provision mapping, and spotting provision that is missing or not working", "Study Day 1",
     A2 + " (provision map)"),
    ("Deploying and managing staff, including teaching assistants", "Study Day 1", A2),
    ("Supporting colleagues\u2019 development: observation and feedback, coaching, leading training",
     "Session 7", PF + " (record of a lesson observation with feedback; the staff meeting the SENCO led)"),
    ("Reviewing provision with other staff to inform the school\u2019s self-evaluation", "Session 8", A1),
    ("Involving pupils in planning and reviewing their own provision", "Not in 2009\u201310",
     "We plan to add a session on pupil participation in 2010\u201311"),
    ("Working with parents and carers", "Session 6", PF + " (record of a meeting with parents)"),
    ("Working with other services and agencies, including voluntary organisations", "Session 5",
     PF + " (a case record of work with at least one statutory and one voluntary organisation)"),
]
anx = doc.add_table(rows=1, cols=3)
anx.style = "Table Grid"
for j, h in enumerate(("The outcome, in plain words", "Where it is taught", "How it is assessed")):
    cell_text(anx.cell(0, j), h, bold=True, size=9)
    shade(anx.cell(0, j), PALE)
for row in ROWS:
    cells = anx.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[1]).merge(cells[2])
        cell_text(m, row[1], bold=True, size=9, colour=NAVY)
        shade(m, STONE)
    else:
        for j, val in enumerate(row):
            cell_text(cells[j], val, size=8.5)
para("")
para("Note. The national outcome on special arrangements for pupils in national tests and examinations is not "
     "part of our programme: in our primary schools these arrangements are made by the headteacher.",
     italic=True, size=9)

# ------------------------------------------------------------------ Annex D
doc.add_heading("Annex D: Contacts", level=1)
table([
    ("For", "Contact"),
    ("Nominations and CRB details", "Diocesan Education Centre, Castle Hill, Selcaster SX1 4DQ (01793 552 410)"),
    ("The programme and the assignments", "Dr Simon Ashworth-Hale, St Werburgh\u2019s University College"),
    ("Readiness, in-school support and clusters", "Rachel Okonedo, Adviser for SEN and Inclusion"),
    ("This briefing note", "Hilary Pounder, Governor Support Manager"),
], size=9)

doc.save(OUT)
print("wrote", OUT)
