"""ml-02-kyme-lock-sale-particulars

Provider (invented): the Saltersford and Kyme Canal Trust's Heritage Boatyard and Lock-keeping School at Kyme Lock,
with Lindsey Vale University validating, applying in July 2008 to run the National Award for SEN Coordination
from January 2009.

Document kind and layout: the course sent as a boat broker's SALE PARTICULARS, in the style of the Yard's own
brokerage listings for the historic craft it restores and sells ("For sale by private treaty"). A letterhead
table with shaded cells; a Key Facts label/value table with merged cells; an "Agent's comments" VML text box; a
"Notes on the Inventory" paragraph near the top that keys the Inventory's "Survey" column at the very end
("Surveyed SR1/SR2/SR3", "Sold as seen", "Excluded from sale"); listing sections in Heading 2 style
("Description", "History and Provenance", "Accommodation", "Survey", "Handover", "Viewing and Purchase", ...);
compartments described one by one; a header and footer ("Subject to contract"); a footnote; a Word comment;
tracked changes (a cell change, a whole deleted paragraph, a whole inserted paragraph); the broker's standard
"Important Notice" disclaimer at the end. House vocabulary: the Award (the vessel), Skippers (participants),
Compartments C1-C6 (modules), Trial Trips (tasks in the skipper's own school), Survey Reports SR1-SR3 (marked
assignments), Instructors (tutors), Lock-keepers (school-based mentors), the Pre-purchase Survey and Refit Plan
(needs assessment and individual plan), the Cabin Log (e-learning site), Handover (completion), the Survey
Committee (programme committee).

Traps (requirement ids):
- Key far from its table: "Sold as seen" (on board, not surveyed): 6.A2, 6.A4, 6.K6, 6.S3, 6.S6 partially_met.
- Assessed but not taught: 6.S9 "Where found on board" is a dash, surveyed in SR3: partially_met.
- Tracked change in a cell: 6.K8's "SR3" deleted and "Sold as seen" inserted: partially_met.
- "Excluded from sale": 6.S7 not_met; with the negation "Consulting pupils is not part of the Award": 1.5 not_met.
- Right words about the wrong thing: the Yard's own "Annual Self-Evaluation" of the boatyard is not school
  self-evaluation, and K7 is "Excluded from sale": 6.K7 not_met.
- Right words about the wrong people: enhanced CRB disclosures held by the Yard's staff and volunteer
  lock-keepers, nothing on skippers: 5.3 not_met.
- Negation: the Award "was written by the Yard's Instructors over the winter of 2007-08; schools, parents and the
  local authority have not yet seen it" (with a comment asking whether heads can be said to have been consulted):
  4.2 not_met. 4.1 partially_met (one county review figure and experience in general terms).
- Credits: "40 at Level 7 ... and 20 at Level 6": E.2 partially_met.
- Award for attendance plus completion: 6.0 partially_met.
- Blanket claim in the Agent's comments text box ("Every one of the national minimum outcomes is on board"):
  contradicted by the Inventory; 1.9 partially_met.
- Equal opportunities as a value with one arrangement (ground-floor room): 3.1 partially_met.
- "Any teacher may apply" and no check of prior knowledge: 5.2 partially_met.
- Single marking, an external examiner "to be appointed": 5.8 partially_met.
- Deleted paragraph describing an ICT suite; "skippers bring their own laptops": 5.6 partially_met.
- Inserted paragraph: the assessment-only route exists only as a tracked insertion (counts): 2.3 met.
- Footnote names the pupil measures for 5.9 (met on the body's own words; the footnote only adds detail).
- The broker's disclaimer ("do not form part of any offer or contract") is boilerplate and does not change the
  verdicts; the header and footer are never evidence (the footer's "Every skipper holds a current enhanced CRB
  disclosure" does not rescue 5.3).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _ml_helpers import (bold_par, shade, table, tracked_par, cell_change, comment, Footnotes, text_box,
                         set_header_footer)

HERE = Path(__file__).resolve().parent
NAME = "ml-02-kyme-lock-sale-particulars"
AU = "M. Quayle"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
fn = Footnotes(doc)
set_header_footer(doc, "KYME LOCK BROKERAGE  |  Historic and working craft  |  Ref. KL/SEN/2009",
                  "Particulars prepared July 2008. Subject to contract. Every skipper holds a current enhanced CRB "
                  "disclosure.")


def para(text, lead=None, italic=False, size=None):
    p = doc.add_paragraph()
    if lead:
        r = p.add_run(lead + " ")
        r.bold = True
    r = p.add_run(text)
    r.italic = italic
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def h(text):
    return doc.add_heading(text, level=2)


# ------------------------------------------------------------ letterhead
lh = doc.add_table(rows=2, cols=2)
lh.style = "Table Grid"
lh.cell(0, 0).text = "KYME LOCK BROKERAGE"
lh.cell(0, 1).text = "The Saltersford and Kyme Canal Trust\nHeritage Boatyard and Lock-keeping School\nKyme Lock, " \
                     "Saltersford, Lindsey LN9 4TW"
m = lh.cell(1, 0).merge(lh.cell(1, 1))
m.text = "Brokers of historic narrowboats, butties and working craft since 1988"
for c in (lh.cell(0, 0), lh.cell(0, 1)):
    shade(c, "123B2E")
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r.bold = True
shade(m, "DCE9E3")

bold_par(doc, "FOR SALE BY PRIVATE TREATY, TO APPROVED PURCHASERS", size=11, align="center", space_before=14)
bold_par(doc, "THE KYME LOCK AWARD", size=20, align="center", space_before=2)
p = bold_par(doc, "National Award for SEN Coordination: a Postgraduate Certificate built at Kyme Lock with "
             "Lindsey Vale University", size=11, align="center", space_before=2)

# ------------------------------------------------------------ key facts
h("Key Facts")
kf = [
    ("Builder", "The Heritage Boatyard and Lock-keeping School, Kyme Lock, for the Saltersford and Kyme Canal "
     "Trust"),
    ("Validated by", "Lindsey Vale University, School of Education, as its Postgraduate Certificate in Special "
     "Educational Needs Coordination; the University confers the award"),
    ("Tonnage", "60 credits: 40 at Level 7 (Compartments C1 to C4) and 20 at Level 6 (Compartments C5 and C6)"),
    ("Length", "Three terms, part time"),
    ("Launch dates", "January 2009 and September 2009, and each January and September after"),
    ("Berths", "Twenty skippers per launch"),
    ("Asking price", "£1,240 per skipper; places funded by Kyme and Saltersford local authorities are offered at "
     "£620"),
    ("Lying", "Kyme Lock classroom and afloat; the Cabin Log online"),
    ("Viewing", "Open mornings at Kyme Lock on 20 September and 8 November 2008, and by appointment"),
]
kt = doc.add_table(rows=len(kf) + 1, cols=2)
kt.style = "Table Grid"
top = kt.cell(0, 0).merge(kt.cell(0, 1))
top.text = "THE VESSEL AT A GLANCE"
shade(top, "123B2E")
for r in top.paragraphs[0].runs:
    r.bold = True
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, (k, v) in enumerate(kf, 1):
    kt.cell(i, 0).text = k
    kt.cell(i, 1).text = v
    shade(kt.cell(i, 0), "DCE9E3")
    for r in kt.cell(i, 0).paragraphs[0].runs:
        r.bold = True

text_box(doc, ["A rare chance to acquire a fully found SENCO award, built by people who know schools and boats "
               "alike. Every one of the national minimum outcomes is on board. Early viewing strongly advised."],
         height_pt=70, title="Agent's comments")

para("Notes on the Inventory. The Inventory at the end of these particulars lists the national minimum outcomes "
     "for SENCOs in our own description. \"Where found on board\" names the Compartment in which the outcome is "
     "taught. In the \"Survey\" column, SR1, SR2 or SR3 means the outcome is marked in that Survey Report; \"Sold "
     "as seen\" means the outcome is on board, taught in its Compartment, but is not surveyed; \"Excluded from "
     "sale\" means the outcome is not on board.", italic=True, size=9.5)

# ------------------------------------------------------------ description
h("Description")
para("The Kyme Lock Award is a part-time Postgraduate Certificate for teachers who are new to the role of SENCO, "
     "built to raise the achievement and improve the well-being of children and young people with special "
     "educational needs and disabilities. Its aims, its six Compartments and its three Survey Reports are all "
     "turned to that end: to each of the five Every Child Matters outcomes (being healthy, staying safe, enjoying "
     "and achieving, making a positive contribution and achieving economic well-being), and to the progress of "
     "named pupils in the skipper's own school, which every Survey Report must show.")
para("Skippers spend half their time on board at Kyme Lock, in the classroom and on the Trust's two restored "
     "boats, and half in their own schools on Trial Trips: planned pieces of practice, set at the end of each "
     "Compartment and agreed with the skipper's Lock-keeper, in which the skipper tries out in school what the "
     "Compartment has taught and brings the results back to the next. A Trial Trip is always tied to the "
     "outcomes on board in its Compartment, and by Handover each skipper has led at least two changes to SEN "
     "provision in their school and shown what difference they made to pupils.")

# ------------------------------------------------------------ history
h("History and Provenance")
para("The Trust's Waterway Classroom has taken pupils from special schools and mainstream SEN departments on "
     "the canal since 1999, and we know from those years what SENCOs need. Kyme County's 2007 SEN Review found "
     "that half of its SENCOs had had no training for the role.")
p = para("The Award was written by the Yard's Instructors over the winter of 2007-08; schools, parents and the "
         "local authority have not yet seen it.")
comment(doc, p, "Can we say heads were consulted? We did talk to a few at the open day. MQ", author=AU,
        initials="MQ")
para("The Award draws on the evidence of recent inspection and research: Ofsted's 2004 report Special "
     "educational needs and disability: towards inclusive schools and its 2006 report Inclusion: does it matter "
     "where pupils are taught?; the Education and Skills Committee's 2006 report on special educational needs; "
     "the Bercow Review of services for children with speech, language and communication needs (2008); and the "
     "National Strategies' Inclusion Development Programme, whose first materials on dyslexia and speech, "
     "language and communication needs are used in C2. Each Compartment's reading list is revised each summer "
     "by the Instructors.")

# ------------------------------------------------------------ accommodation
h("Accommodation")
para("The Award is laid out in six Compartments, each of two days at Kyme Lock with a Trial Trip after it. The "
     "first skippers take C1 to C3 in the spring term, C4 and C5 in the summer term and C6 in the autumn.")
comps = [
    ("C1 Fore-end: the law and the SENCO's role.", "The Education Act 1996, the SEN Code of Practice (2001), the "
     "Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, and what schools "
     "must do under each; Every Child Matters and the Children Act 2004; Removing Barriers to Achievement; the "
     "2008 regulations on the SENCO. Trial Trip: compare your school's SEN policy and disability equality scheme "
     "with the law and report to your head."),
    ("C2 Hold: children, development and need.", "How children develop, and how special educational needs, "
     "disability and surroundings affect development; the common kinds of need (behavioural, emotional and "
     "social difficulties; dyslexia and other specific learning difficulties; speech, language and communication "
     "needs; autistic spectrum disorders; moderate learning difficulties) and how each affects learning; reading "
     "and using reports from educational psychologists, therapists and other professionals. Trial Trip: a profile "
     "of one pupil."),
    ("C3 Engine room: assessment, targets and tracking.", "Identifying pupils who may have SEN; setting "
     "challenging targets; planning and reviewing interventions; using summative assessment and national test "
     "results to track progress and adjust programmes; helping colleagues use formative assessment; special "
     "arrangements for national tests and examinations; approaches, strategies and resources for teaching, "
     "including ICT; provision mapping and finding gaps. Trial Trip: track a target group for six weeks."),
    ("C4 Back cabin: leading people.", "Gaining the commitment of the head, senior leaders and colleagues; working "
     "with governors on the school's inclusive ethos, policy, priorities and budget; managing your time and "
     "delegating; deploying and managing teaching assistants; observing, coaching and mentoring colleagues and "
     "leading training; writing and speaking clearly and listening to others. Trial Trip: lead one change."),
    ("C5 Butty: families and partners.", "Building fair, respectful and constructive relationships with pupils "
     "and their families; working in partnership with parents and carers, including running reviews and "
     "advising parents; the work of outside agencies and how to get specialist help and resources. Trial Trip: "
     "plan and hold a review with a family."),
    ("C6 Tiller: research, review and keeping up.", "Using research and outside advice; best practice and what "
     "research shows works for pupils with SEN; reviewing provision with colleagues to inform the school's "
     "self-evaluation; anticipating and solving problems and making sound decisions; keeping up to date and "
     "planning your own CPD. Trial Trip: the SR3 enquiry."),
]
for lead, body in comps:
    para(body, lead=lead)
para("Consulting pupils is not part of the Award; the Yard leaves pupil voice to the schools' councils.")

h("A Day on Board")
para("Every Compartment day follows the same pattern, whether the skippers are in the classroom or afloat. The "
     "afternoon on the water is not a treat: working a lock flight as a crew of four, with one skipper deciding "
     "and the others doing, is how the Yard teaches delegation, clear instructions and listening, and the "
     "Instructors draw the lessons back to school in the last session.")
day = [
    ("Time", "Classroom day", "Afloat day"),
    ("9.15", "Arrival, coffee, the Trial Trip board", ""),
    ("9.30", "Trial Trip reports in fours: what happened, what it showed about pupils", ""),
    ("10.30", "Input from an Instructor or visiting specialist", "Briefing at the top lock"),
    ("12.30", "Lunch in the Lock Cottage", ""),
    ("13.15", "Workshop: cases, data and documents from skippers' schools", "Working the Kyme flight in crews"),
    ("15.00", "Planning the next Trial Trip with a partner; updating the Refit Plan", ""),
    ("15.45", "What will change on Monday?", ""),
]
dt = table(doc, day, header_fill="DCE9E3")
for i, row in enumerate(day):
    if i > 0 and row[2] == "":
        if i in (1, 2, 4, 6, 7):
            m = dt.cell(i, 1).merge(dt.cell(i, 2))
            m.text = row[1]

h("Trial Trips in Detail")
para("A Trial Trip is set at the end of every Compartment and agreed with the Lock-keeper within a week. It has "
     "three parts: a plan of no more than a page, posted on the Cabin Log; the work itself, in school, over three "
     "to six weeks; and a short log of what happened and what it showed, which the skipper brings to the next "
     "Compartment. Some examples from the Instructors' first drafts:")
for t in [
    "C1: a Year 7 form tutor's guide to the school's SEN policy, rewritten after comparing the policy with the "
    "Code of Practice, taken to the senior team for agreement.",
    "C2: a profile of a Year 3 pupil with speech and language needs, drawing on the therapist's report and the "
    "class teacher's observations, with three changes to classroom practice.",
    "C3: a six-week reading intervention for a target group of eight pupils, tracked against their reading ages "
    "and Key Stage 2 optional test results.",
    "C4: moving two teaching assistants from one-to-one support to small-group work, with a coaching session for "
    "each.",
    "C5: a review meeting planned with a family who had stopped coming to school meetings.",
]:
    doc.add_paragraph(t, style="List Bullet")
para("The Lock-keeper sees each Trial Trip in progress at least once and writes a short note on it, which the "
     "skipper adds to their Refit Plan. Trial Trips are not marked, but the evidence they produce is what the "
     "Survey Reports are built from.")

h("Questions Buyers Ask")
for q, a in [
    ("Do I need to be a SENCO already?", "No. Many skippers are in their first year in the role, and some have "
     "been named by their head to take it on."),
    ("Will I have to go on a boat?", "The afloat afternoons are part of C3 and C4. A skipper who cannot go aboard "
     "works the same exercise from the lock side."),
    ("Can I start in April?", "No. Launches are in January and September."),
    ("What if I miss a Compartment?", "You take it on the Cabin Log with a telephone tutorial, or join the next "
     "launch for that Compartment."),
    ("How much time will it take?", "About 180 hours over three terms, most of it in your own school on Trial "
     "Trips."),
]:
    para(a, lead="Q. " + q + " A.")

# ------------------------------------------------------------ online
h("The Cabin Log")
para("Between Compartments skippers keep in touch through the Cabin Log, the Yard's e-learning site. Each "
     "Compartment has its readings, short films and a discussion board on the Cabin Log; skippers post their Trial "
     "Trip plans there and comment on one another's, in Trial Trip groups of four. An Instructor reads the "
     "boards three times a week and replies to every question within two working days, and holds a one-hour "
     "online surgery each fortnight between Compartments. Skippers' Lock-keepers have their own page, and the "
     "Yard sends schools a termly e-mail on their skipper's progress. Skippers who cannot come to Kyme Lock for "
     "one Compartment may take it on the Cabin Log instead, with a telephone tutorial.")

# ------------------------------------------------------------ survey
h("Survey")
para("Three Survey Reports are marked on the Award:")
sr = [
    ("Report", "Due", "What is surveyed"),
    ("SR1", "After C2", "A pupil profile (3,000 words): the pupil's development and needs, the professionals' "
     "reports used, the skipper's relationship with the pupil and family, and the law that applies"),
    ("SR2", "After C4", "A change report (4,000 words) on a change the skipper has led: targets, tracking and "
     "national test data, formative assessment, access arrangements, staff deployment, coaching, the governors' "
     "part, the disability equality duty and Every Child Matters"),
    ("SR3", "After C6", "A research enquiry (4,000 words) into one intervention, measuring its effect on pupils, "
     "with partner agencies and parents, and the skipper's CPD plan, followed by a 30-minute professional "
     "discussion"),
]
table(doc, sr, header_fill="DCE9E3")
para("All Survey Reports are marked by the Master Instructor against the University's criteria. An external "
     "examiner is to be appointed by the University.")
para("Skippers who attend every Compartment and hand in all three Survey Reports with a pass mark receive the "
     "Award.")

# ------------------------------------------------------------ viewing and purchase
h("Viewing and Purchase")
para("Any teacher may apply. Applicants complete the Yard's purchase form with their headteacher's signature and "
     "are offered a place in order of application.", lead="Who may buy.")
para("Before C1 each skipper completes the Pre-purchase Survey, a self-assessment against every national "
     "minimum outcome, and meets an Instructor to go through it. Together they write the skipper's Refit Plan: "
     "the outcomes the skipper most needs to work on, the Trial Trips that will get them there, and the skipper's "
     "personal targets, which are reviewed at the start of each Compartment.", lead="Pre-purchase Survey.")
para("Skippers who hold earlier credit at Level 7 in SEN, or who can show equivalent experience in a portfolio, "
     "may apply to the University for accreditation of prior learning of up to 20 credits against C1 or C2; the "
     "Instructor advises on the portfolio and the University's APL panel decides.", lead="Prior learning.")
tracked_par(doc, "Assessment only. In exceptional cases an experienced SENCO may be surveyed without taking the "
            "Compartments: after a Pre-purchase Survey and interview with the Master Instructor, the candidate "
            "submits SR1 to SR3 and a portfolio of evidence and takes the professional discussion.", "ins", AU,
            "2008-07-03T14:12:00Z")
para("Launches are in January and September, Compartments C2 to C5 may be taken in any order after C1, any one "
     "Compartment may be taken on the Cabin Log, and a skipper may spread the Award over two years.",
     lead="Flexible passage.")
para("The Yard welcomes everyone and is committed to equal opportunities. The classroom at Kyme Lock is on the "
     "ground floor.", lead="Access.")
para("Every member of the Yard's staff and all our volunteer lock-keepers hold an enhanced CRB disclosure, "
     "renewed every three years.", lead="Safeguarding.")

# ------------------------------------------------------------ crew and yard
h("Crew, Lock-keepers and Yard")
para("The Master Instructor, Dr Ruth Elsdon, was a SENCO in two Lindsey comprehensives for eleven years and an "
     "advisory teacher for SEN for six, and holds a doctorate in inclusive education from Lindsey Vale "
     "University, where she still teaches on the MA. She is joined by Peter Vance, a specialist teacher for "
     "dyslexia and former head of the Kyme Learning Support Service, and by visiting speakers from the county's "
     "educational psychology, speech and language therapy and autism outreach services. The Instructors are "
     "members of NASEN and keep their own practice current through the county SENCO network, where they "
     "lead a termly session.", lead="Instructors.")
para("Each skipper has a Lock-keeper: an experienced SENCO, usually in a neighbouring school, named by the Yard. "
     "Lock-keepers come to a half-day induction at Kyme Lock, have the Lock-keepers' Guide setting out what they "
     "do (meet the skipper twice each half-term, agree and observe Trial Trips, write a short note on each) and "
     "what they do not (mark Survey Reports), and meet the Master Instructor each term. Instructors new to the "
     "Award co-teach a Compartment before they lead one.", lead="Lock-keepers.")
para("Every skipper spends two days on placement in a setting unlike their own, chosen from Fenby Park Special "
     "School, the Saltersford Pupil Referral Unit and the county's Hearing Impairment Base, each of which has "
     "agreed to host skippers and names a teacher to plan the visit; skippers may also spend a day with the "
     "educational psychology service.", lead="Placements and specialists.")
para("The Yard holds a library of SEN books and journals for skippers' use, with three loan boxes of "
     "assessment materials. There is no ICT at the Yard; skippers bring their own laptops.", lead="Resources.")
tracked_par(doc, "The Yard's new ICT suite has ten networked laptops with screen-reading and mind-mapping "
            "software, a visualiser and an interactive whiteboard for skippers' use.", "del", AU,
            "2008-07-03T14:20:00Z")
para("The price is kept down by using the Trust's own rooms and boats and sharing Instructors' time with the "
     "Waterway Classroom. Local authority places are half price. Because every Trial Trip is chosen from the "
     "skipper's Refit Plan and done in the skipper's own school, the Award fits each skipper's circumstances and "
     "moves them on towards the outcomes they most need, and it improves their school's practice as they go.",
     lead="Value.")

# ------------------------------------------------------------ maintenance
h("Condition and Maintenance")
para("After each Compartment skippers complete an evaluation form and the Instructors review the results within "
     "a fortnight, making changes to the next Compartment where they can. Each year the University's annual "
     "programme monitoring and an observation of one Compartment by the local authority's SEN adviser give an "
     "outside view. Every summer the Survey Committee reads the evaluations, the Survey Report results, the "
     "Lock-keepers' notes and the University's monitoring report and agrees an improvement plan for the next "
     "launch, which is published to skippers on the Cabin Log.", lead="Evaluation.")
para("The Survey Committee has two headteachers, a parent from the Kyme Parent Partnership, the local "
     "authority's SEN adviser, a former skipper and the Master Instructor. Besides the annual review it meets "
     "each term to hear how the Award is going, and its two headteachers sit on the panel for the open "
     "mornings. Lock-keepers' notes on each Trial Trip are read at every meeting.", lead="Who takes part.")
p = para("Each skipper rates their confidence against every outcome at the Pre-purchase Survey and again at "
         "Handover. In SR3 each skipper takes a baseline measure of a target group's attainment and well-being "
         "before their intervention and measures it again twelve weeks later; the Survey Committee puts the "
         "results for every launch together to show the Award's effect on pupils' achievement.",
         lead="Measuring the difference.")
fn.add(p, "Measures used include reading and spelling ages, P scales, attendance and the pupils' own ratings on the "
          "Kyme well-being wheel.")
para("The Yard's own Annual Self-Evaluation, which the Trust requires of every department, will include the "
     "Award from 2009.", lead="The Yard's self-evaluation.")

# ------------------------------------------------------------ handover
h("Handover")
para("At Handover each skipper meets the Master Instructor to agree Next Season's Cruising Plan: two or three "
     "professional targets for the year after the Award, the further study or network that will help, and a "
     "date for a follow-up call in the spring.")

# ------------------------------------------------------------ inventory
h("Inventory")
inv = [
    ("No.", "Item (our description)", "Where found on board", "Survey"),
    ("A1", "Fair, respectful and constructive relationships with pupils with SEN and disabilities and their "
     "families", "C5", "SR1"),
    ("A2", "Winning the commitment of the head, senior leaders and colleagues", "C4", "Sold as seen"),
    ("A3", "Priorities, time and delegation", "C4", "SR2"),
    ("A4", "Anticipating and solving problems; sound decisions about provision", "C6", "Sold as seen"),
    ("A5", "Clear speaking and writing; listening to others", "C4", "SR2"),
    ("A6", "Using research and outside advice to improve practice", "C6", "SR3"),
    ("A7", "Keeping up to date; own CPD", "C6", "SR3"),
    ("K1", "SEN law, the Code of Practice and putting them into practice", "C1", "SR1"),
    ("K2", "Every Child Matters and the SENCO's part in it", "C1", "SR2"),
    ("K3", "Disability equality law and the actions it requires", "C1", "SR2"),
    ("K4", "Child development and how need, disability and surroundings affect it", "C2", "SR1"),
    ("K5", "The common kinds of SEN and disability and their effect on learning", "C2", "SR1"),
    ("K6", "Approaches, strategies and resources for teaching, including ICT", "C3", "Sold as seen"),
    ("K7", "School self-evaluation and improvement for SEN outcomes", "-", "Excluded from sale"),
    ("K8", "Best practice and what research shows", "C6", "SR3"),
    ("K9", "Outside agencies and getting specialist help", "C5", "SR3"),
    ("S1", "Inclusive ethos, policy and budget with senior colleagues and governors", "C4", "SR2"),
    ("S2", "Identifying need, targets, interventions and reviews", "C3", "SR2"),
    ("S2a", "Using other professionals' assessments", "C2", "SR1"),
    ("S2b", "Tracking with summative and national test results", "C3", "SR2"),
    ("S2c", "Helping colleagues use formative assessment", "C3", "SR2"),
    ("S2d", "Special arrangements for tests and examinations, in good time", "C3", "SR2"),
    ("S3", "Provision mapping; finding gaps and weak provision", "C3", "Sold as seen"),
    ("S4", "Deploying and managing staff", "C4", "SR2"),
    ("S5", "Coaching, mentoring and training colleagues", "C4", "SR2"),
    ("S6", "Reviewing provision with colleagues for school self-evaluation", "C6", "Sold as seen"),
    ("S7", "Pupils in planning and reviewing their provision", "-", "Excluded from sale"),
    ("S8", "Partnership with parents and carers", "C5", "SR3"),
    ("S9", "Partnership with other services and voluntary organisations", "-", "SR3"),
]
it = table(doc, inv, header_fill="123B2E")
for c in it.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(inv):
    if row[0] == "K8":
        cell_change(it.cell(i, 3), "SR3", "Sold as seen", AU, "2008-07-03T14:30:00Z")
    if row[3] in ("Sold as seen", "Excluded from sale"):
        shade(it.cell(i, 3), "F2F2F2")

# ------------------------------------------------------------ notice
h("Important Notice")
para("Kyme Lock Brokerage for itself and for the vendor gives notice that these particulars are set out as a "
     "general outline only for the guidance of intending purchasers and do not form part of any offer or "
     "contract. Measurements, credits and dates are given in good faith. Purchasers should satisfy themselves "
     "by viewing.", italic=True, size=8.5)
para("Particulars signed for the Trust: Dr R. Elsdon, Master Instructor; M. Quayle, Yard Manager. 4 July 2008.",
     size=9)

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(str(out))
print("wrote", out)
