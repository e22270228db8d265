"""Build cv-01-orrin-charter.docx: Orrin House Learning Centre, Participant Charter 2009-10 (invented provider).

Provider
--------
Orrin House Learning Centre, Stanmarsh: an independent registered charity that
has trained specialist teachers for pupils with specific learning difficulties
(dyslexia) since 1984 and runs an assessment service. It applies alone; the
award, a Postgraduate Certificate in Leading SEN Coordination, is validated by
the (invented) University of Medwin. Stanmarsh City Council and Wetherfold
County Council appear only as stakeholders whose specialists teach and whose
schools were surveyed. Dated 14 May 2009, 2008-era vocabulary (CRB, DDA,
Disability Equality Duty, SEN Code of Practice 2001, ECM, SENCO Regulations 2008).

Layout (a kind of document not in the earlier sets: a participant charter)
------------------------------------------------------------------------
The provider sends its Participant Charter, the document each participant, the
participant's headteacher and the Centre sign, as its whole application.
- A cover page, then a one-page covering letter to the TDA with a small
  "concordance" table (TDA criterion -> where to look in the Charter).
- "About this Charter" (values, then the 2008 stakeholder consultation).
- Part One: eighteen promises P1-P18, each a bold one-line promise in the
  second person ("We will ...") followed by an italic "In practice." run-in
  paragraph. Some promises have a real arrangement behind them, some only
  warm words.
- Part Two: what we ask of you (Y1-Y6). Part Three: what we ask of your
  headteacher (H1-H6).
- Part Four: a service-standards table numbered S1-S10 (the numbers collide
  with outcome ids 6.S1-6.S9) with a last column of 2008-09 results for the
  old certificate (past arrangements).
- Part Five: a shaded box quoting the TDA specification, the award rule and a
  blanket claim, Table 5.1 of ten study days coded A1-A3, B1-B4, C1-C3 (the
  codes collide with outcome ids 6.A1-6.A3), Table 5.2 "schedule" of 29
  numbered lines in the Centre's own words under merged group rows (Being /
  Knowing / Doing) with "Worked on" and "Assessed in" columns, a key to the
  three assessed Pieces, and a note on a withdrawn line.
- Part Six: if things go wrong. Part Seven: a signature table.
- Page header and footer; the footer carries a claim about mentors.
Heading 1 is used for the Parts only; promises and duties are bold Normal
paragraphs.

Traps and the requirement ids they affect
-----------------------------------------
- 1.1 partially_met: P1 is a value statement about happiness and safety; the
  arrangement behind it is about attainment only ("reading, writing,
  spelling ..."); ECM appears only as Day A2 content.
- 1.5 not_met (wrong context): the only mention of pupils' views is H5, a duty
  the Charter places on the headteacher for annual reviews; the concordance
  even points Criterion 4 at H5. Nothing develops participants' skills in
  consulting children.
- 2.1 partially_met (negation of one half): certificated learning is
  accredited (P9), experience "alone" is explicitly not.
- 2.2 met: Starting Point profile tested by tutor, Individual Learning Plan.
- 2.3 met: "Direct Assessment" route, concretely described (P10).
- 2.4 partially_met: P11 is warm general words ("we do our best to respond to
  each of you as an individual"); no cost-effectiveness.
- 2.5 not_met (aspiration): P18 "We hope you will stay in touch ...".
- 3.1 met (P12), 3.2 met (P13).
- 3.3 partially_met: Study Room (Moodle) with tutor and peer forum support
  (P14), but Standard S4 says the forums are "not staffed outside study-day
  weeks": no support between face-to-face sessions.
- 4.1 and 4.2 met (About this Charter: survey, focus groups, what changed).
- 4.3 partially_met: stakeholders teach (Parent Partnership Service, LA
  specialists, cluster network), but their part in evaluation is only "We
  would always be glad to hear from headteachers" (H6).
- 5.2 partially_met: Y1 entry rules with first-come-first-served acceptance
  of every nominated teacher; no judgement of readiness to meet the outcomes.
- 5.3 met: Y2 and H1 (certificate seen and recorded, new disclosure for those
  out of school for three months, headteacher's assurance on conduct).
- 5.4 partially_met: P15 generic ("experienced specialist teachers", AMBDA),
  nothing on SENCO leadership expertise or keeping up to date.
- 5.5 met: Standard S9 (outside specialists, two-day study visits arranged
  and hosted).
- 5.6 met: Standard S8. 5.8 met: Standard S6.
- 5.7 partially_met: tutors have a Tutor Guide and standardisation day (S6),
  but mentors are only nominated by the head; a briefing is something "we
  are looking at" (H3). The footer's "All school mentors are trained by
  Orrin House" is not evidence.
- 5.9 met: P17 baseline and follow-up pupil measures collated, repeated
  Starting Point profile.
- 6.0 and 1.9 partially_met: award on passing three Pieces and the viva; the
  box quoting the TDA is not the provider's statement; blanket "The schedule
  below covers every one of the national minimum outcomes" against rows that
  are not assessed, withdrawn or assumed.
- Outcomes (Table 5.2):
  developed and assessed (met): A1, A2, A5, A6, K1, K3, K5, K6, K8, S1, S2,
  S2a, S2b, S2d, S3, S4, S6, S8;
  formative only, a Study Room reflection "not marked" (A3 partially_met);
  assessed but not developed, "Worked on" a dash or "your own reading"
  (A4, K7 partially_met);
  developed but not assessed, a dash in "Assessed in" (A7, K2, S2c, S9
  partially_met);
  optional section of Piece 2 (K9 partially_met);
  conditional "where your change involves training colleagues" (S5
  partially_met);
  "Assumed at entry" (K4 not_met);
  "Withdrawn for 2009-10" (S7 not_met).
- Numbering collisions that do not change any label: Standard S7 is appeals,
  S8 resources, S9 specialists; Day A1 is law, A2 Every Child Matters, A3
  disability equality.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("cv-01-orrin-charter.docx")

doc = Document()
doc.core_properties.author = "Margaret Oyelaran-Hughes"
doc.core_properties.title = "Orrin House Participant Charter 2009-10"
normal = doc.styles["Normal"]
normal.font.name = "Verdana"
normal.font.size = Pt(10)
h1 = doc.styles["Heading 1"]
h1.font.name = "Verdana"
h1.font.size = Pt(14)
h1.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)

PLUM = "5B2C6F"
LILAC = "EFE6F3"


def para(text="", bold=False, italic=False, size=None, align=None, after=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runin(lead, text, lead_italic=True, lead_bold=False):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.italic = lead_italic
    r.bold = lead_bold
    p.add_run(text)
    return p


def item(code, title):
    """A promise or duty: bold code and one-line title, a Normal paragraph."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(code + "\t")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string(PLUM)
    r = p.add_run(title)
    r.bold = True
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def table(rows, widths=None, header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, LILAC)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("Orrin House Learning Centre \u00b7 Registered charity no. 1071443 \u00b7 Participant Charter 2009\u201310")
hr.font.size = Pt(7)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Charter v3, May 2009 \u00b7 Reviewed every year by the Programme Committee \u00b7 "
                "All school mentors are trained by Orrin House \u00b7 Page ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ cover
