"""nz-02-brigholme-plough-play: builds nz-02-brigholme-plough-play.docx beside itself.

Provider. The Brigholme Morris and Folk Dance Society (a morris side, a long-sword side called the Brigholme Plough
Stots, and a Plough Monday play kept up since the 1880s), with the Ashby Carr Schools Partnership (Ashby Carr School, a
3-19 special school; Brigholme CE Primary School; Wolds Edge Community College) and the University of Swaledon, which
is to validate and award the course at an event in May 2009. March 2009.

Document kind and layout. The Society's folk play, a Plough Monday hero-combat play, rewritten as "The Brigholme
Plough Play, Award Edition" and performed for the Partnership's heads and governors; the Players' Copy is sent whole
as the application. No heading styles: titles are bold capitals typed as Normal paragraphs, centred; a letter before
the play with a letterhead typed with manual line breaks; a poster for the performance in a text box (with an
unsupported "every outcome met" claim); a "Words we use" glossary table; a cast table ("The characters") with a
merged row; the play in verse, speakers in bold small capitals, stage directions in italic brackets, verse lines
broken by manual line breaks; after each Call a one-cell shaded "PRODUCER'S NOTE" table in plain prose (the letter says
the Note, not the verse, is what the Society does); a Calls table; the Doctor's Bag (the national outcomes as 29 Pills,
"Mixed at" = where taught, "Swallowed at" = where marked, keyed in "Notes on the Doctor's Bag" above it, a dash under
"Mixed at" meaning not taught); a staff table ("The players"); a blank signing-on slip with placeholders; footnotes; a
header and a footer with a PAGE field; tracked changes; comments. The course's own words: Ploughboys (participants),
the Gang, the Fool (programme leader), Captains (tutors), Plough Drivers (school mentors), the Doctor (the University),
the Hitching (needs assessment), the Furrow Plan, Calls 1-8 (study days), Furrows 1-4 (school tasks), Tallies 1-2
(marked assignments), the Doctor's Examination, Walking the Boundary (assessment-only route), the Collection (fee),
the Lock (quality), Tally sticks (evaluations), the Plough Committee.

Traps (requirement ids touched):
- Verse claims that are not arrangements: Little Devil Doubt's "Every last Ploughboy will pass" and the Doctor's
  rhymes; the poster's "Every Pill in the Bag - every outcome met!" (unsupported coverage claim; 6.*, 1.9).
- A decision not yet made: "Whether it carries 40 or 60 credits will be settled by the University at validation"
  (E.2 partially_met); a comment asks if 60 will be confirmed (comments are not evidence).
- Someone else's responsibility: prior credit is for "the University, whose own rules decide what, if anything, can
  be counted. The Society has no part in that decision." (2.1 partially_met; the Hitching does take account of
  experience).
- Negation: "the Society does not plan further targets with them" (2.5 not_met); "The Society does not brief or
  train Plough Drivers" (5.7 not_met); "Each Tally is marked once ... the Society has never needed a second marker"
  (5.8 not_met), with second marking only in a deleted tracked change and a comment asking for moderation.
- Deleted tracked change: the online "Virtual Furrow" paragraph; with "The Award has no online part" (3.3
  not_applicable). Inserted tracked change: a second Gang in September only "If twelve or more Ploughboys come
  forward" (3.2 partially_met: a condition; one start, fixed order, Saturdays only).
- Wrong context: the heads' 2006 views on the Society's dance workshops (4.2 partially_met: the Award itself is only
  said in general to have been drawn up "with these needs in front of us"); the rehearsal hall, costume store and
  dance-notation library as resources (5.6 partially_met).
- Generic claim: "The Captains bring the latest thinking on SEN and disability to every Call" (1.3 partially_met).
- Assessed but not taught: Pills with a dash under "Mixed at" (6.A3, 6.A7, 6.K4, 6.S2b, 6.S2d, 6.S4, 6.S7 partially
  met); listening to pupils "is not taught at a Call" though Tally 2 requires it (1.5 partially_met).
- Met despite the play: CRB checks in the Hitching note (5.3); the signing-on slip's CRB placeholder is not evidence.
  Walking the Boundary (2.3), equal access (3.1), the Plough Committee (4.3), baselines for Furrow 4 (5.9), and
  the Examination Board's rule on all 29 Pills (6.0) are met in the Producer's Notes.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nz_helpers import (comment, core, new_document, para, table, cell_text, shade_cell, text_box, footnote, ins_run, del_run,
                         deleted_para, page_field, repeat_header)
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
NAME = "nz-02-brigholme-plough-play"
SAM = "Sam Hebden"
CAROL = "Carol Pinchbeck"

doc = new_document(font="Georgia", size=10.5, margins_cm=2.4)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Brigholme Morris & Folk Dance Society  \u2014  The Plough Play, Award Edition  \u2014  Players' Copy"
hp.runs[0].font.size = Pt(8)
hp.runs[0].italic = True
fp = sec.footer.paragraphs[0]
r = fp.add_run("Not to be performed outside the Society without the Fool's leave.          ")
r.font.size = Pt(8)
page_field(fp, prefix="")


def title(text, size=12, space_before=12):
    return para(doc, text, bold=True, size=size, align="center", space_before=space_before, keep=True)


def speaker(name, lines):
    para(doc, [(name, dict(bold=True, smallcaps=True))], space_after=0, space_before=4, indent_cm=1.0, keep=True)
    para(doc, lines, indent_cm=2.0, space_after=4)


def direction(text):
    para(doc, "[" + text + "]", italic=True, indent_cm=1.0, color="595959")


def note(paragraphs, heading="PRODUCER'S NOTE"):
    """A one-cell shaded table holding the Producer's Note. paragraphs: list of parts-lists. Returns the cell."""
    t = table(doc, 1, 1, widths_cm=[16.0])
    c = t.rows[0].cells[0]
    cell_text(c, [[(heading, dict(bold=True, size=9.5))]] + paragraphs, size=10)
    shade_cell(c, "F3EFE4")
    para(doc, "", space_after=2)
    return c


