"""nc-02-marrowby-round-robin: build NAME.docx next to this script.

Provider (invented): the Hexagon Room, the teaching studio of the Marrowby and District Quilters' Guild, with
Allenby University (School of Education validates, registers and confers) and Wickerby County Council's Learning
Support Service and Parent Partnership Service. Sent 16 February 2009 for the 2009-10 National Award for SEN
Coordination.

Document kind: a quilters' ROUND ROBIN pack as its members receive it in "the Box": a covering letter, "How the
Robin works", a list of the Journal's words typed with dashes, the hand-numbered "Rules of the Robin" (1-23 with a
tracked-inserted "9a" and a tracked-deleted 14), "The Rota" table, and "The Travelling Journal": six pages, one for
each Round (study unit), each written in the first person by that Round's "Hand" (tutor), under a small header
table, with "What I added" (teaching), "Your Border" (the school-based marked task), "I sign" (outcomes assessed)
and "Basted, not signed" (formative only) as typed bold labels and the outcomes as typed "-" lists in the Hands'
words. Then "Keeper's notes for the panel". Participants are "members"; the programme leader "the Keeper"; mentors
"Buddies"; the portfolio "the Box"; each member's school project "the Centre"; the award rule "the Keeper's Tally";
an assessment-only route "a finished top". No heading styles: bold capitals typed as Normal paragraphs, some
shaded. Header and footer; four footnotes; four Word comments; a VML text box ("The Keeper's promise"); tracked
changes (an inserted rule, a deleted rule, a deleted run in an outcome line); a credits placeholder; merged cells in
the Rota (title row and final row across, and one cell merged down).

Traps, with the requirement ids they touch:
- Credits are a placeholder, "[30 or 60 - Registry to confirm]", at Master's level -> E.2 partially_met (a comment
  says the Registry will confirm after March).
- The aim is attainment only ("to raise the attainment of pupils ... Every Centre must be about pupils' attainment
  in reading, writing or mathematics") -> 1.1 partially_met (no well-being in aims or assessment of the course).
- Reading list "is being drawn up by the Hands over the summer of 2009"; research only in general terms -> 1.3
  partially_met.
- Disability law appears only as the Hexagon Room's own duties to its members ("the law that tells the Hexagon Room
  what it owes members who are disabled") -> 6.K3 not_met (right words, wrong thing); 1.4 partially_met (SEN law
  and policy are taught, disability law for pupils is not).
- Award rule: "A member with at least five of the six Borders signed has finished the Robin and is put forward ...
  for the Award" -> 6.0 not_met (a comment quoting the University's regulations is not part of the submission);
  1.9 partially_met (outcomes basted only or unsigned).
- "What a member does after the Robin is for her or him and the headteacher to decide. The Hexagon Room does not
  take part" -> 2.5 not_met (someone else's responsibility; the text box's promise of planned next steps is a bare
  promise; a comment suggesting the MA leaflet does not count).
- APL only from Allenby's own certificate modules, "The Robin does not count study at other universities, or
  experience, however long" -> 2.1 partially_met.
- Entry: eligibility only, "We do not interview" -> 5.2 partially_met.
- The Hands' qualifications are mostly textile ones (City and Guilds Patchwork and Quilting etc.); two are serving
  SENCOs -> 5.4 partially_met.
- Expertise from the LA but "the Robin does not arrange placements"; the Thursday club's special-school pupils are
  not placements -> 5.5 partially_met.
- The second-signing rule is a tracked deletion; what remains is single signing plus the external examiner reading
  fails -> 5.8 partially_met.
- "We have not surveyed schools or parents ourselves"; needs known only from Guild members and LA officers -> 4.1
  partially_met; 4.2 met (LA officers' advice moved provision mapping and added twilights); 4.3 met (Quilt
  Committee with heads, a parent, LA officer, former member; LA Hands; headteacher at Show and Tell).
- "There is no online part to the Robin" -> 3.3 not_applicable. 3.2 met (Saturday or twilight, Rounds 2-5 in any
  order, spread over two years, and an inserted January start). 3.1 met (Rule 11).
- 2.3 met: Rule 7 "finished top" for exceptional experienced candidates, signed against every pattern.
- 5.3 met: Rule 3 with a footnote on the registry's log.
- Outcomes: A3 (time, delegation) and S2d (access arrangements) absent -> not_met. Basted only: K4 (development
  chart), S9 (agency map), A7 (reading list) -> partially_met. S6 is signed in Round 4 but the Hand says "there
  isn't room on the Round Days to teach it" -> partially_met. K5 line had "(basted only this year)" deleted, so it
  is signed -> met. Text box blanket claim "every pattern in the national list is signed somewhere in this
  Journal" is contradicted by the pages.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nc_helpers import (new_doc, para, runs, shade_para, set_cell, table, ins_para, del_para, del_run, text_box,
                         footnote, finish_footnotes, page_field, comment, word_count)
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
NAME = Path(__file__).name[: -len(".build.py")]
TEAL = "1F4E5A"
JH, PL, PW = "Josephine Hartigan", "Priya Lund", "Pat Whitlock"
D1, D2 = "2009-02-11T20:05:00Z", "2009-02-13T11:30:00Z"

doc = new_doc(font="Georgia", size=10)


def title(text, shade="DCE8EA"):
    return para(doc, text, bold=True, color=TEAL, size=11.5, shade=shade, space_before=10, keep=True)


def label(text):
    return para(doc, text, bold=True, space_after=2, keep=True)


def dash(text):
    return para(doc, "\u2013 " + text, indent_cm=0.6, space_after=2)


def rule(no, head, text):
    return runs(doc, [(f"{no}. {head}. ", {"bold": True}), text], space_after=5)


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.add_run("THE HEXAGON ROOM ROUND ROBIN 2009-10 \u00b7 Rules, Rota and Travelling Journal").font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Marrowby and District Quilters' Guild \u00b7 Registered charity 1093217 \u00b7 Please keep this Journal "
           "in the Box \u00b7 ").font.size = Pt(8)
page_field(fp, prefix="")

# ---------------------------------------------------------------- cover
para(doc, "THE HEXAGON ROOM ROUND ROBIN 2009-10", bold=True, size=18, color=TEAL, align="center", space_before=30)
para(doc, "Rules, Rota and Travelling Journal", italic=True, size=13, align="center")
para(doc, "National Award for SEN Coordination", bold=True, size=12, align="center")
para(doc, "Marrowby and District Quilters' Guild, with Allenby University", align="center")
para(doc, "Please keep this Journal in the Box at all times.", italic=True, size=9, align="center", space_after=18)

# ---------------------------------------------------------------- letter
para(doc, "The Hexagon Room, 4 Chapel Walk, Marrowby", size=9, space_after=0)
para(doc, "16 February 2009", size=9)
para(doc, "Dear Panel,")
para(doc, "A round robin is the oldest way quilters have of teaching one another. Each member makes a centre and "
     "sends it on; everyone it reaches adds a border, writes in the journal what she or he added and why, and passes "
     "it on, until it comes home larger and better than one pair of hands could have made it. Our course for new "
     "SENCOs is built the same way.")
para(doc, "This is the pack each member will find in her or his Box on the first Round Day: the Rules, the Rota and "
     "the Travelling Journal, in which each of our Hands has written what her or his Round adds. We send it to you "
     "as the members will read it, with the Keeper's notes for the panel at the back. The Award is validated by "
     "Allenby University's School of Education, which registers our members as its students and confers the Award "
     "on the recommendation of its Board of Examiners.")
para(doc, "Yours sincerely,", space_after=0)
para(doc, "Josephine Hartigan, Keeper of the Robin, the Hexagon Room", space_after=0)
para(doc, "Dr Priya Lund, Programme Leader, School of Education, Allenby University")

# ---------------------------------------------------------------- how it works
title("HOW THE ROBIN WORKS")
para(doc, "Every member brings a Centre: a real piece of development work for pupils with special educational needs "
     "in her or his own school, agreed with the headteacher before the first Round Day; for example, changing how a "
     "junior school supports pupils with speech and language needs in Year 3. The Centre is the heart of the Box.")
para(doc, "The Robin travels through six Rounds in the year. In each Round a Hand (one of our tutors) teaches two "
     "Round Days at the Hexagon Room, and the member then adds a Border: a piece of work done in school, on the "
     "Centre, with a written account, which goes into the Box. At the end of the Round the Box goes to the Hand, who "
     "reads the Border and signs it in this Journal or sends it back with notes. After Round 6 the Box comes home to "
     "the Keeper.")
label("Words used in this Journal")
dash("Member: a teacher taking the Robin.")
dash("Keeper: the programme leader at the Hexagon Room, Josephine Hartigan.")
dash("Hand: a tutor who teaches a Round and signs its Border.")
dash("Buddy: the senior colleague in the member's school who supports her or him (Rule 17).")
dash("Box: the member's portfolio, which travels from school to Hand and back.")
dash("Signed: assessed and passed by the Hand against the University's criteria (Rule 12).")
dash("Basted: worked on and commented on by the Hand, but not signed (Rule 12).")

title("WHAT THE ROBIN IS FOR")
para(doc, "The Robin has one aim: to raise the attainment of pupils with special educational needs in our members' "
     "schools by making their SENCOs more skilled. Every Centre must be about pupils' attainment in reading, writing "
     "or mathematics, and every member measures that attainment at the start and at the end (Rule 18).")

# ---------------------------------------------------------------- rules
title("THE RULES OF THE ROBIN")
p = rule(1, "The Award", "The Robin leads to the National Award for SEN Coordination, an award of Allenby University "
         "at Master's level worth [30 or 60 \u2014 Registry to confirm] credits.")
comment(doc, p._nc_runs[1], "Registry will confirm the credit after the March validation panel. PL", PL, "PL")
rule(2, "Who may join", "Members must be qualified teachers who are the SENCO of a school in Wickerby or a "
     "neighbouring county, or who will take up the post by September 2009. The headteacher signs the application "
     "form. We do not interview: places are offered to eligible teachers in the order their forms arrive.")
p = rule(3, "Checks before the first Round Day", "Before a member's first Round Day the Keeper sees the original of "
         "her or his enhanced CRB disclosure and records its number and date of issue. A member who has not worked "
         "in a school, in a post with regular contact with children, in the last three months, or whose disclosure "
         "is more than three years old, applies for a new enhanced disclosure through the University's Student "
         "Registry, and no member starts without one. The Keeper also asks each headteacher to confirm in writing "
         "that the school has no concerns about the member's conduct and that there are no outstanding disciplinary "
         "matters.")
footnote(doc, p, "The University's Student Registry processes enhanced disclosures for its own education students "
         "and does so for Robin members at no charge. The Keeper keeps the log of disclosure numbers and dates in "
         "the locked Box cabinet.")
rule(4, "Bringing your own scraps", "Credit from Allenby University's own Certificate in Inclusive Practice modules, "
     "gained in the last five years, counts towards the Robin: up to 20 credits, and the member is excused the "
     "matching Border. The Robin does not count study at other universities, or experience, however long.")
rule(5, "The Starting Audit and the Robin Plan", "On the first Round Day each member works through the Starting "
     "Audit with the Keeper, rating every pattern in this Journal against her or his evidence from school. From the "
     "audit the Keeper and the member write the member's Robin Plan: the patterns on which the member needs most "
     "work, the Centre, the extra reading and visits for each Round, and any patterns the member may have signed "
     "early (Rule 6). The Plan is the member's own set of targets for the year, and is reviewed with each Hand at "
     "the end of the Round.")
rule(6, "Early signing", "A member whose audit shows a pattern already secure can present her or his evidence to "
     "the Hand in the first week of that Round. If the Hand signs it, the member is excused that part of the Round "
     "Days and spends the time on the weaker patterns in her or his Plan.")
p = rule(7, "The finished top", "In exceptional cases an experienced teacher, for example a teacher from the "
         "county's Learning Support Service who has led provision for pupils with SEN in several schools, may ask to "
         "bring a finished top: to present a Box for signing without the Round Days. The Keeper and the University's "
         "programme leader decide together whether the case is exceptional. The Box is signed exactly as every other "
         "Box is, against every pattern, and the fee is \u00a3450.")
footnote(doc, p, "The \u00a3450 covers the Hands' reading of the Box and the University's registration fee.")
rule(8, "Round Days", "Each of Rounds 1 to 5 has two Round Days at the Hexagon Room on Saturdays (10.00 to 16.00). "
     "Members who cannot come on Saturdays may take the same Round as three twilight sessions (16.30 to 18.30) on "
     "weekday evenings instead. Round 6 is on Saturdays for everyone.")
rule(9, "Order of the Rounds", "Round 1 always comes first and Round 6 always last. Rounds 2 to 5 may be taken in "
     "any order: a member whose Centre needs Round 4 early may swap, as long as the Keeper is told by the first day "
     "of the term. A member may also spread the six Rounds over two years.")
ins = ins_para(doc, "9a. Two Robins a year. A second Robin starts each January, so that a member who cannot start in "
               "September need not wait a year.", JH, D1)
rule(10, "No online part", "There is no online part to the Robin: all teaching is on Round Days and all work "
     "travels in the Box. Between Round Days members may telephone their Hand.")
rule(11, "Tell us what you need", "The application form asks every applicant whether she or he has a disability or "
     "other need we should plan for, and says why we ask; we ask again, privately, on the first Round Day, and a "
     "member can tell the Keeper at any time. We make reasonable adjustments for disabled members: for example "
     "large-print or coloured handouts, a BSL interpreter or note-taker, rest breaks, a parking bay by the door, "
     "longer deadlines, and a Border presented as a recorded talk instead of in writing. The Hexagon Room is on "
     "the ground floor with a hearing loop. Before any visit the Keeper checks access with the host. Our leaflet "
     "and application form come in large print and on audio tape.")
rule(12, "Signing", "A Border is signed when the Hand is satisfied, from the work in the Box and against Allenby "
     "University's Master's-level criteria, that the member can do each pattern listed under I sign on that Round's "
     "Journal page. Patterns listed under Basted, not signed are worked on and the Hand writes notes on them, but "
     "they are not signed and nothing depends on them.")
rule(13, "Sending back", "A Border that is not signed comes back with the Hand's notes and may be sent again once, "
     "within six weeks.")
del_para(doc, "14. Second signing. Before the Keeper tallies a Box, a second Hand reads every Border and countersigns "
         "it; where the two Hands disagree, the University's programme leader decides.", JH, D2)
p = rule(15, "The Keeper's Tally", "When the Box comes home, the Keeper counts the signed Borders. A member with at "
         "least five of the six Borders signed has finished the Robin and is put forward to the University's Board "
         "of Examiners for the Award.")
comment(doc, p._nc_runs[1], "Is five of six right? The University's regulations say every module must be passed. PL",
        PL, "PL")
p = rule(16, "After the Robin", "What a member does after the Robin is for her or him and the headteacher to "
         "decide. The Hexagon Room does not take part in planning members' next steps.")
comment(doc, p._nc_runs[1], "Shouldn't we at least hand out the MA leaflet at Show and Tell? Pat", PW, "PW")
rule(17, "Buddies", "Each member's headteacher names a Buddy, a senior colleague in school, who reads each Border "
     "before the Box leaves school and makes sure the member has time to do it. Buddies come to a Buddies' Evening "
     "at the Hexagon Room in September, where the Keeper goes through the Rota, what a Border is and what a Buddy "
     "does and does not do (a Buddy never signs), and each takes home the Buddy's Card.")
rule(18, "Measuring the Centre", "At the start of Round 1 each member chooses up to six target pupils for the Centre "
     "and records a baseline: their reading or mathematics age, their teacher assessment level or P scale, and "
     "their attendance. The member measures the same things again at the end of Round 6. At the same two points "
     "the member re-rates her or his own confidence on every pattern in the Starting Audit. The Keeper collects "
     "both sets of figures from every Box and puts them, with the Round Notes, into the Robin Report each "
     "September.")
rule(19, "What travels in the Box stays in the Box", "Pupils are never named in a Border. The Box is kept in a "
     "locked cupboard at school and at the Hexagon Room, and goes between them by hand, never by post.")
rule(20, "Late Boxes", "A Box that is more than two weeks late goes to the back of the Hand's pile. Tell the Keeper "
     "early if a Border will be late; we would rather move a date than lose a member.")
rule(21, "Round Notes", "At the end of every Round Day each member writes a Round Note: what worked, what did not, "
     "and what we should change.")
rule(22, "Fees", "\u00a31,050 per member, paid by the school; Wickerby County Council pays half for members in its "
     "schools. The fee covers the Round Days, the Hands' signing, the University's registration and library card, "
     "and the loan of the Tool Roll.")
rule(23, "No unpicking", "Notes on another member's work, at Round Days or in Show and Tell, are kind and specific. "
     "Nobody unpicks another maker's stitches.")

# ---------------------------------------------------------------- rota
title("THE ROTA: SEPTEMBER ROBIN 2009-10")
hdr = ["Round", "Border", "Round Days (Saturdays)", "Twilight option", "Hand", "Box to the Hand by"]
rota = [
    ["1", "Centre Medallion", "26 Sept, 10 Oct 2009", "Tue 29 Sept, 6 and 13 Oct", "Josephine Hartigan",
     "6 Nov 2009"],
    ["2", "Piano Keys", "14 and 28 Nov 2009", "Tue 17 and 24 Nov, 1 Dec", "Dr Priya Lund", "8 Jan 2010"],
    ["3", "Flying Geese", "16 and 30 Jan 2010", "Tue 19 and 26 Jan, 2 Feb", "Gareth Penrose", "26 Feb 2010"],
    ["4", "Log Cabin", "6 and 20 Mar 2010", "Tue 9, 16 and 23 Mar", "Ruth Abernethy", "23 Apr 2010"],
    ["5", "Sawtooth", "24 Apr, 8 May 2010", "Tue 27 Apr, 4 and 11 May", "Dr Priya Lund and Amira Sethi",
     "4 Jun 2010"],
    ["6", "Binding and Label", "12 and 26 Jun 2010", None, "Josephine Hartigan and all Hands", "9 Jul 2010"],
]
tr = doc.add_table(rows=len(rota) + 3, cols=6)
tr.style = "Table Grid"
m = tr.cell(0, 0).merge(tr.cell(0, 5))
set_cell(m, "SEPTEMBER ROBIN 2009-10", bold=True, shade="B7D3D8", align="center", size=9)
for j, h in enumerate(hdr):
    set_cell(tr.cell(1, j), h, bold=True, shade="DCE8EA", size=9)
for i, row in enumerate(rota, start=2):
    for j, v in enumerate(row):
        if v is not None:
            set_cell(tr.cell(i, j), v, size=9)
# twilight cell for Round 6 merged down into the last row's column? keep Round 5-6 twilight note merged vertically
mv = tr.cell(7, 3).merge(tr.cell(8, 3))
set_cell(mv, "None: Round 6 is on Saturdays for everyone", italic=True, size=9)
last = tr.cell(8, 0).merge(tr.cell(8, 2))
set_cell(last, "The Box comes home to the Keeper by Friday 16 July 2010.", bold=True, size=9, shade="F2F2F2")
last2 = tr.cell(8, 4).merge(tr.cell(8, 5))
set_cell(last2, "January Robin: Rota sent in November", italic=True, size=9, shade="F2F2F2")
for r_ in tr.rows:
    for j, w in enumerate([1.2, 2.8, 3.2, 3.4, 3.6, 2.4]):
        r_.cells[j].width = Cm(w)

# ---------------------------------------------------------------- journal
title("THE TRAVELLING JOURNAL")
para(doc, "Each Hand writes her or his page before the Robin starts, and signs the Border on it when the Box comes "
     "back. Read your Round's page before its first Round Day.", italic=True)


def page_head(no, border, hand, days):
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    mc = t.cell(0, 0).merge(t.cell(0, 2))
    set_cell(mc, f"ROUND {no} \u00b7 {border.upper()}", bold=True, shade="B7D3D8", size=10)
    set_cell(t.cell(1, 0), f"Hand: {hand}", size=9)
    set_cell(t.cell(1, 1), f"Round Days: {days}", size=9)
    set_cell(t.cell(1, 2), "Signed: ____________  Date: ________", size=9)
    para(doc, "", space_after=2)


page_head(1, "Centre Medallion", "Josephine Hartigan (Keeper)", "26 September and 10 October 2009")
label("What I added")
para(doc, "Round 1 sets the Centre. The first morning is the Starting Audit and the Robin Plan (Rules 5 and 6). "
     "After that we work on the SENCO's place in the school and on the law and policy she or he works within: the "
     "Education Act 1996 and the Special Educational Needs Code of Practice (2001), the graduated response of School "
     "Action and School Action Plus, statutory assessment, statements and annual reviews, and what the Code asks of "
     "the governors, the headteacher, the SENCO and every class teacher. We look at how to turn the Code into the "
     "school's own policy and procedures. On the second Round Day we take Every Child Matters (its principles, its "
     "five outcomes and the SENCO's part in helping pupils with SEN to reach each one), the government's strategy "
     "Removing Barriers to Achievement, and the Inclusion Development Programme.")
para(doc, "Disability law comes into the Robin through Rule 11. The Disability Discrimination Act is the law that "
     "tells the Hexagon Room what it owes members who are disabled, and on the first Round Day I go through Rule 11 "
     "with everyone so that each member knows what to ask us for.")
label("Your Border")
para(doc, "The Centre Statement (2,500 words): what your Centre is and why your school needs it; how your school's "
     "SEN policy and procedures measure up against the Code of Practice, and what you will change; and which of the "
     "five Every Child Matters outcomes the Centre serves, and how.")
label("I sign")
dash("knows the law and the Code of Practice on SEN, what they mean for the school, the SENCO and others, and how to "
     "put them into practice;")
dash("knows the principles and five outcomes of Every Child Matters and how a SENCO helps pupils with SEN to reach "
     "them.")
label("Basted, not signed")
para(doc, "Nothing this Round. Bring a copy of your school's SEN policy to the first Round Day.")

page_head(2, "Piano Keys", "Dr Priya Lund (Allenby University)", "14 and 28 November 2009")
label("What I added")
para(doc, "Piano Keys is about pupils. We work through the most common kinds of special educational need and "
     "disability (behavioural, emotional and social difficulties; specific learning difficulties, including "
     "dyslexia; speech, language and communication needs; autistic spectrum disorders; and moderate learning "
     "difficulties) and how each can get in the way of learning. For each we ask what good practice looks like and "
     "what research has found. Members learn to search for research, read it critically and take advice from "
     "specialists, and to use both to change their own teaching and their colleagues'.")
para(doc, "The second Round Day opens with how children develop (language, thinking, and social and emotional "
     "development) and how special educational needs, disability and the setting a child learns in can help or "
     "hold back that development.")
para(doc, "The reading list for this Round is being drawn up by the Hands over the summer of 2009 and will be in the "
     "Box on the first Round Day.")
label("Your Border")
para(doc, "The Reading Border: a 3,000-word critical review of research and good practice on one kind of need that "
     "matters to your Centre, ending with what you changed in your own teaching, what you advised colleagues to "
     "change, and whose specialist advice you sought.")
label("I sign")
p = dash("knows the most common kinds of SEN and disability and how each can affect learning;")
del_run(p, " (basted only this year)", PL, D2)
dash("knows about good practice and what research has found in meeting special educational needs;")
dash("draws on research and specialist advice to improve her or his own and colleagues' practice.")
label("Basted, not signed")
dash("how children develop and what affects their development: members make a development chart for one pupil in "
     "the Centre, and I write notes on it.")

page_head(3, "Flying Geese", "Gareth Penrose (Learning Support Service, Wickerby County Council)",
          "16 and 30 January 2010")
label("What I added")
p = para(doc, "Flying Geese is about finding out and keeping track. Members learn to identify pupils who may have "
         "special educational needs from classroom observation, data, assessment and other monitoring; to set "
         "targets that stretch the pupil; to plan interventions that take away barriers to learning; and to review "
         "progress. We read reports from educational psychologists, speech and language therapists and advisory "
         "teachers together and turn what they say into teaching approaches; a county educational psychologist "
         "joins us for the morning of the first Round Day. We use summative assessment (teacher assessment, the P "
         "scales and the national tests at Key Stages 1 and 2) to track pupils' progress and to decide when a "
         "programme needs to change.")
footnote(doc, p, "The P scales are the performance descriptions for pupils working below level 1 of the National "
         "Curriculum.")
para(doc, "We look critically at approaches, strategies and resources for assessment, planning, teaching and "
     "learning, including ICT, and members borrow the Tool Roll to try in school. We look at how a SENCO can "
     "encourage colleagues to use formative assessment with all pupils, and what to adapt for pupils with SEN. "
     "Through the cases of three pupils we practise seeing problems before they happen and making sound decisions "
     "about provision.")
label("Your Border")
para(doc, "The Target Pupil File: for two of your Centre's target pupils, show how their needs were identified, the "
     "other professionals' assessments you used, the targets and the intervention, the tracking data, and when and "
     "why you changed the programme. Add a short account of how you encouraged one colleague to use formative "
     "assessment with them, and a note on the ICT you used.")
label("I sign")
dash("identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress;")
dash("uses assessments from other professionals to shape teaching and learning approaches;")
dash("uses summative assessment, including national tests, to track progress and change programmes;")
dash("encourages other teachers to develop formative assessment, with approaches for pupils with SEN;")
dash("has a critical understanding of approaches, strategies and resources, including ICT, and uses them to remove "
     "barriers;")
dash("anticipates and resolves problems and makes sound decisions about provision.")
label("Basted, not signed")
para(doc, "Nothing this Round.")

page_head(4, "Log Cabin", "Ruth Abernethy (SENCO, Castle Brae High School)", "6 and 20 March 2010")
label("What I added")
para(doc, "Log Cabin is about building the school's provision, log by log. Members learn to map provision for pupils "
     "with special educational needs across a year group or key stage, to cost it, and to use the map to spot "
     "provision that is not working or is missing. The second Round Day is about people: how to deploy and manage "
     "teaching assistants and other support staff so that they help pupils learn, and how to lead them. We finish "
     "with the principles of school self-evaluation and improvement: the self-evaluation form, the improvement plan "
     "and where outcomes for pupils with SEN fit into them.")
label("Your Border")
para(doc, "The Provision Map Border: your school's provision map for the Centre's year group with the gaps and weak "
     "spots marked; a deployment plan for the teaching assistants who work with the Centre's pupils; and a "
     "1,500-word account of how you and the staff concerned reviewed how well the provision works, and what that "
     "review added to the school's self-evaluation.")
label("I sign")
dash("uses provision mapping to plan provision and to identify provision that is ineffective or missing;")
dash("deploys and manages staff effectively to support pupils with SEN;")
dash("understands the principles of school self-evaluation and improvement and how they relate to outcomes for "
     "pupils with SEN;")
dash("reviews and evaluates with other staff the effectiveness of provision, to inform the school's "
     "self-evaluation.")
para(doc, "I sign the last of these, but there isn't room on the Round Days to teach it: work it out with your Buddy.",
     italic=True)
label("Basted, not signed")
para(doc, "Nothing this Round.")

page_head(5, "Sawtooth", "Dr Priya Lund, with Amira Sethi (Wickerby Parent Partnership Service)",
          "24 April and 8 May 2010")
label("What we added")
para(doc, "Sawtooth joins the school to the people around the pupil. The first Round Day is about pupils and "
     "families. Members learn and practise ways of consulting pupils with special educational needs about their "
     "support and of involving them in planning, agreeing, reviewing and evaluating it (pupil-led reviews, Talking "
     "Mats, one-page profiles), and how to help colleagues build working relationships in which pupils take part in "
     "their own learning. Amira Sethi leads the afternoon on working in partnership with parents and carers: how to "
     "build fair, respectful and supportive relationships with pupils and their families, how to advise and support "
     "parents, and how to listen to and understand a parent's view when it differs from the school's.")
para(doc, "The second Round Day is about the services beyond the school: what educational psychology, speech and "
     "language therapy, CAMHS, social care, the sensory support team and voluntary organisations do, how to get "
     "specialist support and resources from them, and how to work in partnership with them through the Common "
     "Assessment Framework and team around the child meetings.")
label("Your Border")
para(doc, "The Voices Border: consult three of your Centre's pupils about their support, using one of the methods "
     "from the Round Day, and show what changed as a result; plan and hold a review meeting with one family and "
     "write it up; explain which services your school can call on and how you got support from one of them; and "
     "draw an agency map for your school.")
label("We sign")
dash("consults pupils with SEN and makes sure they are involved in planning, agreeing, reviewing and evaluating "
     "their provision;")
dash("builds fair, respectful, supportive relationships with pupils with SEN and with their parents or carers;")
dash("liaises effectively with parents and carers to promote their child's learning and development;")
dash("knows the scope and role of external agencies and how to get specialist support and resources from them.")
label("Basted, not signed")
dash("working in partnership with other services and agencies, including voluntary organisations: we read the "
     "agency map and write notes on it.")

page_head(6, "Binding and Label", "Josephine Hartigan, with all the Hands", "12 and 26 June 2010")
label("What I added")
para(doc, "Binding is about leading. Members learn how to gain the commitment of the headteacher, senior leaders and "
     "colleagues to better outcomes for pupils with SEN; how to advise and influence, with senior colleagues and "
     "governors, the school's inclusive ethos, its policies and priorities, and how it uses its resources; and how "
     "to support colleagues' professional development through observation and feedback, modelling, coaching and "
     "mentoring, and leading training. We practise advising and working with colleagues in the member's own school "
     "and beyond it, in cluster groups and with SENCOs in other schools.")
para(doc, "The last afternoon is Show and Tell: each member presents her or his finished Centre, in ten minutes, to "
     "the other members, the Hands and a headteacher from the Quilt Committee, and answers their questions. We end "
     "with how to keep up to date and take charge of one's own development as a SENCO: journals, networks and the "
     "county SENCO forum.")
label("Your Border")
para(doc, "The Impact Border (3,000 words), written after Show and Tell: what your Centre changed in your school's "
     "practice and for the target pupils (your Rule 18 figures); how you won the commitment of your headteacher and "
     "colleagues and worked with the governors; the training or coaching you gave colleagues; and what you learned "
     "from SENCOs in other schools.")
label("I sign")
dash("gains the commitment of colleagues, including the headteacher and senior leaders, to improving outcomes for "
     "pupils with SEN;")
dash("with senior colleagues and governors, advises on and influences the school's inclusive ethos, policies, "
     "priorities and use of resources;")
dash("supports colleagues' professional development through observation and feedback, modelling, coaching and "
     "mentoring, and training;")
dash("expresses her or himself clearly in speech and in writing, and listens to and understands others' views (Show "
     "and Tell and the Impact Border).")
label("Basted, not signed")
dash("keeps up to date and takes responsibility for her or his own professional development: members bring a list of "
     "what they read and attended during the year, and I comment on it.")

text_box(doc, ["Every member will leave the Robin with her or his next steps planned and a place to go on to, and "
               "every pattern in the national list is signed somewhere in this Journal.",
               "Josephine Hartigan, Keeper"], title="THE KEEPER'S PROMISE", height_pt=80, fill="#E8F1F2")

# ---------------------------------------------------------------- keeper's notes
title("KEEPER'S NOTES FOR THE PANEL", shade="B7D3D8")
label("Where the pattern came from")
p = para(doc, "The Robin grew out of the Guild itself. Eleven of our members are teachers and four are SENCOs, and "
         "it was they who asked whether the Hexagon Room could do for new SENCOs what it does for new quilters. In "
         "the autumn of 2008 we showed a first design to Wickerby County Council's Learning Support Service. Its "
         "officers told us that schools in the county most wanted their SENCOs to be able to map provision and "
         "manage teaching assistants, and that our first design left too little time for either, so we gave them a "
         "Round of their own (Round 4) with two Round Days. At the officers' suggestion we also added the twilight "
         "option for members in rural schools who cannot travel on Saturdays. We have not surveyed schools or "
         "parents ourselves.")
comment(doc, p.runs[0], "Could we borrow the Learning Support Service's 2007 schools survey? Ask Gareth. JH", JH, "JH")
label("Who takes part")
p = para(doc, "The Quilt Committee meets each term to read the Round Notes and the Hands' end-of-Round reports and to "
         "agree what to change. Its members are two headteachers of Wickerby schools, a parent, the Learning "
         "Support Service's Principal Officer, a SENCO who is a Guild member, the Keeper and the "
         "University's programme leader. Two of the Hands come from the county's services, the Parent Partnership "
         "Service co-teaches Round 5, and a headteacher from the Committee hears Show and Tell.")
footnote(doc, p, "The parent member is nominated each year by the Wickerby Parent Partnership Service.")
label("How we check our work")
para(doc, "Inside the Robin we have the members' Round Notes after every Round Day (Rule 21), each Hand's report at "
     "the end of the Round, and the Quilt Committee each term. From outside we have Allenby University's annual "
     "monitoring and its review of the programme every five years, the external examiner's annual report, and the "
     "Learning Support Service's own annual review of the Robin, written by an officer who does not teach on it. "
     "Each September the Keeper writes the Robin Report, which sets out what these sources found, the Rule 18 "
     "figures for the year and what the Quilt Committee changed as a result; the University's School of Education "
     "must approve it before the next Robin starts.")
label("Signing and checking")
para(doc, "Every Border is signed by the Hand who set it, against Allenby University's Master's-level criteria. The "
     "University's external examiner reads every Border that a Hand has not signed, and any Box the Keeper asks her "
     "to see.")
label("The Hands")
para(doc, "Our Hands are the Guild's most experienced teachers. Between them they hold City and Guilds Level 3 "
     "certificates in Patchwork and Quilting and in Embroidery, the Embroiderers' Guild's teaching certificate and "
     "the Quilters' Guild's accredited teacher status, and they have taught in Wickerby schools for more than a "
     "hundred years together. Two of them, Ruth Abernethy and Josephine Hartigan, are serving SENCOs.")
para(doc, "Every Hand comes to the Hands' Day each August, where we go through the Journal pages, Rule 12 and the "
     "University's criteria and what a Hand does at each stage of a Round; each Hand has the Hands' "
     "Handbook, and a new Hand shadows a whole Round before signing alone.")
label("Specialist expertise and placements")
para(doc, "Gareth Penrose and Amira Sethi bring the Learning Support Service and the Parent Partnership Service into "
     "the Rounds, and a county educational psychologist teaches on Round 3. Members stay in their own schools "
     "throughout: the Robin does not arrange placements. Pupils from Larkhill Special School come to the Hexagon "
     "Room every Thursday for our Little Stitchers club.")
label("The Tool Roll and other resources")
para(doc, "The Hexagon Room keeps a library of some 250 books and reports on special educational needs, with "
     "current issues of Special! and the British Journal of Special Education. Every member has an Allenby "
     "University library card and access to its electronic journals from home. The Tool Roll is the Guild's loan "
     "collection of specialist technology for members to try in school for a Round: Clicker 5, Textease, a Dragon "
     "NaturallySpeaking licence, Talking Tins, a visualiser and a laptop with symbol software. The Long Table room "
     "has a projector and an interactive whiteboard.")

finish_footnotes(doc)
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, "words~", word_count(out))
