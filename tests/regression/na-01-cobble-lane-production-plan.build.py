"""na-01-cobble-lane-production-plan: a craft bakery's course laid out on its bakehouse production plan.

Provider (invented): Cobble Lane Bakehouse CIC, Lindersby, a craft bakery and social enterprise whose Teaching
Bakehouse (a training kitchen) runs bread sessions for pupils from special and mainstream schools and a supported
apprenticeship for young bakers with learning difficulties. Its Bread School delivers the University of Wendale's
Postgraduate Certificate in Special Educational Needs Coordination (National Award), 60 credits at Level 7, with the
University's School of Education and Lindersby City Council. Issue 3 of the plan, 16 February 2009, for the
TDA's approval panel.

Document kind and layout: the bakery's own weekly PRODUCTION PLAN template (the sheet every shift works from),
used to lay out the course. No heading styles: section titles are bold white capitals on dark shaded paragraphs
("A. ORDERS IN", "D. MIX SCHEDULE", "F. THE OVEN"...). A plan header table with a merged row; "Notes to the plan"
typed 1.-12. (not Word numbering) that key the house words used far below (Bakers, Head Bakers, Bench Partners,
Starter Check, Bake Plan, Mix, Prove, Bake, tasting bench, "Retarded", a dash, Second Cut); an Orders In table
(stakeholders: what they asked for / what we changed); a Mix Schedule table with term bars merged across and a
tracked date change inside a cell; a Head Bakers table; the PRODUCT LIST (the 28 national outcomes in the bakery's
own words, no national codes, numbered P01-P29) with merged group bars ("THE BAKER", "THE FLOUR", "THE BENCH") and
columns "Mixed on" / "Baked off in" keyed only in Notes 8-11 near the top. A page header ("PRODUCTION PLAN") and a
footer with the bakery's address, hygiene rating and a CRB claim, and a PAGE field. Three footnotes. Four Word
comments. A text box ("From the Head Baker"). Tracked changes: a whole deleted paragraph, a whole inserted
paragraph, a deletion inside a Mix cell, a date replaced inside a cell. A "[to be confirmed]" placeholder.

Traps (requirement ids):
- E.1 / E.2 met: the University validated the programme as 60 credits at Level 7 in two 30-credit modules.
- 1.1 met: the aim names all five ECM outcomes "not only their test results", content follows, and Bake 3 measures
  the effect on pupils across them.
- 1.5 partially_met: pupils' views only "Briefly" at Mix 4 and "a theme we mean to build up in later plans"; the
  Saturday Bread Club's young bakers bake lunch for the bakers (right words, wrong thing).
- 1.9 partially_met and 6.0 partially_met: the Product List has Retarded, Tasting only and dashed Products; the
  pass rule is a compensating total ("150 or more across the three Bakes"); the text box's blanket claim "Every
  Product on the list goes in the oven" is contradicted by the list.
- 2.1 partially_met: only the University's 20-credit EDU7010 module is credited; "Other earlier study, and a baker's
  experience, are not credited".
- 2.3 not_met: the straight-to-the-oven route exists only in a deleted paragraph; the body says "there is no
  straight-to-the-oven route on this plan"; the University's own route for its MA "does not lead to the National
  Award" (another programme's arrangement).
- 2.5 not_met: further targets are "for the baker and their head to agree at performance management: the Bakehouse
  does not plan past the last Bake"; a comment suggesting a next-steps session is not part of the submission.
- 3.1 partially_met: step-free access, allergies and dietary needs, and a bare statement of compliance with the
  DDA; no invitation to disclose a disability, no adjustments to teaching or assessment (Allergens section).
- 3.3 met: the Bakehouse Board (Blackboard) with a Head Baker on duty replying within two working days, batch
  forums, private messages, Bakes handed in online, termly emails to heads.
- 4.1 / 4.2 met: the Orders In table (council survey of 64 SENCOs, 41 replies; heads' forum; Parent Partnership;
  Brook Lane School; the 2007-08 test bake) with what changed.
- 4.3 partially_met: stakeholders help deliver (Bench Partners, the Parent Partnership officer at Mix 4, Brook
  Lane's outreach teacher at Mix 2) but their part in evaluation is past (the 2007-08 tasting panel) or only hoped
  for ("We would like the schools that send bakers to taste the next plan with us").
- 5.2 partially_met: entry is QTS and the SENCO post; "the head's signature is all we ask for by way of entry: we do
  not interview or test bakers before they join".
- 5.3 not_met: the body asks only for a Level 2 Food Hygiene certificate (the right kind of words about the wrong
  check); the CRB claim is only in the page footer; a comment asks whether to mention CRB checks.
- 5.4 met: four Head Bakers with SEN qualifications and school experience; the master baker who bakes the lunches is
  not a tutor.
- 5.5 partially_met: specialist expertise at Mixes 2, 4 and 7, but "bakers do not go on placement"; a half-day at
  Brook Lane School survives only as deleted text in the Mix 2 cell.
- 5.7 partially_met: Head Bakers have the Bench Book and an August briefing, but "we do not train Bench Partners"
  (the baker explains the role: someone else's responsibility); a comment's idea of a twilight is not evidence.
- 5.8 met: Note 12 (Second Cut) is a whole inserted paragraph: double marking, a common script, the external
  examiner's sample.
- 5.9 partially_met: the Starter Check repeated after Mix 8 measures competence and confidence, but "The Bakehouse
  does not collect or add up what the Bakes find about pupils" (left to the school).
- 6.A3 partially_met (P03 "Retarded": worked on, not marked); 6.A7 partially_met (P07 "Tasting only": feedback,
  no mark); 6.K4 not_met (P11 dashes); 6.S2b partially_met (P20 baked off in Bake 2 but "Mixed on" a dash: assessed,
  not taught); 6.S2d not_met (P22 dashes; access arrangements "stay with each school's examinations officer");
  6.S5 partially_met (P25 Tasting only; a footnote says it will be baked off from Batch C, a plan); 6.S7
  partially_met (P27 Retarded; a comment says the Board of Studies may want it baked off).
- 6.A5 met: baked off in all three Bakes including the Bench Talk.
"""
from pathlib import Path