# ----------------------------------------------------------------- title page
title("BRIGHOLME MORRIS AND FOLK DANCE SOCIETY", size=11, space_before=0)
title("THE BRIGHOLME PLOUGH PLAY", size=20)
title("AWARD EDITION", size=14, space_before=0)
para(doc, "Being the Players' Copy of the Play as performed at the Ashby Carr Schools' Plough Monday, 12th January "
          "2009, with the Producer's Notes; sent to the Training and Development Agency for Schools as the Society's "
          "application to offer the National Award for SEN Coordination", italic=True, align="center")

text_box(doc, [
    ("COME ALL YE SENCOs!", dict(bold=True, size=16, align="center")),
    ("The Brigholme Plough Stots and the Ashby Carr Schools Partnership present", dict(size=10, align="center")),
    ("THE AWARD", dict(bold=True, size=14, align="center")),
    ("Eight Calls \u00b7 Four Furrows \u00b7 Two Tallies \u00b7 One Doctor", dict(size=11, align="center")),
    ("Every Pill in the Bag - every outcome met!", dict(bold=True, size=11, align="center")),
    ("Plough Monday, Ashby Carr School hall, 7 o'clock. Collection for the Plough Fund.",
     dict(italic=True, size=9.5, align="center")),
], width_pt=330, height_pt=150, fill="FFF8E1", stroke="7F6000")

# ----------------------------------------------------------------- letter
title("A WORD BEFORE THE PLAY", size=12)
para(doc, "Brigholme Morris and Folk Dance Society\nThe Old Reading Room\nChapel Street\nBrigholme\n\n2nd March 2009",
     align="right", size=9.5)
para(doc, "To the members of the approval panel")
p = para(doc, "Every January for a hundred and twenty years, with gaps for two wars, the Brigholme plough lads have "
              "dragged a plough round the village and played a play at each house that would have them. The play "
              "tells the village what is coming: a hard year, a death, a cure and a good harvest. When the Society and "
              "the Ashby Carr Schools Partnership agreed to offer the National Award together, our Fool wrote the "
              "Award into the play so that the heads, governors and children of the three schools could see it, and it "
              "was played at the Partnership's Plough Monday in the hall at Ashby Carr School. We send you the Players' "
              "Copy as our application.")
footnote(doc, p, "Plough Monday is the first Monday after Twelfth Night. The plough lads were called plough stots, "
                 "stots being young bullocks; the Society's sword side keeps the name.")
para(doc, "The verse is what the players say. After each Call the Producer's Note says in plain words what happens in "
          "the Award; where the verse and a Note seem to differ, the Note is what we do. The words we use for the "
          "people and parts of the Award are set out below, and the Doctor's Bag at the back is our map of the "
          "national minimum outcomes.")
para(doc, "Sam Hebden, Fool of the Brigholme Plough Stots and Programme Leader of the Award\nDr Carol Pinchbeck, "
          "Programme Director, School of Education and Lifelong Learning, University of Swaledon", italic=True)

# ----------------------------------------------------------------- glossary
title("WORDS WE USE", size=11)
words = [
    ("Ploughboys", "the teachers taking the Award, women and men alike"),
    ("the Gang", "the year's Ploughboys together, no more than eighteen"),
    ("the Fool", "the Programme Leader, Sam Hebden, who calls on the others"),
    ("Captains", "the tutors who lead the Calls and mark the Tallies"),
    ("Plough Drivers", "each Ploughboy's mentor in school, chosen by their head"),
    ("the Doctor", "the University of Swaledon: its assessors and its Examination Board"),
    ("the Hitching", "the meeting before the first Call at which each Ploughboy's needs are weighed up"),
    ("the Furrow Plan", "the Ploughboy's own plan for the year, written at the Hitching"),
    ("Calls", "the eight study days, each held at one of the Partnership's schools"),
    ("Furrows", "the four pieces of work each Ploughboy does in their own school"),
    ("Tallies", "the two marked assignments"),
    ("the Doctor's Examination", "the final assessment: a portfolio and a spoken examination"),
    ("Pills", "the outcomes, listed in the Doctor's Bag"),
    ("Walking the Boundary", "the way an experienced SENCO is assessed without taking the Calls"),
    ("the Collection", "the fee"),
    ("the Lock", "how the Award is checked and improved. At the end of the sword dance the swords are woven into a "
                 "lock that holds only if every sword holds."),
    ("Tally sticks", "the short evaluation each Ploughboy fills in at the end of each Call"),
]
gt = table(doc, len(words) + 1, 2, widths_cm=[4.2, 11.8])
for c, h in zip(gt.rows[0].cells, ["Word", "What it means in the Award"]):
    cell_text(c, h, bold=True, shade="E2D9C3")
