"""Build cu-02-hollowmere-casebook.docx: the Hollowmere Centre, Hollowmere Park School (invented).

Provider: the Hollowmere Centre for Inclusive Practice, the outreach and
training arm of Hollowmere Park School, a 2-19 maintained special school
designated in 2007 as a specialist school for Cognition and Learning, working
in Sedgeford Borough and Marrick County; the award is validated by the
University of Thorneycroft (a school-based provider with HEI validation).
Dated April 2009; 2009 vocabulary (CRB, List 99, DDA, Disability Equality
Duty, SEN Code of Practice 2001, P scales, RAISEonline, Bercow 2008).

Kind of document / layout: a SCENARIO CASEBOOK, "What happens when...? The
Hollowmere SENCO Award in twenty-four situations", written for the panel in
a warm first-person plural voice with contractions.
- Real Heading 1 styles only for the five parts. Each situation's title is a
  bold Normal paragraph: "Situation 9: " plus the question as it was asked,
  in quotation marks and italics.
- Under each situation, bold run-in labels: "Who asks." "What happens."
  "What doesn't happen." "Where it's written down." The "What doesn't
  happen" paragraphs carry most of the negations.
- Shaded one-cell boxes headed "From our notebook" tell past stories from
  the school's earlier, unaccredited Hollowmere Certificate in Inclusive
  Practice (2006-08): past arrangements, never evidence for the new award.
- A study-days table (Day | Thursday | What it covers | Led by), portfolio
  criteria as bulleted lists ("The markers look for ..."), and a
  professional-discussion table (Area | What the assessors ask about |
  Counts toward the award?) whose last column says "Scored" or
  "Conversation only - not scored".
- Page header and footer; the footer carries the school's motto "Every
  child matters here, every day" (never evidence).
- One cross-reference that leads to the wrong thing: Situation 14 (mentors)
  says "see Situation 12", which is about the presenters' qualifications.

Traps, with the requirement ids they affect:
- E.2 partially_met: the Level 7 PG Certificate is 60 credits, but the same
  award can be reached through the University's Graduate Certificate at
  Level 6 (the bare bones and Situation 1).
- 1.1 partially_met: the stated aim is compliance, "a tight ship" and
  measurable progress; well-being and the five ECM outcomes appear only in a
  motto ("Every child matters here, every day"), in the aims paragraph and
  the footer.
- 6.K2 not_met: Every Child Matters is never taught or assessed; the motto
  is the only mention.
- 2.1 not_met: "What doesn't happen: we won't accept claims for prior
  learning in 2009-10"; the old certificate's exemptions are past (notebook
  box) and the University's own MA route is another provider's arrangement.
- 2.4 partially_met: tailoring through the learning plan, placement focus
  and tutorials, but the fee is "to be set" and cost-effectiveness only
  asserted ("very competitive").
- 3.2 partially_met: Thursdays only, one September intake, fixed order;
  only catching up with the next cohort and spreading over two years.
- 3.3 not_applicable: "There is no online study on the Award"; the school
  website only holds handouts.
- 4.1 and 4.2 partially_met: no survey ("We didn't run a survey"); needs
  known from outreach work and conversations; "heads' comments shaped the
  course" without saying how.
- 4.3 met: heads' reference group and Parents' Forum review the evaluation
  each July and decide changes; Parents' Forum co-leads Day 5; LA services
  teach (Situation 23, days table).
- 5.1 met, although Situation 22 also cites the school's own Ofsted
  judgement and school SEF, which are the wrong context (neither programme
  evaluation nor 6.K7).
- 5.7 partially_met: no mentors; presenters "know the course because they
  helped write it" (general); only the discussion assessors are
  standardised. The "see Situation 12" cross-reference leads to staff
  qualifications.
- 5.9 partially_met: an end-of-course confidence questionnaire only; impact
  on pupils is only wished for ("we'd love to"); a notebook anecdote about
  reading ages on the old certificate is past and single.
- 6.S2d not_met: "What doesn't happen: we don't cover access arrangements
  for tests and exams" (and the LA's separate briefing is another body's).
- 6.K7 not_met: "We don't teach school self-evaluation or the SEF as
  such"; 6.S6 partially_met: reviewing provision with colleagues is taught
  on Day 8 but only discussed, not scored.
- Formative only (partially_met): the mid-point practice discussion "isn't
  scored and doesn't count" is the only assessment of 6.S4; 6.A2 and 6.S1
  are also in the final discussion only as "Conversation only".
- "Conversation only - not scored" in the discussion table (partially_met,
  taught but not assessed): 6.A2, 6.K3, 6.S1, 6.S2b, 6.S6, 6.S9.
- Assessed but never taught (partially_met): 6.A5 (the assessors score how
  clearly the participant explains and listens; no day develops it).
- 6.0 and 1.9 partially_met: the award needs attendance, three passed
  pieces and a passed discussion, in which unscored rows do not count; the
  blanket line "between them ... cover every one of the national outcomes"
  is not an award rule.
- Genuine arrangements in conversational prose (met): E.1, 1.2-1.8, 2.2,
  2.3, 2.5, 3.1 (with a double negative that is an offer: "nobody is turned
  away because of a disability"), 5.2, 5.3 (the Centre sees the disclosure
  and asks for List 99 and conduct checks), 5.4, 5.5 (participants' own
  placement days in Hollowmere classes and a resourced base), 5.6, 5.8;
  outcomes met where a day develops them and a scored piece or scored
  discussion row assesses them: 6.A1, A3, A4, A6, A7, K1, K4, K5, K6, K8, K9,
  S2, S2a, S2c, S3, S5, S7, S8.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("cu-02-hollowmere-casebook.docx")

doc = Document()
doc.core_properties.author = "Devinder Sahota"
doc.core_properties.title = "What happens when...? The Hollowmere SENCO Award"
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(11)
for lvl in (1,):
    hs = doc.styles[f"Heading {lvl}"]
    hs.font.name = "Georgia"
    hs.font.color.rgb = RGBColor(0x2E, 0x4A, 0x3B)

LQ, RQ = "\u201c", "\u201d"


def p(text="", bold=False, italic=False, size=None, align=None, after=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        para.paragraph_format.space_after = Pt(after)
    return para


def situation(n, question):
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(14)
    para.paragraph_format.keep_with_next = True
    r = para.add_run(f"Situation {n}: ")
    r.bold = True
    r2 = para.add_run(f"{LQ}{question}{RQ}")
    r2.bold = True
    r2.italic = True
    return para


def lab(label, text):
    para = doc.add_paragraph()
    r = para.add_run(label + " ")
    r.bold = True
    r.font.color.rgb = RGBColor(0x2E, 0x4A, 0x3B)
    para.add_run(text)
    return para


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def notebook(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, "EEF3EA")
    c.text = ""
    r = c.paragraphs[0].add_run("From our notebook")
    r.bold = True
    r.italic = True
    cp = c.add_paragraph()
    rr = cp.add_run(text)
    rr.italic = True
    rr.font.size = Pt(10)
    doc.add_paragraph()


def table(headers, rows, widths, header_fill="D7E3D2", size=10):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        rr.font.size = Pt(size)
        shade(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            rr = cells[i].paragraphs[0].add_run(v)
            rr.font.size = Pt(size)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("What happens when\u2026?  \u00b7  Hollowmere Centre for Inclusive Practice  \u00b7  April 2009")
hr.font.size = Pt(8)
hr.italic = True
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Hollowmere Park School \u00b7 Specialist School for Cognition and Learning \u00b7 "
                "Every child matters here, every day")
fr.font.size = Pt(8)

# ------------------------------------------------------------------ title
p("What happens when\u2026?", bold=True, size=26, align="c", after=2)
p("The Hollowmere SENCO Award in twenty-four situations", italic=True, size=14, align="c")
p("A paper for the TDA approval panel from the Hollowmere Centre for Inclusive Practice, "
  "Hollowmere Park School, Sedgeford, with the University of Thorneycroft", align="c", size=10,
  after=0)
p("April 2009", align="c", size=10)

doc.add_heading("Before the situations: why this paper looks the way it does", level=1)
p("When we told headteachers in Sedgeford and Marrick that we meant to apply to run the new "
  "national award for SENCOs, hardly anyone asked us about our aims. They asked \u201cwhat happens "
  "if\u2026?\u201d What happens if my SENCO can\u2019t get out on a Thursday, if she already has a "
  "diploma, if she fails? New SENCOs asked the same kind of question, only more anxiously. We have "
  "found that the clearest way to explain the Award is to walk through those questions one at a "
  "time, so that is what this paper does. Each situation starts with the question as it was put "
  "to us (or as we expect it to be), says who asks it, and then says what happens on the Award. "
  "Where something does not happen we say that too, under \u201cWhat doesn\u2019t happen\u201d, "
  "because we would rather the panel heard it from us now. \u201cWhere it\u2019s written down\u201d "
  "points to the Participant Handbook 2009\u201310 or to the University\u2019s regulations, both of "
  "which the panel can have on request.")
lab("The bare bones.",
    "The Hollowmere SENCO Award is the University of Thorneycroft\u2019s Postgraduate Certificate in "
    "Special Educational Needs Coordination: 60 credits at Level 7. Participants who don\u2019t hold "
    "a first degree, or who would rather not study at masters level, can register instead for the "
    "University\u2019s Graduate Certificate in Special Educational Needs Coordination (60 credits at "
    "Level 6); they come to the same days, write the same portfolio and receive the same Hollowmere "
    "SENCO Award. Everyone comes to nine study days on Thursdays at Hollowmere, spends two "
    "placement days in our classrooms, writes a portfolio of three pieces and finishes with a "
    "professional discussion.")
lab("What we are for.",
    "Our aim is straightforward: SENCOs who know the Code of Practice inside out, who run a tight "
    "ship, and whose pupils make measurable progress. Every child matters here, every day, and we "
    "want new SENCOs to leave us believing that about their own schools.")

# ------------------------------------------------------------------ Part One
doc.add_heading("Part One: Before the course", level=1)

situation(1, "Is this a proper qualification, or just a Hollowmere certificate?")
lab("Who asks.", "Headteachers, nearly always first.")
lab("What happens.",
    "It is a university award. The University of Thorneycroft validated the programme at a "
    "validation event on 17 March 2009, with a panel that included a SENCO from a Marrick secondary "
    "school and an academic from another university, and the University\u2019s Senate confers it. "
    "The Centre teaches and assesses under a partnership agreement with the University\u2019s School "
    "of Education, which appoints a link tutor and the external examiner. As the bare bones above "
    "explain, participants choose at registration between the Level 7 Postgraduate Certificate and "
    "the Level 6 Graduate Certificate.")
lab("Where it\u2019s written down.",
    "Partnership agreement between the University of Thorneycroft and Hollowmere Park School, "
    "March 2009; validation report.")

situation(2, "She\u2019s only been teaching two years and she\u2019s just been made SENCO. Should she apply?")
lab("Who asks.", "A primary headteacher in Marrick, in January.")
lab("What happens.",
    "To come on the Award you need qualified teacher status, to be in post as SENCO (or about to "
    "be, within the year), and a letter from your head agreeing to release you for the study and "
    "placement days. Before we offer a place, every applicant has a one-hour starting-point "
    "conversation with Lorna Pike or Devinder Sahota, working through a self-audit against the "
    "national outcomes, so that together we can judge whether the applicant has enough knowledge "
    "and experience to reach every outcome by the end. If the answer is \u201cnot yet\u201d, we "
    "write to the applicant saying exactly what would help first (usually the local authority\u2019s "
    "New to SENCO days, or a term working alongside an experienced SENCO) and, with the "
    "applicant\u2019s permission, we phone the head to talk it through. Most people we say "
    "\u201cnot yet\u201d to come back a year later.")
lab("Where it\u2019s written down.", "Participant Handbook, section 2, Admissions.")

situation(3, "I\u2019ve already got a diploma in dyslexia. Do I have to sit through it all again?")
lab("Who asks.", "Several applicants with specialist qualifications.")
lab("What happens.",
    "Yes, for this first year. Everyone takes the whole programme.")
lab("What doesn\u2019t happen.",
    "We won\u2019t accept claims for accreditation of prior learning in 2009\u201310, either for "
    "certificated study or for experience. The University\u2019s APL regulations would allow it in "
    "principle, but we would rather see one cohort through before we start matching other "
    "people\u2019s diplomas against our portfolio. One applicant told us a friend had been given "
    "credit for a dyslexia diploma at Thorneycroft; that was on the University\u2019s own MA in "
    "Inclusive Education, which is a different programme with its own rules.")
notebook("On the old Hollowmere Certificate in Inclusive Practice (2006\u201308, not accredited) we "
         "used to excuse people from any day they had already covered on another course, and about "
         "one in five people missed at least one day that way. That arrangement ended when the "
         "certificate closed in July 2008.")

situation(4, "I\u2019ve been an advisory teacher for autism for twelve years. Do I really need the course?")
lab("Who asks.", "Advisory and support-service teachers, and occasionally a very experienced SENCO.")
lab("What happens.",
    "In exceptional cases, yes, you can be assessed without the taught programme. You apply in "
    "writing with a summary of your experience against the national outcomes and two examples of "
    "your work. Devinder Sahota and the University link tutor decide together whether the case is "
    "strong enough; if it is, you complete the same three portfolio pieces (Situation 18) and the "
    "same professional discussion as everyone else, are marked and moderated in exactly the same "
    "way, and must meet the same conditions for the Award (Situation 20). You can have two "
    "tutorials while you prepare. The assessment-only fee is \u00a3450. We expect no more than two "
    "or three such candidates a year.")
lab("Where it\u2019s written down.", "Participant Handbook, section 3, Routes to the Award.")

situation(5, "I\u2019m deaf in one ear and I\u2019m dyslexic. Will I cope?")
lab("Who asks.", "An applicant from a Sedgeford secondary school, by email.")
lab("What happens.",
    "You will, and we will make sure of it. The application form has a section that invites you to "
    "tell us about any disability or long-term condition and explains in plain words why we ask, "
    "who sees the answer and what we do with it; our leaflet and the form come in large print, on "
    "coloured paper and as audio files. Anyone who tells us about a disability is offered a "
    "meeting before the course to agree adjustments: for example a seat by the loop (every "
    "Hollowmere room used for the Award has one), handouts a week in advance and on any colour of "
    "paper, a note-taker, a BSL interpreter, rest breaks, adjustments on the placement days, and "
    "extra time or a different format for the portfolio and the professional discussion. We agree "
    "these with the University\u2019s Disability Service so that they carry through to assessment. "
    "The Award runs under the school\u2019s Disability Equality Scheme and Race Equality Policy, and "
    "Day 1 is partly led by a disabled SENCO from a Marrick primary school.")
lab("What doesn\u2019t happen.",
    "Nobody is turned away because of a disability, and nobody has to disclose one to get a place; "
    "you can tell us at any point, and the offer of adjustments stands all year.")
lab("Where it\u2019s written down.", "Participant Handbook, section 5, Access and adjustments.")

situation(6, "Do you check our CRB?")
lab("Who asks.", "Applicants, usually wondering whether they need another one.")
lab("What happens.",
    "Yes. Because every participant spends placement days in our classrooms, we treat applicants "
    "as we would any adult working with our pupils. At the starting-point conversation we see the "
    "original of your current enhanced CRB disclosure and record its number and date. We also ask "
    "your headteacher to confirm in writing that you have been checked against List 99, that your "
    "previous employers raised no concerns about your conduct and that there are no outstanding "
    "disciplinary matters. If you have not worked in a school or college with regular contact "
    "with children in the past three months, we process a new enhanced disclosure through the "
    "school before your first placement day. No one starts placement until the school\u2019s "
    "business manager has signed off the record.")
lab("Where it\u2019s written down.", "Hollowmere Park School Safer Recruitment Policy, section 7.")

situation(7, "What did schools tell you before you designed it?")
lab("Who asks.", "The TDA\u2019s application guidance, in so many words.")
lab("What happens.",
    "We should be honest: we didn\u2019t run a survey. We have done outreach work in Sedgeford and "
    "Marrick schools for ten years, and we talk to heads and SENCOs every week of the year, so we "
    "think we know what new SENCOs struggle with. Heads\u2019 comments shaped the course "
    "throughout, and several of them read our first outline and told us what they thought.")

# ------------------------------------------------------------------ Part Two
doc.add_heading("Part Two: On the course", level=1)

situation(8, "What exactly will I learn?")
lab("Who asks.", "Everyone.")
lab("What happens.",
    "Nine study days, always on a Thursday, from 9.15 to 3.45 in the Centre at Hollowmere. Each "
    "day has directed reading beforehand and a task to try in your own school afterwards, which "
    "you bring back to the next day; the tasks are chosen to feed the portfolio.")
table(
    ["Day", "Thursday", "What it covers", "Led by"],
    [
        ("1", "24 Sept 2009",
         "The law and the SENCO: Education Act 1996 Part IV, the SEN and Disability Act 2001, the "
         "SEN Code of Practice (2001), the 2008 SENCO Regulations, the Disability Discrimination Act "
         "and the Disability Equality Duty; what each means for the school, for the SENCO and for "
         "class teachers, and how to put it into practice.",
         "Devinder Sahota; a disabled SENCO from Marrick"),
        ("2", "15 Oct 2009",
         "How children develop: language, thinking, social and emotional development, and how "
         "special educational needs, disability and the classroom environment shape it.",
         "Dr Helen Okafor (EP)"),
        ("3", "12 Nov 2009",
         "Knowing your pupils: identifying need through observation, data and assessment; setting "
         "targets, planning interventions, reviewing progress; using reports from educational "
         "psychologists, therapists and others; P scales, national test results and RAISEonline "
         "for tracking; helping colleagues use formative assessment with pupils with SEN. Case "
         "discussions on hard decisions.",
         "Lorna Pike; Dr Helen Okafor"),
        ("4", "3 Dec 2009",
         "The common needs: behavioural, emotional and social difficulties; specific learning "
         "difficulties, including dyslexia; speech, language and communication needs; autistic "
         "spectrum disorders; moderate learning difficulties. Approaches, strategies, resources and "
         "ICT, tried out in our resource room.",
         "Hollowmere specialist teachers; Sedgeford speech and language therapy service"),
        ("5", "14 Jan 2010",
         "Pupils and families: consulting children and young people (talking mats, pupil "
         "interviews, our school council), involving pupils in planning and reviewing their own "
         "provision; working with parents and carers: advising, sharing difficult news, "
         "building a working partnership. Role play with members of our Parents\u2019 Forum.",
         "Lorna Pike; Hollowmere Parents\u2019 Forum; the school council"),
        ("6", "4 Feb 2010",
         "Provision mapping and costing; finding provision that isn\u2019t working or isn\u2019t there; "
         "deploying and managing teaching assistants. The SENCO\u2019s week: prioritising, managing "
         "time, delegating and checking that delegated work gets done.",
         "Mark Ellery; a Sedgeford primary SENCO"),
        ("7", "11 Mar 2010",
         "Leading with and through others: winning the commitment of the head and senior team; "
         "working with governors on SEN policy, priorities and resources; coaching colleagues, "
         "observing lessons and giving feedback, modelling, running INSET.",
         "Maggie Tranter (headteacher); Lorna Pike"),
        ("8", "29 Apr 2010",
         "Looking at what works: recent research and inspection evidence (including Ofsted\u2019s "
         "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008) and "
         "the Inclusion Development Programme); best practice; reviewing provision with colleagues.",
         "Dr Simon Ashworth (University); Devinder Sahota"),
        ("9", "17 June 2010",
         "Working with other services: educational psychology, speech and language therapy, CAMHS, "
         "social care, the sensory service and voluntary organisations (Marrick Autism Support, "
         "Sedgeford Dyslexia Group), and how to get specialist support and resources. Afternoon: "
         "next steps (Situation 17).",
         "Visiting professionals; Devinder Sahota"),
    ],
    [1.0, 2.3, 9.0, 4.0],
)
lab("And beyond your own school.",
    "Between Day 3 and Day 7 you work in a triad with two SENCOs from other schools on the course: "
    "each of you hosts the other two for a morning, and the three of you work on a problem the "
    "host school has chosen.")
lab("Where it\u2019s written down.", "Participant Handbook, section 4, the study days.")

situation(9, "I can\u2019t get out of school every Thursday.")
lab("Who asks.", "Secondary SENCOs with Thursday timetables, and their heads.")
lab("What happens.",
    "All nine days are Thursdays and there is one intake a year, in September. If you miss a day "
    "you can pick it up with the next cohort, and if the year is too much you can spread the nine "
    "days and the portfolio over two years.")
lab("What doesn\u2019t happen.",
    "We can\u2019t offer a different day of the week, an evening or weekend route, or the days in "
    "a different order: each day builds on the one before. There is no online study on the Award. "
    "We put the handouts on the school website after each day, and that is all the website "
    "does.")

situation(10, "Will anyone know what I in particular need?")
lab("Who asks.", "New SENCOs, and heads paying for them.")
lab("What happens.",
    "Yes. The self-audit from the starting-point conversation (Situation 2) becomes your learning "
    "plan at your first tutorial in October: together with your tutor you pick out the outcomes "
    "you most need to work on, set your own personal outcomes for the year, choose the focus of "
    "your placement days and decide which pupil, policy and change your portfolio will be about. "
    "Your head signs the plan. You have three one-to-one tutorials in the year, and at the second "
    "(in February) the plan is reviewed and rewritten if it needs to be. Everyone comes to the "
    "same nine days, but what you do on placement, in tutorials and in the portfolio is your "
    "own.")
lab("What about cost?",
    "The governors\u2019 finance committee will set the fee in June. We expect it to be very "
    "competitive.")

situation(11, "Where do I do a placement, and who will I meet?")
lab("Who asks.", "Applicants from mainstream schools, most of whom have never been in a special school.")
lab("What happens.",
    "Every participant spends two placement days in Hollowmere classes, between November and "
    "March, working alongside our teachers, teaching assistants, speech and language therapists "
    "and occupational therapist, with a focus agreed in the learning plan (for example, how a "
    "class team uses a communication aid, or how our teachers use P scales in target setting). "
    "Participants from primary schools can take a third day at the speech and language resource "
    "base at Kettleby Primary School, which we support. Across the year you will also meet our "
    "educational psychologist, the Sedgeford therapy service, the Marrick sensory support service "
    "and the voluntary organisations who come on Day 9.")
lab("Where it\u2019s written down.", "Participant Handbook, section 6, Placement days.")

situation(12, "Who\u2019ll be teaching us? Do they know what they\u2019re doing?")
lab("Who asks.", "Heads, politely; participants, less politely.")
lab("What happens.",
    "Devinder Sahota, who leads the Award, was SENCO of a Sedgeford comprehensive for eight years "
    "and has led the Centre\u2019s outreach service since 2005; he holds an MEd in Special and "
    "Inclusive Education. Lorna Pike, assistant head at Hollowmere, was a mainstream primary SENCO "
    "and holds the OCR Diploma in Specific Learning Difficulties. Mark Ellery manages Hollowmere\u2019s "
    "team of 38 teaching assistants and runs Marrick County Council\u2019s provision-mapping training. Dr Helen "
    "Okafor is a practising educational psychologist who works with Hollowmere two days a week. "
    "Dr Simon Ashworth, our University link tutor, is a senior lecturer in inclusive education. "
    "All of them are working with children with SEN, or with the people who teach them, right "
    "now; each of them spends at least two days a year at national SEN events, paid for from the "
    "school\u2019s specialist-schools budget.")

situation(13, "My head says the course has to make a difference in school, not just on paper.")
lab("Who asks.", "A Marrick secondary head, at the heads\u2019 briefing in February.")
lab("What happens.",
    "We agree with her. Everything on the Award happens in the participant\u2019s own school: the "
    "tasks between study days, the placement focus and all three portfolio pieces, each of which "
    "is tied to the national outcomes it assesses (Situation 18). Piece C is a change you lead "
    "with colleagues in your school, with baseline and follow-up measures for the pupils affected, "
    "so you can show what has changed in practice and for pupils by the time you finish.")

situation(14, "Do I get a mentor?")
lab("Who asks.", "The TDA\u2019s specification, which expects everyone involved in delivery and "
    "assessment, \u201ceg tutors or mentors\u201d, to understand their roles.")
lab("What happens.",
    "See Situation 12. We don\u2019t use school-based mentors. Everyone who presents on the Award is "
    "a member of Hollowmere staff or a regular visitor, and they know the course because they "
    "helped to write it. The two assessors for the professional discussion attend a "
    "standardisation morning each June with the University link tutor, working through recordings "
    "of the previous year\u2019s discussions.")

situation(15, "We\u2019ve got Year 11s sitting GCSEs. Will you cover access arrangements?")
lab("Who asks.", "Secondary SENCOs, every time.")
lab("What doesn\u2019t happen.",
    "We don\u2019t cover access arrangements for national tests and examinations. Very few "
    "Hollowmere pupils sit GCSEs, and none of our tutors has run an exams office. Marrick County "
    "Council runs its own access-arrangements briefing each autumn, which we recommend.")

situation(16, "Do we have to do the self-evaluation stuff?")
lab("Who asks.", "Primary SENCOs who have seen their head wrestling with the SEF.")
lab("What doesn\u2019t happen.",
    "No. We don\u2019t teach school self-evaluation or the SEF as such. In our view senior teams "
    "lead it, and nine days are better spent on provision itself.")
lab("What happens.",
    "On Day 8 you learn how to review, with colleagues, whether the provision you have put in place "
    "is working, using the provision map from Day 6, and how to report what you find to your "
    "senior team.")

situation(17, "What happens on the last day?")
lab("Who asks.", "Participants in May, when the end is in sight.")
lab("What happens.",
    "The afternoon of Day 9 is given over to what comes next. Each participant writes a next-steps "
    "plan on our template, with two or three professional targets for the following year and the "
    "CPD that will help meet them, and takes it to the performance-management meeting with their "
    "line manager. We talk through how SENCOs keep up to date (journals, nasen, the two local "
    "authorities\u2019 SENCO networks) and the University\u2019s MA routes. Devinder phones every "
    "participant six months later to ask how the targets are going.")

# ------------------------------------------------------------------ Part Three
doc.add_heading("Part Three: Assessment and the Award", level=1)

situation(18, "How will you know I\u2019ve met every outcome?")
lab("Who asks.", "Participants, and the University\u2019s validation panel.")
lab("What happens.",
    "Through a portfolio of three pieces and a final professional discussion. Each piece is marked "
    "pass or refer by a Centre tutor against the points listed below.")
p("Piece A \u2013 A child and a family (3,500 words). The markers look for:", bold=True)
for t in [
    "how you identified the pupil\u2019s needs through observation, data and assessment, the targets "
    "you set, the intervention you planned and how you reviewed progress;",
    "how you used reports from the educational psychologist, therapists or other professionals to "
    "shape the pupil\u2019s teaching;",
    "what you understand about the pupil\u2019s development and how the special educational need, "
    "disability and classroom environment affected it;",
    "what you know about the pupil\u2019s type of need and how it affects learning;",
    "how the pupil took part in planning, agreeing and reviewing the provision;",
    "how you worked with the parents or carers, and the fair and constructive relationship you "
    "built with the pupil and the family;",
    "which outside agencies were involved, what each could offer and how you got specialist "
    "support and resources;",
    "the judgements you made, and the problems you solved, when things didn\u2019t go to plan.",
]:
    bullet(t)
p("Piece B \u2013 A policy and a map (3,500 words). The markers look for:", bold=True)
for t in [
    "a critical review of your school\u2019s SEN policy against the SEN framework and the Code of "
    "Practice, and what they mean for the school and for you as SENCO;",
    "a costed provision map for one key stage, showing what is missing or not working;",
    "a critical look at the approaches, resources and ICT your school uses, with better "
    "alternatives where you find them;",
    "what research and best practice say, and the outside advice you sought, and how you used "
    "them to improve your own and colleagues\u2019 practice.",
]:
    bullet(t)
p("Piece C \u2013 Changing practice with colleagues (3,000 words plus evidence). The markers look "
  "for:", bold=True)
for t in [
    "a change you led with colleagues to develop formative assessment for all pupils, and "
    "particularly for pupils with SEN and/or disabilities;",
    "evidence that you observed colleagues and gave feedback, modelled, coached or trained them;",
    "baseline and follow-up measures for the pupils affected, and what changed for them.",
]:
    bullet(t)
p("The professional discussion", bold=True)
p("At the end of the year each participant has a 45-minute professional discussion with two "
  "assessors (a Centre tutor and the University link tutor). It is audio-recorded. The assessors "
  "work from the schedule below. In the rows marked \u201cScored\u201d they record each area as "
  "secure or not yet secure, and a participant with any area not yet secure is referred. The "
  "other rows are there because we think a new SENCO should be able to talk about them.")
table(
    ["Area", "What the assessors ask about", "Counts toward the Award?"],
    [
        ("Keeping up to date",
         "Your next-steps plan; how you keep your knowledge of SEN and disability current and take "
         "charge of your own CPD.", "Scored"),
        ("Managing the SENCO\u2019s week",
         "How you prioritise, manage your time, what you delegate and how you check it is done.",
         "Scored"),
        ("Clarity and listening",
         "Noted throughout: how clearly you explain your thinking and how well you listen to and "
         "take up the assessors\u2019 questions.", "Scored"),
        ("The head, the senior team and governors",
         "How you have won their commitment; your part in SEN policy, priorities and the use of "
         "resources.", "Conversation only \u2013 not scored"),
        ("Disability equality",
         "Your school\u2019s duties under disability equality law and what it is doing about them.",
         "Conversation only \u2013 not scored"),
        ("Tracking progress",
         "How you use P scales, national test results and other summative data to track progress "
         "and change programmes.", "Conversation only \u2013 not scored"),
        ("Reviewing provision",
         "How you review provision with colleagues and report to senior leaders.",
         "Conversation only \u2013 not scored"),
        ("Other services",
         "How you work in partnership with other services and voluntary organisations.",
         "Conversation only \u2013 not scored"),
    ],
    [4.0, 8.8, 3.5],
)
p("Between them, the portfolio and the discussion cover every one of the national outcomes.")
lab("Where it\u2019s written down.", "Participant Handbook, section 7, Assessment.")

situation(19, "Is there a practice run?")
lab("Who asks.", "Participants who are nervous about talking to assessors.")
lab("What happens.",
    "Yes. In March everyone has a 20-minute practice discussion with their tutor, on winning over "
    "the head and senior team, working with governors, and how you deploy and manage your "
    "teaching assistants. You get written feedback. It isn\u2019t scored and doesn\u2019t count "
    "toward the Award; it is there to help.")

situation(20, "What do I actually need to pass?")
lab("Who asks.", "Everyone, eventually.")
lab("What happens.",
    "To receive the Hollowmere SENCO Award you need to attend at least eight of the nine study "
    "days, pass each of Pieces A, B and C, and pass the professional discussion. If a piece is "
    "referred you can resubmit it once, within eight weeks.")
lab("Where it\u2019s written down.", "University of Thorneycroft, Regulations for Taught Awards, and "
    "Participant Handbook, section 7.")

situation(21, "Who marks it, and is it fair?")
lab("Who asks.", "Participants who have had a bad experience of marking elsewhere.")
lab("What happens.",
    "Every portfolio piece is marked by one Centre tutor and second-marked by another, working from "
    "the same marking points. Any disagreement goes to Devinder Sahota. The University link tutor "
    "moderates a sample of at least a quarter of each piece, including every referral, before the "
    "Assessment Board, and listens to a sample of the recorded discussions. The University\u2019s "
    "external examiner for the Award, Dr Frances Quayle, sees a sample of pieces and recordings, "
    "attends the Board and writes an annual report.")

# ------------------------------------------------------------------ Part Four
doc.add_heading("Part Four: Behind the scenes", level=1)

situation(22, "How do you know the course is any good?")
lab("Who asks.", "Governors, heads and, fairly, the TDA.")
lab("What happens.",
    "Participants fill in an evaluation sheet at the end of every study day and placement day, and "
    "a longer questionnaire at the end of the year. The University\u2019s annual monitoring report "
    "for the Award brings together those evaluations, pass and referral rates and the external "
    "examiner\u2019s report; it goes to the school governors\u2019 training committee and to the "
    "University\u2019s School of Education, and then to the heads\u2019 reference group and the "
    "Parents\u2019 Forum (Situation 23). The changes we agree are written up as a \u201cYou said, we "
    "did\u201d page in the next year\u2019s Participant Handbook. The school itself was judged "
    "outstanding by Ofsted in 2008, and our school SEF is updated every term.")
lab("And the difference it makes?",
    "The end-of-year questionnaire asks participants how confident they now feel in each area of "
    "the outcomes compared with the start. Honestly, we would love to be able to show that pupils "
    "do better because their SENCO came on the Award. We haven\u2019t yet found a fair way of doing "
    "that.")
notebook("In 2007 a participant on the old certificate tested her Year 3 reading group before and "
         "after a phonics intervention she had planned on the course, and their reading ages rose by "
         "an average of fourteen months in six months. We still tell that story.")

situation(23, "Can schools and parents have a say in how it\u2019s going?")
lab("Who asks.", "The chair of our Parents\u2019 Forum.")
lab("What happens.",
    "Yes. Every July the heads\u2019 reference group (six heads from Sedgeford and Marrick schools) "
    "and two members of the Parents\u2019 Forum meet the Centre team to go through the year\u2019s "
    "evaluations, results and the external examiner\u2019s report and decide what to change. "
    "Parents\u2019 Forum members co-lead the role play on Day 5; the local authorities\u2019 "
    "educational psychology, therapy and sensory services and two voluntary organisations teach on "
    "Days 2, 4 and 9; and Hollowmere\u2019s school council spends part of Day 5 telling participants "
    "what it is like to be consulted well and badly.")

situation(24, "What will there be to work with?")
lab("Who asks.", "Participants from small primary schools with a cupboard for a SEN room.")
lab("What happens.",
    "Hollowmere\u2019s resource room holds standardised and diagnostic assessments, intervention "
    "programmes, reading schemes and sensory resources, all of which participants can borrow. "
    "Day 4 is taught in our ICT suite, with switch access, Clicker 5, Boardmaker, text-to-speech "
    "and a range of communication aids that participants try for themselves, and our sensory room "
    "and therapy rooms are open on placement days. Every participant has a University library card "
    "and an Athens login for electronic journals.")

p("")
p("Devinder Sahota, Head of the Hollowmere Centre for Inclusive Practice", italic=True, after=0)
p("Maggie Tranter, Headteacher, Hollowmere Park School", italic=True, after=0)
p("Dr Simon Ashworth, University of Thorneycroft", italic=True)

doc.save(OUT)
print("wrote", OUT)