from _na_helpers import Builder

HERE = Path(__file__).parent
NAME = Path(__file__).name[: -len(".build.py")]

DARK = "3B2A1A"      # crust brown bars
PALE = "EFE6D8"      # flour
D1 = "2009-02-10T09:12:00Z"
D2 = "2009-02-13T16:40:00Z"
D3 = "2009-02-15T11:05:00Z"

b = Builder(font="Arial", size=10)
doc = b.doc


def bar(text):
    """A section title: bold white capitals on a dark bar (no heading styles on the plan template)."""
    return b.p([(text, {"bold": True, "color": "FFFFFF", "size": 11})], shade=DARK, before=10, after=4,
               keep_next=True)


def sub(text):
    return b.p([(text, {"bold": True})], after=2, keep_next=True)


b.header_footer(
    [("COBBLE LANE BAKEHOUSE", {"bold": True}), "   |   PRODUCTION PLAN   |   Plan 09/SEN-1   |   Issue 3"],
    "Cobble Lane Bakehouse CIC, 14 Cobble Lane, Lindersby LN3 2QT  |  Food hygiene rating 5  |  "
    "All bakers on this plan hold a current enhanced CRB disclosure.",
)

# ---------------------------------------------------------------- top block
b.p([("PRODUCTION PLAN", {"bold": True, "size": 20})], after=0)
b.p([("Plan 09/SEN-1: the National Award bake", {"bold": True, "size": 13})], after=6)

t = b.table([
    ["Plan", "09/SEN-1: THE NATIONAL AWARD BAKE (SEN COORDINATION)", "Issue", "3 (16 February 2009)"],
    ["Head baker", "Ruth Pellow, Head of Bread School", "Checked by", "Dr Anand Kaur, University of Wendale"],
    ["Runs", "Batch A: September 2009 to July 2010. Batch B: January 2010 to December 2010", "Bakers per batch",
     "18 at most"],
    ["Customer", "Training and Development Agency for Schools: approval panel for the National Award for SEN "
                 "Coordination", "Status", "For approval"],
    [None, None, None, None],
], widths_cm=[2.6, 7.4, 2.6, 4.4], size=9)
for r in range(4):
    for c in (0, 2):
        b.shade_cell(t.cell(r, c), PALE)
        for run in t.cell(r, c).paragraphs[0].runs:
            run.bold = True
b.merge_row(t, 4, "This issue replaces issue 2, which went to the University's validation event. Changes since "
                  "issue 2 are shown as tracked changes.", fill="FFFFFF", bold=False, italic=True)

b.p("")
b.p("Every loaf that leaves Cobble Lane starts life on a production plan: what has been ordered, what is mixed and "
    "when, how long it proves, when it goes in the oven, and who checks it on its way out of the door. When the "
    "University of Wendale asked us to set out our part of the National Award for SEN Coordination for the panel, "
    "we used the same sheet our night shift uses. The words are ours. The notes to the plan say what each one "
    "means, and the plan should be read with them.")
b.p("Cobble Lane Bakehouse is a community interest company. Since 2003 our Teaching Bakehouse has run bread "
    "sessions for pupils from eleven special and mainstream schools in Lindersby, and since 2006 it has employed "
    "young bakers with learning difficulties through our supported apprenticeship. Ruth Pellow, who heads the Bread "
    "School, was SENCO at Harle Street Primary for nine years before she came to us.")
b.p("The programme is the University of Wendale's Postgraduate Certificate in Special Educational Needs "
    "Coordination (National Award). The University's Academic Standards Committee validated it on 28 January 2009 "
    "as 60 credits at Master's level (Level 7), in two 30-credit modules: EDU7041 The SENCO in the School (Mixes 1 "
    "to 4, Bakes 1 and 2) and EDU7042 Leading Provision (Mixes 5 to 8, Bake 3). The University awards the "
    "certificate and keeps the bakers' records; the Bakehouse runs the Mixes with the University's tutors and holds "
    "this plan.")