para("", after=60)
para("ORRIN HOUSE LEARNING CENTRE", bold=True, size=20, align="c", colour=PLUM)
para("Pellow Street \u00b7 Stanmarsh \u00b7 SM3 8QD", size=9, align="c")
para("", after=30)
para("PARTICIPANT CHARTER 2009\u201310", bold=True, size=24, align="c")
para("Postgraduate Certificate in Leading SEN Coordination", size=13, align="c")
para("(the National Award for SEN Coordination)", italic=True, size=11, align="c")
para("validated by the University of Medwin", size=11, align="c")
para("", after=30)
para("What we promise you \u00b7 What we ask of you \u00b7 What we ask of your school \u00b7 "
     "Our service standards \u00b7 The Schedule of Learning and Assessment", size=9, align="c", italic=True)
page_break()

# ------------------------------------------------------------------ covering letter
para("To the SENCO Training Approval Panel", after=0)
para("Training and Development Agency for Schools", after=0)
para("151 Buckingham Palace Road, London SW1W 9SZ")
para("14 May 2009")
para("Dear Colleagues,")
para("Most of the applications you receive this spring will have been written for you. Ours was not. "
     "Orrin House has given every participant on every one of its courses a signed Charter since 1996, "
     "and when we sat down to write this application we found that the Charter for the new award already "
     "said most of what the TDA asks, and said it in the words our participants and their headteachers "
     "will actually read. We have therefore sent you the 2009\u201310 Charter as it will be signed in "
     "September, rather than rewriting it in the order of the specification. The Schedule of Learning "
     "and Assessment in Part Five shows where each national outcome is taught and assessed.")
para("So that the panel does not have to hunt, the table below shows where we think each criterion is "
     "answered.")