for i, (a, b) in enumerate(words, start=1):
    cell_text(gt.rows[i].cells[0], a, bold=True, size=9.5)
    cell_text(gt.rows[i].cells[1], b, size=9.5)

# ----------------------------------------------------------------- cast
title("THE CHARACTERS", size=11)
cast = [
    ("The Fool", "Sam Hebden", "the Programme Leader"),
    ("Saint George", "Ellie Brough, SENCO at Brigholme CE Primary", "a Ploughboy"),
    ("The Bold Slasher", "Dan Whitwell, the Society's Bagman", "whatever stands between a child and learning"),
    ("The Doctor", "Dr Carol Pinchbeck", "the University"),
    ("Bessy", "Margaret Lund, headteacher of Ashby Carr School", "the host schools and the Plough Drivers"),
    ("Beelzebub", "Arthur Catterick, the Society's treasurer", "the Collection"),
    ("Little Devil Doubt", "the drama club of Ashby Carr School", "the doubts of a new SENCO"),
]
ct = table(doc, len(cast) + 2, 3, widths_cm=[3.6, 6.4, 6.0])
for c, h in zip(ct.rows[0].cells, ["Character", "Played at Ashby Carr by", "In the Award"]):
    cell_text(c, h, bold=True, shade="E2D9C3")
for i, row in enumerate(cast, start=1):
    for c, v in zip(ct.rows[i].cells, row):
        cell_text(c, v, size=9.5)
m = ct.rows[-1].cells[0].merge(ct.rows[-1].cells[2])
cell_text(m, "The Plough Stots, the Society's long-sword side, dance the Lock. The Gang drag the plough.", italic=True,
          size=9.5)

# ================================================================= THE PLAY
title("THE PLAY", size=14, space_before=18)
direction("The plough is dragged into the hall by the Gang. The Fool enters and sweeps a ring with his broom.")
speaker("The Fool", "In comes I, the Fool of the Plough,\nWith leave or without, I'll come in now.\nRoom, room, brave "
                    "gallants, give us room to sport,\nFor in this hall we mean to hold our court.\nWe've come to tell "
                    "you, heads and governors all,\nOf a year's hard work that starts with the Call:\nA year for the "
                    "teachers who lead for SEN,\nEight Calls, four Furrows, and the Doctor again.")
c = note([
    ["The Award is a one-year, part-time course for teachers who are new to leading the coordination of provision for "
     "pupils with SEN and disabilities. It is taught by the Society with the Ashby Carr Schools Partnership: Ashby Carr "
     "School, a special school for pupils aged 3 to 19; Brigholme Church of England Primary School; and Wolds Edge "
     "Community College. The University of Swaledon will validate the Award as a Postgraduate Certificate at its "
     "validation event on 14th May 2009 and will award it; a Ploughboy who completes it receives the University's "
     "certificate and the National Award for SEN Coordination."],
    ["The Award is written at masters level. Whether it carries 40 or 60 credits will be settled by the University at "
     "validation; the Society has asked for 60."],
    ["The Award's aim is plain: that the children and young people with SEN and disabilities in the Ploughboys' "
     "schools learn more and have better lives by all five of the Every Child Matters outcomes: being healthy, staying "
     "safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Every Call ends "
     "with the question What will this change for a child in your school?, every Furrow is set to change something "
     "for named pupils, and both Tallies and the Doctor's Examination are marked on the difference the Ploughboy's "
     "work has made for pupils as well as on what the Ploughboy knows."],
])
credit_par = c.paragraphs[2]
comment(doc, credit_par.runs, "Dan Whitwell", "DW", date="2009-02-24T11:20:00Z",
        text="Will 60 be confirmed before the panel meets? Carol thinks so but nothing in writing.")

# ----------------------------------------------------------------- Call the first
title("THE HITCHING", size=11)
direction("Saint George steps into the ring with a SENCO's lanyard round her neck.")
speaker("Saint George", "In comes I, Saint George, and new to the post,\nOf all of the jobs it's the one I fear "
                        "most.\nThey gave me a register, a key and a room,\nAnd said, You're the SENCO. I'm dancing in "
                        "gloom!")
speaker("The Fool", "Then hitch up your plough and step into the ring;\nBefore the first Call we'll see what you "
                    "bring.\nWhat you know, what you don't, what you've done, what you're new to,\nWe'll write in your "
                    "Furrow Plan: that's what we'll do.")
