"""Build dz-02-rookwell-writers-brief.docx (blind test application).

KIND OF DOCUMENT
  A publisher's COMMISSIONING BRIEF FOR UNIT WRITERS AND CRITICAL READERS:
  the Managing Editor's working brief to the authors who are writing the
  award's four distance-learning study units, sent to the TDA with a short
  covering letter because it is "where the programme is described most
  fully".  It is addressed to writers in the second person ("your unit
  must ..."), and carries house style, a blank unit template, unit-by-unit
  briefs with word counts and deadlines, what writers need to know about
  assessment, how drafts are checked, fees and permissions, and an
  appendix of outcomes with "Developed in" and "Evidence for the award"
  columns.  Version 3, still carrying the Managing Editor's tracked changes
  from version 2 and three Word comments.

PROVIDER (invented)
  Rookwell Education Ltd: a national educational publisher of SEN resources
  (the "SEN Update" subscription, the Rookwell SEN Resource Bank, assistive
  technology software) with a national INSET arm.  Partner: Redhallow
  University, Faculty of Education, which has agreed to validate; the
  validation event is fixed for 10 June 2009.  People: Dr Imogen Trask
  (Director of Professional Learning), Gwen Latimer (Managing Editor),
  Dr Paul Greatorex (Head of CPD, Redhallow), writers Dr Harriet Okafor,
  Marcus Levinson, Dr Anjali Dutt, Rachel Amory.

LAYOUT
  Covering letter on a typed letterhead (manual line breaks in the
  address block); then the brief, with Heading 1/2 styles numbered by hand
  ("Part 2  House style", "2.5 Please don't"), a typed contents list, a
  "They said / So we" table, a blank unit template table full of
  [placeholders], four unit briefs each opening with a small field table
  (writer, words, delivery, critical readers), a portfolio items table, a
  writers' schedule and fees table, and Appendix A with merged group rows.
  Real tracked changes (w:ins / w:del, author Gwen Latimer), including one
  whole deleted paragraph and an insertion inside an appendix cell.  Three
  Word comments.  Page header and footer.

TRAPS (requirement ids affected)
  - House-style "don'ts" carry negations: "there is no accreditation of
    prior learning on this award, and no route to the award by assessment
    alone" (2.1, 2.3 not_met).  The sentence offering 20 credits of APL is
    a tracked DELETION (2.1 still not_met).
  - Starting Line: used to screen entry (with guidance and a call to the
    head: 5.2 met), but the sentence turning it into an Individual Learning
    Plan with personal outcomes is a tracked DELETION; the e-tutor "uses it
    to welcome you" (2.2 partially_met).
  - Placement week in a special school is a tracked DELETION in Unit 3;
    specialist webinars remain (5.5 partially_met).
  - Access arrangements for tests and examinations are a tracked INSERTION
    in Unit 2 and in Appendix A's "Developed in" cell; the evidence cell is
    "-" (6.S2d partially_met: developed, not assessed).
  - Unit template: "[Unit number and title]", "[3-6 outcomes ...]"
    placeholders; never evidence.
  - Credit value "30 or 60 credits", to be decided at validation (E.2
    partially_met); validation itself is agreed and dated (E.1 met).
  - Aims speak of attainment and progress only; the five outcomes are a
    Unit 1 topic checked by an unsubmitted self-check (1.1, 6.K2
    partially_met).
  - Parents "one short optional reading and an optional activity" (1.7,
    6.S8 partially_met; 6.A1 partially_met because only the pupil side is
    assessed in the Project); a comment wants it required (not part).
  - Portfolio optional items "are not required and are not assessed":
    O1 (6.K3), O2 (6.S2b), O3 (6.S8, 6.A1), O4 (6.A3) partially_met.
    Self-checks "not submitted": 6.K2, 6.K7, 6.S4 partially_met.
  - Child development explicitly out of scope ("the materials do not teach
    child development"; Appendix "Not covered") (6.K4 not_met); a comment
    says the University may insist (not part).
  - Formative assessment: no row in Appendix A, nothing in any unit
    (6.S2c not_met).
  - Blanket claim in the covering letter that Appendix A shows every
    outcome "developed in a unit and evidenced in the Project or the
    Portfolio" (1.9, 6.0 partially_met); the award rule (Project passed
    and every required item signed off) is concrete.
  - Marking: who marks is stated, but "How marking is checked is for
    Redhallow to decide and is not yet settled"; a comment asks whether the
    University moderates (5.8 not_met).
  - Evaluation of the running programme is the unit feedback survey only;
    the University's arrangements "are outside this brief" (5.1
    partially_met).  Impact: Starting Line repeated and the Project's
    baseline and follow-up pupil measures collated into an annual impact
    report (5.9 met).
  - Stakeholders as critical readers of drafts (a SENCO, an LA adviser, a
    parents' forum member) but a readers' panel for evaluation is only
    "We are considering" (4.3 partially_met).
  - e-tutors get a training day; their Tutor Notes are "to be commissioned
    separately"; school mentors "receive a letter" (5.7 partially_met).
  Met where a writers' brief would not be expected to answer: 3.1 and 5.3
  in the covering letter; 3.3 in Part 1 (e-tutor replies, fortnightly
  webinars, moderated forums, head's progress e-mails); 4.1 and 4.2 in
  "Your readers" and the "They said / So we" table.
"""
import os

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dz-02-rookwell-writers-brief"
OUT = os.path.join(HERE, NAME + ".docx")