table([
    ("TDA criterion", "Where to look in the Charter"),
    ("Eligibility: accreditation, level and credit", "Promise P2"),
    ("Criterion 1: raising achievement", "P1, P3 to P7; Part Five"),
    ("Criterion 2: meeting participants\u2019 needs", "P8 to P11"),
    ("Criterion 3: flexibility and access", "P12 to P14"),
    ("Criterion 4: stakeholders", "About this Charter; H5"),
    ("Criterion 5: quality assurance", "P15 to P17; Part Two; Part Four"),
    ("Criterion 6: the minimum outcomes", "Part Five"),
])
para("")
para("Yours sincerely,", after=18)
para("Margaret Oyelaran-Hughes", bold=True, after=0)
para("Director of Studies, Orrin House Learning Centre")
page_break()

# ------------------------------------------------------------------ about
doc.add_heading("About this Charter", level=1)
para("This Charter sets out what Orrin House promises you, what we ask of you, and what we ask of the "
     "school that employs you, while you study for the Postgraduate Certificate in Leading SEN "
     "Coordination. It is short on purpose. You, your headteacher and the Director of Studies each sign "
     "it (Part Seven), and each of you keeps a copy.")
para("Orrin House was founded by teachers, for teachers. We believe that every child can learn, that "
     "every teacher can learn to lead, and that the quality of a school can be judged by how it treats "
     "the children who find learning hardest. Those beliefs are behind everything in these pages.")
runin("Why the course looks as it does.",
      "In October and November 2008 we asked the people with a stake in the new award what it ought to "
      "do. A questionnaire went to every SENCO in Stanmarsh and Wetherfold and 143 of them answered it "
      "(61 per cent); we held two evening focus groups with 19 headteachers; and the Wetherfold Parent "
      "Partnership Service ran a session for us with eleven parents of children at School Action Plus or "
      "with statements. Three messages came through clearly. Headteachers told us that new SENCOs find "
      "it hardest to lead other adults, above all teaching assistants. SENCOs told us that they have no "
      "time to find out what the research says. Parents told us they wanted a SENCO who would \u2018ring "
      "back and explain\u2019. Strand C, Leading provision and people, was written in answer to the "
      "first message: our old certificate had nothing like it. Every study day now opens with a "
      "half-hour research reading group because of the second. And Day B3 now gives its afternoon to "
      "conversations with parents, planned with the Parent Partnership Service, because of the third.",
      lead_italic=False, lead_bold=True)

# ------------------------------------------------------------------ Part One
doc.add_heading("Part One \u2013 What we promise you", level=1)

