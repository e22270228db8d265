"""Build dv-02-lindenford-selection-handbook.docx (blind test application).

KIND OF DOCUMENT
  A selection panel handbook: the guidance, question bank, scoring rubric and
  decision record that a council training unit and its university partner
  give to the three-person panels who interview teachers for funded places on
  the award. It is sent as the application with a short covering note saying
  that Part 2 ("The programme in brief: what you need to tell candidates") is
  the programme description and that version 2's changes are shown as
  tracked changes.

PROVIDER (invented)
  Lindenford City Council, Children, Young People and Families Directorate,
  Integrated Workforce Development Service (Schools and Early Years), "the
  IWDS", with Lindenford City University (post-1992), Faculty of Education
  and Social Inclusion. People: Marianne Oyelaran (Head of the IWDS), Dr
  Rachel Quarmby (programme leader, LCU), Declan Furlong (IWDS adviser, SEN
  and Inclusion), Dr Nadia Parekh (senior lecturer), Hilary Brough (associate
  tutor), Professor Janet Rigby (external examiner).
  Award: Postgraduate Certificate in SEN Coordination (National Award):
  SENC701 (20 credits, Level 7), SENC702 (20 credits, Level 7), SENC603
  Professional Practice Portfolio (20 credits, Level 6, pass/fail). Ten study
  days, two three-week online units on LinkLearn (Blackboard), tutorials.

LAYOUT
  Covering note; header ("RESTRICTED: panel members only") and footer; Parts
  1-6 with Heading styles and typed numbers (Part 2's sub-sections "2.3",
  "2.4", "2.5" ... collide with requirement ids); a study-day table; a
  pre-panel checks table (check / what to look for / who / if not met); a
  selection-day timetable; a question bank (Q1-Q8) with "Listen for"
  indicators in shaded cells; a scoring rubric table (criteria A-E, scores
  4-1); "Questions candidates ask" with answers; Annex A outcome table in the
  provider's own codes (PA1-PA7, KU1-KU9, PS1-PS9 with PS2(a)-(d)) with
  notes; Annex B a blank decision record with bracketed placeholders. Real
  tracked changes (w:ins / w:del, author Declan Furlong, 19 March 2009).

TRAPS (requirement ids affected)
  Wrong context (the selection process, not the programme):
  - The question bank's "Listen for" indicators describe what candidates
    already do (pupil views, parents, disability equality duty, keeping up to
    date, provision maps, assessment for learning): none is programme
    content. Affects 1.7/6.S8 (parents: partially_met from Day 4 and an
    optional assignment section), 6.K3 (Annex A: "Assumed on entry:
    interview Q5", not taught or assessed -> not_met), 6.A7 (no Annex row;
    only Q6 -> not_met), 6.S2c (Annex note 2: not covered; only Q8 ->
    not_met), 6.S3 (formative only -> partially_met).
  - 5.7  The 90-minute panel briefing and standardisation (1.3) are for
         selectors; the met verdict rests on 2.12 (mentor briefing with
         standardisation, associate tutor induction, moderation).
  Tracked changes (deleted text is not part of the submission):
  - 3.3  Deleted: tutors reply to LinkLearn messages within three working
         days outside the units; inserted: "no online tutor support" outside
         the units. Moderated unit forums remain. -> partially_met.
  - 2.1  Deleted APEL sentence; inserted "APEL is not available for the
         National Award"; APCL up to 20 credits remains. -> partially_met.
  - 5.3  Inserted sentence adds the new-disclosure rule for candidates out
         of school for three months; the head's confirmation of disclosure
         number and date, checked by the IWDS, was already there. -> met.
  - 6.S2b Annex A: "Assignment 2 (data analysis)" deleted, "Portfolio
         (optional item d)" inserted. -> partially_met.
  Negation:
  - 2.3  "Questions candidates ask" (6.4): assessment alone "They cannot".
         -> not_met.
  - 5.9  2.14: "We have not yet decided how to measure the programme's
         effect ... the Steering Group will consider this". -> not_met.
  Level and credit:
  - E.2  60 credits, but SENC603 is Level 6; revalidation at Level 7 only
         intended for 2010. -> partially_met.
  Omission in a multi-part requirement:
  - 1.4  SEN law and policy taught on Day 1-2; disability legislation not
         taught ("assumed on entry"). -> partially_met.
  - 6.K6 ICT only in the formative online unit O2; Assignment 1 evaluates
         approaches without ICT. -> partially_met.
  Transferred / placeholder:
  - 5.5  Participants arrange their own visit; host list "[list to follow]".
         Guest specialists are named. -> partially_met.
  - 5.6  Library and LinkLearn only; "the programme has no specialist
         equipment of its own". -> partially_met.
  Signpost only:
  - 2.5  Day 10 tells participants about the MA. -> partially_met.
  General terms:
  - 1.3  met (Bercow, Ofsted 2006, Lamb, DISS named in the day table, with an
         annual review) - not a trap; contrast dv-01.
  Blanket claim:
  - 6.0, 1.9  2.7 "Because every national outcome is evidenced in the
         Portfolio, no one can pass without meeting them all"; Annex A shows
         formative items, a missing row and "not covered". -> partially_met.
  Optional / formative (Criterion 6): 6.S2d (Day 7, "-"), 6.S3 and 6.S4
  (Portfolio items "for formative feedback only"), 6.S5 ("where the school
  context allows"), 6.S8 (optional parents' perspective) -> partially_met.
  Met: E.1 (2.1), 1.1 (2.2), 1.2 (2.3), 1.5 and 6.S7 (O1 and the required
  pupil-views section), 1.6, 1.8 (Assignment 2), 2.2 and 2.4 (2.8), 3.1
  (2.10 and Part 4), 3.2 (2.3), 4.1-4.3 (2.13), 5.1 (2.14), 5.2 (Parts 3
  and 6), 5.3 (Part 3), 5.4 (2.11), 5.7 (2.12), 5.8 (2.7); outcomes A1-A6,
  K1, K2, K4, K5, K7, K8, K9, S1, S2, S2a, S6, S7, S9.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dv-02-lindenford-selection-handbook"
OUT = os.path.join(HERE, NAME + ".docx")

AUTHOR = "Declan Furlong"
DATE = "2009-03-19T16:20:00Z"
_rev = [100]

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)
for lvl, size in ((1, 14), (2, 11.5), (3, 10.5)):
    hs = doc.styles["Heading %d" % lvl]
    hs.font.name = "Arial"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor.from_string("1F4E79")

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.header.paragraphs[0].text = (
    "Lindenford City Council and Lindenford City University - National Award for SEN "
    "Coordination - Selection Panel Handbook - RESTRICTED: panel members only")
sec.footer.paragraphs[0].text = (
    "Version 2, 23 March 2009. Changes agreed by the Steering Group on 19 March 2009 are "
    "shown as tracked changes. Do not give this handbook to candidates.")
for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
    for r in p.runs:
        r.font.size = Pt(7.5)


def rid():
    _rev[0] += 1
    return str(_rev[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


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


def tracked(paragraph, parts, size=None):
    """parts: list of (kind, text); kind in n (normal), b (bold), ins, del."""
    p = paragraph._p
    for kind, text in parts:
        if kind in ("n", "b"):
            p.append(_run(text, bold=(kind == "b"), size=size))
        else:
            w = OxmlElement("w:ins" if kind == "ins" else "w:del")
            w.set(qn("w:id"), rid())
            w.set(qn("w:author"), AUTHOR)
            w.set(qn("w:date"), DATE)
            w.append(_run(text, deleted=(kind == "del"), size=size))
            p.append(w)
    return paragraph


def H(level, text):
    return doc.add_heading(text, level=level)


def P(text="", lead=None, italic=False):
    p = doc.add_paragraph()
    if lead:
        p.add_run(lead).bold = True
    r = p.add_run(text)
    r.italic = italic
    return p


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def table(rows, widths=None, font=9, header_fill="D6E4F0"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            if isinstance(val, list):
                tracked(c.paragraphs[0], val, size=font)
            else:
                rr = c.paragraphs[0].add_run(val)
                rr.font.size = Pt(font)
                if i == 0:
                    rr.bold = True
            if i == 0 and header_fill:
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


# ------------------------------------------------------------ covering note
P("Integrated Workforce Development Service (Schools and Early Years)", lead=None).runs[0].bold = True
P("Children, Young People and Families Directorate, Lindenford City Council, "
  "Civic Offices, Mill Road, Lindenford")
P("To: SENCO Approvals Team, Training and Development Agency for Schools")
P("Date: 27 March 2009")
P("Application for approval: National Award for SEN Coordination", lead=None).runs[0].bold = True
P("Dear colleagues,")
P("Lindenford City Council and Lindenford City University apply jointly for approval to "
  "offer the National Award for SEN Coordination from September 2009. We enclose, as our "
  "application, the Selection Panel Handbook we have prepared for the panels that will "
  "choose the first cohort. We chose to send it because it is the one document in which we "
  "have had to set down the whole programme for people outside the course team: headteachers "
  "and SENCOs who sit on our panels must be able to explain the programme to candidates "
  "accurately and fairly. Part 2 describes the programme. Parts 3 to 6 are our selection "
  "arrangements, and Annex A shows where participants develop, and are assessed on, each of "
  "the national minimum outcomes, under our own codes.")
P("This is version 2 of the handbook. The changes the Steering Group agreed on 19 March are "
  "shown as tracked changes; where text has been struck through, it no longer applies.")
P("Yours faithfully,")
P("Marianne Oyelaran, Head of Integrated Workforce Development (Schools and Early Years)")
P("Dr Rachel Quarmby, Programme Leader, Faculty of Education and Social Inclusion, "
  "Lindenford City University")
doc.add_page_break()

# ------------------------------------------------------------ title
p = doc.add_paragraph()
r = p.add_run("National Award for SEN Coordination 2009-10\nSelection Panel Handbook")
r.bold = True
r.font.size = Pt(20)
r.font.color.rgb = RGBColor.from_string("1F4E79")
P("Guidance, question bank and scoring for panel members. Selection days for the September "
  "2009 cohort: 22 April, 29 April and 6 May 2009, Lindenford Learning Centre, Canal Street.",
  italic=True)

# ------------------------------------------------------------ Part 1
H(1, "Part 1  About this handbook and your role")
H(2, "1.1  Why we select")
P("In 2009-10 the Council is funding 60 places on the Postgraduate Certificate in SEN "
  "Coordination, in two cohorts of 30. Every teacher new to the SENCO role from September "
  "2009 will need the National Award within three years of taking up the post, and we expect "
  "more applications than places. But the main reason we select is not numbers. It is "
  "that a teacher who starts the course without enough experience of SEN, or without their "
  "school behind them, is unlikely to reach the national outcomes by the end of the year, and "
  "will have spent a great deal of time and the school's money finding that out. Your job is "
  "to judge whether each candidate is ready now, and if not, what would make them ready.")
H(2, "1.2  Who sits on a panel")
P("Each panel has three members: a tutor from Lindenford City University, who chairs; an "
  "adviser from the Integrated Workforce Development Service (IWDS); and a headteacher or "
  "experienced SENCO nominated by the Lindenford Headteachers' Association or the SENCO Forum. "
  "The panel sees up to six candidates in a day.")
H(2, "1.3  Your briefing")
P("Every panel member attends a 90-minute briefing before their first panel. We go through "
  "this handbook, watch two recorded mock interviews, score them independently and compare "
  "our scores until we agree how the rubric in Part 6 should be applied. If you cannot "
  "attend, Declan Furlong will brief you by telephone and send you the recordings.")
H(2, "1.4  Fairness and confidentiality")
P("Candidates' applications, references and scores are confidential to the panel and the "
  "programme team. If you know a candidate well (for instance, they work in your school or "
  "you line-manage them), tell the chair before the day and another member will take your "
  "place for that interview. Candidates complete an equal opportunities monitoring form, "
  "which panels do not see; the IWDS reports on it to the Steering Group each year.")

# ------------------------------------------------------------ Part 2
H(1, "Part 2  The programme in brief: what you need to tell candidates")
P("Candidates will ask you about the course. This part gives you the facts. If you are asked "
  "something you cannot answer, say so and pass the question to the chair.", italic=True)
H(2, "2.1  The award")
P("The Postgraduate Certificate in SEN Coordination (National Award) is an award of "
  "Lindenford City University. The University's Academic Board validated it on 4 March 2009. "
  "It carries 60 credits and has three modules:")
bullets([
    "SENC701 Coordinating Provision for Learners with SEN (20 credits, Level 7);",
    "SENC702 Leading Inclusive Practice (20 credits, Level 7);",
    "SENC603 Professional Practice Portfolio (20 credits, Level 6).",
])
P("The University's postgraduate certificate framework allows up to 20 credits at Level 6. "
  "The Portfolio was validated at Level 6 because it is assessed on evidence from practice "
  "rather than on extended academic writing. The course team intends to propose to the "
  "University that it be revalidated at Level 7 from September 2010.")
H(2, "2.2  What the programme is for")
P("The programme exists to improve the learning, progress and well-being of children and "
  "young people with SEN and disabilities in Lindenford's schools, in all five Every Child "
  "Matters outcomes and not in test results alone. It does this by developing the SENCO as "
  "the leader of provision in the school. Every assignment is carried out in the "
  "participant's own school and asks the participant to show the difference their work has "
  "made for pupils: in Assignment 1 for two named pupils, and in Assignment 2 for a group or "
  "the whole school.")
H(2, "2.3  How the programme is organised")
P("The programme runs over one academic year. It has ten study days (9.15 to 3.30), two "
  "online units of three weeks each, three individual tutorials, and directed tasks in the "
  "participant's own school between study days. Each participant also spends half a day "
  "visiting a contrasting setting (see 2.11).")
P("There are two starts: September 2009 (study days on Wednesdays at the Lindenford "
  "Learning Centre) and February 2010 (study days on Thursdays at the University's "
  "Cathedral Quarter campus). A participant may take the extended route, spreading the "
  "three modules over two years, and may move to the other cohort's study day if they "
  "miss one. The two online units replace what would otherwise be two further days out of "
  "school.")
H(2, "2.4  Online study")
p = doc.add_paragraph()
tracked(p, [
    ("n", "The online units run on LinkLearn, the University's Blackboard site. Unit O1, "
          "Listening to Learners, runs between study days 3 and 4; Unit O2, Technology for "
          "Access, between study days 6 and 7. Each unit has readings, short video clips, and "
          "a discussion board for each tutor group which the tutor moderates daily during the "
          "unit's three weeks, answering questions and summarising the discussion each week. "
          "Participants work in threes on the unit tasks. O1 teaches ways of consulting "
          "children about their provision, including children with little or no speech "
          "(Talking Mats, symbol questionnaires, person-centred reviews); each participant "
          "tries two of them with pupils in school and reports back on the board. O2 covers "
          "software and equipment that remove barriers to learning. "),
    ("del", "Outside the online units, tutors reply to LinkLearn messages within three "
            "working days."),
    ("ins", "Outside the two online units there is no online tutor support: participants "
            "bring their questions to the next study day or tutorial."),
])
P("Participants who have not used Blackboard before have a one-hour practical session at "
  "the end of study day 1.")

H(2, "2.5  The study days")
table([
    ["Day", "Focus", "Led by"],
    ["1", "The SENCO, Every Child Matters and the Code: the five outcomes; the Children Act "
     "2004; Removing Barriers to Achievement (2004); the Education Act 1996 and the SEN Code "
     "of Practice (2001); the Education (SENCO) Regulations 2008.", "R. Quarmby, D. Furlong"],
    ["2", "Statutory processes: statutory assessment, statements and annual reviews; the "
     "Lindenford SEN Panel; the Council's SEN policy and funding.", "D. Furlong; SEN "
     "Assessment Team"],
    ["3", "How children develop and learn: development from the early years to adolescence, "
     "and how SEN, disability, poverty and the home and school environment affect it.",
     "N. Parekh"],
    ["4", "Areas of need I: speech, language and communication needs (the Bercow Review, "
     "2008) and autism. Working with parents and carers (45 minutes, Parent Partnership "
     "Service).", "N. Parekh; Speech and Language Therapy; Parent Partnership"],
    ["5", "Areas of need II: behavioural, emotional and social difficulties; specific "
     "learning difficulties including dyslexia; moderate learning difficulties. Approaches "
     "and interventions and the evidence for them (Brooks, 2007).", "N. Parekh; "
     "Educational Psychology Service"],
    ["6", "Identification, assessment and targets; using the assessments of educational "
     "psychologists, therapists and advisory teachers; the CAF, the team around the child, "
     "health, social care and voluntary organisations.", "H. Brough; Integrated Working "
     "Team"],
    ["7", "Data and tracking: P scales, RAISEonline, Key Stage and GCSE results for pupils "
     "with SEN; access arrangements for national tests and examinations.", "R. Quarmby; "
     "Schools Data Team"],
    ["8", "Self-evaluation and strategy: the SEF and SEN; reviewing provision with "
     "colleagues; provision mapping; working with senior leaders and governors on "
     "inclusion. Inspection evidence: Ofsted (2006) Inclusion: does it matter where pupils "
     "are taught?", "R. Quarmby"],
    ["9", "Leading adults: deploying and managing teaching assistants (the DISS project); "
     "coaching and mentoring colleagues; planning INSET. Managing the role: time, "
     "priorities and delegation.", "H. Brough"],
    ["10", "SENCO Research Conference: poster presentations of Assignment 2 enquiries; the "
     "Lamb Inquiry (2009) and what comes next; further study.", "Course team"],
], widths=[1.2, 11.5, 3.8])
P("The course team reviews the reading list and the content of each day every summer "
  "against new research, Ofsted reports and national guidance.")

H(2, "2.6  Assessment")
P("SENC701, Assignment 1: Provision case study (4,000 words). ", lead=None).runs[0].bold = True
P("For two pupils with different needs, the participant identifies each pupil's needs using "
  "the school's assessments, classroom observation and the reports of other professionals; "
  "sets challenging targets; plans and reviews the provision over a term, including at "
  "least one planning meeting with another service; and places each pupil's needs within a "
  "critical account of the main areas of need and of how children develop. The assignment "
  "must include each pupil's own views of their targets and support, gathered by the "
  "participant and used in planning, and a reflective account of the participant's working "
  "relationships with the two pupils and their families. An optional section may give the "
  "parents' perspective. The participant evaluates the teaching approaches used and the "
  "outcomes for each pupil against the Every Child Matters outcomes.")
P("SENC702, Assignment 2: School-based enquiry (4,000 words and a poster). ",
  lead=None).runs[0].bold = True
P("The participant carries out an enquiry into one aspect of the school's provision for "
  "pupils with SEN, with a critical review of research and best practice; evaluates that "
  "provision with colleagues, so that the findings feed into the school's self-evaluation; "
  "agrees strategic priorities for inclusion with the headteacher and the SEN governor; and "
  "leads a change. The headteacher adds a short statement on how staff took the change up. "
  "The findings are presented as a poster at the SENCO Research Conference on day 10, where "
  "each participant answers questions from tutors and visiting headteachers; the poster and "
  "the participant's answers are assessed.")
P("SENC603, Professional Practice Portfolio (pass or fail). ", lead=None).runs[0].bold = True
P("The Portfolio collects evidence from the participant's work in the role, verified by the "
  "school mentor, with a 2,000-word reflective commentary. It must contain: (a) a four-week "
  "log of the participant's time and priorities, with a commentary on what they delegated "
  "and why; (b) analyses of two critical incidents in which the participant had to resolve a "
  "problem and make a judgement about provision. It may contain, where the school context "
  "allows: (c) a record of a coaching conversation with a colleague; (d) an extract of the "
  "school's tracking data for pupils with SEN with a commentary. In 2009-10 it also contains "
  "(e) the school's provision map and (f) a plan for deploying teaching assistants, which "
  "are submitted for formative feedback only.")
P("The online unit tasks are formative: tutors comment on them but they are not marked.")

H(2, "2.7  Marking, moderation and the award")
P("Assignments are first marked by the participant's tutor against published criteria. A "
  "second tutor blind-marks 25 per cent of each assignment and every fail and borderline "
  "piece, and all Portfolios are second-read. The team holds a moderation meeting after each "
  "hand-in. The external examiner, Professor Janet Rigby, reviews a sample of all three "
  "modules, attends the Research Conference and reports annually to the University. Results "
  "are confirmed by the University's Board of Examiners.")
P("To be awarded the Certificate a participant must pass SENC701 and SENC702 (pass mark 40 "
  "per cent), pass the Portfolio, and attend at least eight of the ten study days. Because "
  "every national outcome is evidenced in the Portfolio, no one can pass without meeting "
  "them all.")

H(2, "2.8  Fitting the programme to each participant")
P("Once a candidate accepts a place, they complete the Entry Audit: each of the national "
  "minimum outcomes in turn, rated from 1 (new to me) to 4 (secure, with evidence), with a "
  "note of the evidence. At the first tutorial the tutor and participant agree an Individual "
  "Learning Plan from it: the outcomes the participant will concentrate on, readings and "
  "any extra sessions, and the focus of each assignment, which is chosen to fit the "
  "participant's school and their plan. The Plan is reviewed at the second and third "
  "tutorials.")
P("The fee is £1,250. The Council pays £700 of it for SENCOs in Lindenford maintained schools, "
  "academies and children's centres, from the SEN training budget agreed by the Schools Forum; "
  "schools meet the rest and the cost of release. The Council provides the Learning Centre "
  "free of charge, IWDS advisers teach about a third of the programme, and the online units "
  "save two days of supply cover, which together keep the fee well below the University's "
  "standard postgraduate rate.")

H(2, "2.9  Credit for prior learning")
p = doc.add_paragraph()
tracked(p, [
    ("n", "A participant who holds Level 7 credit in SEN gained in the last five years may "
          "claim accreditation of prior certificated learning for up to 20 credits, in "
          "place of SENC701. Claims go to the University's APL panel by 30 September. "),
    ("del", "Experienced applicants without certificated learning may instead claim "
            "accreditation of prior experiential learning, by portfolio and interview."),
    ("ins", "APEL is not available for the National Award."),
])

H(2, "2.10  Equality, disability and access")
P("The application form invites candidates to tell us about any disability or learning "
  "difference, and explains why we ask: so that we can make adjustments at selection, on "
  "the course and in assessment. Anyone who tells us is offered an appointment with the "
  "University's Disability and Dyslexia Service, which agrees a support plan with them and "
  "the programme leader before the course starts. Adjustments we already make include "
  "accessible venues with hearing loops, materials sent in advance or in other formats, "
  "extra time for assignments, a recorded discussion in place of the poster presentation, "
  "and rest breaks on study days. Part 4 describes adjustments on the selection day. The "
  "programme's equality impact assessment was completed in February 2009 and is reviewed "
  "each year by the Steering Group with the monitoring data.")

H(2, "2.11  Who teaches, and the support available")
bullets([
    "Dr Rachel Quarmby, Senior Lecturer, programme leader. Former secondary SENCO and "
    "local authority inclusion consultant; EdD on SENCOs' leadership; member of the "
    "University's research centre for inclusive education.",
    "Dr Nadia Parekh, Senior Lecturer. Former deputy head of a special school for pupils "
    "with communication difficulties; PhD on language development; author of the "
    "University's MA module on autism.",
    "Declan Furlong, IWDS Adviser for SEN and Inclusion. Fourteen years in Lindenford "
    "schools, eight as SENCO; MA Inclusive Education; leads the SENCO Forum.",
    "Hilary Brough, associate tutor. Primary SENCO for eleven years, then SEN adviser; "
    "trained coach; member of the Lindenford Integrated Working training team.",
])
P("Guest contributors come from the Educational Psychology Service, the Speech and Language "
  "Therapy Service, CAMHS, the Parent Partnership Service, the Integrated Working Team and "
  "Lindenford Autism Outreach. Each participant arranges their own half-day visit to a "
  "contrasting setting, such as a special school or resource base; the IWDS will send a list "
  "of settings that have hosted visits before [list to follow].")
P("Participants have full access to the University library, its e-journals and LinkLearn. "
  "They use the specialist software and equipment available in their own schools; the "
  "programme has no specialist equipment of its own.")

H(2, "2.12  Tutors and mentors")
P("Each participant has a University or IWDS tutor and a mentor in school, normally a member "
  "of the senior leadership team. Every mentor attends a half-day briefing in September (or "
  "a twilight repeat) which covers the programme, the mentor's part in supporting the "
  "assignments, and how to verify Portfolio evidence, with a standardisation exercise on "
  "three sample Portfolio items. Mentors receive the Mentor Guide, and the participant's "
  "tutor contacts each mentor once a term. New associate tutors are inducted by the "
  "programme leader, co-teach alongside her for their first year and take part in every "
  "moderation meeting.")

H(2, "2.13  How the programme was designed and who keeps it under review")
P("The programme grew out of the IWDS's 2008 survey of SEN training needs, to which 71 of "
  "Lindenford's 96 schools and 23 early years settings replied, and from consultation with "
  "the SENCO Forum (two meetings), the Headteachers' Association and the Lindenford Parents' "
  "Forum. SENCOs asked for fewer days out of school, which is why two study days became "
  "online units; headteachers asked for a second start in the year, which is why there is a "
  "February cohort; and parents asked that children's own views be central, which is why "
  "Assignment 1 requires them.")
P("A Steering Group oversees the programme: the programme leader, the Head of the IWDS, two "
  "headteachers nominated by the Headteachers' Association, a SENCO Forum representative, "
  "the manager of the Parent Partnership Service and a participant representative from "
  "each cohort. It meets each term, receives the evaluation evidence in 2.14, and approves "
  "the annual action plan. Headteachers and SENCOs also take part in selection (1.2), as "
  "mentors (2.12) and as visitors to the Research Conference.")

H(2, "2.14  Quality and evaluation")
P("Evidence about the programme comes from an evaluation at the end of each study day; an "
  "end-of-module questionnaire; LinkLearn usage and discussion-board data; a mid-year focus "
  "group run by the participant representatives; the external examiner's report; and the "
  "University's annual monitoring report, which includes progression and achievement data. "
  "The programme leader brings these together each July into an action plan, which the "
  "Steering Group approves; the changes are reported to the next cohort on their first "
  "study day.")
P("We have not yet decided how to measure the programme's effect on participants' practice "
  "or on the progress of pupils in their schools. The Steering Group will consider this once "
  "the first cohort has finished.")

H(2, "2.15  After the award")
P("On day 10, tutors tell participants about the University's MA Education (Inclusion), to "
  "which the Certificate's 60 credits count.")

# ------------------------------------------------------------ Part 3
H(1, "Part 3  Before the panel: eligibility and checks")
P("The IWDS completes these checks before a candidate is invited to a selection day. If a "
  "check is not complete, the candidate is not interviewed until it is.")
checks = table([
    ["Check", "What we look for", "Who checks", "If it is not met"],
    ["Qualified teacher status", "DCSF teacher reference number on the application.",
     "IWDS", "Not eligible for the award; IWDS adviser discusses other courses."],
    ["Role", "In post as SENCO, or designated by the headteacher to take up the role by the "
     "start of the course.", "IWDS", "Candidate asked to reapply when designated."],
    ["Headteacher's nomination", "Nomination form signed by the head, confirming release for "
     "the ten study days and naming the school mentor.", "IWDS", "Form returned to the "
     "school to complete."],
    ["Enhanced CRB disclosure", "", "IWDS", "No place is confirmed until the check is "
     "complete."],
    ["Reference", "The head's reference confirms that there are no concerns about the "
     "candidate's conduct and no outstanding disciplinary matters, and that the candidate "
     "has not been barred from work with children.", "IWDS", "Chair and Head of IWDS "
     "decide whether the candidate can proceed."],
    ["Application statement", "A 500-word statement on the candidate's role and their "
     "school's provision for pupils with SEN.", "Panel (pre-reading)", "-"],
], widths=[3.2, 6.8, 2.2, 4.3])
crb = checks.cell(4, 1)
crb.text = ""
tracked(crb.paragraphs[0], [
    ("n", "Section C of the nomination form, in which the head confirms the number and date "
          "of the candidate's current enhanced CRB disclosure, made under the school's safer "
          "recruitment procedures. The IWDS checks that section C is complete. "),
    ("ins", "Where the candidate has not worked in a school or college in a post with "
            "regular contact with children in the last three months, the IWDS arranges a new "
            "enhanced disclosure through the Council's HR Service before a place is "
            "confirmed."),
], size=9)

# ------------------------------------------------------------ Part 4
H(1, "Part 4  The selection day")
table([
    ["Time", "What happens"],
    ["9.00", "Panel meets; chair confirms the order of candidates and any adjustments."],
    ["9.30 onwards", "Each candidate: a 30-minute written task (a reply to a short letter "
     "from a parent who is worried about her son's progress), then a 30-minute interview. "
     "Two candidates are in the written task while another is interviewed."],
    ["After each interview", "Each member scores on their own (Part 6) before the panel "
     "discusses the candidate."],
    ["End of day", "Panel agrees decisions and completes a Decision Record (Annex B) for "
     "each candidate."],
], widths=[3, 13.5])
P("Adjustments on the day. ", lead=None).runs[0].bold = True
P("Candidates who have told us about a disability or learning difference are offered, as "
  "they need: extra time for the written task; the task on coloured paper or on a laptop "
  "with text-to-speech; the interview questions in writing as well as spoken; a ground-floor "
  "room; a British Sign Language interpreter; or a later interview slot. The chair confirms "
  "these with the candidate by telephone the week before. Panels must not take account of "
  "spelling in the written task where a candidate has told us they are dyslexic.")

# ------------------------------------------------------------ Part 5
H(1, "Part 5  The question bank")
P("Ask every candidate Q1 and Q2 and at least four of the others. The questions test "
  "whether the candidate is ready for the course. They are not the course: a candidate "
  "does not need to give every point under 'Listen for'.", italic=True)
qbank = [
    ("Q1", "Why do you want to take the award now, and what does your headteacher expect of "
     "you as SENCO?", "A clear sense of the role; the head's support; realistic about "
     "time; knows what release the school has agreed."),
    ("Q2", "Tell us about a pupil with SEN whose needs you have helped to identify. How did "
     "you set targets and how did you know whether they were working?", "Uses more than one "
     "source of evidence; involves the class teacher; targets are specific; reviews and "
     "changes the plan."),
    ("Q3", "How have you found out what a pupil with SEN thinks about the support they "
     "receive?", "Talks to pupils directly; adapts the way of asking for pupils with "
     "communication difficulties; acts on what pupils say."),
    ("Q4", "Tell us about a time you worked with a parent or carer who was unhappy with the "
     "school's provision.", "Listens first; explains clearly; keeps the child at the centre; "
     "follows up; knows about the Parent Partnership Service."),
    ("Q5", "What does the disability equality duty mean for your school?", "Knows the duty "
     "exists and what it asks of schools; mentions the accessibility plan or Disability "
     "Equality Scheme; gives an example of a reasonable adjustment."),
    ("Q6", "How do you keep up to date with developments in SEN?", "Reads professional "
     "journals or Ofsted reports; attends the SENCO Forum; has a view on a recent "
     "development."),
    ("Q7", "Does your school use a provision map, and what does its data tell you about "
     "pupils with SEN?", "Knows what a provision map is; can describe the school's "
     "tracking; can name a gap."),
    ("Q8", "How do teachers in your school use assessment for learning with pupils who have "
     "SEN?", "Examples of formative assessment adapted for pupils with SEN; how the "
     "candidate encourages colleagues."),
]
rows = [["No.", "Question", "Listen for"]] + [list(q) for q in qbank]
qt = table(rows, widths=[1.2, 7.6, 7.7])
for i in range(1, len(rows)):
    shade(qt.cell(i, 2), "F2F2F2")

# ------------------------------------------------------------ Part 6
H(1, "Part 6  Scoring and decisions")
H(2, "6.1  The rubric")
P("Score each criterion from 4 to 1 on your own before the panel discusses the candidate.")
table([
    ["Criterion", "4", "3", "2", "1"],
    ["A  Knowledge of SEN practice (Q2, Q3, Q7, Q8)", "Secure and current, with "
     "examples", "Sound, with some examples", "Partial or out of date", "Little evidence"],
    ["B  Understanding of the SENCO role (Q1, Q4, Q5)", "Sees the strategic as well as "
     "the operational role", "Clear about the operational role", "Mainly about "
     "individual pupils", "Unclear"],
    ["C  Communication (written task and interview)", "Clear, well organised, listens and "
     "responds", "Clear on the whole", "Some lack of clarity", "Hard to follow"],
    ["D  Support and capacity (application, Q1)", "Release agreed, mentor named, head "
     "committed", "Release agreed", "Release uncertain", "No school support"],
    ["E  Readiness for Masters-level study (statement, written task)", "Reflective and "
     "analytical", "Some reflection", "Mostly descriptive", "Not yet ready"],
], widths=[5.2, 2.9, 2.9, 2.9, 2.6], font=8.5)
H(2, "6.2  Decisions")
bullets([
    "Offer: a total of 13 or more, with no criterion below 2.",
    "Offer with guidance: a total of 11 or 12; the letter names pre-course reading or a "
    "Forum session.",
    "Defer with guidance: a total of 10 or less, or any criterion at 1. Within five working "
    "days the chair writes to the candidate setting out what to do first (usually a term "
    "or more in the role and the Council's non-accredited SENCO Induction course), and the "
    "IWDS adviser telephones the headteacher to agree a plan and a later start. Deferred "
    "candidates go straight to interview next time.",
])
P("After the last selection day the three chairs meet to compare decisions across panels, "
  "and the IWDS checks the equal opportunities data for any pattern. A candidate may ask "
  "the Head of the IWDS to review a decision.")
H(2, "6.3  Telling candidates")
P("Do not tell a candidate the decision on the day. Letters go out within five working days. "
  "Every candidate, whatever the decision, may ask for feedback from the chair.")
H(2, "6.4  Questions candidates ask")
P("Can an experienced SENCO gain the award by assessment alone, without attending? ",
  lead=None).runs[0].bold = True
P("They cannot. Please do not suggest otherwise; refer anyone who asks to the programme "
  "leader.")
P("Can I do the whole course online? ", lead=None).runs[0].bold = True
P("No. Two units are online; the rest is taught face to face.")
P("What if I miss a study day? ", lead=None).runs[0].bold = True
P("Join the other cohort's day, or catch up at a tutorial. You must attend eight of the ten.")
P("Can early years staff apply? ", lead=None).runs[0].bold = True
P("Teachers with QTS who lead SEN in a nursery school or children's centre can. Area SENCOs "
  "and practitioners without QTS cannot take the award; the IWDS's Early Years SEN "
  "Practitioner course is for them.")

# ------------------------------------------------------------ Annex A
H(1, "Annex A  The national outcomes: where participants develop them and how they are "
     "assessed")
P("Our codes: PA professional attributes; KU knowledge and understanding; PS professional "
  "skills. 'Formative' means the item receives written feedback but is not marked.",
  italic=True)
arows = [
    ["Code", "Outcome (our summary)", "Developed", "Assessed"],
    ["PA1", "Fair, respectful relationships with pupils and their families", "Days 4, 6; O1",
     "Assignment 1 (reflective account)"],
    ["PA2", "Gaining the commitment of colleagues and senior leaders", "Days 8, 9",
     "Assignment 2 (head's statement; poster)"],
    ["PA3", "Prioritising, managing time and delegating", "Day 9", "Portfolio (a)"],
    ["PA4", "Solving problems and making sound judgements about provision", "Days 6, 9",
     "Portfolio (b)"],
    ["PA5", "Clear speech and writing; listening to others", "All days",
     "Assignments 1 and 2; poster questions"],
    ["PA6", "Using research and outside advice to improve practice", "Days 5, 8",
     "Assignment 2 (review of research)"],
    ["KU1", "SEN law, the Code of Practice and putting them into practice", "Days 1, 2",
     "Assignment 1"],
    ["KU2", "Every Child Matters and the SENCO's part in it", "Day 1", "Assignment 1 "
     "(ECM outcomes for each pupil)"],
    ["KU3", "Disability equality law and what it requires", "Assumed on entry "
     "(interview Q5)", "-"],
    ["KU4", "How children develop and what affects development", "Day 3", "Assignment 1"],
    ["KU5", "The main types of SEN and disability", "Days 4, 5", "Assignment 1"],
    ["KU6", "Approaches, strategies and resources, including ICT", "Days 5, 6; O2 (ICT)",
     "Assignment 1 (approaches); O2 tasks (formative)"],
    ["KU7", "Self-evaluation and school improvement for SEN", "Day 8", "Assignment 2"],
    ["KU8", "Best practice and research in SEN", "Days 5, 8", "Assignment 2"],
    ["KU9", "External agencies and specialist support", "Day 6", "Assignment 1 (planning "
     "meeting with another service)"],
    ["PS1", "Strategic development of inclusion with senior leaders and governors", "Day 8",
     "Assignment 2"],
    ["PS2", "Identifying needs, setting targets, planning and reviewing", "Day 6",
     "Assignment 1"],
    ["PS2(a)", "Using other professionals' assessments", "Day 6", "Assignment 1"],
    ["PS2(b)", "Tracking with summative assessments and national tests", "Day 7",
     [("del", "Assignment 2 (data analysis)"), ("ins", "Portfolio (optional item d)")]],
    ["PS2(c)", "Encouraging colleagues' formative assessment", "See note 2", "-"],
    ["PS2(d)", "Special arrangements for tests and examinations", "Day 7", "-"],
    ["PS3", "Provision mapping; finding gaps", "Day 8", "Portfolio (e), formative"],
    ["PS4", "Deploying and managing staff", "Day 9", "Portfolio (f), formative"],
    ["PS5", "Supporting colleagues' professional development", "Day 9", "Portfolio (c) "
     "where the school context allows"],
    ["PS6", "Reviewing provision with colleagues for self-evaluation", "Day 8",
     "Assignment 2"],
    ["PS7", "Involving pupils in planning and reviewing their provision", "O1",
     "Assignment 1 (pupils' views, required)"],
    ["PS8", "Working with parents and carers", "Day 4", "Assignment 1 (optional parents' "
     "perspective)"],
    ["PS9", "Partnership with other services, including voluntary organisations", "Day 6",
     "Assignment 1 (planning meeting with another service)"],
]
table(arows, widths=[1.5, 6.4, 3.6, 5.0], font=8.5)
P("Note 1. The Portfolio is marked pass or fail; items (e) and (f) are formative in 2009-10.")
P("Note 2. PS2(c) is not covered in 2009-10. Formative assessment for all pupils is the "
  "subject of the Council's separate Assessment for Learning programme for class teachers.")

# ------------------------------------------------------------ Annex B
H(1, "Annex B  Panel Decision Record")
table([
    ["Candidate", "[Candidate name]   School: [school]"],
    ["Panel", "[Chair]   [IWDS adviser]   [Headteacher / SENCO member]"],
    ["Adjustments made", "[None / describe]"],
    ["Scores (agreed)", "A [ ]   B [ ]   C [ ]   D [ ]   E [ ]   Total [ ]"],
    ["Decision", "Offer / Offer with guidance / Defer with guidance"],
    ["Guidance to candidate", "[Pre-course reading, sessions, or what to do before "
                              "reapplying]"],
    ["Call to headteacher needed?", "Yes / No   Date made: [date]   By: [name]"],
    ["Signed (chair)", "[signature]   Date: [date]"],
], widths=[4.5, 12], font=9, header_fill=None)

doc.save(OUT)
print("wrote", OUT)