note([
    [("Who can join. ", dict(bold=True)),
     "A Ploughboy must hold qualified teacher status, be SENCO or be named by the head to become SENCO within the year, "
     "and bring a letter in which the head agrees to release them for the Furrows and to find a Plough Driver. The "
     "Fool meets every applicant before a place is offered and goes through their experience with them; we look for "
     "at least a year of teaching pupils with SEN, a working knowledge of the school's SEN procedures, and the writing "
     "the Tallies ask for. An applicant who is not ready is told what to do first, most often a term of the Ashby "
     "Carr outreach team's SENCO Forum and a named reading list, and the Fool writes to their head to agree it and to "
     "keep them a place in the next Gang."],
    [("Checks. ", dict(bold=True)),
     "Before the Hitching the Society's Bagman asks each Ploughboy's school to confirm in writing the date and number "
     "of the Ploughboy's enhanced CRB disclosure, that it is on the school's single central record, and that there "
     "are no concerns about the Ploughboy's conduct. A Ploughboy who has not worked in a school, in a post with "
     "regular contact with children, in the past three months obtains a new enhanced disclosure through the "
     "University before the first Call. Nobody joins the Gang until the Bagman has the confirmation."],
    [("The Hitching. ", dict(bold=True)),
     "In December each Ploughboy rates themselves against every Pill in the Doctor's Bag, with evidence from their "
     "own work, and brings the ratings to the Hitching: an hour with the Fool and their Plough Driver. Together they "
     "test the ratings against the evidence, agree which Pills the Ploughboy most needs, and write the Furrow Plan: "
     "where in the school each Furrow will be ploughed, which Calls need most preparation, what reading and visits "
     "suit the Ploughboy, and the Ploughboy's own outcomes for the year alongside the national ones. The Furrow Plan "
     "is looked at again with the Plough Driver after Call 4."],
    [("Earlier study. ", dict(bold=True)),
     "Ploughboys who have credit from other courses should raise it with the University, whose own rules decide what, "
     "if anything, can be counted. The Society has no part in that decision."],
    [("Equal access. ", dict(bold=True)),
     "The Society and the University meet their duties under the Disability Discrimination Act and the other "
     "equality laws at every stage. The application form asks each applicant in plain words whether they have a "
     "disability or any need we should plan for, and says why we ask; anyone who tells us is offered a meeting before "
     "the Hitching to agree adjustments. Adjustments made in our pilot year included a BSL interpreter at every Call, "
     "handouts in large print or sent electronically before each Call, extra time and a spoken alternative for a "
     "Tally, and a Plough Driver's visits moved to suit a Ploughboy's hospital treatment. All three host schools are "
     "step-free, with accessible toilets and hearing loops. Our leaflet and application form come in large print, on "
     "tape and in Easy Read, and show disabled teachers from the pilot. Visits to other schools are planned with each "
     "Ploughboy so that none is a barrier, and the Doctor's assessor is told of agreed adjustments before marking and "
     "before the Examination."],
])

# ----------------------------------------------------------------- Calls and Furrows
title("THE FIRST FURROWS", size=11)
direction("The Gang pull the plough three times round the ring. Bessy enters with a lantern and a broom.")
speaker("Bessy", "In comes I, Bessy, with lantern and broom,\nI open the school doors and lend you the room.\nAt Ashby "
                 "Carr, Brigholme and Wolds Edge we'll meet,\nEight Saturdays long, with our boots on our feet.\nAnd "
                 "back in your school, where the real work is found,\nYour Plough Driver walks at your side round the "
                 "ground.")
c = note([
    [("The Calls. ", dict(bold=True)),
     "The eight Calls are Saturdays, 9.30 to 3.30, each at one of the Partnership's schools. The Captains bring the "
     "latest thinking on SEN and disability to every Call."],
], heading="PRODUCER'S NOTE")
calls = [
    ("1", "January", "Ashby Carr", "The Law of the Land",
     "the SEN Code of Practice (2001); the SEN and Disability Act 2001; the Disability Discrimination Act and the "
     "disability equality duty; Every Child Matters and the SENCO's part in the five outcomes; Removing Barriers to "
     "Achievement"),
    ("2", "February", "Brigholme", "Kinds of Need",
     "BESD, dyslexia and other specific learning difficulties, speech, language and communication needs, autism and "
     "MLD, and how each affects learning; approaches, strategies and resources for teaching, ICT among them"),
    ("3", "March", "Wolds Edge", "Finding and Following",
     "identifying pupils who may have SEN; setting targets; planning interventions; using the assessments of "
     "educational psychologists, therapists and advisory teachers; reviewing progress; formative assessment with "
     "colleagues"),
    ("4", "April", "Ashby Carr", "Leading the School",
     "the SENCO in the leadership team; working with the head and governors on policy, priorities and resources; "
     "winning colleagues' commitment; provision mapping; school self-evaluation"),
    ("5", "May", "Brigholme", "Kith and Kin",
     "working with parents and carers, with the Swaledale Parent Partnership Service; relationships with pupils and "
     "families; annual reviews held with families"),
    ("6", "June", "Wolds Edge", "Other Services",
     "educational psychology, health, social care, CAMHS, Connexions and voluntary organisations such as the "
     "Swaledale Autism Support Group; the CAF; getting specialist support and resources"),
    ("7", "September", "Ashby Carr", "Helping Colleagues Grow",
     "observing teaching and giving feedback; modelling; coaching and mentoring; planning and leading staff training"),
    ("8", "October", "Brigholme", "Looking Back and Forward",
     "reviewing provision with colleagues for the school's self-evaluation; using research and outside advice to "
     "improve practice; anticipating problems and making decisions (case discussions); speaking and writing for "
     "different audiences"),
]
kt = table(doc, len(calls) + 1, 5, widths_cm=[1.1, 2.0, 2.3, 3.2, 7.4])
for cc, h in zip(kt.rows[0].cells, ["Call", "Month", "Where", "Name", "What is taught"]):
    cell_text(cc, h, bold=True, shade="E2D9C3")