bar("WHAT THIS BAKE IS FOR")
b.p("The plan exists for one thing: that children and young people with special educational needs and "
    "disabilities in our bakers' schools achieve more and are healthier, safer and happier, in all five Every "
    "Child Matters outcomes, not only their test results. Every Mix is built round what a SENCO does for those "
    "pupils, every Prove is done in the baker's own school with real pupils, and Bake 3 asks each baker to "
    "measure what changed for a group of pupils, in attainment, attendance and well-being, because of what the "
    "baker did.")

# ------------------------------------------------------------ notes to plan
bar("NOTES TO THE PLAN")
notes = [
    ("1. Bakers. ", "The teachers on the course. A batch is up to eighteen bakers."),
    ("2. Head Bakers. ", "The tutors, who lead the Mixes and mark the Bakes: two from the University's School of "
                        "Education and two from the Bakehouse (section G)."),
    ("3. Bench Partners. ", "A senior colleague in the baker's own school, named by the head on the order form, "
                           "who meets the baker at least twice a term to talk through the Proves."),
    ("4. Starter Check. ", "The check every baker does before Mix 1 (section C)."),
    ("5. Bake Plan. ", "Each baker's own plan, written from the Starter Check (section C)."),
    ("6. Mix. ", "A study day: 9.30 to 4.00, in the Teaching Bakehouse classroom unless the schedule says otherwise."),
    ("7. Prove. ", "The work a baker does in school between two Mixes. A dough is never left to prove on its own, "
                  "and a Prove is never done without the Bench Partner knowing about it."),
    ("8. Bake. ", "A marked assignment. There are three, Bake 1, Bake 2 and Bake 3, and they are the only marked "
                 "work on the plan. On the Product List, \"Baked off in\" names the Bake in which a Product is "
                 "marked."),
    ("9. Tasting bench. ", "At the end of every Mix bakers bring draft work to the tasting bench for a Head Baker's "
                          "comments. What goes to the tasting bench gets comments, never a mark. On the Product "
                          "List, \"Tasting only\" means that."),
    ("10. Retarded. ", "In the bakehouse a retarded dough is held in the cold and baked another day. On the Product "
                      "List, \"Retarded\" means the Product is worked on at the Mix shown but held over: it is not "
                      "baked off in any Bake this year, so it is not marked."),
    ("11. A dash. ", "A dash in the Product List means the Product is not on this plan."),
]
for head, body in notes:
    b.p([(head, {"bold": True}), body], indent_cm=0.4, after=2)
n12 = b.ins_par([("12. Second Cut. ", {"bold": True}),
                 "Every Bake 2 and Bake 3, and one Bake 1 in five, is marked a second time, blind, by another "
                 "Head Baker; the two agree the mark, and any they cannot agree goes to the programme leader. "
                 "Before each Bake is marked all four Head Bakers mark one common script together and compare. "
                 "The University's external examiner sees a sample of every Bake, with every disagreement."],
                "Anand Kaur", D2)
from docx.shared import Cm
n12.paragraph_format.left_indent = Cm(0.4)

# ------------------------------------------------------------------ orders in
bar("A. ORDERS IN")
b.p("No bake goes on the plan without an order. These are the orders this plan was written to fill, and what we "
    "changed because of them.")
orders = b.table([
    ["Customer", "What they asked for", "What we changed on the plan"],
    ["Lindersby City Council SEN and Inclusion Service",
     "Its spring 2008 survey of all 64 SENCOs in the city (41 replied) put three needs first: provision mapping, "
     "managing teaching assistants, and the law after the SENCO Regulations 2008.",
     "Provision mapping has a Mix of its own (Mix 4); managing teaching assistants moved from a Prove into Bake 3; "
     "Mix 1 now opens with the 2008 Regulations."],
    ["North Wendale County Council",
     "Its rural schools said a Thursday away from school every month was hard to cover and the drive to Lindersby "
     "long.",
     "Batch B has two Saturday Mixes, and Mix 7 is held at the county's Hexley Centre for both batches."],
    ["Lindersby Primary Heads' Forum (November 2008)",
     "No Mix in the week of the Key Stage 2 tests; and an assignment that leaves the school with something it "
     "can use.",
     "Mixes avoid test week; Bake 3 is the school's own review of provision, presented to its head or a governor."],
    ["Lindersby Parent Partnership Service and the Open Door parents' group",
     "Parents told the service that SENCOs were hard to reach and that reviews were held about their children, "
     "not with them.",
     "The afternoon of Mix 4 is led with the Parent Partnership officer, and Bake 2 must give the parents' "
     "account in their own words."],
    ["Brook Lane School (special, 2-19)",
     "Its outreach team see new SENCOs who do not know what a special school can offer a mainstream one.",
     "Brook Lane's outreach teacher leads the morning of Mix 2."],
    ["Bakers from the 2007-08 test bake",
     "Nine SENCOs took our unaccredited test bake. They said the reading came too late and the Proves were too "
     "many.",
     "The reading list now goes out with the Starter Check; Proves cut from eight to seven, each tied to Products."],
], widths_cm=[3.6, 6.4, 7.0], header_fill=PALE, size=8.5)
b.p("")
b.p("The test bake in 2007-08 had a tasting panel of two heads and a parent, who sampled the bakers' work at the "
    "end of the year and told us what they thought of it. We have not set up a tasting panel for this plan. We "
    "would like the schools that send bakers to taste the next plan with us, and we hope the Parent Partnership "
    "Service will join them.")

