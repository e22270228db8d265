"""Build dl-02-brackwater-pocket-cards.docx (blind test application).

PROVIDER
  Brackwater College (invented), a general further education college whose
  higher education is taught at University Centre Brackwater and validated by
  Sedgecombe University (invented). Partners: Brackwater Borough Council and
  Hoddesford County Council (invented), Brackwater Parent Partnership, the
  councils' EP, autism outreach and sensory support services. Award:
  Postgraduate Certificate in Leading SEN Provision (National Award for SEN
  Coordination), three 20-credit modules (LSP701-703), 60 credits at Level 7.
  People: Dr Frances Oyelaran (Director of HE), Paul Ridding (Programme
  Leader), Jasmine Kaur, Rachel Amis (tutors), Dr Neil Strang (EP), Hannah Cole
  (speech and language therapist), Dr Alan Pitt (Sedgecombe link tutor).

KIND OF DOCUMENT
  A "Pocket Guide": a set of 25 laminated quick-reference cards handed to every
  participant, mentor and head, sent to the panel as a print proof with a short
  covering note. Terse second-person imperative ("Bring", "Tell us", "Ask
  Paul"), checklists with empty tick boxes, fill-in lines for the participant
  ("My tutor: ____"), run-in headings, a greyed "coming" card, a tip card.

LAYOUT
  - Cover lines (no heading styles) and a one-paragraph "For the approval
    panel" note.
  - Each card is a 3-row, 2-column table: a merged, coloured band (card
    number, title, audience); a FRONT cell and a BACK cell side by side; a
    merged small-print row ("Card n of 25 - proof 3"). Card bands are coloured
    by audience (everyone / applicants / participants / mentors / heads).
    Bullets are typed triangles; check boxes are typed empty squares.
  - Card 8 is greyed ("COMING 2011"); card 15 is a "Top tip" card.
  - Card 25 is a double-width outcome table ("Where you meet it", "How it
    counts") with a key, in the College's own words, no codes; one outcome row
    is missing.
  - Page header ("PRINT PROOF 3") and footer (never evidence). Two Word
    comments from the print unit and Finance (not part of the submission).

TRAPS (requirement ids affected)
  Past arrangement:
  - 2.3   Card 24: the pilot's assessment-only route "closed in July 2008 and
          is not part of the award". -> not_met.
  Distant negation (praise first, the "not" at the end of the back):
  - 2.1   Card 5: APCL up to 40 credits, but experience counts "just not ...
          as credit towards this award". -> partially_met.
  Placeholders:
  - 2.4   Card 6: "Fee for the full award: [TBC ...]" and the councils'
          contribution "amount to be confirmed"; PLP tailoring is concrete, so
          cost-effectiveness is the missing part. -> partially_met.
  Exhortation and deferral to the school; a dropped pilot practice:
  - 1.5, 6.S7  Card 15 "Ask them!" and "follow your own school's arrangements";
          Card 24: pupil interviews dropped; Card 25 "School" for pupil
          involvement. -> not_met.
  Aspiration / the wrong people in evaluation:
  - 4.3   Councils' staff and parents teach and mentors support (delivery),
          but heads' feedback is only "We'd like, in time, to hear from you"
          (Card 18) and the Programme Committee has no external stakeholder
          but the University (Card 22). -> partially_met.
  Conditional and optional:
  - 5.5   Specialists teach, but the visit is "can be arranged if places
          allow" and "optional" (Card 20). -> partially_met.
  Aspiration that does NOT lower a verdict:
  - 3.2, 3.3  Card 8 (online route "being developed ... for January 2011") is
          only a hope, but two starts and two routes (Card 6) and BrackNet
          support between sessions (Card 7) are concrete. -> met.
  Blanket claim:
  - 1.9, 6.0  Card 25's banner "The three tasks cover every national outcome"
          against its own rows marked Log, Tutorial, Sessions or School and a
          missing row. -> partially_met.
  Criterion 6 in the card's own terms (key: Task = graded; Log, Tutorial,
  Sessions, School = not graded):
  - Log only: 6.A3, 6.A7, 6.K9, 6.S5, 6.S9 -> partially_met.
  - Tutorial only: 6.S2d -> partially_met.
  - Sessions only (Task 2 is about one pupil's own needs): 6.K5
    -> partially_met.
  - Missing row, nowhere taught: 6.S2c -> not_met.
  - Met through the task briefs on Cards 10-12: A1, A2, A4, A5, A6, K1, K2, K3,
    K4, K6, K7, K8, S1, S2, S2a, S2b, S3, S4, S6, S8.
  Participants' fill-in blanks ("My tutor: ____") are not provider
  placeholders and affect nothing.
  Met in this layout's own way: 5.3 (the back of the checklist card), 3.1
  (Card 9), 2.2 (Card 4), 5.9 (Card 22 back), 4.1 and 4.2 (heads' card).
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dl-02-brackwater-pocket-cards.docx")

TRI = "\u25b8"
BOX = "\u2610"
BLANK = "________________"

AUD = {
    "everyone": ("1F4E79", "For everyone"),
    "applicants": ("C55A11", "For applicants"),
    "participants": ("2E75B6", "For participants"),
    "mentors": ("548235", "For school mentors"),
    "heads": ("7030A0", "For headteachers"),
    "grey": ("A6A6A6", "For participants"),
    "tip": ("BF8F00", "Top tip"),
}

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(9.5)
st.paragraph_format.space_after = Pt(2)
st.paragraph_format.space_before = Pt(0)
sec = doc.sections[0]
sec.left_margin = Cm(1.8)
sec.right_margin = Cm(1.8)
sec.top_margin = Cm(1.8)
sec.bottom_margin = Cm(1.6)


def shade(cell, fill):
    pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def para(text="", bold=False, italic=False, size=None, align=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align is not None:
        p.alignment = align
    return p


def fill(cell, blocks, grey=False):
    """blocks: str = paragraph; ('h', t) = bold run-in heading line;
    ('b', t) = triangle bullet; ('x', t) = empty tick box; ('f', label) =
    fill-in line; ('rb', head, t) = bold run-in then text; ('big', t)."""
    first = True
    runs_out = []
    for b in blocks:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(b, str):
            runs_out.append(p.add_run(b))
        else:
            kind = b[0]
            if kind == "h":
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(10)
            elif kind == "big":
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(12)
            elif kind == "b":
                p.paragraph_format.left_indent = Cm(0.4)
                p.paragraph_format.first_line_indent = Cm(-0.4)
                p.add_run(TRI + " ")
                runs_out.append(p.add_run(b[1]))
            elif kind == "x":
                p.add_run(BOX + "  ")
                runs_out.append(p.add_run(b[1]))
            elif kind == "f":
                r = p.add_run(b[1] + " " + BLANK)
                r.italic = True
            elif kind == "rb":
                r = p.add_run(b[1] + " ")
                r.bold = True
                runs_out.append(p.add_run(b[2]))
        if grey:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return runs_out


def merge_row(t, i):
    a = t.cell(i, 0)
    b = t.cell(i, 1)
    return a.merge(b)


CARD_RUNS = {}


def card(num, title, aud, front, back, total=25, grey=False):
    colour, label = AUD[aud]
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    band = merge_row(t, 0)
    shade(band, colour)
    p = band.paragraphs[0]
    r = p.add_run(f"CARD {num}  \u00b7  {title}  \u00b7  {label}")
    r.bold = True
    r.font.size = Pt(10.5)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    fr = fill(t.cell(1, 0), front, grey)
    br = fill(t.cell(1, 1), back, grey)
    CARD_RUNS[num] = (fr, br)
    for row in t.rows:
        pass
    t.cell(1, 0).width = Cm(8.7)
    t.cell(1, 1).width = Cm(8.7)
    small = merge_row(t, 2)
    sp = small.paragraphs[0]
    sr = sp.add_run(f"Card {num} of {total}  \u00b7  front | back  \u00b7  SENCO Award Pocket Guide 2009-10, proof 3")
    sr.font.size = Pt(7)
    sr.italic = True
    sp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().paragraph_format.space_after = Pt(4)
    return t


# ------------------------------------------------------------ header/footer
hp = sec.header.paragraphs[0]
hr = hp.add_run("PRINT PROOF 3 \u2014 10 March 2009 \u2014 check against copy before the run is printed")
hr.font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
frr = fp.add_run("Brackwater College \u00b7 University Centre Brackwater, Quayside, Brackwater \u00b7 "
                 "printed on 300gsm recycled card, laminated \u00b7 page ")
frr.font.size = Pt(7.5)
pr = fp.add_run()
pr.font.size = Pt(7.5)
add_field(pr, "PAGE")

# ------------------------------------------------------------------ cover
para("BRACKWATER COLLEGE", bold=True, size=15, colour="1F4E79")
para("University Centre Brackwater", size=10)
para("THE SENCO AWARD POCKET GUIDE 2009-10", bold=True, size=14)
para("Postgraduate Certificate in Leading SEN Provision (National Award for SEN Coordination), "
     "validated by Sedgecombe University", size=10)
para("25 cards for participants, school mentors and headteachers. Print proof: each card is "
     "shown front | back.", italic=True, size=9)
para()
para("For the approval panel", bold=True, size=10.5)
para("Brackwater College applies to be approved to offer the National Award for SEN "
     "Coordination from September 2009. Rather than write a separate account, we are sending "
     "the Pocket Guide that every participant, every school mentor and every head receives at "
     "enrolment, because it is where we have had to say plainly, and in few words, what we do. "
     "The cards are shown as they will be printed. The fill-in lines (\"My tutor\", \"Your "
     "notes\") are for participants to complete. Card 25 is our map of where each national "
     "outcome is worked on and how it counts towards the award; the task briefs on Cards 10 to "
     "12 say what each task asks for and what it is marked for.")
para("Dr Frances Oyelaran, Director of Higher Education, and Paul Ridding, Programme Leader, "
     "10 March 2009", italic=True, size=9)
para()

# ------------------------------------------------------------------ cards
card(1, "WELCOME TO THE AWARD", "everyone",
     [("big", "Postgraduate Certificate in Leading SEN Provision"),
      "(the National Award for SEN Coordination)",
      ("b", "60 credits at Level 7 (master's level)"),
      ("b", "Validated by Sedgecombe University on 26 February 2009 for five years from "
            "September 2009; taught, assessed and supported by Brackwater College at University "
            "Centre Brackwater"),
      ("b", "Three modules of 20 credits; three assessed tasks"),
      ("b", "Run with Brackwater Borough Council and Hoddesford County Council, whose SEN "
            "advisers, psychologists and outreach teachers teach on it")],
     [("h", "WHY IT MATTERS"),
      "This award exists for the children and young people you work for. We want every pupil "
      "with SEN or a disability in your school to make better progress and to be healthier, "
      "safer, happier and more involved in the life of the school and the community: all five "
      "Every Child Matters outcomes, not only test results.",
      "Each of the three tasks is done in your own school. Each asks you to change something "
      "real there and to show, with evidence, what difference it made for pupils' achievement "
      "and well-being, and that evidence is marked."])

card(2, "IS THIS AWARD FOR ME?", "applicants",
     [("h", "You can apply if you:"),
      ("b", "have qualified teacher status"),
      ("b", "are the SENCO of a school in England, or your head has named you to take on the "
            "role within a year"),
      ("b", "have your head's agreement to release you, and to give you access to the data, "
            "colleagues and governors the tasks need"),
      ("h", "How to apply"),
      "1  Nomination form, signed by your head.  2  Your self-audit (Card 4).  3  An interview "
      "with Paul Ridding: 30 minutes, by phone or face to face."],
     [("h", "NOT READY YET?"),
      "If your interview and self-audit show you are not yet in a position to meet all the "
      "award's outcomes by the end (for example, you are not yet in a SENCO role, or you have "
      "been out of teaching for some years), we will write to you saying what to do first, and "
      "Paul will phone your head to talk it through.",
      "Most people in this position join the councils' free SENCO induction twilights and "
      "apply for the next intake.",
      ("f", "Your notes:")])

card(3, "BEFORE YOU START: THE CHECKLIST", "applicants",
     [("x", "Nomination form signed by your head"),
      ("x", "Self-audit completed and sent in"),
      ("x", "Your enhanced CRB disclosure: bring the original to enrolment"),
      ("x", "A disability or learning difficulty? Tell us now (Card 9)"),
      ("x", "Sedgecombe library registration form"),
      ("x", "Collect your BrackNet login at the enrolment evening (8 September or 2 February)")],
     [("h", "WHY WE ASK ABOUT YOUR CRB"),
      "You will be working with pupils, colleagues and families in your own and other schools, "
      "so the College must be sure that everyone on the award is suitable to work with "
      "children. At enrolment HE Admissions records the number, date and level of your enhanced "
      "CRB disclosure. If it is more than three years old, or you have not worked in a school or "
      "college in the past three months, the College applies for a new enhanced disclosure for "
      "you (no charge), and you cannot go on a visit or start the school-based tasks until it "
      "comes back.",
      "Your head's nomination form also confirms that you are not barred from working with "
      "children and that no disciplinary proceedings are outstanding. If you have changed "
      "school in the last year, we take up a reference from your previous head."])

card(4, "YOUR STARTING POINT", "participants",
     [("rb", "1  The self-audit.", "Rate yourself from 1 to 4 against each of the 29 national "
             "outcomes and add a line of evidence for each. It takes about an hour."),
      ("rb", "2  The starting-point conversation.", "Forty-five minutes with your tutor before "
             "the first session. Expect to be challenged: a rating of 4 for the law is not much "
             "use if what you know was learnt before the 2001 Code."),
      ("f", "My tutor:"),
      ("f", "My conversation is on:")],
     [("h", "YOUR PERSONAL LEARNING PLAN"),
      "At the end of the conversation you and your tutor agree your Personal Learning Plan "
      "(PLP): the outcomes you most need to work on; your own targets for each module; which of "
      "the optional clinics you should come to (dyslexia, autism, data); and the focus pupil and "
      "school priority you will use for the tasks.",
      "Your PLP is reviewed at each of your four tutorials and rewritten when it needs to be.",
      ("f", "My PLP reviews:")])

card(5, "GETTING CREDIT FOR WHAT YOU'VE DONE", "applicants",
     [("h", "Already studied at master's level?"),
      "Credit you have gained at Level 7 in SEN, inclusion or a related field in the last five "
      "years can count for up to 40 of the award's 60 credits (accreditation of prior "
      "certificated learning). Send your transcript and the module outlines with your "
      "application. Paul maps them against the outcomes of the module they would replace, and "
      "Sedgecombe's APL Panel decides before you start.",
      "You do not retake a module you are credited with, but its outcomes still have to be "
      "met, so your tutor checks in your PLP that nothing falls through the gap."],
     [("h", "And your experience?"),
      "Your experience is valuable and we will build on it. It shapes your PLP, your choice of "
      "focus pupil and school priority, and which clinics you can leave out. Colleagues who have "
      "led a school's SEN provision for years often find that the tasks come together quickly.",
      "All of that counts, just not, under the University's regulations as they stand, as "
      "credit towards this award."])

card(6, "HOW THE YEAR RUNS", "participants",
     [("rb", "Two starts:", "September and February."),
      ("rb", "Two ways to attend.", "Choose one, and switch session by session if you need to:"),
      ("b", "Route T: Tuesday twilights, 4.30 to 7.30, University Centre Brackwater (12 twilights)"),
      ("b", "Route D: six Thursday study days, 9.30 to 3.30, Hoddesford Teachers' Centre (each "
            "day covers two twilights)"),
      ("rb", "Order:", "Module 701 first; then 702 and 703 in either order."),
      ("rb", "Pace:", "the whole award in one year, or spread it over up to three years.")],
     [("h", "FEES"),
      "Fee for the full award: \u00a3[TBC \u2014 Finance to confirm, April 2009]",
      "Brackwater Borough Council and Hoddesford County Council will each pay part of the fee "
      "for SENCOs in their maintained schools (amount to be confirmed).",
      ("h", "KEY DATES, SEPTEMBER 2009 START"),
      "Enrolment evening 8 September \u00b7 first twilight 15 September \u00b7 Task 1 due "
      "11 January \u00b7 Task 2 due 19 April \u00b7 Task 3 presentations in June"])

card(7, "BRACKNET: STUDYING BETWEEN SESSIONS", "participants",
     ["BrackNet is the College's Moodle site. On the SENCO Award pages you will find:",
      ("b", "session slides, handouts and readings, posted a week before each session"),
      ("b", "recordings of the Route T twilights"),
      ("b", "the task briefs and marking criteria"),
      ("b", "your learning log (Card 13)"),
      "The first session includes an hour's BrackNet induction. The HE Help Desk is open "
      "8 am to 8 pm."],
     [("h", "SUPPORT BETWEEN SESSIONS"),
      ("b", "Your tutor group's forum: your tutor posts a question each week and replies to "
            "posts within two working days. Use it to help each other, too."),
      ("b", "E-tutor surgery: Wednesdays, 7 to 8 pm, live chat with a tutor on BrackNet."),
      ("b", "Emails and BrackNet messages to your tutor are answered within two working days."),
      ("b", "Send a draft plan for each task and get written feedback through BrackNet."),
      ("b", "Your mentor has a BrackNet login to see the briefs and dates, and your log if you "
            "choose to share it.")])

card(8, "STUDYING ONLINE \u2014 COMING 2011", "grey",
     ["A fully online route is being developed with Sedgecombe University, and we hope to "
      "offer it from January 2011."],
     ["This card will be completed for the 2010-11 edition.",
      "Register your interest: HE Admissions, University Centre Brackwater."], grey=True)

card(9, "NEED SUPPORT?", "everyone",
     ["Tell us about a disability, a long-term health condition or a specific learning "
      "difficulty on your application form, at interview, or at any point in the year. You do "
      "not have to, but we can only make adjustments if we know. What you tell us is "
      "confidential and is shared with tutors only as you agree.",
      "Before the course starts you meet an adviser from Learning Support to agree your "
      "support. What is agreed is written down and sent to your tutors and, if you wish, to your "
      "mentor."],
     [("h", "WHAT WE CAN DO"),
      ("b", "handouts in advance, in large print or in another format"),
      ("b", "assistive software on loan, and the Access Lab (Card 21)"),
      ("b", "a BSL interpreter or a notetaker"),
      ("b", "extra time, or another format, for the tasks and the presentation"),
      ("b", "rooms with level access, hearing loops and parking at the door at both venues; we "
            "check access with a host school before any visit"),
      "The College's Disability Equality Scheme and Single Equality Scheme apply to all HE "
      "students. If you think we have got it wrong, the HE complaints procedure is on BrackNet."])

card(10, "MODULE 701: THE SENCO, THE LAW AND THE SCHOOL", "participants",
     [("h", "Twilights 1-4 (study days 1-2). You will learn about:"),
      ("b", "the SENCO's role and the SEN Code of Practice (2001): the graduated response, School "
            "Action and School Action Plus, statutory assessment, statements and annual reviews"),
      ("b", "the Education Act 1996 and SENDA 2001"),
      ("b", "disability equality: the DDA 1995 and 2005, the disability equality duty, "
            "accessibility plans"),
      ("b", "Every Child Matters, the Children Act 2004 and Removing Barriers to Achievement"),
      ("b", "reading research and inspection evidence critically: Ofsted's reports of 2004 and "
            "2006, the Lamb Inquiry, research on interventions"),
      "Every session opens with \"What's new?\": ten minutes on a recent report, research digest "
      "or change in guidance, chosen by the module leader, who also revises the reading list "
      "each summer."],
     [("h", "TASK 1: POLICY INTO PRACTICE (4,000 words; due January)"),
      "Review your school's SEN policy, accessibility plan and disability equality scheme against "
      "the Code of Practice, the law and Every Child Matters. Use research evidence and advice from "
      "outside the school (the council's SEN team, your educational psychologist) to recommend "
      "improvements to your own and your colleagues' practice, and say what difference they "
      "would make for pupils.",
      ("rb", "Marked for:", "accurate knowledge of SEN law, disability equality law and Every "
             "Child Matters and what they mean for your school; critical use of research and best "
             "practice; advice from outside used to improve practice; clear, well-organised "
             "writing.")])

card(11, "MODULE 702: KNOWING THE LEARNER", "participants",
     [("h", "Twilights 5-8 (study days 3-4). You will learn about:"),
      ("b", "how children develop, and how development is shaped by SEN, disability, home and "
            "the learning environment"),
      ("b", "the main areas of need: specific learning difficulties including dyslexia; speech, "
            "language and communication needs (the Bercow Review, 2008); autism; behavioural, "
            "emotional and social difficulties; moderate learning difficulties (twilights 5 and 6)"),
      ("b", "using the assessments of educational psychologists, speech and language therapists "
            "and advisory teachers"),
      ("b", "targets, interventions and review; approaches, strategies and ICT"),
      ("b", "working with parents and carers (twilight 7, Card 16)"),
      ("b", "the agencies evening: the EP service, CAMHS, social care, Connexions and voluntary "
            "groups such as Hoddesford Autism Support and the Brackwater Dyslexia Association "
            "(twilight 8)")],
     [("h", "TASK 2: ONE LEARNER (4,000 words; due April)"),
      "For one pupil on your school's SEN register: his or her development and the factors "
      "affecting it; how the pupil's needs were identified, using your school's assessments and "
      "the reports of other professionals; challenging targets; an intervention of six to eight "
      "weeks, reviewed; a critical evaluation of the approaches and resources used, including "
      "ICT; at least one meeting with the parents or carers, and what you changed as a result; "
      "and the difference made for the pupil, with baseline and follow-up measures.",
      ("rb", "Marked for:", "identification, targets, planning and review; use of others' "
             "assessments; understanding of the pupil's development; critical evaluation of "
             "approaches and resources; respectful, constructive relationships with the pupil "
             "and the family; clear writing.")])

card(12, "MODULE 703: LEADING AND EVALUATING PROVISION", "participants",
     [("h", "Twilights 9-12 (study days 5-6). You will learn about:"),
      ("b", "tracking progress with data: RAISEonline, P scales, CVA, national test and GCSE "
            "results"),
      ("b", "access arrangements for national tests and examinations: the JCQ regulations and "
            "deadlines (twilight 9)"),
      ("b", "provision mapping and costing"),
      ("b", "deploying and managing teaching assistants"),
      ("b", "school self-evaluation, the SEF, and reviewing provision with colleagues"),
      ("b", "leading colleagues: observation and feedback, coaching, mentoring, INSET"),
      ("b", "managing the role: priorities, time and delegation"),
      ("b", "decisions when things go wrong: case discussions")],
     [("h", "TASK 3: LEADING PROVISION (3,000 words and a 15-minute presentation; due June)"),
      "Analyse your school's data for pupils with SEN, including national test or GCSE results, "
      "to show how progress is tracked and where programmes need to change. Produce a costed "
      "provision map that shows gaps and provision that is not working. Review that provision "
      "with colleagues and write it up for the school's SEF. Plan how teaching assistants will be "
      "deployed and managed. Describe a problem you met in leading provision this year, the "
      "decision you took and why. Present strategic priorities for inclusion to your head (or a "
      "senior leader) and a governor, and hand in their written feedback.",
      ("rb", "Marked for:", "use of summative data; provision mapping; deployment of staff; "
             "review and self-evaluation with colleagues; sound judgement; strategic influence "
             "and gaining colleagues' commitment; a clear spoken presentation.")])

card(13, "YOUR LEARNING LOG", "participants",
     ["Keep your log on BrackNet. Write a short entry after each session, and whenever "
      "something happens in school that you learn from. Your tutor reads it before each "
      "tutorial.",
      ("rb", "Remember:", "the log is formative. It is not graded and does not count towards the "
             "award.")],
     [("h", "WHAT TO PUT IN IT"),
      ("b", "coaching or training a colleague, and what happened"),
      ("b", "how you planned your time, and what you delegated"),
      ("b", "the agencies and voluntary groups you worked with, and what came of it"),
      ("b", "your CPD record for the year"),
      ("b", "anything you want to talk about at tutorial")])

card(14, "MARKING AND FAIRNESS", "participants",
     ["Pass mark: 50% for each task, against Sedgecombe's Level 7 criteria. To gain the award you "
      "must pass all three tasks. You may resubmit a task once; a resubmitted task is capped at "
      "50%.",
      "Every task is marked by your tutor and second-marked by another tutor, and the two agree "
      "the mark. Before each marking round the tutors hold a standardisation meeting using "
      "sample scripts."],
     ["Sedgecombe's moderator samples marked work from every task each year. The external "
      "examiner, appointed by the University, sees the samples and all fails and borderlines, "
      "and reports each year. Marks are confirmed at the University's Assessment Board.",
      ("rb", "Appeals:", "Sedgecombe's academic appeals procedure, on BrackNet.")])

card(15, "PUPIL VOICE", "tip",
     [("big", "Your pupils are the experts on their own lives."),
      ("big", "Ask them!")],
     ["Every school does this differently, so follow your own school's arrangements for pupil "
      "participation."])

card(16, "PARENTS AND CARERS", "participants",
     [("h", "Three things parents told us (Brackwater Parents' Forum, 2008)"),
      ("b", "\"Listen before you plan.\""),
      ("b", "\"Explain the paperwork.\""),
      ("b", "\"Tell us when something changes.\"")],
     ["Twilight 7 is led by Brackwater Parent Partnership with two parents from the Forum: "
      "running a review meeting that parents can really take part in; sharing targets; "
      "difficult conversations; what to do when parents and school disagree.",
      "In Task 2 you meet the pupil's parents or carers at least once and write up what you "
      "changed because of the meeting."])

card(17, "YOUR ROLE AS MENTOR", "mentors",
     ["Your participant's head has named you as school mentor: a senior leader who can open "
      "doors to data, to colleagues and to the governing body.",
      ("b", "meet your participant once each half-term (about 45 minutes)"),
      ("b", "help set up the school-based parts of the tasks"),
      ("b", "sign the school-task record each term"),
      ("b", "come to the Task 3 presentation, or make sure the head does")],
     [("h", "WHAT WE DO FOR YOU"),
      ("b", "A mentor briefing: a twilight at University Centre Brackwater at the start of each "
            "intake, on the award, the tasks and the outcomes, what a good mentor meeting looks "
            "like, and safeguarding in the school tasks"),
      ("b", "The Mentor Handbook (12 pages) and a BrackNet login"),
      ("b", "A named tutor you can ring"),
      "Can't come to the briefing? Your participant's tutor will visit you in school instead."])

card(18, "FOR HEADTEACHERS", "heads",
     [("h", "WHAT WE ASK OF YOU"),
      ("b", "release your SENCO for twelve twilights (or six study days)"),
      ("b", "name a senior leader as mentor"),
      ("b", "give access to your school's data and colleagues"),
      ("b", "see the Task 3 presentation with a governor"),
      ("b", "agree a next-steps plan at performance management (Card 23)")],
     [("h", "BUILT WITH YOU"),
      "In autumn 2008 the two councils surveyed 63 schools for us (47 replied), and we met the "
      "Brackwater and Hoddesford Heads' Conference in October. You told us that releasing a SENCO "
      "in the day is hard, so Route T runs in twilights and Route D's study days are for schools "
      "that can release. You told us one start a year was too few, so there is a February start. "
      "You told us SENCOs struggle most with managing TAs and with data, so Module 703 gives four "
      "sessions to them.",
      ("h", "WHAT WE'LL SEND YOU"),
      ("b", "a short progress note each term"),
      "We'd like, in time, to hear from you how the award has made a difference in your school."])

card(19, "MEET THE TEAM", "everyone",
     [("rb", "Paul Ridding, Programme Leader.", "SENCO for twelve years in Brackwater primary and "
             "secondary schools; MA Special and Inclusive Education (Sedgecombe); OCR Diploma in "
             "SpLD; in the College's teacher education team since 2006."),
      ("rb", "Dr Frances Oyelaran, Director of HE.", "Responsible for the quality of all the "
             "College's higher education."),
      ("rb", "Jasmine Kaur, Module 702.", "Specialist teacher, Hoddesford County Council autism "
             "outreach service."),
      ("rb", "Dr Neil Strang.", "Educational psychologist, Brackwater Borough Council; teaches the "
             "702 assessment sessions.")],
     [("rb", "Hannah Cole.", "Speech and language therapist, Brackwater PCT."),
      ("rb", "Rachel Amis, Module 703.", "Former deputy head and SENCO of a Brackwater secondary "
             "school; NPQH."),
      ("rb", "Dr Alan Pitt.", "Senior Lecturer in Inclusive Education, Sedgecombe University; "
             "link tutor and moderator."),
      ("h", "KEEPING UP TO DATE"),
      "Every tutor has five days' CPD on SEN a year, comes to Sedgecombe's partner conference "
      "and the tutors' standardisation day, works from the tutor notes for each module, and is "
      "observed teaching once a year under the College's observation scheme."])

card(20, "SEEING PRACTICE", "participants",
     [("h", "Specialists in the room"),
      "Educational psychologists, a speech and language therapist, autism outreach and sensory "
      "support teachers, parents, and the agencies evening (Card 11)."],
     [("h", "VISITS"),
      "A half-day visit to Fernlea School (special school for pupils with severe and complex "
      "needs) or to the Hoddesford Sensory Support Service can be arranged if places allow: ask "
      "Paul early in the year. Visits are optional and are not part of the tasks."])

card(21, "BOOKS, KIT AND THE ACCESS LAB", "participants",
     [("rb", "College LRC:", "an SEN and inclusion collection of over 600 titles, added to for "
             "this award in 2008-09, and the National Strategies materials."),
      ("rb", "Sedgecombe University library:", "borrowing rights and e-journals (Athens login) "
             "for every participant.")],
     [("h", "THE ACCESS LAB"),
      "Room B14, University Centre Brackwater: assistive technology to try out and borrow: "
      "text-to-speech and voice-recognition software, symbol software, switch access, recordable "
      "talking aids, a Braille embosser. Half-hour induction in twilight 6 (Module 702). Open "
      "9 am to 8 pm, Monday to Thursday."])

card(22, "HOW WE CHECK QUALITY", "everyone",
     [("b", "Module evaluation at the end of each module, on BrackNet; results and our response "
            "posted as \"You said, we did\" within a month"),
      ("b", "Two participant representatives on the Programme Committee (College staff, "
            "Sedgecombe's link tutor and the representatives; meets each term)"),
      ("b", "Observation of teaching: one session per tutor per year"),
      ("b", "The external examiner's annual report"),
      ("b", "An Annual Monitoring Report to Sedgecombe's Partnership Board each autumn, with an "
            "action plan that the next intake sees at enrolment")],
     [("h", "IS IT MAKING A DIFFERENCE?"),
      ("rb", "For you:", "you repeat the self-audit at your final tutorial, and we compare your "
             "start and end ratings, for confidence and for competence, with your tutor's view."),
      ("rb", "For your pupils:", "Tasks 2 and 3 require baseline and follow-up measures (reading "
             "or spelling ages, P scale levels, attendance, behaviour records) for the pupils "
             "involved. Each year we collect these results, anonymised, and report them in the "
             "Annual Monitoring Report beside the self-audit results.")])

card(23, "WHAT NEXT?", "participants",
     ["At your final tutorial you and your tutor look back at your PLP and your end-of-course "
      "self-audit and draft your next-steps plan: what you will develop next as a SENCO, and "
      "the support you will need. Take it to your performance management review with your "
      "head."],
     [("h", "KEEP GOING"),
      ("b", "MA Special and Inclusive Education at Sedgecombe: your 60 credits count towards "
            "the 180"),
      ("b", "the councils' termly SENCO networks"),
      ("b", "the BrackNet alumni forum")])

card(24, "WHAT'S DIFFERENT FROM THE PILOT?", "everyone",
     ["In 2007-08 the College ran a pilot, the Brackwater Certificate in SEN Coordination (not "
      "accredited), with fourteen SENCOs. Their evaluations shaped this award. Here is what has "
      "changed."],
     [("b", "The pilot's assessment-only route for experienced council support teachers "
            "(portfolio and interview) closed in July 2008 and is not part of the award."),
      ("b", "Saturday sessions have become the Thursday study days of Route D."),
      ("b", "The pilot's pupil interviews in the case study have been dropped: schools found "
            "parental consent hard to arrange in time."),
      ("b", "Paper handouts have gone: everything is on BrackNet.")])

# ------------------------------------------------------------------ card 25
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
band = t.cell(0, 0).merge(t.cell(0, 2))
shade(band, AUD["everyone"][0])
r = band.paragraphs[0].add_run("CARD 25  \u00b7  THE NATIONAL OUTCOMES: WHERE YOU MEET THEM  "
                               "\u00b7  For everyone  \u00b7  double card, opens out")
r.bold = True
r.font.size = Pt(10.5)
r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
row = t.add_row()
c = row.cells[0].merge(row.cells[2])
p = c.paragraphs[0]
rr = p.add_run("The three tasks cover every national outcome.")
rr.bold = True
rr.font.size = Pt(12)
k = c.add_paragraph()
k.add_run("Key: ").bold = True
k.add_run("Task 1, Task 2, Task 3 = graded; counts towards the award.  Log = your learning log; "
          "not graded.  Tutorial = discussed with your tutor; not graded.  Sessions = taught in "
          "the sessions named.  School = part of your school's own practice; not taught on the "
          "award.")
ROWS = [
    ("Outcome", "Where you meet it", "How it counts"),
    ("BEING A SENCO", None, None),
    ("Fair, respectful relationships with pupils and their parents or carers", "702, twilight 7", "Task 2"),
    ("Winning the commitment of colleagues, the head and senior leaders", "703", "Task 3 (presentation)"),
    ("Setting priorities, managing your time, delegating", "703", "Log"),
    ("Anticipating and solving problems; sound decisions about provision", "703 case discussions", "Task 3"),
    ("Expressing yourself clearly in speech and writing; listening to others", "All modules",
     "Tasks 1-3 (writing); Task 3 (presentation)"),
    ("Using research and outside advice to improve your own and colleagues' practice", "701", "Task 1"),
    ("Keeping up to date and taking charge of your own CPD", "Card 23", "Log (CPD record)"),
    ("KNOWING", None, None),
    ("SEN law, the Code of Practice and what they mean for your school", "701", "Task 1"),
    ("Every Child Matters and the SENCO's part in the five outcomes", "701", "Task 1"),
    ("Disability equality law and what it requires", "701", "Task 1"),
    ("How children develop, and what affects their development", "702", "Task 2"),
    ("The main areas of need and how they affect learning", "702, twilights 5 and 6",
     "Sessions; Tutorial (Task 2 is about your focus pupil's own needs)"),
    ("Approaches, strategies and resources, including ICT", "702", "Task 2"),
    ("School self-evaluation and improvement", "703", "Task 3"),
    ("Research and best practice in meeting SEN", "701", "Task 1"),
    ("What other agencies do, and how to get specialist support", "702, agencies evening", "Log"),
    ("DOING", None, None),
    ("Shaping strategy, policy and resources with senior colleagues and governors", "703", "Task 3"),
    ("Identifying needs, setting targets, planning interventions, reviewing progress", "702", "Task 2"),
    ("Using other professionals' assessments", "702", "Task 2"),
    ("Tracking progress with summative data, including national tests", "703", "Task 3"),
    ("Access arrangements for national tests and examinations", "703, twilight 9", "Tutorial"),
    ("Provision mapping; finding ineffective or missing provision", "703", "Task 3"),
    ("Deploying and managing staff", "703", "Task 3"),
    ("Developing colleagues: observation, coaching, mentoring, training", "703", "Log"),
    ("Reviewing provision with colleagues, for the school's self-evaluation", "703", "Task 3"),
    ("Involving pupils in planning and reviewing their provision", "\u2014", "School"),
    ("Working with parents and carers", "702, twilight 7", "Task 2"),
    ("Working with other services and voluntary organisations", "702, agencies evening", "Log"),
]
for o, w, h in ROWS:
    row = t.add_row()
    if w is None:
        cc = row.cells[0].merge(row.cells[2])
        rr = cc.paragraphs[0].add_run(o)
        rr.bold = True
        shade(cc, "DEEAF6")
        continue
    for j, val in enumerate((o, w, h)):
        cell = row.cells[j]
        rr = cell.paragraphs[0].add_run(val)
        rr.font.size = Pt(8.5)
        if o == "Outcome":
            rr.bold = True
            shade(cell, "D9D9D9")
for row in t.rows:
    row.cells[0].width = Cm(8.6)
    row.cells[1].width = Cm(4.2)
    row.cells[2].width = Cm(4.6)
last = t.add_row()
lc = last.cells[0].merge(last.cells[2])
lp = lc.paragraphs[0]
lr = lp.add_run("Card 25 of 25  \u00b7  SENCO Award Pocket Guide 2009-10, proof 3")
lr.font.size = Pt(7)
lr.italic = True
lp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

# ------------------------------------------------------------------ comments
fee_run = CARD_RUNS[6][1][0]
doc.add_comment(fee_run, text=("Finance: the fee will be set at the April pricing meeting; "
                               "please leave the brackets in for this proof. FO"),
                author="Frances Oyelaran", initials="FO")
grey_run = CARD_RUNS[8][0][0]
doc.add_comment(grey_run, text=("Print Unit: card 8 greyed out as agreed. Paul to send the "
                                "copy for the 2010-11 edition. KH"),
                author="Karen Holt (Print Unit)", initials="KH")

doc.save(OUT)
print("wrote", OUT)