repeat_header(kt.rows[0])
for i, row in enumerate(calls, start=1):
    for cc, v in zip(kt.rows[i].cells, row):
        cell_text(cc, v, size=9.5)
para(doc, "", space_after=2)
note([
    [("The Furrows. ", dict(bold=True)),
     "Each Ploughboy ploughs four Furrows in their own school, each tied to named Pills. Furrow 1 (January to March): "
     "with the head, map the school's provision for pupils with SEN and find what is missing or not working. Furrow 2 "
     "(March to May): follow one pupil's assessment, targets and intervention through a term, with the professionals "
     "involved. Furrow 3 (May to July): hold a review meeting with a family and agree with them how school and home "
     "will work together, then lead a staff session drawn from it. Furrow 4 (September to November): lead one change "
     "in the school's provision, with a baseline before it and a measure after it for the pupils it is for, and "
     "report it to the head and governors. The Plough Driver meets the Ploughboy in school after each Furrow and signs "
     "the Furrow record."],
    [("Listening to pupils ", dict(bold=True)),
     "is not taught at a Call. Ploughboys show it in Tally 2, whose case study must include the pupil's own views, "
     "gathered by the Ploughboy, and how the pupil took part in agreeing and reviewing their provision."],
])

# ----------------------------------------------------------------- the fight
title("THE FIGHT", size=11)
direction("The Bold Slasher bursts in, sword drawn.")
speaker("The Bold Slasher", "In comes I, the Bold Slasher, Slasher is my name,\nI stand in the classroom and I spoil "
                            "every game:\nThe word that won't read and the noise that won't stop,\nThe door that's too "
                            "heavy, the step at the top.")
speaker("Saint George", "Stand back, bold Slasher, for I've Tallies to write,\nTwo of them marked, and I'll win this "
                        "fight.")
direction("They fight. The Slasher falls.")
c = note([
    [("The Tallies. ", dict(bold=True)),
     "Tally 1 (handed in in June) is a 4,000-word critical study of how the law, guidance and research on SEN and "
     "disability apply to the Ploughboy's school, drawing on Furrow 1. Tally 2 (handed in in November) is a 5,000-word "
     "case study of the pupil followed in Furrow 2 and of the change led in Furrow 4, with the evidence, the pupil's "
     "own views and the family's. Both are marked against the University's masters-level criteria and against the "
     "Pills the Doctor's Bag shows each Tally marking."],
    [],
])
mark_p = c.paragraphs[2]
r1 = mark_p.add_run("Each Tally is marked once, by the Captain who led the Calls it draws on; the Society has never "
                    "needed a second marker. ")
del_run(mark_p, "A second Captain reads every Tally, and a sample goes to the University's moderators.", SAM,
        "2009-02-26T21:05:00Z")
comment(doc, r1, "Carol Pinchbeck", "CP", date="2009-02-27T09:25:00Z",
        text="Sam, the University will want second marking and moderation written in before validation in "
                     "May. Can we talk before this goes?")

# ----------------------------------------------------------------- the doctor
title("THE DOCTOR", size=11)
speaker("The Fool", "Is there a doctor to be found\nTo cure this man lies bleeding on the ground?")
speaker("The Doctor", "In comes I, the Doctor, from Swaledon I came,\nWith a Bag full of Pills and a scroll with your "
                      "name.\nI can cure the itch, the stitch, the palsy and the gout,\nThe pain that's within and the "
                      "pain that's without.\nHere's twenty-nine Pills in my old leather Bag:\nSwallow every one, lad, "
                      "and never you flag.")
speaker("The Fool", "What's your fee, Doctor?")
speaker("The Doctor", "Ten pound is my fee; but Jack, if thou be an honest man, I'll only take five.")
direction("The Doctor kneels by the Slasher.")
speaker("The Doctor", "Here, Jack, take a little of my nip-nap,\nPut it down thy tip-tap;\nRise up, bold Slasher, and "
                      "fight again!")
direction("The Slasher rises.")
speaker("The Fool", "And so it goes: what's beaten this year\nStands up the next, so the SENCO's still here.")
note([
    [("The Doctor's Examination. ", dict(bold=True)),
     "In December each Ploughboy brings a portfolio to the Doctor's Examination: the two Tallies, the Furrow records "
     "signed by the Plough Driver, and a commentary showing where the evidence for each Pill lies. One of the "
     "University's assessors reads the portfolio and examines the Ploughboy for forty minutes. The University's "
     "Examination Board passes a Ploughboy only when the assessor has found evidence that the Ploughboy has shown "
     "every one of the twenty-nine Pills, which are the national minimum outcomes in our words; a Ploughboy who has "
     "not shown one is referred and may resubmit once within six months."],
    [("Walking the Boundary. ", dict(bold=True)),
     "Now and then the Doctor sees an old hand who has done all this before. An experienced SENCO, or a teacher from an "
     "SEN support service, who already seems to meet the Pills may ask the Fool to be assessed without taking the "
     "Calls. The Fool and a University assessor meet them to look at their evidence; if it is strong enough they "
     "prepare the same portfolio, with a commentary against every Pill, and sit the Doctor's Examination in the same "
     "way as the Gang. The fee for Walking the Boundary is \u00a3450."],
])

