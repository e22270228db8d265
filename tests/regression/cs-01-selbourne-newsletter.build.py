"""Build cs-01-selbourne-newsletter.docx: a local authority's newsletter special edition, submitted as its application.

Provider (invented): Selbourne Metropolitan Borough Council, Children's Services,
Inclusion and Learning Support Service (ILSS), with the University of Ferrisford
(Faculty of Education) validating and awarding. Programme: the "Selbourne SENCO
Award", validated as a Postgraduate Certificate in Special Educational Needs
Coordination, 60 credits at Level 7. Submitted February 2009 (Spring Term 2009),
first cohort September 2009. 2008-era vocabulary (CRB, DDA, Disability Equality
Duty, SEN Code of Practice 2001, ECM, IDP, Bercow 2008, SENCO Regulations 2008).

Layout: issue 23 of "SENse", the Service's termly newsletter for SENCOs, heads
and governors, as a special edition sent to every school and submitted to the TDA
(an italic note under the masthead says so). Journalistic, upbeat voice: headlines
typed as bold coloured Normal paragraphs (no heading styles), standfirsts, named
people quoted, second person ("you'll"). Structure:
- a masthead table (two cells) and a shaded "In this issue" box;
- a continuous section break into TWO newspaper columns (w:cols num=2) for the
  news stories: lead story, the Head of Service's editorial, "What's in the
  course?" (prose; the sessions themselves are in a table later), "Starting
  Point", "Ask Angela" (a readers' questions column with bold "Q:"/"A:"
  lead-ins), "Meet the tutors" (run-in bold names), "You said ... we listened"
  (with a small survey table), "How you'll be assessed", "How will we know it's
  working?", "Round the region" (a neighbouring council's course), "Looking
  back" (the old unaccredited certificate), shaded "Did you know?" boxes that
  quote the specification;
- back to one column: a units-and-sessions table, a "Dates for your diary"
  table, a back-page box "The national outcomes at a glance - all covered!"
  that lists the outcomes with tick marks, and a tear-off reply slip with
  tick boxes;
- page header (issue line) and footer (address, formats).
Outcomes are never given codes: sessions and markers' lists name them in the
Service's own words.

Traps, with the requirement ids they affect:
- 1.1 partially_met: the stated aim (lead story) is progress in reading and
  maths; well-being and the five ECM outcomes appear only in the editorial's
  value statements and one Unit 1 session; no assessment list mentions
  well-being.
- 1.5 not_met, 6.S7 not_met: consulting pupils appears only in a "Did you
  know?" box quoting the specification and in the editorial's values
  ("children's voices must be heard"); nothing in the course does it.
- 2.3 not_met (aspiration): Ask Angela, "Not this year, I'm afraid ... would
  like to offer one from September 2010, but nothing is agreed"; the reply
  slip's tick box about the assessment-only route is not an arrangement.
- 2.5 partially_met: a celebration evening with a CPD directory and MA
  details; no target setting.
- 3.2 partially_met: one September start, units in order; only a choice of
  day or twilight runs and spreading over two years.
- 3.3 not_applicable: "There's no online version" (negation). Harbourne's
  "SENCO Online" with Westmere College (Round the region) is another
  provider's e-learning, with tutor support between days: not this course.
- 4.3 partially_met: specialists, the Parent Partnership Service and heads
  take part in delivery now; stakeholders in evaluation appear only in the
  past (the old Certificate's steering group with parent governors), in
  another council's parents' panel, and as "we're thinking about how".
- 5.3 partially_met: the headteacher signs to confirm the CRB disclosure is
  current, "We don't ask to see it ourselves"; no other background checks.
- 5.5 partially_met: specialist expertise (EPs, SALT, autism outreach, CAMHS)
  teach sessions; placements exist only in the past (the old Certificate's
  placement week at Orchard Lane) and in a "Did you know?" quotation; "There's
  no visit week on the new course".
- 5.6 not_met (aspiration): the loan collection is "packed up" during
  refurbishment, "We hope to have it open again", assistive technology only
  "if the bid to the Schools Forum succeeds".
- 5.7 partially_met: tutors meet before each unit to go through plans and
  marking criteria; the school mentor's role is never defined or briefed.
- 5.9 partially_met: participants' confidence and competence by repeating the
  Starting Point review; pupils' achievement only "We hope" / "we'd like to
  find a way".
- 6.0 partially_met, 1.9 partially_met: award on passing three tasks (log
  "we'll want to see"), plus the back-page blanket claim and ticked list;
  several outcomes are in no marked task.
- Outcomes developed only, evidenced only in the unmarked learning log
  (formative only): 6.A3, 6.A7, 6.K9, 6.S9 partially_met. Taught in a session
  but left out of the markers' lists: 6.K2 (ECM, Unit 1), 6.K4 (child
  development, Unit 2), 6.S2d (access arrangements, Unit 2) partially_met.
  Absent from teaching and assessment: 6.A4, 6.S2c, 6.S7 not_met (though
  ticked on the back page).
- Genuine arrangements written plainly or unusually, all met: validation
  (E.1, E.2, lead story); APL in a reader's answer (2.1); Starting Point and
  the Individual Learning Plan (2.2); tutorials, choice of focus, half-fee
  bursary (2.4); disability adjustments in a reader's answer (3.1); survey
  table and the changes it produced (4.1, 4.2); evaluation cycle with
  external examiner and "You said, we did" (5.1); entry and "not yet ready"
  guidance in a reader's answer (5.2); tutor profiles (5.4); marking and
  moderation (5.8); in-school tasks and area clusters (1.2, 1.6); the
  outcomes named in markers' lists in ordinary words.
"""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("cs-01-selbourne-newsletter.docx")

