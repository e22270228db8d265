"""pf-02-blackdown-pilot-scrapbook: writes pf-02-blackdown-pilot-scrapbook.docx next to itself.

Provider: the Blackdown Hills Lacemakers' Guild (an invented Honiton-lace guild in East Devon), with the invented
University of Kersbrook validating.

Document kind and layout: the guild's PILOT-YEAR SCRAPBOOK, sent whole as its application: pages marked by typed
bold capitals on grey bands ("PAGE 4") with no heading styles at all; items "pasted in" as bordered single-cell
tables (its own flyer, the University's validation letter, Sounding Day notes, a committee minute, the Sprig Day
programme, a disability statement, the Sprig briefs) or as VML text boxes (a newspaper cutting, a parent's card,
pilot participants' remarks, yellow sticky notes); the guild's own captions under each item in a custom
handwriting-like "Scrap Caption" style; photo placeholders ("[photo: ...]"); a "Words we use" table on the opening
page that also keys the Sprig Sheet twelve pages later ("pencilled" = talked through on a Sprig Day, not judged;
a dash = not in the course); the Sprig Sheet itself with merged, shaded group rows; a covering letter to the panel
at the end with placeholders; header and PAGE footer; tracked changes; comments.

Traps (requirement ids):
- Other people's words pasted in are not the provider's statements: the Gazette cutting says the course "is worth 60
  university credits", "will be offered online from next year" and that participants "will learn to use SATs results
  to track pupils' progress and to organise extra time and readers for exams" (E.2 stays partial on the University's
  letter: 40 credits at Level 7, 60 only by adding another module at the participant's cost; 6.S2b and 6.S2d stay
  not met; 3.3 is judged on the guild's caption, not the cutting). A parent's card praising a pilot participant
  (1.7, 6.S8 stay partial), pilot participants' remarks about tutors answering emails (3.3).
- Unsupported coverage claims: a caption "Every outcome is on it" and the covering letter's confidence, while the
  summative-assessment outcome (6.S2b) has no row at all (1.9 partial).
- Someone else's responsibility: the Sprig Sheet's test-arrangements row says "Not ours: schools' exams officers do
  this" (6.S2d not met).
- Sticky notes as to-dos: "Assessment-only?? Ask the University" with a minute "No decision" (2.3 not met); "Add the
  DDA duties to Sprig Day 1? ask Tom" and the disability-law row pointing at the note (6.K3 not met, 1.4 partial);
  "Telephone buddies for between Sprig Days: find volunteers" and "we are hoping to set up" (3.3 partial: readings
  and a peer board online, tutors only "look in from time to time").
- Minutes: "Agreed" items count (CRB check, 5.3 met), "Discussed ... No decision" items do not (a January start,
  3.2 partial; assessment-only, 2.3).
- Past arrangement replaced: the pilot's morning at Mill Lane School; the sentence promising it for 2009-10 is a
  tracked deletion and the insertion says "there are no school visits in the Award this year" (5.5 partial).
- Tracked change in the Sprig Sheet: the leadership-and-governors row's "Sprig B" is deleted and "pencilled"
  inserted (6.S1 partial). Inserted sentence on the external examiner in the Sprig briefs (5.8 met).
- Pencilled rows (covered, not judged): 6.A3, 6.S1, 6.S8 partial; judged but never worked on: 6.A5 (a dash in
  "Worked on", judged in the Joining) partial.
- A comment ("Should we just say yes to assessment-only?") never counts.
- School Partners (mentors) only "receive a letter ... explaining the course and the dates" (5.7 partial).
- A self-audit "talked through" but "Everyone then follows the same ten Sprig Days and the same three Sprigs"
  (2.2 partial, 2.4 partial).
- Award rule stated ("show every one of the national minimum outcomes on the Sprig Sheet", no averaging) but the
  Sprig Sheet cannot carry it out: pencilled lines are never judged, one line is "Not ours", one "see sticky note",
  and 6.S2b has no line (6.0 partial).
- Hope for pupil impact: "We would love to know whether pupils do better ... and we hope schools will tell us";
  only participants' confidence is measured (5.9 partial).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from _pf_helpers import (para, run, ins, dele, shade, shade_para, cell_text, table_borders, textbox, page_field,
                         comment, set_margins)

HERE = Path(__file__).parent
OUT = HERE / "pf-02-blackdown-pilot-scrapbook.docx"

doc = Document()
set_margins(doc, 2.2)
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)

cap = doc.styles.add_style("Scrap Caption", WD_STYLE_TYPE.PARAGRAPH)
cap.base_style = normal
cap.font.name = "Segoe Print"
cap.font.size = Pt(10)
cap.font.italic = True
cap.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
cap.paragraph_format.left_indent = Cm(0.6)
cap.paragraph_format.space_before = Pt(4)
cap.paragraph_format.space_after = Pt(6)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "Blackdown Hills Lacemakers' Guild  \u00b7  Pilot Year Scrapbook 2008", size=8.5, color="808080")
fp = sec.footer.paragraphs[0]
run(fp, "page ", size=8.5, color="808080")
page_field(fp)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def page(n, title, new_page=True):
    p = doc.add_paragraph()
    if new_page:
        p.paragraph_format.page_break_before = True
    run(p, f"PAGE {n}   {title.upper()}", bold=True, size=11)
    shade_para(p, "D9D9D9")
    return p


def caption(text):
    return para(doc, text, style="Scrap Caption")


def pasted(lines, fill=None, width=16.4):
    """A pasted-in item as a bordered single-cell table; lines are str or (str, dict)."""
    t = doc.add_table(rows=1, cols=1)
    table_borders(t, sz=8, color="7F7F7F")
    c = t.rows[0].cells[0]
    c.width = Cm(width)
    if fill:
        shade(c, fill)
    first = True
    for item in lines:
        text, fmt = (item, {}) if isinstance(item, str) else item
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        run(p, text, **fmt)
        p.paragraph_format.space_after = Pt(3)
    return t


def photo(text):
    p = para(doc, f"[photo: {text}]", italic=True, size=9, color="7F7F7F", align="center")
    return p


# ---------------------------------------------------------------- cover
para(doc, "OUR PILOT YEAR", bold=True, size=26, align="center", color="1F4E3D")
para(doc, "Blackdown Hills Lacemakers' Guild", bold=True, size=14, align="center")
para(doc, "The Blackdown SENCO Award: a scrapbook of the pilot year, January to December 2008, with what we will do "
          "from September 2009", size=11, align="center")
para(doc, "Sent to the Training and Development Agency for Schools as our application for approval, February 2009",
     italic=True, size=9.5, align="center", space_after=12)
photo("the Guild's pillow with the Award sprig, worked by members for the cover")

p = para(doc, "HOW TO READ THIS SCRAPBOOK", bold=True, size=11)
shade_para(p, "D9D9D9")
para(doc, "Everything in a box was pasted into the Guild's scrapbook during the pilot year or this winter. Some of it "
          "was written by other people (the newspaper, the University, parents, pilot participants) and we have left "
          "it as it was. The words in green under each item are ours, written this winter: they say what happened in "
          "the pilot and what the Award will do from September 2009. Where the pilot and the Award differ, the "
          "caption says so.")
para(doc, "The pilot was a free, unaccredited course of eight Saturdays for eleven SENCOs from East Devon schools. "
          "The Award, from September 2009, is the course we describe in the captions.")

para(doc, "Words we use", bold=True, size=10.5)
words = [
    ("Sprig Day", "one of the ten Saturdays of the Award. In Honiton lace each motif, or sprig, is made on its own "
                  "and joined to the others at the end; so is our course."),
    ("Workbasket task", "a practical task in the participant's own school between Sprig Days"),
    ("Sprig A, B, C", "the three assessed pieces of written work"),
    ("The Joining", "the final assessment: a portfolio of Workbasket tasks and a conversation with two tutors"),
    ("School Partner", "a colleague in the participant's school who supports them through the year"),
    ("Sprig Sheet", "our chart of the national minimum outcomes (page 13)"),
    ("On the Sprig Sheet", "\u201cWorked on\u201d gives the Sprig Day where an outcome is taught; \u201cJudged "
                           "in\u201d gives the Sprig or the Joining where it is marked. \u201cPencilled\u201d means "
                           "drawn on the pattern but not worked: talked through on a Sprig Day, not judged. A dash "
                           "means not in our course."),
]
wt = doc.add_table(rows=len(words), cols=2)
table_borders(wt, sz=4, color="A6A6A6")
for i, (k, v) in enumerate(words):
    cell_text(wt.rows[i].cells[0], k, bold=True, size=9.5)
    shade(wt.rows[i].cells[0], "EAF1EC")
    cell_text(wt.rows[i].cells[1], v, size=9.5)
    wt.rows[i].cells[0].width = Cm(3.8)
    wt.rows[i].cells[1].width = Cm(12.6)

# ---------------------------------------------------------------- page 1 flyer
page(1, "Our flyer for 2009\u201310")
pasted([
    ("THE BLACKDOWN SENCO AWARD 2009\u201310", {"bold": True, "size": 14}),
    ("A University of Kersbrook module at Master's level, taught by the Blackdown Hills Lacemakers' Guild",
     {"italic": True}),
    ("Who is it for? Teachers who are, or are about to become, their school's SENCO.", {}),
    ("What is it for? To help you raise the achievement and well-being of the pupils with special educational needs "
     "and disabilities in your school (being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being), and to give you the knowledge and skills of the national "
     "minimum outcomes for SENCOs. Every assessed piece asks what has changed for particular pupils.", {}),
    ("When? Ten Saturdays, September 2009 to June 2010, 9.30 to 3.30, at the Lace Room, Dunkeswell Old School.", {}),
    ("Cost: \u00a3980, including all Sprig Days, tutorials, marking and the University's registration fee. The "
     "Guild's Heritage Fund pays a quarter of the fee for schools with fewer than 100 pupils.", {}),
    ("This flyer is available in large print and on audio tape from the Course Secretary.", {}),
    ("How to apply: the application form, signed by your headteacher, is on the back of this flyer.", {}),
], fill="FFF8E7")
caption("Our flyer. Sixty went out to schools in November with the Devon SENCO Network mailing. The aims in the "
        "second paragraph are the aims of the Award. Between Sprig Days every participant does Workbasket tasks in "
        "their own school, and each task is tied to lines of the Sprig Sheet.")

# ---------------------------------------------------------------- page 2 University letter
page(2, "The letter from the University")
pasted([
    ("UNIVERSITY OF KERSBROOK  \u00b7  Faculty of Education", {"bold": True}),
    ("12 December 2008", {}),
    ("Dear Mrs Halse,", {}),
    ("Validation of the Blackdown SENCO Award", {"bold": True}),
    ("I am pleased to confirm that the University's Validation Panel met on 9 December and approved the Blackdown "
     "SENCO Award as a 40-credit module at Level 7 (Master's level), to run from September 2009 as a partnership "
     "between the University and the Blackdown Hills Lacemakers' Guild. The module will be subject to the "
     "University's procedures for the accreditation of prior learning, moderation, external examining and annual "
     "monitoring. Participants who complete it may go on to the University's 20-credit module in Inclusive Practice "
     "to complete a Postgraduate Certificate in Inclusive Education.", {}),
    ("Yours sincerely,", {}),
    ("Dr Peter Carew, Associate Dean (Partnerships)", {}),
], fill="FFFFFF")
caption("The letter we had waited all autumn for. The Award is a University of Kersbrook module at Master's level and "
        "carries 40 credits. Participants who want a full 60-credit Postgraduate Certificate can add the "
        "University's 20-credit Inclusive Practice module afterwards, at their own cost.")
caption("Prior learning: a participant who has already passed Master's-level study in special educational needs can "
        "ask for up to 20 of the 40 credits to be recognised under the University's accreditation of prior learning "
        "procedure, and a participant with long experience as a SENCO can put together a portfolio under its "
        "procedure for experiential learning. Dr Bright decides each claim with the University's admissions tutor "
        "before the first Sprig Day, and a participant given credit leaves out the Sprig it matches.")

# ---------------------------------------------------------------- page 3 cutting
page(3, "In the paper")
p = doc.add_paragraph()
textbox(p, [
    ("Culm Valley Gazette, 14 March 2008", {"italic": True, "size": 8}),
    ("LACE GUILD TO TRAIN SCHOOL SEN LEADERS", {"bold": True, "size": 12}),
    ("Lacemakers in the Blackdown Hills are branching out. The Blackdown Hills Lacemakers' Guild, better known for "
     "its Honiton lace demonstrations at the county show, is to run a course for teachers who lead special needs "
     "work in schools.", {"size": 9.5}),
    ("Guild chairman Ros Halse, herself a former special needs coordinator, said: \u201cLace teaches patience and "
     "attention to detail, and so does good special needs teaching.\u201d", {"size": 9.5}),
    ("The course, which is worth 60 university credits, will be offered online from next year so that teachers "
     "across Devon can join, and participants will learn to use SATs results to track pupils' progress and to "
     "organise extra time and readers for exams.", {"size": 9.5}),
], width_pt=300, fill="F2F2F2", rotation=-2)
caption("The Gazette, March 2008. Some of this was wrong even then: the credits were still being settled with the "
        "University (see page 2), and we have never planned a course that is wholly online.")

# ---------------------------------------------------------------- page 4 Sounding Day
page(4, "Sounding Day")
pasted([
    ("SOUNDING DAY, Saturday 2 February 2008, Honiton Community College", {"bold": True}),
    ("Before the pilot we sent a questionnaire to the headteachers and SENCOs of the 48 primary and secondary schools "
     "in the Honiton, Axminster and Culm Valley clusters (22 replied), and invited everyone to a Sounding Day. "
     "Present: 14 SENCOs, 5 headteachers, the county's SEN Adviser for East Devon, two officers of the Devon Parent "
     "Partnership Service, a parent governor, and 6 Guild members.", {}),
], fill="FFFFFF")
st = doc.add_table(rows=1, cols=2)
st.style = doc.styles["Table Grid"]
for c, h in zip(st.rows[0].cells, ("What you told us", "What we did")):
    cell_text(c, h, bold=True, size=9.5)
    shade(c, "EAF1EC")
for a, b in [
    ("Headteachers: SENCOs cannot be out of school on weekdays.", "All Sprig Days are Saturdays."),
    ("SENCOs: we are new and do not know where to start with provision mapping or the paperwork.",
     "Sprig Day 4 is given to finding pupils, targets and provision mapping, and Sprig B is a provision map."),
    ("SENCOs: the hardest part of the job is time; everything lands on us.",
     "Sprig Day 2, on the SENCO's year, added after the pilot."),
    ("SEN Adviser: new SENCOs need to understand self-evaluation and how SEN fits the school's SEF.",
     "Sprig Day 9 added after the pilot; self-evaluation judged in the Joining."),
    ("Parent Partnership: schools do not ask pupils what they think of their support.",
     "Sprig Day 6 morning on consulting pupils; Sprig A includes an interview with the pupil."),
    ("Pilot participants (December 2008): the pilot had too little on other services.",
     "Sprig Day 7 given wholly to services beyond the school, with visiting specialists."),
]:
    r = st.add_row()
    cell_text(r.cells[0], a, size=9.5)
    cell_text(r.cells[1], b, size=9.5)
caption("What the Sounding Day and the pilot changed. The right-hand column is what the Award does from September "
        "2009.")
photo("Sounding Day: SENCOs and headteachers at the sugar-paper wall")

# ---------------------------------------------------------------- page 5 minutes
page(5, "From the committee minutes")
mt = pasted([
    ("Extract from the minutes of the Guild Committee, 10 January 2009. Item 6: SENCO Award", {"bold": True}),
    ("6.1  Agreed: the Course Secretary will see each participant's CRB enhanced disclosure certificate at the first "
     "Sprig Day, check that it was issued for work with children, record its number and date in the Award register, "
     "and ask the headteacher's reference to confirm that there are no concerns about the participant's conduct and "
     "no disciplinary matters outstanding. No participant starts the Award until this is done.", {}),
    ("6.2  Agreed: the Course Panel (page 11) to meet in October and June each year.", {}),
    ("6.3  Agreed: the disability statement (page 7) to go into the application pack.", {}),
    ("6.4  Discussed: a second start date in January. No decision; to be raised again when the first cohort has "
     "finished.", {}),
    ("6.5  Discussed: whether very experienced SENCOs could be assessed without attending the Sprig Days. Mrs Halse "
     "to ask the University. No decision.", {}),
    ("6.6  Agreed: to accept applicants only with the headteacher's signature on the application form; Mrs Halse to "
     "telephone every applicant before a place is offered to talk through their experience and the self-audit, and "
     "where an applicant is not yet ready (for instance a teacher who has not yet taught pupils with statements) to "
     "write to them and, with their agreement, to their headteacher, saying what to do first and offering a place "
     "the following year.", {}),
], fill="FFFFFF")
c_runs = mt.rows[0].cells[0].paragraphs[5].runs
comment(doc, c_runs, "Should we just say yes to assessment-only? Other providers do.", "Eileen Cole", "EC")
caption("We have pasted this in because it settles things the pilot left open.")

# ---------------------------------------------------------------- page 6 programme
page(6, "The ten Sprig Days, 2009\u201310")
pt = doc.add_table(rows=1, cols=4)
pt.style = doc.styles["Table Grid"]
for c, h in zip(pt.rows[0].cells, ("Day", "Date", "What we do", "Workbasket task")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "D9D9D9")
prog = [
    ("band", "Autumn term 2009"),
    ("1", "19 Sep", "The law and the SENCO: the SEN Code of Practice, the Special Educational Needs and Disability "
                    "Act 2001, statements and annual reviews; Every Child Matters, its five outcomes and the SENCO's "
                    "part in them; Removing Barriers to Achievement.",
     "Test your school's SEN policy against the Code."),
    ("2", "10 Oct", "The SENCO's year: priorities, time and handing on tasks; the SENCO's place in the school.",
     "Keep a log of one fortnight's SENCO work."),
    ("3", "7 Nov", "How children develop and what affects their development; the commonest kinds of SEN and "
                   "disability (behavioural, emotional and social difficulties; specific learning difficulties "
                   "including dyslexia; speech, language and communication needs; autistic spectrum disorders; "
                   "moderate learning difficulties) and how each affects learning.",
     "A profile of one pupil (starts Sprig A)."),
    ("4", "5 Dec", "Finding and planning: identification from observation, data and assessment; challenging "
                   "targets; planning and reviewing interventions; using reports from other professionals; "
                   "provision mapping; deciding in hard cases.",
     "Start your school's provision map."),
    ("band", "Spring term 2010"),
    ("5", "16 Jan", "Teaching and learning: approaches, strategies, resources and ICT, judged against the barriers "
                    "they remove; assessment for learning and helping colleagues use it with pupils with SEN; "
                    "finding and weighing published research and outside advice on an approach.",
     "Choose the change for Sprig C."),
    ("6", "6 Feb", "Voices: in the morning, consulting pupils, interviewing a pupil about their provision and "
                   "involving pupils in their reviews; in the afternoon, participants share how their schools work "
                   "with families.",
     "Interview one pupil (for Sprig A)."),
    ("7", "6 Mar", "Beyond the school: the educational psychologist, speech and language therapy, sensory support, "
                   "CAMHS, social care and two voluntary bodies (Devon Autism Support and the Culm Valley Dyslexia "
                   "Group) explain what they do and how to ask for help.",
     "Map the services around one pupil."),
    ("8", "24 Apr", "Leading others: winning the head's and colleagues' commitment; advising leaders and governors "
                    "on inclusion; deploying and managing teaching assistants; observing, coaching and training "
                    "colleagues.",
     "Observe a colleague and give feedback; lead one staff session."),
    ("band", "Summer term 2010"),
    ("9", "22 May", "Is it working? Reviewing provision with colleagues; school self-evaluation, the SEF and "
                    "improvement planning for pupils with SEN.",
     "Review one intervention with the staff who run it."),
    ("10", "19 Jun", "Keeping going: keeping up to date and planning your own development; each participant draws "
                     "up a Next Sprig (targets for the next two years, to agree with their headteacher at "
                     "performance management) from our list of further study, the Devon SENCO Network and the "
                     "University's Inclusive Practice module. The Joining conversations.",
     "Bring your portfolio."),
]
for r in prog:
    row = pt.add_row()
    if r[0] == "band":
        m = row.cells[0].merge(row.cells[3])
        cell_text(m, r[1], bold=True, size=9)
        shade(m, "EAF1EC")
        continue
    for c, v in zip(row.cells, r):
        cell_text(c, v, size=9)
for row in pt.rows:
    for w, c in zip((1.0, 1.6, 9.4, 4.4), row.cells):
        c.width = Cm(w)
caption("The ten Sprig Days for 2009\u201310. In the pilot we had eight; Days 2 and 9 are new (see page 4). Each Sprig "
        "Day's reading pack is put together by the tutors from recent research and inspection reports: this year "
        "Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for "
        "children with speech, language and communication needs (2008) and the Inclusion Development Programme "
        "(2008). A participant who misses a Sprig Day catches up from the notes and readings on Kersbrook Learn "
        "(page 9).")

# ---------------------------------------------------------------- page 7 disability statement
page(7, "Our disability statement")
pasted([
    ("DISABILITY AND THE BLACKDOWN SENCO AWARD", {"bold": True}),
    ("We do not wait to be asked. The application form asks every applicant, in confidence, whether they have a "
     "disability or health condition for which we should make adjustments, and the Course Secretary follows up every "
     "answer before the first Sprig Day. The Lace Room is step-free, with an accessible toilet and a hearing loop. "
     "Handouts are sent out in large print or electronically a week before each Sprig Day on request. Sprig deadlines "
     "can be extended, and the Joining conversation can be held as a written exchange, where the University's "
     "Disability Service recommends it. Places are offered on the criteria in the application pack only, and the "
     "tutors are briefed each September on the adjustments agreed for that year's participants.", {}),
], fill="FFFFFF")
caption("Agreed by the committee in January (page 5). In the pilot a participant with a hearing impairment told us the "
        "village hall was hopeless, which is one reason we moved to the Lace Room.")

# ---------------------------------------------------------------- page 8 Sprig briefs
page(8, "The Sprigs: what is judged")
brief = pasted([
    ("SPRIG A: THE PUPIL (3,500 words, due January)", {"bold": True}),
    ("A study of one pupil with SEN: how the pupil's needs were identified (observation, data, assessment), what the "
     "reports of other professionals say and how you used them in planning teaching, the targets you set and the "
     "intervention you planned, and how you reviewed it. It must include your interview with the pupil and show "
     "how the pupil took part in setting and reviewing their targets, the legal framework that applies, and how the "
     "pupil's kind of need affects their learning.", {}),
    ("SPRIG B: THE SCHOOL (provision map and a 2,500-word paper, due March)", {"bold": True}),
    ("Your school's provision map, with a paper to your headteacher on provision that is missing or not working, how "
     "support staff are deployed and managed, and what you would decide and why. Your headteacher's written "
     "response is part of Sprig B.", {}),
    ("SPRIG C: THE CHANGE (3,500 words, due May)", {"bold": True}),
    ("A change you lead in your school: what published research and outside advice say about the approach you "
     "chose (including any ICT), how you led colleagues through it by coaching, observation and feedback or "
     "training, and how you worked with at least one outside service or voluntary body.", {}),
    ("THE JOINING (June)", {"bold": True}),
    ("Your portfolio of Workbasket tasks and a thirty-minute conversation with two tutors, covering the Code of "
     "Practice and Every Child Matters, how children develop, how you review provision with colleagues and feed it "
     "into the school's self-evaluation, how you help colleagues with assessment for learning, your relationships "
     "with pupils and families, how clearly you explain and listen, and your plans for your own development.", {}),
    ("How the Sprigs are judged", {"bold": True}),
    ("Each Sprig is marked pass or refer by the tutor who set it and second-marked by another tutor against the "
     "Sprig Sheet lines it judges. A referred Sprig can be resubmitted once. Marks are not averaged across Sprigs. "
     "To gain the Award you must pass Sprigs A, B and C and the Joining and, between them, show every one of the "
     "national minimum outcomes on the Sprig Sheet.", {}),
], fill="FFF8E7")
ins(brief.rows[0].cells[0].paragraphs[-1], " All referred work and a sample of passes go to the University's "
    "moderator, and the University's external examiner sees a sample of every Sprig and sits in on the Joining "
    "conversations.", author="Tom Bright")
caption("From the participants' handbook for 2009\u201310. In the pilot nothing was marked.")

# ---------------------------------------------------------------- page 9 photos and online
page(9, "Pilot days")
photo("Sprig Day 3 in Luppitt village hall, March 2008")
p = doc.add_paragraph()
textbox(p, [
    ("\u201cThe tutors always answered my emails within a day, even in the holidays.\u201d", {"italic": True}),
    ("\u201cI liked seeing what other schools do. I have stolen three ideas already.\u201d", {"italic": True}),
    ("\u201cMore on how to get the ed psych to actually come, please!\u201d", {"italic": True}),
    ("(from the pilot evaluation slips, December 2008)", {"size": 8}),
], width_pt=330, fill="FFFFFF", dashed=True)
caption("From September the University gives every participant a Kersbrook Learn account. The readings for each "
        "Sprig Day are posted there a week ahead, and there is a discussion board where participants post their "
        "Workbasket tasks and comment on one another's. Tutors look in from time to time. Between Sprig Days we are "
        "hoping to set up a telephone buddy scheme.")
caption("With a grant from the county's SEN budget the Guild has bought a loan collection for the Award: standardised "
        "reading, spelling, numeracy and language screening tests; two laptops with text-to-speech and word "
        "prediction software; a Clicker set, switches and a simple communication aid. Participants borrow them for a "
        "fortnight at a time to try in school. The Lace Room has a projector and wireless internet, and every "
        "participant has a University library card with the e-journals through Kersbrook Learn.")
caption("Before Sprig Day 1 everyone fills in a self-audit against the lines of the Sprig Sheet and brings it to the "
        "first tutorial, where the tutor talks it through with them. Everyone then follows the same ten Sprig Days "
        "and the same three Sprigs. Tutors are always happy to talk about a participant's own school.")
photo("the lace the pilot group made together: eleven sprigs, joined in December")

# ---------------------------------------------------------------- page 10 card
page(10, "A card")
p = doc.add_paragraph()
textbox(p, [
    ("Dear Mrs Pring,", {}),
    ("Thank you for listening to us at Jacob's review. It is the first time anyone has asked what we think works "
     "for him at home. We feel part of it now.", {}),
    ("With best wishes, Karen and Steve Loveridge", {}),
], width_pt=240, fill="FDF2F8", rotation=1)
caption("A card a pilot participant brought in to show us. Working with parents is on Sprig Day 6; in the afternoon "
        "participants share how their schools work with families.")

# ---------------------------------------------------------------- page 11 people
page(11, "Tutors, visitors and the Course Panel")
tt = doc.add_table(rows=1, cols=2)
tt.style = doc.styles["Table Grid"]
for c, h in zip(tt.rows[0].cells, ("Tutor", "Background")):
    cell_text(c, h, bold=True, size=9.5)
    shade(c, "D9D9D9")
for a, b in [
    ("Mrs Rosalind Halse, Course Leader", "Guild chair; SENCO for twelve years at a Honiton primary school; now SEN "
                                          "adviser to a federation of four small schools; MA in Inclusive Education"),
    ("Dr Tom Bright", "Senior Lecturer in Special Educational Needs, University of Kersbrook; formerly an "
                      "educational psychologist in Somerset; the University's link tutor for the Award"),
    ("Mrs Eileen Cole", "Specialist teacher, Devon Communication and Interaction Team; Diploma in Specific Learning "
                        "Difficulties"),
    ("Mr Kwame Osei", "Deputy headteacher of an Exeter special school; NPQH; leads the county's training for "
                      "teaching assistants"),
]:
    r = tt.add_row()
    cell_text(r.cells[0], a, size=9.5)
    cell_text(r.cells[1], b, size=9.5)
caption("Three of the four tutors still work in schools every week, and all four go to the University's termly SEN "
        "research seminar.")
p = caption("On Sprig Day 7 the visitors are an educational psychologist, a speech and language therapist, a "
            "teacher from the sensory support service, a CAMHS nurse and speakers from the two voluntary groups. In "
            "the pilot everyone also spent a morning at Mill Lane School. ")
dele(p, "Everyone will spend a morning at Mill Lane School in the spring term.", author="Rosalind Halse")
ins(p, "Mill Lane cannot take visitors in 2009\u201310, so there are no school visits in the Award this year.",
    author="Rosalind Halse")
caption("Each participant's headteacher names a School Partner, usually a senior colleague, who will receive a letter "
        "from us explaining the course and the dates of the Sprig Days. The four tutors meet before every Sprig Day "
        "to plan it and after every Sprig to compare their marking.")
caption("From 2009\u201310 the Course Panel meets in October and June: the county's SEN Adviser for East Devon, two "
        "headteachers from the Sounding Day, a parent from the Parent Partnership parents' forum, a pilot participant "
        "and the four tutors. It reads the evaluation slips, the tutors' end-of-year review and the external "
        "examiner's report, and decides what to change for the next year; each June the two headteachers tell the "
        "Panel what difference the Award has made in their schools.")
caption("Participants fill in an evaluation slip after every Sprig Day and rate their confidence against each group "
        "of Sprig Sheet lines at the start and the end of the year. The University's annual monitoring report on the "
        "Award goes to the Course Panel. We would love to know whether pupils do better as a result, and we hope "
        "schools will tell us.")

# ---------------------------------------------------------------- page 12 sticky notes
page(12, "Still to sort")
p = doc.add_paragraph()
textbox(p, [("Assessment-only?? Ask the University. R.", {"size": 10})], width_pt=170, fill="FFF59D", rotation=-3)
p = doc.add_paragraph()
textbox(p, [("Add the DDA duties to Sprig Day 1? ask Tom", {"size": 10})], width_pt=170, fill="FFF59D", rotation=2)
p = doc.add_paragraph()
textbox(p, [("Telephone buddies for between Sprig Days: find volunteers", {"size": 10})], width_pt=170,
        fill="FFF59D", rotation=-1)
p = doc.add_paragraph()
textbox(p, [("Time management is only pencilled. Judge it in the Joining?", {"size": 10})], width_pt=170,
        fill="FFF59D", rotation=3)
caption("The sticky notes from the inside back cover, as they were on the day we sent this.")

# ---------------------------------------------------------------- page 13 Sprig Sheet
page(13, "The Sprig Sheet")
sheet = [
    ("band", "What a SENCO is"),
    ("Fair, respectful relationships with pupils with SEN and their families", "Day 6", "Joining"),
    ("Winning the head's and colleagues' commitment", "Day 8", "Sprig B"),
    ("Priorities, time and delegation", "Day 2", "pencilled"),
    ("Heading off problems; sound decisions about provision", "Day 4", "Sprig B"),
    ("Clear speaking and writing; listening", "\u2014", "Joining"),
    ("Using research and outside advice", "Day 5", "Sprig C"),
    ("Keeping up to date; own professional development", "Day 10", "Joining"),
    ("band", "What a SENCO knows"),
    ("SEN law and the Code of Practice", "Days 1, 4", "Sprig A; Joining"),
    ("Every Child Matters and the SENCO's part", "Day 1", "Joining"),
    ("Disability equality law", "see sticky note", "\u2014"),
    ("How children develop", "Day 3", "Joining"),
    ("The commonest kinds of SEN and their effect on learning", "Day 3", "Sprig A"),
    ("Approaches, strategies, resources and ICT", "Day 5", "Sprig C"),
    ("School self-evaluation and improvement", "Day 9", "Joining"),
    ("Best practice and research", "Day 5", "Sprig C"),
    ("Outside agencies and getting specialist help", "Day 7", "Sprig C"),
    ("band", "What a SENCO does"),
    ("With leaders and governors, shaping the school's inclusive ethos, policies and resources", "Day 8", None),
    ("Identifying pupils, setting targets, planning and reviewing interventions", "Day 4", "Sprig A"),
    ("Using other professionals' assessments in teaching", "Day 4", "Sprig A"),
    ("Helping colleagues with assessment for learning", "Day 5", "Joining"),
    ("Special arrangements for tests and exams", "\u2014", "Not ours: schools' exams officers do this"),
    ("Provision mapping", "Day 4", "Sprig B"),
    ("Deploying and managing support staff", "Day 8", "Sprig B"),
    ("Colleagues' professional development", "Day 8", "Sprig C"),
    ("Reviewing provision with colleagues for self-evaluation", "Day 9", "Joining"),
    ("Pupils involved in their own provision", "Day 6", "Sprig A"),
    ("Working with parents and carers", "Day 6", "pencilled"),
    ("Partnership with services and voluntary bodies", "Day 7", "Sprig C"),
]
ss = doc.add_table(rows=1, cols=3)
ss.style = doc.styles["Table Grid"]
for c, h in zip(ss.rows[0].cells, ("Line (our words)", "Worked on", "Judged in")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "D9D9D9")
for r in sheet:
    row = ss.add_row()
    if r[0] == "band":
        m = row.cells[0].merge(row.cells[2])
        cell_text(m, r[1], bold=True, size=9)
        shade(m, "EAF1EC")
        continue
    cell_text(row.cells[0], r[0], size=9)
    cell_text(row.cells[1], r[1], size=9)
    if r[2] is None:
        pp = row.cells[2].paragraphs[0]
        dele(pp, "Sprig B", author="Rosalind Halse")
        ins(pp, "pencilled", author="Rosalind Halse")
    else:
        cell_text(row.cells[2], r[2], size=9)
for row in ss.rows:
    for w, c in zip((10.0, 2.6, 3.8), row.cells):
        c.width = Cm(w)
caption("The Sprig Sheet, pinned inside the back cover. Every outcome is on it.")

# ---------------------------------------------------------------- covering letter
page(14, "To the panel")
para(doc, "Dear Panel members,")
para(doc, "We are a guild of lacemakers, not a university, and we know this is not the usual way to apply. But the "
          "scrapbook is how the pilot was kept, and it seemed more honest to send it than to rewrite it. We are "
          "confident that the Award covers every national outcome, and we would be glad to answer any questions or "
          "to welcome the panel to a Sprig Day.")
para(doc, "Yours sincerely,")
para(doc, "[signature]")
para(doc, "Rosalind Halse, Chair, Blackdown Hills Lacemakers' Guild, and Course Leader")
para(doc, "[Course Secretary: name and telephone number to follow]")

doc.save(OUT)
print("wrote", OUT)