# ----------------------------------------------------------------- bakers
bar("B. BAKERS ON THIS PLAN")
b.p("Who can go on the plan: a qualified teacher who is the SENCO, or will be the SENCO by the first Mix, in a "
    "school in Lindersby, North Wendale or a neighbouring authority. The order form is signed by the baker and "
    "the headteacher, and the head's signature is all we ask for by way of entry: we do not interview or test "
    "bakers before they join, and the Starter Check comes after a place is confirmed.")
hyg = b.p("")
r_h = b.add_runs(hyg, "Every baker works at the bench in the Teaching Bakehouse on Mix days, so each one sends us a "
                      "copy of a Level 2 Food Hygiene certificate, or takes our half-day hygiene course before Mix 1, "
                      "and wears whites and a hat in the kitchen. We keep the certificates on file.")
b.comment(r_h, "Do we need to say anything about CRB checks here? The University does these for its own PGCE "
               "students.", "Anand Kaur", "AK")

bar("C. LEVAIN BUILD: STARTER CHECK AND BAKE PLAN")
sc = b.p("Before Mix 1 each baker completes the Starter Check: the 29 Products on the Product List, each rated "
         "\"new to me\", \"rising\" or \"risen\", with a line of evidence for every \"risen\". A Head Baker reads it "
         "and meets the baker, at the Bakehouse or by telephone, for forty minutes, and together they write the "
         "Bake Plan: the Products the baker most needs (usually three to six), which Proves they will do and how, "
         "and which Mixes matter most to them.")
b.footnote(sc, "The Starter Check form is Appendix 2 of the Bench Book; the reading list goes out with it.")
b.p("The Bake Plan's own list of target Products is the baker's personalised set of outcomes. A copy goes to the "
    "Bench Partner, and the Head Baker and baker look at it again at Mix 4 and at Mix 7 and change it if the "
    "Proves and the tasting bench show it is wrong. A baker who rated a Product \"risen\" is still marked on it in "
    "the Bakes like everyone else.")
b.p("Bakers who have passed the University's 20-credit module EDU7010 Inclusion in Practice in the last five years "
    "bring those 20 credits with them and do not take Bake 1. Other earlier study, and a baker's experience, are "
    "not credited: they show up in the Starter Check and shape the Bake Plan.")
b.del_par([("Straight to the oven. ", {"bold": True}),
           "An experienced SENCO, or a teacher from a support service, who already meets the Products may take "
           "Bakes 1, 2 and 3 and the Bench Talk without the Mixes, for a fee of £450, after a meeting with the "
           "programme leader."], "Ruth Pellow", D1)
b.p("Every baker goes through the Mixes: there is no straight-to-the-oven route on this plan. (The University's MA "
    "in Inclusive Education has its own route for the assessment of prior learning; that route is the "
    "University's, and it does not lead to the National Award.)")

