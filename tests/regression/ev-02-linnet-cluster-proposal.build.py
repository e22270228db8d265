"""ev-02-linnet-cluster-proposal: build the .docx next to this script.

Provider (invented)
-------------------
Linnet Learning CIC, a community interest company limited by shares, set up
in 2007 by three practising SENCOs in Fenmouth (invented district of the
invented Northwold County). It sells SEN training to schools. It applies
(March 2009) to run the National Award for SEN Coordination as the
University of Ousebridge's Certificate in SEN Coordination (invented
university; validation event on 18 March 2009).

Kind of document and layout
---------------------------
A client proposal: the sales proposal the company wrote in February 2009 to
the heads of a cluster of eighteen schools (the Fenmouth and Saltley Schools'
Partnership), who had sent it a brief. Sent to the TDA as it was accepted,
with a shaded note to the panel, the university partnership manager's tracked
changes still in it, two Word comments and an Annex C written for the panel.
Voice: "we" (the company) and "you" (the Partnership's heads), "your
SENCOs". Cover page, a short covering letter, Heading 1 sections with typed
numbers (3.3, 4.3, 5 ...) that collide with requirement ids, a "What you
asked for" list, an "In brief" numbered list, a term-by-term timeline table,
a study-day table, a ruled box "What the Award does not cover", a "What we
ask of you" checklist, an investment table with merged cells, a blank
nomination-form extract (Annex B) and an outcome table (Annex C). Header
("Commercial in confidence") and footer (never evidence).

Traps (requirement ids)
-----------------------
* E.2 partially met: 60 credits, but each SENCO chooses "Level 6 (Graduate
  Certificate) or Level 7 (Postgraduate Certificate)", both said to lead to
  the Award; a Word comment questioning this is not part of the submission.
  E.1 met (approved in principle, validation event dated, partner status).
* 2.1 not met: "We can't give credit for earlier courses or experience";
  the sentence offering 20 credits from an earlier Ousebridge module is a
  tracked DELETION (not part of the submission).
* 2.3 met: the Direct Assessment route for the whole Award (portfolio plus
  professional discussion, "in exceptional circumstances"), though 2.1 is
  refused in the paragraph before it.
* 5.8 met only through a tracked INSERTION (external examiner and Board of
  Examiners); the inserted text is part of the submission.
* 3.2 partially met: one group, Fridays, fixed order "that was your choice";
  only catch-up recordings and deadline extensions. "A second group can
  start in January 2010" is a tracked deletion.
* 3.3 partially met: online units with tutor email support between sessions
  and termly emails to heads, but "There is no discussion forum" (no peer
  support or communication between participants online). A comment floating
  a forum is not part of the submission.
* 1.5, 6.S7 not met and 6.S2d not met: the box "What the Award does not
  cover" excludes pupil voice ("we haven't built a session on consulting
  pupils into the Award") and access arrangements ("we don't cover them");
  Annex C repeats both as "Not part of the Award".
* 5.2 partially met: "The only entry requirements are qualified teacher
  status and a nomination from the head"; the audit is "not to select".
* 5.3 met: nomination form gives the enhanced CRB disclosure number and date
  plus the head's confirmation of single-central-record checks, checked at
  enrolment; nobody starts without it (Annex B shows the form).
* 5.6 partially met: readings, recordings, library card and a book box; no
  specialist teaching resources or technology.
* 4.3 partially met: heads only receive evaluation summaries; they do hear
  the Change Project presentations (other aspects).
* 1.3 partially met: a general claim of being up to date plus the Bercow
  Review on one day; no inspection evidence or research named as shaping
  the programme.
* 2.5 partially met: only "we'll send each SENCO details" of further study.
* Award rule "attend at least seven of the eight study days and pass both
  tasks", with a blanket "Together, the tasks cover the national outcomes"
  contradicted by Annex C: 1.9 and 6.0 partially met.
* Annex C cells: "Reflective Diary (not marked)" (6.A7, 6.S2b), "-" (6.K4,
  6.S5), "Task 2, option B only" (6.K9): partially met.
* 6.K7 met here (the School SEN Review examines the school's self-evaluation),
  unlike a provider's own self-evaluation.
* 5.7 met: senior-leader mentors attend a briefing, get a Mentor Guide and a
  termly call; the associate and guest contributors get a briefing note and
  the associate joins standardisation.
* "Why a community interest company?" is values only; no verdict rests on it.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "ev-02-linnet-cluster-proposal.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Georgia")
st.paragraph_format.space_after = Pt(6)
for name, size in (("Heading 1", 14), ("Heading 2", 11.5)):
    h = doc.styles[name]
    h.font.name = "Georgia"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x5A, 0x3E, 0x1B)
    h.element.rPr.rFonts.set(qn("w:ascii"), "Georgia")
    h.element.rPr.rFonts.set(qn("w:hAnsi"), "Georgia")
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.4)

REV = {"id": 100}
AUTHOR = "J Pardoe (Ousebridge)"
DATE = "2009-02-12T10:14:00Z"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", style=None, bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def heading(text, level=1):
    return doc.add_heading(text, level=level)


def bullet(text, label=None, style="List Bullet"):
    p = doc.add_paragraph(style=style)
    if label:
        r = p.add_run(label + " ")
        r.bold = True
    p.add_run(text)
    return p


def _rev(tag):
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(REV["id"]))
    REV["id"] += 1
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    return el


def tracked_del(p, text):
    d = _rev("w:del")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)


def tracked_ins(p, text):
    i = _rev("w:ins")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    i.append(r)
    p._p.append(i)


def table(rows, widths=None, fill="EFE6D8", font=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(font)
            c.paragraphs[0].paragraph_format.space_after = Pt(2)
            if i == 0:
                r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def boxed(items, fill=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    if fill:
        shade(c, fill)
    first = True
    for text, b, i in items:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(text)
        r.bold, r.italic = b, i
        r.font.size = Pt(10)
        p.paragraph_format.space_after = Pt(4)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def add_field(run, instr):
    for kind, payload in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = payload
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = payload
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


# ---------------------------------------------------------------- header/footer
h = sec.header.paragraphs[0]
h.text = "Linnet Learning CIC  |  Proposal to the Fenmouth and Saltley Schools' Partnership  |  Commercial in confidence"
h.runs[0].font.size = Pt(8)
h.runs[0].font.color.rgb = RGBColor(0x77, 0x77, 0x77)
f = sec.footer.paragraphs[0]
fr = f.add_run("Linnet Learning CIC, a community interest company registered in England, no. 06211587. "
               "Prices valid to 31 March 2009.   Page ")
fr.font.size = Pt(8)
fr2 = f.add_run()
fr2.font.size = Pt(8)
add_field(fr2, "PAGE")
f.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------------------------------------------------------- cover
para("Linnet Learning CIC", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.LEFT, after=40)
para("A proposal for the Fenmouth and Saltley Schools' Partnership", size=15, after=6)
para("The National Award for SEN Coordination for your SENCOs, 2009\u201311", bold=True, size=20, after=6)
para("with the University of Ousebridge", italic=True, size=13, after=30)
para("6 February 2009   \u00b7   Our reference LL/FSP/0209", size=10, after=30)
boxed([
    ("For the TDA approval panel (added 2 March 2009)", True, False),
    ("This is the proposal we sent to the heads of the Fenmouth and Saltley Schools' Partnership, who "
     "accepted it on 26 February 2009 for twelve of their SENCOs. It describes the programme we are "
     "asking you to approve, and we will run it in the same way for SENCOs from other schools who "
     "join the group. We have left in the changes suggested by the University's partnership "
     "manager, which the heads agreed at their meeting, and we have added Annex C for you, showing "
     "where each national outcome is taught and assessed. Wherever the proposal says \u201cyou\u201d "
     "it means the Partnership's schools and their heads.", False, False),
    ("Anna Fairclough, Director", False, True),
], fill="F6F1E7")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- covering letter
para("Mrs Jean Halloran", after=0)
para("Chair, Fenmouth and Saltley Schools' Partnership", after=0)
para("c/o Saltley Primary School, Quay Road, Fenmouth NW7 2HD", after=12)
para("6 February 2009", after=12)
para("Dear Jean,")
para("Thank you for inviting us to respond to the Partnership's brief, SENCO Development 2009-11. We "
     "enjoyed the heads' meeting on 16 January and we have tried to reflect what you told us there, "
     "as well as what is in the brief itself. This proposal sets out how twelve of your SENCOs could "
     "gain the National Award for SEN Coordination between September 2009 and July 2010, taught in "
     "Fenmouth by people who do the job, and accredited by the University of Ousebridge.")
para("We know that every pound you spend on this is a pound not spent in classrooms, so we have "
     "tried to be clear about costs and about what we will ask of your schools. We would be happy to "
     "come back to the heads' group to talk it through.")
para("With best wishes,", after=18)
para("Anna Fairclough", after=0)
para("Director, Linnet Learning CIC, and SENCO, Saltley Primary School", italic=True)

# ---------------------------------------------------------------- 1
heading("1  Your brief, as we understand it")
para("Your brief asks for a way for the Partnership's SENCOs, especially those new to the role, to "
     "gain the new National Award without spending long periods away from Fenmouth. It draws on four "
     "sources of evidence, and we have used all four in designing what follows.")
bullet("Your December 2008 survey of the Partnership's 18 SENCOs found that 11 are in their first "
       "three years in the role and 14 have had no SEN training beyond INSET days. The needs they "
       "named most often were using data to track pupils' progress (13), managing teaching "
       "assistants (12), speech, language and communication needs (10) and working with other "
       "services (9).", "The SENCOs.")
bullet("Two of your schools were inspected in 2008, and in both the inspectors said that the "
       "monitoring of the progress of pupils with learning difficulties was not rigorous enough.",
       "Inspection.")
bullet("Northwold County Council's Review of Specialist Provision (2008) expects SENCOs to "
       "coordinate more of the support that used to come from the Council's centrally run units, "
       "and the Council has asked the Partnership to map its provision across all eighteen schools.",
       "The Council.")
bullet("The Fenmouth parents' group, SEN Parents Together, told the heads last autumn that families "
       "hear different things from different schools, and that they want one person in each school "
       "who will explain plainly what is happening for their child.", "Families.")
para("From the heads themselves, we heard four things: the course must be local; it must not take "
     "SENCOs out of school for more than about ten days; \u201cwe want to see a difference for "
     "children, not just a certificate\u201d; and it should help the Partnership's SENCOs work as a "
     "team rather than eighteen people on their own.")

heading("2  What we changed after the heads' meeting")
para("Our first outline, which we brought to the meeting on 16 January, had ten study days and "
     "one long written assignment. After the meeting we made four changes:")
bullet("We cut the study days to eight and moved some of the content into twilight workshops at "
       "Saltley Brook School, so that SENCOs lose less teaching time.")
bullet("We added a study day on communication, behaviour and autism, because speech, language and "
       "communication needs came so high in your survey and because of the Bercow Review's "
       "recommendations (2008).")
bullet("We replaced the long assignment with a School SEN Review and a Change Project carried out in "
       "the SENCO's own school, so that the work is useful to you as well as to the University.")
bullet("At the heads' request, the Change Project ends with a presentation at a Partnership heads' "
       "meeting, so that what one school learns can be used by the others.")

heading("3  What we propose")
heading("3.1  In brief", 2)
for s in ("A 60-credit university award, the National Award for SEN Coordination, taught in Fenmouth "
          "over one school year (September 2009 to July 2010).",
          "Eight study days on Fridays, four twilight workshops at Saltley Brook School and two short "
          "online units.",
          "Two pieces of assessed work, both carried out in the SENCO's own school and both useful "
          "to it.",
          "A starting audit and a Personal Plan for each SENCO.",
          "A senior-leader mentor in each school, briefed by us.",
          "A Partnership price of \u00a31,200 per SENCO."):
    doc.add_paragraph(s, style="List Number")

heading("3.2  Accreditation", 2)
p = para("The Award will be the University of Ousebridge's Certificate in Special Educational Needs "
         "Coordination. The University's School of Education and Lifelong Learning has approved the "
         "programme in principle and will validate it at an event on 18 March 2009, with Linnet "
         "Learning as an approved partner organisation. Your SENCOs will be registered students of "
         "the University.")
p = doc.add_paragraph()
r_lvl = p.add_run("Each SENCO chooses, by the end of the first term, whether to be assessed at Level 6 "
                  "(Graduate Certificate) or Level 7 (Postgraduate Certificate). Both routes carry 60 "
                  "credits and both lead to the National Award; the teaching is the same, and only the "
                  "assessment criteria differ. We expect most of your SENCOs to choose Level 7.")
doc.add_comment(r_lvl, text="Anna, I'm not sure the TDA will accept a Level 6 route for the National "
                "Award. Worth checking before the validation event. JP",
                author=AUTHOR, initials="JP")

heading("3.3  What the Award is for", 2)
para("The Award is there to make a difference to the Partnership's children and young people with "
     "SEN and disabilities: to how well they learn and also to how healthy, safe, happy and involved "
     "they are, and to their chances later in life. Everything in it is aimed at the SENCO's part in "
     "that. The School SEN Review asks each SENCO to judge their school's provision by what it "
     "achieves for pupils, and the Change Project must show its effect on a group of pupils using "
     "at least one measure of progress in learning and at least one measure of well-being, such as "
     "attendance, exclusions, pupils' own ratings of how safe and confident they feel, or "
     "participation in clubs and school life.")

heading("3.4  The year, term by term", 2)
table([
    ["Term", "Study days (Fridays, 9.15 to 3.30, Linnet Room, Fenmouth Enterprise Centre)", "Twilight workshops (4.00 to 6.00, Saltley Brook School)", "Online and in school"],
    ["Autumn 2009", "Day 1 The SENCO and the law\nDay 2 Using research and evidence\nDay 3 Development and difference", "W1 Case consultation: bringing a pupil to the group", "Audit meeting in school (September); online unit The Code in practice; start the School SEN Review"],
    ["Spring 2010", "Day 4 Communication, behaviour and autism\nDay 5 Assessment, planning and provision\nDay 6 Families and other services", "W2 In Saltley Brook classrooms: observing specialist teaching\nW3 Visit to the Hearing Support Base, Fenmouth High School", "School SEN Review due 26 February; online unit Data for SENCOs; plan the Change Project"],
    ["Summer 2010", "Day 7 Leading provision\nDay 8 Leading people", "W4 Change Projects: work in progress", "Change Project in school; report due 25 June; presentations at the heads' meeting, 9 July"],
], widths=[2.2, 5.6, 4.4, 4.2], font=9)

heading("3.5  The study days", 2)
table([
    ["Day", "Content", "Specialist contributors"],
    ["1  The SENCO and the law", "The SEN Code of Practice 2001 and what it asks of schools, SENCOs, governors and class teachers; the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and the school's accessibility plan; Every Child Matters and the SENCO's part in the five outcomes; the Education (Special Educational Needs Coordinators) (England) Regulations 2008; Northwold's funding for SEN", "Member of the Northwold Disabled People's Forum (disability equality)"],
    ["2  Using research and evidence", "Finding, reading and judging research on SEN; what the evidence says about common interventions; using outside advice well", "Dr Simon Reddaway, University of Ousebridge"],
    ["3  Development and difference", "How children develop and how SEN, disability, home and classroom affect development; cognition and learning needs, including moderate learning difficulties and dyslexia and other specific learning difficulties", "Northwold Dyslexia Association"],
    ["4  Communication, behaviour and autism", "Speech, language and communication needs; behavioural, emotional and social difficulties; autistic spectrum disorders; how each affects learning", "NHS speech and language therapist; CAMHS primary mental health worker"],
    ["5  Assessment, planning and provision", "Identifying pupils who may have SEN; setting and reviewing targets; tracking progress with P scales, national tests and school data; assessment for learning and how to help colleagues use it with pupils with SEN; provision mapping; ICT for access and learning", "\u2013"],
    ["6  Families and other services", "Working with parents and carers, including difficult conversations and explaining provision plainly; the work of educational psychology, health, social care and voluntary services; using other professionals' assessments; the Common Assessment Framework", "Dr Farida Qureshi (educational psychologist); Northwold Parent Partnership Service"],
    ["7  Leading provision", "The SEN policy; school self-evaluation and improvement planning and where SEN fits in them; working with governors and senior leaders; deploying and managing teaching assistants; reviewing with colleagues whether provision is working", "A Partnership headteacher"],
    ["8  Leading people", "Observing lessons and giving feedback; coaching and mentoring; planning and leading staff training; managing your own time and priorities", "\u2013"],
], widths=[3.6, 9.0, 3.8], font=9)

heading("3.6  How your SENCOs will be assessed", 2)
p = doc.add_paragraph()
r = p.add_run("Task 1: School SEN Review (Module 1, 30 credits; 4,500 words; due 26 February 2010). ")
r.bold = True
p.add_run("The SENCO reviews SEN provision in their own school: the SEN policy against the Code of "
          "Practice and the Disability Equality Duty; how the school contributes to the five Every "
          "Child Matters outcomes for pupils with SEN; how the school's self-evaluation deals with "
          "SEN; a provision map for one year group, showing gaps and provision that is not working; "
          "how teaching assistants are deployed and managed; how well assessment for learning is "
          "used with pupils with SEN, and what the SENCO has done to help colleagues develop it; "
          "interviews with two families about their experience of the school; a case study of one "
          "pupil, showing how needs were identified, how other professionals' assessments were used "
          "and what targets were set; and the school's links with outside services. The review ends "
          "with recommendations to the head and governors.")
p = doc.add_paragraph()
r = p.add_run("Task 2: Change Project (Module 2, 30 credits; 3,500-word report and 15-minute "
              "presentation; report due 25 June 2010). ")
r.bold = True
p.add_run("The SENCO plans and leads a change in their school, choosing either option A, a new or "
          "improved intervention for a group of pupils, or option B, a better pathway between the "
          "school and an outside service for a group of pupils. The report must include a short review "
          "of research, the plan with its timescale and who was given which task, how the head and "
          "senior leaders were brought on board, the approaches and resources used (including ICT), "
          "the decisions taken along the way and why, and baseline and follow-up measures for the "
          "pupils. The SENCO presents the project at the Partnership heads' meeting on 9 July; the "
          "tutor marks the presentation against the University's criteria.")
para("Each SENCO also keeps a Reflective Diary, which they bring to tutorials. It is not marked.")
para("Together, the tasks cover the national outcomes for SENCOs (Annex C). The University awards "
     "the Certificate to SENCOs who attend at least seven of the eight study days and pass both "
     "tasks.")
p = doc.add_paragraph()
p.add_run("Tasks are marked by the SENCO's tutor using the University's criteria for the level the "
          "SENCO has chosen. A second tutor marks every fail and a quarter of all other work, and the "
          "tutors meet to agree marks before they are released. ")
tracked_ins(p, "The University's external examiner for the programme will see a sample of work from "
               "both tasks, and marks will be confirmed by the University's Board of Examiners in "
               "July.")

# ---------------------------------------------------------------- 4
heading("4  Making it fit each SENCO")
heading("4.1  The audit and the Personal Plan", 2)
para("In September each SENCO completes our \u201cWhere am I now?\u201d audit, which turns the 28 "
     "national outcomes into plain questions, each answered on a four-point scale with a note of the "
     "evidence. The tutor then visits the SENCO in school for an hour, with the mentor if possible, "
     "and they agree a Personal Plan: what the SENCO already does well, the three or four outcomes "
     "that need most work, the SENCO's own targets for the year, the Change Project option and "
     "which parts of the study days to concentrate on. The Plan is reviewed at tutorials in January "
     "and May; each SENCO has three hours of tutorial time in the year.")
heading("4.2  Credit for earlier learning", 2)
p = doc.add_paragraph()
p.add_run("We can't give credit for earlier courses or experience against part of the Award: the "
          "University's regulations for this programme don't allow it. ")
tracked_del(p, "We can, however, count up to 20 credits from an earlier Ousebridge SEN module taken "
               "in the last five years. ")
p.add_run("The only alternative to the full course is the Direct Assessment route below.")
heading("4.3  Direct Assessment for experienced SENCOs", 2)
para("In exceptional circumstances, a SENCO who has led SEN in a school for several years and "
     "believes they already meet all 28 outcomes can apply for Direct Assessment instead of taking "
     "the course. They submit a portfolio of evidence from their own practice, mapped to every "
     "outcome, and then have a one-hour professional discussion with two assessors, one from "
     "Linnet Learning and one from the University. The portfolio and discussion are judged against "
     "the same outcomes and criteria as the course, and the SENCO either gains the Award or is "
     "told which outcomes still need evidence and offered the relevant study days. The fee is "
     "\u00a3650. We expect very few applications.")
heading("4.4  Who can join", 2)
para("The only entry requirements are qualified teacher status and a nomination from the head. We "
     "trust your judgement about who is ready; the audit is used to plan each SENCO's year, not to "
     "select.")
heading("4.5  Checks before a SENCO starts", 2)
para("The nomination form (Annex B) asks for the number and date of issue of the SENCO's enhanced "
     "CRB disclosure, and for the head to confirm that the school's pre-employment checks on the "
     "SENCO, including the List 99 check and references from previous employers, are recorded on "
     "its single central record. Our administrator checks the form at enrolment, and the tutor sees "
     "the disclosure certificate on the first study day. Nobody can start the course until both "
     "have been done. A SENCO who has not worked in a school in the previous three months must "
     "obtain a new enhanced disclosure before starting.")
heading("4.6  Access and adjustments", 2)
para("The nomination form asks each SENCO whether they have a disability or other need that we "
     "should plan for, and says why we ask. Anyone who says yes gets a phone call from the Programme "
     "Leader before the course starts to agree what will help. Adjustments we already make include "
     "sending materials a week in advance, printing in large type or on coloured paper, "
     "arranging parking next to the entrance, and using the hearing loop at Saltley Brook. For "
     "assessed work, we agree adjustments such as extra time or a recorded instead of a written "
     "review with the University's Disability Adviser, in the same way as for any University "
     "student. Both our venues have level access and accessible toilets. Day 1 is co-taught by a "
     "member of the Northwold Disabled People's Forum, and this proposal is available in large print "
     "and on audio CD.")

# ---------------------------------------------------------------- 5
heading("5  What the Award does not cover")
boxed([
    ("What the Award does not cover", True, False),
    ("Access arrangements for tests and examinations. Your exams officers handle these, and the "
     "awarding bodies run their own training; we don't cover them.", False, False),
    ("Pupil voice. Every Partnership school has its own school council and pupil voice work, and "
     "the heads told us this is already strong, so we haven't built a session on consulting pupils "
     "into the Award.", False, False),
    ("Statutory assessment casework. The Council's SEN Team trains SENCOs in writing advice for "
     "statutory assessments.", False, False),
], fill="F6F1E7")

# ---------------------------------------------------------------- 6
heading("6  Flexibility and the online units")
p = doc.add_paragraph()
p.add_run("All eight study days are on Fridays, in the order shown, for the whole group together: "
          "that was your choice, so that the Partnership's SENCOs learn as a team. ")
tracked_del(p, "A second group can start in January 2010 if there is demand. ")
p.add_run("If a SENCO misses a day, they can watch the recording of the main sessions on Linnet "
          "Online and book a half-hour phone call with the tutor to catch up. Deadlines can be "
          "extended by up to four weeks for illness or a crisis in school.")
para("Linnet Online is our password-protected website. It holds the two online units (The Code in "
     "practice, and Data for SENCOs, each about six hours of study with short quizzes), the "
     "recordings and slides from every study day, and the readings. Its \u201cAsk a tutor\u201d button "
     "sends an email to the SENCO's tutor, who replies within three working days, so help is "
     "available between study days. Tutors email each head a short progress note every half-term.")
p = doc.add_paragraph()
r_forum = p.add_run("There is no discussion forum on Linnet Online: we tried one on an earlier "
                    "course and it was hardly used, and your SENCOs will see each other at the "
                    "workshops.")
doc.add_comment(r_forum, text="We could add a forum if the heads want one. Ask at the March meeting? AF",
                author="Anna Fairclough", initials="AF")

# ---------------------------------------------------------------- 7
heading("7  What we ask of you")
for label, text in (
        ("Time.", "Release for the eight Friday study days and the four twilight workshops, and about "
         "two hours a week for reading and the tasks."),
        ("A mentor.", "A senior leader in each school to act as the SENCO's mentor. Mentors come to a "
         "90-minute briefing at Saltley Brook in September, where we go through the Mentor Guide: "
         "meeting the SENCO once a half-term, helping to agree the Change Project, and making sure "
         "the school's data can be used. The tutor phones each mentor once a term."),
        ("The nomination form.", "One for each SENCO, by 30 April, with the CRB details and "
         "confirmation described in 4.5."),
        ("The Change Project.", "Agreement to the project, and permission for the SENCO to send us "
         "the anonymised baseline and follow-up measures for the pupils involved (see 9)."),
        ("The heads' meeting on 9 July.", "An hour for the Change Project presentations.")):
    bullet(text, label)

# ---------------------------------------------------------------- 8
heading("8  Who will teach your SENCOs")
para("All three of us still work as SENCOs in Fenmouth schools four days a week.")
bullet("Programme Leader. SENCO, Saltley Primary School; MA in Inclusive Education; specific "
       "learning difficulties outreach teacher for Northwold 2001-06.", "Anna Fairclough.")
bullet("SENCO, Fenmouth High School; MEd; Certificate of Competence in Educational Testing; leads "
       "the secondary SENCO network in the north of the county.", "Mark Jessop.")
bullet("SENCO, Marsh Lane Junior School; Advanced Diploma in Specific Learning Difficulties; "
       "licensed Elklan tutor.", "Bernadette O'Neill.")
bullet("Associate tutor; educational psychologist with Northwold County Council until 2008; "
       "teaches Day 6 and acts as second marker.", "Dr Farida Qureshi.")
bullet("Senior Lecturer in Special Education, University of Ousebridge; link tutor for the "
       "programme.", "Dr Simon Reddaway.")
para("Each of us spends at least five days a year on our own professional development, and we "
     "review together each summer what has changed in SEN policy and practice and what needs to "
     "change in the course. Dr Qureshi and every guest contributor receive a briefing note on the "
     "course outcomes and on where their session fits, and Dr Qureshi joins the tutors' "
     "standardisation meeting, at which we mark sample scripts together, before each task is "
     "marked.")
para("Your SENCOs will also learn from specialists outside our team: the speech and language "
     "therapist, CAMHS worker, Parent Partnership officer, the Northwold Dyslexia Association and "
     "the Disabled People's Forum contribute to the study days listed in 3.5. Two of the twilight "
     "workshops are visits: W2 is spent in Saltley Brook classrooms observing specialist teachers "
     "of pupils with complex needs, with time to talk to them afterwards, and W3 at the Hearing "
     "Support Base at Fenmouth High School.")
para("Our courses are always up to date: we work in schools every week and keep abreast of current "
     "research.")
para("Resources: every SENCO has a University library card, with access to online journals from "
     "home, and Linnet Online holds the readings and recordings for the course. We bring a box of "
     "books on each study day that SENCOs can borrow.")

# ---------------------------------------------------------------- 9
heading("9  How we will know it is working")
para("We will evaluate the course in several ways. Every study day and workshop ends with a short "
     "evaluation form. At the January tutorials we ask each SENCO how the course is going for them "
     "and what should change. The tutors meet after every study day to go through the evaluations "
     "and agree changes. The University's annual monitoring report and the external examiner's "
     "report give an outside view, and Dr Reddaway observes one study day each term and writes a "
     "short report for us. After each term we write an action plan from all of this and tell the "
     "SENCOs what we have changed.")
para("We will send you, the heads, a short summary of the evaluations each term and a full "
     "evaluation report at the end of the year.")
para("To show the effect on your SENCOs and their pupils, we will use three measures. For "
     "competence: the results of the two tasks. For confidence: each SENCO repeats the \u201cWhere am "
     "I now?\u201d audit in July, and we compare it with September. For pupils: each Change Project "
     "records baseline and follow-up measures for its group of pupils; the SENCOs send us these "
     "anonymised results, and we combine them in an Impact Tracker, so that the final evaluation "
     "report shows what changed for how many pupils across the Partnership. We will ask the SENCOs "
     "to send the same measures again in July 2011, a year after the course, to see whether the "
     "changes have lasted.")

# ---------------------------------------------------------------- 10
heading("10  Investment")
t = doc.add_table(rows=5, cols=3)
t.style = "Table Grid"
vals = [["", "Price per SENCO", "What is included"],
        ["Standard price", "\u00a31,350", "University registration and certificate; eight study days with lunch; four workshops; Linnet Online; three hours of tutorials; marking and moderation; mentor briefing and Mentor Guide"],
        ["Partnership price (12 places)", "\u00a31,200", ""],
        ["Direct Assessment route", "\u00a3650", "Portfolio guidance; professional discussion; University registration and certificate"],
        ["Supply cover (your cost, estimate)", "about \u00a31,400", "Eight days at the Northwold supply rate; twilights need no cover"]]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        c = t.cell(i, j)
        c.text = ""
        rr = c.paragraphs[0].add_run(v)
        rr.font.size = Pt(9.5)
        if i == 0:
            rr.bold = True
            shade(c, "EFE6D8")
merged = t.cell(1, 2).merge(t.cell(2, 2))
for row in t.rows:
    row.cells[0].width = Cm(4.6)
    row.cells[1].width = Cm(2.8)
    row.cells[2].width = Cm(9.0)
doc.add_paragraph()
para("At \u00a31,200 a place, the teaching and tutorial time works out at about \u00a319 an hour per "
     "SENCO, less than a typical one-day course bought in. Because the work is done in your schools, "
     "each school also gets a review of its SEN provision and a tested change for a group of "
     "pupils. Invoices are raised in two halves, in October and April.")
para("When they finish, we'll send each SENCO details of the University's MA modules and of the "
     "other courses we run.")

# ---------------------------------------------------------------- 11, 12
heading("11  Why a community interest company?")
para("Linnet Learning was set up in 2007 by three Fenmouth SENCOs who wanted SEN training in the "
     "district to be shaped by people who do the job. We are a community interest company: our "
     "shareholders' dividends are capped by law and most of any surplus goes back into SEN in "
     "Fenmouth. We believe every child deserves a SENCO who is confident, well trained and listened "
     "to, and we believe that schools working together can do far more than any school alone.")
heading("12  Next steps")
for s in ("Let us know by 27 February whether the Partnership would like to go ahead.",
          "Nominations, with the forms in Annex B, by 30 April 2009.",
          "Mentor briefing and audit meetings in September 2009; Day 1 on Friday 18 September."):
    doc.add_paragraph(s, style="List Number")

# ---------------------------------------------------------------- Annex A, B
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
heading("Annex A  Dates, 2009-10")
table([
    ["Session", "Date", "Where"],
    ["Mentor briefing", "Wednesday 16 September 2009, 4.00", "Saltley Brook School"],
    ["Day 1", "Friday 18 September 2009", "Linnet Room, Fenmouth Enterprise Centre"],
    ["Day 2", "Friday 16 October 2009", "Linnet Room"],
    ["W1", "Tuesday 10 November 2009", "Saltley Brook School"],
    ["Day 3", "Friday 27 November 2009", "Linnet Room"],
    ["Day 4", "Friday 15 January 2010", "Linnet Room"],
    ["W2", "Tuesday 2 February 2010", "Saltley Brook School"],
    ["Day 5", "Friday 5 March 2010", "Linnet Room"],
    ["W3", "Tuesday 16 March 2010", "Hearing Support Base, Fenmouth High School"],
    ["Day 6", "Friday 26 March 2010", "Linnet Room"],
    ["Day 7", "Friday 30 April 2010", "Linnet Room"],
    ["W4", "Tuesday 18 May 2010", "Saltley Brook School"],
    ["Day 8", "Friday 4 June 2010", "Linnet Room"],
    ["Presentations", "Friday 9 July 2010", "Partnership heads' meeting, Saltley Primary School"],
], widths=[3.2, 6.0, 7.2], font=9)

heading("Annex B  Nomination form (extract)")
table([
    ["Nomination for the National Award for SEN Coordination, 2009-10", ""],
    ["Name of SENCO", ""],
    ["School", ""],
    ["Enhanced CRB disclosure number", ""],
    ["Date of issue", ""],
    ["Has the SENCO worked in a school throughout the last three months?", "Yes / No"],
    ["Does the SENCO have a disability or other need we should plan for? (We ask so that we can make adjustments before the course starts.)", ""],
    ["Name of mentor (senior leader)", ""],
    ["I confirm that the school's pre-employment checks on this teacher, including the List 99 check and references, are recorded on our single central record.", "Signed (headteacher)"],
], widths=[11.0, 5.4], font=9)

# ---------------------------------------------------------------- Annex C
heading("Annex C  For the TDA panel: the national outcomes in the Award")
para("Where each national outcome is taught (study day or workshop) and assessed. Task 1: School "
     "SEN Review. Task 2: Change Project report and presentation.", size=9.5)
groups = [
    ("Professional attributes", [
        ("Fair, respectful, supportive relationships with pupils with SEN and their parents or carers", "Day 6", "Task 1 (family interviews)"),
        ("Gaining the commitment of colleagues, including the head and senior leaders", "Day 7", "Task 2"),
        ("Prioritising, managing time and delegating", "Day 8", "Task 2 (plan and tasks given to others)"),
        ("Anticipating and resolving problems; sound decisions on provision", "Day 5", "Task 2"),
        ("Clear speech and writing; listening to others", "All", "Task 1; Task 2 presentation"),
        ("Using research and outside advice to improve practice", "Day 2", "Task 2 (review of research)"),
        ("Keeping up to date; own CPD on SEN and disability", "Day 2", "Reflective Diary (not marked)"),
    ]),
    ("Professional knowledge and understanding", [
        ("SEN law and guidance, including the Code of Practice", "Day 1", "Task 1"),
        ("Every Child Matters and the SENCO's part in it", "Day 1", "Task 1"),
        ("Disability equality law and what it requires", "Day 1", "Task 1"),
        ("How children develop and what affects development", "Day 3", "\u2013"),
        ("The common types of SEN and disability", "Days 3 and 4", "Task 1 (case study)"),
        ("Approaches, strategies and resources, including ICT", "Day 5", "Task 2"),
        ("School self-evaluation and improvement", "Day 7", "Task 1"),
        ("Best practice and research on SEN", "Day 2", "Task 2 (review of research)"),
        ("The role of outside agencies; getting specialist help", "Day 6", "Task 2, option B only"),
    ]),
    ("Professional skills", [
        ("With senior leaders and governors, shaping an inclusive ethos, policies and resources", "Day 7", "Task 1 (recommendations); Task 2"),
        ("Identifying pupils, setting targets, planning interventions, reviewing progress", "Day 5", "Task 1 (case study)"),
        ("Using other professionals' assessments", "Day 6", "Task 1 (case study)"),
        ("Using summative assessment and national tests to track progress", "Day 5", "Reflective Diary (not marked)"),
        ("Helping colleagues develop formative assessment", "Day 5", "Task 1"),
        ("Access arrangements for tests and examinations", "Not part of the Award (see 5)", "\u2013"),
        ("Provision mapping; finding missing or ineffective provision", "Day 5", "Task 1"),
        ("Deploying and managing staff", "Day 7", "Task 1"),
        ("Supporting colleagues' professional development", "Day 8", "\u2013"),
        ("Reviewing provision with colleagues for school self-evaluation", "Day 7", "Task 1"),
        ("Involving pupils in planning and reviewing their provision", "Not part of the Award (see 5)", "\u2013"),
        ("Liaising with parents and carers", "Day 6", "Task 1 (family interviews)"),
        ("Working with other services and voluntary organisations", "Day 6", "Task 1"),
    ]),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for j, hname in enumerate(("National outcome (shortened)", "Taught", "Assessed")):
    c = t.cell(0, j)
    c.text = ""
    rr = c.paragraphs[0].add_run(hname)
    rr.bold = True
    rr.font.size = Pt(9)
    shade(c, "EFE6D8")
for gname, items in groups:
    cells = t.add_row().cells
    m = cells[0].merge(cells[1]).merge(cells[2])
    m.text = ""
    rr = m.paragraphs[0].add_run(gname)
    rr.bold = True
    rr.italic = True
    rr.font.size = Pt(9)
    shade(m, "F6F1E7")
    for a, b, c3 in items:
        cells = t.add_row().cells
        for j, v in enumerate((a, b, c3)):
            cells[j].text = ""
            rr = cells[j].paragraphs[0].add_run(v)
            rr.font.size = Pt(9)
for row in t.rows:
    row.cells[0].width = Cm(9.4)
    row.cells[1].width = Cm(3.0)
    row.cells[2].width = Cm(4.0)

doc.save(OUT)
print("wrote", OUT)
