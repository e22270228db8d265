"""py-02-corvale-booking-sheet: writes py-02-corvale-booking-sheet.docx next to itself.

Provider (invented): Corvale Wrestling Club, a community wrestling club in Kingsreach that trains members and
runs monthly family shows under the name Corvale Championship Wrestling (CCW), and whose education team
(former teachers) runs "CCW in Schools"; with the University of Kingsreach, which validated the Award, and
Kingsreach Borough Council, which part-funds places. Submitted January 2009.

Document kind and layout: the course written as the promotion's season Booking Sheet, the document a wrestling
promotion's booker sends to producers and talent setting out the card for every show of a tour. No heading
styles: bold capital lines typed as titles, hand-typed numbers for the booker's notes. The teachers are
"Talent", tutors "Producers", the programme leader the "Booker", the course office "Talent Relations", the
in-school mentor the "Tag partner", the external examiner the "Commissioner", the pre-course needs assessment
the "Tryout", the individual plan the "Talent Plan", a run of the course a "Tour" (January and September),
taught Saturdays "Shows" 1-6, twilight cluster sessions "House shows", school-based tasks "Homework angles",
visits to other settings "Road trips", guest speakers "Run-ins", marked assignments "Title Matches" 1-3,
formative work a "Dark match", the assessment-only route a "Title shot", the online forum "the Locker Room",
the national outcomes "Storylines". A title block table with merged shaded cells and [TBC] placeholders; a
"Words we use" table that keys the Storyline Tracker twenty pages later ("Built on", "Paid off at", "Dark
match", "Teased", "Shelved", a dash); six show cards, each a table with a merged title row and a merged
FINISH row; a "BOOKER'S NOTE" VML text box claiming every storyline is paid off; a producers table; a
landscape Storyline Tracker numbered 1-29 in the club's own words (no national codes) with a Booker's note
column. Header and footer. Two footnotes. Tracked changes: a deleted card row (consulting pupils), a deleted
APL sentence, an inserted Title shot paragraph, a Paid off cell changed from Dark match to Title Match 3 for
disability law. Three comments.

Traps (requirement ids):
- 2.1 not_met: "Belts don't travel": prior credit and experience are not carried in and "the University's APL
  regulations do not apply to this Award" (negation, phrased in house vocabulary); the sentence accrediting
  20 credits is a tracked deletion; a comment asking about APL for next year is not part of the submission.
- 2.3 met: the Title shot paragraph is a tracked insertion (so it counts).
- 1.5 not_met and 6.S7 not_met: consulting pupils is "the storyline we are building towards for the 2010
  season" (a plan); the card row "Asking the crowd" is a tracked deletion; the Tracker row says "Shelved".
- 6.K4 not_met: child development is "Shelved" in the Tracker, "Cut for time after the 2008 pilot" (a past
  arrangement: it was in the pilot, it is not in this card).
- 6.A7 partially_met: the Next Contender plan at Show 6 works on the talent's own development, but keeping up to
  date is "the talent's own business, not the promotion's" (someone else's) and the Paid off cell is a dash.
- 3.3 partially_met: the Locker Room gives peer support between Shows but "Producers do not post in the Locker
  Room" (no direct tutor support online); a comment suggesting producers drop in is not evidence.
- 3.1 partially_met: only general welcome and venue access ("Talent who need anything should tell Talent
  Relations"); nothing on adjustments in assessment or in promotional material.
- 4.3 partially_met: stakeholders are run-ins (delivery) and a headteacher sits on the Title Match 3 panel,
  but their part in evaluation was the 2008 pilot's (a past arrangement) and "for 2009 that is not booked";
  the Booking Committee that rewrites the card is the promotion's own staff.
- 5.2 partially_met: entry checks role, QTS and release only; "Nobody is turned away at the Tryout".
- 5.5 partially_met: run-ins give specialist expertise, but road trips (placements) were for everyone in the
  pilot (past) and are now optional, "if their head will release them and pay the cover" (condition).
- 5.6 partially_met: specialist technology "borrowed from the Council's ICT Centre when it is free"
  (condition); talent bring their own laptops.
- 1.9 partially_met and 6.0 partially_met: the award rule says every storyline must be paid off, but the
  Tracker leaves storylines as Dark match, unpaid or Shelved, so the rule cannot be met as planned; the text
  box's "every storyline ... paid off" is an unsupported claim.
- Tracker partials: 6.A2, 6.K8, 6.S5 "Dark match" (formative only); 6.A7 paid off at a dash; 6.S2c built on a dash but paid off at Title Match 3 (assessed, not taught); 6.S2d "Teased" (mentioned, no
  time) but paid off at Title Match 1.
- Met despite traps: 6.K3 (its Paid off cell was changed by tracked change from Dark match to Title Match 3:
  the inserted value counts); 5.3 (Talent Relations sees the original enhanced CRB certificate, records it and
  renews through the club's registered body); 2.2 (Tryout against the 29 storylines, a Talent Plan with the
  talent's own headline storylines and targets); 3.2 (two Tours, either half first, House shows); 5.9 (pupil
  progress data added up across the roster); E.1/E.2 (validated 3 December 2008, 60 credits at Level 7).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _py_helpers import (base_doc, para, ins_run, del_run, ins_para, del_para, del_row, table, cell_text,
                         fill_row, shade, repeat_header, textbox, page_field, Footnotes, landscape_section,
                         portrait_section, comment)
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
LF, MO, JS = "Lorraine Fell", "Marcus Okafor", "Jenny Stroud"
D1, D2 = "2009-01-06T11:20:00Z", "2009-01-08T19:45:00Z"
RED, GREY, GOLD = "8B0000", "808080", "FCE4D6"

doc = base_doc("Arial", 10)
fn = Footnotes(doc)


def title_line(text, size=12, color=RED, space_after=4):
    return para(doc, text, bold=True, size=size, color=color, space_after=space_after, keep=True)


# ------------------------------------------------------------------ header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "CORVALE CHAMPIONSHIP WRESTLING  \u2014  BOOKING SHEET  \u2014  SEASON 2009  \u2014  PRODUCERS, TALENT & PANEL ONLY"
hp.runs[0].font.size = Pt(7.5)
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
r = fp.add_run("CCW Booking Sheet v3 \u00b7 printed 9 January 2009 \u00b7 page ")
r.font.size = Pt(7.5)
page_field(fp)

# ------------------------------------------------------------------ title block
tb = table(doc, 6, 4, widths=[3.4, 5.0, 3.4, 5.0])
t0 = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(t0, [[("CORVALE CHAMPIONSHIP WRESTLING", {"bold": True, "size": 16})],
               [("presents", {"italic": True, "size": 9})],
               [("THE AWARD TOUR \u2014 SEASON 2009", {"bold": True, "size": 13})],
               [("Booking Sheet for the National Award for SEN Coordination", {"size": 10})]],
          fill="1A1A1A", color="FFFFFF", align="center")
cells = [("Promotion", "Corvale Wrestling Club, Mill Street, Kingsreach"),
         ("Title sanctioned by", "University of Kingsreach, Faculty of Education"),
         ("Booker", "Lorraine Fell"),
         ("Belt", "PG Certificate, 60 credits at Level 7"),
         ("January Tour", "Shows 1\u20136, 17 Jan to 27 Jun 2009"),
         ("September Tour", "Shows 1\u20136, 19 Sep 2009 to [dates TBC] 2010"),
         ("Home venue", "The Corn Exchange, Kingsreach"),
         ("Show 6, Sept Tour", "[VENUE TBC]")]
for i, (k, v) in enumerate(cells):
    r_, c_ = 1 + i // 2, (i % 2) * 2
    cell_text(tb.cell(r_, c_), k, bold=True, size=9, fill=GOLD)
    cell_text(tb.cell(r_, c_ + 1), v, size=9, color=GREY if "TBC" in v else None, italic="TBC" in v)
t5 = tb.cell(5, 0).merge(tb.cell(5, 3))
cell_text(t5, "This sheet goes to the TDA panel as our application for approval, round two, 2008\u201309, exactly "
              "as it goes to our producers and talent.", italic=True, size=9, align="center")

para(doc, "")
title_line("WHAT THIS PROMOTION IS FOR", 12)
para(doc, "Every CCW show has one job: the kids in the crowd go home having had the best night of their month. "
          "The Award Tour has the same job, done the long way round. It exists so that children and young people "
          "with special educational needs and disabilities in Kingsreach schools achieve more and live better: "
          "that they are healthy, safe, enjoy school and achieve in it, make a positive contribution and leave "
          "ready for work and adult life. The talent on this tour are the teachers who coordinate their schools' "
          "SEN provision. Everything on the card is there because it changes what a SENCO does on Monday morning "
          "for those children, and every Title Match asks the talent to show what changed for them.")
para(doc, "The University of Kingsreach validated the Award at its validation event on 3 December 2008 as the "
          "Postgraduate Certificate in Special Educational Needs Coordination, 60 credits at Level 7 (Master's). "
          "The University registers the talent, holds the Board of Examiners, appoints the Commissioner and "
          "awards the belt. Kingsreach Borough Council pays half the fee for its own schools.")

# ------------------------------------------------------------------ words we use
title_line("WORDS WE USE", 12)
para(doc, "Producers, talent and the panel read this sheet in the promotion's words. This is what they mean.",
     italic=True, size=9)
words = [
    ("Talent", "A teacher on the Award: a SENCO, or a teacher named by the head to become one."),
    ("Booker", "The programme leader, who writes the card."),
    ("Producer", "A tutor. In a promotion the producer lays out a match with the talent; ours lay out the learning."),
    ("Talent Relations", "The course office: signing, checks, records, the Locker Room noticeboard."),
    ("Tag partner", "A senior leader in the talent's own school who works with them between Shows."),
    ("Commissioner", "The external examiner, appointed by the University."),
    ("Tryout", "The needs assessment every talent has before Show 1."),
    ("Talent Plan", "The talent's own plan, agreed at the Tryout."),
    ("Tour", "One run of the Award. There is a January Tour and a September Tour."),
    ("Show", "A taught Saturday, 10.00 to 4.00. Six Shows a Tour."),
    ("House show", "A twilight session, 4.00 to 6.00, held in a talent's school between Shows and led by a producer."),
    ("Homework angle", "A task the talent carries out in their own school between Shows."),
    ("Road trip", "A day in another setting."),
    ("Run-in", "A guest who comes into a segment: a parent, a therapist, a head, a psychologist."),
    ("Title Match", "A piece of work marked against the Storylines. There are three."),
    ("Title shot", "Going straight to the Title Matches without the Shows."),
    ("The Locker Room", "The talent's discussion board on the University's Blackboard site."),
    ("Storyline", "One of the national outcomes for the Award. The Storyline Tracker is at the back of this sheet."),
    ("Built on", "In the Tracker: the Show on which a storyline is worked on."),
    ("Paid off at", "In the Tracker: the Title Match at which a storyline is marked."),
    ("Dark match", "Work done before the cameras roll: practised at a Show, with a producer's feedback, never marked."),
    ("Teased", "A storyline mentioned in a segment but given no time of its own."),
    ("Shelved", "A storyline not on this season's card."),
    ("\u2014", "In the Tracker: nothing booked."),
]
wt = table(doc, len(words), 2, widths=[3.6, 13.2])
for i, (k, v) in enumerate(words):
    cell_text(wt.cell(i, 0), k, bold=True, size=9, fill=GOLD)
    cell_text(wt.cell(i, 1), v, size=9)

# ------------------------------------------------------------------ booker's notes
title_line("BOOKER'S NOTES TO THE LOCKER ROOM", 12)
notes = [
    "Two Tours a year. The January Tour runs Shows 1 to 6 from January to June; the September Tour runs them "
    "from September to March. Shows 1\u20133 and Shows 4\u20136 are two halves, and a talent may work either half "
    "first, or start on one Tour and finish on the other. Every Show is on a Saturday so that no school pays for "
    "cover.",
    "Between Shows there are three House shows a Tour, in talents' schools, and the Locker Room.",
    "The Locker Room is a discussion board on the University's Blackboard site. Between Shows, talent post their "
    "homework angles there, comment on each other's, and keep the storylines going. Producers do not post in the "
    "Locker Room: it belongs to the talent, and questions for producers are saved for the next Show or House show. "
    "Talent Relations uses its noticeboard for card changes.",
    "Run-ins are booked by the Booker. Every run-in gets a one-page brief with the storyline, the segment and the "
    "timing a fortnight before the Show.",
    "Pupil voice (asking the crowd) is the storyline we are building towards for the 2010 season. It is not on "
    "this card.",
    "Keeping up to date after the belt is the talent's own business, not the promotion's.",
]
note_paras = []
for i, n in enumerate(notes, 1):
    note_paras.append(para(doc, [(f"{i}.  ", {"bold": True}), (n, {})], space_after=3))
comment(doc, note_paras[2].runs[1], "Should producers at least drop in once a week? Talent asked for it in the pilot. JS",
        JS, "JS")

p = para(doc, "")
textbox(p, [("BOOKER'S NOTE \u2014 CARD SUBJECT TO CHANGE", True),
            "Every storyline on the national list is booked, built and paid off on this tour. If a talent misses "
            "a Show they catch it at the next House show. Doors 9.30, bell 10.00, no exceptions.",
            "\u2014 L.F."], width_pt=430, height_pt=84, fill="FFF2CC", stroke="8B0000")

# ------------------------------------------------------------------ talent relations
title_line("TALENT RELATIONS", 12)
para(doc, "Signing. Talent Relations signs a talent when they hold QTS, are in post as SENCO or named by their head "
          "to become one, and their head has signed the release for six Saturdays and three House shows and named a "
          "Tag partner. Nobody is turned away at the Tryout: the Tryout is for planning, not for selection.")
para(doc, "Checks. Before Show 1, Talent Relations sees each talent's enhanced CRB disclosure certificate (the "
          "original, not a copy), records its number and date of issue, and checks that it was issued for work in "
          "a school within the last three years. Where it was not, the club, as a registered body with the Criminal "
          "Records Bureau, processes a new enhanced disclosure before the talent goes into any school other than "
          "their own. The same check is made of every producer and run-in who works with pupils.")
para(doc, "Everyone welcome. CCW has always put on shows for every kind of crowd, and the Award Tour is the same. "
          "The Corn Exchange has a lift, a hearing loop and accessible toilets. Talent who need anything should "
          "tell Talent Relations.")
p = para(doc, "Belts don't travel. Credit won on another university's course, or for years in the job, is not carried "
              "in: the University's APL regulations do not apply to this Award.")
p.add_run(" ")
del_run(p, "The University will accredit up to 20 credits of prior certificated learning towards the belt.", MO, D1)
comment(doc, p.runs[0], "Marcus \u2013 can we ask the University about APL for the 2010 season? LF", LF, "LF")
p = ins_para(doc, "Title shot. Exceptionally, a talent who already works at SENCO level, such as an advisory "
                  "teacher or a SENCO of long standing moving into a new school, may ask the Commissioner for a "
                  "title shot. If the Tryout shows they are ready, they skip the Shows and go straight to the three "
                  "Title Matches, marked exactly as everyone else's, for a fee of \u00a3450.", LF, D2)

# ------------------------------------------------------------------ tryout
title_line("THE TRYOUT AND THE TALENT PLAN", 12)
para(doc, "Before Show 1 every talent fills in the Tryout sheet: the 29 storylines of the Tracker, each rated from 0 "
          "(never done it) to 3 (could produce it for a colleague), with a sentence of evidence for every 2 or 3. "
          "Their Tag partner reads it and adds a line. Then comes the Tryout itself, 45 minutes with a producer at "
          "the Corn Exchange or in the talent's school, which tests the ratings against the evidence and against "
          "what the producer sees of the talent's school.")
para(doc, "Out of the Tryout comes the Talent Plan. It names the storylines the talent headlines (the ones they "
          "most need, usually four to six), the ones they only have to work, and the ones they already own. For "
          "each headline storyline it sets the talent's own target, in their own school, and says which Title "
          "Match it will be paid off in. Headline storylines get a producer's tutorial and a slot at a House show. "
          "A storyline the talent already owns can be swapped for a bye: they spend that segment in the green room "
          "on their own Title Match with a producer on hand. The Talent Plan is signed by the talent, the producer "
          "and the Tag partner, and looked at again after each Title Match.")
para(doc, "The fee is \u00a31,250 for the Tour. Kingsreach Borough Council pays half for its schools from its "
          "Standards Fund allocation for SEN.")
fn.add(doc.paragraphs[-1], "The Council's Schools Forum agreed the allocation for 2009\u201310 on 11 November 2008.")
para(doc, "Show 6 closes with each talent's Next Contender plan: what they will aim at in the year after the belt, "
          "worked out with a producer from their Tryout sheet, their Title Match feedback and a list of what comes "
          "next (the University's MA, NASEN's local group, the Council's SENCO network, specialist qualifications in "
          "dyslexia or autism). The talent takes it to their performance management meeting with the head.")

# ------------------------------------------------------------------ the card
title_line("THE CARD", 14)
para(doc, "Times are for the January Tour; the September Tour runs the same card. Each Show ends with its FINISH: "
          "the homework angle the talent takes back to school.", italic=True, size=9)

shows = [
    ("SHOW 1 \u00b7 THE RULEBOOK \u00b7 Sat 17 Jan \u00b7 Corn Exchange",
     [("10.00", "Opening promo: what the promotion is for; the five Every Child Matters outcomes and the SENCO's "
                "part in each", "Booker", "L. Fell"),
      ("10.40", "The Code: the SEN Code of Practice, School Action, School Action Plus, statements, annual "
                "reviews, and what each asks of the school, the SENCO and governors", "Run-in: the Council's SEN "
                "Casework Manager", "M. Okafor"),
      ("12.00", "The Equality Duty: the Disability Discrimination Act 1995 and 2005, the Disability Equality "
                "Duty, accessibility plans, reasonable adjustments for pupils", "", "M. Okafor"),
      ("1.30", "What's new: the Inclusion Development Programme, the 2008 SENCO regulations, the Lamb Inquiry, "
               "Ofsted's Inclusion: Does It Matter Where Pupils Are Taught? (2006)", "", "L. Fell"),
      ("3.00", "Dark match: a three-minute spoken promo on your school's SEN policy, with producer feedback", "All "
               "talent", "L. Fell")],
     "FINISH: audit your school's SEN policy and accessibility plan against the law, with your Tag partner."),
    ("SHOW 2 \u00b7 KNOW THE ROSTER \u00b7 Sat 14 Feb \u00b7 Corn Exchange",
     [("10.00", "The common needs: behavioural, emotional and social difficulties; dyslexia and other specific "
                "learning difficulties; speech, language and communication needs; autism; moderate learning "
                "difficulties; and what each does to learning", "Run-in: speech and language therapist",
       "J. Stroud"),
      ("1.30", "Spotting it: identifying pupils who may have SEN from observation, data and assessment; targets "
               "that stretch; planning interventions; reviewing them", "", "M. Okafor"),
      ("2.45", "Reading the reports: turning psychologists', therapists' and advisory teachers' assessments into "
               "teaching", "Run-in: educational psychologist", "J. Stroud")],
     "FINISH: choose your case pupil for Title Match 1 and collect every professional's report on them."),
    ("SHOW 3 \u00b7 THE NUMBERS GAME \u00b7 Sat 14 Mar \u00b7 Corn Exchange",
     [("10.00", "Tracking: P scales, national tests, RAISEonline and the school's own data; changing a programme "
                "that is not working (access arrangements for tests get a mention)", "", "M. Okafor"),
      ("11.15", "Approaches, strategies and resources for assessment, planning and teaching, ICT included: a "
                "critical look at what is on the market and what the evidence says", "Run-in: the Council's ICT "
                "and SEN adviser", "M. Okafor"),
      ("1.30", "Relationships: building fair, respectful, supportive relationships with pupils with SEN and their "
               "families", "", "L. Fell"),
      ("2.30", "Parents as partners: advising parents, supporting them, working with them, hearing them; the "
               "meeting that goes wrong", "Run-in: Parent Partnership Service and a parent", "L. Fell")],
     "FINISH: Title Match 1 due Friday 3 April."),
    ("SHOW 4 \u00b7 OUTSIDE HELP \u00b7 Sat 25 Apr \u00b7 Corn Exchange",
     [("10.00", "Who does what: educational psychology, CAMHS, therapies, sensory support, social care, "
                "Connexions, voluntary groups; how to get their help and resources", "Run-in: Kingsreach Autism "
                "Support (voluntary)", "J. Stroud"),
      ("11.15", "Working together: the Common Assessment Framework, team around the child, joint planning with "
                "other services", "Run-in: CAMHS primary mental health worker", "J. Stroud"),
      ("1.30", "Problem night: four cases where the SENCO has to decide; weighing options; using research and "
               "outside advice to improve your own and colleagues' practice", "", "M. Okafor"),
      ("2.45", "Dark match: journal club on best practice and research in meeting SEN (two papers, read in "
               "advance)", "All talent", "M. Okafor")],
     "FINISH: map the outside services your school uses and the ones it misses."),
    ("SHOW 5 \u00b7 RUNNING THE LOCKER ROOM \u00b7 Sat 23 May \u00b7 Corn Exchange",
     [("10.00", "Provision mapping and management; finding provision that is missing or not working", "Run-in: "
                "SENCO, Quayside Primary", "L. Fell"),
      ("11.15", "Deploying and managing teaching assistants and other staff", "", "P. Haddow"),
      ("12.00", "Your own time: priorities, delegating, checking it gets done", "", "P. Haddow"),
      ("1.30", "Advising and supporting colleagues in your school and across schools; collaborating with them",
       "", "P. Haddow"),
      ("2.30", "Dark match: winning the head over (role play); coaching a colleague after an observation "
               "(practised in threes)", "Run-in: headteacher", "P. Haddow")],
     "FINISH: draw your school's provision map for Title Match 2, due Friday 19 June."),
    ("SHOW 6 \u00b7 MAIN EVENT \u00b7 Sat 27 Jun \u00b7 Corn Exchange",
     [("10.00", "Strategy: working with senior leaders and governors on an inclusive ethos, policy, priorities "
                "and the SEN budget", "Run-in: chair of governors", "L. Fell"),
      ("11.15", "Review: evaluating provision with the staff who deliver it, and feeding the school's "
                "self-evaluation and improvement plan; what school self-evaluation is and how Ofsted uses it",
       "", "M. Okafor"),
      ("1.30", "Title Match 3: presentations and conversations (see below)", "Commissioner in attendance",
       "All producers"),
      ("3.30", "Next Contender plans", "All talent", "L. Fell")],
     "FINISH: the belt, or a rematch date."),
]
show_tables = []
for title, segs, finish in shows:
    para(doc, "")
    st = table(doc, len(segs) + 3, 4, widths=[1.5, 9.3, 3.6, 2.4])
    h = st.cell(0, 0).merge(st.cell(0, 3))
    cell_text(h, title, bold=True, size=10, fill="1A1A1A", color="FFFFFF")
    fill_row(st.rows[1], ["Bell", "Segment", "Run-in / who", "Producer"], bold=True, size=8.5, fill=GOLD)
    for i, seg in enumerate(segs, 2):
        fill_row(st.rows[i], list(seg), size=8.5)
    f = st.cell(len(segs) + 2, 0).merge(st.cell(len(segs) + 2, 3))
    cell_text(f, finish, bold=True, size=8.5, fill="EDEDED")
    show_tables.append(st)

# a deleted row in Show 3's card: consulting pupils
s3 = show_tables[2]
new = s3.add_row()
fill_row(new, ["3.30", "Asking the crowd: consulting pupils about their provision and involving them in their "
                       "reviews", "Run-in: two CCW junior members", "L. Fell"], size=8.5)
# move the new row above the FINISH row, then mark it deleted
finish_tr = s3.rows[len(shows[2][1]) + 2]._tr
finish_tr.addprevious(new._tr)
del_row(new, LF, D1)

# ------------------------------------------------------------------ title matches
para(doc, "")
title_line("TITLE MATCHES", 12)
tms = [
    ("Title Match 1 \u2014 The Case (4,000 words, due 3 April).", "A case study of one pupil: how their needs "
     "were identified, what the professionals' assessments said and how the talent turned them into teaching, "
     "targets and interventions, how progress was tracked with the school's data and national tests and what "
     "changed as a result, the arrangements made for the pupil in national tests, and how the talent built the "
     "relationship with the pupil and worked with the pupil's parents. It must show what the talent knows about "
     "the pupil's type of need and about the approaches and resources chosen."),
    ("Title Match 2 \u2014 The Map (4,000 words, due 19 June).", "The talent's provision map for their school, "
     "with an account of how staff are deployed and managed, what the talent stopped, started and delegated and "
     "why, a problem they had to resolve and the research and outside advice they used. It must include two "
     "terms of progress data for the pupils whose provision the talent changed."),
    ("Title Match 3 \u2014 The Main Event (Show 6).", "A twenty-minute presentation to two producers and a "
     "headteacher on the review of provision the talent led with colleagues and what they told their senior "
     "leaders and governors, including how the talent helped colleagues build formative assessment into their "
     "lessons for pupils with SEN; then a twenty-minute conversation on the law (SEN and disability), Every "
     "Child Matters, school self-evaluation and the outside agencies, and how the talent works with them. The "
     "talent is marked on how clearly they speak and write (the slides and a two-page handout) and how they "
     "listen and answer."),
]
for t, d in tms:
    para(doc, [(t + " ", {"bold": True}), (d, {})])
para(doc, "Every Title Match is marked by two producers against the storylines it pays off and the University's "
          "Level 7 criteria. Before results go out the producers meet to agree marks, with three scripts from the "
          "2008 pilot as benchmarks. The Commissioner sees a third of all scripts, every fail and every "
          "distinction, sits in on Title Match 3, and reports to the University's Board of Examiners, which "
          "confirms every result.")
fn.add(doc.paragraphs[-1], "The Commissioner for 2009 is Dr Ruth Allbright, Reader in Special and Inclusive "
                           "Education at the University of Westerhithe.")
para(doc, "The belt. The Commissioner signs the Award only when a talent has paid off every storyline on the "
          "Tracker. A talent who falls short on any storyline gets a rematch on the next Tour.")

# ------------------------------------------------------------------ producers
title_line("PRODUCERS", 12)
pt = table(doc, 6, 3, widths=[3.4, 6.4, 7.0])
fill_row(pt.rows[0], ["Producer", "In the business", "Now"], bold=True, size=9, fill=GOLD)
prod = [
    ("Lorraine Fell (Booker)", "SENCO at Harbour Lane Primary for fourteen years; MA in Inclusive Education "
     "(Kingsreach, 2004)", "Education Director of the club; chaired the Council's SENCO forum to 2007; NASEN member"),
    ("Dr Marcus Okafor", "Advisory teacher for autism, then Senior Lecturer in SEN at the University since 2002",
     "University module leader for the Award; research on provision mapping in primary schools"),
    ("Jenny Stroud", "Educational psychologist with the Council since 1996", "Seconded to the Tour for Shows 2 and "
     "4 and two House shows"),
    ("Paul Haddow", "Deputy head of Eastgate School (BESD) for eight years; the club's head trainer",
     "Runs CCW in Schools; produces Show 5"),
]
for i, row in enumerate(prod, 1):
    fill_row(pt.rows[i], list(row), size=9)
tr = pt.cell(5, 1).merge(pt.cell(5, 2))
cell_text(pt.cell(5, 0), "Talent Relations", bold=True, size=9, fill="EDEDED")
cell_text(tr, "Sandra Kaye, course administrator (club office, Mill Street, weekdays 9.00 to 3.00)", size=9,
          fill="EDEDED")
para(doc, "")
para(doc, "Producers meet before each Tour to walk through the card and after each Title Match to mark together. "
          "The producers' book sets out the card, the marking criteria, the rematch rules and who tutors which "
          "talent. Tag partners come to a Tag partners' night at the Corn Exchange in January and September and "
          "get the Tag Partner's Handbook, which sets out what a Tag partner does each month and how to write the "
          "Tag partner's report that goes with Title Match 3.")

# ------------------------------------------------------------------ road trips and kit
title_line("ROAD TRIPS AND KIT", 12)
para(doc, "Run-ins bring the specialists to the talent: an educational psychologist, a speech and language "
          "therapist, a CAMHS worker, the Council's casework and ICT advisers, the Parent Partnership Service and "
          "Kingsreach Autism Support. In the 2008 pilot every talent also spent a day at Hollins Special School. "
          "For 2009 road trips are optional: a talent may book a day at Hollins, or at the autism base at Quayside "
          "Primary, through Talent Relations if their head will release them and pay the cover.")
para(doc, "Talent use the University library, its electronic journals and Blackboard. They bring their own "
          "laptops to Shows. Specialist technology (Clicker, speech-to-text, communication aids) is borrowed from "
          "the Council's ICT Centre when it is free.")

# ------------------------------------------------------------------ crowd, ratings
title_line("THE CROWD", 12)
para(doc, "We asked before we booked. In May 2008 the Council's SENCO forum surveyed its members for us (41 "
          "replies), and eight headteachers met the Booker. They told us that new SENCOs need most help with "
          "provision mapping, with the law and with leading staff; that heads cannot release teachers on weekdays; "
          "and that SENCOs in small schools feel alone. So the card gives a whole Show to running the locker room "
          "and another to the rulebook, every Show is on a Saturday, and House shows and the Locker Room are there "
          "so that nobody works alone between Shows.")
para(doc, "The 2008 pilot (twelve talent, four Shows) changed the card again. The talent asked for the tracking "
          "segment to move before the case study, so Show 3 now comes before Title Match 1; the heads asked for a "
          "say in the final match, so a headteacher now sits on every Title Match 3 panel; and the Parent "
          "Partnership Service asked for the parents' segment to be longer, and it is.")
para(doc, "Run-ins from our partners teach on every Show. At the pilot the Council's SEN adviser also sat in the "
          "crowd at each Show and filled in a ratings card; for 2009 that is not booked.")

title_line("RATINGS", 12)
para(doc, "Every talent fills in a ratings card at the end of every Show and House show. Producers read them at "
          "their next meeting and change the next Show where they can. The Commissioner's annual report and the "
          "University's annual monitoring of the Award are the outside ratings. Each summer the Booking Committee "
          "(the Booker, Dr Okafor and Paul Haddow) reads all of it with the Title Match results and rewrites the card for the "
          "next Tour; what it changes goes on the Locker Room noticeboard and into the University's action plan.")
para(doc, "We rate three things. Confidence: every talent re-rates the Tryout sheet at Show 6 and we compare it, "
          "storyline by storyline, with their Tryout. Competence: the Title Match marks and the Tag partner's "
          "report on what the talent now does in school. Pupils: Title Match 2 requires two terms of progress data "
          "for the pupils whose provision the talent changed, and Talent Relations adds those together across the "
          "roster each year, by type of need and by Every Child Matters outcome, so that the Booking Committee can "
          "see which parts of the card make a difference to children.")

# ------------------------------------------------------------------ storyline tracker (landscape)
landscape_section(doc)
title_line("STORYLINE TRACKER", 14)
para(doc, "The national storylines in the promotion's words, numbered in the national order. Built on, Paid off "
          "at, Dark match, Teased, Shelved and the dash are explained in Words we use.", italic=True, size=9)
trk = [
    ("THE TALENT", None, None, None),
    ("1", "Fair, respectful, supportive relationships with pupils with SEN and their parents", "Show 3",
     "Title Match 1", ""),
    ("2", "Getting the head and senior leaders behind pupils with SEN", "Show 5", "Dark match", ""),
    ("3", "Priorities, time, delegating and checking", "Show 5", "Title Match 2", ""),
    ("4", "Seeing problems coming, solving them, sound decisions on provision", "Show 4", "Title Match 2", ""),
    ("5", "Speaking and writing clearly; listening", "Show 1", "Title Match 3", ""),
    ("6", "Research and outside advice to improve own and colleagues' practice", "Show 4", "Title Match 2", ""),
    ("7", "Keeping up to date; owning your development", "Show 6", "\u2014", "See Booker's note 6"),
    ("THE RULEBOOK", None, None, None),
    ("8", "SEN law and the Code of Practice, and putting them into practice", "Show 1", "Title Match 3", ""),
    ("9", "Every Child Matters and the SENCO's part", "Show 1", "Title Match 3", ""),
    ("10", "Disability equality law and what it requires", "Show 1", "K3", ""),
    ("11", "How children develop and what affects development", "Shelved", "Shelved",
     "Cut for time after the 2008 pilot"),
    ("12", "The common needs (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning", "Show 2",
     "Title Match 1", ""),
    ("13", "Approaches, strategies and resources, ICT included", "Show 3", "Title Match 1", ""),
    ("14", "School self-evaluation and improvement for pupils with SEN", "Show 6", "Title Match 3", ""),
    ("15", "Best practice and research in meeting SEN", "Show 4", "Dark match", "Journal club; not marked"),
    ("16", "Outside agencies and getting their help", "Show 4", "Title Match 3", ""),
    ("IN THE RING", None, None, None),
    ("17", "With senior leaders and governors, shaping an inclusive ethos, policy and spending", "Show 6",
     "Title Match 3", ""),
    ("18", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Show 2",
     "Title Match 1", ""),
    ("19", "Using other professionals' assessments in teaching", "Show 2", "Title Match 1", ""),
    ("20", "Tracking with summative data and national tests; changing programmes", "Show 3", "Title Match 1", ""),
    ("21", "Helping colleagues with formative assessment for pupils with SEN", "\u2014", "Title Match 3", ""),
    ("22", "Special arrangements for national tests and examinations, in good time", "Teased", "Title Match 1", ""),
    ("23", "Provision mapping and management; finding what is missing", "Show 5", "Title Match 2", ""),
    ("24", "Deploying and managing staff", "Show 5", "Title Match 2", ""),
    ("25", "Developing colleagues: observation, feedback, modelling, coaching, training", "Show 5", "Dark match",
     ""),
    ("26", "Reviewing provision with staff for the school's self-evaluation", "Show 6", "Title Match 3", ""),
    ("27", "Pupils involved in planning and reviewing their provision", "Shelved", "Shelved",
     "See Booker's note 5"),
    ("28", "Liaising with parents and carers", "Show 3", "Title Match 1", ""),
    ("29", "Partnership with other services and voluntary organisations", "Show 4", "Title Match 3", ""),
]
kt = table(doc, len(trk) + 1, 5, widths=[1.2, 12.2, 2.6, 3.6, 4.4])
fill_row(kt.rows[0], ["#", "Storyline", "Built on", "Paid off at", "Booker's note"], bold=True, size=9,
         fill="1A1A1A")
for c in kt.rows[0].cells:
    for r_ in c.paragraphs[0].runs:
        r_.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(kt.rows[0])
for i, row in enumerate(trk, 1):
    if row[1] is None:
        g = kt.cell(i, 0).merge(kt.cell(i, 4))
        cell_text(g, row[0], bold=True, size=9, fill=GOLD)
        continue
    num, words_, built, paid, note = row
    cell_text(kt.cell(i, 0), num, bold=True, size=9)
    cell_text(kt.cell(i, 1), words_, size=9)
    cell_text(kt.cell(i, 2), built, size=9)
    if paid == "K3":
        # tracked change: Dark match deleted, Title Match 3 inserted
        c = kt.cell(i, 3)
        c.text = ""
        pp = c.paragraphs[0]
        del_run(pp, "Dark match", MO, D2, size=9)
        ins_run(pp, "Title Match 3", MO, D2, size=9)
    else:
        cell_text(kt.cell(i, 3), paid, size=9)
    cell_text(kt.cell(i, 4), note, size=9, italic=True)
    if num == "27":
        comment(doc, kt.cell(i, 1).paragraphs[0].runs[0], "Hate shelving this. 2010 for certain. LF", LF, "LF")

fn.attach()
doc.save(OUT)
print("wrote", OUT)