TEAL = RGBColor(0x00, 0x5F, 0x6B)
PLUM = RGBColor(0x6B, 0x1F, 0x5C)


def smart(text: str) -> str:
    """Typographic quotes, as Word's AutoFormat would type them."""
    text = re.sub(r'(^|[\s(\[\u2014])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[\u2014])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


doc = Document()
doc.core_properties.author = "Angela Pryce"
doc.core_properties.title = "SENse Issue 23 Special Edition - Selbourne SENCO Award"
normal = doc.styles["Normal"]
normal.font.name = "Trebuchet MS"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)

sec0 = doc.sections[0]
sec0.page_width, sec0.page_height = Cm(21.0), Cm(29.7)
sec0.left_margin = sec0.right_margin = Cm(1.8)
sec0.top_margin = sec0.bottom_margin = Cm(1.6)


def para(text="", bold=False, italic=False, size=None, color=None, align=None,
         after=None, before=None, container=None):
    target = container if container is not None else doc
    p = target.add_paragraph()
    if text:
        r = p.add_run(smart(text))
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def runs(parts, container=None, after=None):
    """One paragraph from (text, 'b'/'i'/'bi'/'') pieces."""
    target = container if container is not None else doc
    p = target.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(smart(text))
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def headline(text, size=13, color=TEAL):
    return para(text, bold=True, size=size, color=color, before=10, after=2)


