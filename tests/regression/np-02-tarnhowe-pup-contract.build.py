"""np-02-tarnhowe-pup-contract: the Tarnhowe Award written on the Centre's Pup Contract.

Provider (invented): Tarnhowe Working Dog Centre, Tarnhowe, Upper Rawdale, which breeds and trains working
sheepdogs and since 2001 has run "the Tarnhowe Way" for pupils with SEN from North Rawdale's schools.
Wharfemouth University College (invented) validates the Award; North Rawdale County Council (invented) part-
funds places. February 2009.

Document kind: the Centre's Pup Contract (Form PC/3), the sale contract every buyer of a Tarnhowe pup signs,
re-used as the "Award edition": a typed letterhead with manual line breaks, a covering letter, then the
Contract between the Centre, the Handler (participant) and the Head. No heading styles: clause titles are
bold capitals on grey-shaded Normal paragraphs, clauses and sub-clauses hand-numbered 1 to 13 and "3.1",
"4.2" ... so that the numbers collide with requirement ids (clause 3.1 is about entry, clause 5.3 about the
website, clause 6.x about Checks). Definitions in clause 1 key the Socialisation Chart (Schedule 2) far
below: "Met at" (where the line is taught; "Not met at the Yard" = not taught) and "Checked at" ("C1", "C2",
"C3" marked Passed / Not yet; "Weigh-in" = comments only, not marked; "Not checked"); "A line that is not on
the chart is not part of the Award". A Yard Days table; Schedule 1, a Pup Information Sheet with merged
shaded rows; Schedule 2, the chart with merged, shaded group rows; Schedule 3, signatures with the form's
grey prompts and tick boxes. Two VML text boxes (the Walkers' briefing, which counts; an "office use only"
box, which carries nothing). Two Word comments. Tracked changes. Header and footer with PAGE and NUMPAGES.
House words: Handlers, Walkers (school mentors, after puppy walkers), Yard Days YD1-YD9, Walks W1-W4,
Checks C1-C3, Weigh-ins, the Temperament Sheet, the Pup Pack, the Kennel Board, Rehoming and Return, the
Line Report, Keeping the line healthy.

Traps, with the requirement ids they touch:
- "Met at" is a column heading meaning "taught at", never a verdict; "Not met at the Yard" marks A7 as not
  taught (checked at C3): partially_met (6.A7).
- "Weigh-in" (comments only, not marked) for 6.A5 and 6.S2c: partially_met.
- "Not checked" for 6.S5: partially_met. 6.K4: the cell's "C1" is a deleted tracked change and
  "Not checked" inserted: partially_met.
- 6.S1 has no line on the chart (definition: "not part of the Award"); a comment asks to put it back
  (comments are not evidence); the only governors/trustees named are the Centre's own: not_met.
- 6.S7: its line says "Taken out for 2009-10": not_met. With it 1.5 is only a pupil panel telling
  Handlers what helps them learn (hearing views, not developing consultation skills): partially_met.
- 1.9: lines only weighed in, not checked, or left off: partially_met.
- 6.0: the Warranty gives the Award to every Handler who attends and "hands in" all three Checks,
  not to those who pass every line: not_met.
- 5.8: each Check marked by the trainer who taught the group; moderation only to be looked at later;
  a comment about the University College moderating is not evidence: not_met.
- 5.3: the old clause 3.5 ("The Centre does not see the Handler's CRB disclosure") is a deleted
  paragraph; the inserted clause 3.5 sets up the check: met. The tick box in Schedule 3 is a prompt.
- 3.3: the Kennel Board is e-learning with a peer forum and online materials, but the sentence giving
  trainer replies is deleted and "Trainers do not post on the forum": partially_met.
- E.2: "60 credits at Level 6 (Graduate Certificate)": right credits, not Masters level: partially_met.
  E.1 met (the University College's validation panel approved it).
- 1.1: the aim is attainment only ("reading, writing and mathematics"): partially_met.
- 2.2: the Temperament Sheet is not an assessment against the outcomes and sets no individual plan:
  partially_met. 2.1 and 2.3 met (APL / APEL through the University College; "Straight to the Final").
- 2.5: only "a word about what the Handler might do next" and open evenings: partially_met.
- 5.1: internal methods only (cards, the trainers' termly look at results, the trustees and the Steering
  Group reading the Line Report); "Wharfemouth University College does not review the Award between
  validations, and the Award has no external examiner": partially_met. 4.3 met (the Steering Group of
  heads, the LA's Principal SEN Officer and a parent reads the Line Report; Walkers sit in the Final Check).
- 5.4: staff described only in general terms ("more than sixty years with working dogs and with
  children"): partially_met.
- 5.6: the Pup Pack and a projector; ICT and specialist software "for the Handler's school to provide"
  (someone else's responsibility): partially_met.
- 5.7: met only from the Walkers text box. 5.5 met (specialists and placements the Centre arranges).
- Wrong-context "checks": the Centre's dogs are "health checked" (clause 4.5). Numbering collisions: 3.1,
  3.2, 3.3, 5.3 and others are clause numbers, not requirement answers.
- Placeholders: the Final Check date "[date to be confirmed]"; Schedule 3 prompts.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _np_helpers import (add_del, add_ins, add_numpages_field, add_page_field, add_run, add_textbox, cell_text,
                         deleted_paragraph, inserted_paragraph, set_table_borders, shade_cell, shade_paragraph,
                         textbox_paragraph_xml)

HERE = Path(__file__).parent
OUT = HERE / "np-02-tarnhowe-pup-contract.docx"
KATH = "Kath Iveson"
BEN = "Ben Alderson"
D1 = "2009-02-03T09:15:00Z"
D2 = "2009-02-05T14:02:00Z"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Inches(0.9)
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

hp = sec.header.paragraphs[0]
hp.text = "Tarnhowe Working Dog Centre  ·  Pup Contract PC/3 (Award edition)"
fp = sec.footer.paragraphs[0]
fp.text = "Tarnhowe, Upper Rawdale  ·  PC/3A  ·  "
add_page_field(fp)
add_numpages_field(fp)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, italic=False, align=None):
    p = doc.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic)
    if align:
        p.alignment = align
    return p


def bar(text):
    """A clause title: bold capitals on a grey-shaded Normal paragraph (no heading style)."""
    p = doc.add_paragraph()
    add_run(p, text, bold=True)
    shade_paragraph(p, "D9D9D9")
    p.paragraph_format.space_before = Pt(10)
    return p


def clause(num, text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Inches(0.45)
    p.paragraph_format.first_line_indent = Inches(-0.45)
    add_run(p, f"{num}\t")
    if lead:
        add_run(p, lead, bold=True)
    add_run(p, text)
    return p


# ---------------------------------------------------------------- letterhead and letter
lh = doc.add_paragraph()
lh.alignment = WD_ALIGN_PARAGRAPH.RIGHT
add_run(lh, "TARNHOWE WORKING DOG CENTRE", bold=True, size=13)
r = lh.add_run()
r.add_break()
r2 = lh.add_run("Tarnhowe, Upper Rawdale")
r2.add_break()
lh.add_run("Sheepdogs bred, trained and handled since 1968")
para("6 February 2009")
para("The Approval Panel, National Award for SEN Coordination")
para("Dear Colleague,")
para("The Tarnhowe Award: application for approval", bold=True)
para("Every Tarnhowe pup goes to its new home with our Pup Contract. It says what we promise about the pup, "
     "what the new keeper promises, what the pup has already met and been checked for, and what happens if "
     "things do not work out. When we came to write down how the Award will run, we found our Contract "
     "already had the right shape, so we have used it. The Award is for teachers new to leading the "
     "coordination of provision for pupils with special educational needs, whom we call Handlers; the "
     "parties to the Contract are the Centre, the Handler and the Handler's head.")
para("Tarnhowe has bred and trained working sheepdogs in Upper Rawdale for forty years. Since 2001 our "
     "education team has run the Tarnhowe Way, a programme of farm days for pupils with special educational "
     "needs from North Rawdale's schools, and the Award grew out of what the SENCOs who came with those "
     "pupils asked us for.")
para("Yours sincerely,")
para("Kath Iveson, Principal", italic=True)

# ---------------------------------------------------------------- the contract
t = para("PUP CONTRACT", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
t.runs[0].font.size = Pt(16)
para("THE TARNHOWE AWARD  ·  Form PC/3 (Award edition), February 2009", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("This Contract is made between Tarnhowe Working Dog Centre (the Centre), the teacher named in Schedule 3 "
     "(the Handler) and the head of the Handler's school (the Head).")

bar("1   DEFINITIONS")
clause("1.1", " means the Tarnhowe Award, the National Award for Special Educational Needs Coordination as the "
       "Centre runs it.", lead="\"Award\"")
clause("1.2", " means one of the nine taught days in the Centre's Yard Hall (YD1 to YD9); \"Walk\" means one "
       "of the four pieces of work the Handler does in their own school (W1 to W4).", lead="\"Yard Day\"")
clause("1.3", " means the senior colleague in the Handler's school who walks the Award with the Handler, as a "
       "puppy walker brings on a young dog.", lead="\"Walker\"")
clause("1.4", " are the three assessed pieces of work: the First Check (C1), the Second Check (C2) and the "
       "Final Check (C3). \"Weigh-in\" means a short task the Handler brings to a Yard Day for a trainer's "
       "comments.", lead="\"Checks\"")
clause("1.5", " means Schedule 2, which lists what the Handler meets on the Award, line by line. Its columns "
       "are read as follows.", lead="\"Socialisation Chart\"")
clause("(a)", "\"Met at\" gives the Yard Day or Walk where the Handler first meets the line and works on it. "
       "\"Not met at the Yard\" means the Centre does not teach the line; the Handler brings it from their own "
       "school.")
clause("(b)", "\"Checked at\" gives the Check at which the assessor marks the line \"Passed\" or \"Not yet\" "
       "(C1, C2 or C3). \"Weigh-in\" means a trainer looks at the line at a Weigh-in and writes comments on "
       "it; it is not marked. \"Not checked\" means no Check looks at the line.")
clause("(c)", "A line that is not on the chart is not part of the Award.")
clause("1.6", " means the Centre's password-protected website for the Award.", lead="\"Kennel Board\"")
clause("1.7", " means the one-page form the Handler sends the Centre before Yard Day 1.",
       lead="\"Temperament Sheet\"")
clause("1.8", " means the course book and readings each Handler receives.", lead="\"Pup Pack\"")

bar("2   THE PLACE")
clause("2.1", "The Centre agrees to give the Handler a place on the Award, starting in September or in January "
       "(clause 9).")
clause("2.2", "The Award aims to help pupils with special educational needs and disabilities make faster "
       "progress in reading, writing and mathematics, by giving their SENCOs the knowledge and skills to lead "
       "that work in their schools.")
clause("2.3", "Wharfemouth University College validates the Award. Its validation panel met at Tarnhowe on 4 "
       "December 2008 and approved the Award for five years from September 2009, at 60 credits at Level 6 "
       "(Graduate Certificate). The University College awards the certificate.")
clause("2.4", "The fee is £1,350, payable by the Handler's school. North Rawdale County Council pays £900 of "
       "the fee for twelve Handlers a year from its schools. Each Handler also has three one-to-one "
       "tutorials with their Yard Trainer, at which they agree which Walks and Weigh-ins to put most into, "
       "given the Handler's school and experience.")

bar("3   BEFORE THE PLACE IS CONFIRMED")
clause("3.1", "The Handler must hold qualified teacher status, teach in a school, and be named by the Head as "
       "the school's SENCO or SENCO-designate.")
clause("3.2", "The Principal reads each application against the Centre's entry standard (at least two years' "
       "teaching, including teaching pupils with special educational needs) and talks with each applicant. "
       "Where an applicant falls short, she tells them and their Head what to do first (for most, North "
       "Rawdale's Inclusion Certificate or a term shadowing an experienced SENCO) and offers a place in a "
       "later intake.")
clause("3.3", "Before Yard Day 1 the Handler sends the Centre a Temperament Sheet: one page on their school, "
       "their experience of special educational needs and what they most want from the Award. The Yard "
       "Trainer reads each sheet and bears it in mind in planning the Yard Days.")
clause("3.4", "A Handler who has passed Masters-level study in special educational needs in the last five "
       "years may ask Wharfemouth University College to count up to 20 credits of it towards the Award, "
       "under the University College's accreditation of prior learning procedure. A Handler with long "
       "experience may instead offer a portfolio against the First Check (accreditation of prior "
       "experiential learning), which a Yard Trainer and the University College's APL tutor assess together.")
deleted_paragraph(doc, "The Centre does not see the Handler's CRB disclosure; that is a matter for the Head "
                       "and the school.", KATH, D1, bold_lead="3.5\t")
p = doc.add_paragraph()
p.paragraph_format.left_indent = Inches(0.45)
p.paragraph_format.first_line_indent = Inches(-0.45)
add_ins(p, "3.5\t", KATH, D1)
add_ins(p, "No place is confirmed until the Centre has seen the Handler's current enhanced CRB disclosure, or "
           "the Head's written confirmation of its number and date, and the Head's confirmation that the "
           "Handler is not barred from work with children and has no outstanding disciplinary matter. The "
           "Centre's administrator checks these before Yard Day 1 and keeps a record of each. A Handler who "
           "has not taught in the last three months applies for a new enhanced disclosure through the Centre.",
        KATH, D1)
from _np_helpers import _mark_par  # noqa: E402
_mark_par(p, "ins", KATH, D1)
clause("3.6", "In exceptional cases, such as a teacher from North Rawdale's learning support service who has "
       "done the work of a SENCO for some years, the Principal may agree that the Handler goes straight to "
       "the Checks without the Yard Days. The Handler presents all three Checks in one term and has an "
       "interview with the Principal.", lead="Straight to the Final. ")

bar("4   SOCIALISATION")
clause("4.1", "A pup that meets the world early copes with it later. The Handler meets the Award in two "
       "places: on nine Yard Days at the Centre, and on four Walks in their own school between them.")
yd = doc.add_table(rows=1, cols=4)
yd.style = "Table Grid"
for c, h in zip(yd.rows[0].cells, ("Yard Day", "Title", "What the Handler meets", "Date")):
    cell_text(c, h, bold=True)
    shade_cell(c, "D9D9D9")
YARD = [
    ("YD1", "The Law and the Line",
     "The SEN Code of Practice (2001) and the SEN and Disability Act 2001; the Disability Discrimination Act "
     "1995 and 2005, the disability equality duty and what schools must do under them; Every Child Matters "
     "and its five outcomes; Removing Barriers to Achievement (2004); the Bercow Review of services for "
     "children with speech, language and communication needs (2008) and the Lamb Inquiry into parental "
     "confidence, now under way.", "19 Sept"),
    ("YD2", "Knowing the Pup",
     "How children develop, and how special educational needs, disability and the world around a child "
     "shape development; the common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD "
     "and MLD) and how they affect learning. A panel of pupils from Hollins Bank School tell Handlers what "
     "helps them learn.", "10 Oct"),
    ("YD3", "Reading the Sheep",
     "Identifying pupils who may have SEN from observation, data and assessment; using the reports of "
     "educational psychologists, therapists and specialist teachers to shape teaching; tracking progress "
     "with national tests, teacher assessment and P scales; applying in good time for access arrangements "
     "in national tests and examinations, and putting them in place in class.", "7 Nov"),
    ("YD4", "Balance",
     "Provision mapping and management, and finding provision that is missing or does not work; deploying "
     "and managing teaching assistants; hard decisions about provision; setting priorities, managing the "
     "SENCO's time and delegating.", "5 Dec"),
    ("YD5", "Whistles",
     "Working with parents and carers, opened by parents from Rawdale Carers' Centre; fair and respectful "
     "relationships with pupils and families; what outside agencies and voluntary organisations do and how "
     "to work with them, with North Rawdale's educational psychology service, a speech and language "
     "therapist, the sensory support service and Rawdale Carers' Centre.", "16 Jan"),
    ("YD6", "Handling Together",
     "Leading colleagues: winning the commitment of the Head and senior leaders; observing teaching and "
     "giving feedback; coaching and mentoring; leading training; helping colleagues develop formative "
     "assessment for pupils with SEN.", "6 Feb"),
    ("YD7", "Tools of the Trade",
     "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT "
     "and access technology; what research and best practice show about meeting special educational needs "
     "(Lewis and Norwich, Special Teaching for Special Children?, 2005; Ofsted, Inclusion: does it matter "
     "where pupils are taught?, 2006); drawing on research and outside advice to change practice.", "6 Mar"),
    ("YD8", "Taking Stock",
     "School self-evaluation and improvement planning, and the SEF; reviewing how well provision works with "
     "colleagues and feeding it into the school's self-evaluation.", "24 Apr"),
    ("YD9", "The Turnout",
     "Handlers present their Second Check projects to each other and to their Walkers; briefing for the "
     "Final Check.", "12 June"),
]
for row in YARD:
    cells = yd.add_row().cells
    for c, v in zip(cells, row):
        cell_text(c, v)
for r in yd.rows:
    for c, w in zip(r.cells, (0.7, 1.2, 3.9, 0.7)):
        c.width = Inches(w)
clause("4.2", "The Walks. W1: the Handler maps the school's provision with the Head and Walker. W2: the "
       "Handler reviews one pupil's provision with the family and the staff who teach the pupil (the ground "
       "of the First Check). W3: the Handler leads one change in provision for a group of pupils (the Second Check). W4: "
       "the Handler leads training for colleagues and coaches one colleague afterwards.")
clause("4.3", "Two days of W2 are spent on placement at Hollins Bank School (a special school for pupils aged "
       "2 to 19) or at the Rawdale Learning Centre (a pupil referral unit). The Centre arranges every "
       "placement, and each Handler has a named teacher there. Specialists from North Rawdale's services "
       "teach on the Yard Days shown above.")
clause("4.4", "The Head agrees to release the Handler for the nine Yard Days and the two placement days.")
clause("4.5", "All Tarnhowe dogs used on Yard Days are health checked, insured and handled only by Centre "
       "staff.")

bar("5   THE KENNEL BOARD")
p = clause("5.1", "The Kennel Board holds the Pup Pack readings, each Yard Day's slides and notes, and a forum "
           "where Handlers post questions and talk with each other between Yard Days. ")
add_del(p, "A Yard Trainer reads the forum every day and answers each question within two working days. ",
        BEN, D2)
add_run(p, "Trainers do not post on the forum; a Handler with a question for a trainer brings it to the next "
           "Yard Day.")
clause("5.2", "Handlers are sent their log-in at Yard Day 1.")
clause("5.3", "The Kennel Board is not used for Checks. Checks are handed in on paper at the Yard Hall.")

bar("6   CHECKS AND THE WARRANTY")
clause("6.1", "The First Check (C1), due 12 February 2010: a case file of 4,000 words on the pupil at the "
       "heart of W2.")
clause("6.2", "The Second Check (C2), due 14 May 2010: the change the Handler led in W3, written up in 3,000 "
       "words with its evidence, including the baseline and end measures for the pupils it was for.")
clause("6.3", "The Final Check (C3), [date to be confirmed]: a portfolio from Walks W1 and W2 and a "
       "forty-minute interview with the Handler's Yard Trainer and Walker.")
p = clause("6.4", "Each Check is marked by the Yard Trainer who taught the Handler's group, line by line against "
           "the Socialisation Chart, \"Passed\" or \"Not yet\". ")
r = add_run(p, "The Centre will look at how Checks might be moderated once the first Checks are in.")
doc.add_comment(r, text="Can we say Wharfemouth will moderate? They have not agreed it yet. Leave it out for "
                        "now and come back to it.", author=KATH, initials="KI")
clause("6.5", "The Centre warrants that the Award will be given to every Handler who attends at least eight "
       "of the nine Yard Days and hands in all three Checks by the dates in Schedule 1.", lead="Warranty. ")

bar("7   WALKERS AND TRAINERS")
clause("7.1", "Our Yard Trainers have between them more than sixty years with working dogs and with children, "
       "and every Yard Day is led by a trainer who has taught in schools.")
clause("7.2", "What Walkers and trainers do is set out in the box below.")
p = para()
add_textbox(p, [
    textbox_paragraph_xml([("WALKERS AND TRAINERS: WHO DOES WHAT", {"bold": True})], shade="D9D9D9"),
    textbox_paragraph_xml([("Every Walker comes to a half-day Walkers' Briefing in the Yard Hall in September "
                            "(or January), where the Principal goes through the Walks, the Socialisation Chart "
                            "and what a Walker does at each Walk and at the Final Check, and is given the "
                            "Walker's Card to keep. Walkers can ring the Handler's Yard Trainer at any time.",
                            {})]),
    textbox_paragraph_xml([("Yard Trainers meet at the start of each term to go through the Yard Days, the "
                            "Checks and the chart line by line, and a new trainer shadows a full Yard Day "
                            "before leading one.", {})]),
], width_pt=440, height_pt=140, shape_id="npWalkers")

bar("8   WHAT COMES WITH THE PLACE")
clause("8.1", "Each Handler receives the Pup Pack: the Award course book, twelve readings and a copy of the "
       "SEN Code of Practice. The Yard Hall has a projector and wireless internet.")
clause("8.2", "Anything more a Handler needs, including books, ICT and specialist software, is for the "
       "Handler's school to provide.")

bar("9   FAIR DEALING AND STARTS")
clause("9.1", "The Handler's application form asks every applicant whether they have a disability or other "
       "need the Centre should plan for, and says why it asks. The Principal talks with each applicant who "
       "says yes, and the Centre makes reasonable adjustments: handouts in large print or on coloured paper, "
       "a hearing loop in the Yard Hall, extra time for Checks, and Yard Days kept indoors for any Handler "
       "who cannot work outside. The Yard Hall and its toilets are on one level, with a ramp from the car "
       "park, and placements are chosen with the Handler's needs in mind.")
clause("9.2", "The Centre treats every applicant and Handler fairly, whatever their race, disability, sex, "
       "religion or age, as the Race Relations (Amendment) Act 2000, the Disability Discrimination Act 1995 "
       "and 2005 and the Equality Act 2006 require, and our leaflets and application form are available in "
       "large print and on tape.")
clause("9.3", "The Award starts twice a year, in September and in January. After Yard Day 3 the Yard Days can "
       "be taken in any order and with either intake, and the Kennel Board carries each Yard Day's notes for "
       "a Handler who misses one. The Award is part time, and a Handler may take up to two years to finish.")

bar("10   REHOMING AND RETURN")
clause("10.1", "If the Handler cannot continue (illness, a move of school, a new baby), the place comes back "
       "to the Centre, and the Handler may pick it up with a later intake within two years without paying "
       "again.")
clause("10.2", "If the Handler leaves teaching, the Centre refunds the fee for any Yard Days not yet held.")

bar("11   WHO HAS A SAY")
clause("11.1", "In June 2008 the Centre surveyed the 48 schools of North Rawdale (36 replied) and met the SENCOs "
       "who come to the Tarnhowe Way. North Rawdale's SEN team gave us its figures: two in five SENCOs in its "
       "small schools are new to the role, and most have no other SENCO nearby. The schools put provision "
       "mapping, deploying teaching assistants, working with parents and leading staff first.")
clause("11.2", "What they told us shaped the Award. Provision mapping and teaching assistants have a Yard Day "
       "of their own (YD4) because 29 of the 36 schools put them first; the Walks were planned with four "
       "North Rawdale SENCOs; parents from Rawdale Carers' Centre asked that YD5 open with parents speaking, "
       "and it does; and the January start was added at the request of heads of small schools.")
clause("11.3", "The Award's Steering Group (two heads, North Rawdale's Principal SEN Officer, a parent from "
       "Rawdale Carers' Centre and the Principal) meets each July to read the Line Report and the Handlers' "
       "cards and to agree changes for the next intake. Each Walker takes part in their Handler's Final "
       "Check, and former Handlers will be asked to speak on Yard Days from 2010.")

bar("12   KEEPING THE LINE HEALTHY")
clause("12.1", "Handlers fill in a card at the end of each Yard Day; the trainers read the cards the same week "
       "and change the next Yard Day where they need to. The Yard Trainers look at the results of each Check "
       "line by line at their termly meeting. The Centre's trustees read the Line Report each autumn.")
clause("12.2", "Wharfemouth University College does not review the Award between validations, and the Award has "
       "no external examiner; the University College's next review is in 2014.")
clause("12.3", "In the Second Check every Handler takes baseline measures for the pupils the change is for "
       "(reading or number ages, attendance, a well-being scale or P scales, as suits them) and measures "
       "again at the end of the change. Handlers also score their confidence against each line of the chart "
       "at Yard Day 1 and at the Final Check. The Centre puts all the measures and the confidence scores "
       "together each year in the Line Report, which shows what changed for "
       "Handlers and for their pupils.")

bar("13   AFTER THE AWARD")
clause("13.1", "The Final Check interview ends with a word about what the Handler might do next, and every "
       "Handler who finishes is welcome back at Tarnhowe's open evenings and on any of our other courses.")
clause("13.2", "The Award certificate is issued by Wharfemouth University College.")

p = para()
add_textbox(p, [
    textbox_paragraph_xml([("OFFICE USE ONLY", {"bold": True})]),
    textbox_paragraph_xml([("Contract no. PC/3A/09/____     Deposit received ☐     Pup Pack issued ☐     "
                            "Kennel Board log-in sent ☐", {"color": "808080"})]),
], width_pt=300, height_pt=60, floating=True, left_pt=170, top_pt=4, shape_id="npOffice")

# ---------------------------------------------------------------- schedule 1
doc.add_page_break()
bar("SCHEDULE 1   PUP INFORMATION SHEET")
s1 = doc.add_table(rows=11, cols=2)
set_table_borders(s1)
INFO = [
    ("Award", "The Tarnhowe Award (National Award for SEN Coordination)"),
    ("Validated by", "Wharfemouth University College: 60 credits at Level 6"),
    ("Intakes", "September 2009 and January 2010; up to 18 Handlers in each"),
    ("Yard Days", "Nine Saturdays, 9.30 to 4.00, in the Yard Hall (see clause 4)"),
    ("Walks", "Four, in the Handler's own school, with two placement days in W2"),
    ("CHECKS", None),
    ("First Check (C1)", "12 February 2010"),
    ("Second Check (C2)", "14 May 2010"),
    ("Final Check (C3)", "[date to be confirmed]"),
    ("Fee", "£1,350 (North Rawdale schools £450 after the County Council's contribution)"),
    ("Contacts", "Kath Iveson, Principal; Ben Alderson and Sue Pratt, Yard Trainers"),
]
for i, (k, v) in enumerate(INFO):
    if v is None:
        c = s1.cell(i, 0).merge(s1.cell(i, 1))
        cell_text(c, k, bold=True)
        shade_cell(c, "D9D9D9")
    else:
        cell_text(s1.cell(i, 0), k, bold=True)
        cell_text(s1.cell(i, 1), v)

# ---------------------------------------------------------------- schedule 2
para()
sc = bar("SCHEDULE 2   SOCIALISATION CHART")
doc.add_comment(sc.runs[0], text="S1 (working with governors on strategy) dropped out when we merged the rows. "
                                 "Put it back before this goes?", author=BEN, initials="BA")
para("Read with clause 1.5.", italic=True)
CHART = [
    ("PROFESSIONAL ATTRIBUTES", None, None, None),
    ("A1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and "
     "with their parents or carers", "YD5, W2", "C1"),
    ("A2", "Wins the commitment of colleagues, the Head and senior leaders to better outcomes for these "
     "pupils", "YD6", "C3"),
    ("A3", "Sets priorities, manages time and delegates well, checking that delegated work is done", "YD4",
     "C2"),
    ("A4", "Sees problems coming, resolves them and makes sound decisions about provision", "YD4, W3", "C2"),
    ("A5", "Speaks and writes clearly and listens to the views of others", "YD1 to YD9", "Weigh-in"),
    ("A6", "Draws on research and outside advice to improve own and colleagues' practice", "YD7", "C2"),
    ("A7", "Keeps up to date and takes charge of own development in SEN and disability",
     "Not met at the Yard", "C3"),
    ("KNOWLEDGE AND UNDERSTANDING", None, None, None),
    ("K1", "The law and guidance on SEN, the SEN Code of Practice among them, what they mean for a school "
     "and how to put them into practice", "YD1", "C1"),
    ("K2", "Every Child Matters, its five outcomes and the SENCO's part in them", "YD1", "C1"),
    ("K3", "The law on disability equality and what it requires schools to do for disabled pupils", "YD1",
     "C1"),
    ("K4", "How children develop, and how SEN, disability and the world around a child affect development",
     "YD2", "CHANGE"),
    ("K5", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD and MLD) and "
     "how they affect learning", "YD2", "C1"),
    ("K6", "Approaches, strategies and resources for assessment, planning, teaching and learning, ICT among "
     "them, and how to use them to remove barriers", "YD7", "C2"),
    ("K7", "School self-evaluation and improvement and how they bear on outcomes for pupils with SEN", "YD8",
     "C3"),
    ("K8", "Best practice and what research shows about meeting special educational needs", "YD7", "C1"),
    ("K9", "What outside agencies do and how to get specialist support and resources", "YD5", "C1"),
    ("PROFESSIONAL SKILLS", None, None, None),
    ("S2", "Identifies pupils who may have SEN from observation, data and assessment; sets challenging "
     "targets, plans interventions and reviews progress", "YD3, W2", "C1"),
    ("S2a", "Uses other professionals' assessments to shape teaching", "YD3", "C1"),
    ("S2b", "Uses summative assessment and national tests to track progress and change programmes", "YD3",
     "C2"),
    ("S2c", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN",
     "YD6", "Weigh-in"),
    ("S2d", "Spots in good time the special arrangements pupils need for national tests and examinations "
     "and puts them in place with colleagues", "YD3", "C2"),
    ("S3", "Uses provision mapping and management to plan provision and find what is missing or not "
     "working", "YD4, W1", "C2"),
    ("S4", "Deploys and manages staff to support pupils with SEN", "YD4", "C2"),
    ("S5", "Supports colleagues' development: observation and feedback, modelling, coaching, mentoring and "
     "training", "YD6, W4", "Not checked"),
    ("S6", "Reviews provision with other staff to inform the school's self-evaluation", "YD8, W1", "C3"),
    ("S7", "Involves pupils in planning, agreeing and reviewing their provision", "—",
     "Taken out for 2009-10"),
    ("S8", "Liaises with parents and carers to promote pupils' learning and development", "YD5, W2", "C1"),
    ("S9", "Works in partnership with other services and agencies, voluntary bodies among them", "YD5", "C2"),
]
ch = doc.add_table(rows=1, cols=4)
set_table_borders(ch)
for c, h in zip(ch.rows[0].cells, ("Line", "What the Handler meets", "Met at", "Checked at")):
    cell_text(c, h, bold=True)
    shade_cell(c, "BFBFBF")
for line, what, met, chk in CHART:
    cells = ch.add_row().cells
    if what is None:
        m = cells[0].merge(cells[3])
        cell_text(m, line, bold=True)
        shade_cell(m, "EDEDED")
        continue
    cell_text(cells[0], line, bold=True)
    cell_text(cells[1], what)
    cell_text(cells[2], met)
    if chk == "CHANGE":
        pp = cells[3].paragraphs[0]
        add_del(pp, "C1", BEN, D2)
        add_ins(pp, "Not checked", BEN, D2)
    else:
        cell_text(cells[3], chk)
for r in ch.rows:
    for c, w in zip(r.cells, (0.5, 3.9, 1.2, 1.2)):
        c.width = Inches(w)

# ---------------------------------------------------------------- schedule 3
para()
bar("SCHEDULE 3   SIGNATURES")
s3 = doc.add_table(rows=6, cols=2)
set_table_borders(s3)
SIG = [
    ("Signed for the Centre", "[Principal's signature and date]"),
    ("The Handler", "[Name of Handler]  [School]  [Signature and date]"),
    ("The Head", "[Name of Head]  [Signature and date]"),
    ("The Walker", "[Name of Walker]"),
    ("The Handler confirms", "☐ I enclose my Temperament Sheet.\n☐ My Head has sent the Centre the details of my "
                             "enhanced CRB disclosure (clause 3.5)."),
    ("Return to", "The Administrator, Tarnhowe Working Dog Centre, by 30 June for a September start or 31 "
                  "October for a January start."),
]
for i, (k, v) in enumerate(SIG):
    cell_text(s3.cell(i, 0), k, bold=True)
    cell_text(s3.cell(i, 1), v, grey=(i < 5))

doc.save(OUT)
print("wrote", OUT)
