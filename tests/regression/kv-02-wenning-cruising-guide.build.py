"""kv-02-wenning-cruising-guide

Provider (invented): Wenning Vale Waterways Trust, through its Cauldwell Reservoirs Watersports and Outdoor
Centre, with the University of Eskdale (validating). The course is "The Cauldwell Certificate: National Award
for SEN Coordination", first cohort September 2009 (application made in 2008-09).

Document kind and layout: a boaters' cruising guide ("The Cauldwell Navigation: a Cruising Guide for Helms,
2009-10 edition"), the mile-by-mile gazetteer a waterway trust sells to boaters. Heading styles (Heading 1 for
parts, Heading 2 for each gazetteer entry "Mile 4 - Lock 3, Scarth Lock"). A distance table with a merged header
row and merged "Summit pound" cells. A key in "Using this Guide" defines the bracketed markers placed after each
outcome in the gazetteer: "[Gauged: G1]" to "[Gauged: G3]" (marked at that Gauging), "[Not gauged]" (worked on
but never marked), "[Practice gauging only]" (tried and commented on, not marked). Vocabulary: participants
"Helms", tutors "Pilots", school-based mentors "Lock-keepers", study days "Locks" 1-12, school tasks "Pounds",
tutorials "Tie-ups", marked assessments "Gaugings" G1-G3, the impact project the "Restoration Project", the
stakeholder group the "Navigation Committee". Footnotes part (two footnotes), one Word comment, one tracked
insertion, placeholders "[level TBC]" and "[date TBC]". Header and footer. No e-learning (3.3 not_applicable).

Traps (requirement ids):
- Credit level left as a placeholder: "60 credits at [level TBC]" (E.2 partially_met).
- Research only in general terms ("draws on the latest research and inspection findings"), nothing named
  (1.3 partially_met).
- "[Not gauged]" outcomes A2, S6, S8 and "[Practice gauging only]" outcomes K2, K9 are developed but not
  assessed (partially_met); S2d appears only in the description of G2, taught at no Lock (partially_met,
  assessed but not covered); 1.9 partially_met.
- Time management and delegation (A3) appear nowhere (not_met).
- K7: "self-evaluation" at Lock 11 is the Centre's own self-evaluation for its adventure activities licence
  inspection, not school self-evaluation (not_met, right words about the wrong thing).
- "Prior learning cannot be counted" (2.1 not_met, negation).
- The assessment-only route is the neighbouring Lunesdale Canal Trust's, under "Other Waters" (2.3 not_met,
  another provider's arrangement).
- Equality in general terms only: the Trust's policy "applies to everyone" (3.1 partially_met).
- One September start, Locks in a fixed order, face to face only; only re-joining next season (3.2
  partially_met). "no part of the Certificate is taught online" (3.3 not_applicable).
- Entry on being a serving SENCO, places "in order of application" (5.2 partially_met).
- Placements at Beckside School were a past arrangement under "The Old Line" ("Until 2007"); only
  specialist speakers now (5.5 partially_met).
- "There is no second marking"; the external examiner "will be appointed"; a comment proposes second
  marking (5.8 partially_met; the comment is not evidence).
- Confidence questionnaire before and after, but "we do not at present measure" pupils' progress (5.9
  partially_met).
- Award on attendance at ten Locks and handing in three Gaugings (6.0 not_met).
- CRB: the Trust itself checks each Helm's enhanced disclosure (5.3 met, a trap that is not one).
- The Navigation Committee's part in evaluation is a tracked insertion (4.3 met: insertions count).
- Footnotes carry a staff qualification and the University's monitoring (5.4, 5.1 met already in the body).
"""
from pathlib import Path
import docx
from docx.shared import Pt
from _kv_helpers import (para, runs, table, merged_row, shade, set_cell, header_footer, Footnotes,
                         add_ins, inserted_paragraph)