# ------------------------------------------------------------ mix schedule
bar("D. MIX SCHEDULE (BATCH A)")
rows = [["Mix", "Date", "Where", "Head Bakers", "What goes in", "Prove after it"]]
TERM = {}
mixes = [
    ("AUTUMN 2009", None),
    ("Mix 1\nThe Starter", "Thu 24 Sep", "Teaching Bakehouse", "R. Pellow, A. Kaur",
     "The SENCO's job and the law: the Education Act 1996 and the SEN Code of Practice (2001), the SENCO "
     "Regulations 2008, the Disability Discrimination Act 1995 and 2005 and the disability equality duty, what "
     "each means for the school and the SENCO, and how it is put into practice. Every Child Matters: its five "
     "outcomes and what a SENCO does towards each. Starting a reading log.",
     "Prove 1: set your school's SEN policy beside the Code and the disability equality scheme; talk the gaps "
     "through with your Bench Partner."),
    ("Mix 2\nKnowing the flour", "Thu 22 Oct", "Teaching Bakehouse", "M. Oduya, T. Hesketh", None,
     "Prove 2: observe two pupils in a colleague's lessons and look at their data; write what you would do next."),
    ("Mix 3\nWeighing and scaling", "Thu 19 Nov", "Teaching Bakehouse", "A. Kaur, M. Oduya",
     "Reading reports from educational psychologists, therapists and advisory teachers and turning them into "
     "teaching; setting challenging targets and planning interventions; formative assessment and how to help "
     "colleagues use it with pupils with SEN; approaches, strategies and resources, ICT included (symbol software, "
     "text readers, recording aids), judged critically.",
     "Prove 3: with a class teacher, turn one specialist's report into a week of teaching."),
    ("SPRING 2010", None),
    ("Mix 4\nShaping", "Thu 21 Jan", "Teaching Bakehouse", "R. Pellow, Parent Partnership officer",
     "Provision mapping and managing provision; finding provision that does not work or is missing. "
     "Relationships with pupils and their families. The afternoon, with Lindersby Parent Partnership Service: "
     "listening to parents and carers and keeping them involved. Briefly, how pupils' views are gathered for "
     "reviews (pupil voice is a theme we mean to build up in later plans). Lunch is baked by the young people of "
     "our Saturday Bread Club, who stay to talk about their bread.",
     "Prove 4: draw your school's provision map and mark one gap."),
    ("Mix 5\nThe bench", "Thu 11 Feb", "Teaching Bakehouse", "T. Hesketh, R. Pellow",
     "Leading other adults: deploying and managing teaching assistants; helping colleagues develop (observing "
     "and giving feedback, modelling, coaching, running a staff meeting); winning the head and senior team over; "
     "saying it clearly, writing it clearly, listening.",
     "Prove 5: observe a teaching assistant's session and give feedback."),
    ("Mix 6\nProving the whole school", "Thu 18 Mar", "University, Lindersby campus", "A. Kaur, T. Hesketh",
     "The SENCO with the head and governors: inclusive ethos, policy, priorities and resources; school "
     "self-evaluation, the SEF, and how outcomes for pupils with SEN feed it; reviewing with colleagues how well "
     "provision works. Putting the SENCO's own work in order and handing tasks on.",
     "Prove 6: review one intervention with the staff who run it."),
    ("SUMMER 2010", None),
    ("Mix 7\nOther kitchens", None, "Hexley Centre", "M. Oduya, [to be confirmed]",
     "Working with services and agencies: educational psychology, CAMHS, social care, health, and the voluntary "
     "sector (Lindersby Mencap, the Dyslexia Association); how to get specialist support and resources; weighing "
     "up hard cases and deciding.",
     "Prove 7: follow one referral from start to finish."),
    ("Mix 8\nCleaning down", "Thu 24 Jun", "Teaching Bakehouse", "All four",
     "Research and best practice in meeting SEN: what the evidence says, reading it critically, using it to "
     "change your own and colleagues' practice. Bench Talks (Bake 3).", "\u2013"),
]
layout = []
for m in mixes:
    if m[1] is None and len(m) == 2:
        rows.append([m[0]] + [""] * 5)
        layout.append(("term", len(rows) - 1, m[0]))
    else:
        rows.append([m[0].split("\n")[0], m[1] or "", m[2], m[3], m[4] or "", m[5]])
        layout.append(("mix", len(rows) - 1, m))
ms = b.table(rows, widths_cm=[2.2, 1.7, 2.2, 2.5, 6.4, 3.4], header_fill=PALE, size=8)
for kind, r, m in layout:
    if kind == "term":
        b.merge_row(ms, r, m, fill="D9CBB5", size=8.5)
    else:
        name, title = m[0].split("\n")
        b.cell_text(ms.cell(r, 0), ([(name, {"bold": True})], [(title, {"italic": True})]), size=8)
# Mix 2: content with a deleted placement half-day
r2 = [r for k, r, m in layout if k == "mix" and m[0].startswith("Mix 2")][0]
c2 = ms.cell(r2, 4)
b.cell_text(c2, "The common kinds of need: behavioural, emotional and social difficulties; specific learning "
                "difficulties, dyslexia included; speech, language and communication needs; autistic spectrum "
                "disorders; moderate learning difficulties; how each affects learning. Spotting pupils who may "
                "have SEN: classroom observation, data, screening. The morning with Brook Lane School's outreach "
                "teacher, the afternoon with a speech and language therapist from Lindersby PCT.", size=8)
b.del_runs(c2.paragraphs[0], " Each baker then spends a half-day placement in a Brook Lane class before Mix 3.",
           "Ruth Pellow", D1, size=8)
# Mix 7: date replaced in the cell
r7 = [r for k, r, m in layout if k == "mix" and m[0].startswith("Mix 7")][0]
c7 = ms.cell(r7, 1).paragraphs[0]
b.del_runs(c7, "Thu 29 Apr", "Tom Hesketh", D3, size=8)
b.ins_runs(c7, "Thu 6 May", "Tom Hesketh", D3, size=8)

b.p("")
b.p("Batch B runs the same eight Mixes from January 2010 to December 2010, with Mixes 3 and 5 on Saturdays. A "
    "baker who misses a Mix takes it with the other batch. A baker whose Bake Plan shows every Product of a Mix as "
    "\"risen\" may, with the Head Baker's agreement, leave that Mix out and spend the day on a longer Prove in "
    "school; Head Bakers also change what goes into each Mix from the Bake Plans of the bakers in the batch.")
price = b.p([("Price. ", {"bold": True}),
             "£1,480 a baker for the year, lunch at every Mix included. Lindersby City Council pays £900 of it "
             "for its own schools. We keep the price down by teaching in our own Bakehouse rather than hired rooms "
             "and by sharing Head Bakers with the University; a baker who brings 20 credits in pays £1,150."])