PROMISES = [
    ("P1", "We will keep children at the centre.",
     "We believe that every child deserves to be happy, safe and valued at school. For us the test of the "
     "course is simple: are the children you teach reading, writing, spelling, calculating and "
     "communicating better at the end of it than at the start? Each of the three assessed Pieces asks "
     "you to show what has changed in the attainment of pupils with special educational needs in your "
     "school, and the Change Project (Piece 3) asks for their scores before and after."),
    ("P2", "We will give you a qualification that counts.",
     "The course was approved at a University of Medwin validation event on 3 March 2009. The University "
     "awards the Postgraduate Certificate in Leading SEN Coordination, which carries 60 credits at Level 7 "
     "(Master\u2019s level) of the Framework for Higher Education Qualifications: 20 credits for each of "
     "the three Strands. The University\u2019s link tutor, Dr Owen Tregarthen, sits on our Programme "
     "Committee, and the credits count towards the University\u2019s MA in Inclusive Education."),
    ("P3", "We will root the course in your school.",
     "Every study day ends with a school task, to be done in your own school before the next study day, "
     "and each task names the lines of the Schedule (Part Five) it works towards. After Day A1, for "
     "example, you audit your school\u2019s SEN policy against the Code of Practice; after Day C1 you draw "
     "up a provision map for one year group. Your tutor reads each task and talks it through with you at "
     "your next tutorial. Piece 3 is a change you lead in your own school."),
    ("P4", "We will keep you up to date.",
     "Each Strand leader revises the Strand\u2019s reading list every July in the light of new research, "
     "inspection findings and national developments. For 2009\u201310 the lists include the Bercow Review "
     "of services for children with speech, language and communication needs (2008), Ofsted\u2019s "
     "Inclusion: does it matter where pupils are taught? (2006), the first reports of the Deployment and "
     "Impact of Support Staff project (2009) and the work of the Lamb Inquiry into parental confidence "
     "(2009). Every study day opens with a half-hour reading group in which a tutor introduces one recent "
     "paper and you discuss what it means for your school."),
    ("P5", "We will help you know the law and use it.",
     "Days A1 to A3 take you through the Education Act 1996 (Part IV), the SEN Code of Practice (2001), "
     "the Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as "
     "amended in 2005 and the Disability Equality Duty, the Children Act 2004 and Every Child Matters, "
     "Removing Barriers to Achievement (2004), the Education (Special Educational Needs Co-ordinators) "
     "(England) Regulations 2008 and the Inclusion Development Programme, always asking what each means "
     "for your school and for you."),
    ("P6", "We will help you lead and support other adults.",
     "Strand C trains you to advise, coach and support colleagues. On Day C2 you practise coaching "
     "conversations in threes, using the GROW model, and then coach a colleague in your school through "
     "three short cycles as your school task. Day C3 is held jointly with the SENCO cluster network run "
     "by Stanmarsh and Wetherfold: you plan a shared piece of work with SENCOs from other schools and with "
     "your cluster\u2019s advisory teacher, and report on it at the network\u2019s summer meeting."),
    ("P7", "We will help you work alongside families.",
     "The afternoon of Day B3 is planned and taught with the Wetherfold Parent Partnership Service. It "
     "covers listening to parents, explaining provision and assessment results in plain language, advising "
     "parents on what the school and other services can offer, and handling disagreement before it "
     "becomes a dispute. You then hold a meeting with the parents or carers of the pupil you are studying "
     "for Piece 2, and write it up as part of that Piece."),
    ("P8", "We will start from where you are.",
     "Before your first study day you complete the Starting Point profile: for every line of the Schedule "
     "in Part Five you rate yourself from 1 to 4 and give an example from your work. Your personal tutor "
     "then meets you for an hour, tests your ratings against your examples, and agrees with you an "
     "Individual Learning Plan. The Plan names the lines you most need to work on, the optional workshops "
     "you will take, and the lines you may already meet, so that you can spend less time on them. It is "
     "reviewed and updated at each of your tutorials."),
    ("P9", "We will recognise what you have already achieved.",
     "If you hold our Level 7 Certificate in Specialist Teaching (SpLD), or another Level 7 award whose "
     "outcomes match those of Strand B, you may claim up to 20 credits through the University\u2019s "
     "procedure for the Accreditation of Prior Certificated Learning. We are not able to give credit for "
     "experience alone, however long or relevant it is; your experience will, though, be reflected in "
     "your Individual Learning Plan."),
    ("P10", "We will offer a route for the very experienced.",
     "A teacher who has led SEN provision in a school for at least three years, or an advisory teacher "
     "from an SEN support service, may apply for Direct Assessment: assessment against every line of the "
     "Schedule without attending the study days. Applicants send a CV and a statement showing how they "
     "meet each line; the Director of Studies and the University\u2019s link tutor interview them and "
     "decide. Those accepted submit Pieces 1, 2 and 3 and attend the viva, are marked and moderated in "
     "the same way as everyone else, and must show every outcome. The fee for Direct Assessment is "
     "\u00a3520."),
    ("P11", "We will fit the course around you.",
     "We know that no two SENCOs arrive with the same school, the same experience or the same worries, and "
     "we do our best to respond to each of you as an individual. Our tutors are generous with their time, "
     "and we want every participant to leave the course a more confident leader."),
    ("P12", "We will make the course accessible to you.",
     "The booking form asks whether you have a disability, a specific learning difficulty or a health "
     "condition, and explains why we ask and who will see the answer. Whatever you tell us, our Access "
     "Officer, Tom Fairlie, will contact you within five working days to agree a Personal Access Plan "
     "covering teaching, materials and assessment: for example extra time, a spoken alternative to a "
     "written task, assistive software, a reader or a scribe. All handouts are printed on cream paper in "
     "12-point sans serif type and are in the Study Room in electronic form. Both our venues are step-free "
     "and have hearing loops, and we check the access at every study-visit setting before you are placed "
     "there. Our leaflet and website are available in large print and on audio CD. Each year we monitor "
     "applications, completions and results by disability and by ethnic group and report them to the "
     "trustees under our Disability Equality Scheme and Race Equality Policy."),
    ("P13", "We will give you choices about when and where you study.",
     "There are two intakes a year, in September and in January. The three Strands can be taken in any "
     "order, because each is complete in itself. Every study day runs twice: on a weekday at Orrin House "
     "and again on a Saturday at Wetherfold Teachers\u2019 Centre, and you may move between the two. You "
     "may finish in one year, or spread the Strands over two."),
    ("P14", "We will support you online.",
     "The Study Room, our Moodle site, holds every handout, the reading-group papers and a discussion forum "
     "for each Strand. Your tutor answers questions posted in your Strand\u2019s forum (see Standard S4), "
     "you can message other participants directly, and your school mentor can be given guest access so "
     "that he or she can see the school tasks."),
    ("P15", "We will teach you with people who know the work.",
     "Our tutors are experienced specialist teachers. All of them hold AMBDA or an equivalent specialist "
     "qualification in specific learning difficulties, and many have been SENCOs themselves. Each Strand "
     "also brings in practising specialists from outside the Centre (see Standard S9)."),
    ("P16", "We will listen to you and improve.",
     "At the end of every study day you complete a one-page evaluation, and at the end of each Strand a "
     "longer questionnaire. A colleague from the University observes one study day in each Strand each "
     "year. The University\u2019s external examiner reports on standards every year, and the course is "
     "reviewed in the University\u2019s annual monitoring. All of this goes to our Programme Committee "
     "each July, which agrees an action plan for the following year; we publish \u2018What we changed\u2019 "
     "in the Study Room and in the next year\u2019s Charter."),
    ("P17", "We will show what difference the course makes.",
     "Piece 3 asks you to take baseline measures for the pupils your change is meant to help (standardised "
     "reading or spelling scores, attendance, an attitude-to-school scale or the pupils\u2019 own ratings) "
     "and to measure again after at least ten weeks. We collate these results across the cohort each "
     "year. You also repeat the Starting Point profile at the end of the course, so that we can see how "
     "your competence and confidence against each line of the Schedule have changed. Both sets of figures "
     "are reported to the Programme Committee and to the external examiner."),
    ("P18", "We will stay in touch.",
     "We hope you will stay in touch when the course ends. Many past participants have gone on to study "
     "for the University\u2019s MA, and some now teach for us; we would love you to be one of them."),
]
for code, title, text in PROMISES:
    item(code, title)
    runin("In practice.", text)