HERE = Path(__file__).parent
NAME = "kv-02-wenning-cruising-guide"
doc = docx.Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10)
fn = Footnotes(doc)
header_footer(doc, "The Cauldwell Navigation: a Cruising Guide for Helms, 2009-10 edition",
              "Wenning Vale Waterways Trust. Every Helm who completes the passage has met all the national outcomes.")


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def p(t):
    return para(doc, t)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


doc.add_heading("The Cauldwell Navigation", level=0)
para(doc, "A Cruising Guide for Helms, 2009-10 edition", bold=True, size=13)
para(doc, "The Cauldwell Certificate: National Award for SEN Coordination. Wenning Vale Waterways Trust, "
     "Cauldwell Reservoirs Watersports and Outdoor Centre, with the University of Eskdale.", italic=True)

h1("Before You Cast Off")
p("Wenning Vale Waterways Trust looks after forty-one miles of canal, the river navigation from Wenning Bridge "
  "to the sea lock and the four Cauldwell reservoirs. Its Watersports and Outdoor Centre at Cauldwell has "
  "taught canoeing, sailing and outdoor education to the region's schools for twenty-two years, and its "
  "education team has run SEN courses for teachers and teaching assistants since 2001. This Guide is the "
  "Trust's application to the Training and Development Agency for Schools to offer the National Award for SEN "
  "Coordination, and it is also the handbook each Helm will carry.")
p("We have written it as we write every guide to our waters: a mile-by-mile gazetteer of the passage, with "
  "the Locks where Helms study together, the Pounds between them where the work is done in school, and the "
  "three Gaugings at which the Helm's progress is measured. The Helms are the SENCOs taking the Certificate; "
  "their Pilots are the Trust's tutors; their Lock-keepers are the mentors in their own schools.")
p("The Cauldwell Certificate is validated by the University of Eskdale, which awards it as a postgraduate "
  "certificate carrying 60 credits at [level TBC]. The University's Faculty of Education approved the "
  "programme in principle at its planning committee in November 2008, and the validation event is set for "
  "March 2009. Credits count towards the University's MA in Education (Inclusion).")

h2("The purpose of the passage")
p("The Certificate exists so that children and young people with special educational needs and disabilities "
  "do better: that they achieve more, and that they are healthy, safe, enjoy and achieve, make a positive "
  "contribution and reach economic well-being, as Every Child Matters puts it. Its aims are that each Helm "
  "leads provision that raises the achievement and improves the well-being of pupils with SEN and "
  "disabilities in their school; that the Helm's colleagues teach those pupils better; and that the school's "
  "policies and spending serve them. Every Lock and every Gauging in this Guide serves those aims: the "
  "gazetteer names, after each thing a Helm learns, where it is gauged.")
p("The Guide draws on the latest research and inspection findings, and the Pilots keep it under review "
  "each season.")

h2("Using this Guide")
p("The gazetteer runs from Mile 0 at Cauldwell Basin to Mile 24 at the Sea Lock. Each entry names a Lock (a "
  "study day at the Centre or at a host school), what the Helm learns there and the Pound (the task in the "
  "Helm's own school) that follows it. After each thing the Helm learns, a marker in square brackets says "
  "where it is measured. [Gauged: G1], [Gauged: G2] or [Gauged: G3] names the Gauging at which it is marked "
  "against the University's criteria. [Not gauged] means it is worked on at that Lock but not marked at "
  "any Gauging. [Practice gauging only] means the Helm tries it out and the Pilot comments in writing, but "
  "it is not marked and does not count towards the Certificate.")

dist = [["Passage", "", "Miles", "Locks", "Time"],
        ["From", "To", "", "", ""],
        ["Cauldwell Basin (Mile 0)", "Scarth Lock (Mile 4)", "4", "1-3", "September to October"],
        ["Scarth Lock", "Summit pound", "6", "4-6", "November to January"],
        ["Summit pound", "", "3", "7", "January"],
        ["Summit pound", "Holme Flight (Mile 19)", "6", "8-10", "February to April"],
        ["Holme Flight", "Sea Lock (Mile 24)", "5", "11-12", "May to July"]]