b.footnote(price, "The Council's contribution is confirmed from its Standards Fund allocation for 2009-10 only.")

bar("E. PROVING: THE WORK IN SCHOOL")
b.p("Between every two Mixes each baker does a Prove in school (the right-hand column of the schedule). Every "
    "Prove is tied to Products on the Bake Plan and is done with real pupils and colleagues, and the Bench Partner "
    "meets the baker at least twice a term to talk it through. The Proves are where bakers change what happens for "
    "pupils in their own school, and Bake 3 is built out of them: by the end of the year every baker has changed "
    "a piece of the school's provision and shown what difference it made.")
b.p([("Reading. ", {"bold": True}),
     "The reading list is rebuilt for every batch. For 2009-10 it starts from Ofsted's report Inclusion: does it "
     "matter where pupils are taught? (2006), the Bercow Review of services for children and young people with "
     "speech, language and communication needs (2008), the Inclusion Development Programme materials on dyslexia "
     "and on speech, language and communication needs (2008), Lewis and Norwich's Special Teaching for Special "
     "Children? (2005), the SENCO Regulations 2008 and their guidance, and the Lamb Inquiry's findings on parents' "
     "confidence as they are published in 2009. Each Mix's Head Bakers add what has come out since the last batch."])
sub("The Bakehouse Board")
b.p("Between Mixes bakers use the Bakehouse Board, the plan's area on the University's Blackboard site. It holds "
    "the Mix materials and readings; each batch has a forum where bakers post their Prove notes and answer one "
    "another; a Head Baker is on duty each week and replies on the forum within two working days; bakers can "
    "message their own Head Baker privately; and the Bake briefs are set, and the Bakes handed in, on the Board. "
    "Heads get a short email from the Bakehouse each term on how their baker is getting on.")

# ----------------------------------------------------------------- the oven
bar("F. THE OVEN: BAKES")
bakes = b.table([
    ["Bake", "Due", "What the baker hands in", "Products baked off"],
    ["Bake 1\nKitchen Audit", "7 Dec 2009",
     "4,000 words: a critical audit of the school's SEN policy and practice against the SEN Code of Practice, the "
     "2008 Regulations, the Disability Discrimination Act and the disability equality duty, and the five Every "
     "Child Matters outcomes, with the kinds of need in the school and what the audit found missing.",
     "P05, P08, P09, P10, P12"],
    ["Bake 2\nThe Loaf", "22 Mar 2010",
     "5,000 words: a case study of one pupil (anonymised). How the pupil was identified; what other "
     "professionals' assessments said and how they changed the teaching; the targets, the intervention and its "
     "review; the pupil's progress on teacher assessment and national tests; the parents' account in their own "
     "words; the agencies involved and how the baker worked with them.",
     "P01, P04, P05, P13, P16, P18, P19, P20, P21, P28, P29"],
    ["Bake 3\nThe Batch", "1 Jul 2010",
     "5,000 words and a 20-minute Bench Talk at Mix 8 to two Head Bakers and the baker's head or a governor: a "
     "change to the school's provision made with colleagues. Baseline measures for a group of pupils; the change "
     "(a new provision map, a different use of teaching assistants, a new way of reviewing an intervention); the measured "
     "effect on those pupils' attainment, attendance and well-being; the review with staff and what goes into the "
     "school's self-evaluation; the research the change was built on.",
     "P02, P05, P06, P14, P15, P17, P23, P24, P26"],
], widths_cm=[2.3, 2.0, 9.2, 3.5], header_fill=PALE, size=8.5)
for r in range(1, 4):
    name, title = bakes.cell(r, 0).text.split("\n")
    b.cell_text(bakes.cell(r, 0), ([(name, {"bold": True})], [(title, {"italic": True})]), size=8.5)
b.p("")
b.p("Each Bake is marked out of 100 by a Head Baker against the Products named for it, using the marking "
    "criteria in the Bench Book. A baker passes the plan with a total of 150 or more across the three Bakes, with "
    "no Bake below 40, and the University then awards the Postgraduate Certificate. A baker who falls short may "
    "rework one Bake once.")

b.textbox([
    [("FROM THE HEAD BAKER", {"bold": True})],
    "Every Product on the list goes in the oven: nothing leaves Cobble Lane unbaked. If a Product is on the plan, "
    "the baker will be tested on it before the certificate is signed.",
    [("Ruth Pellow", {"italic": True})],
], width_cm=16.5, height_cm=2.6, fill="FBF6EE", line=DARK)

