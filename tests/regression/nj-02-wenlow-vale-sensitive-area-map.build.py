"""nj-02-wenlow-vale-sensitive-area-map

Provider (invented): Wenlow Vale Aeronauts, a hot-air balloon club with a training school for pilots and crews
at Coldridge Farm launch field, Saltshire, which runs the National Award for SEN Coordination for teachers with
the (invented) Esterbridge University and Saltshire County Council. 2009 season.

Document kind and layout: the club's SENSITIVE AREA MAP AND LANDOWNER CODE booklet (the map-and-rules leaflet
every member pilot carries, showing farms where a balloon may land, may only overfly, or must not land, and the
code for dealing with landowners), issued in an "Award edition" that sets the course out on the club's own map.
No heading styles: titles are bold capitals on grey shaded paragraphs. A letterhead typed with manual line
breaks. A fact table with merged cells. The map KEY sits in a text box near the front ("HOW TO READ THE MAP":
GREEN "Land and sign", AMBER "Overfly only", RED "No land", and "Off-map" in the Overflown column), some three
thousand words above the table it keys. Launch Sites table with a "[TBC]" grid reference. The nine Launches
(study days) as bold run-in paragraphs. Four Landing Cards (the marked pieces). The Landowner Code as a Word
numbered list. "Friendly Farms" (placements), "No-land zones" (what the course does not do), "Keeping the map
up to date" (quality). A contacts table. Then a LANDSCAPE section with the AREA REGISTER: 27 rows of outcomes in
the club's words under Area numbers SA01-SA27, with merged, shaded group rows and columns "Overflown on |
Landing Card | Status". Then a specimen Landing Card form with its prompts left blank. Header and footer, two
Word comments, a footnote, tracked changes (a deleted paragraph, an inserted paragraph, a change in two cells),
placeholders ("[TBC]", "[MAP SHEET 2 ...]").

The booklet's own vocabulary: Award pilots (participants), Landowner (the pilot's headteacher), Landowner
Relations Officer (programme leader), Launches L1-L9 (study days) at Launch Sites, Landing Cards LC1-LC4 (marked
assessments), Area Wardens (school-based mentors: experienced SENCOs from other schools), Friendly Farms (host
special schools for placements), Pre-flight Check (needs assessment), Flight Plan (individual plan), Logbook
Review (prior learning), Straight-in Approach (assessment-only route), Field Committee (steering and review
group), the Windsock (an online forum, deleted).

Traps (requirement ids):
- E.2 partially_met: "40 credits at Level 7"; the 20-credit follow-on module "is not part of the Award".
- 1.1 partially_met: the aim is attainment and progress only; Every Child Matters is AMBER (taught, not marked).
- 1.3 partially_met: "We keep the Award up to date with the latest research" in general terms; research Areas
  are AMBER.
- 1.9 partially_met: four Areas are AMBER, overflown but never signed on a Landing Card.
- 2.3 met: the Straight-in Approach is a real, current assessment-only route (in exceptional cases).
- 2.5 not_met: "the club does not ask about them" / "The Award ends at the last Landing Card"; a comment
  proposing a next-steps chat does not count.
- 3.1 partially_met: general welcome ("we will do what we can"), step-free sites except one; no arrangement.
- 3.2 met: a February window exists only in an INSERTED paragraph; weekday or Saturday Launches; any order for
  L4-L7; up to three years.
- 3.3 not_applicable: "There is no online part of the Award"; the Windsock forum paragraph is a tracked
  DELETION.
- 4.1 / 4.2 / 4.3 met: the hangar evenings' findings shaped named Launches; the Field Committee (heads, the
  council's adviser, a parent) reviews each season.
- 5.1 partially_met: one internal method (feedback slips) and no external evaluation yet.
- 5.2 partially_met: entry is eligibility and a head's signature only ("any teacher with QTS").
- 5.3 met: the Registrar sees the original enhanced CRB disclosure, or the head certifies number and date; new
  disclosure for those out of school three months; conduct checked with the Landowner.
- 5.6 partially_met: a shelf of books; "pilots use their own schools' computers"; "There is no specialist ICT".
- 5.8 partially_met: second reading only of failing cards; no external examiner "until the first pilots have
  landed"; no moderation yet.
- 5.9 not_met: only a hope ("We hope the Award will make a difference") and a plan to think about measures.
- 6.0 partially_met: all four Landing Cards, but "a pilot with one Landing Card unsigned may still be awarded".
- 6.A6, 6.K2, 6.K8, 6.S5 partially_met: AMBER, overflown on a Launch, no Landing Card.
- 6.S2b partially_met: "Off-map" (no Launch teaches it) though LC1 signs it.
- 6.K7 met only through tracked changes in two cells (Landing Card "—" to "LC1", Status AMBER to GREEN),
  supported by the L5 and LC1 descriptions.
- 6.S2d met although it has NO row in the Area Register: Launch 5 teaches access arrangements and LC1 checks
  them (prose only).
- 6.S4 not_met: RED, "the business manager deploys teaching assistants" (someone else's job); a comment asking
  whether this is right does not count.
- 6.A7 not_met: no Area and no Launch for the pilot's own professional development.
- Text box key far above the register; header claims nothing; footer "Not for navigation".

Verdicts: 41 met / 15 partially_met / 4 not_met / 1 not_applicable.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nj_helpers import *  # noqa
from docx.enum.text import WD_BREAK

OUT = Path(__file__).with_name("nj-02-wenlow-vale-sensitive-area-map.docx")
GM = "Gillian Marsh"
JT = "John Tregear"
D1 = "2009-02-03T09:20:00Z"
D2 = "2009-02-05T18:05:00Z"

doc = new_document("Calibri", 10.5)
fn = Footnotes(doc)
header_footer(doc.sections[0], "WENLOW VALE AERONAUTS  ·  SENSITIVE AREA MAP AND LANDOWNER CODE  ·  2009 SEASON  ·  "
                               "AWARD EDITION",
              "Not for navigation. Keep this booklet in the basket. Issued by the Landowner Relations Officer.")


def title(text):
    p = para(doc, text, bold=True, size=12)
    shade_para(p, "D0CECE")
    p.paragraph_format.space_before = Pt(10)
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    p.add_run(text)
    return p


def bullet(text):
    return para(doc, "•  " + text)


# ------------------------------------------------------------------ letterhead and cover
p = doc.add_paragraph()
r = p.add_run("WENLOW VALE AERONAUTS")
r.bold = True
r.font.size = Pt(20)
r.add_break()
r2 = p.add_run("Balloon Club and Training School")
r2.add_break()
r3 = p.add_run("The Crew Room, Coldridge Farm, Wenlow, Saltshire")
r3.add_break()
p.add_run("Club secretary: Mrs J. Tregear   ·   Landowner Relations Officer: Mrs G. Marsh")
p = para(doc, "SENSITIVE AREA MAP AND LANDOWNER CODE", bold=True, size=16)
p = para(doc, "2009 Season  ·  Award Edition", bold=True, size=12)
para(doc, "The National Award for SEN Coordination, set out on our own map", italic=True, size=12)

title("A WORD FROM THE LANDOWNER RELATIONS OFFICER")
para(doc, "Every member of the Aeronauts carries this booklet in the basket. It tells a pilot where in the Wenlow "
          "Vale a balloon is welcome to land, where it may overfly but must not come down, and where it must not "
          "land at all, and it sets out the code we keep with the farmers who let us use their fields. Our patch "
          "only works because we know it, and because the farmers know we will do what we say.")
para(doc, "This edition does the same job for the Award. For twelve years the club’s training school has run "
          "“Basket Days” for pupils with special educational needs from schools across Saltshire, and I came to "
          "the club from nineteen years as a SENCO, the last eight at Hollins Brook School. When Saltshire County "
          "Council asked whether we would run the National Award for new SENCOs with Esterbridge University, we "
          "said yes, and we have set the Award out the way our pilots already think: as a patch with launch "
          "sites, areas to fly over and fields to land in, and a code for the people whose land it is.")
para(doc, "The aim of the Award is simple. It is to raise the attainment and speed up the progress of pupils with "
          "special educational needs and/or disabilities in our Award pilots’ schools, by making their SENCOs "
          "better at the job.")
para(doc, "Gillian Marsh, Landowner Relations Officer", italic=True)

title("ABOUT THE AWARD")
t = doc.add_table(rows=9, cols=3)
t.style = doc.styles["Table Grid"]
a = t.cell(0, 0).merge(t.cell(0, 2))
cell_text(a, "THE AWARD AT A GLANCE", bold=True, fill="D0CECE")
facts = [
    ("Accreditation", "Esterbridge University, Faculty of Education. Validated on 11 December 2008 as the "
                      "module ED7021 “Leading SEN Coordination”."),
    ("Credits", "40 credits at Level 7 (masters level). The University’s 20-credit follow-on module, ED7022, "
                "can be taken afterwards; it is not part of the Award."),
    ("Length", "One school year, part time: nine Launches and four Landing Cards."),
    ("Launches", "Nine study days, 09:15 to 15:45, at three Launch Sites."),
    ("Landing Cards", "LC1 Patch Survey; LC2 Field Notes; LC3 Farm Walk; LC4 The Long Hop."),
    ("Area Warden", "Every pilot has one: an experienced SENCO from another school."),
    ("Fee", "£950, or £700 after a Logbook Review exemption. The club lends the Crew Room free and the Friendly "
            "Farms host Launches without charge, so the fee pays only for tutors’ time and University "
            "registration. Saltshire County Council pays for twelve places in 2009-10."),
    ("Launch window", "September"),
]
for i, (k, v) in enumerate(facts, start=1):
    cell_text(t.cell(i, 0), k, bold=True)
    m = t.cell(i, 1).merge(t.cell(i, 2))
    cell_text(m, v)
set_col_widths(t, [3.5, 6.5, 6.5])
para(doc, "")

title("HOW TO READ THE MAP")
para(doc, "Everything the Award asks of a pilot is shown as an Area on the Area Register at the back of this "
          "booklet. Read it with this key:")
text_box(doc, [
    ("KEY TO THE AREA REGISTER", True),
    ("GREEN  Land and sign. The Area is flown over on the Launches shown in the “Overflown on” column, and a "
     "Landing Card is signed for it: it is taught and it is marked.", False),
    ("AMBER  Overfly only. The Area is flown over on the Launches shown, but no Landing Card is signed for it: it "
     "is taught, and it is not marked.", False),
    ("RED  No land. The Area is not on the Award.", False),
    ("Off-map  (in the “Overflown on” column) No Launch flies over the Area. The pilot finds it by their own "
     "reading, and the Landing Card shown is signed for it.", False),
], height_pt=150, fill="FFFFFF", stroke="2E7D32")
para(doc, "[MAP SHEET 2: the Vale of Wenlow at 1:50,000 with the Launch Sites marked, to be inserted at print]",
     italic=True, color="7F7F7F")

# ------------------------------------------------------------------ the patch: who the award is for
title("THE PATCH: WHO THE AWARD IS FOR")
para(doc, "The Award is open to any teacher with QTS who is the SENCO of a school in Saltshire or a neighbouring "
          "authority, or who will become one within the year, and whose headteacher (the Landowner) signs the "
          "Landowner Form agreeing to release the pilot for the nine Launches and to support the Landing Cards in "
          "school. No one who meets these conditions is turned away.")
p = runin("Checks on pilots. ",
          "Before a place is confirmed, each pilot brings the original of their enhanced CRB disclosure to the "
          "club’s Registrar, who records its number and date; where the school holds the disclosure, the "
          "Landowner certifies its number and date on the Landowner Form instead. A pilot who has not worked in a "
          "school or college in a post with regular contact with children in the past three months applies for a "
          "new enhanced disclosure through the club’s registered body before the first Launch. On the same form "
          "the Landowner confirms that there are no concerns about the pilot’s conduct and no disciplinary matters "
          "outstanding, and the Registrar checks that the pilot has not been barred from working with children.")
fn.add(p, "The club uses Saltshire County Council’s umbrella service as its registered body for CRB applications; "
          "the same service checks the club’s own instructors and Basket Days crews.")
p = runin("Pre-flight Check. ",
          "Before the first Launch every pilot rates themselves against every Area in the Area Register (“new to "
          "me”, “some experience”, “confident”) and sends the sheet to their Area Warden with their CV and the "
          "school’s SEN policy. The Area Warden and the Landowner Relations Officer meet the pilot for an hour in "
          "the pilot’s school and agree the pilot’s Flight Plan: the Areas they most need, the order in which they "
          "will take Launches 4 to 7, which Friendly Farm they will visit, the focus of each Landing Card, and the "
          "pilot’s own targets for each GREEN Area. The Flight Plan is looked at again at every Warden visit.")
p = runin("Logbook Review. ",
          "A pilot who has already passed credit-bearing study in SEN, or who can show through a portfolio of "
          "their own work that they already meet the Areas covered by a Landing Card, may ask for a Logbook "
          "Review. The University’s accreditation of prior learning panel looks at the certificates or the "
          "portfolio and may exempt the pilot from LC1, from LC3, or from both (up to 20 credits). Prior study "
          "and experience are both considered.")
p = runin("Straight-in Approach. ",
          "In exceptional cases an experienced SENCO who already meets every GREEN Area (for example a teacher "
          "from the county’s SEN support service) may be assessed without taking the Launches. The pilot writes "
          "all four Landing Cards, is visited in school by the Landowner Relations Officer, and has an hour’s "
          "professional discussion with her and a University tutor covering every Area on the Register. The fee "
          "is £450. No more than two pilots a year are taken this way, and the University must agree each one.")

# ------------------------------------------------------------------ launch sites
title("LAUNCH SITES")
table(doc, [
    ["Site", "Grid ref.", "Used for", "Access"],
    ["Coldridge Farm Crew Room, Wenlow", "SU 412 337", "L1, L2, L3, L4, L8, L9", "Step-free ground floor; the "
     "loft library is up a ladder stair"],
    ["Hollins Brook School (special school, 3-19)", "SU 447 302", "L5 and placement days", "Step-free throughout"],
    ["Aldermoor School resourced base for pupils with autism", "[TBC]", "L6, L7", "Step-free throughout"],
], widths=[5.2, 2.3, 4, 5])
para(doc, "")
para(doc, "Each Launch is run twice, on a Wednesday and on the following Saturday, and a pilot may come to either. "
          "Launches 4 to 7 may be taken in any order agreed in the Flight Plan. A pilot who needs to stop for a "
          "while may carry Landing Cards already signed forward for up to three years.")
inserted_paragraph(doc, "From 2009-10 there are two launch windows: September, and February for pilots who "
                        "cannot start in the autumn term. The February group joins the September group for "
                        "Launches 5 to 9.", GM, D1)
para(doc, "The Aeronauts welcome everyone. If you have a disability, tell Gillian and we will do what we can. All "
          "three Launch Sites have step-free access, except the loft library at Coldridge Farm.")

# ------------------------------------------------------------------ the launches
title("THE LAUNCHES")
para(doc, "Each Launch is led by two tutors (see Contacts) and most have a visiting speaker. We keep the Award up to "
          "date with the latest research and with what inspectors are finding.")
runin("Launch 1  Rigging (Coldridge Farm). ",
      "What a SENCO does and how the job fits the school. Prioritising, managing your time and delegating to "
      "others, and checking that delegated jobs get done. Speaking and writing clearly for different people, and "
      "listening properly. Every Child Matters: the five outcomes, and where a SENCO fits in.")
runin("Launch 2  Reading the chart (Coldridge Farm). ",
      "The law and guidance: the SEN Code of Practice (2001) and Part 4 of the Education Act 1996; the SEN and "
      "Disability Act 2001; the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality "
      "Duty and the actions it requires of a school (accessibility plans, reasonable adjustments, disability "
      "equality schemes); the SENCO Regulations 2008; Removing Barriers to Achievement and the Inclusion "
      "Development Programme. What each means for your school and how to put it into practice. Winning the "
      "commitment of the headteacher, senior leaders and colleagues: making the case for pupils with SEN to a "
      "senior leadership team.")
runin("Launch 3  Who is in the basket (Coldridge Farm). ",
      "How children develop, and how development is affected by SEN, disability and the physical and social "
      "environment for learning. The most common types of SEN and disability (behavioural, emotional and social "
      "difficulties; specific learning difficulties including dyslexia; speech, language and communication "
      "needs; autistic spectrum disorders; moderate learning difficulties) and how each affects learning. What "
      "the research says about what works, and how to use research and outside advice in your own practice and "
      "your colleagues’.")
runin("Launch 4  Instruments (Coldridge Farm). ",
      "Identifying pupils who may have SEN using classroom observation, data and assessment; setting challenging "
      "targets; planning interventions that remove barriers; reviewing progress. A critical look at approaches, "
      "strategies and resources for assessment, planning and teaching, including ICT. Helping colleagues to use "
      "formative assessment for all pupils, with approaches for pupils with SEN.")
runin("Launch 5  Mapping the patch (Hollins Brook School). ",
      "Provision mapping and management, and how to spot provision that is not working or is missing. Reviewing "
      "with other staff how well provision works. The principles of school self-evaluation and improvement, and "
      "how they bear on outcomes for pupils with SEN. Anticipating problems and making sound decisions on "
      "provision. Access arrangements for national tests and examinations: spotting in good time which pupils "
      "need them, and putting them in place with colleagues, in class and in the test or exam itself.")
runin("Launch 6  Passengers (Aldermoor). ",
      "Fair, respectful and constructive relationships with pupils and their parents or carers. Consulting "
      "children and young people about things that affect them, and involving pupils in planning, agreeing, "
      "reviewing and evaluating their own provision, including person-centred reviews. Working in partnership "
      "with parents and carers, with the Saltshire Parent Partnership Service.")
runin("Launch 7  Ground crew (Aldermoor). ",
      "What other services do and how to get specialist support: the educational psychology service, speech and "
      "language therapy, the sensory support service, CAMHS, social care and voluntary organisations such as "
      "the Saltshire Autism Group. Using other professionals’ assessments to shape teaching. Working in "
      "partnership across services.")
runin("Launch 8  Leading the crew (Coldridge Farm). ",
      "Working with senior colleagues and governors on the school’s inclusive ethos, policies, priorities and use "
      "of resources. Advising, supporting and collaborating with colleagues inside and beyond your school, "
      "including the local SENCO cluster. Supporting colleagues’ professional development: coaching, "
      "observing lessons and giving feedback, and running a training session.")
runin("Launch 9  Landing (Coldridge Farm). ",
      "Pilots present their Long Hop (LC4) to the group, the tutors and the Field Committee.")
p = para(doc, "")
r = p.add_run("There is no online part of the Award. Everything happens at the Launch Sites, in pilots’ own "
              "schools and at the Friendly Farms.")
deleted_paragraph(doc, "The Windsock, the club’s online forum, will carry each Launch’s notes, and a tutor will "
                       "answer pilots’ questions there between Launches.", GM, D2)

# ------------------------------------------------------------------ landing cards
title("LANDING CARDS")
para(doc, "A Landing Card is a marked piece of work. Each is marked by a tutor against the Areas it signs, and a "
          "pilot must reach the standard in each Area signed on the card.")
runin("LC1  Patch Survey (3,000 words). ",
      "An audit of the pilot’s own school: its SEN policy and practice against the Code of Practice and the "
      "disability equality duties; how the school’s self-evaluation treats pupils with SEN; an analysis of the "
      "school’s summative data, including national test results, for pupils with SEN over three years, with the "
      "changes to programmes that follow; a provision map; and a check of this year’s access arrangements for "
      "tests and examinations, with the actions agreed.")
runin("LC2  Field Notes (3,000 words). ",
      "A study of one or two pupils: their development and needs, how they were identified, the targets and the "
      "intervention, how their progress was reviewed, the assessments of other professionals that were used, "
      "the work with other services, the approaches and resources (including ICT) chosen and why, and the "
      "decisions the pilot made along the way.")
runin("LC3  Farm Walk (observed, with a 1,500-word reflection). ",
      "The Area Warden observes the pilot leading a review meeting with a pupil and the pupil’s parent or carer, "
      "and a meeting with a colleague about formative assessment in that colleague’s class. The Warden records "
      "what was seen on the Farm Walk sheet; the pilot reflects on it in writing.")
runin("LC4  The Long Hop (4,000 words and a presentation at Launch 9). ",
      "A change the pilot leads in their school over two terms, with the backing of the headteacher and senior "
      "leaders: how the pilot won colleagues’ commitment, planned the work and delegated parts of it, worked with "
      "senior colleagues and governors on the policy or priority behind it, reviewed the provision with the "
      "staff involved, and what changed in practice as a result.")
para(doc, "The Award is made when all four Landing Cards are signed. A pilot with one Landing Card unsigned may "
          "still be awarded if the Field Committee is satisfied from the pilot’s other cards.")

# ------------------------------------------------------------------ landowner code
title("THE LANDOWNER CODE")
para(doc, "Every Award pilot keeps the Code, as every member pilot keeps it with the farmers:")
for rule in [
    "Ask before you land. Agree the focus of each Landing Card with your headteacher before you start it.",
    "Leave every gate as you found it. Pupils’ records and data used in a Landing Card are anonymised.",
    "Tell the landowner what you did. Give your headteacher a one-page summary of every signed Landing Card.",
    "Never land in a RED zone. Areas marked RED are not part of the Award and are not marked.",
    "Thank the farmer. Your Landowner is invited to Launch 9 to hear your Long Hop.",
]:
    para(doc, rule, style="List Number")

# ------------------------------------------------------------------ friendly farms and wardens
title("FRIENDLY FARMS AND AREA WARDENS")
para(doc, "Two Friendly Farms host the Award: Hollins Brook School, a special school for pupils aged 3 to 19 with "
          "complex needs, and the Aldermoor School resourced base for pupils with autism. Launches 5, 6 and 7 are "
          "held there, and every pilot also spends a placement day at one of them, arranged by the Landowner "
          "Relations Officer, shadowing its SENCO and seeing the specialist teaching, therapy and outreach work at "
          "first hand. Visiting speakers on the Launches include an educational psychologist, a speech and "
          "language therapist, the county’s sensory support team and the Saltshire Autism Group.")
para(doc, "Area Wardens are experienced SENCOs from other Saltshire schools. Each Warden looks after four or five "
          "pilots, visits each one in school three times a year and observes the Farm Walk. Every Warden comes to "
          "a half-day Warden Briefing in September, where the tutors go through the Warden’s Notes (what a Warden "
          "does and does not do, how to run a Flight Plan meeting, how to observe and record a Farm Walk), and "
          "the Wardens observe and record a filmed Farm Walk together and compare what they wrote. The tutors "
          "meet before each round of marking to agree how the Areas on the card will be judged.")

# ------------------------------------------------------------------ no-land zones
title("NO-LAND ZONES")
para(doc, "Some things are not part of the Award. So that nobody is disappointed:")
bullet("There is no online part of the Award (see The Launches).")
p = bullet("After the last Landing Card, pilots agree their next steps with their own headteachers; the club does "
           "not ask about them. The Award ends at the last Landing Card.")
doc.add_comment([p.runs[0]], text="Could we add a next-steps chat at the Hangar Supper after Launch 9? GM",
                author=GM, initials="GM")
bullet("Deploying and managing teaching assistants is not covered (see the Area Register).")
para(doc, "Resources: the Crew Room keeps a shelf of about sixty books on SEN which pilots may borrow. Pilots use "
          "their own schools’ computers for the Landing Cards. There is no specialist ICT at the Launch Sites, "
          "and pilots are not registered with the University library until the follow-on module.")

# ------------------------------------------------------------------ keeping the map up to date
title("KEEPING THE MAP UP TO DATE")
para(doc, "Before we wrote the Award, the Landowner Relations Officer and the Saltshire County Council SEN team "
          "held three “hangar evenings” in spring 2008 with 27 headteachers and SENCOs and the Saltshire Parent "
          "Partnership Service, and asked what new SENCOs in Saltshire most needed. They told us four things: "
          "confidence with the law after the 2008 Regulations; provision mapping; dealing with parents at review "
          "meetings; and knowing who to ring in other services. Launch 2, Launch 5, Launch 6 and Launch 7 were "
          "planned around those four answers, and the heads asked that Launch 5 be held in a special school, "
          "which is why it is at Hollins Brook.")
para(doc, "The Field Committee steers the Award. It has two headteachers from pilots’ schools, Saltshire’s SEN "
          "adviser, a parent from the Parent Partnership Service and the Landowner Relations Officer. It meets "
          "after each season, reads the pilots’ feedback and the Landing Card results, and decides what changes "
          "for the next season’s map; headteachers on the Committee also host Farm Walks, and the parent member "
          "speaks at Launch 6.")
para(doc, "After each Launch pilots fill in a feedback slip, which the Landowner Relations Officer reads and takes "
          "to the Field Committee. That is our evaluation at present; there is no external review of the Award "
          "yet.")
para(doc, "Landing Cards are marked by the Landowner Relations Officer or the second tutor, and the other tutor "
          "reads any card that is not signed. The University will appoint an external examiner once the first "
          "pilots have landed; until then there is no moderation beyond this.")
para(doc, "We hope the Award will make a real difference to pupils in our pilots’ schools and to pilots’ "
          "confidence, and we will think about how to measure this once the first pilots have landed.")

# ------------------------------------------------------------------ contacts
title("CONTACTS AND WHO’S WHO")
table(doc, [
    ["Name", "Role on the Award", "Background"],
    ["Gillian Marsh", "Landowner Relations Officer; programme leader and tutor",
     "MA Special and Inclusive Education (Esterbridge, 2004); SENCO for nineteen years, the last eight at "
     "Hollins Brook School; now leads Saltshire’s SENCO cluster network."],
    ["Dr Kieran Mole", "Tutor", "Educational psychologist, Saltshire Educational Psychology Service; PhD on "
     "reading interventions; University link tutor for ED7021."],
    ["Lesley Amankwah", "Tutor", "Head of the Aldermoor resourced base; Advanced Diploma in Autism; National "
     "Autistic Society trainer."],
    ["Area Wardens", "School-based mentors", "Eight experienced SENCOs in Saltshire schools, each with at least "
     "five years in the role."],
    ["John Tregear", "Club secretary; Registrar", "Keeps pilots’ records and the CRB register."],
], widths=[3.5, 4.5, 8.5])

# ------------------------------------------------------------------ area register (landscape)
sec = landscape_section(doc)
title("AREA REGISTER")
para(doc, "Area numbers are the club’s. Read the Status column with the key under How to read the map.")
groups = [
    ("THE PILOT: how you work", [
        ("SA01", "Builds fair, respectful and constructive relationships with pupils with SEN and/or disabilities "
                 "and with their parents or carers", "L6", "LC3", "GREEN"),
        ("SA02", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for "
                 "pupils with SEN", "L2", "LC4", "GREEN"),
        ("SA03", "Prioritises, manages time and delegates, and checks delegated work is done", "L1", "LC4",
         "GREEN"),
        ("SA04", "Anticipates and resolves problems; makes well-founded decisions about provision", "L5", "LC2",
         "GREEN"),
        ("SA05", "Speaks and writes clearly; listens to and understands others’ views", "L1", "LC3", "GREEN"),
        ("SA06", "Draws on research and outside advice to improve own and colleagues’ practice", "L3", "—",
         "AMBER"),
    ]),
    ("THE CHART: what you know and understand", [
        ("SA07", "The law and guidance on SEN, including the Code of Practice; what they mean for the school; "
                 "putting them into practice", "L2", "LC1", "GREEN"),
        ("SA08", "Every Child Matters: its principles and outcomes, and the SENCO’s part", "L1", "—", "AMBER"),
        ("SA09", "The law on disability equality and the actions it requires", "L2", "LC1", "GREEN"),
        ("SA10", "How children develop and what affects development, including SEN, disability and the "
                 "environment for learning", "L3", "LC2", "GREEN"),
        ("SA11", "The common types of SEN and disability and how they affect learning", "L3", "LC2", "GREEN"),
        ("SA12", "Approaches, strategies and resources for assessment, planning and teaching, including ICT",
         "L4", "LC2", "GREEN"),
        ("SA13", "School self-evaluation and improvement, and outcomes for pupils with SEN", "L5", "K7LC", "K7ST"),
        ("SA14", "Best practice and research findings on meeting SEN", "L3", "—", "AMBER"),
        ("SA15", "The scope and role of other services and agencies; getting specialist support", "L7", "LC2",
         "GREEN"),
    ]),
    ("THE FLYING: what you do in school", [
        ("SA16", "Works with senior colleagues and governors on the inclusive ethos, policies, priorities and "
                 "resources of the school", "L8", "LC4", "GREEN"),
        ("SA17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
                 "progress", "L4", "LC2", "GREEN"),
        ("SA18", "Uses assessments from other professionals to shape teaching", "L7", "LC2", "GREEN"),
        ("SA19", "Uses summative assessments, including national tests, to track progress and change programmes",
         "Off-map", "LC1", "GREEN"),
        ("SA20", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN",
         "L4", "LC3", "GREEN"),
        ("SA21", "Uses provision mapping and management; finds ineffective or missing provision", "L5", "LC1",
         "GREEN"),
        ("SA22", "Deploys and manages support staff", "—", "—",
         "RED: in our Landowners’ schools the business manager deploys teaching assistants"),
        ("SA23", "Supports colleagues’ professional development: coaching, observation and feedback, training",
         "L8", "—", "AMBER"),
        ("SA24", "Reviews with other staff how well provision works, to inform self-evaluation and improvement "
                 "planning", "L5", "LC4", "GREEN"),
        ("SA25", "Involves pupils in planning, agreeing, reviewing and evaluating their provision", "L6", "LC3",
         "GREEN"),
        ("SA26", "Works with parents and carers to promote their child’s learning and development", "L6", "LC3",
         "GREEN"),
        ("SA27", "Works in partnership with other services and agencies, including voluntary organisations",
         "L7", "LC2", "GREEN"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
t = doc.add_table(rows=nrows, cols=5)
t.style = doc.styles["Table Grid"]
for j, h in enumerate(["Area", "Farm (what the pilot must be able to do)", "Overflown on", "Landing Card",
                       "Status"]):
    cell_text(t.cell(0, j), h, bold=True, fill="D0CECE", size=9)
fills = {"GREEN": "C6E0B4", "AMBER": "FFE699"}
i = 1
s4_cell = None
for gname, rows in groups:
    merge_row(t, i, gname, fill="E7E6E6")
    i += 1
    for row in rows:
        for j, v in enumerate(row):
            c = t.cell(i, j)
            if v == "K7LC":
                cell_change(c, "—", "LC1", GM, D1)
            elif v == "K7ST":
                cell_change(c, "AMBER", "GREEN", GM, D1)
            else:
                cell_text(c, v, size=9, bold=(j == 0))
                if j == 4:
                    shade(c, fills.get(v.split(":")[0], "F4B183"))
        if row[0] == "SA22":
            s4_cell = t.cell(i, 4)
        i += 1
set_col_widths(t, [1.6, 12.5, 2.6, 2.6, 5.5])
doc.add_comment([s4_cell.paragraphs[0].runs[0]], text="Is this right? The panel may expect it. JT",
                author=JT, initials="JT")

# ------------------------------------------------------------------ specimen landing card (portrait)
portrait_section(doc)
title("LANDING CARD (SPECIMEN)")
para(doc, "Complete one card for each Landing. The Area Warden or tutor signs the Areas that are met.", italic=True)
t = doc.add_table(rows=7, cols=2)
t.style = doc.styles["Table Grid"]
form = [
    ("Pilot’s name", "[Type the pilot’s name]"),
    ("School (Landowner)", "[School and headteacher]"),
    ("Landing Card", "[LC1 / LC2 / LC3 / LC4]"),
    ("Areas signed", "[Area numbers from the Area Register]"),
    ("Warden’s or tutor’s comments", "[What was seen or read; what the pilot should do next]"),
    ("Landowner’s comments", "[Optional]"),
    ("Signed and dated", "[Signature]                    [Date]"),
]
for k, (a_, b_) in enumerate(form):
    cell_text(t.cell(k, 0), a_, bold=True, fill="E7E6E6")
    cell_text(t.cell(k, 1), b_, italic=True)
    t.cell(k, 1).paragraphs[0].runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
set_col_widths(t, [5, 11.5])
para(doc, "")
para(doc, "Lost? Ring the Crew Room on Wenlow 3381 and we will come and fetch you.", italic=True, align="center")

fn.save_part()
doc.save(OUT)
print("wrote", OUT)