t = table(doc, dist, size=9)
a = t.cell(0, 0).merge(t.cell(0, 1))
set_cell(a, "Passage", bold=True, size=9)
for c in (2, 3, 4):
    m = t.cell(0, c).merge(t.cell(1, c))
    set_cell(m, dist[0][c], bold=True, size=9)
s = t.cell(4, 0).merge(t.cell(4, 1))
set_cell(s, "Summit pound (Restoration Project planning)", size=9)
for c in range(5):
    shade(t.cell(1, c), "D9D9D9")
p("")

h2("Moorings and hours")
p("Locks run from 9.30 to 3.30. Locks 1 to 5, 7, 9, 11 and 12 are held in the Centre's lakeside teaching "
  "room at Cauldwell, which looks over the second reservoir; Locks 6, 8 and 10 are held at host schools "
  "(Cauldwell High, Tarnside Primary and Holme Bank Special School), so that Helms see provision in schools "
  "other than their own and hear from the staff who run it. Lunch is provided. The Centre's car park is "
  "signed from the A-road at Cauldwell Bridge; Helms coming by train are met at Wenning station on request. "
  "Where a Lock falls on a day when the reservoirs are in use for school expeditions, the teaching room is "
  "still reserved for the Certificate.")
p("Between Locks, Helms can reach their Pilot by telephone or email in term time, and each Pilot replies "
  "within three working days. The passage is planned so that no Pound asks more than about six hours of a "
  "Helm's time in school, agreed in advance with the headteacher as part of the release the school "
  "promises on the application.")

h1("Who May Take the Helm")
p("The Certificate is for serving SENCOs in the region's primary, secondary and special schools. Places are "
  "allocated in order of application, up to eighteen a season, and each application carries the "
  "headteacher's signature agreeing the time the school will release. Prior learning cannot be counted "
  "towards the Certificate: every Helm starts at Lock 1 and works the whole passage.")
p("Criminal records. At enrolment the Trust's education administrator sees each Helm's enhanced CRB "
  "disclosure certificate, records its number and date on the Helm's file, and asks for a new disclosure "
  "where the one shown is more than three years old. No Helm may attend a Lock held at a host school until "
  "this has been done.")
p("The Trust's equal opportunities policy applies to everyone who uses the navigation, and we welcome Helms "
  "with disabilities.")
p("Pre-cruise Survey. In the July before the passage each Helm meets their Pilot for the Pre-cruise Survey: "
  "the Helm rates their knowledge and practice against every outcome in the gazetteer, with evidence from "
  "their school, and the Pilot and Helm agree a Passage Plan. The Passage Plan names the outcomes on which "
  "the Helm most needs to work, the Locks and Pounds where extra reading or tasks are set, and two or three "
  "personal outcomes of the Helm's own. It is reviewed at every Tie-up (a one-to-one tutorial with the "
  "Pilot, held after each Gauging) and revised as the Helm moves on, so that no two Helms make quite the same "
  "passage.")
p("Times and starts. The passage starts once a year, in September, and the Locks are worked in the order "
  "given here, all of them face to face at the Centre or at host schools. There is no online cruising on this "
  "navigation: no part of the Certificate is taught online. A Helm who must leave the water part way may "
  "re-join the following season at the Lock where they left.")
p("Fees. The fee is £1,050 for the passage, including University registration. The Trust's own SEN courses "
  "for teaching assistants share Locks 4 and 9, which keeps the fee down, and three bursaries are offered "
  "each season to small rural schools.")

h1("The Gazetteer")

