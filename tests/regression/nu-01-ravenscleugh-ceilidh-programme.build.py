"""nu-01-ravenscleugh-ceilidh-programme: build script (writes nu-01-ravenscleugh-ceilidh-programme.docx).

PROVIDER (invented): Ravenscleugh Harp and Folk School, Allenmouth, Northumberland, which teaches the
harp, fiddle, smallpipes and ceilidh dance and runs inclusive harp classes in local schools. It has teamed
up with the North Tyne and Allen Schools Partnership (eight first, middle and high schools and Greystead
School, a special school) and the University of Wansbeck (invented), which validates the course as a
60-credit Level 7 Postgraduate Certificate. Sent to the TDA panel in November 2008 for a January 2009 start.

DOCUMENT KIND AND LAYOUT: the course written as the programme of dances and caller's notes for a ceilidh
("The Award Ceilidh"), the Caller's copy, sent whole under a short note to the panel. No heading styles at all:
titles are bold capitals typed as Normal paragraphs. A cover block table with merged, shaded cells. "THE HALL"
is a two-column table of the programme's own terms (Ceilidh, Dance, Figure, Dancer, Partner, the Band, the
Caller, Walk-through, Reel, Step, the Set, Back Room, Tuning-Up, Next Tune), followed by "THE CALLER'S KEY",
which defines the values of the Set's two last columns ("R1", "R2", "R3" = called, i.e. marked; "W" =
walk-through only, practised with spoken feedback, not marked; a dash = not danced / sat out) far above the
Set itself. Twelve Dances (the study days), each a bold title line with a real ceilidh dance name and date,
then a small table (Formation / Tune merged across, then figure rows "A1", "A2", "B1", "B2" - a caller's
names for the parts of a tune, which look like outcome ids 6.A1/6.A2 but only name the parts of a day),
a "Walk-through" line and an italic Caller's note. An INTERVAL notice in a VML text box holds the only
description of the online Back Room. Three Reels (the marked pieces) each list the Steps they call. "THE SET"
is a 29-row outcome table (Step / What the Dancer learns to do / Danced at / Called in) in the school's own
words, with shaded merged band rows. A Band table (staff). A page header, and a footer with a CRB claim and
a PAGE field. Three Word comments. Tracked changes: a whole deleted paragraph and a deletion + insertion in a
Set cell.

TRAPS (requirement ids):
- The figure labels A1/A2/B1/B2 in every Dance table are parts of a tune / parts of a day, not outcomes
  (all 6.A*).
- 2.3 not_met: the assessment-only paragraph ("Sitting out") exists only as a tracked deletion; the live text
  says "every Dancer dances every Dance", and the University's assessment-only route is on its own MA (another
  programme's arrangement).
- 5.3 not_met: the body says "We do not ask to see Dancers' CRB disclosures" (negation; the schools' job);
  the Band's own CRB checks are the wrong people; the only claim about Dancers' checks is in the footer.
- 2.2 partially_met: the Tuning-Up self-rating is a needs assessment against the Steps, but it is used only to
  group Dancers: "the Tuning-Up does not change what any Dancer is asked to do" - no individual plan or
  personalised outcomes. 2.4 partially_met follows: good CPD and cost set out, but no tailoring to individuals.
- 3.2 partially_met: one January start, fixed order, Saturdays; a missed Dance can be danced next year; a
  September twilight start only on a condition ("If twenty or more teachers apply").
- 3.3 partially_met: the Back Room (text box only) gives peer support between Dances, but "the Band do not post
  there" - no direct tutor support online.
- 4.3 partially_met: stakeholders deliver (Partners, Greystead hosts, Parents' Forum speaker) but their part in
  evaluation is only hoped for; a comment saying heads agreed is not evidence.
- 5.5 partially_met: specialist expertise in the Band and guests; the special-school day belonged to the Pilot
  Ceilidh (past arrangement), and now a Dancer "arranges the visit herself".
- 5.9 partially_met: participants' confidence measured at start and end; pupils' achievement only "We would
  like, in time" with "no way yet of measuring this".
- 1.9 partially_met: five Steps walk-through only, one assessed but not danced, one sat out.
- 6.0 not_met: award on a 50 per cent average with a 40-49 Reel "carried by the other two" (compensation).
- 6.A3, 6.A7, 6.S2c, 6.S7, 6.S8 partially_met: "W" in the Set (practised, not marked), keyed far above.
- 6.K4 partially_met: called in R1 but "Danced at" is a dash and no Dance teaches development (assessed, not
  taught).
- 6.S2d not_met: a dash in both columns; a comment wants it added next year (comment not evidence).
- 6.K6: the Set cell's "W" is deleted and "R2" inserted by tracked change, and Reel 2 lists Step 13: met.
- 1.7 met, 6.S8 partially_met: Dance 9 develops skills with parents in the morning; the afternoon role-play
  "was danced in the Pilot Ceilidh" and is not this year (past arrangement, does not matter for 1.7).
- 6.K7 met although Ravenscleugh's "own self-evaluation" of its harp classes (wrong context) also appears.
- Footer claim on CRB is not evidence (5.3); header says "Caller's copy".
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nu_helpers import (base_document, para, rich, add_run, table, shade, cell_text, band_row, textbox,
                         add_field, deleted_paragraph, add_del_run, add_ins_run, word_count)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AUTH = "Ailsa Fenwick"
DATE = "2008-11-12T10:00:00Z"

doc = base_document("Georgia", 10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

# header / footer
hp = sec.header.paragraphs[0]
add_run(hp, "Ravenscleugh Harp & Folk School  \u00b7  The Award Ceilidh 2009  \u00b7  Caller's copy", italic=True, size=8)
fp = sec.footer.paragraphs[0]
add_run(fp, "Every Dancer's enhanced CRB disclosure is seen before the first Dance.   Page ", size=8)
add_field(fp, "PAGE")


def title(text, size=12, space_before=10):
    p = para(doc, text, bold=True, size=size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.keep_with_next = True
    return p


def body(text, italic=False):
    return para(doc, text, italic=italic, space_after=6)


# ---------------- cover block ----------------
cov = doc.add_table(rows=5, cols=2)
cov.style = "Table Grid"
c = cov.cell(0, 0).merge(cov.cell(0, 1))
cell_text(c, "THE AWARD CEILIDH 2009", bold=True, size=18)
shade(c, "1F3864")
c.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
c = cov.cell(1, 0).merge(cov.cell(1, 1))
cell_text(c, "Programme of Dances and Caller's Notes\nNational Award for Special Educational Needs Coordination", bold=True, size=11)
shade(c, "DEEAF6")
rows = [("Danced by", "Teachers new to the SENCO role in the North Tyne and Allen Schools Partnership and beyond"),
        ("Called by", "Ravenscleugh Harp and Folk School, Allenmouth, with the North Tyne and Allen Schools Partnership"),
        ("Played for by", "The University of Wansbeck, School of Education (validating university)")]
for i, (a, b) in enumerate(rows, start=2):
    cell_text(cov.cell(i, 0), a, bold=True, size=9)
    shade(cov.cell(i, 0), "F2F2F2")
    cell_text(cov.cell(i, 1), b, size=9)
for r in cov.rows:
    r.cells[0].width = Cm(3.5)
    r.cells[1].width = Cm(13)

para(doc, "")
title("A NOTE FOR THE PANEL", 11)
body("This is the Caller's copy of the programme that every Dancer is given at the first Dance, with the notes "
     "the Caller keeps for the Band. We send it as our application because it is how the Award actually runs at "
     "Ravenscleugh. THE HALL below says what our own names for things mean.")

# ---------------- word from the caller ----------------
title("A WORD FROM THE CALLER")
body("Ravenscleugh has taught the harp, the fiddle, the smallpipes and ceilidh dancing in Allenmouth since 1991, "
     "and for eight years our tutors have taken harp classes into the Partnership's schools. In 2007 the Partnership's "
     "heads asked us to help them build a course for new SENCOs. We ran a Pilot Ceilidh for eleven teachers in "
     "2007-08; the Award Ceilidh is what came out of it.")
body("The Ceilidh is validated by the University of Wansbeck as its Postgraduate Certificate in Special Educational "
     "Needs Coordination, carrying 60 credits at Level 7 (masters level). The validation event was held on 14 October "
     "2008 and approved the course for five years from January 2009. The Ceilidh is three University modules of 20 "
     "credits each, and each module is assessed by one Reel. The University's Board of Examiners confirms every result.")
body("The aims of the Award are that each Dancer will lead provision in her school that raises the achievement and "
     "improves the well-being of pupils with SEN and disabilities - in all five Every Child Matters outcomes, being "
     "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being, not only test results - and can show that it has. The Reels are built on those aims: Reel 1 follows one pupil's "
     "progress and well-being over a term, and Reel 2 asks the Dancer to change something in her school's provision and "
     "find out, with her colleagues, what difference it made.")
body("The Ceilidh is rooted in schools. Every Dancer has a Partner in another Partnership school, Dance 4 is danced "
     "at Greystead School, the walk-throughs are done in the Dancer's own school, and Reel 2 is a piece of real work in it.")

# ---------------- the hall ----------------
title("THE HALL: WHAT OUR WORDS MEAN")
hall = [("In this programme", "Means"),
        ("The Ceilidh", "The Award course, January to November."),
        ("Dance", "One of the twelve study days, all on Saturdays, 9.30 to 4.00, in the Barn at Ravenscleugh unless it says otherwise."),
        ("Figure", "A part of a Dance. A caller names the parts of a tune A1, A2, B1 and B2, and so do we: A1 and A2 are the morning, B1 and B2 the afternoon. The letters mean nothing else."),
        ("Dancer", "A teacher taking the Award."),
        ("Partner", "An experienced SENCO in another Partnership school who meets the Dancer in her school at least four times during the Ceilidh, helps with the walk-throughs and sits in on Reel 3."),
        ("The Band", "The tutors. The Band teach the Dances and mark the Reels. They are listed near the end."),
        ("The Caller", "The programme leader, who runs the Ceilidh and speaks for it."),
        ("Walk-through", "A practice task, on the day or in school before the next Dance. The Band give spoken feedback. A walk-through is never marked."),
        ("Reel", "One of the three marked pieces of work. Each Reel is one 20-credit module."),
        ("Step", "One of the 29 things a Dancer must learn to do, listed in THE SET at the end."),
        ("The Set", "The table at the end showing each Step, the Dance where it is danced and the Reel where it is called."),
        ("Back Room", "See the INTERVAL notice after Dance 6."),
        ("Tuning-Up", "The sheet every Dancer fills in before the first Dance."),
        ("Next Tune", "The planning sheet used at the Last Waltz.")]
t = table(doc, hall, widths=[3.5, 13])

title("THE CALLER'S KEY", 11)
body("Two columns of THE SET need a key, and here it is. Under \"Danced at\", a number is the Dance where the Step is "
     "taught; a dash means no Dance teaches it. Under \"Called in\", R1, R2 or R3 means the Step is called: the Dancer "
     "must show it in that Reel and it is marked against the Step. W means walk-through only: the Step is practised and "
     "the Band give spoken feedback, but it is not marked. A dash means the Step is sat out this year.")

# ---------------- who can dance ----------------
title("WHO CAN DANCE")
body("The Ceilidh is for qualified teachers who are SENCOs, or whom their head has named to become the SENCO, in "
     "first, middle, high or special schools. We ask for an application form, a letter of support from the head, and "
     "a half-hour conversation in which the Caller goes through the applicant's experience against the Steps, to make "
     "sure she knows enough and has done enough to benefit from the Ceilidh and to reach all the "
     "Steps by November. If the Caller thinks a teacher is not ready yet, she says so, talks with the head about what "
     "would help - a term working beside the school's present SENCO, say, or the county's SEN induction days - and "
     "keeps a place for her in the next Ceilidh.")
body("We do not ask to see Dancers' CRB disclosures: they are serving teachers, and their schools hold their checks. "
     "Every member of the Band holds an enhanced CRB disclosure, as everyone who teaches at Ravenscleugh does.")

title("BRINGING YOUR OWN TUNE", 11)
body("A Dancer who has already passed masters-level study in SEN in the last five years may ask for it to count "
     "towards the Ceilidh: up to 20 credits, in place of Reel 1, through the University's procedure for the "
     "accreditation of prior learning. A Dancer who has long experience but no credit may instead build a portfolio "
     "mapped against the Steps that Reel 1 calls; two of the Band assess it and the University's APL panel confirms "
     "the credit.")

title("THE TUNING-UP", 11)
body("Before the first Dance each Dancer fills in the Tuning-Up sheet, rating herself from 1 to 4 on each of the 29 "
     "Steps and writing a line of evidence beside each rating. Her Partner reads it with her. The Caller reads every "
     "sheet and uses them to put Dancers into sets of four for the walk-throughs, so that someone strong on a Step "
     "dances beside someone new to it. Everyone dances the same twelve Dances in the same order, and the Tuning-Up "
     "does not change what any Dancer is asked to do.")
deleted_paragraph(doc, "A teacher who has led SEN provision for some years may ask to be assessed on the three Reels "
                  "without dancing the Dances. She submits the Reels on the usual dates, is marked against every "
                  "Step in the same way, and pays the fee less the day costs.", AUTH, DATE, lead="Sitting out. ")
body("The University offers an assessment-only route on its own MA in Inclusive Practice; there is no such route "
     "into the Ceilidh: every Dancer dances every Dance.")

title("WHEN AND HOW", 11)
body("The Ceilidh starts once a year, in January, and the Dances are danced in order on Saturdays, which the heads "
     "asked for so that no teaching time is lost. A Dancer who misses a Dance through illness or a family emergency "
     "can dance it with the next year's Ceilidh. If twenty or more teachers apply, we "
     "would run a second Ceilidh starting in September, on weekday twilights.")
body("The fee is \u00a31,450 for the whole Ceilidh, including University registration. Dances are on Saturdays, so "
     "schools pay no supply cover, and the Partnership meets the cost of the Partners' visits. Every piece of work in "
     "the Ceilidh is work the Dancer's school needed doing.")

title("ACCESS", 11)
body("The Barn is on one level, with level parking, an accessible toilet and an induction loop. The application form asks every applicant whether she has a disability or any other "
     "need we should plan for, says why we ask and who will see the answer, and tells her she can tell us at any time "
     "instead. For every Dancer who tells us, the Caller agrees the adjustments with her before the first Dance and "
     "reviews them at Dance 3: notes in advance in large print or electronically, a BSL interpreter or a "
     "note-taker, rest breaks, and for the Reels extra time or another format - a Reel may be presented as a "
     "recording with a shorter written commentary, marked against the same Steps. Our leaflet and application pack "
     "come in large print, on audio CD and in Easy Read, and our equality scheme, which covers race, disability and "
     "gender, covers the Ceilidh.")

# ---------------- the dances ----------------
title("THE DANCES", 14, 16)
body("Twelve Dances, in order. The Band play each tune for the first dance after lunch. The figures say what "
     "happens in each part of the day.", italic=True)

DANCES = [
    ("DANCE 1  \u00b7  CIRCASSIAN CIRCLE  \u00b7  Saturday 17 January 2009", "One big circle, everyone in", "Soldier's Joy (reel)",
     [("A1", "Welcome. The Tuning-Up sheets talked through in fours."),
      ("A2", "The SENCO's place in the school: the role as the SEN Code of Practice describes it, and the Education (SEN Coordinators) (England) Regulations 2008, which require the SENCO to be a qualified teacher on the staff."),
      ("B1", "Every Child Matters: the five outcomes, the Children Act 2004 and children's trusts, and what the SENCO does towards each outcome for pupils with SEN and disabilities."),
      ("B2", "Meeting your Partner. How the Reels work and when they are due.")],
     "Walk-through: list what your school does for one pupil with SEN under each of the five outcomes.",
     "Keep the circle big. Nobody sits out the first dance."),
    ("DANCE 2  \u00b7  THE GAY GORDONS  \u00b7  Saturday 31 January 2009", "Couples round the room", "Scotland the Brave (march)",
     [("A1", "The law and the Code: the Education Act 1996, the Special Educational Needs and Disability Act 2001 and the SEN Code of Practice (2001) - School Action, School Action Plus, statutory assessment, statements and annual reviews - what they mean for the school, the SENCO, governors and others, and how to make them work in a real school."),
      ("A2", "Disability equality: the Disability Discrimination Act 1995 as amended in 2005, what counts as a disability, the duties not to treat disabled pupils less favourably and to make reasonable adjustments, the Disability Equality Duty, the school's Disability Equality Scheme and accessibility plan, and what each requires the school to do."),
      ("B1", "Government policy: Removing Barriers to Achievement (2004) and the Inclusion Development Programme (2008)."),
      ("B2", "Your school's SEN policy read against the Code.")],
     "Walk-through: read your school's accessibility plan with a colleague.",
     "Tom plays for this one."),
    ("DANCE 3  \u00b7  THE DASHING WHITE SERGEANT  \u00b7  Saturday 14 February 2009", "Threes facing threes round the room", "The Dashing White Sergeant (reel)",
     [("A1", "The SENCO's week: what only the SENCO can do, what can be handed to others and how to make sure it gets done; prioritising, and keeping a diary that leaves room for what cannot be planned."),
      ("A2", "Deploying and managing teaching assistants and other support staff: putting them where they make most difference, timetables that follow need, line management and appraisal."),
      ("B1", "A higher level teaching assistant from a Partnership school on what good deployment looks like from the other side."),
      ("B2", "Walk-through: your own week.")],
     "Walk-through: bring a fortnight of your diary; in threes, decide what you would delegate and to whom. Spoken feedback from the Band.",
     "Watch for Dancers who try to do it all themselves."),
    ("DANCE 4  \u00b7  STRIP THE WILLOW  \u00b7  Saturday 7 March 2009  \u00b7  at Greystead School", "Longways set", "Drowsy Maggie (reel)",
     [("A1", "Identifying pupils who may have SEN or disabilities: classroom observation, data, assessment and screening; the Code's graduated response."),
      ("A2", "The most common kinds of need - behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties - and how each can affect a child's learning, taught with Greystead's staff."),
      ("B1", "Setting targets that stretch: individual education plans, group plans, and reviewing a pupil's progress against them."),
      ("B2", "Planning an intervention around the barrier to learning rather than the label.")],
     "Walk-through: choose the pupil for your Reel 1.",
     "Two sets: Greystead's hall is smaller."),
    ("DANCE 5  \u00b7  THE CUMBERLAND REEL  \u00b7  Saturday 21 March 2009", "Sets of four couples", "The Cumberland Reel (jig)",
     [("A1", "Approaches and strategies for assessment, planning, teaching and learning: structured literacy and numeracy interventions, visual supports, social stories, nurture groups - what each claims, the evidence behind it, and when it does not work."),
      ("A2", "ICT that removes barriers, hands on: Clicker 5, Widgit symbols, text-to-speech and talking word processors, digital recorders."),
      ("B1", "What research and inspection tell us: Brooks, What Works for Pupils with Literacy Difficulties? (2007); the Bercow Review of services for children with speech, language and communication needs (2008); Ofsted, Inclusion: does it matter where pupils are taught? (2006); and best practice from the Partnership's own schools."),
      ("B2", "Using research and advice from outside the school to improve your own teaching and your colleagues'.")],
     "Walk-through: try one of the morning's strategies in your school.",
     "Ruth brings the ICT boxes."),
    ("DANCE 6  \u00b7  THE VIRGINIA REEL  \u00b7  Saturday 18 April 2009", "Longways, six couples", "Turkey in the Straw (reel)",
     [("A1", "Provision mapping and provision management: mapping and costing what the school provides, reading the map to find provision that is not working or is missing, and managing provision over a year."),
      ("A2", "Tracking progress with summative assessment: P scales, teacher assessment, the national tests at Key Stages 2 and 3 and RAISEonline; changing a pupil's programme when the tracking says so."),
      ("B1", "Anticipating trouble: six short cases in which a decision has to be made - a parent asks for statutory assessment, a key teaching assistant leaves, an intervention is not working - and how sound judgement on provision is reached."),
      ("B2", "Starting Reel 2: drafting your school's provision map.")],
     "Walk-through: bring your tracking data for one year group.",
     "The longest day. Tea at eleven sharp."),
]
DANCES2 = [
    ("DANCE 7  \u00b7  THE BOSTON TWO-STEP  \u00b7  Saturday 9 May 2009", "Couples facing round the room", "The Girl I Left Behind Me (march)",
     [("A1", "Consulting children and young people: pupil conferencing, Talking Mats, person-centred reviews, and questionnaires that children with little language can answer; practised in pairs with video of real conversations."),
      ("A2", "Fair, respectful, supportive and constructive relationships with pupils with SEN and with their families: what a pupil and a parent need from the SENCO."),
      ("B1", "Pupils in their own planning: pupils setting and reviewing their own targets, pupil-led reviews, and helping colleagues to work that way."),
      ("B2", "Walk-through.")],
     "Walk-through: consult one pupil about her or his provision, using one of the morning's methods, and bring back what you heard. Feedback in pairs.",
     "Have Kit's video ready."),
    ("DANCE 8  \u00b7  THE CANADIAN BARN DANCE  \u00b7  Saturday 6 June 2009", "Couples round the room", "Redwing (two-step)",
     [("A1", "Who else is there: educational psychology, speech and language therapy, CAMHS, sensory support, the behaviour support team, social care and the school nurse; the Common Assessment Framework and the team around the child; referral routes, thresholds and how to get specialist support and resources."),
      ("A2", "Reading other professionals' assessments - an educational psychologist's report, a speech and language therapy assessment - and turning them into teaching approaches."),
      ("B1", "Voluntary organisations: a panel from the local branch of the National Autistic Society, a dyslexia association and a young carers' project, on working in partnership so that support for a pupil is coherent."),
      ("B2", "Reel 1 tutorials.")],
     "Walk-through: map the services involved with pupils in your school.",
     "Jenny chairs the panel."),
    ("DANCE 9  \u00b7  ST BERNARD'S WALTZ  \u00b7  Saturday 27 June 2009", "Couples in a ring", "St Bernard's Waltz",
     [("A1", "Parents and carers as partners: the Code's chapter on working with parents, what the Parent Partnership Service does, and the chair of the Tynedale Parents' Forum on what families find helpful and what they do not."),
      ("A2", "Advising and supporting parents: explaining a pupil's needs and provision plainly, listening to a parent's view, and agreeing what home and school will each do; practised in pairs."),
      ("B1", "Reel 2 tutorials."),
      ("B2", "Reel 2 tutorials.")],
     "Walk-through: plan a conversation with the parents of your Reel 1 pupil about the next term; talk it through with your Partner.",
     "In the Pilot Ceilidh the afternoon was a role-play of a difficult review meeting, coached by the Band. It was danced in the Pilot Ceilidh only and is not in this year's programme."),
    ("DANCE 10  \u00b7  THE EIGHTSOME REEL  \u00b7  Saturday 19 September 2009", "Sets of eight", "The Duke of Perth (reel)",
     [("A1", "Leading with the head and governors: the SENCO's part in the school's inclusion policy, priorities, improvement plan and curriculum, the SEN governor, and using resources so that every pupil can reach the curriculum and the wider life of the school."),
      ("A2", "Gaining the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN."),
      ("B1", "The SEN budget: delegated funding, what it buys and how to show what it buys."),
      ("B2", "Reel 2 tutorials.")],
     "Walk-through: present your Reel 2 plan to your set as if to your governors.",
     "First Dance after the summer."),
    ("DANCE 11  \u00b7  THE HAYMAKERS  \u00b7  Saturday 17 October 2009", "Longways, five couples", "The Haymakers (jig)",
     [("A1", "Supporting colleagues' development: observing teaching and giving feedback, modelling, coaching and mentoring, and planning and leading a training session."),
      ("A2", "Formative assessment for every pupil: helping colleagues make assessment for learning work for pupils with SEN."),
      ("B1", "School self-evaluation: the principles of self-evaluation and improvement planning, the Ofsted self-evaluation form, and where outcomes for pupils with SEN sit in them."),
      ("B2", "Reviewing provision with the staff who deliver it, and writing what you find into the school's self-evaluation and improvement planning.")],
     "Walk-through: plan a ten-minute staff-meeting item on assessment for learning for pupils with SEN and try it on your set.",
     "Our own self-evaluation of the harp classes uses the same form: Ailsa shows it as an example of how not to fill it in."),
    ("DANCE 12  \u00b7  THE LAST WALTZ  \u00b7  Saturday 21 November 2009", "Couples", "Sweet Rose of Allendale (waltz)",
     [("A1", "Reel 3 conversations, at booked times through the day."),
      ("A2", "Keeping up: where SENCOs find new research, policy and practice, the local SENCO network, NASEN and journals; taking charge of your own professional development in SEN and disability."),
      ("B1", "The Next Tune (see below)."),
      ("B2", "The Last Waltz.")],
     "Walk-through: start a tune book of your reading and show it to your Partner at her last visit.",
     "Have tissues."),
]


def dance_block(d):
    name, formation, tune, figs, walk, note = d
    title(name, 10.5, 12)
    dt = doc.add_table(rows=2 + len(figs), cols=2)
    dt.style = "Table Grid"
    cell_text(dt.cell(0, 0), "Formation", bold=True, size=9)
    cell_text(dt.cell(0, 1), formation, size=9)
    cell_text(dt.cell(1, 0), "Tune", bold=True, size=9)
    cell_text(dt.cell(1, 1), tune, size=9)
    for cc in (dt.cell(0, 0), dt.cell(1, 0)):
        shade(cc, "F2F2F2")
    for i, (code, txt) in enumerate(figs, start=2):
        cell_text(dt.cell(i, 0), code, bold=True, size=9)
        cell_text(dt.cell(i, 1), txt, size=9)
    for r in dt.rows:
        r.cells[0].width = Cm(2.2)
        r.cells[1].width = Cm(14.3)
    para(doc, walk, size=9.5, space_after=2)
    p = para(doc, "Caller's note: " + note, italic=True, size=9, space_after=6)


for d in DANCES:
    dance_block(d)

# ---------------- interval text box ----------------
para(doc, "")
textbox(doc, [
    ("INTERVAL  -  after Dance 6: tea, the raffle, and the Back Room", True),
    ("Between Dances, Dancers meet in the Back Room, a closed discussion area on the University of Wansbeck's "
     "Blackboard site. The day's notes and slides go up there on the Monday after each Dance, and Dancers start "
     "threads, share provision maps and answer each other's questions. Partners can read it too.", False),
    ("The Back Room is the Dancers' own: the Band do not post there, and questions for the Band are saved for the "
     "next Dance.", False),
], height_pt=140)
para(doc, "")

for d in DANCES2:
    dance_block(d)

# ---------------- the reels ----------------
title("THE REELS", 14, 16)
body("Three Reels, each a 20-credit module, each marked against the Steps it calls. THE SET shows the same thing "
     "the other way round.")
REELS = [
    ("REEL 1  \u00b7  THE SINGLE REEL: ONE PUPIL'S STORY  \u00b7  due 10 July 2009",
     "A case study of one pupil with SEN or a disability in the Dancer's school, 5,000 words. The Dancer identifies the "
     "pupil's needs from observation, data and the assessments of other professionals, explains how the pupil's "
     "development and learning are affected by the need, sets targets, plans and runs an intervention with the pupil "
     "and the family, and reviews the pupil's progress and well-being after a term against the five outcomes. She "
     "shows how the law and the Code shaped what she did and how research and outside advice informed it. "
     "Calls Steps 1, 6, 8, 9, 11, 12, 18 and 19."),
    ("REEL 2  \u00b7  THE DOUBLE REEL: A CHANGE IN YOUR SCHOOL  \u00b7  due 6 November 2009",
     "A piece of leadership in the Dancer's own school, 5,000 words with appendices. The Dancer maps and costs her "
     "school's provision, uses the tracking data to find what is not working or missing, wins the head's agreement to "
     "a change, presents it to senior leaders and governors, deploys support staff to carry it out, chooses the "
     "approaches and resources (ICT among them), and reviews with the staff involved how well it worked, writing the "
     "findings into the school's self-evaluation. Calls Steps 2, 13, 14, 17, 20, 23, 24 and 26."),
    ("REEL 3  \u00b7  THE REEL OF THREE: THE CONVERSATION  \u00b7  at the Last Waltz",
     "A forty-minute professional conversation between the Dancer, two of the Band and her Partner, on a portfolio "
     "the Dancer brings: a record of coaching a colleague, a note of her work with an outside agency or voluntary "
     "organisation, and a short paper on research she has used. The Band put cases to her - one on a disabled pupil "
     "and the school's duties, one on a problem she has to see coming - and listen to how she reasons and explains. Calls Steps 4, 5, 10, 15, 16, 25 and 29."),
]
for h, txt in REELS:
    title(h, 10.5, 8)
    body(txt)

# ---------------- how the evening ends ----------------
title("HOW THE EVENING ENDS")
p = body("Every Reel is marked out of 100. The University's Board of Examiners awards the Postgraduate Certificate to "
         "every Dancer whose three Reels average 50 per cent or more. A Reel marked between 40 and 49 per cent may be "
         "carried by the other two; a Reel below 40 must be danced again, once, within the next Ceilidh.")
doc.add_comment(p.runs, text="University regs - we can't change this for 2009. TR", author="Tom Ridley", initials="TR")
body("At the Last Waltz each Dancer drafts her Next Tune: three professional targets for the year after the Ceilidh, "
     "on a planning sheet that asks what she will do next in her role and what she wants to learn. She talks it through with her "
     "Partner, and the Caller sends the Next Tune sheet to her head with the results, for the head to use in the "
     "Dancer's performance management.")

# ---------------- the band ----------------
title("THE BAND")
band = [("Who", "Plays", "Background"),
        ("Ailsa Fenwick, the Caller", "harp", "BEd, MA (Education), NPQH. SENCO at Allenmouth Middle School for nine years, then the county's SEN adviser for the western area until 2007. Director of Ravenscleugh's inclusive harp project."),
        ("Dr Tom Ridley", "fiddle", "Senior Lecturer in Inclusive Education, University of Wansbeck; programme lead for the MA in Inclusive Practice."),
        ("Jenny Charlton", "melodeon", "Senior educational psychologist with the county; seventeen years in practice."),
        ("Ruth Armstrong", "piano accordion", "Specialist speech and language therapist (NHS) in Partnership schools; runs the county's loan scheme for communication aids."),
        ("Kit Dodd", "smallpipes", "Advanced skills teacher for autism at Greystead School; formerly SENCO in a Partnership high school.")]
table(doc, band, widths=[4, 2.5, 10])
para(doc, "")
body("All of the Band work with pupils with SEN every week and keep up their specialisms through the county's "
     "SENCO network, NASEN and the University's research seminars. Guests: a sensory support teacher, a "
     "CAMHS nurse, a higher level teaching assistant and the Parents' Forum chair.")
body("Dancers have the University's library and online journals from the first Dance. The Barn has a projector and "
     "sound, and a loan library: standardised reading, spelling and "
     "language assessments, Talking Mats kits, Clicker 5 and Widgit symbol software on six laptops, and copies of "
     "every book on the reading list.")
body("In the Pilot Ceilidh every Dancer spent a day at Greystead School. We have not been able to keep that: "
     "a Dancer who wants to spend time in a special school or unit arranges "
     "the visit herself.")

title("KNOWING YOUR PART", 11)
body("Every member of the Band has the Band Book, which sets out who teaches what, how the Reels are marked and what "
     "to do when a Dancer struggles. Partners come to a Partners' evening in December, where the Caller goes "
     "through their written role description, the walk-throughs and their part in Reel 3. A new member of the Band second-marks with the Caller for a year "
     "before marking alone.")

title("KEEPING IN TIME: MARKING", 11)
body("Before each Reel is marked the Band meet for a standardisation morning, marking two Reels from the Pilot "
     "Ceilidh together against the Steps. Every Reel is then marked by one of the Band and second-marked blind by "
     "another. All fails, all borderline marks and one Reel in four go to the University's moderator, and the "
     "University's external examiner sees a sample of every Reel and the moderation record before the Board of "
     "Examiners meets.")

# ---------------- looking back ----------------
title("WHY A CEILIDH, AND WHY THESE DANCES")
body("In March 2008 the Caller met the nine heads of the Partnership, and we sent a short questionnaire to the heads "
     "and SENCOs of 41 schools in the west of the county; 29 replied. The county's SEN team and the Tynedale Parents' "
     "Forum also told us what they wanted. Twenty-two of the 29 said their SENCO had never been shown how to map "
     "provision; seventeen named the deployment of teaching assistants; heads asked for days that did not take "
     "teachers out of class; and the Parents' Forum asked that SENCOs learn about the voluntary organisations "
     "families already use.")
body("So the Ceilidh is danced on Saturdays; provision mapping has the whole morning of Dance 6; deployment of support staff has a Dance of its own; the voluntary organisations' panel was "
     "added to Dance 8 at the Forum's request; and Reel 2 is set in the Dancer's own school because the heads asked "
     "for work that helps the school as well as the teacher.")
p = body("Partners from Partnership schools mentor the Dancers, Greystead School hosts Dance 4, and the Parents' Forum "
         "chair speaks at Dance 9. We hope the Partnership heads will join us in looking back on the first Ceilidh "
         "when it is over.")
doc.add_comment(p.runs[-1:], text="Heads said yes at the March meeting, I think - confirm before this goes. AF",
                author=AUTH, initials="AF")

title("LOOKING BACK ON EACH DANCE", 11)
body("Every Dancer fills in a ticket stub at the end of each Dance: what worked, what did not, and one thing she "
     "will try in school. Partners send the Caller a note each term. After each "
     "Reel the Band look at the marks Step by Step. The external examiner's report and the University's annual "
     "monitoring look at the Ceilidh from outside. The Caller keeps a Changes Book: each change is written in it with the "
     "evidence behind it, the Book goes to the University's programme committee with the annual monitoring report, "
     "and the next Ceilidh's Dancers are told at Dance 1 what changed and why.")
body("At the Tuning-Up and again at the Last Waltz each Dancer rates her confidence on every Step, and the Band "
     "compare the two; Partners say what they have seen change in the Dancer's practice. We would like, in time, to "
     "hear from Partnership schools whether their pupils with SEN are doing better, but we have no way yet of "
     "measuring this.")

# ---------------- the set ----------------
title("THE SET", 14, 16)
body("The key is in THE HALL, above.", italic=True)
SET = [
    ("band", "HOW A SENCO CARRIES HERSELF"),
    ("1", "Build fair, respectful, supportive and constructive relationships with pupils with SEN and disabilities and with their families", "7, 9", "R1"),
    ("2", "Win the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN", "10", "R2"),
    ("3", "Put first things first, manage her time and hand work on to others, making sure it is done", "3", "W"),
    ("4", "See problems coming and sort them out; make sound, well-founded decisions about provision", "6", "R3"),
    ("5", "Speak and write clearly; listen to other people and understand their views", "every Dance", "R3"),
    ("6", "Use research and outside advice to improve her own and her colleagues' teaching", "5", "R1"),
    ("7", "Keep up to date and take charge of her own professional development in SEN and disability", "12", "W"),
    ("band", "WHAT A SENCO KNOWS"),
    ("8", "The law and guidance on SEN, the Code of Practice, what they mean for the school and how to put them into practice", "2", "R1"),
    ("9", "Every Child Matters: its principles and five outcomes, and what the SENCO can do towards them", "1", "R1"),
    ("10", "Disability equality law and what it requires schools to do for disabled pupils", "2", "R3"),
    ("11", "How children develop, and how SEN, disability and the setting for learning affect their development", "\u2013", "R1"),
    ("12", "The most common kinds of SEN and disability and how they affect learning", "4, 5", "R1"),
    ("13", "Approaches, strategies and resources, ICT among them, for assessment, planning and teaching, understood critically", "5", None),
    ("14", "How school self-evaluation and improvement work, and how they bear on outcomes for pupils with SEN", "11", "R2"),
    ("15", "Best practice and what research says about meeting special educational needs", "5", "R3"),
    ("16", "What outside agencies do and how to get specialist support and resources", "8", "R3"),
    ("band", "WHAT A SENCO DOES"),
    ("17", "With senior colleagues and governors, shape an inclusive ethos, policies, priorities and the use of resources", "10", "R2"),
    ("18", "Find pupils who may have SEN, set challenging targets, plan interventions and review progress", "4", "R1"),
    ("19", "Use other professionals' assessments to shape teaching", "8", "R1"),
    ("20", "Use summative assessment and national tests to track progress and change programmes", "6", "R2"),
    ("21", "Encourage colleagues to use formative assessment, with approaches for pupils with SEN", "11", "W"),
    ("22", "See in good time what arrangements pupils need for tests and examinations, and put them in place", "\u2013", "\u2013"),
    ("23", "Map and manage provision, and find provision that does not work or is missing", "6", "R2"),
    ("24", "Deploy and manage support staff well", "3", "R2"),
    ("25", "Help colleagues develop: observe and give feedback, model, coach and mentor, train", "11", "R3"),
    ("26", "Review with colleagues how well provision works, to feed the school's self-evaluation", "11", "R2"),
    ("27", "Make sure pupils take part in planning, agreeing and reviewing their own provision", "7", "W"),
    ("28", "Work with parents and carers to help their children learn and develop", "9", "W"),
    ("29", "Work in partnership with other services and voluntary organisations", "8", "R3"),
]
st = doc.add_table(rows=1 + len(SET), cols=4)
st.style = "Table Grid"
for j, h in enumerate(("Step", "What the Dancer learns to do", "Danced at", "Called in")):
    cell_text(st.cell(0, j), h, bold=True, size=9)
    shade(st.cell(0, j), "BDD7EE")
comment_row = None
for i, row in enumerate(SET, start=1):
    if row[0] == "band":
        band_row(st, i, row[1], fill="DEEAF6")
        continue
    step, what, danced, called = row
    cell_text(st.cell(i, 0), step, size=9)
    cell_text(st.cell(i, 1), what, size=9)
    cell_text(st.cell(i, 2), danced, size=9)
    if called is None:
        cp = st.cell(i, 3).paragraphs[0]
        add_del_run(cp, "W", AUTH, DATE)
        add_ins_run(cp, "R2", AUTH, DATE)
    else:
        cell_text(st.cell(i, 3), called, size=9)
    if step == "22":
        comment_row = st.cell(i, 1).paragraphs[0].runs
for r in st.rows:
    for j, w in enumerate((1.3, 10.5, 2.3, 2.4)):
        r.cells[j].width = Cm(w)
doc.add_comment(comment_row, text="Exam access arrangements? Kit says the high schools really want this. Could go in "
                "Dance 6 next year.", author=AUTH, initials="AF")

para(doc, "")
body("Ailsa Fenwick, Caller, for Ravenscleugh Harp and Folk School and the North Tyne and Allen Schools Partnership. "
     "12 November 2008.", italic=True)

doc.save(OUT)
print(OUT.name, "words:", word_count(OUT))