# ------------------------------------------------------------------ Part Two
doc.add_heading("Part Two \u2013 What we ask of you", level=1)
DUTIES = [
    ("Y1", "Meet the entry requirements.",
     "To join the course you must hold Qualified Teacher Status and be working as a SENCO, or be about to "
     "become one, in a school in England. We accept every teacher whose headteacher nominates them, on a "
     "first-come, first-served basis, until the intake is full. We assume that you already have a sound "
     "understanding of how children develop, from your initial training and your teaching."),
    ("Y2", "Show us your CRB disclosure.",
     "Before the course starts, send the Registrar, Anjali Bhatt, the number and date of issue of your "
     "current enhanced CRB disclosure, and bring the certificate to your first study day, where the "
     "Registrar will see it and record it. If you have not worked in a school in a post involving regular "
     "contact with children during the past three months, we will ask you to obtain a new enhanced "
     "disclosure through Orrin House before you start. No one begins a study visit (Standard S9) until "
     "this check and your headteacher\u2019s assurance (H1) are on file."),
    ("Y3", "Come, and do the school tasks.",
     "Attend the study days or their Saturday repeats, carry out each school task before the next study "
     "day, and keep your tutorial appointments."),
    ("Y4", "Keep your Study Room reflections up to date.",
     "After each study day, write a short reflection in the Study Room on what you tried and what "
     "happened. Tutors read the reflections and reply to them, but they are not marked and do not count "
     "toward the award."),
    ("Y5", "Do your own work.",
     "Everything you submit must be your own, and must protect the identity of pupils, families and "
     "colleagues. The University\u2019s rules on academic conduct apply."),
    ("Y6", "Tell us early if things are going wrong.",
     "If illness, a school inspection or a family crisis gets in the way, tell your tutor straight away. "
     "We can nearly always find a way through if we know in time."),
]
for code, title, text in DUTIES:
    item(code, title)
    para(text)

# ------------------------------------------------------------------ Part Three
doc.add_heading("Part Three \u2013 What we ask of your headteacher", level=1)
HEADS = [
    ("H1", "Confirm that you are suitable to work with children.",
     "On the nomination form your headteacher confirms that there are no current disciplinary proceedings "
     "or concerns about your conduct, and that you have not been barred or excluded from teaching or from "
     "working with children."),
    ("H2", "Release you.",
     "Release you for ten study days (or let you attend the Saturday repeats) and give you time in school "
     "for the school tasks and the Change Project."),
    ("H3", "Name a school mentor.",
     "Name a school mentor, usually a deputy or assistant headteacher, who will meet you at least twice "
     "a term to talk about your school tasks and your Change Project. (Several mentors have told us they "
     "would value a briefing, and we are looking at how we might offer one.)"),
    ("H4", "Meet you about the Change Project.",
     "Meet you and your mentor when you plan the Change Project and again when you report on it."),
    ("H5", "Make sure pupils\u2019 views are heard.",
     "Make sure that the views of pupils with special educational needs are gathered for their annual "
     "reviews and IEP reviews, as the Code of Practice expects."),
    ("H6", "Tell us what you think.",
     "We would always be glad to hear from headteachers about the course, at any time."),
]
for code, title, text in HEADS:
    item(code, title)
    para(text)