AUTHOR = "Gwen Latimer"
DATE = "2009-03-09T10:15:00Z"
_rev = [100]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(5)

for s in doc.sections:
    s.left_margin = Cm(2.5)
    s.right_margin = Cm(2.5)
    hp = s.header.paragraphs[0]
    hp.text = "Rookwell Education  -  SENCO Award units  -  Brief for writers v3  -  CONFIDENTIAL"
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = ("(c) Rookwell Education Ltd 2009. Not for circulation beyond the writing "
               "team. Rookwell: the SEN specialists since 1979.")
    fp.runs[0].font.size = Pt(8)


def shade(cell, fill):
    pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def para(text="", bold=False, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def _run(text, deleted=False, bold=False, size=None):
    r = OxmlElement("w:r")
    if bold or size:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if size:
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rpr.append(sz)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _wrap(kind, run):
    el = OxmlElement("w:" + kind)
    _rev[0] += 1
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    el.append(run)
    return el


def tracked(p, segments, size=None):
    """segments: list of (kind, text), kind in '', 'ins', 'del'."""
    for kind, text in segments:
        if kind == "":
            p._p.append(_run(text, size=size))
        elif kind == "ins":
            p._p.append(_wrap("ins", _run(text, size=size)))
        else:
            p._p.append(_wrap("del", _run(text, deleted=True, size=size)))
    return p


def tpara(segments, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    return tracked(p, segments)


def deleted_paragraph(text):
    """A whole paragraph deleted, paragraph mark included."""
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    _rev[0] += 1
    d.set(qn("w:id"), str(_rev[0]))
    d.set(qn("w:author"), AUTHOR)
    d.set(qn("w:date"), DATE)
    rpr.append(d)
    ppr.append(rpr)
    p._p.append(_wrap("del", _run(text, deleted=True)))
    return p


def table(rows, widths=None, header=True, size=9, fill="E4E0D8"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def fields(pairs):
    t = doc.add_table(rows=len(pairs), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(pairs):
        a, b = t.cell(i, 0), t.cell(i, 1)
        a.text, b.text = "", ""
        ra = a.paragraphs[0].add_run(k)
        ra.bold = True
        ra.font.size = Pt(9)
        shade(a, "F1EEE8")
        rb = b.paragraphs[0].add_run(v)
        rb.font.size = Pt(9)
        a.width, b.width = Cm(3.5), Cm(12.5)
    doc.add_paragraph()


# ================================================================ LETTER
p = doc.add_paragraph()
r = p.add_run("ROOKWELL EDUCATION LTD")
r.bold = True
r.font.size = Pt(14)
r.add_break(WD_BREAK.LINE)
r2 = p.add_run("Professional Learning Division")
r2.add_break(WD_BREAK.LINE)
r3 = p.add_run("Rookwell House, 14 Chandlers Wharf, Easterby EB3 7QP")
r3.add_break(WD_BREAK.LINE)
p.add_run("Telephone 01960 440 210  |  www.rookwell-education.co.uk")

p = doc.add_paragraph()
p.add_run("SENCO Approvals Team").add_break(WD_BREAK.LINE)
p.add_run("Training and Development Agency for Schools").add_break(WD_BREAK.LINE)
p.add_run("16 March 2009")

para("Dear colleagues,")
para("Application for approval: National Award for SEN Coordination (Rookwell "
     "Education with Redhallow University)", bold=True)
para("Our programme is a distance-learning course built round four study units that "
     "we are now writing. When we came to prepare this application we found that the "
     "place where the programme is described most fully is the brief our Managing "
     "Editor gave to the writers, because the writers needed to know everything about "
     "the course in order to write for it. We therefore enclose the brief (version 3) "
     "as our application. We have left it as the writers have it, with Gwen "
     "Latimer's revisions from version 2 still showing. This letter adds the things "
     "a writer does not need to know.")
para("Accreditation. Redhallow University's Faculty of Education has agreed to "
     "validate the programme as a Postgraduate Certificate, and the validation event "
     "is fixed for 10 June 2009; the University will make the award. It will be at "
     "Master's level. The University has asked us to propose at the event whether it "
     "should be a 30-credit or a 60-credit award; that depends on the final study "
     "hours, which we will know when the units are written.")
para("Entry. Applicants must hold QTS, work in a school, and be its SENCO or be "
     "about to become it. The headteacher completes a nomination form. Every "
     "applicant completes Starting Line, our online self-review against the national "
     "minimum outcomes (Part 1 of the brief), before a place is offered, and a "
     "Course Office adviser telephones them to talk it through. If the review and the "
     "nomination together show that an applicant is not yet in a position to reach "
     "the outcomes within the course, the adviser writes to them setting out what "
     "they should do first, rings the headteacher, and holds a place on a later "
     "intake.")
para("Suitability to work with children. The head's nomination form asks the "
     "school to confirm that the applicant has a current enhanced CRB disclosure, "
     "has been checked against List 99, and was appointed with references taken in "
     "line with chapter four of Safeguarding Children and Safer Recruitment in "
     "Education (DCSF, 2006), including a check with the previous employer that "
     "there were no concerns about conduct. The Course Office does not offer a "
     "place until the form is returned with these confirmed. An applicant who has "
     "not worked in a post with regular contact with children in the last three "
     "months must obtain a new enhanced disclosure, through Rookwell as a "
     "registered body, before starting.")
para("Access and adjustments. The application form invites applicants to tell us "
     "about any disability or other need, and explains why; our Access Coordinator "
     "contacts everyone who does so within five working days. Adjustments are agreed "
     "with the University's Disability Service and can include materials in audio, "
     "large print, Braille or electronic text, extra time and alternative formats "
     "for assessment, a BSL interpreter or lipspeaker at study days, and help with "
     "travel to the study days, all of which are held in venues we have checked for "
     "access. Our brochure and website are produced to the same accessible house "
     "style as the units (Part 2) and say plainly that disabled applicants are "
     "welcome and how to ask for adjustments. Our equality scheme covers race, "
     "disability and gender, and the programme is monitored under it.")
para("Cost. The fee is £1,280, which includes all materials, the online study area, "
     "the three study days and the University's fees.")
para("Appendix A of the brief shows that every national outcome is developed in a "
     "unit and evidenced in the Project or the Portfolio.")
para("Yours faithfully,")
para("Dr Imogen Trask, Director of Professional Learning, Rookwell Education")
para("Dr Paul Greatorex, Head of Continuing Professional Development, Faculty of "
     "Education, Redhallow University")
doc.add_page_break()

# ================================================================ BRIEF
para("SENCO AWARD: DISTANCE-LEARNING STUDY UNITS", bold=True, size=15)
para("Brief for unit writers and critical readers", bold=True, size=13)
para("Version 3, 9 March 2009. Managing Editor: Gwen Latimer. Please read the whole "
     "of this brief before you start, even the parts about other people's units.",
     italic=True)
para("Contents: Part 1 The course and your readers.  Part 2 House style.  Part 3 The "
     "unit template.  Part 4 Unit briefs.  Part 5 Assessment: what you need to know.  "
     "Part 6 How your draft will be checked.  Part 7 Practicalities.  Appendix A "
     "Outcomes.", size=9)

# ---------------------------------------------------------------- Part 1
h1("Part 1  The course and your readers")
h2("1.1 The course in brief")
para("You are writing for a one-year, part-time distance-learning course that leads "
     "to Redhallow University's Postgraduate Certificate (National Award for SEN "
     "Coordination). The course has four study units, published in print and on "
     "Rookwell Online; three study days; a school-based Project; and a Portfolio of "
     "evidence. Participants can start in January, May or September. Everyone "
     "studies Unit 1 first; Units 2, 3 and 4 can then be taken in any order, so "
     "please do not write \"as you saw in Unit 3\" anywhere in Unit 2. Most people "
     "will finish in twelve months; anyone can extend to twenty-four without "
     "penalty.")
para("Rookwell Online is where participants do the ONLINE activities in your unit. "
     "Each participant belongs to an e-tutor group of twelve. The e-tutor answers "
     "messages within two working days, moderates the group's forum, and runs a "
     "one-hour live webinar every fortnight in which participants can ask about "
     "whatever they are working on; webinars are recorded for those who cannot "
     "attend. Participants are also put into study trios that meet online between "
     "webinars. The Course Office e-mails each participant's headteacher a short "
     "progress summary at the end of Units 1, 2 and 4, and the e-tutors share "
     "practice in their own online staff room. Please write ONLINE activities so that "
     "they lead somewhere the e-tutor can pick up in the forum.")
para("The three study days (Day A after Unit 1, Day B in the middle of the course, "
     "Day C at the end) are held in six regional venues. Between them there are "
     "specialist webinars with an educational psychologist, a speech and language "
     "therapist and an assistive technology specialist; writers of Units 2 and 3 "
     "should point to them.")
h2("1.2 Starting Line")
tpara([
    ("", "Before a place is offered, every participant completes Starting Line, an "
         "online self-review in which they rate themselves against each national "
         "minimum outcome and write a sentence about their experience. "),
    ("del", "The e-tutor then turns it into an Individual Learning Plan, with a "
            "personal set of outcomes for each participant, which is reviewed at "
            "every study day. "),
    ("", "Your e-tutor reads it and uses it to welcome you to the group. Please refer "
         "to it in Unit 1 (\"look back at what you wrote in Starting Line\"). "
         "Starting Line is repeated at the end of the course."),
])
h2("1.3 Your readers")
para("Your reader is a teacher in her or his first or second year as a SENCO, "
     "working full time, probably in a primary school, reading in the evenings and at "
     "weekends. We know a good deal about these readers. In autumn 2008 we surveyed "
     "the SENCOs who subscribe to SEN Update and had 612 replies. We also ran a "
     "reference group of SEN advisers from eight local authorities (three meetings, "
     "October 2008 to January 2009), and we have the evaluation forms from 3,100 "
     "teachers who came to our INSET days on SEN in 2007-08. The survey told us that:")
bullets([
    "83% could not be released for more than three days in a school year;",
    "76% wanted to be able to start at a time of their choosing;",
    "69% said practical examples from a school like theirs mattered more to them "
    "than anything else;",
    "the topics they most needed were the law (79%), leading and deploying "
    "teaching assistants (72%) and working with the head and governors (64%).",
])
h2("1.4 What they told us, and what we changed")
table([
    ["They said", "So we"],
    ["\"I can't get out of school.\" (survey)",
     "made the course distance-learning with three study days, and moved the "
     "specialist sessions to recorded webinars"],
    ["\"I want to start when I'm ready.\" (survey)",
     "added January and May starts to September"],
    ["\"Show me a school like mine.\" (survey, INSET forms)",
     "asked every writer for parallel primary and secondary examples, and a special "
     "school example in Units 2 and 4"],
    ["\"New SENCOs are lost when it comes to governors.\" (LA reference group)",
     "made the meeting with the head and the SEN governor a required Portfolio item "
     "(P6)"],
    ["\"They need to see the whole agency picture.\" (LA reference group)",
     "gave agencies their own section in Unit 3 and a required agency map (P5)"],
], widths=[6.5, 9.5])
h2("1.5 What the course is for")
para("The course exists to help SENCOs raise the attainment and progress of the "
     "pupils with SEN and/or disabilities in their schools. Every unit should keep "
     "that reader's pupils in view: ask, at the end of each section, what difference "
     "this will make to a pupil's progress.")

# ---------------------------------------------------------------- Part 2
h1("Part 2  House style")
h2("2.1 Voice")
para("Write to the reader as \"you\". Be warm, direct and practical, and write as a "
     "colleague who has done the job. Say \"pupils with SEN and/or disabilities\", "
     "never \"SEN pupils\" or \"the SEN\". Avoid jargon you do not explain.")
h2("2.2 Accessible text")
para("Our units are read by people with dyslexia and visual impairments, in print, "
     "large print, audio and on screen readers. So: short paragraphs; no more than one "
     "idea in a sentence where you can manage it; real headings, not bold text; no "
     "information carried only by colour; alternative text for every figure; no "
     "scanned pages. The production team makes the large print, audio and Braille "
     "versions from your final text.")
h2("2.3 Accuracy and sources")
para("Every statement about the law is checked by our legal reader, so cite the "
     "Education Act 1996, SENDA 2001, the DDA and the SEN Code of Practice (2001) by "
     "section or paragraph. Use sources published since 2000 unless a source is a "
     "classic, and draw on at least the sources listed in your unit brief.")
h2("2.4 Case material")
para("Invent your case studies or use ones you have permission for. Never use a real "
     "pupil's name, photograph or school. Every photograph in the units must have a "
     "signed consent form on file at Rookwell.")
h2("2.5 Please don't")
tpara([
    ("", "Please do not promise readers anything the course does not provide. In "
         "particular, there is no accreditation of prior learning on this award, and "
         "no route to the award by assessment alone; if a reader might wonder about "
         "either, say only that questions about entry go to the Course Office. "),
    ("del", "Experienced readers can claim up to 20 credits for earlier Master's-level "
            "study; mention this in Unit 1. "),
    ("", "Do not describe any activity as \"assessed\" unless Appendix A says that it "
         "is. Do not recommend commercial products by name, including ours."),
])

# ---------------------------------------------------------------- Part 3
h1("Part 3  The unit template")
para("Every unit follows the same template. Fill it in for your own unit; the "
     "production team will set it.")
table([
    ["Element", "What goes here"],
    ["Title", "[Unit number and title]"],
    ["Unit aims", "[Two or three sentences. Say what the reader will be able to do "
                  "differently in school.]"],
    ["By the end of this unit you will be able to", "[3-6 outcomes, using the "
                                                    "wording in Appendix A]"],
    ["Sections", "[4-6 sections of 2,500-4,000 words each]"],
    ["Activities", "Marked with the icons READ, THINK, IN YOUR SCHOOL, ONLINE and "
                   "PORTFOLIO. At least one IN YOUR SCHOOL activity in every section, "
                   "something a SENCO can do in her or his own school within a week."],
    ["Portfolio evidence", "[Item code and title from Appendix A]"],
    ["Self-check", "[10 questions with answers at the back of the unit]"],
    ["Key reading", "[6-10 items, with a sentence on each]"],
    ["Summary and next steps", "[Half a page]"],
], widths=[4.5, 11.5])

# ---------------------------------------------------------------- Part 4
h1("Part 4  Unit briefs")
h2("Unit 1  The SENCO, the law and the evidence")
fields([
    ("Writer", "Dr Harriet Okafor (Senior Lecturer, Redhallow University; SENCO for "
               "eight years)"),
    ("Length", "18,000 words plus activities"),
    ("Delivery", "First draft 30 April 2009; final 12 June 2009"),
    ("Critical readers", "A practising SENCO; an LA SEN adviser; Rookwell's legal "
                         "reader"),
])
para("Your unit must take the reader through the Education Act 1996 Part IV, SENDA "
     "2001 and the SEN Code of Practice (2001), and what each requires of the school, "
     "the governors and the SENCO, with the Education (SENCO) Regulations 2008; the "
     "Disability Discrimination Acts 1995 and 2005, the disability equality duty and "
     "accessibility planning; and Every Child Matters, the five outcomes and the "
     "SENCO's part in them. Its second half is about evidence: how to read research "
     "and inspection reports critically and use them to change practice, your own "
     "and your colleagues'. Draw at least on Ofsted (2004) Special educational needs "
     "and disability: towards inclusive schools, Ofsted (2006) Inclusion: does it "
     "matter where pupils are taught?, the Bercow Review (2008) and the terms of "
     "reference of the Lamb Inquiry. End with a section on writing at Master's level.")
para("Portfolio: P1 (required), an audit of the school's SEN policy and practice "
     "against the law and the Code. Optional: O1, a review of the school's "
     "accessibility plan. Self-check: Every Child Matters.")

h2("Unit 2  Identifying need and planning provision")
fields([
    ("Writer", "Marcus Levinson (LA SEN adviser; former secondary SENCO)"),
    ("Length", "20,000 words plus activities"),
    ("Delivery", "First draft 15 May 2009; final 26 June 2009"),
    ("Critical readers", "A practising SENCO (secondary); a University tutor"),
])
tpara([
    ("", "Your unit must cover the main areas of need (behavioural, emotional and "
         "social difficulties; specific learning difficulties, including dyslexia; "
         "speech, language and communication needs; autistic spectrum disorders; "
         "moderate learning difficulties) and how each affects learning; identifying "
         "pupils who may have SEN from observation, data and assessment; setting "
         "challenging targets; planning, running and reviewing an intervention; using "
         "the assessments of educational psychologists, therapists and advisory "
         "teachers to shape teaching; a critical look at approaches, strategies and "
         "resources, including ICT; and using summative data, including national "
         "tests, to track progress and change programmes"),
    ("ins", "; and special arrangements for tests and examinations: what has to be "
            "applied for, by whom and by when, for Key Stage tests and GCSE (JCQ "
            "rules)"),
    ("", ". Use Brooks (2007) What works for children with literacy difficulties? and "
         "the Inclusion Development Programme materials. This unit launches the "
         "Project (Part 5)."),
])
para("Note: the materials do not teach child development. Redhallow assumes that "
     "participants bring it from initial teacher training, so please do not add a "
     "section on it.")
para("Portfolio: the Project starts here. Optional: O2, a tracking sheet for a group "
     "of pupils with SEN.")

h2("Unit 3  Pupils, families and services")
fields([
    ("Writers", "Dr Anjali Dutt (educational psychologist) with Rachel Amory"),
    ("Length", "16,000 words plus activities"),
    ("Delivery", "First draft 29 May 2009; final 10 July 2009"),
    ("Critical readers", "A practising SENCO; a member of the Ashmead Parents' "
                         "Forum; an LA SEN adviser"),
])
para("Your unit has three sections. The first, and longest, is about hearing the "
     "pupil: structured interviews, questionnaires and person-centred reviews, and "
     "how a SENCO helps colleagues involve pupils in setting, agreeing and reviewing "
     "their own targets and provision. The second covers the services a SENCO works "
     "with: educational psychology, speech and language therapy, CAMHS, social care, "
     "the sensory services, voluntary organisations, the CAF and the lead "
     "professional, and how to get specialist support and resources. The third, "
     "Parents as partners, is one short optional reading and an optional activity.")
deleted_paragraph("Unit 3 also includes a placement week in a special school or "
                  "resource base, arranged by Rookwell; please write a short section "
                  "preparing readers for it.")
para("Portfolio: P5 (required), an agency map for the school with a commentary on "
     "how one pupil's support was coordinated. Optional: O3, the notes of a meeting "
     "with a pupil's parents or carers.")

h2("Unit 4  Leading provision and leading people")
fields([
    ("Writer", "Rachel Amory (deputy headteacher; SENCO for eleven years)"),
    ("Length", "20,000 words plus activities"),
    ("Delivery", "First draft 12 June 2009; final 24 July 2009"),
    ("Critical readers", "A headteacher; a practising SENCO; a University tutor"),
])
para("Your unit must cover provision mapping and costing, finding provision that is "
     "missing or not working, and reviewing provision with class teachers and "
     "teaching assistants so that the findings feed the school's self-evaluation; "
     "working with the head, senior leaders and governors on an inclusive SEN policy, "
     "priorities and the use of resources, and winning their commitment; deploying "
     "and managing teaching assistants (use the DISS project's 2008 findings); "
     "supporting colleagues by observing lessons and giving feedback, modelling, "
     "coaching and running training; school self-evaluation and the SEF; managing "
     "time and delegating; and a section of \"What would you do?\" scenarios on "
     "anticipating problems and making decisions about provision.")
para("End the unit with \"Your next steps\": how to keep up to date (journals, "
     "networks, the SEN Update e-bulletin), and the template My Development Plan, in "
     "which the reader sets professional targets for the following year and agrees "
     "them with the headteacher at performance management.")
para("Portfolio: P3, P4, P6, P7 and P8 (all required). Optional: O4, a two-week time "
     "audit. Self-checks: deploying teaching assistants; school self-evaluation.")

# ---------------------------------------------------------------- Part 5
h1("Part 5  Assessment: what you need to know")
para("You do not write assessment tasks; Redhallow sets them. But your activities "
     "must lead into them, so you need to know what they are.")
para("The Project (5,000 words, marked by University tutors). Each participant "
     "improves provision for one pupil or a small group: baseline measures; "
     "identification of needs using the school's own assessments and other "
     "professionals' reports; an account of the pupil's needs set within the main "
     "areas of need; targets; an intervention of eight to twelve weeks; a structured "
     "interview with the pupil, and the pupil's part in setting and reviewing the "
     "targets; a critical evaluation of the approaches and resources used, including "
     "ICT, drawing on research and best practice; follow-up measures. It is marked "
     "for the quality of the analysis, the use of evidence and research, the "
     "relationship with the pupil shown in the interview record, and clear, "
     "well-structured writing.")
para("The Portfolio. Required items are signed off by the e-tutor against criteria "
     "published to participants. Optional items may be included to show wider "
     "reading or practice, but they are not required and are not assessed. "
     "Self-checks are for the reader; they are not submitted.")
table([
    ["Item", "Title", "Status"],
    ["P1", "Audit of the school's SEN policy and practice against the law and the Code",
     "Required"],
    ["P2", "Presentation of the Project at Day C (10 minutes and questions), signed off "
           "for clarity and for listening and responding to questions", "Required"],
    ["P3", "Provision map, with notes of a review of provision held with class "
           "teachers and TAs and the changes agreed", "Required"],
    ["P4", "Decision log: three decisions about provision, with the reasoning and what "
           "happened", "Required"],
    ["P5", "Agency map and commentary", "Required"],
    ["P6", "Record of a meeting with the head and the SEN governor on SEN priorities "
           "and resources, with the actions agreed", "Required"],
    ["P7", "Coaching record: an observation of a colleague, the feedback given and "
           "the follow-up", "Required"],
    ["P8", "My Development Plan, agreed with the head", "Required"],
    ["O1", "Review of the school's accessibility plan", "Optional"],
    ["O2", "Tracking sheet for a group of pupils with SEN", "Optional"],
    ["O3", "Notes of a meeting with a pupil's parents or carers", "Optional"],
    ["O4", "Two-week time audit", "Optional"],
], widths=[1.5, 11.5, 3])
para("The award. The University awards the Certificate to participants who pass the "
     "Project and whose Portfolio has every required item signed off.")
para("Portfolios are signed off by the e-tutor; Projects are marked by University "
     "tutors. How marking is checked is for Redhallow to decide and is not yet "
     "settled; writers need not concern themselves with it.")

# ---------------------------------------------------------------- Part 6
h1("Part 6  How your draft will be checked")
para("Each unit has three critical readers, named in its brief: always a practising "
     "SENCO, and, as the unit needs, an LA SEN adviser, a University tutor, a "
     "headteacher, our legal reader, and for Unit 3 a member of the Ashmead Parents' "
     "Forum. They read the first draft against this brief and send comments within "
     "three weeks. The Managing Editor then agrees the changes with you.")
para("Once the course is running, participants complete an online feedback survey at "
     "the end of each unit. The Managing Editor reviews the results with each writer "
     "once a year, and changes are made at the next reprint. The University will no "
     "doubt have its own quality arrangements; these are outside this brief. We are "
     "considering a readers' panel of former participants and headteachers to review "
     "the units after the first cohort.")
para("Impact. Starting Line is repeated at the end of the course, so that each "
     "participant's ratings of their own competence and confidence can be compared "
     "with the ratings at entry. The Course Office collects the Project's baseline and "
     "follow-up measures for every pupil and summarises them, with the Starting Line "
     "comparison, in an annual impact report to Rookwell's board and the University. "
     "So please make sure Unit 2 shows readers how to take a baseline they can "
     "repeat.")
para("Who else uses your unit. The e-tutors teach from it. They are experienced "
     "SENCOs or LA advisers with a Master's qualification in SEN or inclusion, "
     "appointed by Rookwell and approved by the University, and they have a training "
     "day with us before the first intake. Their Tutor Notes for each unit are to be "
     "commissioned separately and are not part of your brief. Each participant also "
     "names a colleague in school as a mentor; mentors receive a letter explaining "
     "the course.")
para("What participants have besides your unit: the Rookwell SEN Resource Bank online "
     "(some 3,000 downloadable resources), a 30-day licence for our assistive "
     "technology software, the recorded specialist webinars, and full access to the "
     "Redhallow University library and its e-journals. You may refer to any of these.")

# ---------------------------------------------------------------- Part 7
h1("Part 7  Practicalities")
table([
    ["", "Detail"],
    ["Fee", "£300 per 1,000 words of final text, half on acceptance of the first "
            "draft and half on acceptance of the final; critical readers £250 a unit"],
    ["Permissions", "Quotations over 300 words, figures and tables from other "
                    "publications need permission; send the list to the Managing "
                    "Editor with your first draft"],
    ["Format", "Word, house template, no tracked changes in what you send us"],
    ["Copyright", "Assigned to Rookwell under your writer's agreement; you will be "
                  "credited on the title page of your unit"],
    ["Queries", "Gwen Latimer, Managing Editor, extension 244"],
], widths=[3, 13])
para("The writing team, for the record:", bold=True)
table([
    ["Name", "Unit", "Background"],
    ["Dr Harriet Okafor", "1", "Senior Lecturer, Redhallow; SENCO 1994-2002; PhD on "
                               "SEN policy; external examiner for two MA SEN "
                               "programmes"],
    ["Marcus Levinson", "2", "LA SEN adviser since 2004; secondary SENCO for seven "
                             "years; MA in SEN; dyslexia specialist teacher "
                             "qualification"],
    ["Dr Anjali Dutt", "3", "Senior educational psychologist; tutor on a doctoral "
                            "programme in educational psychology"],
    ["Rachel Amory", "3, 4", "Deputy headteacher; SENCO for eleven years; MA in "
                             "educational leadership; trains for our INSET arm"],
], widths=[3.5, 1.5, 11])

# ---------------------------------------------------------------- Appendix A
h1("Appendix A  Outcomes: where developed and what counts for the award")
para("Use the short forms below in your unit's outcome list. \"Evidence for the "
     "award\" gives the Portfolio item or the Project; optional items and self-checks "
     "are shown so that you know where they sit.", size=9)
rows = [
    ("H", "Outcome (Rookwell short form)", "Developed in", "Evidence for the award"),
    ("G", "Professional attributes"),
    ("", "Fair and respectful relationships with pupils and with parents or carers",
     "Units 2, 3", "Project (pupil); O3 (parents, optional)"),
    ("", "Winning the commitment of colleagues, the head and senior leaders", "Unit 4",
     "P6"),
    ("", "Priorities, time and delegation", "Unit 4", "O4 (optional)"),
    ("", "Anticipating problems and making sound decisions about provision", "Unit 4",
     "P4"),
    ("", "Clear speech and writing; listening to others", "Units 1, 4; Day C",
     "Project; P2"),
    ("", "Using research and outside advice to improve practice", "Unit 1", "Project"),
    ("", "Keeping up to date and owning your CPD", "Unit 4", "P8"),
    ("G", "Knowledge and understanding"),
    ("", "SEN law, the Code of Practice, and putting them into practice", "Unit 1", "P1"),
    ("", "Every Child Matters and the SENCO's part", "Unit 1",
     "Self-check (not submitted)"),
    ("", "Disability equality law and what it requires", "Unit 1", "O1 (optional)"),
    ("", "How children develop", "Not covered (see Unit 2 note)", "-"),
    ("", "The main areas of need and their effect on learning", "Unit 2", "Project"),
    ("", "Approaches, strategies and resources, including ICT", "Unit 2", "Project"),
    ("", "School self-evaluation and improvement", "Unit 4",
     "Self-check (not submitted)"),
    ("", "Best practice and research on SEN", "Units 1, 2", "Project"),
    ("", "External agencies and specialist support", "Unit 3", "P5"),
    ("G", "Skills"),
    ("", "Shaping an inclusive ethos and policy with senior leaders and governors",
     "Unit 4", "P6"),
    ("", "Identifying need, setting targets, planning and reviewing interventions",
     "Unit 2", "Project"),
    ("", "Using other professionals' assessments", "Units 2, 3", "Project"),
    ("", "Tracking progress with summative data", "Unit 2", "O2 (optional)"),
    ("T", "Special arrangements for tests and examinations", "Unit 2", "-"),
    ("", "Provision mapping; finding missing or ineffective provision", "Unit 4", "P3"),
    ("", "Deploying and managing staff", "Unit 4", "Self-check (not submitted)"),
    ("", "Supporting colleagues' professional development", "Unit 4", "P7"),
    ("", "Reviewing provision with colleagues to inform self-evaluation", "Unit 4",
     "P3"),
    ("", "Involving pupils in planning and reviewing their provision", "Unit 3",
     "Project"),
    ("", "Working with parents and carers", "Unit 3", "O3 (optional)"),
    ("", "Working with other services, including voluntary organisations", "Unit 3",
     "P5"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    kind = row[0]
    if kind == "G":
        m = t.cell(i, 0).merge(t.cell(i, 2))
        m.text = ""
        rr = m.paragraphs[0].add_run(row[1])
        rr.bold = True
        rr.font.size = Pt(9)
        shade(m, "F1EEE8")
        continue
    for j, val in enumerate(row[1:]):
        c = t.cell(i, j)
        c.text = ""
        if kind == "T" and j == 1:
            tracked(c.paragraphs[0], [("ins", val)], size=9)
            continue
        rr = c.paragraphs[0].add_run(val)
        rr.font.size = Pt(9)
        if kind == "H":
            rr.bold = True
            shade(c, "E4E0D8")
for row in t.rows:
    for j, w in enumerate([8.5, 3.5, 4]):
        row.cells[j].width = Cm(w)


# ---------------------------------------------------------------- comments
def find_run(fragment):
    for p in doc.paragraphs:
        for r in p.runs:
            if fragment in r.text:
                return r
    raise KeyError(fragment)


doc.add_comment(find_run("How marking is checked"),
                text="Does Redhallow second-mark or moderate? Nothing in their "
                     "validation paperwork. Ask Paul before this goes out.",
                author="Gwen Latimer", initials="GL")
doc.add_comment(find_run("the materials do not teach child development"),
                text="Redhallow may insist on child development at validation. "
                     "Leave it out for now.",
                author="Imogen Trask", initials="IT")
doc.add_comment(find_run("Your unit has three sections."),
                text="Marcus thinks the parents' meeting should be a required item. "
                     "What would it cost in e-tutor time?",
                author="Gwen Latimer", initials="GL")

doc.save(OUT)
print("wrote", OUT)