entries = [
    ("Mile 0 - Lock 1, Cauldwell Basin", "The law and the Code of Practice. Helms work through the SEN Code "
     "of Practice (2001), the Education Act 1996 as amended by the SEN and Disability Act 2001, the 2008 "
     "regulations on the SENCO role and the local authority's guidance, and draft what each means for their "
     "own school.", ["The law and statutory guidance on SEN, what they mean for the school and how to put them into practice [Gauged: G1]"],
     "Pound 1: check the school's SEN policy against the Code of Practice and list what must change."),
    ("Mile 2 - Lock 2, Tarnside", "Every Child Matters. Helms take the five outcomes one by one and map what "
     "their school does for pupils with SEN under each, and the SENCO's part in the Children's Trust "
     "arrangements.", ["The principles and five outcomes of Every Child Matters and the SENCO's part in them [Practice gauging only]"],
     "Pound 2: a one-page map of the school's work for pupils with SEN under the five outcomes, returned to the Pilot for comment."),
    ("Mile 4 - Lock 3, Scarth Lock", "Disability equality. The Disability Discrimination Acts 1995 and 2005, "
     "the disability equality duty, accessibility plans and reasonable adjustments, led by the county's "
     "disability equality adviser.", ["The law on disability equality and what it requires of the school [Gauged: G1]"],
     "Pound 3: review the school's accessibility plan with the business manager."),
    ("Mile 6 - Lock 4, Beckfoot", "How children develop and the common kinds of need. Typical and atypical "
     "development from birth to nineteen; how SEN, disability and home and school surroundings affect it; "
     "dyslexia and specific learning difficulties, speech, language and communication needs, autistic "
     "spectrum disorders, moderate learning difficulties and behavioural, emotional and social difficulties, "
     "and how each affects learning.",
     ["How children develop and how SEN, disability and surroundings affect their development [Gauged: G2]",
      "The commonest kinds of SEN and disability and their effect on learning [Gauged: G2]"],
     "Pound 4: observe one pupil in three lessons and write a profile of need."),
    ("Mile 8 - Lock 5, Moss Cutting", "Research and keeping up to date. How to find, read and weigh research "
     "on SEN; what the evidence says about what works; outside advice from specialist services; planning the "
     "Helm's own professional development.",
     ["Uses research and outside advice to improve their own and colleagues' practice [Gauged: G1]",
      "Keeps up to date and takes responsibility for their own development in SEN and disability [Gauged: G1]",
      "Knows best practice and the outcomes of research in meeting SEN [Gauged: G1]"],
     "Pound 5: a short review of research on one intervention the school uses."),
    ("Mile 10 - Lock 6, Heron's Reach", "Pupils' voices. Consulting children and young people about what "
     "affects them; pupil-led reviews; helping pupils to set and judge their own targets. A group of pupils "
     "from Cauldwell High's resourced base joins the afternoon.",
     ["Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and their families [Gauged: G2]",
      "Makes sure pupils help to plan, agree, review and evaluate their own provision [Gauged: G2]"],
     "Pound 6: consult a small group of pupils about their support and act on one thing they say."),
    ("Mile 13 - Lock 7, the Summit", "Assessment, targets and planning. Identifying pupils who may have SEN; "
     "setting targets that stretch; planning interventions and reviewing progress; using the reports of "
     "educational psychologists, therapists and advisory teachers; using national test results, teacher "
     "assessment and other summative data to track progress and adjust programmes; helping colleagues use "
     "formative assessment with pupils with SEN; approaches, resources and ICT for teaching and learning.",
     ["Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress [Gauged: G2]",
      "Uses assessments from other professionals to shape teaching [Gauged: G2]",
      "Uses summative assessment, national tests included, to track progress and adjust programmes [Gauged: G2]",
      "Encourages other teachers to develop formative assessment suited to pupils with SEN [Gauged: G3]",
      "Critically understands approaches, strategies and resources, ICT included, for assessment, planning, teaching and learning [Gauged: G2]"],
     "Pound 7 (the summit pound): plan the Restoration Project with the headteacher."),
    ("Mile 15 - Lock 8, Ferryman's Lock", "Parents and carers. How to listen to parents, share information "
     "and plan with them; the annual review from the family's side; the Parent Partnership Service, whose "
     "officer co-leads the day, on what parents tell it.",
     ["Liaises effectively with parents and carers [Not gauged]",
      "Expresses themselves clearly in speech and writing and listens to other people's views [Gauged: G3]"],
     "Pound 8: plan, hold and write up a meeting with the parents of one pupil, with the Lock-keeper's comments."),
    ("Mile 17 - Lock 9, Holme Flight (top)", "Provision mapping. Mapping provision across the school, "
     "costing it and finding what is missing or is not working; deploying and managing teaching assistants; "
     "anticipating and resolving problems and making sound decisions on provision.",
     ["Uses provision mapping and management to find missing or ineffective provision [Gauged: G3]",
      "Deploys and manages staff effectively [Gauged: G3]",
      "Anticipates and resolves problems and makes well-founded decisions about provision [Gauged: G3]"],
     "Pound 9: draw up or revise the school's provision map."),
    ("Mile 19 - Lock 10, Holme Flight (foot)", "Colleagues and other services. Coaching and mentoring, "
     "observing and giving feedback, modelling and running staff training; the work of health, social care, "
     "the educational psychology service and voluntary organisations, and how to work in partnership with "
     "them. Helms advise one another in trios on real cases from their schools.",
     ["Supports colleagues' development through observation and feedback, modelling, coaching, mentoring and training [Gauged: G3]",
      "Works in partnership with other services and agencies, voluntary ones included [Gauged: G2]",
      "Knows the scope and role of outside agencies and how to get specialist support and resources [Practice gauging only]"],
     "Pound 10: lead a short training session for colleagues, observed by the Lock-keeper."),
    ("Mile 22 - Lock 11, Wenning Bridge", "Leading the school. The SENCO with the headteacher, senior team "
     "and governors: shaping an inclusive ethos, policies, priorities and the SEN budget; winning colleagues' "
     "commitment; reviewing with colleagues how well provision works. In the afternoon Helms see how the "
     "Centre carries out its own self-evaluation for its adventure activities licence inspection, and "
     "practise the Centre's self-evaluation form on a day on the water.",
     ["With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and resources [Gauged: G3]",
      "Gains the commitment of colleagues, the headteacher and senior leaders [Not gauged]",
      "Reviews with colleagues how well provision works [Not gauged]"],
     "Pound 11: present the SEN priorities for next year to the senior team."),
    ("Mile 24 - Lock 12, the Sea Lock [date TBC]", "Restoration Project presentations, the final Tie-up and "
     "the Onward Passage.", [], None),
]
for head, text, outs, pound in entries:
    h2(head)
    p(text)
    if outs:
        para(doc, "What the Helm learns here:", italic=True)
        bullets(outs)
    if pound:
        p(pound)