def standfirst(text):
    return para(text, italic=True, after=6)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def box(title, lines, fill="E6F2F3"):
    """A one-cell shaded table used as a newsletter box."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.paragraphs[0].add_run(smart(title)).bold = True
    for line in lines:
        if isinstance(line, tuple):
            runs(line, container=c, after=2)
        else:
            para(line, container=c, after=2)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def set_cols(section, num):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sectPr.append(parse_xml(
        f'<w:cols {nsdecls("w")} w:num="{num}" w:space="454"/>'))


def table(header, rows, widths=None, fill="005F6B", size=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        shade(c, fill)
        r = c.paragraphs[0].add_run(smart(h))
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            lines = val if isinstance(val, list) else [val]
            first = True
            for line in lines:
                p = cells[i].paragraphs[0] if first else cells[i].add_paragraph()
                first = False
                r = p.add_run(smart(line))
                r.font.size = Pt(size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


# ------------------------------------------------------------ header / footer
hp = sec0.header.paragraphs[0]
r = hp.add_run(smart("SENse  \u00b7  Issue 23  \u00b7  Spring Term 2009  \u00b7  Special edition: "
                     "the Selbourne SENCO Award"))
r.font.size = Pt(8)
r.font.color.rgb = TEAL
fp = sec0.footer.paragraphs[0]
r = fp.add_run(smart("SENse is published each term by the Inclusion and Learning Support Service, "
                     "Beacon House, Quarry Street, Selbourne SB2 4HN  \u00b7  01632 960412  \u00b7  "
                     "Large print and audio versions on request  \u00b7  Page "))
r.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------ masthead
mt = doc.add_table(rows=1, cols=2)
mt.alignment = WD_TABLE_ALIGNMENT.CENTER
left, right = mt.rows[0].cells
shade(left, "005F6B")
shade(right, "005F6B")
r = left.paragraphs[0].add_run("SENse")
r.bold = True
r.font.size = Pt(36)
r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
p = left.add_paragraph()
r = p.add_run(smart("news and views for Selbourne's SENCOs"))
r.italic = True
r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for line, sz in (("Issue 23  \u00b7  Spring Term 2009", 10),
                 ("SPECIAL EDITION", 16),
                 ("The Selbourne SENCO Award", 12)):
    q = right.paragraphs[0] if line.startswith("Issue") else right.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = q.add_run(line)
    rr.bold = sz > 10
    rr.font.size = Pt(sz)
    rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
left.width = Cm(8)
right.width = Cm(9.4)

para("This special edition of SENse has gone to every headteacher, SENCO and chair of governors in "
     "Selbourne. With the University of Ferrisford's validation report, it is also our application "
     "to the Training and Development Agency for Schools (TDA) for approval to provide nationally "
     "accredited training for SENCOs: everything the TDA needs to know about the course is in these "
     "pages.", italic=True, size=9, before=6)

box("In this issue", [
    "It's official: the SENCO Award goes for national accreditation",
    "From the Head of Service",
    "What's in the course?  \u00b7  Starting Point  \u00b7  Ask Angela",
    "Meet the tutors  \u00b7  You said ... we listened",
    "How you'll be assessed  \u00b7  How will we know it's working?",
    "Round the region  \u00b7  Looking back",
    "Units and sessions  \u00b7  Dates for your diary  \u00b7  Reply slip",
], fill="F3E9F1")

# ------------------------------------------------------------ two columns
news = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(news, 2)

headline("IT'S OFFICIAL: SELBOURNE'S SENCO AWARD GOES FOR NATIONAL ACCREDITATION", size=14)
standfirst("University says yes; now it's over to the TDA")
para("After eighteen months of planning, the new Selbourne SENCO Award has passed its validation "
     "event at the University of Ferrisford. On 4 December 2008 a University panel, chaired by the "
     "Dean of Education and including an external assessor from another university and a serving "
     "SENCO from outside the borough, approved the course as a Postgraduate Certificate in Special "
     "Educational Needs Coordination: 60 credits at Level 7, which is masters level. The University "
     "awards the certificate and its regulations govern the assessment, and the credits can be "
     "carried forward into Ferrisford's MA in Inclusive Education.")
para("The Service teaches the course in partnership with the University, and the University "
     "appoints the external examiner. We are now asking the TDA to approve it as nationally "
     "accredited SENCO training, so that every teacher who becomes a SENCO in Selbourne can gain the "
     "qualification that the 2008 SENCO Regulations expect of new SENCOs without leaving the borough.")
para("So what is the course for? Programme leader Angela Pryce doesn't hesitate. \"Better progress "
     "for Selbourne's children with special educational needs. We want every SENCO who finishes the "
     "Award to be able to put the reading and maths data for the pupils they've worked with on the "
     "table and say: these children are doing better because of what I changed.\" The course "
     "objectives, printed in full in the course handbook, are about the SENCO as a leader of "
     "provision: knowing the law, knowing the learners, and leading the staff.")

headline("From the Head of Service", size=11, color=PLUM)
para("Every Child Matters is at the heart of everything we do in Selbourne. We believe that every "
     "child and young person, whatever their needs, has the right to be healthy, to stay safe, to "
     "enjoy and achieve, to make a positive contribution and to achieve economic well-being, and "
     "that children's voices must be heard in every decision about their lives. A confident, "
     "well-trained SENCO in every school is the surest way I know of turning those beliefs into "
     "something real for children. I am proud that Selbourne is one of the first authorities to put "
     "its own SENCO course forward for national accreditation, and I hope that every school will get "
     "behind it.", italic=True)
para("Marion Tetley, Head of Inclusion and Learning Support", bold=True, size=9, align="r")

headline("WHAT'S IN THE COURSE?")
standfirst("Three units, twenty sessions, one year, and your own school at the centre")
para("The Award is built from three 20-credit units, taken in order across one school year: "
     "Unit 1, The SENCO, the law and the school (autumn); Unit 2, Knowing the learners (spring); and "
     "Unit 3, Leading provision (summer). There are twenty sessions in all, each three hours long, "
     "and the full list is in the table at the end of this issue. Each unit ends with one assessed "
     "task.")
para("The course is meant to be lived in your own school rather than in the training room. Between "
     "sessions you carry out a short in-school task \u2014 observing one pupil across a whole day, "
     "auditing your SEN register against the Code of Practice, trying out a coaching conversation "
     "with a teaching assistant, costing one intervention \u2014 and each task is tied to the "
     "outcomes that the session before it covers. You bring what you found to the next session, "
     "where it becomes the material for the day. The Unit 3 task is a change project in your own "
     "school: you plan, lead and evaluate one real change in provision, and your report has to show "
     "what is now different in classrooms as a result.")
para("Nobody does this alone. Every participant joins one of four area clusters (North, Town, "
     "Riverside and Moorside) which meet twice a term at a host school, with the area's SEN support "
     "teacher and educational psychologist, to work on shared cases and to advise one another. "
     "Inside school, the Unit 3 sessions on coaching, observation and feedback prepare you to "
     "support colleagues, and you try each skill out with a colleague before the next session.")
para("The reading for each unit is chosen to be current. Alongside the Code of Practice it includes "
     "Ofsted's 2006 report Inclusion: does it matter where pupils are taught?, the Bercow Review of "
     "services for children and young people with speech, language and communication needs (2008) "
     "and the Inclusion Development Programme materials on dyslexia and on speech, language and "
     "communication needs. Dr Kwame Asante-Rowe refreshes the lists every summer from the "
     "University's Centre for Inclusion Research, and each unit has one session that opens with "
     "\"what's new\": a recent report, inspection finding or change in guidance, and what it means "
     "for a Selbourne school.")

box("Did you know?", [
    "The TDA's specification says every accredited programme must \"develop participants' skills in "
    "consulting children and young people about issues that affect them\". We'd love to hear how "
    "your school does it \u2014 write to SENse!",
])

headline("STARTING POINT: YOUR OWN ROUTE THROUGH THE AWARD")
para("No two SENCOs start from the same place, so nobody starts with session one. Before the course "
     "begins, every participant completes a Starting Point review: a self-review against each of the "
     "national outcomes for SENCOs, with a line of evidence for each judgement. You then spend an "
     "hour with your personal tutor, who looks at the evidence with you and, where it helps, asks "
     "the awkward questions (\"You've done annual reviews for years \u2014 but under the 2001 Code, "
     "or the old one?\").")
para("Out of that conversation comes your Individual Learning Plan. It records which outcomes you "
     "already meet and on what evidence, which you need to work on, which of the optional twilight "
     "workshops you will attend (dyslexia-friendly classrooms, autism and anxiety, working with "
     "interpreters and families new to English), and the focus you intend for each of the three "
     "assessed tasks. The plan sets out your personal outcomes for the year alongside the national "
     "ones, and your tutor reviews it with you at each tutorial.")
para("There are three individual tutorials in each unit, and you choose the focus of every task to "
     "fit your school and your role, so a SENCO in a small infant school and a SENCO in an 11\u201318 "
     "academy finish with very different portfolios. The fee is \u00a31,050 for the whole Award. For "
     "Selbourne maintained schools the Council pays half from its Standards Fund allocation, and "
     "because every session is held in the borough, schools do not pay for travel or overnight "
     "stays.")

headline("ASK ANGELA", color=PLUM)
standfirst("Your questions about the Award, answered by programme leader Angela Pryce")
runs([("Q: ", "b"), ("I did the OCR Certificate in teaching pupils with dyslexia two years ago. "
      "Do I have to start from scratch? ", ""), ("\u2014 Jo, SENCO in a primary school", "i")])
runs([("A: ", "b"), ("No. Under the University of Ferrisford's Accreditation of Prior Learning "
      "procedures you can claim up to 20 of the 60 credits. Certificated learning at Level 7 is "
      "matched against the outcomes of the unit concerned; if your learning comes from experience "
      "rather than a certificate, you put together a short portfolio mapped to the unit outcomes, "
      "which two tutors assess and the external examiner sees. Kwame is our APL adviser and will "
      "meet you before the course starts to see what you could claim.", "")])
runs([("Q: ", "b"), ("I've been a SENCO for fifteen years. Can I just be assessed? ", ""),
      ("\u2014 Phil, SENCO in a secondary school", "i")])
runs([("A: ", "b"), ("Not this year, I'm afraid. We have talked to the University about an "
      "assessment-only route for very experienced SENCOs like you and would like to offer one from "
      "September 2010, but nothing is agreed. For now everyone follows the taught course \u2014 though "
      "with APL you may well find you have a lighter year.", "")])
runs([("Q: ", "b"), ("I have MS and use a wheelchair on bad days. Will I be able to take part "
      "fully? ", ""), ("\u2014 name withheld", "i")])
runs([("A: ", "b"), ("Yes. Beacon House has level access, a lift to both floors, accessible "
      "toilets and a hearing loop in each training room, and every cluster host school is checked "
      "for access before we use it. The application form asks every applicant whether they have a "
      "disability or health condition we should plan for, and explains why we ask; whatever you tell "
      "us is shared only with your agreement. We then meet you to agree the adjustments you need \u2014 "
      "rest breaks, a parking space by the door, papers in large print or electronically, extra time "
      "or a different format for an assessed task \u2014 and the University's Disability Adviser "
      "confirms the assessment adjustments before the first task is set. Our leaflets are available "
      "in large print, audio and Braille, and disability equality, including how to challenge "
      "negative attitudes to disabled people in school, is part of Unit 1.", "")])
runs([("Q: ", "b"), ("Can I do it online? I can't leave school every other Tuesday. ", ""),
      ("\u2014 Kath, part-time SENCO in an infant school", "i")])
runs([("A: ", "b"), ("There's no online version. We thought hard about this, and decided our "
      "course works because people meet. (If online is what you need, see Harbourne's course in "
      "Round the region.) What we can offer is a choice of times: every session runs twice, on a "
      "Tuesday during the school day and again on the Thursday evening from 4.15 to 7.15, and you "
      "can swap between them. If you need longer, you can spread the three units over two years. "
      "There is one start each year, in September, and the units are taken in order.", "")])
runs([("Q: ", "b"), ("Who checks my CRB? ", ""), ("\u2014 Mo, newly appointed SENCO", "i")])
runs([("A: ", "b"), ("Your headteacher signs the nomination form to confirm that your enhanced "
      "CRB disclosure is current. We don't ask to see it ourselves.", "")])
runs([("Q: ", "b"), ("I've only been teaching for two years. Am I ready? ", ""),
      ("\u2014 Sam, about to take on the SENCO role", "i")])
runs([("A: ", "b"), ("To join you need QTS, to be your school's SENCO or to be taking on the "
      "role within the year, and your head's nomination. At your Starting Point interview your "
      "tutor looks at your self-review and your evidence and judges, with you, whether you are "
      "likely to reach all the outcomes by July. If it's too soon we will tell you in writing what "
      "to do first \u2014 usually our two-term SEN Foundation Course and some time shadowing an "
      "experienced SENCO in your cluster \u2014 and, if you agree, I will talk it through with your "
      "head so that the school can plan for you to join the following September.", "")])

headline("MEET THE TUTORS")
runs([("Angela Pryce", "b"), (" (programme leader) is the Service's Senior Adviser for SEN. She was "
      "SENCO in two Selbourne primary schools for eleven years, holds an MA in Special and "
      "Inclusive Education, leads the borough's SENCO network and still works in around twenty "
      "schools every term.", "")])
runs([("Dr Kwame Asante-Rowe", "b"), (" (University link tutor) is Senior Lecturer in Inclusive "
      "Education at Ferrisford. A former head of learning support in a comprehensive school, he "
      "wrote his doctorate on provision mapping in secondary schools and is an external examiner "
      "for SEN programmes at two other universities.", "")])
runs([("Sunita Vaghela", "b"), (" is a specialist teacher for speech, language and communication "
      "needs and a former SENCO; she holds a masters degree in language and communication "
      "impairments in children and sits on the borough's Bercow implementation group.", "")])
runs([("Ruth Okonjo", "b"), (" leads the Autism Outreach Team, which works with over sixty "
      "Selbourne schools, and is a trainer for the Inclusion Development Programme.", "")])
runs([("Gareth Lumb", "b"), (" is a Senior Educational Psychologist (chartered) and teaches the "
      "Unit 2 sessions on assessment, with colleagues from the speech and language therapy service "
      "and CAMHS.", "")])
para("Every tutor on the Award is working with Selbourne children, schools or services every "
     "week, and each spends at least five days a year on their own professional development, "
     "including one national SEN conference.")
para("You'll meet more specialists than tutors. Educational psychologists, speech and language "
     "therapists, the autism outreach and sensory support teams and the CAMHS primary mental health "
     "workers all teach sessions in Unit 2, and the Parent Partnership Service co-leads the session "
     "on working with families. There's no visit week on the new course: schools told us they "
     "could not release people for five days.")

headline("YOU SAID ... WE LISTENED")
standfirst("How Selbourne's schools shaped the Award")
para("In June 2008 we asked every SENCO and headteacher in Selbourne's 89 schools what a new SENCO "
     "needs most. 61 SENCOs and 23 heads replied, and eleven heads came to a focus group at the "
     "Heads' Forum in July. We also read the borough's SEN Strategy 2008\u20132011, which commits the "
     "Council to training every newly appointed SENCO within two years. The top five answers to "
     "\"what do new SENCOs most need help with?\" were:")
table(["Need", "SENCOs", "Heads"], [
    ["Provision mapping and costing provision", "71%", "78%"],
    ["Managing and deploying teaching assistants", "64%", "83%"],
    ["Access arrangements for tests and exams", "52%", "39%"],
    ["Difficult conversations with parents", "49%", "43%"],
    ["Finding time for the job", "47%", "22%"],
], widths=[5.0, 1.6, 1.6])
para("That is why Unit 3 opens with two sessions on provision mapping and on deploying support "
     "staff, why access arrangements have a place in Unit 2, and why the Parent Partnership Service "
     "helped us plan the families session. Heads at the focus group told us they could not release "
     "SENCOs every other Tuesday, which is where the Thursday evening repeats came from. The draft "
     "outline went back to the SENCO network in October and to the Heads' Forum in November; "
     "secondary SENCOs asked for GCSE access arrangements as well as Key Stage tests, and the network "
     "asked for the clusters to meet in schools rather than at Beacon House. Both changes are in "
     "the course.")
para("Who else is involved? Beyond the specialists who teach, heads host the cluster meetings, the "
     "Parent Partnership Service co-leads a session, and the University's link tutor and external "
     "examiner keep us to masters standard. We are thinking about how best to bring parents and "
     "heads into reviewing the new course once it is running.")

headline("HOW YOU'LL BE ASSESSED")
para("Each unit ends with one assessed task, marked by your tutor against the University's Level 7 "
     "criteria and against the national outcomes it is designed to show. Here is what the markers "
     "look for.")
runs([("Task 1 (December): policy review. ", "b"), ("A 3,000-word review of your school's SEN "
      "arrangements against the Code of Practice and the disability equality duties, ending in an "
      "action plan that you agree with your head and take to your SEN governor. Markers look for "
      "your knowledge of SEN law and the Code of Practice and how to put them into practice in your "
      "school; your knowledge of disability equality law and what it requires the school to do; "
      "and how you work with senior colleagues and governors to shape an inclusive policy, the "
      "school's priorities and its use of resources.", "")])
runs([("Task 2 (March): pupil case study. ", "b"), ("A 4,000-word study of one pupil in your "
      "school. Markers look for your knowledge of the pupil's type of need and how it affects "
      "learning; how you identified the needs, set challenging targets, planned the intervention and "
      "reviewed progress, using assessments from other professionals and summative data, including "
      "national tests, to track progress and change the programme; your critical choice of "
      "approaches and resources, including ICT; and your relationship with the pupil and the family "
      "\u2014 fair, respectful and constructive \u2014 including the meeting you hold with the "
      "parents or carers to agree the targets and review them.", "")])
runs([("Task 3 (July): change project. ", "b"), ("A 5,000-word report on the change you have led, "
      "and a fifteen-minute presentation of it to your tutor and your head. Markers look for "
      "provision mapping and how you found ineffective or missing provision; how you deployed and "
      "managed support staff; how you supported colleagues' development through observation and "
      "feedback, modelling, coaching and the staff training session you lead; how you reviewed "
      "provision with colleagues and fed the findings into the school's self-evaluation, and your "
      "grasp of the principles of self-evaluation and improvement; how you won the commitment of "
      "your head and senior team; and how you drew on research, best practice and outside advice. "
      "The presentation and the report are also marked for how clearly you express yourself in "
      "speech and in writing, and for how you listen and respond to questions.", "")])
runs([("Your learning log. ", "b"), ("Alongside the tasks you keep a learning log \u2014 a "
      "notebook, not an essay \u2014 in which you reflect on how you are prioritising and managing "
      "your time and delegating, what you are doing to keep up to date, and your work with outside "
      "agencies and voluntary groups. Your tutor reads it at each tutorial and writes comments "
      "back, but the log isn't marked and doesn't count towards the Award.", "")])
para("Every task is marked by your tutor, and a second tutor marks one script in four plus every "
     "fail and every distinction. The tutors meet to moderate the marks before the University's "
     "Examination Board, and the external examiner, Dr Fiona Redpath of another university, "
     "samples every task and attends the Board. To gain the Award you need to pass all three "
     "tasks, and we'll want to see your log.")

headline("HOW WILL WE KNOW IT'S WORKING?")
para("Every session ends with a one-page evaluation, and at the end of each unit a tutor who "
     "doesn't teach your group runs a focus group. The external examiner reports each year on "
     "standards and on the course. The Service and the University write a joint annual report "
     "for the Programme Committee and the University's Faculty Board, bringing together the "
     "evaluations, the marks and the external examiner's report, and ending with an action plan; "
     "the first page of the next cohort's handbook is a \"You said, we did\" page saying what has "
     "changed and why.")
para("In July every participant repeats the Starting Point review, so that we can see how far "
     "confidence and competence have grown against each outcome, and the cohort's results go into "
     "the annual report. And the children? We hope that, over time, schools' own data will show "
     "pupils with SEN in Selbourne doing better, and we'd like to find a way of tracking that.")
para("Tutors meet before each unit to go through the unit plan, the in-school tasks and the "
     "marking criteria together. Your head will choose a mentor for you, usually a deputy or "
     "assistant head, who will keep an eye on how you're getting on.")

box("Did you know?", [
    "The TDA expects providers to show that participants will have access to \"a range of "
    "specialist expertise and appropriate, high-quality placements\".",
])

headline("ROUND THE REGION", color=PLUM)
para("Next door, Harbourne County Council and Westmere College are launching SENCO Online, a fully "
     "online route with three face-to-face days. Tutors are online every weekday evening, "
     "participants meet in a live chat room between the face-to-face days, and a parents' panel "
     "helps the college evaluate the course each summer. Harbourne's SEN team tell us they expect "
     "forty SENCOs from across the county in the first year.")

headline("LOOKING BACK", color=PLUM)
para("The Selbourne Certificate in SEN Coordination ran from 2001 to 2008, and 212 SENCOs took it. "
     "It was never accredited, but many of you will remember its placement week at Orchard Lane "
     "Special School, and its steering group, which included two parent governors who helped us "
     "review the course every summer. \"The placement week at Orchard Lane changed how I saw "
     "everything,\" says Lorraine Fisk, SENCO at St Bede's RC Primary. The last Certificate "
     "cohort finished in July 2008.")

headline("THE LOAN COLLECTION", size=11)
para("Our SEN resource and assessment loan collection has been packed up while Beacon House is "
     "refurbished. We hope to have it open again before the course starts, with new assistive "
     "technology if the bid to the Schools Forum succeeds.")

headline("AND AFTERWARDS?", size=11)
para("Everyone who completes the Award is invited to a celebration evening in July, where "
     "certificates are presented by the Mayor. You'll go home with a copy of the Service's CPD "
     "directory for 2010\u201311 and details of the University's MA in Inclusive Education, which "
     "accepts the Award's 60 credits.")

# ------------------------------------------------------------ back to one column
back = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(back, 1)

headline("UNITS AND SESSIONS", size=13)
table(["Unit", "Sessions"], [
    [["Unit 1", "The SENCO, the law and the school", "September to December", "6 sessions"],
     ["1. The SEN framework: the Education Act 1996, the Special Educational Needs and Disability "
      "Act 2001 and the SEN Code of Practice \u2014 what they mean for the school, the SENCO and "
      "colleagues, and how to put them into practice",
      "2. Disability equality: the Disability Discrimination Act 1995 as amended in 2005, the "
      "Disability Equality Duty, the school's accessibility plan, and positive attitudes to "
      "disabled people",
      "3. Every Child Matters: the five outcomes, the Common Assessment Framework, and what the "
      "SENCO can do to help children reach the outcomes",
      "4. What's new: the SENCO Regulations 2008, Removing Barriers to Achievement and the "
      "Inclusion Development Programme",
      "5. Working with the head and governors: the SEN policy, the SEN budget and an inclusive "
      "school development plan",
      "6. Writing your policy review (task workshop)"]],
    [["Unit 2", "Knowing the learners", "January to March", "7 sessions"],
     ["1. How children develop \u2014 language, thinking, social and emotional development \u2014 "
      "and how SEN, disability and the physical and social environment for learning can help or "
      "hinder",
      "2. The most common needs: behavioural, emotional and social difficulties; dyslexia and other "
      "specific learning difficulties; speech, language and communication needs; autism; moderate "
      "learning difficulties; and how each affects learning",
      "3. Spotting needs early: observation, data and assessment; setting targets that stretch; "
      "planning interventions; reviewing progress; making use of reports from psychologists and "
      "therapists",
      "4. Tracking progress with P scales, teacher assessment and national tests, and changing "
      "course when the data say so; access arrangements for Key Stage tests and GCSE",
      "5. Approaches, resources and ICT that remove barriers to learning and personalise provision",
      "6. Who's who: Selbourne's educational psychologists, speech and language therapists, CAMHS, "
      "sensory support and the voluntary groups, and how to get their help",
      "7. Pupils and families (with the Parent Partnership Service): fair and trusting "
      "relationships with pupils and their parents or carers; meeting parents, advising them and "
      "agreeing targets together"]],
    [["Unit 3", "Leading provision", "April to July", "7 sessions"],
     ["1. Provision mapping and management: costing provision and spotting what is missing or "
      "isn't working",
      "2. Deploying and managing teaching assistants and other support staff",
      "3. Coaching, observation and feedback, modelling good practice, and leading staff training",
      "4. Bringing the head and senior team with you",
      "5. Self-evaluation: the SEF, RAISEonline and reviewing provision with colleagues so that it "
      "feeds the school's improvement plan",
      "6. Research, best practice and outside advice: using them to improve your own and "
      "colleagues' practice",
      "7. The SENCO's week: priorities, time and delegation; keeping up to date; making your case "
      "clearly in speech and writing, and listening"]],
], widths=[3.6, 13.8])

headline("DATES FOR YOUR DIARY", size=13)
table(["When", "What", "Where"], [
    ["Thursday 12 March 2009, 4.30pm", "Information evening for SENCOs and heads", "Beacon House"],
    ["Friday 1 May 2009", "Closing date for nominations", "\u2014"],
    ["8 June \u2013 10 July 2009", "Starting Point interviews and Individual Learning Plans",
     "Beacon House or your school"],
    ["Tuesday 22 September 2009 (repeat Thursday 24 September)", "Unit 1 begins", "Beacon House"],
    ["Friday 11 December 2009", "Task 1 due", "\u2014"],
    ["Tuesday 12 January 2010", "Unit 2 begins", "Beacon House"],
    ["Friday 26 March 2010", "Task 2 due", "\u2014"],
    ["Tuesday 20 April 2010", "Unit 3 begins", "Beacon House"],
    ["5 \u2013 9 July 2010", "Task 3 due; presentations", "Your school"],
    ["Thursday 15 July 2010", "Celebration evening", "Selbourne Town Hall"],
], widths=[5.6, 7.6, 4.2])

box("THE NATIONAL OUTCOMES AT A GLANCE \u2014 ALL COVERED!", [
    "The Award covers and assesses every one of the national minimum outcomes for SENCOs:",
    "\u2713 Relationships with pupils and parents   \u2713 Winning colleagues' commitment   "
    "\u2713 Time and delegation   \u2713 Problem-solving and judgement   \u2713 Communication   "
    "\u2713 Using research   \u2713 Keeping up to date",
    "\u2713 SEN law and the Code   \u2713 Every Child Matters   \u2713 Disability equality law   "
    "\u2713 Child development   \u2713 Types of SEN   \u2713 Approaches and ICT   "
    "\u2713 School self-evaluation   \u2713 Research and best practice   \u2713 External agencies",
    "\u2713 Strategic leadership   \u2713 Identification, targets and review   "
    "\u2713 Other professionals' assessments   \u2713 Summative tracking   "
    "\u2713 Formative assessment   \u2713 Access arrangements   \u2713 Provision mapping   "
    "\u2713 Deploying staff   \u2713 Developing colleagues   \u2713 Reviewing provision   "
    "\u2713 Involving pupils   \u2713 Parents and carers   \u2713 Other agencies",
], fill="F3E9F1")

para("\u2702 - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
     size=8, before=8)
para("REPLY SLIP \u2014 return to Angela Pryce, ILSS, Beacon House, by Friday 1 May 2009", bold=True)
para("Name .................................................  School ................................................")
for item in ("Please send me a nomination form for the Selbourne SENCO Award",
             "I would like to talk to the APL adviser about credit for earlier study",
             "Please tell me about the assessment-only route when it is available",
             "I would like information in another format (please say which) ....................",
             "I will come to the information evening on 12 March"):
    para("\u2610  " + item, after=2)
para("Headteacher's signature ......................................   Date ..................")

doc.save(OUT)
print("wrote", OUT)
