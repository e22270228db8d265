"""pt-01-ashgrave-card-sell-sheet: build script.

Provider: Ashgrave Lacrosse Club Development Trust (a registered charity that runs the club's schools
programme and, for eleven years, its "Ashgrave Cards" player-card series), with the University of Mersey
Heath (validating) and Tamebridge Metropolitan Borough Council.

Document kind and layout: the Trust's application written as a trading-card release's dealer SELL SHEET and
set CHECKLIST ("Series One: The SENCO Award"). No heading styles: section titles are bold capitals typed on
shaded paragraphs. A title block table with merged cells; a "Collector's Key" glossary table defining the
Trust's words (Collectors, Dealers, Packs, Base cards = Field Days, Draws = school tasks, Autographs = marked
pieces, "Graded", "Raw", "Redemption", "Not in this series", Trade-ins, Parallels, Team Set); a product
configuration table with a merged title row; a Base Set checklist of twelve Field Days; an Insert Set of six
Draws; card-back prose; a Team Set table; "The 28" checklist (#101-#128) with shaded merged group rows,
whose "Pulled at" / "Graded at" values are only explained in the Collector's Key far above it; a floating text
box ("COMPLETE THE SET"); three footnotes; two comments; tracked changes; a header and a footer with a PAGE
field; a blank dealer order form with placeholders at the end.

Traps (requirement ids in brackets):
- Tracked change in the title block: "45 credits at Level 6" deleted, "60 credits at Master's level (Level 7)"
  inserted; the insertion is part of the submission [E.2 met].
- Unsupported coverage claim in a text box ("All 28 in every box ... every one graded") and the footer
  ("Every card graded"), contradicted by five "Raw" rows of the checklist [1.9, 6.0 and the Raw outcomes].
- "Raw" (pulled on a Field Day, talked through, never graded) defined only in the Collector's Key:
  developed but not assessed [6.A1, 6.A5, 6.K2, 6.S4, 6.S7 partially_met; 1.9 partially_met].
- Graded but never pulled: #119 has a dash under "Pulled at" and the Field Day 6 card back says summative
  tracking is not taught [6.S2b partially_met].
- Redemption card = a promise for Series Two (plans/hopes): the assessment-only route and #103
  [2.3 not_met, 6.A3 not_met]; a deleted tracked sentence offering a "Straight-to-Slab" route does not
  count [2.3]; a comment asks whether the route is ready (comments never count).
- Someone else's responsibility / negation: access arrangements for tests are "the job of each school's
  examinations officer" and "Not in this series" [6.S2d not_met].
- Missing outcome: child development (Annex 3's fourth knowledge outcome) appears nowhere; the checklist
  runs #108-#115 without it [6.K4 not_met].
- Wrong context: enhanced CRB disclosures described only for the Trust's own coaches and Team Set, nothing
  for collectors; a comment asks about it [5.3 not_met].
- Past arrangement: special-school placement days ran in the 2008 pilot and are "not part of Series One"
  [5.5 partially_met; specialist expertise is present].
- Negation: the Self-Scout is used to form pods and brief tutors but "is not used to set individual plans";
  everyone follows the same Base Set and Draws [2.2, 2.4 partially_met].
- Short general mention: pupil voice only "a short input" on Field Day 7, no task [1.5 partially_met].
- Hope / aspiration: heads and parents in the Series Review only "in time" ("how, we have not yet decided")
  [4.3 partially_met; delivery involvement is concrete]; pupils' achievement "we hope" and Autograph 2 data
  that "stay with the collector" [5.9 partially_met; before-and-after Self-Scout is concrete].
- Award rule tied to passing three Autographs and a Draw binder, not to the minimum outcomes [6.0
  partially_met].
- No e-learning: "No part of Series One is delivered online" [3.3 not_applicable].
- Generic mission statements in "From the Trust" (values, never evidence).
- Met despite looking like traps: APL/APEL as "Trade-ins" [2.1]; entry guidance via a "Starter Pack" [5.2];
  moderation as "Slab review" [5.8]; CPD targets at Field Day 12 [2.5].
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pt_helpers import (set_font, para, runs, shade_para, border_para, table, merge_row, cell_text, shade_cell,
                         mixed, textbox, header_footer, Footnotes, comment, del_run)

HERE = Path(__file__).parent
OUT = HERE / "pt-01-ashgrave-card-sell-sheet.docx"
ED = "R. Dunstan (Series Lead)"

doc = Document()
set_font(doc, "Arial", 10)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.8)
fn = Footnotes(doc)
header_footer(doc, "ASHGRAVE CARDS  \u00b7  SERIES ONE  \u00b7  DEALER SELL SHEET  \u00b7  NOT FOR RESALE",
              "Checklist and configuration subject to change. Every card graded. Ashgrave Lacrosse Club "
              "Development Trust, Reg. Charity 1121847")


def band(text, fill="1F3864"):
    p = para(doc, [(text, "bw")], size=11)
    shade_para(p, fill)
    p.paragraph_format.space_before = Pt(10)
    return p


def sub(text):
    p = para(doc, [(text, "b")], size=10)
    shade_para(p, "D9E2F3")
    return p


# ---------------------------------------------------------------- title block
p = para(doc, [("ASHGRAVE CARDS", "b")], style="Title", align="c")
para(doc, [("Series One: The SENCO Award \u2014 Sell Sheet and Set Checklist", "b")], align="c", size=13)
para(doc, "Submitted to the Training and Development Agency for Schools as the Trust's application for approval "
          "to run the National Award for SEN Coordination", align="c", size=9)

tb = doc.add_table(rows=9, cols=2)
tb.style = "Table Grid"
merge_row(tb, 0, "RELEASE INFORMATION", fill="1F3864", size=10, fmt="bw")
rows = [
    ("Release", "The SENCO Award (National Award for SEN Coordination), Series One, 2009-10"),
    ("Issued by", "Ashgrave Lacrosse Club Development Trust, Ashgrave Clubhouse, Moss Lane, Tamebridge"),
    ("Validated by", "University of Mersey Heath, Faculty of Education and Sport"),
    ("In partnership with", "Tamebridge Metropolitan Borough Council, Children's Services (SEN and Inclusion Team)"),
    ("Hobby box", None),
    ("Release dates", "Weekday Parallel opens September 2009; Saturday Parallel opens January 2010"),
    ("Box price", "\u00a31,950 per collector (see Dealer Information)"),
    ("Series Lead", "Ruth Dunstan, Ashgrave Clubhouse, 0161 000 4420"),
]
for i, (k, v) in enumerate(rows, start=1):
    cell_text(tb.cell(i, 0), [(k, "b")], size=9, fill="D9E2F3")
    if v is not None:
        cell_text(tb.cell(i, 1), v, size=9)
hb = tb.cell(5, 1)
hb.text = ""
mixed(hb.paragraphs[0], [("n", "One complete Award: "), ("d", "45 credits at Level 6"),
                         ("i", "60 credits at Master's level (Level 7)"),
                         ("n", ", in three Packs of 20 credits")], ED)
for r in hb.paragraphs[0].runs:
    r.font.size = Pt(9)
for row in tb.rows:
    row.cells[0].width = Cm(4)
    row.cells[1].width = Cm(13)

# ---------------------------------------------------------------- from the trust
band("FROM THE TRUST")
para(doc, "Ashgrave Lacrosse Club has played on the Moss Lane fields since 1886. Its Development Trust was set up "
          "in 1997 to take the game into Tamebridge schools, and for eleven seasons we have issued the Ashgrave "
          "Cards: a set of player cards that every child in our schools programme collects, swaps and, we are "
          "told, argues about. Our coaches now work in forty Tamebridge primary and special schools every week, "
          "and many of the children we coach have special educational needs or are disabled.")
para(doc, "We believe that every child can play, and that every child can learn. We believe that the adults "
          "around a child matter more than any programme. We believe in the club's old motto, Stick to it.")
para(doc, "Series One is the first time the Trust has put its name to a qualification. We have written this "
          "application the way we write everything for our schools: as a sell sheet and a checklist, because "
          "that is the format our dealers know. The Collector's Key below explains our words. Where the national "
          "specification asks for an arrangement, the arrangement is in these pages; where we do not yet have "
          "one, we have said so.")
para(doc, "Series One exists for one thing: that children and young people with SEN and/or disabilities in our "
          "collectors' schools achieve more and are healthier, safer and happier. We hold the Series to all "
          "five Every Child Matters outcomes, not only to test results. Every Pack states its aim in those terms; "
          "every Field Day ends with the question \"What will change for which pupils?\"; and each of the three "
          "Autographs is passed only if the collector shows, with evidence from named pupils, what changed in "
          "their attainment, attendance, participation or well-being as a result of what the collector did.")

# ---------------------------------------------------------------- key
band("THE COLLECTOR'S KEY")
para(doc, "These words are used throughout the sell sheet with the meanings below, and nowhere else.", size=9)
key = [
    ("Word", "What it means in Series One"),
    ("Collector", "A teacher taking the Award."),
    ("Dealer", "The collector's school, represented by its headteacher, who signs the Dealer's Pledge."),
    ("Pack", "One of three 20-credit modules: Pack A, Pack B, Pack C."),
    ("Base card", "A Field Day: a full taught day (9.15 to 3.45) at the Ashgrave Clubhouse or the University. "
                  "There are twelve, numbered FD1 to FD12."),
    ("Draw", "An insert card: a task the collector carries out in their own school between Field Days, "
             "recorded in the Draw binder. There are six."),
    ("Autograph", "One of three marked pieces of work, one per Pack. An Autograph is signed off only when two "
                  "graders agree it has passed."),
    ("Pulled at", "In the checklist: the Field Day or Days on which an item is taught."),
    ("Graded at", "In the checklist: the Autograph in which an item is marked against Master's-level "
                  "criteria."),
    ("Raw", "In the checklist: an item pulled on a Field Day and talked through with a Field Coach at a Draw "
            "review, but not graded at any Autograph. Raw items get feedback, never a mark."),
    ("Redemption", "An item promised for a later series. It is not in this box."),
    ("Not in this series", "An item Series One does not contain."),
    ("Trade-in", "Prior study or experience accredited against a Pack."),
    ("Parallel", "A route through the Series, with its own start date and days."),
    ("Team Set", "The people who teach, coach and grade the Series."),
    ("Slab review", "Moderation: the second look at graded Autographs (see Grading Service)."),
]
t = table(doc, key, widths=[3.5, 13.5], header_fill="D9E2F3")

# ---------------------------------------------------------------- box break
band("BOX BREAK: WHAT IS IN SERIES ONE")
para(doc, "A complete box is one Award: three Packs, twelve Field Days, six Draws and three Autographs, worth "
          "60 credits at Master's level. The University of Mersey Heath validated the Award in February 2009 "
          "as a 60-credit Postgraduate Certificate (National Award for SEN Coordination) and awards the credits "
          "on the recommendation of its Board of Examiners; Trust staff and University staff teach and grade it "
          "together. Credits count towards the University's MA in Inclusive Education.")
para(doc, "Each Pack runs for one school term. A collector attends four Field Days, carries out two Draws in "
          "school and submits one Autograph. Between Field Days each collector has a Dealer's Representative, a "
          "senior leader in their own school who meets them at least twice a half-term, and a Field Coach from "
          "the Team Set who visits their school once in every Pack to look at the Draw binder with them.")

cfg = doc.add_table(rows=5, cols=5)
cfg.style = "Table Grid"
merge_row(cfg, 0, "PRODUCT CONFIGURATION", fill="1F3864", size=9, fmt="bw")
hdr = ["Pack", "Title on the wrapper", "Base cards", "Draws", "Autograph"]
for j, h in enumerate(hdr):
    cell_text(cfg.cell(1, j), [(h, "b")], size=9, fill="D9E2F3")
data = [
    ("Pack A\n20 credits", "First Pull: the Role and the Law", "FD1-FD4", "Draw 1 Role Map\nDraw 2 Policy Check",
     "Autograph 1: role and policy audit, 4,000 words"),
    ("Pack B\n20 credits", "Reading the Field: identifying, assessing, planning", "FD5-FD8",
     "Draw 3 Spot and Plan\nDraw 4 Touchline Talk", "Autograph 2: case study of an intervention, 5,000 words"),
    ("Pack C\n20 credits", "Running the Team: leading provision", "FD9-FD12",
     "Draw 5 Map the Pitch\nDraw 6 Coach a Colleague",
     "Autograph 3 (The Signing): leadership project, 4,000 words, and a 20-minute presentation"),
]
for i, row in enumerate(data, start=2):
    for j, v in enumerate(row):
        cell_text(cfg.cell(i, j), v, size=9)

p = textbox(doc, [[("COMPLETE THE SET", "b")],
                  "All 28 in every box. Every one graded by two graders. No gaps, no swaps needed."],
            width_pt=300, height_pt=52, fill="FFF2CC")

# ---------------------------------------------------------------- base set
band("BASE SET CHECKLIST: THE TWELVE FIELD DAYS")
para(doc, "Card backs are printed in full below the list. Field Days 1-4, 7 and 10-12 are held at the Ashgrave "
          "Clubhouse Education Suite; Field Days 5, 6, 8 and 9 at the University's Hallam Street campus.", size=9)
base = [
    ("Card", "Title", "What is on the card"),
    ("FD1", "The Role", "The SENCO role and the 2008 SENCO regulations; the collector's Self-Scout reviewed in pods"),
    ("FD2", "The Rulebook", "SEN and disability law and the SEN Code of Practice, and what they require of a school"),
    ("FD3", "Every Child", "Every Child Matters: the five outcomes and the SENCO's part"),
    ("FD4", "What the Research Says", "Research and inspection evidence; reading research critically"),
    ("FD5", "Types and Needs", "The common types of SEN and disability and how they affect learning"),
    ("FD6", "Reading the Field", "Identifying pupils, setting targets, planning interventions, reviewing"),
    ("FD7", "Approaches and Tools", "Teaching approaches, resources and ICT; assessment for learning"),
    ("FD8", "Map the Pitch", "Provision mapping and management"),
    ("FD9", "Team Talk", "Leading adults: support staff, colleagues, the head"),
    ("FD10", "The Board Room", "Strategy, policy and self-evaluation with senior leaders and governors"),
    ("FD11", "Touchline Partners", "Parents and carers; other services and voluntary organisations"),
    ("FD12", "Next Series", "Keeping up to date; planning the next steps; preparing for The Signing"),
]
table(doc, base, widths=[1.6, 4.2, 11.2], header_fill="D9E2F3")

band("CARD BACKS", fill="2F5496")
backs = [
    ("FD1  The Role. ",
     "The day opens with the history of the SENCO role and the Education (Special Educational Needs "
     "Coordinators) (England) Regulations 2008, and what they mean for a collector who is not yet on the senior "
     "team. In the afternoon collectors sit in pods of six with a Field Coach and compare their Self-Scouts. "
     "Draw 1 (Role Map) is set: the collector interviews their head and two senior leaders about how SEN is "
     "led in the school and maps who does what."),
    ("FD2  The Rulebook. ",
     "Part IV of the Education Act 1996, the SEN Code of Practice (2001) and its graduated response, statutory "
     "assessment and statements, the Special Educational Needs and Disability Act 2001, the Disability "
     "Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and school accessibility plans. "
     "The Tamebridge SEN Team presents the local authority's procedures. Collectors work through six short "
     "cases, decide what the law requires the school to do in each, and say how they would put it into "
     "practice. Draw 2 (Policy Check) is set: an audit of the school's SEN policy and accessibility plan against "
     "the Code and the disability duties."),
    ("FD3  Every Child. ",
     "The Every Child Matters framework, the five outcomes and the Children Act 2004; the Common Assessment "
     "Framework; what a SENCO can do for pupils' health, safety and enjoyment as well as their attainment. "
     "Collectors bring one pupil's profile and plan how the school could improve that pupil's well-being."),
    ("FD4  What the Research Says. ",
     "Led by the University's Programme Leader. Collectors read and discuss recent inspection and research "
     "evidence, including Ofsted's 'Special educational needs and disability: towards inclusive schools' (2004) "
     "and 'Inclusion: does it matter where pupils are taught?' (2006), the Bercow Review of services for "
     "children with speech, language and communication needs (2008), and the emerging work of the Rose review "
     "on dyslexia. They learn to judge a study's claims and to take outside advice to colleagues. Each "
     "collector chooses one study to test against practice in their own school for Autograph 1."),
    ("FD5  Types and Needs. ",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
     "language and communication needs; autistic spectrum disorders; moderate learning difficulties. An "
     "educational psychologist and a speech and language therapist from Tamebridge teach half the day each, "
     "and show collectors how to read their reports and turn them into classroom approaches."),
    ("FD6  Reading the Field. ",
     "How to identify pupils who may have SEN or disabilities from classroom observation, teacher assessment and "
     "the school's own monitoring; setting challenging targets; planning interventions that remove barriers; "
     "reviewing progress at a set point. Collectors practise with anonymised files that include reports from "
     "the educational psychology service, the sensory support service and occupational therapy, and plan "
     "teaching approaches from them. Summative tracking from national tests is not taught on this card: "
     "collectors are expected to bring it from their own school. Draw 3 (Spot and Plan) is set."),
    ("FD7  Approaches and Tools. ",
     "A critical look at approaches, strategies and resources for assessment, planning, teaching and learning, "
     "including ICT and assistive technology (text-to-speech, word prediction, communication aids), and when "
     "each helps. In the afternoon collectors plan how to encourage colleagues to use assessment for learning "
     "with all pupils, with particular approaches for pupils with SEN. There is a short input on pupil voice."),
    ("FD8  Map the Pitch. ",
     "Provision mapping and management: building a costed provision map, reading it against pupils' progress, "
     "and finding provision that is not working or is missing. Collectors work on their own school's map and "
     "decide, with reasons, what they would stop, start and change."),
    ("FD9  Team Talk. ",
     "Deploying and managing teaching assistants; working with the head and senior leaders to win their "
     "commitment; supporting colleagues' professional development through observation and feedback, modelling, "
     "coaching and mentoring, and leading staff training. Collectors rehearse presenting to staff. Draw 6 "
     "(Coach a Colleague) is set."),
    ("FD10  The Board Room. ",
     "Working with senior colleagues and governors on an inclusive ethos, the SEN policy, priorities and the use "
     "of resources; the principles of school self-evaluation and improvement planning and how SEN outcomes fit "
     "the self-evaluation form; reviewing the effectiveness of provision with other staff. A chair of "
     "governors and a headteacher from Tamebridge join the afternoon."),
    ("FD11  Touchline Partners. ",
     "Working with parents and carers: the Tamebridge Parent Partnership Service teaches the morning with two "
     "parents of children with SEN; collectors practise a structured conversation and plan Draw 4 (Touchline "
     "Talk). In the afternoon, staff from CAMHS, the Sensory Support Service, Connexions and Tamebridge Autism "
     "Support (a voluntary organisation) explain what they do, how to refer and how to work with them."),
    ("FD12  Next Series. ",
     "Collectors repeat the Self-Scout, keep a record of what has changed, and build a personal CPD plan for the "
     "next two years with a Field Coach, using the Trust's Next Series planner; they take the plan to a meeting "
     "with their head or line manager before The Signing, and the plan is part of Autograph 3. The afternoon "
     "covers keeping up to date: journals, the local SENCO network and national bodies."),
]
for title, body in backs:
    p = para(doc, [(title, "b"), (body, "")])
    p.paragraph_format.space_after = Pt(4)

# ---------------------------------------------------------------- inserts
band("INSERT SET: ON THE DRAW")
para(doc, "Draws are done in the collector's own school, so that every Pack is tied to practice with real "
          "pupils. Each Draw is written up in the Draw binder on the Trust's two-page sheet and discussed with "
          "the Dealer's Representative and, once a Pack, the visiting Field Coach.")
draws = [
    ("Draw", "Pack", "What the collector does in school"),
    ("1 Role Map", "A", "Interviews the head and two senior leaders; maps how SEN is led; agrees one change."),
    ("2 Policy Check", "A", "Audits the SEN policy and accessibility plan against the Code and the disability duties."),
    ("3 Spot and Plan", "B", "Identifies four to six pupils, takes baseline measures, sets targets, runs a "
                             "six-week intervention and reviews progress."),
    ("4 Touchline Talk", "B", "Holds a structured meeting with the parents or carers of one pupil from Draw 3 and "
                              "agrees targets for home and school."),
    ("5 Map the Pitch", "C", "Builds a costed provision map for one year group and names the gaps."),
    ("6 Coach a Colleague", "C", "Observes a colleague teaching, gives feedback, co-plans a lesson and leads one "
                                 "staff session."),
]
table(doc, draws, widths=[3.3, 1.2, 12.5], header_fill="D9E2F3")

# ---------------------------------------------------------------- autographs
band("AUTOGRAPHS AND THE GRADING SERVICE")
para(doc, [("Autograph 1", "b"), (" (Pack A) is a role and policy audit: the collector reports Draws 1 and 2, "
          "sets the school's SEN policy against the law and the Code, and tests one piece of research against the "
          "school's practice.", "")])
para(doc, [("Autograph 2", "b"), (" (Pack B) is a case study of the Draw 3 intervention, with the Draw 4 "
          "meeting. The collector must use the pupils' end-of-key-stage and national test results alongside "
          "their own baseline to track progress and say how the programme was changed as a result, draw on "
          "reports from other professionals, and show what changed for each pupil.", "")])
para(doc, [("Autograph 3", "b"), (" (Pack C), The Signing, is a leadership project: one change in SEN provision "
          "the collector has led with the senior team and governors, using the Draw 5 provision map and the "
          "Draw 6 coaching record, with the CPD plan from FD12. It ends with a 20-minute presentation to a panel "
          "of the Series Lead, a University tutor and the collector's own head. The presentation is graded on "
          "the substance of the project, not on how it is delivered.", "")])
p = para(doc, "Grading. Every Autograph is marked by two graders, one from the Trust and one from the University, "
              "against the University's Level 7 criteria and the checklist items it grades. Graders meet at a "
              "standardisation session before each marking round, using exemplars from the 2008 pilot. A Slab "
              "review follows each round: the Programme Leader samples a third of all scripts and every fail and "
              "borderline script. The University's external examiner, from another university's SEN programme, "
              "sees a sample of every Autograph and attends The Signing panels twice a year; the University's "
              "Board of Examiners confirms all marks.")
fn.add(p, "The external examiner for 2009-10 is Dr Helen Aske, University of Wenlow.")
para(doc, "Raw items are looked at by the Field Coach during the Draw review and the collector receives "
          "written feedback on them in the binder. They are not marked.")
p = para(doc, "Completing the Series. To complete the Series and receive the Award, a collector must pass all "
              "three Autographs and submit a complete Draw binder.")

# ---------------------------------------------------------------- parallels
band("PARALLELS: WAYS THROUGH THE SERIES")
para(doc, "Series One comes in two Parallels. The Weekday Parallel starts in September and holds its Field Days "
          "on Thursdays; the Saturday Parallel starts in January and holds the same twelve Field Days on "
          "Saturdays at the Clubhouse, for collectors whose schools cannot release them in the week. Packs are "
          "taken in order, A then B then C, but a collector may stop after any Pack and pick up the next one in "
          "either Parallel within two years, keeping the credits already gained. A collector who misses a Field "
          "Day makes it up on the other Parallel.")
para(doc, "No part of Series One is delivered online. Handouts are emailed after each Field Day.")
para(doc, "A summer intensive (Short Print) ran once, for the 2008 pilot group. It is not offered in Series One.")

# ---------------------------------------------------------------- trade-ins / redemption
band("TRADE-INS AND REDEMPTION CARDS")
para(doc, "Trade-ins. A collector who already holds up to 20 credits at Master's level in SEN or inclusion, "
          "gained in the last five years, may trade them in against Pack A under the University's regulations "
          "for the accreditation of prior learning; the Programme Leader checks the earlier work against the "
          "Pack A checklist items. A collector with long SENCO experience but no credits may instead trade in "
          "experience against Pack A by building a portfolio of evidence mapped to those items; two graders "
          "assess it in the same way as an Autograph, and a successful claim is credited as Pack A.")
p = para(doc, "")
mixed(p, [("d", "Experienced SENCOs may be assessed without attending any Field Day (the Straight-to-Slab route).")], ED)
p = para(doc, "Redemption card RC1: assessment-only route. The Trust intends to offer an assessment-only route for "
              "exceptionally experienced candidates once the University has approved regulations for it. This "
              "card will be redeemable in a later series. Until then there is no assessment-only route in "
              "Series One.")
comment(doc, p.runs, "Is the route ready for September? University say not before 2010. Leave as a redemption "
        "card.", "M. Okafor (University)", "MO")
para(doc, "Redemption card RC2: checklist item #103 (prioritising, managing time and delegating). To follow in "
          "Series Two.")

# ---------------------------------------------------------------- self-scout
band("THE SELF-SCOUT")
para(doc, "Before FD1 every collector completes the Self-Scout, a four-point self-rating against each of the 28 "
          "checklist items, with a short example of their practice for each. The Series Lead reads every "
          "Self-Scout and uses it to place collectors in pods of six with a mix of experience and to brief the "
          "Field Coaches on what each pod will find hard. The Self-Scout is not used to set individual plans: "
          "every collector follows the same Base Set and the same six Draws, and the Autographs are the same for "
          "all. Collectors repeat the Self-Scout at FD12.")

# ---------------------------------------------------------------- dealer info
band("DEALER INFORMATION")
sub("Who can collect")
para(doc, "Collectors must hold Qualified Teacher Status, teach in a school in England, and be the school's "
          "SENCO or be named by the head as its next SENCO. The head signs the Dealer's Pledge, which releases "
          "the collector for all twelve Field Days, names a Dealer's Representative and gives the collector access "
          "to pupil data for the Draws. The Series Lead then holds a 30-minute telephone interview with each "
          "applicant, using the Self-Scout, to check that they know enough about SEN and about their school to "
          "reach all the checklist items by the end of Pack C.")
para(doc, "An applicant who is not ready is not turned away without help: the Series Lead writes to the applicant "
          "and the head with a Starter Pack of what to do first, usually the Tamebridge SEN induction course and "
          "a term shadowing the current SENCO, and offers a place in the next Parallel.")
sub("Price")
p = para(doc, "The box price is \u00a31,950 per collector, covering all Field Days, Draw visits, grading and "
              "University registration. Tamebridge Council funds fifteen places a year for its own schools from "
              "its SEN training budget. The price is held down because the Clubhouse Education Suite costs the "
              "Series nothing, Field Days are shared by both Parallels' staff, and the LA's specialists teach "
              "within their service agreements.")
fn.add(p, "Prices exclude University registration for collectors who later move on to the MA.")
sub("Authenticity")
p = para(doc, "Certificate of Authenticity. Every member of the Team Set and every Field Coach holds an enhanced "
              "CRB disclosure, renewed every three years, and the Trust's Safeguarding Officer keeps the register "
              "and checks it before each Series. The Trust's safeguarding policy is available to dealers on request.")
comment(doc, p.runs, "What about the collectors themselves? Do we check theirs or leave it to schools?",
        "J. Pryce (Trustee)", "JP")

# ---------------------------------------------------------------- access
band("EVERY COLLECTOR CAN PLAY: ACCESS")
para(doc, "The Trust's Equality Scheme covers the Series. The application form asks every applicant, in confidence, "
          "whether they have a disability or a health condition and what would help, and says why we ask; the "
          "Series Lead follows up every answer before FD1, and the University's Disability Service carries out "
          "an assessment where a collector wants one. Adjustments we have made include papers in large print, on "
          "coloured paper or sent in advance in electronic form; a hearing loop and lift at the Clubhouse; a BSL "
          "interpreter; rest breaks; extra time for written Autographs; and The Signing presentation given "
          "seated, recorded or in two parts. Graders are told about agreed adjustments but not the reasons. The "
          "sell sheet is available in large print and audio, and FD2 and FD10 include the Disability Equality "
          "Duty as it applies to a school's own disabled staff and parents as well as pupils.")

# ---------------------------------------------------------------- team set
band("TEAM SET")
team = [
    ("Card", "Who", "Experience"),
    ("Series Lead", "Ruth Dunstan", "SENCO in two Tamebridge schools for 14 years; MA in Special Educational Needs; "
                                    "seconded to the LA as SEN adviser 2005-08"),
    ("Programme Leader (University)", "Dr Matthew Okafor", "Senior Lecturer in Inclusive Education; research on "
                                                           "provision mapping; external examiner elsewhere"),
    ("Field Coach", "Anita Ghosh", "Specialist teacher, SpLD (AMBDA); ten years in the LA's Learning Support Service"),
    ("Field Coach", "Colin Marr", "Former headteacher of Fernside Special School; Ofsted additional inspector"),
    ("Field Coach", "Siobhan Kale", "Educational psychologist, Tamebridge; HCPC registered"),
    ("Guest specialists", "Tamebridge services", "Speech and language therapy, CAMHS, Sensory Support, Parent "
                                                  "Partnership Service, Tamebridge Autism Support"),
]
table(doc, team, widths=[3.6, 3.4, 10.0], header_fill="D9E2F3")
para(doc, "Every member of the Team Set takes part in at least two days of SEN development a year and the "
          "Trust pays for membership of nasen for each of them.")
para(doc, "Knowing the play. Each new Field Coach and grader has an induction day with the Series Lead and the "
          "Programme Leader and receives the Team Handbook, which sets out each role, the Field Day plans, the "
          "Draw review sheet and the grading criteria. Each Dealer's Representative attends a two-hour briefing "
          "at the Clubhouse before their collector's first Field Day and receives the Representative's Guide, "
          "which explains what the Draws ask and what support the Representative gives; the visiting Field "
          "Coach checks with the Representative each Pack. The Team Set meets once a half-term.")
para(doc, "Specialist expertise comes through the guest specialists and the LA's services on FD2, FD5, FD10 and "
          "FD11. In the 2008 pilot every collector spent a day in a Tamebridge special school. That day is not "
          "part of Series One.")
para(doc, "Kit. The Clubhouse Education Suite seats thirty and has sixteen laptops with text-to-speech, word "
          "prediction and mind-mapping software for collectors to try on FD7. Collectors have full University "
          "library access, including its SEN journals. The LA's Inclusion Centre lends its collection of "
          "standardised assessments and communication aids to collectors for Draw 3.")

# ---------------------------------------------------------------- stakeholders
band("THE COLLECTORS' PANEL: WHO SHAPED THE SERIES")
p = para(doc, "In spring 2008 the Trust and the LA surveyed all 71 Tamebridge headteachers and 58 SENCOs; 94 "
              "replied. Heads' top three needs were provision mapping, leading teaching assistants and working "
              "with parents; SENCOs asked for help with data and with the law. Both asked for training that did "
              "not take teachers out of class every week. Those needs are where Field Days 2, 6, 8, 9 and 11 came "
              "from.")
fn.add(p, "The survey was carried out by the LA's Research and Intelligence Unit, April 2008.")
para(doc, "What changed because of what people told us. The heads asked for days that did not fall in the "
          "school week, so the Saturday Parallel was added. The Parent Partnership Service asked for a whole "
          "morning on parents, and now teaches it on FD11. The twelve pilot collectors of 2008 told us the "
          "pilot's single 6,000-word essay was too far from school, so the Draw binder and three smaller "
          "Autographs replaced it.")
para(doc, "Who plays a part. The Parent Partnership Service and two parents teach on FD11; a chair of governors "
          "and a head join FD10; the LA's SEN Team teaches on FD2; heads host the Draws and sit on The Signing "
          "panels. We would like to bring heads and parents into the Series Review in time; how, we have not "
          "yet decided.")

# ---------------------------------------------------------------- quality
band("KEEPING THE SERIES MINT")
para(doc, "Inside the Series, every Field Day ends with a card-by-card evaluation sheet; the Field Coaches "
          "report on each Draw visit; the Team Set reviews each Pack at its half-term meeting; and graders report "
          "on how each Autograph worked. Outside it, the external examiner writes an annual report, the University "
          "reviews the Award in its annual monitoring, and the LA reviews the fifteen places it funds each year. "
          "Every July the Series Review brings all of this together into an action list for the next Series, "
          "which the Trust's board approves and the sell sheet reports; after the pilot, that list produced the "
          "Draw binder and the move of the law day to Pack A.")
para(doc, "Impact. The Self-Scout at FD1 and again at FD12 gives each collector and the Trust a before-and-after "
          "measure of confidence and competence against the 28 items, and the Series Review reports the change "
          "for the whole group. We hope that over time collectors' pupils will do better because of the Series, "
          "and we will look for ways to find this out. The pupil data in Autograph 2 stay with the collector and "
          "the school; the Trust does not collect them.")

# ---------------------------------------------------------------- checklist
band("SET CHECKLIST: THE 28")
para(doc, "The checklist lists every item in Series One, numbered #101 to #128. Pulled at and Graded at are as "
          "given in the Collector's Key.", size=9)
check = [
    ("#", "Checklist item (in the Trust's words)", "Pulled at", "Graded at"),
    ("G", "ATTRIBUTES (#101-#107)", None, None),
    ("#101", "Fair, respectful, supportive relationships with pupils with SEN and their families", "FD11", "Raw"),
    ("#102", "Bringing the head and senior team with you for pupils with SEN", "FD9", "Autograph 3"),
    ("#103", "Prioritising, managing time and delegating", "Redemption", "Redemption"),
    ("#104", "Solving problems and making sound calls on provision", "FD8, FD10", "Autograph 2, Autograph 3"),
    ("#105", "Speaking and writing clearly; listening to others' views", "FD9", "Raw"),
    ("#106", "Using research and outside advice to improve your own and colleagues' practice", "FD4", "Autograph 1"),
    ("#107", "Keeping up to date and owning your CPD on SEN and disability", "FD12", "Autograph 3"),
    ("G", "KNOWLEDGE (#108-#115)", None, None),
    ("#108", "SEN law and the Code of Practice, and putting them into practice", "FD2", "Autograph 1"),
    ("#109", "Every Child Matters and the SENCO's part in it", "FD3", "Raw"),
    ("#110", "Disability equality law and what it requires of a school", "FD2", "Autograph 1"),
    ("#111", "The common types of SEN and disability and their effect on learning", "FD5", "Autograph 2"),
    ("#112", "Approaches, strategies and resources, including ICT", "FD7", "Autograph 2"),
    ("#113", "School self-evaluation and improvement for SEN outcomes", "FD10", "Autograph 3"),
    ("#114", "Best practice and research in meeting SEN", "FD4", "Autograph 1"),
    ("#115", "External agencies and getting specialist support", "FD11", "Autograph 3"),
    ("G", "SKILLS (#116-#128)", None, None),
    ("#116", "Shaping an inclusive ethos, policy, priorities and resources with senior leaders and governors",
     "FD10", "Autograph 3"),
    ("#117", "Identifying pupils, setting targets, planning interventions and reviewing progress", "FD6",
     "Autograph 2"),
    ("#118", "Using other professionals' assessments to plan teaching", "FD5, FD6", "Autograph 2"),
    ("#119", "Using summative results, including national tests, to track progress and change programmes",
     "\u2014", "Autograph 2"),
    ("#120", "Encouraging colleagues' formative assessment, with approaches for pupils with SEN", "FD7",
     "Autograph 3"),
    ("#121", "Access arrangements for national tests and examinations", "Not in this series",
     "Not in this series"),
    ("#122", "Provision mapping and finding ineffective or missing provision", "FD8", "Autograph 3"),
    ("#123", "Deploying and managing support staff", "FD9", "Raw"),
    ("#124", "Developing colleagues: observation and feedback, modelling, coaching, training", "FD9",
     "Autograph 3"),
    ("#125", "Reviewing provision with staff to inform self-evaluation", "FD10", "Autograph 3"),
    ("#126", "Involving pupils in planning and reviewing their own provision", "FD7", "Raw"),
    ("#127", "Working with parents and carers", "FD11", "Autograph 2"),
    ("#128", "Working with other services and voluntary organisations", "FD11", "Autograph 3"),
]
ct = doc.add_table(rows=len(check), cols=4)
ct.style = "Table Grid"
for i, row in enumerate(check):
    if row[0] == "G":
        merge_row(ct, i, row[1], fill="BDD7EE", size=8)
        continue
    for j, v in enumerate(row):
        cell_text(ct.cell(i, j), [(v, "b")] if i == 0 else v, size=8, fill="D9E2F3" if i == 0 else None)
for row in ct.rows:
    for j, w in enumerate([1.3, 9.7, 2.8, 3.2]):
        row.cells[j].width = Cm(w)
para(doc, "Note on #121. Access arrangements for tests and examinations are the job of each school's "
          "examinations officer, and the item is not in this series.", size=9)

# ---------------------------------------------------------------- order form
band("DEALER ORDER FORM")
para(doc, "Complete and return to the Series Lead by 30 June 2009.", size=9)
of = [
    ("School", "[School name]"),
    ("Headteacher", "[Name]"),
    ("Collector", "[Name of teacher]"),
    ("Parallel", "Weekday / Saturday  [delete as appropriate]"),
    ("Dealer's Representative", "[Name and role]"),
    ("Signed (Dealer's Pledge)", "[Signature]                Date [dd/mm/yyyy]"),
]
table(doc, [("Field", "Entry")] + of, widths=[5, 12], header_fill="D9E2F3")

fn.finish()
doc.save(OUT)
print("wrote", OUT)