# ------------------------------------------------------------------ Part Four
doc.add_heading("Part Four \u2013 Our service standards", level=1)
para("These are the standards we hold ourselves to. The last column shows how we did in 2008\u201309 on "
     "our Certificate in Specialist Teaching, the course this award replaces; the award will be measured "
     "in the same way.")
STANDARDS = [
    ("No.", "Our standard", "Target", "How we check", "2008\u201309"),
    ("S1", "Replying to enquiries", "Within 3 working days", "Enquiries log", "96%"),
    ("S2", "Confirming your place and agreeing your Personal Access Plan (P12)",
     "Within 10 working days of your booking form", "Registrar\u2019s log", "New standard"),
    ("S3", "Tutorials", "Three in each Strand, offered within two weeks of a study day",
     "Tutorial records", "100%"),
    ("S4", "Answering questions in the Study Room forums",
     "Within 2 working days during study-day weeks. The forums are not staffed outside study-day weeks.",
     "Forum log", "88%"),
    ("S5", "Returning marked work with written feedback", "Within 20 working days of the deadline",
     "Marks register", "91%"),
    ("S6", "Second marking and moderation",
     "At least one Piece in five in every Strand, and every Piece on the pass/fail boundary, second-marked "
     "blind before marks are released; a moderation meeting at the end of each Strand; the University\u2019s "
     "external examiner samples every Strand and attends the Board of Examiners. Every tutor attends our "
     "July standardisation day and works from the Tutor Guide.",
     "Moderation minutes; external examiner\u2019s report", "All Pieces double-marked (smaller cohort)"),
    ("S7", "Appeals", "Acknowledged within 5 working days; heard under the University\u2019s procedure",
     "Appeals register", "No appeals"),
    ("S8", "Specialist resources",
     "Our assessment library (over 300 standardised tests and intervention programmes) and our assistive "
     "technology suite (text-to-speech and voice-recognition software, Clicker 5, mind-mapping software, "
     "a reading pen loan scheme) open Monday to Friday 9 to 5 and on Saturday study days; any item lent "
     "within 3 days of request.",
     "Loans log", "Library open weekdays only"),
    ("S9", "Specialists and study visits",
     "Each Strand includes at least two sessions led by practising specialists from outside Orrin House: "
     "educational psychologists, speech and language therapists and the autism outreach teachers of "
     "Stanmarsh and Wetherfold. Each participant spends two days on a study visit, arranged by us, at "
     "Fellgate Special School, the Wetherfold Language Resource Base or the Stanmarsh Pupil Referral Unit, "
     "hosted by a named teacher who has agreed the visit programme with us.",
     "Strand timetables; visit agreements; participants\u2019 visit reports", "Visits optional"),
    ("S10", "Keeping the Charter", "Charter reviewed every July", "Programme Committee minutes", "Done"),
]
t = table(STANDARDS, size=8)

# ------------------------------------------------------------------ Part Five
doc.add_heading("Part Five \u2013 The Schedule of Learning and Assessment", level=1)
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
shade(c, LILAC)
cell_text(c, "What the TDA asks", bold=True, size=9)
bp = c.add_paragraph()
br = bp.add_run("\u201cIn their applications for approval, providers should demonstrate how they will ensure "
                "that only candidates who have shown that their professional attributes, knowledge, "
                "understanding and skills reach at least the minimum outcomes in annex 3 of this "
                "specification will be awarded the qualification.\u201d (Specification, paragraph 27)")
br.italic = True
br.font.size = Pt(9)
para("")
para("You will be awarded the Postgraduate Certificate when you have passed Pieces 1, 2 and 3 and the viva "
     "that goes with Piece 3. The Schedule below covers every one of the national minimum outcomes, in "
     "our own words, and shows where each is worked on and where it is assessed.")

