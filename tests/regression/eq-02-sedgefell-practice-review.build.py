"""eq-02-sedgefell-practice-review: build the .docx next to this script.

PROVIDER (invented)
    Sedgefell Learning and Skills Service, the education provider in HMYOI
    Brantholme (juvenile unit), the girls' unit at HMYOI Thirsby, and Eskholme
    and Whitlow Grange secure children's homes, with the University of
    Ambleford. The Award is for SENCOs and SEN leads in the Service's four
    establishments and SENCOs of schools in Hallamby and Farrowdale that take
    young people back from custody. March 2009.

KIND OF DOCUMENT
    A published practice learning review of one young person's education
    across custody and home ("Learning from Daniel"), commissioned by the
    Service's Quality Board and the two YOT management boards and written by
    an independent reviewer, bound with the Service's response, which is the
    Award. Sent whole with a covering letter (address block typed with manual
    line breaks). Part One, the review, is in the reviewer's third-person
    voice with typed paragraph numbers (1.1, 3.3, 4.2 ...) that collide with
    requirement ids, a chronology table with merged "period" rows, a boxed
    quotation, key practice episodes, findings F1-F7 and recommendations R1-R8
    addressed to several bodies, and real Word footnotes citing sources. Part
    Two is the Service's "we" voice under plain headings, with an "at a
    glance" table. Appendix A is a session table with an "Outcomes worked on"
    column in the Service's own words; Appendix B gives the assignment briefs,
    each ending "This assignment assesses your ..." and a Practice Log that is
    "not marked"; Appendix C the tutors; Appendix D who took part in the
    review. No e-learning at all.

TRAPS (requirement ids affected)
    - Right words, wrong thing, in Part One: the learning mentor's CRB check
      at Daniel's school (5.3), Daniel's education placements (5.5), nobody
      consulting Daniel (1.5), reasonable adjustments in his examinations
      (3.1, 6.S2d), the YOT's self-assessment (6.K7). None is an arrangement
      of the programme.
    - Recommendations are not arrangements: R5 asks for an assessment-only
      route; Part Two says the University's regulations do not allow it and a
      proposal will go in 2010, "until then, there is no assessment-only
      route" (2.3 not_met). R6 asks for an online space; Part Two says all
      teaching is face to face and R6 is not taken up (3.3 not_applicable).
    - Suitability checks are left to employers: "The Service does not repeat
      those checks" (5.3 not_met).
    - Levels: participants without a first degree are registered for a Level 6
      Graduate Certificate (E.2 partially_met; E.1 met).
    - Credit only for certificated study; "We do not give credit for
      experience alone" (2.1 partially_met).
    - Entry: the entry audit "is not a selection test"; places are offered to
      anyone nominated who meets the formal requirements, with no check of
      readiness and no guidance for those not ready (5.2 partially_met;
      2.2 met because the audit sets an individual learning plan).
    - Equality in general terms only, adjustments "for any participant who
      asks" (3.1 partially_met).
    - "The Award has no placements" (5.5 partially_met: specialist expertise
      is concrete).
    - Resources: library and "a small collection", no ICT or specialist
      technology (5.6 partially_met).
    - Research only in general terms in Part Two ("Tutors keep the sessions
      up to date"); the research in Part One's footnotes is the reviewer's
      (1.3 partially_met).
    - Award on aggregate marks with compensation of one failed assignment
      (6.0 not_met), and outcomes not all assessed (1.9 partially_met).
    - Outcomes, read across Appendix A and Appendix B: developed but not in
      any "This assignment assesses" list (6.K2, 6.K6, 6.S6);
      assessed but developed in no session (6.S4); only in the unmarked
      Practice Log (6.A3, 6.S2d); absent (6.K7, 6.S2c).
    - Met despite looking thin: 4.3 (Steering Group receives the evaluation
      and agrees changes; the young people's panel reviews the Assignment 2
      guidance each year); 2.5 (Next Steps sheet at the final tutorial).
"""
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).parent
OUT = HERE / "eq-02-sedgefell-practice-review.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Georgia"
    doc.styles[s].font.color.rgb = RGBColor(0x4A, 0x23, 0x5A)

FOOTNOTES = []  # texts, in order


# ---------------------------------------------------------------- helpers
def para(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        add_text(p, text, bold=bold, italic=italic, size=size)
    if align is not None:
        p.alignment = align
    return p


def add_text(p, text, bold=False, italic=False, size=None):
    """Add text; '{{fn:...}}' inserts a footnote marker for a real footnote."""
    parts = re.split(r"(\{\{fn:.*?\}\})", text)
    for part in parts:
        if not part:
            continue
        m = re.match(r"\{\{fn:(.*)\}\}", part)
        if m:
            FOOTNOTES.append(m.group(1))
            r = p.add_run("[[FN%d]]" % len(FOOTNOTES))
        else:
            r = p.add_run(part)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)


