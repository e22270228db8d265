"""Build cm-01-copperbeech-catalogue.docx (invented provider, written blind).

Provider: Copperbeech Training Ltd, a small private training company in Harnley
(founded 2001 by two former local authority SEN advisers), delivering the
National Award for SEN Coordination as a Postgraduate Certificate validated by
the University of Stanmoor under a collaborative provision agreement. Dated
20 March 2009; 2008-era vocabulary (CRB, DDA, SEN Code of Practice 2001, ECM,
School Action Plus, SEF, P scales).

Layout: the company's trade catalogue, "Services & Prices 2009-10: SEN
Leadership and Inclusion", sent to the TDA as the application with a short
covering note. Commercial, upbeat second person ("you", "your school",
"we'd"), contractions. After the cover and the note: "About Copperbeech"
(values), "How to read a product card" (a key explaining the card fields and
four status flags: Available / Coming soon / Withdrawn / Bespoke), then
Section B with one PRODUCT CARD per element of the Award (a two-column table:
a merged, shaded title row with code and name, then field rows Status, Who
it's for, What you get, Where you'll practise, How it's assessed, Price,
Notes), Section C with cards for OTHER company products that are not part of
the Award, Section D "Meet the team / How we check quality / Working with
schools and authorities" in prose, Section E "Booking and standard terms"
(small print, typed clause numbers E1-E12), and a closing price-list table.
Heading styles for sections; header and footer (never evidence).

Traps, with the requirement ids each affects:
- Blanket claim in the covering note ("every one of the national minimum
  outcomes ... is assessed") and in term E9; several outcomes are not in any
  task's marked list: 1.9 and 6.0 partially_met.
- The key's description of the card fields is template guidance, not
  evidence (it describes what an assessment field holds).
- SL-112 Assessment-only route: status "Coming soon", "not yet bookable",
  being developed with the University: 2.3 not_met (aspiration).
- SL-120 Pupil Voice Day: status "Withdrawn"; it belonged to the 2007-08
  unaccredited pilot: 1.5 and 6.S7 not_met (past arrangement).
- SL-205 Listening to Learners: consulting pupils, but a separate one-day
  course for class teachers and TAs, "not part of the Award": 1.5, 6.S7 stay
  not_met (wrong context).
- SL-215 Supporting Families of Children with Autism: for family support
  workers, not part of the Award: no evidence for 1.7, 6.A1, 6.S8.
- SL-201 TA Level 3 Certificate: a five-day placement in a special school,
  for teaching assistants; Section D says award delegates get no placements,
  "your own school is your placement": 5.5 partially_met (expertise from
  guest specialists only).
- SL-113 Online study room: recordings and readings, tutor e-mail support
  between taught days within three working days, but no discussion area and
  nothing on communication with schools: 3.3 partially_met.
- SL-114 Mentor Support Package: mentor briefing and guide only for schools
  that buy it (GBP 120): 5.7 partially_met (tutors are standardised).
- SL-115 Next Steps Conversation: "Bespoke (on request)", extra fee, and a
  returning-customer discount: 2.5 partially_met.
- E4 safeguarding: checks left to employers, "Copperbeech does not carry out
  or verify these checks"; only tutors' CRB disclosures: 5.3 not_met.
- Section D Resources: printed reading packs and a lending shelf only, "bring
  a laptop": 5.6 partially_met.
- Section D Impact: repeat Starting Profile measures competence and
  confidence; pupils' progress only hoped for ("We'd love to ... hope to"):
  5.9 partially_met.
- Section D Working with schools: schools and authorities help deliver but
  "have no part in evaluating it"; the company uses no participant
  evaluation forms: 4.3 partially_met.
- Parents appear only as a value statement (About Copperbeech) and as an
  element of Task 2 marked for liaison with parents; no teaching of it: 1.7
  partially_met, 6.S8 partially_met (assessed, not developed), 6.A1 partially_met.
- Placeholder "[insert biog - KM to supply]" in the SL-103 card; the tutors
  are described in Section D: 5.4 met regardless.
- Outcomes by unit card: taught but not in the task's marked list: 6.K2
  (ECM, Unit 1), 6.K4 (child development, Unit 2), 6.A3 (workload, Unit 3);
  taught only in an optional, unassessed twilight: 6.S2d; kept only in an
  unmarked learning log (SL-100 card): 6.A7; absent: 6.S2c (no formative
  assessment anywhere) and 6.S7. 6.A1 partially_met: only Task 2's mark for
  liaising with parents touches it; nothing on relationships with pupils and
  nothing teaches it.
- Genuine arrangements written in catalogue voice (met): E.1, E.2, 1.1-1.4,
  1.6, 1.8, 2.1 (SL-111), 2.2 (SL-110), 2.4, 3.1 (E7), 3.2, 4.1, 4.2, 5.1,
  5.2 (E3), 5.4, 5.8, and the outcomes in each task's marked list that the
  unit also teaches.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

NAME = "cm-01-copperbeech-catalogue"
OUT = Path(__file__).with_name(NAME + ".docx")

doc = Document()
doc.core_properties.author = "Karen Mottram"
doc.core_properties.title = "Copperbeech Services & Prices 2009-10: SEN Leadership"
normal = doc.styles["Normal"]
normal.font.name = "Verdana"
normal.font.size = Pt(9.5)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)

# ------------------------------------------------------------------ helpers

def para(text="", bold=False, italic=False, size=None, align=None, color=None, space_after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def rich(*parts):
    """parts: (text, 'b'|'i'|'') tuples in one paragraph."""
    p = doc.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return p


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None):
    """Write text into a cell; '\n\n' starts a new paragraph, lines starting
    with '- ' become typed dash items."""
    chunks = text.split("\n")
    first = True
    for chunk in chunks:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        r = p.add_run(chunk)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def card(code, title, rows, fill="7A4A2A"):
    """A product card: merged shaded title row, then label/value rows."""
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    shade(top, fill)
    p = top.paragraphs[0]
    r = p.add_run(f"{code}   ")
    r.bold = True
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, (label, value) in enumerate(rows, start=1):
        c0, c1 = t.rows[i].cells
        shade(c0, "F3E9DC")
        cell_text(c0, label, bold=True)
        cell_text(c1, value)
    for row in t.rows:
        row.cells[0].width = Cm(3.6)
        row.cells[1].width = Cm(13.4)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ header/footer
hp = sec.header.paragraphs[0]
hp.text = "Copperbeech Training Ltd  |  Services & Prices 2009\u201310  |  SEN Leadership and Inclusion"
hp.runs[0].font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Prices exclude VAT where applicable. Copperbeech Training Ltd, Unit 4, Maltings Yard, "
               "Harnley HN3 2QT. Registered in England No. 05517240. E&OE.   Page ")
r.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ cover
para("COPPERBEECH", bold=True, size=28, align="c", color="7A4A2A", space_after=0)
para("TRAINING", bold=True, size=14, align="c", color="7A4A2A")
para("Services & Prices 2009\u201310", bold=True, size=18, align="c")
para("SEN Leadership and Inclusion", size=14, align="c")
para("featuring the National Award for SEN Coordination (Postgraduate Certificate)", italic=True,
     align="c")
para("")
para("Copy submitted to the Training and Development Agency for Schools in support of our application "
     "for approval as a provider of nationally accredited training for SENCOs \u2013 20 March 2009",
     italic=True, size=8.5, align="c")

# ------------------------------------------------------------------ covering note
doc.add_heading("A note for the TDA panel", level=1)
para("Thank you for looking at our application. Rather than rewrite everything into a new format, we "
     "have sent you the catalogue our schools actually use, because it is the most honest picture of "
     "what we offer and how we work. Everything to do with the National Award is in Section B; the "
     "rest of the catalogue (Section C in particular) is there so that you can see the wider work of "
     "the company, and is not part of the Award unless a card says so. Our booking terms in Section E "
     "apply to the Award as to everything else we sell.")
para("We have mapped every one of the national minimum outcomes onto our three units, and every one of "
     "them is assessed. If anything is unclear, please ring Karen Mottram, Managing Director, on "
     "01482 600 713.")

# ------------------------------------------------------------------ about us
doc.add_heading("About Copperbeech", level=1)
para("Copperbeech was set up in 2001 by two former local authority SEN advisers who thought that "
     "schools deserved training that was practical, affordable and delivered by people who had "
     "actually done the job. Eight years on we work with more than three hundred schools across "
     "Harnley, Westby and the Callow Vale, and our team of nine includes former SENCOs, a former "
     "special school headteacher, a chartered educational psychologist and a specialist dyslexia "
     "teacher.")
para("We believe every child can succeed. We believe that parents are children's first and most "
     "important educators, and everything we do respects that. We believe in inclusion, in high "
     "expectations and in listening. And we believe that good training leaves something behind in "
     "the school when the trainer has gone home.")

# ------------------------------------------------------------------ key
doc.add_heading("How to read a product card", level=1)
para("Every product in this catalogue has a card. The fields are always in the same order:")
kt = doc.add_table(rows=8, cols=2)
kt.style = "Table Grid"
key_rows = [
    ("Status", "Whether you can book it now (see the symbols below)."),
    ("Who it's for", "The people the product is designed for, and any entry requirements."),
    ("What you get", "Days, twilights, tutorials, materials and what is covered."),
    ("Where you'll practise", "What you do back in school between sessions."),
    ("How it's assessed", "What you must submit, and which national outcomes it is marked against."),
    ("Price", "Per delegate unless stated. Prices exclude VAT where applicable."),
    ("Notes", "Anything else you need to know."),
    ("Symbols", "\u25cf Available: bookable now.   \u25d0 Coming soon: in development, not yet bookable."
                "   \u2716 Withdrawn: no longer offered.   \u25c6 Bespoke: arranged on request for your "
                "school, at the price shown."),
]
for i, (a, b) in enumerate(key_rows):
    cell_text(kt.rows[i].cells[0], a, bold=True)
    cell_text(kt.rows[i].cells[1], b)
    shade(kt.rows[i].cells[0], "F3E9DC")
doc.add_paragraph()

# ------------------------------------------------------------------ Section B
doc.add_heading("Section B \u2013 The National Award for SEN Coordination", level=1)
para("The Award is made up of the cards SL-100 to SL-115. SL-100 describes the whole Award; SL-101 to "
     "SL-103 are the three units you study; the remaining cards are the services that go with them.")

card("SL-100", "National Award for SEN Coordination \u2013 Postgraduate Certificate", [
    ("Status", "\u25cf Available. Intakes September 2009 and January 2010."),
    ("Who it's for", "Qualified teachers who are in post as SENCO, or who have been designated by their "
     "headteacher to take up the role within the next twelve months. See the entry checks in E3."),
    ("Accreditation", "Postgraduate Certificate (National Award for SEN Coordination), validated by "
     "the University of Stanmoor, Faculty of Education, at a validation event held on 4 December 2008. "
     "The University is the awarding body; Copperbeech delivers the programme under a Collaborative "
     "Provision Agreement signed on 15 January 2009, and delegates are registered as University "
     "students for the duration. 60 credits at Level 7 (masters level): three units of 20 credits "
     "each, SL-101, SL-102 and SL-103."),
    ("Aim", "To help you raise the achievement of pupils with special educational needs and "
     "disabilities in your school \u2013 achievement in the broad sense of Every Child Matters (being "
     "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
     "economic well-being), not only their test results \u2013 by developing the knowledge, "
     "understanding and skills you need to lead provision. Every unit's content is built around that "
     "aim, and every assessed task is marked in part on the difference your work has made to the "
     "pupils concerned: to their progress in learning and to their well-being."),
    ("What you get", "Three units (below), each with four taught days or eight twilights, two "
     "individual tutorials with your unit tutor, a printed reading pack and access to the online "
     "study room (SL-113). Before you start you have your Starting Profile (SL-110), which sets your "
     "individual learning plan. Choose your route:\n"
     "- Day route: twelve taught days at our Harnley training centre, one a fortnight in term time.\n"
     "- Twilight route: twenty-four twilights (4.15\u20137.15pm) at Westby Teachers' Centre, for "
     "SENCOs who cannot be released in the day.\n"
     "- Blended route: six taught days, with the rest of each unit's teaching taken as recorded "
     "sessions and readings in the online study room.\n"
     "You can start in September or January. Units SL-101 and SL-102 can be taken in either order; "
     "SL-103 comes last, because its project builds on the other two. Most delegates finish in a year, "
     "but you can spread the units over up to three years and change route between units.\n"
     "Throughout the Award you keep a learning log: what you have read, the networks and courses you "
     "use to keep up to date, and your own development priorities as a SENCO. Your tutor looks at it "
     "with you in tutorials; it is not marked."),
    ("Where you'll practise", "In your own school, all the way through. Every taught day ends with a "
     "gap task to be done before the next one \u2013 auditing your SEN register against the Code of "
     "Practice, observing a pupil across a whole day, drawing up a provision map for one year group "
     "\u2013 and each gap task is linked on the unit handbook to the national outcomes it practises. "
     "The SL-103 project is a change you lead in your school over two terms."),
    ("How it's assessed", "Three assessed tasks, one per unit (see each unit's card). All three must "
     "be passed; see E9."),
    ("Price", "\u00a31,350 for the whole Award, including all materials, tutorials, the Starting "
     "Profile and the University's registration fee. Pay in full, or in three termly instalments of "
     "\u00a3450 at no extra cost. Early-booking price \u00a31,275 if booked before 30 June 2009."),
    ("Notes", "Why it's good value: one price covers everything; the twilight route saves your school "
     "twelve days of supply cover (roughly \u00a32,000 at current rates); and because your Starting "
     "Profile tells us what you already know, your tutor can steer you away from optional sessions "
     "you don't need and towards the ones you do. Compare our price with any other Level 7 "
     "certificate in the region."),
])

card("SL-101", "Unit 1: The SENCO, the Law and the Whole School (20 credits)", [
    ("Status", "\u25cf Available."),
    ("Who it's for", "Delegates registered for SL-100."),
    ("What you get", "Four taught days (or eight twilights) covering:\n"
     "- The legal framework for SEN: Part IV of the Education Act 1996, the Special Educational Needs "
     "and Disability Act 2001 and the SEN Code of Practice (2001) \u2013 what they require of the "
     "school, the governing body, the SENCO and class teachers, and how to put them into practice.\n"
     "- Disability equality: the Disability Discrimination Act 1995 as amended in 2005, the Disability "
     "Equality Duty, the school's disability equality scheme and accessibility plan.\n"
     "- Every Child Matters: the five outcomes, the Children Act 2004, the Common Assessment "
     "Framework, and what the SENCO can do to help pupils reach the outcomes.\n"
     "- National policy now: Removing Barriers to Achievement (2004) and the Inclusion Development "
     "Programme (2008).\n"
     "- School self-evaluation: the SEF, the Ofsted framework, and how evidence about pupils with SEN "
     "feeds the school's self-evaluation and improvement plan.\n"
     "- Leading strategically: working with your headteacher, senior team and governors on an "
     "inclusive ethos, SEN policy, priorities and the use of resources, and winning the commitment of "
     "colleagues and senior leaders."),
    ("Where you'll practise", "Gap tasks: audit your SEN policy against the Code of Practice; "
     "interview your SEN governor; look at how pupils with SEN appear in your school's SEF."),
    ("How it's assessed", "Task 1: a 4,000-word review of your school's SEN and disability policy and "
     "practice, ending with an action plan that you have agreed with your headteacher and presented "
     "to the governing body or its committee. Marked against the national outcomes on: SEN law and "
     "the Code of Practice; disability equality law; school self-evaluation and improvement; "
     "influencing strategic development with senior colleagues and governors; and gaining the "
     "commitment of colleagues, including the headteacher."),
    ("Price", "Included in SL-100. Taken on its own for 20 credits: \u00a3495."),
    ("Notes", "Tutor: Dr Anita Pelham."),
])

card("SL-102", "Unit 2: Understanding and Meeting Needs (20 credits)", [
    ("Status", "\u25cf Available."),
    ("Who it's for", "Delegates registered for SL-100."),
    ("What you get", "Four taught days (or eight twilights) covering:\n"
     "- How children develop \u2013 cognitively, in language, socially and emotionally \u2013 and how "
     "SEN, disability and the physical and social environment for learning affect development.\n"
     "- The most common types of need: behavioural, emotional and social difficulties; specific "
     "learning difficulties, including dyslexia; speech, language and communication needs; autistic "
     "spectrum disorders; moderate learning difficulties; and how each can affect learning.\n"
     "- Identifying pupils who may have SEN using observation, data and assessment; setting "
     "challenging targets; planning interventions that remove barriers; reviewing progress.\n"
     "- Making use of the assessments of educational psychologists, speech and language therapists, "
     "occupational therapists and CAMHS when planning teaching.\n"
     "- Tracking progress with national curriculum tests, P scales and other summative data, and "
     "changing programmes when they are not working.\n"
     "- Approaches, strategies and resources for teaching and learning, including ICT (text-to-speech, "
     "symbol and word-prediction software), examined critically for what they do and do not achieve.\n"
     "- What the evidence says: Ofsted's reports Special educational needs and disability: towards "
     "inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), the "
     "Bercow Review of services for children with speech, language and communication needs (2008), and "
     "research on the effectiveness of interventions; and how to find, weigh and use research and "
     "specialist advice to improve your own and your colleagues' teaching.\n"
     "Guest sessions are given by speech and language therapists and a CAMHS primary mental health "
     "worker from Westby's children's services.\n"
     "Optional twilight workshop (free to SL-100 delegates): Access arrangements for Key Stage 2 tests "
     "and GCSE examinations. The workshop is not assessed."),
    ("Where you'll practise", "Gap tasks: observe one pupil across a whole school day; analyse your "
     "school's data for pupils at School Action Plus; collect the professional reports on a pupil "
     "you know well."),
    ("How it's assessed", "Task 2: a 4,000-word case study of one pupil with SEN and/or disabilities in "
     "your school, covering the pupil's needs, the professional assessments, the targets and "
     "intervention you planned and how you reviewed them. Marked against the national outcomes on: the "
     "most common types of SEN and disabilities; identifying needs, setting targets, planning "
     "interventions and reviewing progress; using assessments from a range of professionals; using "
     "summative assessments, including national tests, to track progress; critical understanding of "
     "approaches, strategies and resources, including ICT; best practice and the outcomes of research; "
     "and drawing on research and external advice to improve practice. The case study must include a "
     "note of your meeting with the pupil's parents or carers about the intervention, and it is also "
     "marked for how well you have liaised with them."),
    ("Price", "Included in SL-100. Taken on its own for 20 credits: \u00a3495."),
    ("Notes", "Tutors: Jo Whitlow and Ruth Okonedo-Clarke."),
])

card("SL-103", "Unit 3: Leading Provision (20 credits)", [
    ("Status", "\u25cf Available."),
    ("Who it's for", "Delegates registered for SL-100 who have completed SL-101 and SL-102."),
    ("What you get", "Four taught days (or eight twilights) covering:\n"
     "- Provision mapping and management: planning and costing provision, and spotting provision that "
     "is missing or not working.\n"
     "- Deploying and managing teaching assistants and other support staff.\n"
     "- Developing colleagues: observing lessons and giving feedback, modelling, coaching and "
     "mentoring, planning and leading INSET. You practise coaching conversations in threes.\n"
     "- Reviewing provision with colleagues and feeding the findings into the school's self-evaluation.\n"
     "- Making decisions about provision: working through real case problems in groups, weighing "
     "evidence and defending a judgement.\n"
     "- External agencies and voluntary organisations: who does what, how to refer, how to get "
     "specialist advice and resources, and how to run a multi-agency meeting that produces a "
     "coordinated plan.\n"
     "- Presenting to senior leaders: a half day on writing a short briefing paper and presenting it, "
     "with practice and feedback.\n"
     "- Managing the SENCO's workload: prioritising, managing time and delegating."),
    ("Where you'll practise", "Your development project, led in your own school across two terms. "
     "Three cluster meetings bring together delegates from different schools with officers of "
     "Westby's inclusion support team to work on each other's project problems."),
    ("How it's assessed", "Task 3: a 5,000-word report on your development project, in which you lead "
     "a change in SEN provision, evaluate it and show what has changed in practice and for pupils, "
     "plus a 15-minute presentation of the findings to your senior leadership team, observed by your "
     "tutor. The report must include an account of coaching one colleague, with your observation "
     "notes. Marked against the national outcomes on: provision mapping; deploying and managing "
     "staff; supporting colleagues' professional development; reviewing provision with other staff to "
     "inform self-evaluation; anticipating and resolving problems and making well-founded decisions; "
     "working in partnership with other services and agencies, including voluntary organisations; "
     "and the scope and role of external agencies. The report is marked for clear writing, and the "
     "presentation for clear speaking and for how you listen and respond to questions."),
    ("Price", "Included in SL-100."),
    ("Notes", "Tutors: Martin Fells and [insert biog \u2013 KM to supply]."),
])

card("SL-110", "Starting Profile and Individual Learning Plan", [
    ("Status", "\u25cf Available. Included for every SL-100 delegate."),
    ("Who it's for", "Everyone who has booked SL-100, before their first taught day."),
    ("What you get", "A self-review booklet that takes you through each of the national minimum "
     "outcomes, with examples of what each one looks like in a school, so that you judge yourself "
     "against the real outcome and not against what you think it means. You send it to us at least "
     "three weeks before the course; a tutor then has a 40-minute conversation with you (at your "
     "school or by phone) to test the self-review against what you actually do. Together you agree "
     "your Individual Learning Plan: which outcomes you will concentrate on, which optional sessions "
     "and readings you should take, a personal target for each unit, and the focus of each assessed "
     "task. Your tutor reviews the plan with you at every tutorial."),
    ("Price", "Included in SL-100."),
])

card("SL-111", "Credit for What You Already Know (APL)", [
    ("Status", "\u25cf Available."),
    ("Who it's for", "SL-100 delegates who have studied at Level 7 before or who have substantial "
     "SEN experience."),
    ("What you get", "You can claim up to 20 credits (one unit) in two ways. Certificated learning: "
     "Level 7 credit from another course (for example a specialist dyslexia or autism certificate) is "
     "matched against the outcomes of the unit concerned. Experience: you put together a short "
     "portfolio showing how your experience meets the outcomes of one unit; two tutors assess it and "
     "the University's Accreditation of Prior Learning panel confirms the credit. Our APL adviser, "
     "Gareth Lyle, will talk through a claim with you before you make it."),
    ("Price", "\u00a395 per claim; the SL-100 price is reduced by \u00a3300 for each unit credited."),
])

card("SL-112", "Assessment-only route", [
    ("Status", "\u25d0 Coming soon."),
    ("Who it's for", "Very experienced SENCOs and SEN support teachers who may already meet the "
     "national outcomes."),
    ("What you get", "We are developing this route with the University of Stanmoor and hope to be "
     "able to offer it from 2010. It is not yet bookable; register your interest and we'll contact "
     "you when it is."),
    ("Price", "To be confirmed."),
])

card("SL-113", "Online study room", [
    ("Status", "\u25cf Available. Included for every SL-100 delegate; essential on the blended route."),
    ("What you get", "A password-protected website holding recordings of the key taught sessions, the "
     "unit handbooks, task briefs, readings and our Starting Profile booklet, available at any time. "
     "Between taught days you can e-mail your unit tutor through the study room with any question "
     "about the unit or your task, and you'll have an answer within three working days. (The study "
     "room is a library, not a chat room: there is no discussion area.)"),
    ("Price", "Included in SL-100."),
])

card("SL-114", "Mentor Support Package", [
    ("Status", "\u25cf Available. Optional."),
    ("Who it's for", "The colleague your school chooses to mentor an SL-100 delegate (usually a "
     "deputy or assistant head)."),
    ("What you get", "A twilight mentor briefing at Harnley each September and January, the Copperbeech "
     "Mentor Guide (what a mentor does at each stage of the units, how to support the gap tasks and "
     "the project, and what the tutor will ask of you), and a phone call with the unit tutor each "
     "term."),
    ("Price", "\u00a3120 per mentor."),
    ("Notes", "Schools that do not buy the package are not sent the Mentor Guide; delegates receive "
     "the unit handbooks in the usual way."),
])

card("SL-115", "Next Steps Conversation", [
    ("Status", "\u25c6 Bespoke (on request)."),
    ("Who it's for", "Delegates who have completed SL-100, and their line managers."),
    ("What you get", "A one-hour meeting at your school with a Copperbeech tutor, your line manager and "
     "you, to talk about where you go next."),
    ("Price", "\u00a375."),
    ("Notes", "Everyone who completes the Award receives a 10% discount on any Copperbeech course "
     "booked in the following twelve months."),
])

card("SL-120", "Pupil Voice Day", [
    ("Status", "\u2716 Withdrawn."),
    ("Who it's for", "Delegates on our 2007\u201308 SENCO Development Programme (unaccredited pilot)."),
    ("What you get", "A day on consulting pupils with SEN and involving them in planning, agreeing and "
     "reviewing their own provision, with a follow-up task in school. The day was part of the pilot "
     "programme and has not been carried into the Award."),
    ("Price", "\u2014"),
])

# ------------------------------------------------------------------ Section C
doc.add_heading("Section C \u2013 Other SEN and inclusion courses", level=1)
para("These courses are sold separately and are not part of the National Award.", italic=True)

card("SL-201", "Teaching Assistant Certificate in Supporting SEN (Level 3)", [
    ("Status", "\u25cf Available."),
    ("Who it's for", "Teaching assistants and learning support assistants."),
    ("What you get", "Ten half-days and a five-day placement in a partner special school, arranged by "
     "us, with a placement mentor and a visit from your tutor."),
    ("Price", "\u00a3420."),
], fill="5B6B3A")

card("SL-205", "Listening to Learners", [
    ("Status", "\u25cf Available."),
    ("Who it's for", "Class teachers and teaching assistants (one day)."),
    ("What you get", "Practical ways of consulting pupils with SEN about their learning and their "
     "support: talking mats, pupil conferencing, pupil-led reviews and using the school council. You "
     "leave with a consultation plan for one class."),
    ("Price", "\u00a3145."),
], fill="5B6B3A")

card("SL-210", "The SEN Governor", [
    ("Status", "\u25cf Available."),
    ("Who it's for", "Governors with responsibility for SEN (evening briefing)."),
    ("What you get", "The governing body's duties under the Code of Practice and the DDA, and the "
     "questions an SEN governor should ask."),
    ("Price", "\u00a355 per governor."),
], fill="5B6B3A")

card("SL-215", "Supporting Families of Children with Autism", [
    ("Status", "\u25cf Available."),
    ("Who it's for", "Family support workers, parent support advisers and children's centre staff."),
    ("What you get", "Two days on building trusting relationships with parents and carers, advising "
     "families, and working in partnership with them at home and at school."),
    ("Price", "\u00a3260."),
], fill="5B6B3A")

# ------------------------------------------------------------------ Section D
doc.add_heading("Section D \u2013 Meet the team, and how we check quality", level=1)
doc.add_heading("Meet the team", level=2)
para("Dr Anita Pelham leads the Award. She was SENCO of a large Westby primary school for eleven years "
     "and then an SEN adviser with Callow Vale Council, and her doctorate (EdD, 2008) was a study of "
     "provision mapping in twelve primary schools. Martin Fells was headteacher of Brookside Special "
     "School in Harnley until 2007 and holds the NPQH. Ruth Okonedo-Clarke is a chartered educational "
     "psychologist who still works two days a week for Westby's psychology service. Jo Whitlow is a "
     "specialist teacher for pupils with dyslexia, holds AMBDA and advises Harnley schools on access "
     "arrangements. Every tutor spends at least ten days a year working in schools on our consultancy "
     "contracts, which keeps them in touch with practice, and each attends at least one national SEN "
     "conference a year at the company's expense. The University approved each tutor as an associate "
     "tutor at validation.")
doc.add_heading("Specialist expertise and placements", level=2)
para("Unit 2's guest sessions bring you speech and language therapists and a CAMHS worker, and the "
     "SL-103 cluster meetings bring you Westby's inclusion support team. We don't arrange placements or "
     "visits for Award delegates: your own school is your placement, and your gap tasks and project "
     "are carried out there.")
doc.add_heading("Resources", level=2)
para("Each unit comes with a printed reading pack and the unit handbook, and we keep a lending shelf of "
     "key texts at our Harnley office. Delegates on the blended route will need their own computer; "
     "bring a laptop to taught days if you want to use the study room during sessions.")
doc.add_heading("Tutors and assessment", level=2)
para("All tutors work from the Copperbeech Tutor Handbook, which sets out the tutor's role at each stage "
     "of a unit, and every tutor attends our standardisation day each July, where we mark sample "
     "scripts together against the University's Level 7 criteria and review the year's changes. "
     "Assessed tasks are marked against published criteria. At least one script in four, every fail "
     "and every script within three marks of the distinction boundary is second-marked by another "
     "tutor; marks are agreed at a moderation meeting for each task; and the University's external "
     "examiner, a senior lecturer in inclusive education at another university, samples every task "
     "and attends the University's Board of Examiners.")
doc.add_heading("How we check quality", level=2)
para("We don't use end-of-day 'happy sheets'; in our experience they measure the lunch, not the "
     "learning. Instead: each unit tutor writes a unit review after every run, drawing on the marks, "
     "the moderation record and the tutorial notes; the programme leader analyses results by route and "
     "by intake; the external examiner reports every year; and the University's annual monitoring of "
     "collaborative programmes reviews all of this with us at an Annual Programme Review meeting each "
     "October. The meeting agrees an action plan, which is built into the next year's unit handbooks, "
     "and the changes are explained to the next intake at their first taught day.")
para("At the end of the Award you repeat your Starting Profile, so that you and we can see how far your "
     "knowledge, skills and confidence have grown against each national outcome; the before-and-after "
     "figures for the whole intake go to the Annual Programme Review. We'd love to follow your pupils' "
     "progress too, and we hope to do this in future years when resources allow.")
doc.add_heading("Working with schools and authorities", level=2)
para("In October and November 2008 we asked the 140 schools that had bought SEN courses from us in "
     "2007\u201308 what their SENCOs most needed from an accredited course (57 replied), and held a "
     "breakfast meeting with the SEN officers of Harnley, Westby and Callow Vale councils. Three "
     "messages came through. SENCOs could not get released for whole days, so we added the twilight "
     "route. Schools wanted far more on provision mapping and on deploying teaching assistants, which "
     "now take up half of Unit 3. And SENCOs were anxious about access arrangements, so we added the "
     "free twilight workshop to Unit 2. Westby's SEN officer read the draft units in December and "
     "asked us to bring in the inclusion support team, which is why they now join the Unit 3 cluster "
     "meetings.")
para("Schools and authorities help to deliver the Award: Westby's therapists and CAMHS worker teach in "
     "Unit 2, the inclusion support team joins the cluster meetings, and headteachers watch the Task 3 "
     "presentations. They have no part in evaluating it: evaluation is carried out by our tutors and "
     "the University, as described above.")

# ------------------------------------------------------------------ Section E
doc.add_heading("Section E \u2013 Booking and standard terms", level=1)
terms = [
    ("E1 Booking.", " Book by returning the booking form signed by you and your headteacher. A place is "
     "confirmed only when we have received the form and the entry checks in E3 are complete."),
    ("E2 Payment.", " Invoices are payable within 30 days. Instalment terms are set out on the SL-100 "
     "card."),
    ("E3 Entry checks.", " To join SL-100 you must hold Qualified Teacher Status, be in post as SENCO or be "
     "designated to take up the role within twelve months, and send us your headteacher's endorsement. "
     "Your Starting Profile conversation (SL-110) is also used to judge whether you have enough "
     "knowledge, understanding and experience to meet all the national outcomes by the end of the "
     "Award. If your tutor thinks you are not yet ready, we will tell you in writing what to do first "
     "\u2013 usually a term of local authority SENCO network meetings or shadowing an experienced "
     "SENCO \u2013 and, with your agreement, we will talk it through with your headteacher. Your place is "
     "then held for the next intake at no extra cost."),
    ("E4 Safeguarding.", " Delegates are employed by their schools and local authorities, which carry out "
     "the safer recruitment checks required of their staff, including enhanced CRB disclosures. "
     "Copperbeech does not carry out or verify these checks. All Copperbeech tutors hold enhanced CRB "
     "disclosures, renewed every three years."),
    ("E5 Cancellations.", " Cancel more than 28 days before the start and we refund in full less a \u00a350 "
     "administration fee; after that the fee is payable, but you may send a colleague in your place or "
     "transfer to the next intake."),
    ("E6 Changes.", " We may change a venue or tutor if we have to. We will tell you at least 14 days ahead "
     "wherever we can."),
    ("E7 Disability and access.", " Our booking form asks every delegate whether they have a disability or "
     "other need we should know about, and explains why we ask and who will see the answer. Before the "
     "course starts we agree reasonable adjustments with you \u2013 for example materials in large print "
     "or electronic format, a BSL interpreter, rest breaks, a support worker, extra time or a different "
     "format for an assessed task \u2013 and assessment adjustments are confirmed with the University's "
     "disability service. We check every venue for step-free access and a hearing loop before we book "
     "it. This catalogue and the booking form are available in large print and as plain text. We "
     "monitor bookings and completions by ethnicity, gender and disability and report them to the "
     "University each year, in line with our duties under the Race Relations (Amendment) Act 2000 and "
     "the Disability Discrimination Act 1995 as amended in 2005, and we act on any gap we find."),
    ("E8 Extensions.", " Extensions to task deadlines are granted by the programme leader under the "
     "University's regulations."),
    ("E9 The Award.", " The University of Stanmoor awards the Postgraduate Certificate (National Award for "
     "SEN Coordination) to delegates who pass Tasks 1, 2 and 3. Because each task is marked against "
     "named national outcomes, passing all three means you have met the national standard."),
    ("E10 Appeals and complaints.", " Academic appeals go to the University under its regulations. "
     "Complaints about our service go first to the Managing Director, who will reply within ten working "
     "days."),
    ("E11 Data protection.", " We hold your details only to run your course and to meet the University's "
     "requirements, and never pass them to third parties for marketing."),
    ("E12 Law.", " These terms are governed by the law of England and Wales."),
]
for head, body in terms:
    rich((head, "b"), (body, ""))

# ------------------------------------------------------------------ price list
doc.add_heading("Price list 2009\u201310", level=1)
prices = [
    ("Code", "Product", "Price", "Status"),
    ("SL-100", "National Award for SEN Coordination (PG Cert), all three units", "\u00a31,350", "\u25cf"),
    ("SL-101", "Unit 1 taken alone", "\u00a3495", "\u25cf"),
    ("SL-102", "Unit 2 taken alone", "\u00a3495", "\u25cf"),
    ("SL-110", "Starting Profile and Individual Learning Plan", "incl.", "\u25cf"),
    ("SL-111", "APL claim", "\u00a395", "\u25cf"),
    ("SL-112", "Assessment-only route", "TBC", "\u25d0"),
    ("SL-113", "Online study room", "incl.", "\u25cf"),
    ("SL-114", "Mentor Support Package", "\u00a3120", "\u25cf"),
    ("SL-115", "Next Steps Conversation", "\u00a375", "\u25c6"),
    ("SL-120", "Pupil Voice Day", "\u2014", "\u2716"),
    ("SL-201", "TA Certificate in Supporting SEN (Level 3)", "\u00a3420", "\u25cf"),
    ("SL-205", "Listening to Learners", "\u00a3145", "\u25cf"),
    ("SL-210", "The SEN Governor", "\u00a355", "\u25cf"),
    ("SL-215", "Supporting Families of Children with Autism", "\u00a3260", "\u25cf"),
]
pt = doc.add_table(rows=len(prices), cols=4)
pt.style = "Table Grid"
for i, row in enumerate(prices):
    for j, val in enumerate(row):
        cell_text(pt.rows[i].cells[j], val, bold=(i == 0))
        if i == 0:
            shade(pt.rows[i].cells[j], "F3E9DC")
para("")
para("Copperbeech Training Ltd \u2013 practical training from people who have done the job.", italic=True,
     align="c")

doc.save(OUT)
print("wrote", OUT)