p("At the final Tie-up each Helm and their Pilot agree the Onward Passage: two or three professional "
  "targets for the following year, whether further study towards the MA, a role in the local SENCO network, "
  "or a leadership qualification, written down and sent, with the Helm's agreement, to their headteacher.")

h1("The Gaugings")
p("G1 (December): an essay of 3,000 words on the law, policy and research bearing on one aspect of the "
  "Helm's provision. G2 (March): a case file on two pupils, with assessments, targets, interventions, records "
  "of reviews, the access arrangements the Helm has made for national tests or examinations, and a "
  "commentary. G3 (July): the Restoration Project report of 4,000 words and a presentation at Lock 12.")
g = p("Each Gauging is marked by the Helm's own Pilot against the University's published criteria. There is no "
      "second marking. The University's external examiner will be appointed for the first cohort.")
doc.add_comment(g.runs[0], text="Could we say Pilots second-mark a sample from 2010? Not agreed yet. - JW",
                author="Jo Wharton", initials="JW")
p("Helms who attend at least ten of the twelve Locks and hand in all three Gaugings are awarded the "
  "Certificate.")
p("The Restoration Project is the heart of the passage. In the summit pound each Helm agrees with their "
  "headteacher one change to SEN provision that the school needs, plans it with the Pilot, leads it from "
  "February to June, and gathers evidence of its effect on pupils and on colleagues' practice. In this way "
  "every Helm makes a change in their own school by working towards the outcomes of the passage.")