def npara(num, text):
    """A paragraph with a typed paragraph number, as in the review."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    r = p.add_run(num + "\t")
    r.bold = True
    add_text(p, text)
    return p


def lead(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    add_text(p, text)
    return p


def bullet(text):
    p = doc.add_paragraph(style="List Bullet")
    add_text(p, text)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def table(header, rows, widths, head_fill="4A235A"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True)
        shade(c, head_fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):  # a merged "period" row
            m = cells[0].merge(cells[-1])
            cell_text(m, row, bold=True, italic=True)
            shade(m, "E8DFF0")
            continue
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def boxed(text, who):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, "F3EEF7")
    cell_text(c, text, italic=True, size=10.5)
    p = c.add_paragraph()
    r = p.add_run(who)
    r.font.size = Pt(9)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()


# ---------------------------------------------------------------- covering letter
p = doc.add_paragraph()
r = p.add_run("Sedgefell Learning and Skills Service")
r.bold = True
r.font.size = Pt(14)
r.add_break()
r2 = p.add_run("The Sedgefell Centre")
r2.add_break()
r3 = p.add_run("Brantholme Road")
r3.add_break()
p.add_run("Farrowdale FW4 7QT")
para("16 March 2009", align=WD_ALIGN_PARAGRAPH.RIGHT)
p = doc.add_paragraph()
r = p.add_run("The Approval Panel")
r.add_break()
r = p.add_run("National Award for SEN Coordination")
r.add_break()
p.add_run("Training and Development Agency for Schools")
para("Dear Panel members")
para("Approval to deliver nationally accredited SENCO training: the Sedgefell SENCO Award", bold=True)
para("In October 2007 a sixteen-year-old we call Daniel came into the juvenile unit at HMYOI Brantholme. He had been "
     "there before, and he came back again in June 2008. Between those dates he went home to his mother, to a new "
     "school, and out of it. Nobody in his story broke a rule. Everybody in it did their job as their own rules "
     "described it. He still fell through.")
para("We asked an independent reviewer to find out why, and what we should change. Her review is Part One of this "
     "submission, unabridged. Part Two is what we have built in response: the Sedgefell SENCO Award, which trains "
     "the SENCOs in our establishments and the SENCOs in the schools our young people go home to, together. The "
     "appendices give the sessions, the assignments and the tutors. We send the review whole because the panel "
     "will want to see the evidence on which the Award rests, and because it explains, better than we could, what "
     "our SENCOs need.")
para("Staff and schools are not named in Part One. Daniel and his mother agreed to the review being published in "
     "this form.")
para("Yours faithfully")
para("Graham Tolley")
para("Head of Service, Sedgefell Learning and Skills Service")
para("Dr Priya Ramsden")
para("Programme Director, Faculty of Education, University of Ambleford")
doc.add_page_break()

# ---------------------------------------------------------------- title page
para("Learning from Daniel", bold=True, size=24)
para("A practice review of one young person\u2019s education between custody and school, October 2007 to "
     "July 2008", italic=True, size=13)
para()
para("with the Service\u2019s response: the Sedgefell SENCO Award", size=12)
para()
para("Review commissioned by the Sedgefell Quality Board and the Hallamby and Farrowdale Youth Offending Team "
     "Management Boards", size=10)
para("Independent reviewer: Margaret Ellery", size=10)
para("Review completed January 2009. Published edition, March 2009.", size=10)
doc.add_page_break()

# ---------------------------------------------------------------- PART ONE
doc.add_heading("Part One: The review", level=1)
para("Margaret Ellery", italic=True)

doc.add_heading("1. Introduction", level=2)
npara("1.1", "This review looks at the education of one young man, Daniel, over the ten months from his remand into "
             "custody in October 2007 to his second return to custody in June 2008, and at what the agencies "
             "around him did about his special educational needs. It is not an inquiry into blame. Its purpose is "
             "to learn.")
npara("1.2", "The review was commissioned jointly by the Quality Board of the Sedgefell Learning and Skills Service, "
             "which provides education in four secure establishments, and by the management boards of the Hallamby "
             "and Farrowdale youth offending teams. It was prompted by a letter from Daniel\u2019s mother to the "
             "Governor of HMYOI Brantholme.")
npara("1.3", "Daniel\u2019s story is not unusual. That is why it matters. Most young people in custody have "
             "difficulties with learning, and a large proportion have speech, language and communication needs "
             "that were never identified at school.{{fn:J. Bercow, The Bercow Report: A Review of Services for "
             "Children and Young People (0-19) with Speech, Language and Communication Needs, DCSF, 2008.}}"
             "{{fn:K. Bryan, J. Freer and C. Furlong, \u2018Language and communication difficulties in juvenile "
             "offenders\u2019, International Journal of Language and Communication Disorders, 42(5), 2007.}}")
npara("1.4", "I am grateful to everyone who gave time to the review, and above all to Daniel and his mother.")

doc.add_heading("2. Terms of reference", level=2)
npara("2.1", "The review was asked to:")
for b in [
    "establish what was known about Daniel\u2019s special educational needs at each point, and by whom;",
    "describe how information about those needs moved, or did not move, between school, the youth offending "
    "team, the establishment and the school he returned to;",
    "consider whether the staff responsible for his education had the knowledge and skills they needed; and",
    "make recommendations.",
]:
    bullet(b)

doc.add_heading("3. How the review was done", level=2)
npara("3.1", "I read Daniel\u2019s education records from primary school onwards, the ASSET assessments and pre-sentence "
             "report, the establishment\u2019s education and health records, his school file and the youth "
             "offending team\u2019s case records.")
npara("3.2", "I interviewed nineteen people: the SENCOs of his secondary school, his pupil referral unit and the "
             "school he joined after release; the SEN lead at Brantholme and two of his teachers there; the "
             "establishment speech and language therapist; three youth offending team workers; two local "
             "authority SEN officers; a head of year; the learning mentor; a Connexions personal adviser; and the "
             "two Heads of Learning and Skills concerned.")
npara("3.3", "I met Daniel twice, once at Brantholme and once at home, and his mother three times. Their account is "
             "at the centre of this review. Daniel chose what he wanted to talk about, and I have used his words "
             "where he agreed.")

doc.add_heading("4. Daniel", level=2)
npara("4.1", "Daniel is now seventeen. At primary school he had a statement of special educational needs for moderate "
             "learning difficulties. It ceased when he was fourteen, shortly after he was permanently excluded from "
             "his secondary school and placed at a pupil referral unit, on the grounds that his needs could be met "
             "from the unit\u2019s resources.")
npara("4.2", "When he arrived at Brantholme his reading was assessed at Entry Level 2. The establishment\u2019s speech "
             "and language therapist found a severe receptive language difficulty: he understood perhaps half of "
             "what was said to him in class, and had learned to hide it.")
npara("4.3", "He is funny, loyal to his younger brothers, and good with his hands. He wants to be a mechanic.")
boxed("\u201cThey talk fast and then they say, \u2018Did you get that?\u2019 and you say yes, because what else are you "
      "going to say. Then you get done for not doing it.\u201d", "Daniel, interviewed at Brantholme, November 2008")

doc.add_heading("5. Chronology", level=2)
npara("5.1", "The table sets out the main events. The right-hand column records what each event tells us.")
table(["Date", "Where", "What happened", "What it tells us"], [
    "Before custody",
    ["2005", "Hallamby", "Permanent exclusion at fourteen; placed at a pupil referral unit; statement ceased",
     "His needs were not re-assessed when his placement changed"],
    ["2006-07", "Pupil referral unit", "Part-time timetable; attendance 41%; first offences",
     "The referral unit had no SENCO in post for two terms"],
    "First period in custody",
    ["8 Oct 2007", "Brantholme", "Remanded; education induction and basic skills screening within three days",
     "Screening worked as designed"],
    ["Nov 2007", "Brantholme", "Speech and language screen; severe receptive language difficulty found; the SEN lead "
     "requests his school records", "The establishment found what school had missed"],
    ["Nov 2007", "Brantholme", "Records arrive after seven weeks, without the psychologist\u2019s report",
     "No one owned the transfer of records"],
    ["Dec 2007", "Court", "Sentenced to an eight-month detention and training order",
     "Education was mentioned in the sentence plan only as \u201cattend education\u201d"],
    ["Jan 2008", "Brantholme", "Sits a Level 1 literacy test without a reader, though he qualified for one",
     "No one arranged the reasonable adjustments he was entitled to in time"],
    "Release and return to school",
    ["Feb 2008", "Farrowdale", "Released to his mother\u2019s home in Farrowdale, a different local authority; no "
     "school place for six weeks", "The release planning meeting had no school representative"],
    ["Mar 2008", "Farrowdale secondary", "Placed in Year 11 on a part-time timetable with a learning mentor, whose "
     "enhanced CRB disclosure the school had checked", "The school did what it could with what it knew"],
    ["Mar 2008", "Farrowdale secondary", "The speech and language report never reaches the school SENCO; teachers "
     "see him as defiant", "The single most important piece of information was lost"],
    ["Apr 2008", "Farrowdale secondary", "Two fixed-term exclusions for refusing to follow instructions",
     "His behaviour was a language difficulty that no one at the school knew about"],
    ["May 2008", "Community", "Stops attending; breach of his order", "No one asked him why"],
    "Second period in custody",
    ["Jun 2008", "Brantholme", "Returns to custody; the Brantholme SEN lead starts again from the beginning",
     "The cycle repeats"],
], widths=[2.2, 2.8, 6.0, 5.6])

doc.add_heading("6. Key practice episodes", level=2)
npara("6.1", "Four episodes stand out. In each I set out what happened, what should have happened, and why it did "
             "not.")
lead("Episode 1: the statement that stopped.", "When Daniel moved to the pupil referral unit his statement was "
     "ceased rather than reviewed. The Code of Practice expects a change of placement to prompt a review of "
     "need.{{fn:Department for Education and Skills, Special Educational Needs Code of Practice, 2001, chapter 8.}} "
     "The unit had no SENCO in post to ask for one.")
lead("Episode 2: the report that did not travel.", "The speech and language report written at Brantholme was "
     "excellent. It went to the youth offending team case file and to Daniel\u2019s health record. It did not go "
     "to the school, because no one at Brantholme knew who the school\u2019s SENCO would be, and no one at the "
     "school knew there was a report to ask for.")
lead("Episode 3: the release planning meeting.", "Daniel\u2019s release planning meeting was held ten days before "
     "release. Education was represented by a teacher from Brantholme who had met him twice. No school had yet "
     "been found. His mother was not invited, and Daniel was not asked what he wanted.")
lead("Episode 4: the new school.", "The Farrowdale school took Daniel in good faith and gave him a mentor. Its SENCO "
     "told me: \u201cI had a sixteen-year-old from custody and a name. I had never been inside a young offender "
     "institution. I didn\u2019t know what to ask for.\u201d")

doc.add_heading("7. Findings", level=2)
for n, t in [
    ("F1", "The professionals who knew most about Daniel\u2019s needs and the professionals who had to meet them "
           "never spoke to each other."),
    ("F2", "SENCOs in schools know little about education in custody, and teachers in custody know little about "
           "what a school SENCO needs in order to plan."),
    ("F3", "Daniel\u2019s language difficulty explained most of what was treated as his defiance. Neither setting had "
           "a member of staff trained to recognise it in a sixteen-year-old."),
    ("F4", "Daniel and his mother were told what would happen rather than asked."),
    ("F5", "Records moved slowly and incompletely, and responsibility for moving them was unclear."),
    ("F6", "The youth offending team\u2019s own self-assessment of education, training and employment work had rated "
           "transition as good. It measured whether a school place was found, not whether the young person "
           "stayed in it."),
    ("F7", "Some of the most experienced staff at both ends have no recognised qualification in SEN, although they "
           "are doing the work."),
]:
    npara(n, t)

doc.add_heading("8. Recommendations", level=2)
npara("8.1", "I make eight recommendations, each addressed to the body that can act on it.")
table(["No.", "Recommendation", "To"], [
    ["R1", "Develop accredited training that brings together SENCOs in the establishments and SENCOs in the schools "
           "young people return to, so that each understands the other\u2019s setting.",
     "Sedgefell Learning and Skills Service; Hallamby and Farrowdale councils"],
    ["R2", "Screen every young person\u2019s speech, language and communication within five days of arrival.",
     "Sedgefell Learning and Skills Service"],
    ["R3", "Transfer education records within five working days of a request, in both directions.",
     "Hallamby and Farrowdale councils"],
    ["R4", "Make sure that training for SENCOs includes hearing young people and working with families who are "
           "far away from their child.", "Sedgefell Learning and Skills Service; University of Ambleford"],
    ["R5", "Offer experienced staff who are already doing the work a way to be assessed for the qualification "
           "without taking the whole course.", "Sedgefell Learning and Skills Service; University of Ambleford"],
    ["R6", "Provide a shared online space where SENCOs at both ends can exchange information and support one "
           "another between meetings.", "Sedgefell Learning and Skills Service"],
    ["R7", "Measure whether young people are still in education four weeks after release, not only whether a "
           "place was found.", "All agencies"],
    ["R8", "Review the resettlement protocol so that a named school representative attends every release planning "
           "meeting.", "Youth offending team management boards"],
], widths=[1.2, 10.4, 5.0])
para("Margaret Ellery, January 2009", italic=True)
doc.add_page_break()

# ---------------------------------------------------------------- PART TWO
doc.add_heading("Part Two: Our response \u2013 the Sedgefell SENCO Award", level=1)
para("The Quality Board accepted the review in full in February 2009. Several recommendations are for other bodies "
     "or are being met outside the Award (R2 from April 2009; R3 and R8 through the youth offending team boards). "
     "This part describes the Award, which is our answer to R1, R4, R7 and part of F7, and says what we have decided "
     "about R5 and R6.")

doc.add_heading("The Award at a glance", level=2)
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [
    ("Title", "Postgraduate Certificate in Special Educational Needs Coordination (Secure and Community Settings)"),
    ("Awarding body", "University of Ambleford, Faculty of Education. Validated on 4 March 2009 for five years from "
                      "September 2009."),
    ("Credits and level", "60 credits. Level 7 (Postgraduate Certificate) or Level 6 (Graduate Certificate): see "
                          "\u201cLevels\u201d below."),
    ("Length", "Route A: one year, September to July. Route B: two years."),
    ("Who it is for", "SENCOs and SEN leads in the Service\u2019s four establishments; SENCOs of schools in Hallamby "
                      "and Farrowdale that take young people back from custody."),
    ("Where", "The Sedgefell Centre, Brantholme Road (outside the establishment), and Hallamby Professional "
              "Development Centre."),
    ("Cohort", "Up to 20. First cohort September 2009."),
    ("Fee", "\u00a31,200. The Service pays for its own staff; Hallamby and Farrowdale pay for the SENCOs of their "
            "schools from their training budgets."),
]:
    cells = t.add_row().cells
    cell_text(cells[0], k, bold=True)
    shade(cells[0], "E8DFF0")
    cell_text(cells[1], v)
    cells[0].width = Cm(3.6)
    cells[1].width = Cm(13.0)
doc.add_paragraph()

doc.add_heading("What the Award is for", level=2)
para("The Award has one aim: that young people with special educational needs and disabilities achieve more, in "
     "their learning and in all five Every Child Matters outcomes. For a young person leaving custody, achieving "
     "more means learning to read and to follow what is said in class; it also means staying safe, staying healthy, "
     "staying in school or training, making a positive contribution rather than reoffending, and having a route "
     "into work. Its objectives are that every participant will be able to identify needs like Daniel\u2019s, plan "
     "for them with the young person and the family, make sure information and provision follow the young person "
     "across the gate, and lead colleagues in doing the same. Each assignment asks participants what difference "
     "their work has made to young people: Assignment 3 requires them to measure it.")

doc.add_heading("Levels", level=2)
para("Participants who hold a first degree are registered for the Postgraduate Certificate and are assessed at "
     "Level 7 (master\u2019s level). Many teachers in the secure estate qualified through further education routes, "
     "with a Certificate in Education, and have no first degree. They are registered for the Graduate Certificate "
     "at Level 6, with the same sessions, assignments and outcomes, and may top up to the Postgraduate Certificate "
     "later.{{fn:The Graduate Certificate was validated at the same event as the Postgraduate Certificate, as an "
     "alternative award for the same programme.}}")

doc.add_heading("Who can join, and how", level=2)
lead("Entry requirements.", "Participants must hold qualified teacher status or, for staff of the Service, a "
     "recognised teaching qualification for the further education sector; and must be working as the SENCO or SEN "
     "lead of their school or establishment, or be about to take on the role within the year, with the written "
     "support of their head (for our own staff, their Head of Learning and Skills).")
lead("Nomination.", "Heads nominate participants on the Award nomination form by 30 June. Places are offered in "
     "order of nomination, keeping at least eight places for school SENCOs. The entry audit (below) is not a "
     "selection test: everyone who meets the entry requirements and is nominated is offered a place while places "
     "remain.")
lead("Checks.", "Every participant is a serving teacher, employed by a school, a local authority or the Service, and "
     "their employer has already made the checks that the law requires for work with children. The Service does not "
     "repeat those checks and does not ask participants for disclosure details.")
lead("Credit for earlier study.", "Participants who have already passed master\u2019s-level modules in special "
     "educational needs at any university may ask for up to 20 credits for that study under the University\u2019s "
     "regulations for the accreditation of prior certificated learning, which excuses them from Assignment 1. We do "
     "not give credit for experience alone: experienced staff are very welcome, but they take the whole Award.")
lead("The entry audit and the learning plan.", "Before the first session each participant completes the entry "
     "audit, rating themselves against every national outcome for SENCOs and giving evidence from their own work "
     "for each rating. They then meet their personal tutor for a 45-minute planning interview. Together they write "
     "an Individual Learning Plan which records the outcomes the participant already meets (with the evidence, "
     "which the tutor checks), the outcomes to work on first, the optional workshops the participant will attend, "
     "and three personal targets for the year. The plan is reviewed at each tutorial and changed as the "
     "participant\u2019s needs change; the tutor uses it to decide where the participant needs extra reading, a "
     "visit to another setting or more time with the tutor.")
lead("An assessment-only route.", "R5 asked us to offer experienced staff a way to be assessed for the "
     "qualification without taking the whole course. We agree with the reviewer. The University\u2019s regulations "
     "for the certificate do not at present allow an award without registration on the taught units, and we have "
     "agreed with the University to bring a proposal to its Academic Standards Committee in 2010. Until then, there "
     "is no assessment-only route.")

doc.add_heading("How the Award is taught", level=2)
para("The Award has ten sessions (Appendix A), each a full day from 9.30 to 4.00. On Route A the sessions run "
     "monthly from September to June. Route B covers the same sessions over two years, five each year, for "
     "participants whose release or workload makes a year too tight; Route B participants may start in September "
     "or in February, when Sessions 1 to 5 are repeated, and may take Sessions 6 to 10 before Sessions 1 to 5 if "
     "their work calls for it. School SENCOs may take Sessions 2, 4 and 6 as two twilight meetings each at Hallamby "
     "Professional Development Centre instead of the day session.")
para("All teaching is face to face. There is no online element: most of our own staff cannot reach the internet "
     "from their place of work, and the school SENCOs told us that they wanted to meet colleagues from the other "
     "side of the gate, not a screen. R6 proposed a shared online space for SENCOs at both ends; we have not taken it "
     "up for the first cohort.")
para("Between sessions participants carry out a short gap task in their own setting, set at the end of each "
     "session, and bring it back to the next. Each participant has three individual tutorials with their personal "
     "tutor (October, February, May), by telephone or in person, and one visit from the tutor to their school or "
     "establishment, at which the tutor observes the participant at work and meets their line manager. The "
     "assignments are all based on the participant\u2019s own practice with their own young people.")
para("Specialists teach alongside the tutors: the speech and language therapist who assessed Daniel (Sessions 4 "
     "and 6), a clinical psychologist from the youth offending team\u2019s health service (Session 4), youth "
     "offending team education, training and employment managers and a Connexions personal adviser (Session 8), "
     "and the Farrowdale Parent Partnership officer (Session 7). The Award has no placements: the practical work is "
     "done in the participant\u2019s own setting, where it counts.")
para("Tutors keep the sessions up to date with current research and inspection findings.")

doc.add_heading("How the Award is assessed", level=2)
para("There are three assignments and a Practice Log (Appendix B). Each assignment is marked by the participant\u2019s "
     "personal tutor against the University\u2019s assessment criteria for the level and against the outcomes "
     "listed in its brief. The Practice Log is required but is not marked.")
lead("Making marking fair.", "Before each marking period the tutors meet for half a day to mark the same two "
     "scripts and agree standards. Every Assignment 3 is double-marked. For Assignments 1 and 2 a second tutor marks "
     "a sample of one in five and every fail. The University moderates a sample of each assignment, and the external "
     "examiner appointed by the University reviews the sample and all fails and attends the Assessment Board.")
lead("The award.", "The Certificate is awarded on the overall mark for the three assignments, weighted 30:30:40. "
     "Under the University\u2019s regulations, a mark up to ten marks below the pass mark in one assignment may be "
     "compensated where the overall mark reaches the pass mark.{{fn:University of Ambleford, Regulations for "
     "Postgraduate and Graduate Certificates, 2008-09, regulation 14.3.}}")

doc.add_heading("The people who teach it", level=2)
para("The tutors are listed in Appendix C. Every tutor attends the University\u2019s associate tutor induction day "
     "before teaching on the Award, and the whole team meets for a planning and review day each July. Each "
     "participant\u2019s line manager acts as their workplace mentor: mentors are invited to a two-hour briefing in "
     "September, or receive a visit from the programme leader if they cannot attend, and are given the Mentor Guide, "
     "which sets out the three mentor meetings, what to look for in the Practice Log and when to contact the tutor.")

doc.add_heading("Resources", level=2)
para("Participants are registered students of the University of Ambleford and have the use of its library, "
     "including its online journals. The Sedgefell Centre has a small collection of books on special educational "
     "needs and some assessment materials that participants may borrow.")

doc.add_heading("Equal access", level=2)
para("The Service and the University comply with the Disability Discrimination Act and all other equality "
     "legislation, and will make reasonable adjustments for any participant who asks. Both teaching venues are "
     "accessible.")

doc.add_heading("Working with partners", level=2)
para("The review itself is our main evidence of what the Award needs to do: nineteen professionals, Daniel and his "
     "mother. We added to it in November 2008 by surveying the SENCOs of the 38 schools in Hallamby and Farrowdale "
     "that took back at least one young person from custody in 2007-08 (26 replied), and by holding two meetings "
     "with youth offending team education workers and our own Heads of Learning and Skills. The schools asked for "
     "three things above all: to know what custody is like; to be told about a young person\u2019s needs before "
     "the first day; and help with older pupils\u2019 language difficulties. The youth offending team workers asked "
     "for SENCOs who would come to release planning meetings and know what to say there.")
para("These findings shaped the Award. Session 4 gives a whole morning to language and communication in older "
     "young people because of F3 and the survey. Session 5 exists because of F4. Assignment 2 asks participants to "
     "follow a young person across a move between custody and school wherever they can, which the youth offending "
     "team workers asked for. Route B and the twilight sessions were added after school SENCOs said a year of "
     "full days was more release than their heads would give.")
para("Partners help to run the Award and to judge it. The Award Steering Group meets each term: two receiving-school "
     "headteachers, an education, training and employment manager from each youth offending team, a Head of "
     "Learning and Skills, a parent from Farrowdale Parent Partnership, the University\u2019s Programme Director and "
     "the programme leader. It receives the evaluation evidence described below, decides what should change and "
     "checks that it has. Youth offending team staff teach in Session 8, and every year the young people\u2019s "
     "panel at Brantholme reviews the guidance for Assignment 2 on how to ask a young person about their provision, "
     "and tells the Steering Group what it would change.")

doc.add_heading("Checking quality and impact", level=2)
para("We use several sources of evidence. Participants evaluate each session on the day. At the midpoint of the "
     "year a member of the Steering Group who does not teach on the Award runs a focus group with each cohort. At "
     "the end of the year participants and their mentors complete a questionnaire. The University\u2019s Annual "
     "Programme Review and the external examiner\u2019s report give an independent view of standards. The programme "
     "leader brings all of this together each summer in an evaluation report with an action plan; the Steering "
     "Group agrees the plan in September, and the Service\u2019s Quality Board checks progress against it each "
     "term. The Award is also part of the Service\u2019s annual self-assessment report.")
para("We measure impact in three ways. For participants, the entry audit is repeated at the end of the Award and "
     "compared with the first, outcome by outcome, and participants rate their confidence on a ten-point scale at "
     "the start, the middle and the end. For young people, Assignment 3 requires each participant to record a "
     "baseline and a follow-up measure for at least five young people: a reading or language measure, attendance, "
     "and the young person\u2019s own rating of how school or education is going. For young people who leave custody "
     "during the project, the youth offending team supplies whether each one is still in education, training or "
     "employment four weeks after release, as R7 asked. Each year we collate these measures into an Impact Summary "
     "for the Steering Group and the Quality Board.")

doc.add_heading("After the Award", level=2)
para("At the final tutorial each participant and their tutor agree three professional targets for the following "
     "year, written on the Next Steps sheet, which the participant takes to their performance management meeting. "
     "Everyone who completes is invited to the termly Custody to School SENCO Network run by the two councils, and "
     "the 60 credits count towards the University\u2019s MA in Inclusive Education.")
doc.add_page_break()

# ---------------------------------------------------------------- APPENDIX A
doc.add_heading("Appendix A: Sessions", level=1)
para("The outcomes column names, in our own words, the national outcomes for SENCOs that each session works on.")
table(["Session", "Title and content", "Outcomes worked on"], [
    ["1", "The SENCO, research and evidence. The SENCO\u2019s role in a school and in a secure establishment; "
          "finding, reading and judging research; using outside advice.",
     "Drawing on research and outside advice; knowing best practice and research"],
    ["2", "The law, the Code and the gap. The SEN Code of Practice (2001); Part 4 of the Education Act 1996; the "
          "Special Educational Needs and Disability Act 2001; the Disability Discrimination Act 1995 and 2005 and the "
          "Disability Equality Duty; Every Child Matters and the Children Act 2004; the 2008 regulations on SENCOs; "
          "what happens to a statement when a young person is in custody.",
     "SEN law and the Code of Practice and how to apply them; the principles and outcomes of Every Child Matters "
     "and the SENCO\u2019s part; disability equality law and the action it requires"],
    ["3", "Leading SEN. Working with the head, senior leaders, governors and, in the establishments, the Governor or "
          "Director; SEN policy; an inclusive ethos; priorities and budgets.",
     "Gaining the commitment of colleagues and the head; influencing strategy, ethos, policy and resources"],
    ["4", "Understanding the young person. How children and adolescents develop, and how trauma, loss, exclusion and "
          "custody affect development; behavioural, emotional and social difficulties, speech, language and "
          "communication needs, dyslexia and other specific learning difficulties, autism, moderate learning "
          "difficulties; identifying need; using assessments by other professionals; setting targets; planning and "
          "reviewing interventions; tracking progress with test results and other summative data; anticipating "
          "problems and making sound judgements about provision.",
     "How young people develop; the common types of SEN; identifying need, targets, interventions and review; "
     "using other professionals\u2019 assessments; tracking progress with summative data; sound judgement"],
    ["5", "Hearing the young person. Consulting young people with SEN about what affects them; structured "
          "conversations and visual supports for young people with language difficulties; involving young people "
          "in planning, agreeing and reviewing their provision, including in sentence planning and release planning "
          "meetings.",
     "Involving young people in their provision; fair, respectful relationships with young people"],
    ["6", "What works. Approaches, strategies and resources for assessment, teaching and learning, including ICT and "
          "assistive technology, judged critically; provision mapping and finding missing or ineffective provision.",
     "Approaches, strategies and resources including ICT; provision mapping"],
    ["7", "Families and colleagues. Working in partnership with parents and carers, including families far from their "
          "child; supporting colleagues by observing teaching and giving feedback, coaching, modelling and "
          "training; speaking and writing clearly and listening in meetings.",
     "Working with parents and carers; relationships with parents; developing colleagues; clear communication"],
    ["8", "Other services. Youth offending teams, CAMHS, social care, Connexions and voluntary organisations; how to "
          "get specialist help; reviewing the effectiveness of provision with colleagues.",
     "The role of other agencies; working with other services; reviewing provision with colleagues"],
    ["9", "Managing the role. Priorities, time and delegation; access arrangements for tests and examinations, "
          "including examinations sat in custody.",
     "Time, priorities and delegation; access arrangements"],
    ["10", "Keeping up to date. Professional reading, networks and the SENCO\u2019s own learning; Assignment 3 "
           "presentations; final tutorials.",
     "Keeping up to date and taking charge of their own professional development"],
], widths=[1.6, 9.4, 5.6])

# ---------------------------------------------------------------- APPENDIX B
doc.add_heading("Appendix B: Assignments and the Practice Log", level=1)
doc.add_heading("Assignment 1: The law and your setting (30%)", level=2)
para("A critical review of about 3,000 words of how your school or establishment meets its duties to young people "
     "with SEN and disabilities, drawing on research and on advice from outside your setting, ending with a "
     "recommendation on policy that you present to your head or senior leadership team. Submitted in December.")
para("This assignment assesses your:")
for b in [
    "knowledge of SEN law and the Code of Practice and how to put them into practice;",
    "knowledge of disability equality law and what it requires;",
    "knowledge of best practice and research;",
    "use of research and outside advice to improve your own and colleagues\u2019 practice;",
    "ability to influence senior colleagues and governors on ethos, policy, priorities and resources.",
]:
    bullet(b)

doc.add_heading("Assignment 2: One young person (30%)", level=2)
para("A case study of about 4,000 words of the provision for one young person with SEN, following them across a "
     "move between custody and school wherever you can. It must include the young person\u2019s own views and how "
     "you acted on them, your work with their parents or carers, and the assessments of other professionals. "
     "Submitted in March.")
para("This assignment assesses your:")
for b in [
    "identification of need, target setting, planning of interventions and review of progress;",
    "use of assessments by other professionals;",
    "use of test results and other summative data to track progress and change the programme;",
    "understanding of how young people develop and of the common types of SEN;",
    "relationships with the young person and their family;",
    "involvement of the young person in planning and reviewing their provision;",
    "work with parents and carers;",
    "knowledge of other agencies and work in partnership with them;",
    "judgement in solving problems and deciding on provision.",
]:
    bullet(b)

doc.add_heading("Assignment 3: Leading a change (40%)", level=2)
para("A report of about 4,000 words and a 15-minute presentation on a change in provision that you have planned, led "
     "and evaluated in your setting, with baseline and follow-up measures for at least five young people. The report "
     "ends with a reflective section on your own professional learning and how you keep up to date. Presented in "
     "June; report submitted in July.")
para("This assignment assesses your:")
for b in [
    "use of provision mapping to find missing or ineffective provision;",
    "deployment and management of staff;",
    "support for colleagues\u2019 professional development;",
    "ability to gain the commitment of colleagues and the head;",
    "clear writing and speaking, and listening to others;",
    "responsibility for keeping up to date and for your own professional development.",
]:
    bullet(b)

doc.add_heading("The Practice Log", level=2)
para("Throughout the Award you keep a Practice Log of your work between sessions, which your mentor signs at each "
     "mentor meeting. It records how you plan your time and what you delegate, and the access arrangements you "
     "arrange for young people\u2019s tests and examinations. The Practice Log is required, but it is not marked "
     "and does not count towards the award.")

# ---------------------------------------------------------------- APPENDIX C
doc.add_heading("Appendix C: Tutors", level=1)
table(["Name", "Role", "Qualifications and recent experience"], [
    ["Ruth Okonedo", "Programme leader; personal tutor", "MA in Special Educational Needs; NPQH; SENCO of a "
     "Hallamby secondary school for nine years; SEN lead for the Service since 2006"],
    ["Dr Priya Ramsden", "University Programme Director; personal tutor", "PhD on the education of young people "
     "in custody; Senior Lecturer in Inclusive Education; former teacher in a secure children\u2019s home"],
    ["Stephen Calloway", "Personal tutor", "MEd; Advanced Diploma in Specific Learning Difficulties; Head of "
     "Learning and Skills at Eskholme; formerly SENCO of a pupil referral unit"],
    ["Hannah Brisco", "Personal tutor", "MA Autism; SENCO of a Farrowdale secondary school; local authority "
     "SENCO network leader"],
    ["Joanne Teale", "Specialist tutor (Sessions 4 and 6)", "Speech and language therapist (MRCSLT), Sedgefell "
     "establishments"],
], widths=[3.4, 4.4, 8.8])
para("All tutors currently lead or have led SEN provision within the last three years.")

# ---------------------------------------------------------------- APPENDIX D
doc.add_heading("Appendix D: Who took part in the review", level=1)
para("By role only: three SENCOs (secondary school, pupil referral unit, receiving school); the SEN lead and two "
     "teachers at HMYOI Brantholme; the establishment speech and language therapist; three youth offending team "
     "workers; two local authority SEN officers; a head of year; a learning mentor; a Connexions personal adviser; "
     "two Heads of Learning and Skills; Daniel; Daniel\u2019s mother.")

doc.save(OUT)


# ---------------------------------------------------------------- footnotes part (raw OOXML)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_footnotes(path, notes):
    z = zipfile.ZipFile(path)
    files = {n: z.read(n) for n in z.namelist()}
    z.close()
    fn = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<w:footnotes xmlns:w="%s">' % W,
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
          '</w:footnote>']
    for i, text in enumerate(notes, start=1):
        fn.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                  '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                  '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                  % (i, esc(text)))
    fn.append('</w:footnotes>')
    files["word/footnotes.xml"] = "".join(fn).encode("utf-8")
    docxml = files["word/document.xml"].decode("utf-8")
    for i in range(1, len(notes) + 1):
        pat = re.compile(r'<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t>\[\[FN%d\]\]</w:t></w:r>' % i)
        new = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % i)
        docxml, n = pat.subn(new, docxml)
        assert n == 1, (i, n)
    files["word/document.xml"] = docxml.encode("utf-8")
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    ct = files["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                                'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    files["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for n, data in files.items():
            out.writestr(n, data)


add_footnotes(OUT, FOOTNOTES)
print("wrote", OUT, "with", len(FOOTNOTES), "footnotes")