para("Table 5.1  The study days", bold=True)
DAYS = [
    ("Day", "Title", "What it covers", "School task"),
    ("A1", "The SENCO and the law",
     "The SEN framework and the Code of Practice in practice; the 2008 SENCO Regulations; academic writing "
     "workshop for Master\u2019s-level work", "Audit your SEN policy against the Code"),
    ("A2", "Every child matters", "The five outcomes, the Common Assessment Framework and the SENCO\u2019s part",
     "Find out who leads CAF in your school"),
    ("A3", "Disability equality and the whole school",
     "The DDA, the Disability Equality Duty and accessibility plans; working with the headteacher, senior "
     "team and governors on an inclusive SEN policy and the use of resources",
     "Agree a draft action plan with your head"),
    ("B1", "How difficulties show themselves",
     "Dyslexia and other specific learning difficulties; speech, language and communication needs; autistic "
     "spectrum disorders; behavioural, emotional and social difficulties; moderate learning difficulties",
     "Observe your Piece 2 pupil across a day"),
    ("B2", "Finding out and planning",
     "Identifying need from observation, data and assessment; reading and using reports from educational "
     "psychologists and therapists; standardised tests, national curriculum tests and P scales for "
     "tracking progress; setting targets, planning and reviewing interventions; access arrangements for "
     "national tests and for GCSE under the JCQ regulations",
     "Collect the assessments on your Piece 2 pupil"),
    ("B3", "Teaching, technology and families",
     "Approaches, strategies and resources, including assistive technology, and how to judge them; "
     "afternoon with the Parent Partnership Service (P7)", "Hold the parents\u2019 meeting for Piece 2"),
    ("B4", "Many hands",
     "The roles of external agencies and how to obtain specialist support; marketplace with local "
     "voluntary organisations (the Stanmarsh Dyslexia Association, the Wetherfold Autism Support Group, "
     "Young Carers)", "Map the services your school uses"),
    ("C1", "Mapping provision", "Provision mapping and management; costing provision; finding what is "
     "missing or not working", "Draw a provision map for one year group"),
    ("C2", "Leading adults",
     "Deploying and managing teaching assistants; coaching (GROW), observation and feedback, modelling; "
     "helping colleagues to use assessment for learning with pupils with SEN; gaining the commitment of "
     "the headteacher and senior team", "Coach a colleague through three cycles"),
    ("C3", "Reviewing and improving",
     "Reviewing provision with colleagues: the provision review meeting, using pupils\u2019 progress data to "
     "judge what is working; managing the SENCO\u2019s workload; presenting to colleagues; joint session "
     "with the SENCO cluster network (P6)", "Plan your Change Project"),
]
table(DAYS, size=8)
para("")

para("Table 5.2  The Schedule", bold=True)
para("By the end of the course you will be able to:", italic=True)
SCHED = [
    ("Being", None),
    ("1", "build fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
          "disabilities and with their families", "B3", "Piece 2"),
    ("2", "win the commitment of your headteacher, senior leaders and colleagues to better outcomes for "
          "pupils with SEN", "C2", "Piece 3"),
    ("3", "set priorities, manage your time and delegate, checking that delegated work is done", "C3",
     "Study Room reflection"),
    ("4", "see problems coming, solve them, and make sound, well-founded decisions about provision",
     "\u2014", "Viva (Piece 3)"),
    ("5", "say and write what you mean clearly, and listen to and understand other people\u2019s views",
     "A1 (academic writing); C3 (presenting)", "Pieces 1, 2 and 3; viva"),
    ("6", "use research evidence and outside advice to improve your own and your colleagues\u2019 practice",
     "Reading group, every study day", "Piece 1"),
    ("7", "keep up to date and take charge of your own professional development in SEN and disability",
     "Reading group, every study day", "\u2014"),
    ("Knowing", None),
    ("8", "know the law and guidance on SEN, including the Code of Practice, what they mean for your "
          "school and how to put them into practice", "A1", "Piece 1"),
    ("9", "understand Every Child Matters and how the SENCO helps children reach its five outcomes", "A2",
     "\u2014"),
    ("10", "know the law on disability equality and what it requires of a school", "A3", "Piece 1"),
    ("11", "understand how children develop and what can affect their development",
     "Assumed at entry (see Y1)", "\u2014"),
    ("12", "know the common kinds of SEN and disability and how they affect learning", "B1", "Piece 2"),
    ("13", "judge critically the approaches, strategies and resources, including ICT, for assessing, "
           "planning and teaching, and use them to remove barriers", "B3", "Piece 2"),
    ("14", "understand the principles of school self-evaluation and improvement and how they bear on "
           "pupils with SEN", "Your own reading (Strand C list)", "Piece 3"),
    ("15", "know what research and best practice say about meeting special educational needs",
     "Reading group, every study day", "Piece 1"),
    ("16", "know what external agencies do and how to get specialist support and resources", "B4",
     "Piece 2 (optional section)"),
    ("Doing", None),
    ("17", "work with senior colleagues and governors to shape an inclusive ethos, SEN policy, priorities "
           "and the use of resources", "A3", "Piece 1"),
    ("18", "identify pupils who may have SEN, set challenging targets, plan interventions and review "
           "progress", "B2", "Piece 2"),
    ("19", "use assessments by other professionals to plan teaching", "B2", "Piece 2"),
    ("20", "use summative assessments, including national tests, to track progress and change "
           "programmes", "B2", "Piece 2"),
    ("21", "encourage colleagues to develop formative assessment, with approaches for pupils with SEN",
     "C2", "\u2014"),
    ("22", "identify in good time the access arrangements pupils need for tests and examinations and put "
           "them in place", "B2", "Piece 2"),
    ("23", "use provision mapping to plan provision and find what is missing or not working", "C1",
     "Piece 3"),
    ("24", "deploy and manage staff who support pupils with SEN", "C2", "Piece 3"),
    ("25", "support colleagues\u2019 professional development by observation, feedback, modelling, coaching "
           "and training", "C2", "Piece 3, where your change involves training colleagues"),
    ("26", "review provision with other staff to inform the school\u2019s self-evaluation and "
           "improvement planning", "C3", "Piece 3"),
    ("27", "involve pupils in planning, agreeing, reviewing and evaluating their own provision",
     "Withdrawn for 2009\u201310 (see note)", "\u2014"),
    ("28", "work with parents and carers to promote their children\u2019s learning", "B3", "Piece 2"),
    ("29", "work in partnership with other services and voluntary organisations", "B4 (marketplace)",
     "\u2014"),
]
st = doc.add_table(rows=1, cols=4)
st.style = "Table Grid"
for j, h in enumerate(("Line", "You will be able to \u2026", "Worked on", "Assessed in")):
    cell_text(st.cell(0, j), h, bold=True, size=8)
    shade(st.cell(0, j), LILAC)
