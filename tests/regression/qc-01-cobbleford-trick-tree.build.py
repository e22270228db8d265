"""qc-01-cobbleford-trick-tree: builds qc-01-cobbleford-trick-tree.docx next to this script.

Provider: Cobbleford Jugglers, a juggling and circus skills club in a market town (club nights at the
Old Ropery Hall, a Saturday Circus School, "Spin Out" inclusive circus sessions in special schools and a
PRU), whose Education Team (two former SENCOs among them) runs the Award with the University of
Kesterbridge (School of Education, which validates and awards it) and Calderdown County Council's SEN and
Inclusion Service.

Document kind and layout: the club's TRICK TREE, the progression wall chart it hangs in its hall for
members (roots, trunk, branches, canopy), redrawn for the Award and typed up as the application. No
heading styles at all: titles are bold capitalised Normal paragraphs. A title block table with merged
shaded cells; a shaded note to the panel in a VML text box; a "How to read the tree" table of the club's
words that keys everything later (Climbers, Coaches, Spotters, Branch Days, Hall Nights, Drops, Runs,
Run 0, Flash / Qualify, grafts in grey, dead wood struck through); node cards as two-column tables with
a merged shaded title row (Roots R1-R5, a grey graft G1, six Branch Days, a Hall Nights table); the Runs;
the Award rule; people; stakeholders ("Who planted the tree"); quality ("Tree surgery"); resources ("The
prop box"); "After the tree"; and a CANOPY CHART of the 29 outcomes in the club's own words with merged
shaded group rows (Heart / Head / Hands) whose "Landed" cells ("Q: Run n", "F", a dash) are defined only
in the key near the top. Page header; a footer claiming every outcome is covered; comments; tracked
changes; a footnote.

Traps (requirement ids):
- E.2: the credit value is a tracked change, "30" deleted and "60" inserted: the insertion counts (met).
- 2.3: an assessment-only route exists only as graft G1, grey, the University's MA's route; the key says
  grafts are not part of the Award; a comment asks whether Award candidates could use it (a comment is
  not evidence) -> not_met (wrong-context, comments).
- 5.3: node R2 "Safety line" describes enhanced CRB checks for the club's own coaches only; nothing checks
  candidates -> not_met (someone else's arrangement).
- 1.7 / 6.S8: parents appear in one hour of Branch Day 5 on telling parents about reviews, a Hall Night
  "Bring a story about a parent", and the club's own Family Circus Sundays run by its outreach team
  (wrong-context) -> partially_met; 6.S8 is "F" (worked on, never judged) -> partially_met.
- 3.2: one start, one order; only the Hall Night choice and twin evenings; a second (April) start is a
  tracked deletion -> partially_met (tracked-changes).
- 3.3: the online "Hall Board" is "run by Climbers for Climbers" and coaches do not post on it; a comment
  suggests coaches should -> partially_met (peer support and ICT, no tutor support).
- 4.3: stakeholders deliver (LA officer teaches, Parent Partnership speaks) but their part in evaluation
  is only wished for ("We would like ...", "we hope") -> partially_met (aspiration).
- 5.5: specialist speakers are real; placements are only "talking to" two schools, "nothing is fixed
  yet" -> partially_met.
- 5.9: confidence by "a show of hands", competence by Spotters' word; pupils' achievement only "we hope in
  time to hear" -> partially_met.
- 2.5: only a leaflet about the University's MA, next steps left to the Climber and head ->
  partially_met.
- 1.9: some leaves are "F" or landed only in Run 0 -> partially_met.
- 6.K4: child development "is not on this tree", neither taught nor judged -> not_met (negation).
- 6.S2d: access arrangements "left to each school's examinations officer" -> not_met (someone else's).
- 6.S2b: the chart says "Q: Run 0", but Run 0 is the Practice Run, "never marked" (key far above) ->
  partially_met (cross-reference).
- 6.A3, 6.A7, 6.S2c: "F" leaves, worked on in Hall Nights / Branch Day 3, never judged -> partially_met.
- Footer "Every outcome lands somewhere on this tree" is an unsupported claim and a footer (never
  evidence). Page header is never evidence.
- 5.7: a tracked insertion (home visit for Spotters who miss the Spotters' Morning) counts; met anyway.
- 6.0 is met: all three Runs must pass and every Q leaf be seen; "strength elsewhere does not make up
  for it" (a negation that supports the verdict).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _qc_helpers import (new_document, para, runs, typed_title, shade, cell_text, table, ins_run, del_run,
                         deleted_paragraph, comment, footnote, text_box, header_footer, set_col_widths,
                         core_props)
from docx.shared import Pt

HERE = Path(__file__).parent
NAME = "qc-01-cobbleford-trick-tree"
ED = "Maggie Threlfall"
AG = "Anil Ghosh"
RP = "Ruth Penhallow"

doc = new_document(font="Verdana", size=9.5)
core_props(doc, "The SENCO Trick Tree", ED)
header_footer(doc, "Cobbleford Jugglers  ·  The SENCO Trick Tree  ·  Wall copy 3, November 2008",
              "Every outcome lands somewhere on this tree.")

GREEN, BARK, LEAF, GREY = "D8E8C8", "E9DCC9", "EEF5E4", "D9D9D9"


def node(code, title, rows, fill=GREEN, grey=False):
    """A node card: merged shaded title row, then label | text rows."""
    t = table(doc, len(rows) + 1, 2)
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, f"{code}   {title}", bold=True, size=10, color="555555" if grey else None)
    shade(top, GREY if grey else fill)
    for i, (label, text) in enumerate(rows, start=1):
        cell_text(t.cell(i, 0), label, bold=True, size=8.5, color="777777" if grey else None)
        cell_text(t.cell(i, 1), text, size=9, color="777777" if grey else None)
        if grey:
            shade(t.cell(i, 0), "F0F0F0")
            shade(t.cell(i, 1), "F0F0F0")
    set_col_widths(t, [3.2, 13.4])
    para(doc, "", space_after=2)
    return t


# ------------------------------------------------------------------ title block
tb = table(doc, 4, 2)
top = tb.cell(0, 0).merge(tb.cell(0, 1))
cell_text(top, "THE SENCO TRICK TREE", bold=True, size=20, color="2E5E1E", align="center")
shade(top, GREEN)
sub = tb.cell(1, 0).merge(tb.cell(1, 1))
cell_text(sub, "The National Award for Special Educational Needs Coordination, climbed from the roots up",
          italic=True, size=10.5, align="center")
cell_text(tb.cell(2, 0), "Grown by", bold=True, size=9)
cell_text(tb.cell(2, 1), "Cobbleford Jugglers (juggling and circus skills club, founded 1994) with the "
          "University of Kesterbridge School of Education and Calderdown County Council SEN and Inclusion "
          "Service", size=9)
cell_text(tb.cell(3, 0), "First climb", bold=True, size=9)
cell_text(tb.cell(3, 1), "Cohort 1: January to November 2009, 18 places. Wall copy 3, typed up for the "
          "TDA, November 2008.", size=9)
set_col_widths(tb, [3.2, 13.4])
para(doc, "", space_after=2)

text_box(doc, [
    "This is the chart that hangs on the back wall of the Old Ropery Hall, where our members have climbed "
    "trick trees since 1996: every juggler at Cobbleford learns the three-ball cascade at the roots and "
    "works up to whatever they want to reach. We have drawn the Award the same way, because that is how "
    "our coaches think about learning, and we have typed it up for you node by node rather than write it "
    "out again in another shape.",
    "The Award is a Postgraduate Certificate in Special Educational Needs Coordination of the University "
    "of Kesterbridge. The University validated it at its Board of Studies on 8 October 2008; it is "
    "examined by the University, under its Master's regulations, and the University confers it.",
    "Cobbleford Jugglers is a Community Amateur Sports Club with 140 members. Since 2003 our Education "
    "Team has run Spin Out, weekly inclusive circus sessions at Hawthorn Bank Special School, Millbrook "
    "Primary's resourced provision and the Meadows Pupil Referral Unit. The Award grew out of the "
    "questions SENCOs asked us there.",
], width_pt=440, height_pt=170, title="A note for the panel (from Maggie Threlfall, Education Lead)")

p = para(doc, "")
runs(p, [("Credit: ", {"bold": True}), "the Award carries "])
del_run(p, "30", AG, "2008-10-09T09:12:00Z")
ins_run(p, "60", AG, "2008-10-09T09:12:00Z")
runs(p, [" credits at Master's level (Level 7 of the Framework for Higher Education Qualifications), "
         "as the University's Board of Studies approved it."])

# ------------------------------------------------------------------ key
typed_title(doc, "How to read the tree")
para(doc, "The tree is read from the bottom. Every box is a node. A node has what it needs below it and what "
     "it unlocks above it. These are the club's words; we use them all the way up.")
key = [
    ("Climber", "A teacher taking the Award."),
    ("Coach", "A tutor: one of the club's Education Team or one of the University's tutors."),
    ("Spotter", "An experienced colleague, in the Climber's own school or a neighbouring one, who stands "
                "underneath them all year, as a spotter does under an aerialist: a mentor."),
    ("Branch Day", "A full Saturday of teaching, 9.30 to 4.00. There are six."),
    ("Hall Night", "A twilight session at the Old Ropery Hall, 4.30 to 7.00."),
    ("Drop", "A short task done in the Climber's own school after a Branch Day. Coaches read drops and talk "
             "them through on the next Branch Day. Drops are never marked."),
    ("Run", "A marked piece of work. There are three Runs that count: Run 1, Run 2 and Run 3."),
    ("Run 0", "The Practice Run: a trial of the Run 1 format, handed in at Branch Day 2. It is read and "
              "returned with comments and is never marked."),
    ("Flash and qualify", "A juggler flashes a pattern by throwing each prop once; she qualifies it by "
                          "catching twice round. In the Canopy Chart, \u201cQ: Run n\u201d means a leaf is judged "
                          "in that Run; \u201cF\u201d means the leaf is flashed: worked on at that node, judged "
                          "nowhere; a dash means the leaf is not on this tree."),
    ("Graft", "A grey node is a graft from one of the University's other awards. We show grafts so Climbers "
              "can see what grows nearby. Grafts are not part of the Award."),
    ("Dead wood", "Struck-through text is a node or a branch we have cut back for 2009."),
]
kt = table(doc, len(key), 2)
for i, (a, b) in enumerate(key):
    cell_text(kt.cell(i, 0), a, bold=True, size=9)
    cell_text(kt.cell(i, 1), b, size=9)
    shade(kt.cell(i, 0), BARK)
set_col_widths(kt, [3.2, 13.4])
p = para(doc, "Qualifying is an old juggling measure, and we use it for the Award for the same reason jugglers "
         "do: anybody can get lucky once.", italic=True, size=8.5)
footnote(doc, p, "For five balls a qualify is ten catches; for three clubs, six. The club's records board "
         "counts nothing below a qualify.")

# ------------------------------------------------------------------ seed
typed_title(doc, "The seed: what the tree is for")
para(doc, "Every node on this tree is there so that children and young people with SEN and/or disabilities in "
     "Climbers' schools do better: in what they learn and in the rest of the Every Child Matters outcomes, "
     "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
     "economic well-being. That is the Award's first aim in the University's programme specification, and "
     "its objectives follow from it: that each Climber can identify what is getting in a pupil's way, plan "
     "and lead provision that removes it, and check whether it has.")
para(doc, "The content keeps that in view. Every Branch Day ends with the same question on the flipchart, "
     "\u201cWhich pupil will be better off on Monday, and how will you know?\u201d, and every Drop is something "
     "done with or for real pupils in the Climber's own school that week. The Runs are judged the same way: "
     "Run 1 is judged on whether the targets a Climber sets for a pupil cover well-being and safety as well "
     "as attainment, and Run 3 on whether the Climber's plan for the school's provision will improve "
     "outcomes for its pupils with SEN.")

# ------------------------------------------------------------------ roots
typed_title(doc, "The roots: before you climb")
node("R1", "Finding your feet (who can climb)", [
    ("What happens", "Climbers must hold QTS and be in post as SENCO, or named by their head to take on the "
                     "role by September 2009. They send our application form with a letter of support from "
                     "their head. A coach and the University programme leader then hold a 20-minute "
                     "conversation with each applicant, working through the Canopy Chart to see whether they "
                     "have enough behind them to reach every leaf by November."),
    ("If not yet", "If we think an applicant is not ready, we say so, tell them what to do first (usually a "
                   "term shadowing their school's current SENCO and our free Warm-up Hall Night) and ring "
                   "their head to agree it. They can apply again for the next cohort."),
    ("Unlocks", "R2, R3"),
])
t = node("R2", "Safety line", [
    ("What happens", "Everyone who coaches for Cobbleford Jugglers, on the Award or at Spin Out, holds an "
                     "enhanced CRB disclosure, renewed every three years and logged by the club's Welfare "
                     "Officer. Coaches never work alone with children."),
    ("Why it is here", "No juggler goes up without a safety line, and nobody teaches at the club without "
                       "one."),
    ("Unlocks", "Every node above"),
])
comment(doc, t.cell(1, 1).paragraphs[0].runs[0], "Welfare Officer (Dan) has the renewal dates for all "
        "eleven coaches if the TDA asks.", ED, "MT")
node("R3", "Counting your catches (where you start)", [
    ("What happens", "Before Branch Day 1 each Climber sits down with their Spotter and scores themselves "
                     "against every leaf of the Canopy Chart: 0, never thrown; 1, flashed; 2, can run it. "
                     "A coach then meets each Climber for an hour to go through the scores, question any that "
                     "look too generous (an old course may be out of date) and write the Climber's Climbing "
                     "Plan."),
    ("Climbing Plan", "The plan names the Climber's own canopy: the leaves they most need to grow, the Hall "
                      "Nights they will take, the pupils and the question they will build Run 2 around, and "
                      "what the Spotter will watch for. It is the Climber's individual training plan and "
                      "their personal set of outcomes for the year, on top of the leaves everyone must reach."),
    ("Checked again", "At Branch Day 4 the coach compares the plan with what Run 1 and the Drops have "
                      "shown, and moves leaves on or off it."),
    ("Unlocks", "R4, Branch Day 1"),
])
node("R4", "Old tricks count (credit for what you have done)", [
    ("What happens", "A Climber who has already passed Master's-level modules in SEN within the last five "
                     "years may claim up to 20 credits against Run 1 under the University's Accreditation of "
                     "Prior Learning procedure. A Climber with long experience but no credit can claim the "
                     "same 20 credits through a portfolio mapped to the leaves of the Law and Learners "
                     "branches, assessed by a coach and the University's APL tutor, with the result reported "
                     "to the Award's exam board."),
    ("Unlocks", "A shorter climb: the Climber skips Run 1 and its Drops."),
])
node("R5", "Room on the tree for everybody (access)", [
    ("What happens", "The application form invites every applicant to tell us about a disability or a need "
                     "for adjustments, and the R3 coach asks again in private. What is said stays between the "
                     "Climber, the coach and the University's Disability Service, which draws up a support "
                     "plan with the Climber."),
    ("Adjustments we make", "The Old Ropery Hall is step-free on the ground floor, with an accessible toilet "
                            "and a hearing loop; Branch Days are in the University's Ashby Building, which has "
                            "lifts throughout. Papers come in large print or on coloured paper on request, and "
                            "the leaflet and application form are available in both. Deadlines can be "
                            "extended, and Run 3's presentation can be recorded beforehand instead of given "
                            "live. The same adjustments apply at the selection conversation and in every Run."),
    ("Equality", "The club's equality policy, reviewed with the University's in 2008, covers race, disability "
                 "and gender; we monitor applications and completions by ethnicity and disability and report "
                 "them to the Tree Surgeons each year. Spin Out pupils' circus work is on the leaflet's cover, "
                 "and two of our coaches are disabled jugglers."),
    ("Unlocks", "Every node above"),
])
t = node("G1", "Graft: straight to the top", [
    ("What happens", "On the University's MA in Inclusive Education, experienced practitioners may present "
                     "for assessment on a module without attending it, if a panel agrees their experience "
                     "already covers the module."),
    ("Where it grows", "University of Kesterbridge, MA in Inclusive Education"),
], grey=True)
comment(doc, t.cell(1, 1).paragraphs[0].runs[0], "Could Award candidates use this route too? Some of the LA's "
        "advisory teachers would be ready on day one.", RP, "RP")

# ------------------------------------------------------------------ trunk
typed_title(doc, "The trunk: six Branch Days")
para(doc, "Everybody climbs the trunk in the same order, Branch Day 1 to Branch Day 6. Branch Days 1, 4 and 6 "
     "are in the University's Ashby Building; Branch Days 2, 3 and 5 are at the Old Ropery Hall. Each opens "
     "with New Tricks, half an hour on something recent, and closes with the Monday question.")
p = para(doc, "")
runs(p, ["There is one tree a year, starting in January. "])
del_run(p, "A second tree starts in April 2009 for schools that cannot release staff in January, climbing "
        "Branch Days 4 to 6 first. ", ED, "2008-11-18T16:40:00Z")

node("BD1", "First throws  (Saturday 17 January 2009)", [
    ("What we throw", "The SENCO's job and the law behind it: Part IV of the Education Act 1996, the SEN and "
                      "Disability Act 2001 and the SEN Code of Practice (2001), what they mean for the "
                      "school, the SENCO, the governors and the head, and how to put them into practice. "
                      "The Disability Discrimination Act 1995 as amended in 2005, the Disability Equality "
                      "Duty and accessibility planning: what they require a school to do. The Children Act "
                      "2004 and Every Child Matters: the five outcomes and the SENCO's part in them. Taught by "
                      "Ruth Penhallow, the Council's Principal Officer (SEN), with a University tutor."),
    ("New Tricks", "The Bercow Review of services for children with speech, language and communication "
                   "needs (July 2008) and what it asks of schools."),
    ("Drop 1", "Set your school's SEN policy against the Code and the Disability Equality Duty; bring the gaps."),
])
node("BD2", "Learners  (Saturday 7 March 2009)", [
    ("What we throw", "The most common kinds of SEN and disability (behavioural, emotional and social "
                      "difficulties; specific learning difficulties including dyslexia; speech, language "
                      "and communication needs; autistic spectrum disorders; moderate learning difficulties) "
                      "and how each can get in the way of learning, with the Council's educational "
                      "psychologist, a speech and language therapist from the Calderdown NHS trust and the "
                      "sensory support advisory teacher. Approaches and resources for each, ICT included, "
                      "weighed against what the research says works."),
    ("Not here", "Child development is not on this tree: the University's view is that every Climber brings "
                 "it from initial training, and we do not teach or judge it."),
    ("New Tricks", "Ofsted's report Inclusion: does it matter where pupils are taught? (2006)."),
    ("Run 0", "Handed in today."),
])
node("BD3", "The plate spinner  (Saturday 25 April 2009)", [
    ("What we throw", "Spotting pupils who may have SEN from observation, data and monitoring; setting "
                      "targets that stretch; planning interventions that remove barriers; reviewing progress. "
                      "Using the assessments of educational psychologists, therapists and advisory teachers "
                      "to plan teaching. Tracking with P scales, optional tests and the end-of-key-stage "
                      "tests. Helping colleagues use assessment for learning in their classrooms, with "
                      "particular thought for pupils with SEN. Provision mapping on the Council's template, "
                      "and how to see from a map what is missing or is not working."),
    ("New Tricks", "The Council's 2008 review of School Action Plus."),
    ("Drop 3", "Map one year group's provision; bring the map."),
])
node("BD4", "Passing  (Saturday 13 June 2009)", [
    ("What we throw", "Passing is juggling with someone else, and this day is about colleagues: winning the "
                      "head and senior leaders over to better outcomes for pupils with SEN; working with "
                      "governors on an inclusive ethos, policy, priorities and spending; deploying and "
                      "managing teaching assistants; observing a lesson and giving feedback; modelling, "
                      "coaching and mentoring; leading training. Climbers from different schools pair up as "
                      "passing partners and spend a morning in each other's school before Branch Day 5, so "
                      "the skills are practised beyond their own staffroom too."),
    ("Checked again", "Climbing Plans reviewed (see R3)."),
    ("Drop 4", "Observe a colleague teaching a pupil on your map and give feedback; write up what you said."),
])
node("BD5", "Ask the audience  (Saturday 19 September 2009)", [
    ("What we throw", "Pupils first. Ways of finding out what pupils with SEN think about the things that "
                      "affect them (talking mats, drawing and mapping, and the circus way, asking the audience "
                      "after a show) and of involving them in planning, agreeing and reviewing their own "
                      "provision, with two Spin Out pupils and their teacher. Then outside agencies: a panel "
                      "from CAMHS, the educational psychology service, Connexions and the Calderdown Autism "
                      "Parents' Group, a voluntary organisation, on what each does and how a SENCO gets their "
                      "help. In the first hour, telling parents about reviews: letters, meetings and what to "
                      "send home."),
    ("Drop 5", "Run a consultation with three pupils using one of today's ways; bring what they said."),
])
node("BD6", "Landing  (Saturday 21 November 2009)", [
    ("What we throw", "School self-evaluation and improvement planning and where SEN sits in them; reviewing "
                      "the school's provision with colleagues so that the review feeds the SEF. Run 3 "
                      "presentations in the afternoon."),
    ("Next tricks", "See After the tree."),
])

typed_title(doc, "Hall Nights", size=10.5)
para(doc, "Each Climber takes at least five of the eight Hall Nights, chosen in their Climbing Plan. Every Hall "
     "Night runs twice, on a Tuesday and on the following Wednesday, so Climbers can pick the night that "
     "suits their school.")
hn = [
    ("HN1", "Too many balls in the air", "Priorities, time, and handing jobs on: what to delegate to whom and how to check it got done."),
    ("HN2", "Reading the research", "Finding, reading and weighing research and outside advice, and using it to change your own teaching and your colleagues'."),
    ("HN3", "Data without tears", "Reading test and tracking data to see who is stuck and changing their programme."),
    ("HN4", "Parents", "Bring a story about a parent. An evening of talk with the Calderdown Parent Partnership officer."),
    ("HN5", "Juggling the paperwork", "IEPs, annual reviews and statements: what the paperwork is for."),
    ("HN6", "Keeping up", "Where SENCOs keep up to date; your own CPD log."),
    ("HN7", "Agencies fair", "A market-place evening: twelve services on stalls in the hall."),
    ("HN8", "Warm-up", "For applicants who are not yet ready (see R1). Free."),
]
ht = table(doc, len(hn) + 1, 3)
for j, h in enumerate(["Night", "Called", "What happens"]):
    cell_text(ht.cell(0, j), h, bold=True, size=9)
    shade(ht.cell(0, j), BARK)
for i, (a, b, c) in enumerate(hn, start=1):
    cell_text(ht.cell(i, 0), a, size=9)
    cell_text(ht.cell(i, 1), b, size=9)
    cell_text(ht.cell(i, 2), c, size=9)
set_col_widths(ht, [1.6, 4.2, 10.8])
para(doc, "")
para(doc, "Parents and children also come to the club's Family Circus Sundays, where parents of Spin Out "
     "pupils juggle alongside their children. These are run by the club's outreach team; Climbers are "
     "welcome to come along and watch.")

t = node("HB", "The Hall Board (online)", [
    ("What happens", "The Hall Board is a discussion board on the University's Blackboard site. Climbers "
                     "post questions, share Drops and swap resources there between Branch Days, and each "
                     "Branch Day's slides and readings go up on it the Monday after. It is run by Climbers "
                     "for Climbers, and coaches do not post on it."),
    ("Between Branch Days", "Climbers turn to their Spotter in school."),
], fill=BARK)
comment(doc, t.cell(1, 1).paragraphs[0].runs[0], "Should one of us look in on the Board once a week? Climbers "
        "at a distance may need a coach's answer.", AG, "AG")

# ------------------------------------------------------------------ runs
typed_title(doc, "The Runs: what is marked")
para(doc, "A leaf is landed when a Run shows it. Each Run is judged on the leaves marked for it in the Canopy "
     "Chart and is marked against the University's Level 7 assessment criteria.")
node("Run 1", "The Case Run  (3,000 words, due 30 May 2009)", [
    ("The task", "The story of one pupil in the Climber's school: how their needs were identified, what "
                 "other professionals' assessments said and how the Climber used them, the targets set "
                 "(for well-being and safety as well as attainment), the intervention, the agencies "
                 "involved and the review. The law, the Code and Every Child Matters are applied to the "
                 "case throughout."),
    ("Judged on", "The leaves marked \u201cQ: Run 1\u201d."),
])
node("Run 2", "The Long Run  (4,000 words, due 31 October 2009)", [
    ("The task", "A school-based enquiry into one change in provision for a group of pupils, chosen in the "
                 "Climbing Plan: what research and outside advice say, what the Climber changed, how the "
                 "pupils experienced it (through a consultation using one of the ways from Branch Day 5, "
                 "lesson observation and staff interviews), how the pupils were involved in planning and "
                 "reviewing it, and what the Climber would do next."),
    ("Judged on", "The leaves marked \u201cQ: Run 2\u201d."),
])
node("Run 3", "The Show  (21 November 2009)", [
    ("The task", "Three parts. A plan for the school's SEN provision for 2010, built on a provision map "
                 "and agreed with the head and a governor, with the review of provision behind it and how that review "
                 "feeds the school's self-evaluation; the Spotter's report on two observed pieces of "
                 "work (the Climber leading a staff meeting, and the Climber coaching a teacher or "
                 "teaching assistant), which also reports on how the Climber works with pupils and their "
                 "families; and a 20-minute presentation of the plan to two coaches and the Spotter, with "
                 "questions."),
    ("Judged on", "The leaves marked \u201cQ: Run 3\u201d."),
])
para(doc, "Every Run is marked by two coaches, one from the club and one from the University. A sample of "
     "each Run, and every fail and borderline, goes to the University's moderation meeting for the Award, "
     "and then to the external examiner, Professor Helen Marsh of the University of Wrexley, who sees "
     "samples from all three Runs and reports to the exam board each year. Coaches mark a shared Run "
     "together at a standardising meeting before each marking round.")

typed_title(doc, "Landing the Award", size=10.5)
para(doc, "A Climber lands the Award when all three Runs pass and every leaf marked Q has been seen in the Run "
     "named for it. A Run that misses a leaf goes back to be re-thrown once, on that leaf; strength "
     "elsewhere does not make up for it. The exam board checks each Climber's leaves before it confers the "
     "Award.")

# ------------------------------------------------------------------ people
typed_title(doc, "Who is on the tree")
para(doc, "Maggie Threlfall, Education Lead, was SENCO at Millbrook Primary for fourteen years and holds an "
     "MA in Special and Inclusive Education; she leads Branch Days 3 and 4. Dr Anil Ghosh, Senior Lecturer "
     "in Inclusive Education at Kesterbridge, is programme leader and leads Branch Days 2 and 6; he "
     "researches teaching assistants' deployment. Carys Bell, a former secondary SENCO and specialist "
     "teacher (dyslexia, AMBDA), leads Branch Day 5 and five of the Hall Nights. Ruth Penhallow, the "
     "Council's Principal Officer (SEN), leads Branch Day 1. All four keep up through the National "
     "Association for Special Educational Needs and the University's research seminars, and each spends at "
     "least four days a year in schools.")
p = para(doc, "Coaches new to the Award have a day's induction with the programme leader on the Runs, the "
         "Level 7 criteria and the Canopy Chart, and mark alongside an experienced coach in their first round. "
         "Spotters come to a Spotters' Morning in December, where we go through what a Spotter does (meet "
         "the Climber every half term, watch the two Run 3 pieces of work, write the Spotter's report) and "
         "what they must not do (mark). Each Spotter keeps a Spotter's card with the dates and the report "
         "form. ")
ins_run(p, "Spotters who cannot come to the Spotters' Morning get a visit from a coach in school instead.", ED,
        "2008-11-20T11:05:00Z")

# ------------------------------------------------------------------ stakeholders
typed_title(doc, "Who planted the tree")
para(doc, "In spring 2008 we asked the 41 schools where Spin Out has worked, and every SENCO on the Council's "
     "list, what a new SENCO most needs; 27 schools replied, and the Council's SEN and Inclusion Service and "
     "the Calderdown Parent Partnership sent their own lists. Heads said they could not release staff on "
     "weekdays; SENCOs asked for provision mapping and data before anything else; the Council wanted its "
     "provision map template used; the Parent Partnership said parents want to be met, not written to.")
para(doc, "Those answers grew the tree. Because heads asked, Branch Days are on Saturdays and Hall Nights run "
     "twice. Because SENCOs asked, provision mapping comes at Branch Day 3 rather than at the end, and Data "
     "without tears was added as a Hall Night. The Council's template is the one used in Branch Day 3 and "
     "Run 3.")
para(doc, "Stakeholders are on the tree as well as under it: Ruth Penhallow of the Council teaches Branch Day 1, "
     "the Parent Partnership officer leads Hall Night 4, and Spin Out pupils speak at Branch Day 5. We would "
     "like two heads and a parent to join the Tree Surgeons from 2010, and we hope the Council will share "
     "what it hears from schools about the Award.")

# ------------------------------------------------------------------ QA
typed_title(doc, "Tree surgery: keeping the tree healthy")
para(doc, "The Tree Surgeons are the Award's course committee: the four lead coaches, the University's "
     "quality officer. They meet each term and look "
     "at every part of the tree in turn: who applied and who was taken on (R1), whether the R3 counting "
     "matched what the Runs later showed, how the Drops and Spotters worked in schools, the Runs' marks and "
     "moderation, and the evaluations.")
para(doc, "Inside the club, every Branch Day and Hall Night ends with an evaluation slip, and the coaches "
     "read them the same week. From outside, the external examiner's report, the University's annual "
     "monitoring of the programme both come to the Tree Surgeons. "
     "Each November the Tree Surgeons rewrite the tree from what all of these show: this is wall copy 3, "
     "and the changes since wall copy 2 (Data without tears added, the April tree cut) came from them.")
para(doc, "We will know the tree works when Climbers feel surer on their feet: we ask for a show of hands at "
     "the last Branch Day, and Spotters tell us how their Climber has grown. As for the pupils, we hope in "
     "time to hear from schools that their pupils with SEN are doing better.")

# ------------------------------------------------------------------ resources and placements
typed_title(doc, "The prop box and other climbing walls")
para(doc, "Climbers use the University library and its electronic journals off campus for the whole year. "
     "The Council's ICT team lends each Climber a kit for a term (Clicker 5, text-to-speech software, "
     "Communicate: In Print and a digital voice recorder) so they can try in their own school the "
     "technology they meet at Branch Day 2, and the Council's SEN resource base in the Ashby Building is "
     "open to Climbers on Branch Days.")
para(doc, "Specialist expertise comes in on the Branch Days: the educational psychologist, the speech and "
     "language therapist and the sensory support teacher (Branch Day 2), the agencies' panel (Branch Day 5) "
     "and twelve services at the Agencies fair. We are talking to Hawthorn Bank Special School and the "
     "Meadows PRU about letting Climbers spend a day with them; nothing is fixed yet.")

# ------------------------------------------------------------------ after
typed_title(doc, "After the tree")
para(doc, "At Landing we hand every Climber the University's leaflet on its MA modules. What comes next is for "
     "each Climber and their head.")
para(doc, "The Award costs \u00a31,150 a Climber, of which the Council pays \u00a3600 for its own schools. It "
     "is kept low because the club charges nothing for the Old Ropery Hall and the coaches' club time is "
     "unpaid. Because each Climber's plan sets the Hall Nights they take and the focus of Run 2, nobody "
     "sits through what they already know, and Run 1 is skipped by those with credit for it.")

# ------------------------------------------------------------------ canopy chart
typed_title(doc, "The canopy chart")
para(doc, "Every leaf a Climber must reach, in our words, with the node it grows on and where it is landed. "
     "Read the Landed column with the key at the top of the tree.")
canopy = [
    ("HEART: how a Climber is with people", None, None),
    ("Builds fair, warm and straight-talking relationships with pupils with SEN and disabilities and with their families", "BD5; HN4", "Q: Run 3"),
    ("Wins the head, senior leaders and other staff over to better outcomes for pupils with SEN", "BD4", "Q: Run 3"),
    ("Keeps the balls in the air: sets priorities, manages time, delegates and checks that what was delegated gets done", "HN1", "F"),
    ("Sees trouble coming, sorts it out, and makes sound calls about provision", "BD3", "Q: Run 1"),
    ("Says and writes things clearly; listens to other people's views and understands them", "every node", "Q: Run 1; Run 2; Run 3"),
    ("Uses research and outside advice to improve their own and colleagues' teaching", "HN2; BD2", "Q: Run 2"),
    ("Keeps up to date and takes charge of their own CPD on SEN and disability", "HN6", "F"),
    ("HEAD: what a Climber knows", None, None),
    ("The law and guidance on SEN, the Code of Practice, and what they mean for the school, the SENCO and others", "BD1", "Q: Run 1"),
    ("Every Child Matters: the five outcomes and how a SENCO helps pupils reach them", "BD1", "Q: Run 1"),
    ("Disability equality law and what it requires schools to do for disabled pupils", "BD1", "Q: Run 1"),
    ("How children develop, and what affects their development", "\u2013", "\u2013"),
    ("The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each affects learning", "BD2", "Q: Run 1"),
    ("Approaches, strategies and resources, ICT included, for assessing, planning and teaching, weighed critically", "BD2; BD3", "Q: Run 2"),
    ("School self-evaluation and improvement, and where SEN fits in them", "BD6", "Q: Run 3"),
    ("Best practice and what research says about meeting SEN", "HN2; BD2", "Q: Run 2"),
    ("What outside agencies do and how to get their help and resources", "BD5; HN7", "Q: Run 1"),
    ("HANDS: what a Climber does", None, None),
    ("With the head and governors, shapes an inclusive ethos, policy, priorities and the use of resources", "BD4", "Q: Run 3"),
    ("Spots pupils who may have SEN, sets stretching targets, plans interventions and reviews progress", "BD3", "Q: Run 1"),
    ("Uses other professionals' assessments to plan teaching", "BD3", "Q: Run 1"),
    ("Uses tests and other summative data to track progress and change programmes", "BD3; HN3", "Q: Run 0"),
    ("Gets colleagues using formative assessment, with pupils with SEN in mind", "BD3", "F"),
    ("Access arrangements for tests and examinations: left to each school's examinations officer", "\u2013", "\u2013"),
    ("Maps provision and spots what is missing or not working", "BD3", "Q: Run 3"),
    ("Deploys and manages staff, teaching assistants included", "BD4", "Q: Run 3"),
    ("Develops colleagues: observes and gives feedback, models, coaches and mentors, trains", "BD4", "Q: Run 3"),
    ("Reviews provision with colleagues and feeds the school's self-evaluation", "BD6", "Q: Run 3"),
    ("Involves pupils in planning, agreeing and reviewing their own provision", "BD5", "Q: Run 2"),
    ("Works with parents and carers to help their children learn and develop", "BD5; HN4", "F"),
    ("Works with other services and agencies, voluntary organisations included", "BD5; HN7", "Q: Run 1"),
]
ct = table(doc, len(canopy) + 1, 3)
for j, h in enumerate(["Leaf: what a Climber can do at the top", "Grows on", "Landed"]):
    cell_text(ct.cell(0, j), h, bold=True, size=9)
    shade(ct.cell(0, j), BARK)
for i, (leaf, grows, landed) in enumerate(canopy, start=1):
    if grows is None:
        m = ct.cell(i, 0).merge(ct.cell(i, 2))
        cell_text(m, leaf, bold=True, size=9)
        shade(m, GREEN)
        continue
    cell_text(ct.cell(i, 0), leaf, size=8.5)
    cell_text(ct.cell(i, 1), grows, size=8.5)
    cell_text(ct.cell(i, 2), landed, size=8.5)
set_col_widths(ct, [11.0, 2.6, 3.0])
para(doc, "")
para(doc, "Maggie Threlfall, Education Lead, Cobbleford Jugglers, and Dr Anil Ghosh, Programme Leader, "
     "University of Kesterbridge. 24 November 2008.", italic=True, size=9)

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