# ----------------------------------------------------------------- Beelzebub
title("BEELZEBUB AND THE COLLECTION", size=11)
speaker("Beelzebub", "In comes I, Beelzebub,\nOver my shoulder I carry my club,\nIn my hand a dripping pan;\nDon't you "
                     "think I'm a jolly old man?\nThe Collection's the fee, and we keep it down low,\nFor we plough in "
                     "our own schools wherever we go.")
c = note([
    [("The Collection. ", dict(bold=True)),
     "The fee is \u00a31,080 for the year. It covers the Calls, \u00a3150 paid to the Plough Driver's school for their "
     "time, the University's registration and the Doctor's Examination. Small schools, with fewer than a hundred "
     "pupils, may apply to the Society's Plough Fund, the money collected at each Plough Monday, for half the fee. The "
     "Award keeps its costs low because the Calls are held in the Partnership's schools on Saturdays, so no supply "
     "cover is needed for them, and because every Furrow is work the Ploughboy's school needs doing. The Furrow Plan "
     "means no two Ploughboys plough the same Furrows: a Ploughboy from a secondary school may map one department's "
     "provision where a primary Ploughboy maps the whole school, and a Ploughboy who already knows a Call's ground "
     "well agrees with the Fool a piece of reading or a visit to take its place."],
    [("When and how. ", dict(bold=True)),
     "The Award starts once a year, on the Saturday after Plough Monday. All eight Calls are on Saturdays, in the "
     "order above, and the Award is taken part time over the calendar year. "],
    [],
    ["Between Calls the Captains can be reached by telephone and by email through the Bagman. The Award has no online "
     "part."],
])
when_p = c.paragraphs[2]
ins_run(when_p, "If twelve or more Ploughboys come forward for it, a second Gang will start in September and take the "
                "same Calls in the same order.", CAROL, "2009-02-27T09:30:00Z")
virtual_p = c.paragraphs[3]
del_run(virtual_p, "Between Calls the Gang will meet on the Virtual Furrow, an online forum on the University's "
                   "learning platform, where a Captain will answer questions within two working days.", SAM,
        "2009-02-26T21:02:00Z")
from _nz_helpers import mark_para
mark_para(virtual_p, "del", SAM, "2009-02-26T21:02:00Z")

# ----------------------------------------------------------------- the Lock
title("THE LOCK", size=11)
direction("The Plough Stots dance the Brigholme long-sword dance. At the end the swords are woven into the Lock and "
          "held up for all to see.")
speaker("The Fool", "Now see the Lock, each sword holding each:\nLet one blade slip and it's out of our reach.\nSo "
                    "with the Award, and so with a school:\nEach sword bears its weight, and that is the rule.")
note([
    [("What the schools told us. ", dict(bold=True)),
     "In the autumn of 2008 the Partnership sent a questionnaire to the heads and SENCOs of the forty schools in the "
     "Brigholme and Ashby Carr area (thirty-three replied), held three evening groups with SENCOs appointed in the "
     "last two years, and met the local authority's SEN Services manager and the Swaledale Parent Partnership "
     "Service. New SENCOs asked above all for help with the law and its paperwork, with leading other staff, and with "
     "working with the many services that visit their schools; heads asked for study days that did not take teachers "
     "out of class; the local authority asked for SENCOs able to use the CAF and to work with the new children's "
     "centres; and the Parent Partnership Service asked that SENCOs learn to hold reviews with families rather than "
     "for them. The eight Calls were drawn up with these needs in front of us."],
    [("How their views shape what we do. ", dict(bold=True)),
     "Schools' views have always shaped the Society's education work. When heads told us in 2006 that our dance "
     "workshops ran too long for infant classes, we cut them to forty minutes, and we shall listen in the same way "
     "to what the Partnership's schools tell us about the Award."],
    [("Who takes part. ", dict(bold=True)),
     "Plough Drivers mentor every Ploughboy in school. The local authority's SEN Services manager leads Call 6 and a "
     "parent from the Parent Partnership Service leads Call 5 with Margaret Lund. The Plough Committee (the three "
     "Partnership heads, the local authority's SEN Services manager, a parent governor of Ashby Carr School, a "
     "teacher from our pilot group, and the Fool) meets after the spring Calls and again after the Examination to "
     "read the Tally sticks and the University's reports and to decide what changes. Each year the school council of "
     "Ashby Carr School is asked what new SENCOs should know about listening to pupils, and their answer is read to "
     "the Gang at Call 1."],
    [("Checking and improving. ", dict(bold=True)),
     "At the end of every Call each Ploughboy fills in a Tally stick, a one-page evaluation of the day; the Captains "
     "read them that afternoon and decide what to change for the next Call. The Plough Committee reads them again "
     "with the marks. Dr Miriam Oakes of Kirkhallam University, the University's external adviser to the Award, "
     "visits once a year, meets the Gang and the Captains, and reports to the University on the programme, and the "
     "Award goes through the University's annual monitoring. Six months after the Examination the Fool sends a short "
     "survey to each Ploughboy's head. From all of these the Fool writes each year a What we will change sheet, "
     "agreed by the Plough Committee and the University, and reads it to the next Gang at Call 1."],
    [("Measuring the difference. ", dict(bold=True)),
     "Every Ploughboy takes a baseline for the pupils their Furrow 4 change is for (attainment, attendance or a "
     "well-being scale, whichever suits the change) and measures again at the end of the term. The Fool gathers these "
     "each year, with the Ploughboys' own ratings of their confidence against each Pill at the Hitching and at the "
     "Examination and with the heads' survey at six months, into an annual impact report to the Plough Committee and "
     "the University."],
    [("Specialists and visits. ", dict(bold=True)),
     "Besides the Captains, Ploughboys work with Ashby Carr School's outreach team, its speech and language "
     "therapists and its sensory support teacher. Each Ploughboy spends a day at Ashby Carr School and a day at the "
     "Swaledale Pupil Referral Unit, both arranged by the Bagman in the first term, and Call 6 brings in CAMHS, the "
     "educational psychology service and the Autism Support Group."],
    [("Resources. ", dict(bold=True)),
     "Ploughboys may use the Society's rehearsal hall, its costume store and its library of traditional dance "
     "notation, and the University gives each Ploughboy a library card."],
    [("Plough Drivers. ", dict(bold=True)),
     "The Society does not brief or train Plough Drivers: they are chosen by the Ploughboy's head, and what they do is "
     "settled between them and the school."],
])