h1("Crew and Lock-keepers")
pp = p("Pilots. The education team is led by Jo Wharton, who was SENCO of two secondary schools over twelve "
       "years and holds the MA in Special Educational Needs; Sam Denholme is a specialist teacher for "
       "autism with the county's outreach service, seconded to the Trust for two days a week; Dr Priya "
       "Nandy, reader in inclusive education at the University of Eskdale, teaches Locks 5 and 11.")
fn.add(pp, "Sam Denholme also holds the Advanced Diploma in Autism and sits on the county's autism strategy group.")
p("Every Pilot attends the county's SENCO network each term and the University's inclusion seminar series, "
  "and each spends at least two days a year in schools outside the Certificate.")
p("Lock-keepers. Each Helm's Lock-keeper is a senior colleague in their school, named on the application. "
  "Lock-keepers attend a half-day briefing at the Centre in September and receive the Lock-keepers' Notes, "
  "which set out what they do at each Pound, how to observe and comment on the Helm's practice, and how they "
  "contribute to G3. Pilots meet each month in term to plan Locks and agree their roles for the next.")
p("Specialists. An educational psychologist, a speech and language therapist and the Parent Partnership "
  "officer each co-lead a Lock, and the county's disability equality adviser leads Lock 3.")
p("Resources. Helms use the University's library and e-journals with full borrowing rights, and the Centre's "
  "resource room, which holds assessment materials, a collection of SEN reading, and assistive technology "
  "(text-to-speech, switch access and symbol software) that Helms can try and borrow.")

h1("The Old Line")
p("Until 2007 the Trust ran a shorter SEN course for teachers, and Helms on it spent a placement day at "
  "Beckside Special School and a day with the county's sensory support service. Beckside closed in the "
  "reorganisation of 2007 and those days were not replaced when the Certificate was designed.")

h1("Other Waters")
p("Helms sometimes ask about other courses on neighbouring waters. Our neighbours at the Lunesdale Canal "
  "Trust offer an assessment-only route for experienced SENCOs, who present a portfolio against the "
  "outcomes for assessment without attending. The Cauldwell Certificate has no equivalent.")

h1("Keeping the Navigation in Good Order")
p("In spring 2008 the Trust asked every school in the two local authorities it serves what a SENCO "
  "course should do (97 of 230 schools replied), and met both authorities' SEN teams and the county's "
  "parent partnership. Schools asked for help with provision mapping, with leading colleagues and with "
  "parents; the authorities asked for more on the new SENCO regulations and on working with other services. "
  "Locks 1, 8, 9 and 10 answer those requests.")
p("A Navigation Committee of three headteachers, a SENCO from a special school, an officer from each local "
  "authority and the Parent Partnership officer met twice in 2008 to shape the Certificate. On its advice "
  "the Trust added Lock 8 on parents, moved the Restoration Project planning into the summit pound and cut "
  "G1 from 5,000 words to 3,000.")
nc = p("")
add_ins(nc, "The Navigation Committee meets after each Gauging to read the Helms' Lock evaluations and the "
        "Pilots' summary, and each July reviews the season with two Helms and agrees the changes for the next; "
        "its members also sit on the Restoration Project presentations at Lock 12.",
        author="Jo Wharton", date="2009-01-12T10:05:00Z")
q = p("Helms complete an evaluation at every Lock, and the Pilots change the next Lock in the light of it. The "
      "University's annual monitoring of the programme and the Navigation Committee's July review lead to "
      "a written action plan each autumn.")
fn.add(q, "The University's annual monitoring report template is used, and the report goes to its Faculty "
       "Quality Committee.")
p("Helms complete a questionnaire on their confidence and competence against the outcomes at the Pre-cruise "
  "Survey and again at the final Tie-up, and the Pilots compare the two for each Helm and for the cohort. We "
  "do not at present measure the progress of pupils in Helms' schools.")
p("We hope Helms will enjoy the passage as much as our boaters enjoy these waters. Safe cruising.")

fn.finish()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
