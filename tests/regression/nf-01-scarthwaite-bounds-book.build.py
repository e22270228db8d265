"""nf-01-scarthwaite-bounds-book: writes nf-01-scarthwaite-bounds-book.docx next to itself.

Provider (invented): the Training Scheme of the Scarthwaite Walling & Hedging Association, a dry-stone walling and
hedge-laying association whose Training Scheme has run walling, hedge-laying and field-boundary courses and, since 2006,
courses for teachers. It applies (January 2009) to run the National Award for SEN Coordination, validated by the
(invented) University of Kelderby as a 60-credit Master's-level Postgraduate Certificate, with the (invented)
Kelderdale MBC and Rothwick CC SEN teams sending speakers.

Document kind and layout: the Association's "Bounds Book", the record it keeps every year of its Rogationtide
perambulation of the parish bounds (the order of the walk, the customs kept, a record of every boundary mark
reached), used here for the course: the course is "the Walk", participants are "Walkers", tutors "Reeves" (the
course leader the "Head Reeve"), school mentors "Mates", study days "Stiles" (ten of them, with a "Footing Day"
before), unmarked school tasks "Gapping Work", the three marked pieces "Beatings" B1-B3, the needs-assessment record
the "Line Card", the moderation meeting "the Reckoning", the online forum "the Bounds Board", the annual course review
"the Walk Review". Heading 1 for the eight Parts, Heading 2 for the Stiles and Beatings, hand-typed "Custom 1."
run-in numbering in Part I. A title table with merged cells; a shaded note to the panel; a floating VML text box
("THE WALK AT A GLANCE"); the Order of the Walk table with merged, shaded term-band rows; the Record of Marks (Part
VIII, far below its key in Custom 10) with merged group rows and columns "Reached at" (Stiles) and "Beaten at" (B1,
B2, B3 / "Chalked" / "Pointed out" / "Stone lost"); a header; a footer with a PAGE field; two footnotes; three Word
comments; tracked changes by the Head Reeve (a whole deleted paragraph, a whole inserted paragraph, two changes
inside cells of the Record).

Traps (requirement ids):
- Custom 10 keys the Record far above it: only "B1", "B2", "B3" mean assessed; "Chalked" is a partner's check that
  "does not count towards the Award" (formative only), "Pointed out" is covered not assessed, "Stone lost" is not on
  the Walk. 6.A3 is Chalked (partially_met); 6.S7 and 6.K7 are Pointed out (partially_met); 6.A7 and 6.S2d are
  Stone lost, with a note that they were beaten only in the 2008 pilot (past arrangement) (not_met); 6.K4 (child
  development) has no row and is nowhere in the text (not_met). The Association's own 29th Mark (laying a metre of
  wall) is no national outcome.
- Tracked change in a cell: 6.K7 "B3" deleted, "Pointed out" inserted (partially_met); 6.S2b "Pointed out" deleted,
  "B2" inserted, and B2's description tracks pupils with summative data and national tests (met).
- Wrong thing with the right words: "The Walk Review is the Scheme's own self-evaluation" is the provider's course
  review, not school self-evaluation (6.K7 stays partially_met); the Association's library of walling books (5.6);
  the Association's Young Wallers' days, where children are asked about walls they build (1.5, 6.S7); Tom Kershaw's
  Master Craftsman status is walling, not SEN (5.4 is met on the Reeves).
- Text box: "Every Mark on the bounds is walked and beaten before the Award is given" is a blanket claim the Record
  contradicts; the award rule is three Beatings passed plus attendance (6.0 partially_met; 1.9 partially_met since
  several Marks are never assessed).
- Deleted paragraph: the assessment-only route "Walking the bounds alone" exists only in a tracked deletion; the live
  text says there is "no short way round the bounds", and the University's own PGCert's assessment-only admission is
  another programme's arrangement (2.3 not_met).
- Inserted paragraph: second marking of all fails and one in four of the rest, with the external examiner reviewing a
  sample at the Reckoning (5.8 met).
- Comments (not part of the submission): the University could give 20 credits for prior study (2.1 stays
  partially_met: experience is taken into account, but "The Walk does not give credit"); whether Reeves should answer
  on the Bounds Board (3.3 stays partially_met: peer support only, "Reeves do not read or post on it", questions wait
  for the next Stile); heads at the Walk Review (4.3).
- Hope: heads and parents joining the Walk Review only "should like" (4.3 partially_met, since heads sit on the
  Stile Talk panels and the LA teams send speakers); pupil impact only hoped for (5.9 partially_met: Walkers'
  confidence is measured by re-walking the Line).
- Someone else's responsibility / negation: CRB disclosures "are a matter for the schools that employ them" and the
  Association "does not ask to see them"; the footer's "Walkers are CRB-cleared" is a footer (5.3 not_met).
- Past arrangement and condition: a January start in the 2008 pilot "was not kept"; a second Walk only "If eight or
  more schools ask" (3.2 partially_met).
- Negation of placements: "The Walk has no placements" though specialists speak at the Stiles (5.5 partially_met).
- General terms: "The Walk is kept fresh every year" with no research or inspection evidence named (1.3
  partially_met); "encouraged to keep walking after the Award" with no arrangement (2.5 partially_met); pupil voice
  only pointed out at Stile 6 (1.5 partially_met).
- Footnotes carry the external examiner's name and the law pack (evidence; they support 5.8 and 6.K1/6.K3 but those
  are met in the body too).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nf_helpers import (new_doc, para, add_runs, shade_para, border_para, shade_cell, cell_text, cell_para, table,
                         repeat_header, add_ins, add_del, deleted_paragraph, inserted_paragraph, add_footnote, save,
                         add_textbox, header_footer, bullet, comment)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("nf-01-scarthwaite-bounds-book.docx")
HR = "Margaret Ashworth"
WHEN = "2009-01-19T10:12:00Z"

doc = new_doc(font="Cambria", size=10.5)
header_footer(doc,
              [("Scarthwaite Walling & Hedging Association", "b"), "  ·  Training Scheme  ·  The Bounds Book, Walk of 2009–10"],
              ["Walkers are CRB-cleared before the first Stile.  ·  Bounds Book 2009–10  ·  page "])

# ------------------------------------------------------------------ title table
t = table(doc, 7, 2, widths_cm=[4.2, 12.4])
a = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(a, [("SCARTHWAITE WALLING & HEDGING ASSOCIATION", "b"), ("   ·   Training Scheme", "")], fill="E7E2D3", align="c")
a = t.cell(1, 0).merge(t.cell(1, 1))
cell_text(a, [("THE BOUNDS BOOK", "bX")], align="c")
a = t.cell(2, 0).merge(t.cell(2, 1))
cell_text(a, [("Perambulation of the Bounds of the National Award for SEN Coordination  ·  Walk of 2009–10", "i")], align="c")
rows = [
    ("Submitted to", "The Training and Development Agency for Schools, for approval to provide nationally accredited "
                     "training for SENCOs (round of January 2009)"),
    ("Accrediting university", "University of Kelderby, School of Education"),
    ("Kept by", "Margaret Ashworth, Head Reeve  ·  Tom Kershaw, Scheme Secretary, The Village Institute, Back Lane, "
                "Scarthwaite"),
    ("Copy", "Panel copy, with the Head Reeve's changes of 19 January shown"),
]
for i, (k, v) in enumerate(rows, start=3):
    cell_text(t.cell(i, 0), [(k, "b")], fill="F2EFE6")
    cell_text(t.cell(i, 1), v)
para(doc, "")

p = para(doc, [("To the Panel. ", "b"),
               ("Every Rogation Sunday since 1921 members of the Association have walked the bounds of Scarthwaite "
                "parish, and every year the Secretary sets the walk down in a Bounds Book: the order of the walk, the "
                "customs kept, and a record of every mark reached. When our Training Scheme began to train teachers in "
                "2006 we kept the same kind of book for those courses, and our Walkers and their schools know it. We "
                "have written our application for the National Award in that form. The Customs in Part I give the "
                "meaning of every word we use; the Record of Marks in Part VIII should be read with them.", "i")])
shade_para(p, "F2EFE6")
border_para(p, ("top", "bottom", "left", "right"), 4)

p = para(doc, "")
add_textbox(p, [
    [("THE WALK AT A GLANCE", "b")],
    "Ten Stiles, September to June, with a Footing Day in July before.",
    "Three Beatings, marked by the Reeves and settled at the Reckoning.",
    "60 credits at Master's level from the University of Kelderby.",
    "Every Mark on the bounds is walked and beaten before the Award is given.",
    "Fee £1,150 a Walker.",
], width_pt=170, height_pt=150, left_pt=300, top_pt=4)

# ------------------------------------------------------------------ Part I
para(doc, "Part I. The Customs of the Walk", style="Heading 1")
para(doc, "The words below are the Walk's own. They are used in the same sense everywhere in this Book.")

customs = [
    ("Custom 1. The Walk. ",
     "The Walk is our course for the National Award for SEN Coordination. It runs from September to June, part time, "
     "alongside the Walker's own post in school, and it leads to the University of Kelderby's Postgraduate "
     "Certificate, SEN Coordination, validated as one 60-credit module at Master's level (Level 7)."),
    ("Custom 2. Walkers. ",
     "A Walker is a teacher on the Walk. Every Walker is the SENCO, or is named to become the SENCO, of a school in "
     "Kelderdale, Rothwick or a neighbouring authority."),
    ("Custom 3. Reeves and the Head Reeve. ",
     "Reeves are the Scheme's tutors. They lead the Stiles, read the Walkers' work and mark the Beatings. The Head "
     "Reeve leads the Walk and answers to the University for it."),
    ("Custom 4. Mates. ",
     "Each Walker's head teacher names a Mate: an experienced colleague in the Walker's own school, usually a deputy "
     "or assistant head, who meets the Walker at least twice each half-term, signs the Gapping Log and sees the Long "
     "Length through in school."),
    ("Custom 5. The Footing Day. ",
     "The day in July before the Walk begins, when each Walker walks the Line (Part V) and leaves with a Line Card."),
    ("Custom 6. Stiles. ",
     "A Stile is a study day, 9.30 to 4.00. There are ten, numbered 1 to 10 in the order of the Walk (Part II). "
     "Stiles 1 to 9 are held at the Village Institute, Scarthwaite, and Stile 10 at the University."),
    ("Custom 7. Gapping Work. ",
     "Between one Stile and the next each Walker does a short piece of work in their own school, set at the Stile and "
     "recorded in the Gapping Log. Gapping Work is discussed at the next Stile. It is not marked."),
    ("Custom 8. Beatings. ",
     "The three marked pieces of the Walk, B1, B2 and B3 (Part IV). Only the Beatings count towards the Award."),
    ("Custom 9. The Reckoning. ",
     "The meeting in July at which the Reeves and the University's external examiner settle the marks of every "
     "Beating and the list of Walkers to be given the Award."),
    ("Custom 10. How a Mark is judged. ",
     "In the Record of Marks (Part VIII) the column \"Reached at\" names the Stile or Stiles at which a Mark is walked, "
     "and the column \"Beaten at\" says how it is judged:"),
]
for lead, body in customs:
    para(doc, [(lead, "b"), body], align="j")
for lead, body in [
    ("B1, B2 or B3: ", "the Mark is beaten in that Beating. The Reeve marks it against the Mark's own words, and a "
                       "Walker who has not shown it has not passed that Beating."),
    ("Chalked: ", "the Walker's partner on the Walk checks the Mark with the Walker at a Stile and chalks it on the "
                  "Line Card. Nobody marks it and it does not count towards the Award."),
    ("Pointed out: ", "the Mark is shown and talked about at a Stile, but it is not beaten or chalked."),
    ("Stone lost: ", "the Mark is no longer on the Walk."),
]:
    para(doc, [("–  ", ""), (lead, "b"), body], indent_cm=1.0)
for lead, body in [
    ("Custom 11. The Line Card. ",
     "Each Walker's own record of the Marks: the Walker's rating of themselves at the Footing Day, the Marks the "
     "Walker and Reeve agree to walk hardest, and the Reeve's notes through the year."),
    ("Custom 12. The Bounds Board. ", "The Walk's online board, kept on the University's Blackboard site."),
    ("Custom 13. The Walk Review. ",
     "The Scheme's review of each year's Walk, held in the week after the Reckoning. The Walk Review is the Scheme's "
     "own self-evaluation."),
]:
    para(doc, [(lead, "b"), body], align="j")

# ------------------------------------------------------------------ Part II
para(doc, "Part II. The Order of the Walk", style="Heading 1")
para(doc, "Stiles fall on Fridays. Gapping Work is set at each Stile and brought to the next.")
order = [
    ("SUMMER TERM 2009", None),
    ("Footing Day", "Thursday 9 July 2009, Village Institute",
     "Walking the Line; the Walk and its Customs; meeting the Reeves and the other Walkers",
     "Talk the Line Card through with your Mate; read Part I"),
    ("AUTUMN TERM 2009", None),
    ("Stile 1  The Lie of the Land", "18 September, Village Institute and Hollin Bank",
     "The SENCO's part in the school; the five Every Child Matters outcomes; an afternoon on the training wall",
     "Keep a diary of one SENCO week"),
    ("Stile 2  Old Rights of Way", "9 October, Village Institute",
     "The law, guidance and policy on SEN and disability",
     "Check your school's SEN policy and accessibility plan against the Code"),
    ("Stile 3  Reading the Ground", "6 November, Village Institute",
     "Identifying need; the common kinds of SEN and disability; using other professionals' assessments",
     "Sit in on a review with an educational psychologist or advisory teacher"),
    ("Stile 4  Finding the Gaps", "4 December, Village Institute",
     "Provision maps; tracking progress; approaches and resources, including ICT",
     "Draft your school's provision map (this becomes B1)"),
    ("SPRING TERM 2010", None),
    ("Stile 5  Throughs", "15 January, Village Institute",
     "Colleagues within and beyond the school; outside services and voluntary bodies; the CAF",
     "Map the services your school draws on; plan the Long Length"),
    ("Stile 6  Walking with the Young", "12 February, Village Institute",
     "Relationships with pupils; formative assessment; pupil voice",
     "Ask two colleagues how they use assessment for learning with pupils with SEN"),
    ("Stile 7  The Kitchen Table", "12 March, Village Institute",
     "Parents and carers", "Co-lead a review meeting with parents"),
    ("SUMMER TERM 2010", None),
    ("Stile 8  The Gang", "23 April, Village Institute",
     "Deploying and managing teaching assistants; coaching colleagues; keeping the SENCO's week in hand",
     "Observe a teaching assistant and give feedback"),
    ("Stile 9  The Estate", "21 May, Village Institute",
     "Governors, senior leaders and the school's strategy; reviewing provision",
     "Take your review of provision to your senior leadership team"),
    ("Stile 10  The Last Stile", "25 June, University of Kelderby",
     "Stile Talks (B3); research and best practice; the next stretch", "—"),
]
t = table(doc, len(order) + 1, 4, widths_cm=[3.6, 3.4, 5.4, 4.2])
repeat_header(t.rows[0])
for i, h in enumerate(["Stile", "Date and place", "What is walked", "Gapping Work before the next Stile"]):
    cell_text(t.cell(0, i), [(h, "b")], fill="BFB59A", size=9)
for r, row in enumerate(order, start=1):
    if row[1] is None:
        m = t.cell(r, 0).merge(t.cell(r, 3))
        cell_text(m, [(row[0], "b")], fill="E7E2D3", size=9)
    else:
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), [(v, "b" if c == 0 else "")], size=9)
para(doc, "")

# ------------------------------------------------------------------ Part III
para(doc, "Part III. The Stiles", style="Heading 1")
para(doc, "What follows is what the Walkers do at each Stile. The Marks reached at each Stile are listed in Part VIII.",
     align="j")

stiles = [
    ("Stile 1. The Lie of the Land",
     "The Head Reeve sets out the SENCO's part in leading teaching and learning for pupils with SEN and disabilities. "
     "The Walk's aim is that pupils with SEN and disabilities in each Walker's school achieve more and are better off "
     "in every sense: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
     "achieving economic well-being. Walkers take each of the five Every Child Matters outcomes in turn, look at what "
     "the SENCO can do for a pupil they know under each, and start the diary of a SENCO week that is their first "
     "Gapping Work. In the afternoon Tom Kershaw, Master Craftsman of the Association, takes the Walkers up to the "
     "training wall at Hollin Bank, where each lays a metre of wall with the others."),
    ("Stile 2. Old Rights of Way",
     "The law and guidance on SEN and disability, read closely: Part IV of the Education Act 1996, the SEN Code of "
     "Practice 2001 and its Toolkit, the Special Educational Needs and Disability Act 2001, the Disability "
     "Discrimination Acts 1995 and 2005 with the Disability Equality Duty and the school's accessibility plan, and the "
     "Government's strategy Removing Barriers to Achievement (2004) and Every Child Matters: Change for Children. "
     "Walkers work through what each asks of the school, of the SENCO and of others, and what a school must do to "
     "meet the Disability Equality Duty for its disabled pupils. Their Gapping Work is to check their own school's "
     "SEN policy and accessibility plan against the Code and the Duty."),
    ("Stile 3. Reading the Ground",
     "How a school finds the pupils who may have SEN or disabilities: classroom observation, data, assessment and "
     "other monitoring, and how to set challenging targets, plan an intervention and review it. Walkers study the "
     "common kinds of need (behavioural, emotional and social difficulties, specific learning difficulties including "
     "dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning "
     "difficulties) and how each can affect a child's learning. Dr Peter Lund, educational psychologist, and a "
     "speaker from the Rothwick SEN team show how an EP's, a therapist's or an advisory teacher's assessment can be "
     "turned into teaching approaches in class."),
    ("Stile 4. Finding the Gaps",
     "Provision mapping: Walkers bring their school's current map, cost it, and find the provision that is missing or "
     "not working. They compare approaches, strategies and resources for assessment, planning and teaching, "
     "including ICT (text-to-speech, recording software, visual timetables and the school's learning platform), and "
     "decide which would remove which barrier. The second half of the day is on tracking progress with the school's "
     "summative data, the national tests and the P scales. The Gapping Work, a finished provision map, becomes B1."),
    ("Stile 5. Throughs",
     "A through-stone binds both faces of a wall; this Stile is about the Walker as the through. Walkers practise "
     "advising and supporting colleagues, with case scenarios played in threes, and plan joint work with another "
     "school's SENCO. The educational psychology service, the speech and language therapy service, the Rothwick "
     "sensory support service, CAMHS and two voluntary bodies (the Kelderdale Dyslexia Association and the local "
     "autism support group) each explain what they do and how a school asks for them; Walkers then work through a "
     "Common Assessment Framework case."),
    ("Stile 6. Walking with the Young",
     "How a SENCO builds fair, respectful and constructive relationships with pupils with SEN and disabilities, and "
     "how to help other teachers use formative assessment well for all pupils, including approaches for pupils with "
     "SEN. Pupil voice is pointed out at this Stile: the Reeve shows examples of pupils taking part in their own "
     "reviews. The Association's own Young Wallers' days, where children are asked what they think of the walls they "
     "build, are described by way of example."),
    ("Stile 7. The Kitchen Table",
     "Working with parents and carers: the Kelderdale Parent Partnership Service and two parents of pupils with SEN "
     "lead the morning. Walkers practise a review meeting in role and plan how they will advise and support a family, "
     "and their Gapping Work is to co-lead a real review meeting with parents and write up what was agreed."),
    ("Stile 8. The Gang",
     "Deploying and managing teaching assistants and other staff; observing a colleague, giving feedback, coaching "
     "and modelling; planning and leading a staff training session. Keeping the SENCO's week in hand: each Walker "
     "plans a fortnight of their SENCO work, says what they will hand on to others, and checks it with their walking "
     "partner, who chalks the Mark on the Line Card."),
    ("Stile 9. The Estate",
     "The SENCO with the head teacher, senior leaders and governors: advising on an inclusive ethos, policies and "
     "priorities, and on the use of resources; reviewing and evaluating provision with other staff. The Reeves point "
     "out how school self-evaluation works (the self-evaluation form and the improvement plan); this is not beaten."),
    ("Stile 10. The Last Stile",
     "The Stile Talks (B3) take the morning. In the afternoon each Walker presents the piece of research on meeting "
     "SEN that they read for the Long Length and what it changed, and the Reeves set out what is best practice in "
     "the schools they know. At the Last Stile the Reeves thank the Walkers and remind them that the bounds are "
     "walked every year, and Walkers are encouraged to keep walking after the Award."),
]
fn_done = False
for title, body in stiles:
    para(doc, title, style="Heading 2")
    p = para(doc, body, align="j")
    if title.startswith("Stile 2"):
        add_footnote(doc, p, "Each Walker's pack holds the Code, the SEN Toolkit and the DCSF's guidance on "
                             "implementing the Disability Discrimination Act in schools and early years settings (2006).")

p = para(doc, [("Keeping the Walk fresh. ", "b"),
               "The Walk is kept fresh every year: the Reeves read widely and bring the latest thinking on SEN to "
               "each Stile."], align="j")

# ------------------------------------------------------------------ Part IV
para(doc, "Part IV. The Beatings", style="Heading 1")
para(doc, "B1. The Gap Report (due 15 January 2010, 4,000 words)", style="Heading 2")
para(doc, "The Walker's provision map for their own school, with a report on it. The report sets out the law and "
          "guidance the school's provision must meet, including its duties to disabled pupils; the kinds of need in "
          "the school and how each affects the pupils' learning; how assessments from other professionals have been "
          "used in planning; the approaches and resources, including ICT, that the map relies on and how well they "
          "work; and the gaps: provision that is missing or not working. The report is judged on what the gaps mean "
          "for the achievement and well-being of the pupils concerned.", align="j")
para(doc, "B2. The Long Length (carried out February to May 2010; report due 28 May, 6,000 words)", style="Heading 2")
para(doc, "A piece of change in the Walker's own school, chosen from the gaps in B1 and agreed with the head teacher "
          "and the Mate. The Walker identifies a group of pupils, sets targets, plans the intervention with the "
          "teaching assistants who will deliver it, deploys and manages them, and reviews progress. The Walker tracks "
          "the pupils' progress using the school's summative data, including national test results, and shows how the "
          "programme was changed as a result. The Walker works with the pupils' parents and carers throughout and "
          "with at least one outside service or voluntary body, and shows how a piece of research on meeting SEN was "
          "used in planning the Length. The report is judged on how the Length was built: the Walker's own practice, "
          "decisions and judgement, and how problems were foreseen and dealt with.", align="j")
para(doc, "B3. The Stile Talk (25 June 2010, 20 minutes and 20 minutes of questions)", style="Heading 2")
para(doc, "At the Last Stile each Walker gives a talk to a panel of a Reeve and a head teacher from another school, "
          "on how they have worked with their head teacher, senior colleagues and governors on the school's "
          "inclusive ethos, policies and priorities; how they have supported their colleagues' professional "
          "development; how they reviewed the school's provision with other staff and what this told the school's "
          "planning; how they have encouraged colleagues to use formative assessment with pupils with SEN; and how "
          "the school helps its pupils with SEN towards the five Every Child Matters outcomes. The panel judges the "
          "talk, the answers to questions and the written notes handed in with it.", align="j")
para(doc, "Marking", style="Heading 2")
p = para(doc, "Each Beating is marked by a Reeve against the Marks that Part VIII gives to it, using the marking notes "
              "agreed at Reeves' Day. A Beating passes only if every Mark given to it is shown; a Beating that fails "
              "may be resubmitted once within three months. The University's external examiner reads a sample of "
              "every Beating and attends the Reckoning.", align="j")
add_footnote(doc, p, "Dr Helen Stainforth, Reader in Inclusive Education at the University of Marlbrook, has agreed to "
                     "be external examiner for the Walks of 2009–10 to 2011–12.")
inserted_paragraph(doc, [("Second beating. ", "b"),
                         ("Every Beating that the first Reeve fails, and one in four of the rest chosen by the Head "
                          "Reeve across the whole range of marks, is marked again by a second Reeve who does not see "
                          "the first Reeve's marks. The two Reeves agree a mark; if they cannot, the external examiner "
                          "decides. At the Reckoning the Reeves and the external examiner review a sample of every "
                          "Reeve's marking together before any mark is confirmed.", "")], HR, WHEN)
para(doc, "The Award", style="Heading 2")
para(doc, "The University awards the Postgraduate Certificate, SEN Coordination (National Award for SEN Coordination), "
          "on the Reckoning's list. A Walker is put on the list who has passed B1, B2 and B3 and attended at least "
          "eight of the ten Stiles.", align="j")
deleted_paragraph(doc, "Walking the bounds alone. In exceptional cases a teacher with long experience of SEN work, for "
                       "example a member of an LA support service, may ask to be beaten without walking: the Head "
                       "Reeve interviews the candidate, who then submits B1, B2 and B3 and gives a Stile Talk in the "
                       "usual way. The fee for this is £400.", HR, WHEN)
para(doc, "There is no short way round the bounds: every Walker walks from the Footing Day to the Last Stile. (The "
          "University's own PGCert in Inclusive Education admits experienced teachers by assessment only; the Walk "
          "does not.)", align="j")

# ------------------------------------------------------------------ Part V
para(doc, "Part V. Joining the Walk", style="Heading 1")
para(doc, [("Who may walk. ", "b"),
           "Walkers must hold QTS, be in post in a school in England, be the SENCO or be named to become the SENCO by "
           "the following September, and have their head teacher's signed nomination. The nomination also names the "
           "Mate and agrees the Walker's release for the Footing Day and the ten Stiles. At the Footing Day the Head "
           "Reeve reads each Walker's Line against the Marks; a Walker whose Line shows they are unlikely to reach "
           "every Mark by June is told what to do first (usually a term shadowing an experienced SENCO, with the "
           "Scheme's reading list), the Head Reeve talks it over with the head teacher, and the Walker is offered a "
           "place on the following year's Walk."], align="j")
para(doc, [("Checks. ", "b"),
           "Walkers are serving teachers, and their CRB disclosures are a matter for the schools that employ them. "
           "The Association does not ask to see them."], align="j")
para(doc, [("Walking the Line. ", "b"),
           "At the Footing Day each Walker walks the Line: the Walker rates themselves against each of the Marks in "
           "Part VIII on a four-point scale, with examples of what each point looks like, and then talks the ratings "
           "through with a Reeve, who tests them with questions and against the head teacher's nomination statement. "
           "Together they agree the five to eight Marks the Walker will walk hardest and write them on the Line Card, "
           "with the reading and Gapping Work that go with each. The Line Card is the Walker's own plan for the year "
           "and their own set of Marks to reach; Walker and Reeve go over it again at Stiles 4 and 8."], align="j")
p = para(doc, [("Earlier study and experience. ", "b")])
runs = add_runs(p, ["We take account of what a Walker already knows: at the Footing Day a Walker whose earlier study "
                    "or long experience already covers a Mark agrees with the Reeve to spend that Mark's Gapping Work "
                    "elsewhere. The Walk does not give credit for earlier study or experience, and every Walker "
                    "submits all three Beatings."])
comment(doc, runs, "Margaret – the University told me on the phone they can give up to 20 credits for prior Master's "
                   "study. Shall we say so here?", "Tom Kershaw", "TK")
para(doc, [("What it costs. ", "b"),
           "The fee is £1,150 a Walker, which covers the Footing Day, ten Stiles with lunch, the Walker's pack, "
           "registration with the University and the marking of the three Beatings. Stiles are held in the "
           "Association's own Institute, at cost, for fourteen to eighteen Walkers. Because the Line Card sets each "
           "Walker's Gapping Work, a Walker who already walks a Mark well spends the time on the Marks they need, and "
           "the Reeve sets them different reading; Walkers who need more are given a tutorial with a Reeve after the "
           "Stile."], align="j")
para(doc, [("Disabled Walkers. ", "b"),
           "The nomination form asks every Walker whether they have a disability or a need we should know about, and "
           "says why we ask. The Head Reeve then talks with the Walker before the Footing Day and agrees any "
           "adjustments: papers in large print or on coloured paper, a BSL interpreter, the hearing loop in the "
           "Village Institute, extra time or a recorded version of a Beating, and a level route at Hollin Bank, "
           "where the training wall has an all-ability path from the car park. The Reeves review the adjustments "
           "with the Walker each half-term. Our leaflet and nomination form are available in large print and on tape, "
           "and every Reeve and Mate is asked at Reeves' Day or the Mates' briefing how they will make the Walk open "
           "to disabled Walkers."], align="j")
para(doc, [("When to walk. ", "b"),
           "The Walk is walked once a year, starting in September, and the Stiles come in the order of Part II, "
           "because each builds on the one before. A Walker who misses a Stile through illness walks it with the "
           "following year's Walkers. In the pilot Walk of 2008 Walkers could join in January; that start was not "
           "kept. If eight or more schools ask, a second Walk may start in January 2010."], align="j")
p = para(doc, [("The Bounds Board. ", "b")])
runs = add_runs(p, ["The Bounds Board is on the University's Blackboard site. Each Stile's papers are posted there "
                    "the week before, and Walkers use its forum to share their Gapping Work and help one another "
                    "between Stiles. The Board is the Walkers' own: Reeves do not read or post on it, and questions to "
                    "Reeves are kept for the next Stile."])
comment(doc, runs, "Peter asks whether Reeves should answer on the Board after all. Decide at Reeves' Day?",
        "Margaret Ashworth", "MA")

# ------------------------------------------------------------------ Part VI
para(doc, "Part VI. The Reeves, the Mates and the Store", style="Heading 1")
p = para(doc, [("The Reeves. ", "b"),
               "Margaret Ashworth, Head Reeve, was SENCO at Scarthwaite Church of England Primary School for fourteen "
               "years and is now an adviser for SEN with Rothwick County Council; she holds an MA in Special and "
               "Inclusive Education. Dr Peter Lund is a senior educational psychologist with Kelderdale. Anne "
               "Birtwhistle is a specialist teacher for specific learning difficulties (AMBDA) with the Rothwick SEN "
               "team. Colin Metcalfe was head teacher of Fellgate Special School until 2007 and is an associate "
               "lecturer at the University. Each Reeve spends at least five days a year on their own updating in SEN "
               "and disability, which is recorded and checked at Reeves' Day. Tom Kershaw, Master Craftsman of the "
               "Association, keeps the Scheme's office and leads the afternoon at Hollin Bank; he does not teach or "
               "mark."], align="j")
para(doc, [("Reeves' Day. ", "b"),
           "Every August the Reeves meet for a day to go through the Walk, the Marks and the Beatings. They mark two "
           "Beatings from the last Walk together and agree the marking notes for each Beating. A new Reeve walks "
           "their first Walk alongside the Head Reeve and is observed at one Stile before leading one."], align="j")
para(doc, [("The Mates. ", "b"),
           "Every Mate receives the Mate's Notes, which say what a Mate does and when, how to sign the Gapping Log and "
           "what the Long Length asks of the school, and comes to a twilight briefing at the Village Institute in "
           "September. A Mate who cannot come is visited in school by a Reeve. The Head Reeve telephones each Mate "
           "at February half-term to check that the Long Length is going as planned."], align="j")
para(doc, [("Specialists and placements. ", "b"),
           "Walkers hear from specialists at the Stiles: an educational psychologist, a speech and language "
           "therapist, the Rothwick sensory support service, CAMHS, the Kelderdale Parent Partnership Service and two "
           "voluntary bodies. The Walk has no placements: Walkers do their Gapping Work and the Long Length in their "
           "own schools and do not visit other schools."], align="j")
para(doc, [("The Store. ", "b"),
           "The Association's library at the Village Institute holds over 400 books and pamphlets on walling, "
           "hedging and field boundaries, and Walkers are welcome to borrow from it. Each Walker has a University "
           "library card."], align="j")

# ------------------------------------------------------------------ Part VII
para(doc, "Part VII. Those who keep the Bounds with us", style="Heading 1")
para(doc, [("What schools asked for. ", "b"),
           "In February and March 2008 the Scheme wrote to the head teachers of the 41 schools where our members have "
           "built or repaired walls with pupils, and to the SEN teams of Kelderdale and Rothwick, asking what a new "
           "SENCO most needs from a course. Thirty-three heads and both SEN teams replied. They asked above all for "
           "help with provision maps, with managing teaching assistants and with meeting parents. We moved provision "
           "mapping from Stile 8 to Stile 4, and added Stiles 7 and 8, to meet those needs. The Principal Officer for "
           "SEN in Rothwick read the draft Walk and asked us to add the Common Assessment Framework to Stile 5, which "
           "we did."], align="j")
p = para(doc, [("Who walks with us. ", "b")])
runs = add_runs(p, ["Head teachers take part in the Walk through the Mates they name and on the Stile Talk panels, "
                    "and the two SEN teams and the Parent Partnership Service send speakers to Stiles 3, 5 and 7. We "
                    "should like head teachers and parents to join the Walk Review in future years."])
comment(doc, runs, "Heads at the Walk Review – worth promising? Colin thinks two would come.", "Tom Kershaw", "TK")
para(doc, [("How the Walk is judged. ", "b"),
           "We judge the Walk in several ways: a Stile Card filled in by every Walker after each Stile; the Reeves' "
           "debrief the same evening; the external examiner's annual report; and the University's annual monitoring "
           "of the module. At the Walk Review we read them together and agree the changes for next year's Walk, which "
           "are written into the Bounds Book under \"Changes to the Walk\" and reported to the University's Board of "
           "Studies. The Walk Review of the 2008 pilot moved provision mapping earlier and took two Marks off the "
           "Walk."], align="j")
para(doc, [("What the Walk does. ", "b"),
           "At the Last Stile each Walker walks the Line again, and the two ratings on the Line Card are compared; the "
           "Walk Review reports the change in Walkers' own ratings of their knowledge and confidence, Mark by Mark. We "
           "do not at present gather evidence of what the Walk does for pupils. We hope that in time the heads of our "
           "Walkers' schools will tell us that their pupils with SEN are doing better."], align="j")

# ------------------------------------------------------------------ Part VIII
para(doc, "Part VIII. The Record of Marks", style="Heading 1")
para(doc, "The Marks of the Walk, with the Stiles at which each is reached and how each is judged. Read \"Beaten at\" with Custom 10.",
     align="j")

groups = [
    ("MARKS OF THE WALKER", [
        ("1", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN and disabilities "
              "and with their parents and carers", "6, 7", "B2"),
        ("2", "Speaks and writes clearly, and listens to and understands the views of others", "All Stiles", "B1, B3"),
        ("3", "Foresees and resolves problems, makes well-founded decisions and sound judgements on provision",
         "4, 8", "B2"),
        ("4", "Wins the commitment of colleagues, including the head teacher and senior leaders, to better outcomes "
              "for pupils with SEN", "8, 9", "B3"),
        ("5", "Prioritises, manages their own time, and hands tasks on to others appropriately, seeing they are done",
         "8", "Chalked"),
        ("6", "Draws on research and outside advice to improve their own and colleagues' practice", "3, 10", "B2"),
        ("7", "Takes charge of their own further learning on SEN and disability and keeps up to date", "—",
         "Stone lost"),
    ]),
    ("MARKS OF KNOWING", [
        ("8", "Knows the five Every Child Matters outcomes and how the SENCO helps pupils reach them", "1", "B3"),
        ("9", "Knows the law and guidance on SEN, including the Code of Practice, what they mean for the school, the "
              "SENCO and others, and how to put them into practice", "2", "B1"),
        ("10", "Knows the law on disability equality and what it requires a school to do for disabled pupils", "2",
         "B1"),
        ("11", "Knows the common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
               "each affects learning", "3", "B1"),
        ("12", "Weighs up approaches, strategies and resources for assessment, planning, teaching and learning, "
               "including ICT, and uses them to remove barriers", "3, 4", "B1"),
        ("13", "Knows the principles of school self-evaluation and improvement as they bear on pupils with SEN", "9",
         None),  # tracked change: B3 -> Pointed out
        ("14", "Knows best practice and the findings of research on meeting SEN", "10", "B2"),
        ("15", "Knows what outside agencies do and how to get specialist support and resources for pupils", "5", "B2"),
    ]),
    ("MARKS OF DOING", [
        ("16", "Finds the pupils who may have SEN or disabilities, sets challenging targets, plans interventions and "
               "reviews progress", "3", "B2"),
        ("17", "Uses other professionals' assessments to shape teaching approaches", "3, 5", "B1"),
        ("18", "Uses summative assessment, including national tests, to track progress and change programmes", "4",
         None),  # tracked change: Pointed out -> B2
        ("19", "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN", "6",
         "B3"),
        ("20", "Sees in good time what special arrangements pupils need for national tests and examinations, and puts "
               "them in place with colleagues", "—", "Stone lost"),
        ("21", "Uses provision mapping to plan provision and find what is missing or not working", "4", "B1"),
        ("22", "Deploys and manages teaching assistants and other staff well", "8", "B2"),
        ("23", "Supports colleagues' professional development: observing and giving feedback, modelling, coaching "
               "and mentoring, training", "8", "B3"),
        ("24", "With senior colleagues and governors, influences the school's inclusive ethos, policies, priorities "
               "and use of resources", "9", "B3"),
        ("25", "Reviews and evaluates provision with other staff to inform the school's self-evaluation and planning",
         "9", "B3"),
        ("26", "Makes sure pupils with SEN take part in planning, agreeing and reviewing their own provision", "6",
         "Pointed out"),
        ("27", "Works with parents and carers to promote their children's learning and development", "7", "B2"),
        ("28", "Works in partnership with other services and agencies, including voluntary bodies", "5", "B2"),
    ]),
    ("THE ASSOCIATION'S OWN MARK", [
        ("29", "Lays a metre of wall at Hollin Bank with the other Walkers", "1", "Pointed out"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
t = table(doc, nrows, 4, widths_cm=[1.0, 10.6, 2.4, 2.6])
repeat_header(t.rows[0])
for i, h in enumerate(["No.", "Mark: the Walker…", "Reached at", "Beaten at"]):
    cell_text(t.cell(0, i), [(h, "b")], fill="BFB59A", size=9)
r = 1
for gname, rows_ in groups:
    m = t.cell(r, 0).merge(t.cell(r, 3))
    cell_text(m, [(gname, "b")], fill="E7E2D3", size=9)
    r += 1
    for no, mark, at, beaten in rows_:
        cell_text(t.cell(r, 0), no, size=9)
        cell_text(t.cell(r, 1), mark, size=9)
        cell_text(t.cell(r, 2), (("Stiles " if "," in at else "Stile ") + at) if at[0].isdigit() else at, size=9)
        if beaten is None:
            cp = t.cell(r, 3).paragraphs[0]
            if no == "13":
                add_del(cp, "B3", HR, WHEN, size=9)
                add_ins(cp, "Pointed out", HR, WHEN, size=9)
            else:
                add_del(cp, "Pointed out", HR, WHEN, size=9)
                add_ins(cp, "B2", HR, WHEN, size=9)
        else:
            cell_text(t.cell(r, 3), beaten, size=9)
        r += 1
para(doc, "")
para(doc, [("Note to the Record. ", "b"),
           "Marks 7 and 20 were beaten in the pilot Walk of 2008 and are now lost; the Walk Review of 2008 found the "
           "Walk too crowded."], align="j")
para(doc, "")
para(doc, [("Set down by Tom Kershaw, Scheme Secretary, for the Head Reeve. Scarthwaite, 19 January 2009.", "i")])

save(doc, OUT)
print("wrote", OUT)