# ----------------------------------------------------------------- Devil Doubt and farewell
title("LITTLE DEVIL DOUBT", size=11)
direction("Little Devil Doubt runs in with a collecting box.")
speaker("Little Devil Doubt", "In comes I, Little Devil Doubt,\nIf you don't give me money I'll sweep you all out.\n"
                              "Money I want and money I crave,\nIf you don't give me money I'll sweep you to the "
                              "grave!\nAnd don't you fret, SENCOs, it's certain and true:\nEvery last Ploughboy will "
                              "pass, even you!")
speaker("The Fool", "Our play is ended, our plough's at rest,\nWe've shown you our Award and we've done our best.\n"
                    "What you plough after is yours to decide;\nThe Doctor's signed off and the Gang's stepped aside.\n"
                    "So a merry Plough Monday and a happy new year,\nA pocketful of money and a cellarful of beer!")
direction("Exeunt, dragging the plough. The Collection is taken at the door.")
note([
    ["When the Doctor has done his work the Ploughboy goes home. What a Ploughboy sets out to do after the Award is "
     "between them and their head: the Society does not plan further targets with them, and the Award ends at the "
     "Doctor's Examination."],
])

# ================================================================= the Doctor's Bag
title("NOTES ON THE DOCTOR'S BAG", size=11, space_before=18)
para(doc, "The Bag holds twenty-nine Pills: the national minimum outcomes, in the Society's words and in the order of "
          "the national list. Mixed at says where the Award teaches a Pill: a Call (C1 to C8) or a Furrow (F1 to F4). "
          "A dash under Mixed at means the Award does not teach that Pill: the Ploughboy is expected to bring it with "
          "them, and shows it to the Doctor all the same. Swallowed at says where the Pill is marked: Tally 1 (T1), "
          "Tally 2 (T2) or the Doctor's Examination (Ex).")