# ---------------------------------------------------------------- head bakers
bar("G. HEAD BAKERS AND WHO ELSE IS IN THE KITCHEN")
b.table([
    ["Head Baker", "Qualifications", "Experience"],
    ["Ruth Pellow, Head of Bread School (programme leader for the Bakehouse)",
     "BEd; MA Special and Inclusive Education (Wendale, 2004); OCR Certificate for Teachers of Pupils with "
     "Specific Learning Difficulties",
     "SENCO, Harle Street Primary, 1994-2003; chairs the Lindersby SENCO Network; leads the Bakehouse's work with "
     "special schools."],
    ["Dr Anand Kaur, Senior Lecturer in Inclusive Education, University of Wendale (programme leader)",
     "BA, PGCE, MEd, PhD (provision mapping in secondary schools, 2006)",
     "Advisory teacher for autism, North Wendale, 1998-2004; leads the University's MA in Inclusive Education."],
    ["Marian Oduya, Senior Lecturer, University of Wendale",
     "BSc Psychology, PGCE, MSc Educational Psychology; registered educational psychologist",
     "Educational psychologist with Lindersby City Council, 1996-2007; speech and language and literacy "
     "difficulties."],
    ["Tom Hesketh, Bread School tutor",
     "BA, PGCE, NPQH (2006), Postgraduate Diploma in SEN (Open University)",
     "SENCO and then assistant head for inclusion, Northgate High School, Lindersby, 2001-2008; steering group of "
     "the city's SENCO Forum."],
], widths_cm=[4.8, 5.6, 6.6], header_fill=PALE, size=8.5)
b.p("")
b.p("All four Head Bakers spend at least five days a year working in schools on SEN, and attend the NASEN "
    "conference or a University research seminar each year. Dan Fitch, our master baker, runs the kitchen and "
    "bakes the lunches with the apprentices; he does not teach on the plan.")
b.p("Specialist expertise comes into the Mixes: Brook Lane School's outreach teacher and a speech and language "
    "therapist at Mix 2, the Parent Partnership officer at Mix 4, and an educational psychologist and a CAMHS "
    "primary mental health worker at Mix 7. Bakers do not go on placement: every Prove is done in the baker's own "
    "school.")
bench = b.p("")
r_b = b.add_runs(bench, "Each Head Baker has the Bench Book (the Head Bakers' handbook: the plan, the Product List, "
                        "the marking criteria, the Second Cut) and a half-day briefing with the University each "
                        "August. Bench Partners: the baker explains the role to their Bench Partner and gives them a "
                        "copy of the Bake Plan; we do not train Bench Partners.")
b.comment(r_b[0], "Tom thinks we should run a Bench Partners' twilight at the Bakehouse in September. Can we afford "
                  "it?", "Ruth Pellow", "RP")
b.p("The Teaching Bakehouse classroom has twenty laptops with symbol software, text-to-speech and screen-reading "
    "programs, and a set of recording aids and communication devices lent by the SEN and Inclusion Service. Bakers "
    "are registered students of the University, with its library, e-journals and Blackboard. The Service's loan "
    "collection of assessment materials is open to bakers through the year.")

# -------------------------------------------------------------- quality checks
bar("H. QUALITY CHECKS")
b.p("Waste sheet. At the end of every Mix each baker fills in a waste sheet: what worked, what was wasted, what "
    "to change. The Head Bakers meet the same week, read them, and change the next Mix.")
b.p("Plan Review. Each term the Head Bakers and the University's programme leader meet to read the waste sheets, "
    "the Bake marks and the Bench Partners' notes, and decide what changes on the plan. The University's external "
    "examiner, Professor Jean Stallard of the University of Ormesby, reads a sample of every Bake and reports each "
    "summer; her report and the Plan Review's answer to it go to the University's Board of Studies, and the "
    "plan is in the University's annual monitoring and its periodic review.")
b.p("How we know it is working. Each baker fills in the Starter Check again after Mix 8, and we set the two side "
    "by side: the change in ratings is our measure of each baker's competence and confidence, and we report the "
    "batch's figures to the Plan Review. Bake 3 measures what changed for a group of pupils in each baker's "
    "school, but that stays with the school: the Bakehouse does not collect or add up what the Bakes find about "
    "pupils.")
aft = b.p("")
r_a = b.add_runs(aft, "After the last Bake. The plan ends at Mix 8 and the Bench Talk. What a baker does next, and "
                      "any further targets, are for the baker and their head to agree at performance management: "
                      "the Bakehouse does not plan past the last Bake.")
b.comment(r_a, "Should we add a next-steps session at Mix 8? Ofsted like to see it.", "Tom Hesketh", "TH")

b.p("Allergens and special diets. We tell every baker what is in every product, and we ask every baker about "
    "allergies and dietary needs on the order form. The Teaching Bakehouse and the classroom above it are on one "
    "level with step-free access from Cobble Lane, and there is an accessible toilet. The Bakehouse is an equal "
    "opportunities employer and the plan complies with the Disability Discrimination Act.")

# --------------------------------------------------------------- product list
bar("J. PRODUCT LIST")
b.p("What each baker will be able to do at the end of the plan, Mix by Mix and Bake by Bake. Read the last two "
    "columns with notes 8 to 11. Access arrangements for tests and examinations stay with each school's "
    "examinations officer and are not on this plan.")