for row in SCHED:
    cells = st.add_row().cells
    if row[1] is None:
        m = cells[0].merge(cells[3])
        cell_text(m, row[0].upper(), bold=True, size=8)
        shade(m, "F7F2FA")
        continue
    for j, val in enumerate(row):
        cell_text(cells[j], val, size=8)
para("")
runin("Note on line 27.",
      "Our tutor for pupil participation left Orrin House in March 2009. Line 27 will be taught again "
      "once a successor is in post.", lead_italic=False, lead_bold=True)

para("The three assessed Pieces", bold=True)
runin("Piece 1  Policy Review (Strand A, 4,000 words).",
      "A critical review of your school\u2019s SEN and disability arrangements against the Code of Practice "
      "and the disability equality duties, ending with an action plan that you have agreed with your "
      "headteacher and presented to the governor responsible for SEN. Marked on lines 5, 6, 8, 10, 15 and "
      "17.", lead_italic=False, lead_bold=True)
runin("Piece 2  Learner Profile (Strand B, 4,000 words).",
      "A study of one pupil with SEN and/or disabilities in your school: how the need was identified, the "
      "assessments made by you and by other professionals, the targets set, the interventions planned and "
      "reviewed, the pupil\u2019s progress on summative measures, any access arrangements for tests or "
      "examinations, your relationship with the pupil and family and your meeting with the parents. "
      "Marked on lines 1, 5, 12, 13, 18, 19, 20, 22 and 28. An optional section on other agencies involved, "
      "where relevant, may also be marked on line 16.", lead_italic=False, lead_bold=True)
runin("Piece 3  Change Project (Strand C, 5,000 words and a 20-minute viva).",
      "You plan, lead and evaluate a change in SEN provision in your school, with baseline and follow-up "
      "measures for the pupils concerned (P17), and report on what changed in practice. Marked on lines 2, "
      "5, 14, 23, 24 and 26, and on line 25 where your change involves training colleagues. The viva, "
      "with your tutor and a second tutor, is marked on lines 4 and 5.", lead_italic=False, lead_bold=True)
para("Study Room reflections (Y4) are read by tutors but are not marked.", italic=True)

# ------------------------------------------------------------------ Part Six
doc.add_heading("Part Six \u2013 If things go wrong", level=1)
para("If you are unhappy with any part of the course, talk first to your tutor and then to the Director of "
     "Studies; if that does not settle it, our complaints procedure is in the Study Room and we will reply "
     "in writing within 15 working days. If you fail a Piece you may resubmit it once, within three months. "
     "Appeals against a decision of the Board of Examiners are heard under the University of Medwin\u2019s "
     "procedure (Standard S7), and you may ask for extra time for good cause through the University\u2019s "
     "extenuating circumstances procedure.")

# ------------------------------------------------------------------ Part Seven
doc.add_heading("Part Seven \u2013 Signing the Charter", level=1)
para("We have read this Charter and agree to keep to it.")
sig = doc.add_table(rows=4, cols=3)
sig.style = "Table Grid"
for j, h in enumerate(("", "Signature", "Date")):
    cell_text(sig.cell(0, j), h, bold=True, size=9)
for i, who in enumerate(("Participant", "Headteacher", "For Orrin House (Director of Studies)"), start=1):
    cell_text(sig.cell(i, 0), who, size=9)
    cell_text(sig.cell(i, 1), "", size=9)
    cell_text(sig.cell(i, 2), "", size=9)

doc.save(OUT)
print("wrote", OUT)