title("THE DOCTOR'S BAG", size=12)
D = "\u2014"
bag = [
    ("1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and with their "
          "families", "C5, F3", "T2"),
    ("2", "Wins colleagues, the head and senior leaders to the cause of better outcomes for these pupils", "C4, F1",
     "Ex"),
    ("3", "Puts first things first, manages their time, and hands work on to others and sees it done", D, "Ex"),
    ("4", "Sees trouble coming, sorts it out and makes sound decisions about provision", "C8, F4", "T2"),
    ("5", "Speaks and writes clearly, and listens to and understands others", "C5, C8", "T1, T2, Ex"),
    ("6", "Uses research and outside advice to improve their own and colleagues' practice", "C8", "T1"),
    ("7", "Keeps up to date and takes charge of their own further learning on SEN and disability", D, "Ex"),
    ("8", "The law and guidance on SEN, the Code of Practice above all: what they ask of the school and the SENCO, and "
          "how to do it", "C1", "T1"),
    ("9", "Every Child Matters: its principles, its five outcomes and the SENCO's part in them", "C1", "T1"),
    ("10", "The law on disability equality and what it requires a school to do", "C1", "T1"),
    ("11", "How children develop, and how SEN, disability and their surroundings affect that", D, "T2"),
    ("12", "The commonest kinds of SEN and disability (BESD, dyslexia and other specific learning difficulties, "
           "SLCN, autism, MLD) and what they do to learning", "C2", "T2"),
    ("13", "A critical grasp of approaches, strategies and resources, ICT among them, for assessment, planning and "
           "teaching", "C2, C3", "T2"),
    ("14", "How schools evaluate themselves and improve, for pupils with SEN and disabilities", "C4", "Ex"),
    ("15", "Best practice, and what research shows, in meeting SEN", "C8", "T1"),
    ("16", "What other services do, and how to get specialist support and resources", "C6", "T2"),
    ("17", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of "
           "resources", "C4, F4", "Ex"),
    ("18", "Finds pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "C3, F2", "T2"),
    ("19", "Uses other professionals' assessments to shape teaching", "C3, F2", "T2"),
    ("20", "Uses summative assessments, national tests among them, to track progress and change programmes", D, "T2"),
    ("21", "Helps colleagues develop formative assessment, with approaches for pupils with SEN", "C3", "Ex"),
    ("22", "Spots in good time the special arrangements pupils need in national tests and examinations, and puts them "
           "in place with colleagues", D, "Ex"),
    ("23", "Uses provision mapping to plan provision and to find provision that is missing or not working",
     "C4, F1", "T1"),
    ("24", "Deploys and manages staff well to support pupils with SEN and disabilities", D, "Ex"),
    ("25", "Helps colleagues develop: observing and feeding back, modelling, coaching and mentoring, training",
     "C7, F3", "Ex"),
    ("26", "Reviews provision with colleagues to inform the school's self-evaluation", "C8, F4", "Ex"),
    ("27", "Makes sure pupils take part in planning, agreeing and reviewing their provision", D, "T2"),
    ("28", "Works with parents and carers to help their children learn and develop", "C5, F3", "T2"),
    ("29", "Works in partnership with other services and agencies, voluntary ones among them", "C6", "T2"),
]
bt = table(doc, len(bag) + 1, 4, widths_cm=[1.1, 10.6, 2.2, 2.1])
for cc, h in zip(bt.rows[0].cells, ["Pill", "What the Ploughboy can do", "Mixed at", "Swallowed at"]):
    cell_text(cc, h, bold=True, shade="C9B98F")
repeat_header(bt.rows[0])
for i, row in enumerate(bag, start=1):
    for cc, v in zip(bt.rows[i].cells, row):
        cell_text(cc, v, size=9.5)
    if i in (1, 8, 17):
        shade_cell(bt.rows[i].cells[0], "EFE8D6")

# ================================================================= the players
title("THE PLAYERS", size=11, space_before=18)
players = [
    ("Sam Hebden", "The Fool; Programme Leader; leads Calls 1 and 4",
     "MEd (Special Needs); SENCO at Wolds Edge Community College 1998-2008, now its assistant head for inclusion; the "
     "Society's education officer"),
    ("Dr Carol Pinchbeck", "The Doctor; the University's Programme Director; leads Call 8",
     "PhD on SEN policy; senior lecturer, University of Swaledon; external examiner for two other SENCO programmes"),
    ("Margaret Lund", "Captain; leads Call 5",
     "headteacher, Ashby Carr School; NPQH; thirty years in special education"),
    ("Ravi Sandhu", "Captain; leads Calls 2 and 3",
     "specialist teacher for specific learning difficulties, Ashby Carr outreach team; postgraduate diploma in SpLD; "
     "AMBDA"),
    ("Joanne Teasdale", "Captain; leads Call 6",
     "educational psychologist, North Swaledale Educational Psychology Service"),
    ("Ellen Myers", "Captain; leads Call 7",
     "advanced skills teacher for inclusion, Brigholme CE Primary; leads the local authority's teaching assistant "
     "training"),
]
pl = table(doc, len(players) + 1, 3, widths_cm=[3.4, 5.2, 7.4])
for cc, h in zip(pl.rows[0].cells, ["Player", "Part", "Qualifications and experience"]):
    cell_text(cc, h, bold=True, shade="E2D9C3")
for i, row in enumerate(players, start=1):
    for cc, v in zip(pl.rows[i].cells, row):
        cell_text(cc, v, size=9.5)
para(doc, "All the Captains work with pupils with SEN now, and each keeps up to date through their own service's "
          "training; the University's staff development programme is open to all of them.", space_before=6)

# ================================================================= signing on
title("SIGNING ON", size=11, space_before=18)
para(doc, "Tear off and hand to the Bagman at the Plough Monday performance.", italic=True, align="center", size=9)
so = table(doc, 6, 2, widths_cm=[5.5, 10.5])
m = so.rows[0].cells[0].merge(so.rows[0].cells[1])
cell_text(m, "I WISH TO JOIN THE GANG", bold=True, shade="E2D9C3", align="center")
for i, (a, b) in enumerate([
    ("Name", "[Ploughboy's name]"),
    ("School", "[school and DfE number]"),
    ("Post", "\u2610 SENCO   \u2610 to become SENCO by [date]"),
    ("Enhanced CRB disclosure no. and date", "[to be completed by the school]"),
    ("Headteacher's signature", "______________________________"),
], start=1):
    cell_text(so.rows[i].cells[0], a, bold=True, size=9.5)
    cell_text(so.rows[i].cells[1], b, color="7F7F7F", size=9.5)

core(doc, "The Brigholme Plough Play - Award Edition - Players' Copy", "Sam Hebden", "2009-03-02T19:30:00")
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
