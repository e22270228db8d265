"""np-01-blackmoss-fell-pedigree: the Blackmoss Award as a certified pedigree.

Provider (invented): Blackmoss Fell Sheepdog School, Blackmoss Farm, Kelderdale, which trains working
sheepdogs and their handlers, runs Farm Days for pupils with SEN from 23 dale schools and hosts the dale's
SENCO network in its Long Barn. The University of Kelderby (invented) validates the Award. January 2009.

Document kind: the school's Certified Pedigree, the form every Blackmoss pup leaves with, used for the
Award. A title block table (a merged, shaded top row) names the Award as if it were a dog (Reg. No.,
Whelped, Litter, Breeder, Registered with, Sire, Dam, Colour and markings, Fee); a letter "To the approval
panel"; "How to read a Blackmoss pedigree" (the key to the pedigree, far above it); the Breeder's Notes in
twelve numbered Heading 2 sections; and, in a landscape section at the back, a four-generation pedigree:
16 rows x 4 columns with vertically merged cells (sire and dam span eight rows, grandparents four,
great-grandparents two). Behind the sire (the Fell Days) and the dam (the Home Ground) every box is one
national outcome, under a Blackmoss registration number (A1..., K1..., S1...), with "Bred at" (where it is
taught) and "Proved at" (where it is judged) lines. House words: handlers (participants), litter (a year's
intake), Trainers, Judges, Shepherds (school mentors), Fell Days FD1-FD8 named after the parts of a trial
(The Outrun, The Lift, The Fetch, The Drive, The Cross-Drive, The Shed, The Pen, The Single), Home Ground
tasks HG1-HG4, Nursery runs (formative), Trials T1-T3, the Intake Run and Training Card, the Clearance Slip,
Endorsements, the Onward Card, the Breeding Committee. Heading styles; header and footer with a PAGE field;
a List Bullet key; a Fell Days table; a VML text box; three footnotes; a deleted sentence; an inserted
paragraph; a change inside a merged pedigree cell; grey form prompts in the transfer slip.

Traps, with the requirement ids they touch:
- Key far from the table: "Run at Nursery" (formative, no points) for 6.A2, 6.S2c, 6.S4 (partially_met);
  "Bred only" (taught, not judged) for 6.A6, 6.K7 (partially_met); a dash in "Bred at" (not taught,
  judged at T1 and T3) for 6.A5 (partially_met: assessed, not developed); a box named "UNREGISTERED"
  for 6.S2d (not_met: left to the school's examinations officer).
- 6.A3 has no box at all; the only "time" is the Award's demand on handlers ("Handlers need to manage
  their time well") - a requirement, not development (not_met).
- 6.S6: inside a merged pedigree cell, "Bred only" is a deleted tracked change and "T2" inserted (met).
- 5.8: the external examiner's sample is a whole inserted paragraph (met).
- 3.2: the January second litter is a whole deleted paragraph; one September start, fixed order,
  catch-up with the next litter only (partially_met).
- 6.0: the award rule is a points total like an open trial ("180 points or more across the three
  Trials and no Trial below 50"), compensatory, not every outcome shown (partially_met).
- 1.9: outcomes only formatively run or not judged at all (partially_met).
- 2.3: an Endorsement says plainly there is no assessment-only route (not_met: negation).
- 2.1: prior learning is taken account of but not accredited; the APEL named is the University's own
  MA route, another programme's arrangement (partially_met).
- 3.1: only a value statement in the body ("Blackmoss has always welcomed everyone..."); the reasonable
  adjustments claim is in the footer only (not_met).
- 3.3: "There is no online part to the Award" (not_applicable).
- 4.3: stakeholders in evaluation only hoped for ("we would hope to ask") (not_met).
- 5.5: specialist expertise on Fell Days, but the placements were a pilot-year arrangement now left to
  handlers' own local authorities (partially_met: past arrangement, someone else's responsibility).
- 5.7: Trainers and Judges have a Judges' Day; Shepherds only get a letter and any further briefing
  "is for the handler's school to arrange" (partially_met).
- 5.9: competence and confidence measured by the Confidence Card; pupil impact only hoped for
  (partially_met).
- 1.3: "the latest thinking" with no research or inspection evidence named; the inspection evidence
  named is a review of the school's own Farm Days (partially_met: right words, wrong thing).
- 5.3: the CRB Clearance Slip sits only in a text box (met: a text box is part of the body).
- 5.4: staff described in the body; the footnote adds detail (met).
- Footnotes also carry a citation and a note on open-trial scoring; the header is never evidence.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _np_helpers import (add_del, add_footnotes_part, add_ins, add_page_field, add_run, add_textbox,
                         cell_text, deleted_paragraph, footnote_ref, inserted_paragraph, set_table_borders,
                         shade_cell, shade_paragraph, textbox_paragraph_xml)

HERE = Path(__file__).parent
OUT = HERE / "np-01-blackmoss-fell-pedigree.docx"
PEG = "Peg Raistrick"
ALAN = "Alan Capstick"
D1 = "2009-01-14T10:12:00Z"
D2 = "2009-01-19T16:40:00Z"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Inches(1)
sec.top_margin = sec.bottom_margin = Inches(0.9)
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(10.5)

# header and footer (never evidence)
hp = sec.header.paragraphs[0]
hp.text = "BLACKMOSS FELL SHEEPDOG SCHOOL  ·  Kennel and Stud Book  ·  Certified Pedigree BF/2009/NA"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = ("Blackmoss Farm, Kelderdale  ·  Every handler is welcome at Blackmoss, and we make reasonable "
           "adjustments for any handler with a disability.  ·  ")
add_page_field(fp)

FN = {}


def para(text="", style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic)
    return p


def lead(label, text, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    add_run(p, label, bold=True)
    add_run(p, text)
    return p


# ---------------------------------------------------------------- title and title block
doc.add_paragraph("Certified Pedigree", style="Title")
para("The Blackmoss Award  ·  National Award for SEN Coordination  ·  First litter 2009-10", bold=True)

tb = doc.add_table(rows=11, cols=2)
set_table_borders(tb)
top = tb.cell(0, 0).merge(tb.cell(0, 1))
cell_text(top, "CERTIFIED PEDIGREE  ·  KENNEL AND STUD BOOK OF BLACKMOSS FELL SHEEPDOG SCHOOL", bold=True)
shade_cell(top, "BFBFBF")
rows = [
    ("Name", "THE BLACKMOSS AWARD (the National Award for Special Educational Needs Coordination)"),
    ("Reg. No.", "BF/2009/NA"),
    ("Whelped", "First litter: 12 September 2009 to 10 July 2010. Litters follow each September."),
    ("Litter", "Sixteen handlers. A handler is a qualified teacher who is, or is about to become, the special "
               "educational needs coordinator (SENCO) of a school."),
    ("Breeder", "Blackmoss Fell Sheepdog School, Blackmoss Farm, Kelderdale"),
    ("Registered with", "The University of Kelderby, School of Education, which validates the Award as a "
                        "Postgraduate Certificate at Masters level (level 7) carrying 60 credits. The University's "
                        "validation panel approved the Award on 3 December 2008, and the University awards the "
                        "certificate."),
    ("Sire", "BLACKMOSS FELL DAYS: eight taught days in the Long Barn and on the fell (FD1 to FD8)"),
    ("Dam", "BLACKMOSS HOME GROUND: four tasks each handler carries out in their own school (HG1 to HG4), "
            "with Nursery runs between Fell Days"),
    ("Colour and markings", "Part time over one school year. Fell Days fall on Saturdays, about one a month; "
                            "the Home Ground runs through the weeks between."),
    ("Fee", "£1,480 a handler, covering the eight Fell Days, lunches, the Reading Room, University "
            "registration and all three Trials. Because Fell Days are Saturdays, schools pay no supply cover "
            "for them."),
]
for i, (k, v) in enumerate(rows, start=1):
    cell_text(tb.cell(i, 0), k, bold=True)
    shade_cell(tb.cell(i, 0), "EDEDED")
    cell_text(tb.cell(i, 1), v)
for r in tb.rows:
    r.cells[0].width = Inches(1.5)
    r.cells[1].width = Inches(4.7)

# ---------------------------------------------------------------- letter
doc.add_heading("To the approval panel", level=1)
para("Every pup that leaves Blackmoss goes to its new keeper with a certified pedigree, so that the keeper can "
     "see where the pup came from and what its line has proved on the trial field. We have set out the Award "
     "for you in the same way. The Breeder's Notes say how the Award is bred and run. The Pedigree, at the "
     "back, shows for each of the national outcomes where a handler is bred to it and where it is proved.")
para("Blackmoss has trained working dogs and their handlers in Kelderdale since 1971. Since 1996 we have also "
     "run Farm Days, on which pupils with special educational needs from 23 schools in the dale work the dogs "
     "alongside our shepherds, and since 2003 the Long Barn has been the meeting place of the dale's SENCO "
     "network, which 31 SENCOs now attend each term. Our Head Trainer, Margaret (Peg) Raistrick, came to us "
     "from the headship of Ravenscar School, a special school in Kelderby, and leads the Award.")
para("A word on our words. A handler is a participant. Our Trainers teach the Fell Days; our Judges mark the "
     "Trials; a Shepherd is the senior colleague in a handler's own school who walks the Home Ground with "
     "them. A litter is a year's intake.")
para("Yours faithfully,")
para("Margaret Raistrick, Head Trainer", italic=True)

# ---------------------------------------------------------------- key
doc.add_heading("How to read a Blackmoss pedigree", level=1)
para("A pedigree is read from left to right: the Award on the left, its sire and dam next, and their lines "
     "behind them. Each box behind the sire and dam names one national outcome, under a Blackmoss registration "
     "number (A for the professional attributes, K for knowledge and understanding, S for the professional "
     "skills), with two lines beneath it.")
lead("Bred at ", "names where the handler is taught the outcome and practises it: a Fell Day (FD1 to FD8) or a "
     "Home Ground task (HG1 to HG4). A dash means that no part of the Award teaches it; the handler is "
     "expected to bring it with them.", style="List Bullet")
lead("Proved at ", "names where the outcome is judged. T1, T2 and T3 are the three Trials (the Handler's "
     "Account, the Home Ground Run and the Final): at each, the Judges take points off where the handler "
     "falls short of the outcome.", style="List Bullet")
lead("Run at Nursery ", "means the handler tries the outcome in a Nursery run between Fell Days and gets a "
     "Trainer's written comments on it. Nursery runs carry no points and are not judged.", style="List Bullet")
lead("Bred only ", "means the outcome is taught but no Trial judges it.", style="List Bullet")
lead("Unregistered ", "means the outcome is not part of the Award.", style="List Bullet")
para("The sire line holds the professional attributes and most of the knowledge and understanding; the dam "
     "line holds the professional skills and the last of the knowledge. No box in a Blackmoss pedigree is "
     "left blank.")

# ---------------------------------------------------------------- breeder's notes
doc.add_heading("Breeder's Notes", level=1)

doc.add_heading("1. Why we bred the Award", level=2)
para("We bred the Award for one purpose: that children and young people with special educational needs and "
     "disabilities in the dale's schools do better, both in their learning and in their lives: being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. "
     "The Award's aims say so, the Fell Days are built round the five Every Child Matters outcomes, and every "
     "Trial keeps the pupil in view: the Handler's Account is written about one pupil's learning and "
     "well-being over two terms, and the Home Ground Run about a change a handler leads for a group of "
     "pupils in their own school.")
para("A dog is not trained in a barn, and a SENCO is not made in a lecture room. Half the Award is Home "
     "Ground: four tasks each handler carries out in their own school, between Fell Days, with their Shepherd "
     "alongside. What handlers learn on a Fell Day they try on the Home Ground the following week, and they "
     "bring what happened back to the next Fell Day.")
lead("HG1 Walking the ground. ", "The handler maps the school's provision for pupils with SEN and "
     "disabilities with the head and the Shepherd, and marks what is missing or not working.")
lead("HG2 One pupil. ", "The handler reviews one pupil's provision with the pupil, the parents or carers and "
     "the staff who teach the pupil. This is the ground of Trial 1.")
lead("HG3 The Home Ground Run. ", "The handler leads one change in the school's provision, agreed with the "
     "head, over at least a term. This is Trial 2.")
lead("HG4 Passing it on. ", "The handler plans and leads a piece of training for colleagues, and then "
     "observes and coaches one colleague.")
para("Handlers need to manage their time well: the Award asks for about six hours a week, and we tell every "
     "head so before a place is offered.")

doc.add_heading("2. The Fell Days", level=2)
para("Fell Days run from 9.00 to 4.30 in the Long Barn. Most include an hour on the fell with a shepherd and "
     "dog, because the way a good handler reads sheep, stays calm and changes plan is the way we want SENCOs "
     "to read a school; the rest of the day is SEN work. The days run in this order (dates for the first "
     "litter):")
fd = doc.add_table(rows=1, cols=4)
fd.style = "Table Grid"
for c, h in zip(fd.rows[0].cells, ("Day", "Name", "What the handlers work on", "Led by")):
    cell_text(c, h, bold=True)
    shade_cell(c, "D9D9D9")
FELL = [
    ("FD1", "The Outrun\n12 September",
     "The SENCO's role and the law: the SEN Code of Practice (2001) and the SEN and Disability Act 2001; the "
     "Disability Discrimination Act 1995 and 2005, the disability equality duty and the actions they require "
     "of schools; Every Child Matters and the five outcomes, and the SENCO's part in them; the Government's "
     "SEN strategy, Removing Barriers to Achievement.", "Peg Raistrick"),
    ("FD2", "The Lift\n10 October",
     "How children develop, and how SEN, disability and the physical and social setting of a school affect "
     "development; the common types of SEN and disability (behavioural, emotional and social difficulties; "
     "specific learning difficulties, including dyslexia; speech, language and communication needs; autistic "
     "spectrum disorders; moderate learning difficulties) and how they affect learning; spotting pupils who "
     "may have SEN by observation and data.", "Ruth Metcalfe, Jo Harker"),
    ("FD3", "The Fetch\n7 November",
     "Assessment, targets and interventions: using the assessments of educational psychologists, therapists "
     "and advisory teachers to plan teaching; using national test and teacher assessment data and P scales "
     "to track progress and change programmes; approaches, strategies and ICT that remove barriers to "
     "learning; what the research says works for pupils with SEN, and how to find and weigh it.",
     "Peg Raistrick, Dr Alan Capstick"),
    ("FD4", "The Drive\n5 December",
     "Provision mapping and management, and finding provision that is missing or not working; deploying and "
     "managing teaching assistants; casework on hard decisions about provision.", "Peg Raistrick"),
    ("FD5", "The Cross-Drive\n16 January",
     "Working with parents and carers, planned with the Kelderdale Parent Partnership; fair and respectful "
     "relationships with pupils and families; the scope and role of outside agencies and voluntary "
     "organisations and how to get specialist support, with the dale's educational psychologist, the sensory "
     "support service, Connexions and Kelderdale Mind.", "Jo Harker, Kelderdale Parent Partnership"),
    ("FD6", "The Shed\n13 February",
     "Pupils' voices: consulting children and young people, person-centred reviews, and involving pupils in "
     "planning, agreeing and reviewing their own provision.", "Ruth Metcalfe"),
    ("FD7", "The Pen\n13 March",
     "Leading colleagues: winning the commitment of the head and senior leaders; observing teaching and giving "
     "feedback; coaching and mentoring; planning training; helping teachers build formative assessment for "
     "pupils with SEN.", "Peg Raistrick"),
    ("FD8", "The Single\n17 April",
     "Strategy and self-evaluation: working with senior leaders and governors on the school's inclusion "
     "policy, priorities and use of resources; school self-evaluation and the SEF; reviewing provision with "
     "staff; planning one's own professional development.", "Dr Alan Capstick, Peg Raistrick"),
]
for row in FELL:
    cells = fd.add_row().cells
    for c, v in zip(cells, row):
        cell_text(c, v)
for r in fd.rows:
    for c, w in zip(r.cells, (0.5, 1.1, 3.6, 1.1)):
        c.width = Inches(w)
p = para("We keep the Fell Days up to date with the latest thinking in the field. Our own Farm Days were "
         "reviewed by the county's advisory service in 2007, and what we learned from that review runs "
         "through the Award.")
footnote_ref(p, 1)
FN[1] = ("Removing Barriers to Achievement: the Government's strategy for SEN (DfES, 2004) is in the "
         "Reading Room; every handler is given a copy of the SEN Code of Practice (DfES, 2001).")

doc.add_heading("3. The Home Ground and the Nursery", level=2)
para("Each handler has a Shepherd: a deputy head or other senior colleague in the handler's own school, named "
     "by the head when the handler applies. The Shepherd meets the handler at least twice a term to plan the "
     "Home Ground tasks and to look back on them.")
para("Between Fell Days each handler does a Nursery run: a short task in school set at the end of the Fell "
     "Day, for instance observing a teaching assistant at work and agreeing changes to how the assistant is "
     "deployed. The handler writes it up on one side of paper and sends it to their Trainer, who sends back "
     "written comments within a fortnight. Nursery runs are for practice. They are not judged and carry no "
     "points.")

doc.add_heading("4. The Trials", level=2)
lead("T1 The Handler's Account ", "(due 19 March 2010). A written account of 4,000 words of HG2: how the "
     "handler identified the pupil's needs, used other professionals' assessments, set targets, planned and "
     "reviewed provision with the pupil and the family, and what the pupil's learning and well-being showed. "
     "Marked out of 100.")
lead("T2 The Home Ground Run ", "(due 21 May 2010). The change the handler led in HG3, written up in 3,000 "
     "words with the evidence, and a Judge's half-day visit to the school, when the Judge talks with the "
     "head, the Shepherd and staff. Marked out of 100.")
lead("T3 The Final ", "(June 2010). A twenty-minute presentation on the handler's year and a thirty-minute "
     "professional conversation with two Judges, one of them from the University, which takes in the "
     "handler's Onward Card. Marked out of 100.")
p = para("Each Trial is judged as an open trial is, by taking points off for faults against the outcomes it "
         "proves (see the Pedigree). Two Judges mark every Trial and agree the mark.")
footnote_ref(p, 2)
FN[2] = ("At an open sheepdog trial the judge starts each part of the run at full points and takes points off "
         "for each fault; the Trials are judged the same way.")
inserted_paragraph(doc, "A sample of one in four of every Trial, and every Trial marked below 50, goes to the "
                        "University's external examiner before the University's Board of Examiners confirms "
                        "the marks.", ALAN, D2)
para("A handler qualifies for the Award with 180 points or more across the three Trials and no Trial below "
     "50. A handler who falls short may rerun one Trial with the next litter.")

doc.add_heading("5. Choosing the litter", level=2)
para("Handlers must hold qualified teacher status, teach in a school in Kelderdale or a neighbouring "
     "authority, and be, or be about to become, their school's SENCO. Each applies with a letter from the "
     "headteacher agreeing to release them for the Fell Days and naming their Shepherd. Peg Raistrick talks "
     "with every applicant before a place is offered. Where an applicant is not yet ready to meet the "
     "outcomes by the end of the year, she tells them what to do first (for most, Kelderdale's SEN induction "
     "days and a term shadowing an experienced SENCO), talks it through with their head, and offers a place "
     "in a later litter.")
para("Before FD1 every handler rates themselves against each outcome in the Pedigree on our Intake Card, "
     "from 0 (new to me) to 3 (I do this now), and then talks the card through with their Trainer at the "
     "Intake Run in the Long Barn in July. From it the Trainer and handler write the handler's Training Card: "
     "the outcomes the handler will work at hardest, the Nursery runs they will do, the Home Ground tasks "
     "they will lead, and the handler's own personal outcomes for the year. The Training Card is looked at "
     "again with the Shepherd each term.")
para("We take account of what handlers have done before: a handler who has already led a provision map, for "
     "example, goes straight to the harder Nursery runs. The Award itself does not give credit for earlier "
     "study or experience. The University's own MA in Inclusive Education accredits prior learning, but that "
     "is the University's route, not ours.")
p = para()
add_textbox(p, [
    textbox_paragraph_xml([("CLEARANCES", {"bold": True})], shade="D9D9D9"),
    textbox_paragraph_xml([("No place is confirmed until the handler's headteacher has signed our Clearance "
                            "Slip, confirming that the handler holds a current enhanced CRB disclosure, that "
                            "List 99 has been checked and that there is no outstanding disciplinary matter. "
                            "Peg Raistrick checks every slip before FD1, and a handler without one does not "
                            "start. A handler who has not worked in a school in the past three months applies "
                            "for a new enhanced disclosure through Blackmoss before the Intake Run.", {})]),
], width_pt=430, height_pt=120, shape_id="npClearances")

doc.add_heading("6. Endorsements", level=2)
para("A pup may be registered with endorsements, such as 'progeny not eligible for registration'. The Award "
     "carries two.")
lead("Endorsement 1: no assessment-only route. ", "Every handler runs all eight Fell Days and all four Home "
     "Ground tasks; we do not put anyone straight to the Trials, however experienced.")
lead("Endorsement 2: not transferable. ", "A place cannot be passed to a colleague once the Intake Run has "
     "taken place.")

doc.add_heading("7. Trainers, Shepherds and Judges", level=2)
p = para("Peg Raistrick, Head Trainer, was SENCO at two Kelderby primary schools for nine years and head of "
         "Ravenscar School for six. She holds an MA in Special and Inclusive Education and still advises "
         "Kelderdale's schools two days a week for the local authority's SEN team.")
footnote_ref(p, 3)
FN[3] = ("Her MA dissertation (University of Kelderby, 2001) was on the SENCO's role in small rural schools. "
         "All four Trainers attend the county's termly SEN update.")
para("Dr Alan Capstick is senior lecturer in inclusive education at the University of Kelderby and the "
     "Award's link tutor; he teaches on FD3 and FD8 and judges at the Final. Ruth Metcalfe is a specialist "
     "teacher for specific learning difficulties (AMBDA) with the county's learning support service. Jo "
     "Harker is a speech and language therapist who has worked in the dale's schools for fifteen years. Will "
     "Dinsdale, our senior shepherd and a judge at open trials, takes the hour on the fell.")
para("Trainers and Judges meet in the Long Barn for a Judges' Day each August. They mark sample Trials "
     "together against the Pedigree, agree what each Proved at line asks of a handler, and go through the "
     "year's changes. Shepherds are sent the Shepherd's Letter when their handler starts; any further "
     "briefing is for the handler's school to arrange.")

doc.add_heading("8. The Kennel", level=2)
para("The Long Barn seats twenty. It has a projector, wireless internet and six laptops with Clicker 5, "
     "Widgit symbols and text-to-speech software for handlers to try out. The Reading Room in the old lambing "
     "shed holds some 400 books and journals on SEN, and every handler has full membership of the University "
     "of Kelderby library, including its journals.")
para("Handlers meet a range of specialists on the Fell Days: an educational psychologist, a speech and "
     "language therapist, a specialist teacher for specific learning difficulties and the sensory support "
     "service. In the pilot year each handler spent two days at Ravenscar School; we have not been able to "
     "keep this going, and handlers who want a placement now arrange it through their own local authority.")

doc.add_heading("9. Who had a say", level=2)
para("In spring 2008 we asked the 31 SENCOs of the Long Barn network and the heads of the 23 Farm Days "
     "schools what a new SENCO most needs. Kelderdale's SEN team gave us its figures: two in five of the "
     "dale's SENCOs had held the post for under two years, and most worked in schools of under 100 pupils "
     "with no one else to learn from. The SENCOs put provision mapping, leading teaching assistants and "
     "working with parents first; the heads asked above all for SENCOs who could lead other staff.")
para("What they said changed the Award. Fell Days are on Saturdays because heads of small schools could not "
     "release staff in the week. FD4 was given over to provision mapping and teaching assistants because "
     "nineteen of the 23 heads asked for it. Parents from the Kelderdale Parent Partnership asked to plan FD5 "
     "with us, and they do; and HG4 was added because the network's SENCOs said leading colleagues was what "
     "they found hardest.")
para("Once the first litter is through, we would hope to ask the heads and the Parent Partnership what "
     "difference the Award has made, and we may invite a head to sit with the Judges one day.")

doc.add_heading("10. Keeping the line true", level=2)
para("Every Fell Day ends with a handler's card: what worked and what did not. The Trainers read the cards "
     "the same week and change the next Fell Day where they need to. Each September the University's annual "
     "monitoring report and the external examiner's report come to our Breeding Committee (the Head Trainer, "
     "two Trainers, Dr Capstick and two SENCOs from the Long Barn network), which decides the changes for the "
     "next litter and writes them into the Breeder's Notes.")
para("At the Intake Run and again at the Final each handler fills in our Confidence Card: twenty statements "
     "drawn from the outcomes, each scored from 1 to 5, so that we and the University can see how far each "
     "handler's confidence and competence have moved. We do not ask handlers to measure what changes for "
     "their pupils; in time we hope the pupils in handlers' schools will do better for it.")

doc.add_heading("11. Getting to Blackmoss", level=2)
para("Blackmoss has always welcomed everyone who loves working with dogs, and the Award is no different.")
para("The Award runs once a year, from September, part time. The Fell Days come in order, because each builds "
     "on the one before, as a young dog's training does. A handler who misses a Fell Day catches it up with "
     "the next litter.")
deleted_paragraph(doc, "If enough handlers ask, a second litter will start each January, with the same Fell "
                       "Days on the same Saturdays as the first.", PEG, D1)
para("There is no online part to the Award. There is no signal on the fell, and the SENCOs of the Long Barn "
     "network told us they wanted to be together, not at a screen. Blackmoss Farm is two miles up the dale "
     "road from Kelderdale station, and we meet the 8.20 train on Fell Days.")

doc.add_heading("12. Transfer of ownership", level=2)
para("At the Final each handler brings an Onward Card, drawn up with their headteacher: the handler's next "
     "professional targets for the two years after the Award, what training or study would help them reach "
     "those targets, and when the head and handler will review them. The Judges talk it through with the "
     "handler at T3, and the Card goes home with the handler's certificate.")
slip = doc.add_table(rows=4, cols=2)
set_table_borders(slip)
s0 = slip.cell(0, 0).merge(slip.cell(0, 1))
cell_text(s0, "TRANSFER OF OWNERSHIP (completed at the Final)", bold=True)
shade_cell(s0, "D9D9D9")
for i, (k, v) in enumerate([("New keeper (handler)", "[Name of handler]"),
                            ("Date of the Final", "[Click to enter a date]"),
                            ("Signed for the Breeder", "[Head Trainer's signature]")], start=1):
    cell_text(slip.cell(i, 0), k, bold=True)
    cell_text(slip.cell(i, 1), v, grey=True)

# ---------------------------------------------------------------- landscape pedigree
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Mm(297), Mm(210)
ls.left_margin = ls.right_margin = Inches(0.7)
doc.add_heading("The Pedigree", level=1)
para("THE BLACKMOSS AWARD  ·  BF/2009/NA  ·  four generations. Read each box with the key under How to read "
     "a Blackmoss pedigree.", italic=True)

GEN1 = [("SIRE", "BLACKMOSS FELL DAYS", "Reg. FD",
         "Eight taught days, FD1 to FD8 (Breeder's Notes, 2)."),
        ("DAM", "BLACKMOSS HOME GROUND", "Reg. HG",
         "Four school tasks, HG1 to HG4, and the Nursery runs (Breeder's Notes, 3).")]
# (reg, name, description, bred at, proved at)
SIRE_LINE = [
    ("K1", "LAWFUL", "Knows the law and guidance on SEN, including the SEN Code of Practice, what they mean for "
     "the school, the SENCO and others, and how to put them into practice.", "FD1", "T1"),
    ("A1", "FAIR HAND", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN "
     "and disabilities and with their parents or carers.", "FD5, HG2", "T1"),
    ("K2", "EVERY CHILD", "Knows the principles and outcomes of Every Child Matters and how a SENCO helps "
     "children reach them.", "FD1", "T1"),
    ("K3", "EQUAL FOOTING", "Knows the laws on disability equality, the actions they require to support "
     "disabled pupils, and how best to carry them out.", "FD1", "T1"),
    ("A2", "WINS THE YARD", "Gains the commitment of colleagues, the headteacher and senior leaders to better "
     "outcomes for pupils with SEN and disabilities.", "FD7", "Run at Nursery"),
    ("A4", "STEADY", "Sees problems coming and resolves them, makes well-founded decisions and exercises sound "
     "judgement about provision.", "FD4, HG3", "T2"),
    ("K4", "GROWING", "Knows how children develop and how SEN, disability and the physical and social "
     "environment for learning can affect development.", "FD2", "T1"),
    ("K5", "KNOWS THE FLOCK", "Knows the common types of SEN and disability (BESD, SpLD including dyslexia, "
     "SLCN, ASD and MLD) and how they affect learning.", "FD2", "T1"),
    ("K6", "RIGHT TOOL", "Has a critical grasp of approaches, strategies and resources for assessment, "
     "planning, teaching and learning, ICT among them, and uses them to remove barriers and personalise "
     "provision.", "FD3", "T2"),
    ("K7", "TAKES STOCK", "Knows the principles of school self-evaluation and improvement and how they bear on "
     "outcomes for pupils with SEN.", "FD8", "Bred only"),
    ("K8", "WELL READ", "Knows best practice and what research shows about meeting special educational "
     "needs.", "FD3", "T1"),
    ("A5", "CLEAR WHISTLE", "Speaks and writes clearly; listens to and understands the views of others.",
     "—", "T1, T3"),
    ("A6", "LOOKS IT UP", "Draws on research evidence and outside advice to improve their own and colleagues' "
     "practice.", "FD3", "Bred only"),
    ("A7", "KEEPS LEARNING", "Keeps up to date and takes charge of their own professional development in SEN "
     "and disability.", "FD8", "T3 (the Onward Card)"),
]
DAM_LINE = [
    ("S2", "SPOTS IT", "Identifies pupils who may have SEN or disabilities by observation, data and assessment, "
     "sets challenging targets, plans interventions that remove barriers, and reviews progress.",
     "FD2, FD3, HG2", "T1"),
    ("S3", "MAPS THE GROUND", "Uses provision mapping and management to plan provision and to find what is "
     "ineffective or missing.", "FD4, HG1", "T2"),
    ("S2a", "HEARS THE VET", "Uses assessments from a range of professionals to develop teaching approaches.",
     "FD3", "T1"),
    ("S2b", "KEEPS THE BOOK", "Uses summative assessments, national tests among them, to track pupils' "
     "progress and change programmes.", "FD3", "T2"),
    ("S4", "MANS THE GATHER", "Deploys and manages staff to support pupils with SEN and disabilities.",
     "FD4", "Run at Nursery"),
    ("S5", "BRINGS ON YOUNG DOGS", "Supports colleagues' development by observing and giving feedback, "
     "modelling, coaching, mentoring and leading training.", "FD7, HG4", "T2"),
    ("S2c", "SHOWS THE WAY", "Encourages other teachers to develop formative assessment, with approaches for "
     "pupils with SEN.", "FD7", "Run at Nursery"),
    ("S2d", "UNREGISTERED", "Special arrangements for national tests and examinations are left to each "
     "school's examinations officer and are not bred in this Award.", "—", "Unregistered"),
    ("S1", "SETS THE COURSE", "Works with senior colleagues and governors to shape an inclusive ethos, "
     "policies, priorities and the use of resources.", "FD8", "T3"),
    ("S6", "LOOKS BACK", "Reviews and evaluates provision with other staff to inform the school's "
     "self-evaluation and improvement planning.", "FD8, HG3", None),   # tracked change below
    ("S7", "LETS THEM SPEAK", "Makes sure pupils with SEN are involved in planning, agreeing, reviewing and "
     "evaluating their provision, and helps colleagues to work with them.", "FD6, HG2", "T1"),
    ("S8", "AT THE GATE", "Liaises with parents and carers to promote pupils' learning and development.",
     "FD5, HG2", "T1"),
    ("S9", "WORKS THE DALE", "Works in partnership with other services and agencies, voluntary organisations "
     "among them, for a coordinated approach.", "FD5", "T2"),
    ("K9", "KNOWS WHO TO CALL", "Knows the scope and role of outside agencies and how to get specialist "
     "support and resources.", "FD5", "T2"),
]


def fill_box(cell, box):
    reg, name, desc, bred, proved = box
    p = cell.paragraphs[0]
    add_run(p, f"{name}  ", bold=True, size=9)
    add_run(p, f"Reg. {reg}", italic=True, size=9)
    p2 = cell.add_paragraph()
    add_run(p2, desc, size=8.5)
    p3 = cell.add_paragraph()
    add_run(p3, "Bred at: ", bold=True, size=8.5)
    add_run(p3, bred, size=8.5)
    p4 = cell.add_paragraph()
    add_run(p4, "Proved at: ", bold=True, size=8.5)
    if proved is None:
        add_del(p4, "Bred only", PEG, D1, size=8.5)
        add_ins(p4, "T2", ALAN, D2, size=8.5)
    else:
        add_run(p4, proved, size=8.5)


def fill_parent(cell, g):
    role, name, reg, desc = g
    p = cell.paragraphs[0]
    add_run(p, role, bold=True, size=9)
    p2 = cell.add_paragraph()
    add_run(p2, name, bold=True, size=10)
    p3 = cell.add_paragraph()
    add_run(p3, reg, italic=True, size=9)
    p4 = cell.add_paragraph()
    add_run(p4, desc, size=8.5)


ped = doc.add_table(rows=16, cols=4)
set_table_borders(ped)
widths = (1.55, 2.35, 2.55, 3.15)
for line, boxes in ((0, SIRE_LINE), (1, DAM_LINE)):
    base = line * 8
    g1 = ped.cell(base, 0).merge(ped.cell(base + 7, 0))
    fill_parent(g1, GEN1[line])
    shade_cell(g1, "EDEDED")
    # generation 2: two boxes of four rows; generation 3: four boxes of two rows; generation 4: eight rows
    it = iter(boxes)
    for k in range(2):
        c = ped.cell(base + 4 * k, 1).merge(ped.cell(base + 4 * k + 3, 1))
        fill_box(c, next(it))
    for k in range(4):
        c = ped.cell(base + 2 * k, 2).merge(ped.cell(base + 2 * k + 1, 2))
        fill_box(c, next(it))
    for k in range(8):
        fill_box(ped.cell(base + k, 3), next(it))
for r in ped.rows:
    for c, w in zip(r.cells, widths):
        c.width = Inches(w)

p = para()
p = para("I certify that this pedigree is true and correct to the best of my knowledge and belief.")
para("Margaret Raistrick, Head Trainer, for Blackmoss Fell Sheepdog School. 20 January 2009.", italic=True)

doc.save(OUT)
add_footnotes_part(OUT, FN)
print("wrote", OUT)