G1, G2, G3 = "THE BAKER (attributes)", "THE FLOUR (knowledge and understanding)", "THE BENCH (skills)"
prods = [
    G1,
    ("P01", "Builds fair, respectful and supportive relationships with pupils with SEN or disabilities and with "
            "their parents and carers", "Mix 4", "Bake 2"),
    ("P02", "Wins the commitment of the head, the senior team and colleagues to better outcomes for these pupils",
     "Mix 5", "Bake 3"),
    ("P03", "Puts the work in order, manages own time, hands tasks on to others and checks they are done",
     "Mix 6", "Retarded"),
    ("P04", "Sees problems coming, sorts them out, and makes sound, well-founded decisions about provision",
     "Mix 7", "Bake 2"),
    ("P05", "Speaks and writes clearly; listens to others and understands what they think", "Mix 5",
     "Bakes 1, 2 and 3 (Bench Talk)"),
    ("P06", "Uses research and outside advice to improve own and colleagues' practice", "Mix 8", "Bake 3"),
    ("P07", "Keeps up to date and takes charge of own professional development in SEN and disability", "Mix 1",
     "Tasting only"),
    G2,
    ("P08", "Knows the law and guidance on SEN, the Code of Practice above all, what they mean for the school and "
            "the SENCO, and how to carry them out", "Mix 1", "Bake 1"),
    ("P09", "Knows the principles and the five outcomes of Every Child Matters and the SENCO's part in them",
     "Mix 1", "Bake 1"),
    ("P10", "Knows disability equality law and what it requires the school to do for disabled pupils", "Mix 1",
     "Bake 1"),
    ("P11", "Knows how children develop, and how SEN, disability and their surroundings affect that development",
     "\u2013", "\u2013"),
    ("P12", "Knows the common kinds of SEN and disability (behavioural, emotional and social; specific learning "
            "difficulties including dyslexia; speech, language and communication; autism; moderate learning "
            "difficulties) and how each affects learning", "Mix 2", "Bake 1"),
    ("P13", "Judges critically approaches, strategies and resources for assessing, planning and teaching, ICT "
            "included, and uses them to remove barriers and personalise provision", "Mix 3", "Bake 2"),
    ("P14", "Knows how school self-evaluation and improvement work and how they bear on outcomes for pupils with "
            "SEN", "Mix 6", "Bake 3"),
    ("P15", "Knows best practice and what research has found about meeting special educational needs", "Mix 8",
     "Bake 3"),
    ("P16", "Knows what outside agencies do and how to get specialist support and resources for pupils", "Mix 7",
     "Bake 2"),
    G3,
    ("P17", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of "
            "resources", "Mix 6", "Bake 3"),
    ("P18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
            "progress", "Mixes 2 and 3", "Bake 2"),
    ("P19", "Uses other professionals' assessments to shape teaching and learning", "Mix 3", "Bake 2"),
    ("P20", "Uses summative assessment, national tests included, to track progress and change programmes", "\u2013",
     "Bake 2"),
    ("P21", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "Mix 3",
     "Bake 2"),
    ("P22", "Arranges in good time what pupils need for national tests and examinations", "\u2013", "\u2013"),
    ("P23", "Uses provision mapping to plan provision and find what is missing or not working", "Mix 4",
     "Bake 3"),
    ("P24", "Deploys and manages staff, teaching assistants above all, to support pupils", "Mix 5", "Bake 3"),
    ("P25", "Develops colleagues: observation and feedback, modelling, coaching and mentoring, training", "Mix 5",
     "Tasting only"),
    ("P26", "Reviews with colleagues how well provision works, to feed the school's self-evaluation", "Mix 6",
     "Bake 3"),
    ("P27", "Involves pupils in planning, agreeing, reviewing and evaluating their own provision", "Mix 4",
     "Retarded"),
    ("P28", "Works with parents and carers to promote their child's learning and development", "Mix 4", "Bake 2"),
    ("P29", "Works with other services and agencies, voluntary ones included, for a joined-up approach", "Mix 7",
     "Bake 2"),
]
prow = [["No.", "Product: what the baker can do at the end", "Mixed on", "Baked off in"]]
groups = []
for pr in prods:
    if isinstance(pr, str):
        prow.append([pr, "", "", ""])
        groups.append((len(prow) - 1, pr))
    else:
        prow.append(list(pr))
pl = b.table(prow, widths_cm=[1.2, 10.4, 2.4, 3.0], header_fill=PALE, size=8.5)
for r, g in groups:
    b.merge_row(pl, r, g, fill="D9CBB5", size=8.5)
for r in range(1, len(prow)):
    if prow[r][0] == "P25":
        b.footnote(pl.cell(r, 3).paragraphs[0],
                   "The University's Board of Studies has asked that P25 be baked off in Bake 3 from Batch C "
                   "(2010-11).")
    if prow[r][0] == "P27":
        b.comment(pl.cell(r, 3).paragraphs[0].runs[0],
                  "Board of Studies may want P27 baked off in Bake 2. Discuss at the Plan Review.", "Anand Kaur",
                  "AK")

b.p("")
b.p([("Signed for the Bakehouse: ", {"bold": True}), "Ruth Pellow, Head of Bread School.   ",
     ("Checked for the University: ", {"bold": True}), "Dr Anand Kaur, programme leader.   16 February 2009"])

b.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
