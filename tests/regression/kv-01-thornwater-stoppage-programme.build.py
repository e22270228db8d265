"""kv-01-thornwater-stoppage-programme

Provider (invented): Thornwater Waterways and Reservoirs Trust, through its Millbeck Reservoir Water
Sports and Outdoor Education Centre, with the University of Harnsworth (validating). The course is the
"Millbeck Certificate in SEN Coordination" (the National Award for SEN Coordination), 2008-09.

Document kind and layout: the Trust's Winter Stoppage Programme, "Notice to Boaters No. 14/08", the notice
a navigation authority issues each autumn listing the planned closures of locks and reaches for winter
works. The Trust's education team writes its course in that form. No heading styles: titles are bold
CAPITALISED Normal paragraphs with typed numbering ("3. HOW TO READ THIS PROGRAMME"). A title block table
with merged cells and shading. Vocabulary: participants are "Boaters", tutors "Lengthsmen", school-based
mentors "Lock Keepers", study days "Stoppages" ST/01-ST/10, school-based tasks "Pound Work", marked
assessments "Lock Inspections" LI1-LI3, the moderation board the "Engineers' Panel", the impact project
the "Lock Renewal Project". The outcomes sit in a "Lock Gate Schedule" table (Ref | Works, in our words |
Worked on Stoppage | Signed off at) with merged, shaded group rows (A, K, S). Its "Signed off at" values are
defined in section 3, far above it: "LI1"-"LI3" (marked), "Towpath open only" (worked on but not marked),
"Inspection only" (looked at, not marked: formative), "Deferred to 2009-10" (not offered this season).
E-learning ("Water Levels online") is described only in a text box. Header and footer. One tracked
deletion, one tracked insertion, one Word comment.

Traps (requirement ids):
- Aims speak of attainment and progress only; well-being appears nowhere in the aims (1.1 partially_met).
- Outcomes with "Towpath open only" or "Inspection only" are not assessed: A3, A5, K4, K7, S2c, S2d, S7
  (partially_met); "Deferred to 2009-10" rows K3 and S2b are not offered (not_met). So 1.9 is only
  partially met.
- Pupil consultation is worked on in ST/06 though not marked (1.5 met; 6.S7 partially_met).
- Condition Survey against the outcomes is only used "to get to know the group": no individual plan
  (2.2 partially_met).
- "The Trust does not offer an assessment-only route" (2.3 not_met, negation).
- Next steps only "encouraged to think about" (2.5 partially_met).
- Water Levels online, in a text box: tutor replies and ICT, but "no tutorial support between
  Stoppages" (3.3 partially_met).
- Stakeholders' part in evaluation was a pilot arrangement; for 2008-09 they "will be invited to comment"
  (4.3 partially_met; past arrangement and vague intention). 4.1 and 4.2 are met by the 2008 survey and
  the steering group's changes.
- The CRB sentence on Boaters is a tracked deletion; what remains puts disclosures on schools ("a matter
  for their employing schools") and checks only Lock Keepers (5.3 not_met: deletion, someone else's
  responsibility, wrong people). The footer's CRB claim is not evidence.
- Specialist speakers named, but placements only "can sometimes be arranged"; a comment asks whether to
  promise them (5.5 partially_met; the comment is not evidence).
- Lock Keepers only "receive a copy of this Programme" (5.7 partially_met); Lengthsmen are briefed.
- Impact on participants and pupils is only hoped for (5.9 not_met).
- Award is on passing the three Lock Inspections, not on showing every outcome (6.0 partially_met).
- The January start is a tracked insertion (3.2 met, the insertion counts).
- K7: "self-evaluation" appears in the row, but only "Inspection only" (partially_met).
"""
from pathlib import Path
import docx
from docx.shared import Pt
from _kv_helpers import (para, runs, table, merged_row, shade, set_cell, header_footer, text_box,
                         add_del, add_ins, inserted_paragraph)

HERE = Path(__file__).parent
NAME = "kv-01-thornwater-stoppage-programme"
doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

header_footer(doc, "Thornwater Waterways and Reservoirs Trust  |  Winter Stoppage Programme 2008-09  |  Notice to Boaters No. 14/08",
              "All Boaters are CRB checked and every Lock Inspection is moderated. Thornwater W&RT is a registered charity. Page")


def title(t):
    para(doc, t, bold=True, size=11)


def p(t):
    return para(doc, t)


para(doc, "THORNWATER WATERWAYS AND RESERVOIRS TRUST", bold=True, size=14, align="center")
para(doc, "Millbeck Reservoir Water Sports and Outdoor Education Centre", bold=True, size=11, align="center")
para(doc, "WINTER STOPPAGE PROGRAMME 2008-09: THE MILLBECK CERTIFICATE IN SEN COORDINATION", bold=True, size=12, align="center")

tb = table(doc, [
    ["Notice to Boaters No.", "14/08", "Issued", "22 September 2008"],
    ["Navigation", "The Millbeck Certificate in SEN Coordination (National Award for SEN Coordination)", "", ""],
    ["Validated by", "University of Harnsworth, School of Education", "Credits", "60 at Master's level (M)"],
    ["Enquiries", "Education Office, Millbeck Boathouse, Reservoir Road, Millbeck", "Season", "October 2008 to July 2009"],
], header=False)
tb.cell(1, 1).merge(tb.cell(1, 3))
set_cell(tb.cell(1, 1), "The Millbeck Certificate in SEN Coordination (National Award for SEN Coordination)", size=9)
for r in range(4):
    shade(tb.cell(r, 0), "DDEBF7")
p("")

title("NOTICE TO BOATERS AND TOWPATH USERS")
p("Every autumn the Trust publishes its Winter Stoppage Programme: the list of locks and reaches that will be "
  "closed for works between October and March, with dates, diversions and the name of the Lengthsman in charge. "
  "Boaters on our reservoirs and the Thornwater Navigation know the format well, and our education team has "
  "used it since the Millbeck Certificate was piloted in 2007-08. This Notice is the Trust's application to the "
  "Training and Development Agency for Schools to run the National Award for SEN Coordination from January 2009, "
  "with the University of Harnsworth.")
p("The Millbeck Certificate is a postgraduate certificate of the University of Harnsworth. The University "
  "validated the programme at its validation event of 2 July 2008 as a 60-credit award at Master's level (M "
  "level), and the University's Board of Examiners confers the award. Credit gained can be carried into the "
  "University's MA in Inclusive Education. The Trust's Education Manager, Ruth Ashworth, is the programme leader; "
  "the University's link tutor is Dr Owen Pellow.")
p("Throughout this Notice the people taking part in the Certificate are called Boaters, the Trust's tutors are "
  "Lengthsmen, the school-based mentors are Lock Keepers and each study day is a Stoppage. We are aware that "
  "this is unusual. It is how the Centre talks, and the SENCOs on the pilot adopted it within a week.")

title("1. WHAT THE WORKS ARE FOR")
p("A stoppage is never an end in itself: the lock is closed so that boats can pass more safely afterwards. In "
  "the same way, the purpose of the Millbeck Certificate is that pupils with special educational needs and "
  "disabilities in Boaters' schools make better progress. The programme aims to raise the attainment and "
  "progress of pupils with SEN and disabilities by giving SENCOs the knowledge, skills and authority to lead "
  "provision in their schools. Its objectives are that each Boater can lead the identification, assessment "
  "and review of pupils with SEN; can lead and develop colleagues; and can use data on attainment to show "
  "where provision is and is not working. Every Stoppage, every piece of Pound Work and every Lock Inspection "
  "is tied to these objectives and to the outcomes in the Lock Gate Schedule (section 7).")

title("2. WHO MAY NAVIGATE")
p("2.1 Entry. The Certificate is open to qualified teachers with QTS who are, or are about to become, the SENCO "
  "of a maintained school or academy in the region. Each applicant sends an application form, a supporting "
  "letter from the headteacher confirming the SENCO role and the time the school will release, and a short "
  "statement on the school's SEN provision. Lengthsmen interview every applicant by telephone against the "
  "entry criteria (QTS, current or intended SENCO role, at least two years' teaching, and enough knowledge "
  "of the Code of Practice to follow ST/01); applicants who do not yet meet them are advised on the Trust's "
  "SEN short courses first and offered a place the following season.")
cr = p("2.2 Checks. ")
add_del(cr, "The Trust checks each Boater's enhanced CRB disclosure at enrolment and records its number and date "
        "on the Boater's file. ")
runs(cr, [("Boaters' CRB disclosures are a matter for their employing schools, and the Trust does not see them. "
           "Every Lock Keeper who visits a school on the Trust's behalf holds an enhanced CRB disclosure obtained "
           "through the Trust.", "")])
p("2.3 Prior learning. Boaters who hold Master's-level credit in SEN from another institution, or who can show "
  "equivalent learning from experience, may claim up to 20 credits through the University of Harnsworth's "
  "Accreditation of Prior (Experiential) Learning procedure. The claim is made on the University's APL form, "
  "with a portfolio mapped against the Lock Gate Schedule, and is assessed by the link tutor and a "
  "Lengthsman before the first Lock Inspection; a successful claim exempts the Boater from LI1.")
p("2.4 The Condition Survey. Before ST/01 every Boater completes the Condition Survey: a self-audit in which "
  "they rate their confidence against each row of the Lock Gate Schedule. The Lengthsmen read the surveys "
  "before the first Stoppage and use them to get to know the group and to pitch the early Stoppages.")
p("2.5 Assessment-only. The Trust does not offer an assessment-only route. Every Boater works the full "
  "season of Stoppages.")
p("2.6 Access. The Millbeck Boathouse teaching room is on the ground floor with level access from the car park "
  "and an accessible pontoon; it has an induction loop. Boaters are asked on the application form about any "
  "disability or need, and the Education Manager agrees adjustments with each Boater before ST/01: materials "
  "in large print or electronic form, a note-taker, rest breaks, and, through the University's Disability "
  "Service, extra time or another format for Lock Inspections. The Trust's Disability Equality Scheme applies "
  "to the Certificate and is reviewed each season.")

title("3. HOW TO READ THIS PROGRAMME")
p("The programme is set out as the Trust sets out any stoppage programme. Section 4 lists the ten Stoppages "
  "with their dates, place and works. Section 5 describes the Pound Work done in school between Stoppages. "
  "Section 6 describes the three Lock Inspections, which are the marked assessments of the Certificate. "
  "Section 7, the Lock Gate Schedule, lists every outcome a Boater works towards, the Stoppage on which it is "
  "worked, and where it is signed off.")
p("In the column \"Signed off at\", LI1, LI2 or LI3 names the Lock Inspection at which the outcome is marked "
  "against the University's criteria. \"Towpath open only\" means the outcome is worked on at that Stoppage "
  "but is not marked at any Lock Inspection. \"Inspection only\" means a Lengthsman looks at the Boater's work "
  "on it and gives written comment, but it is not marked and does not count towards the award. \"Deferred to "
  "2009-10\" means the works are not carried out this season.")

title("4. THE STOPPAGES")
p("All Stoppages run from 9.30 to 4.00 at the Millbeck Boathouse unless shown otherwise. The January start "
  "(see section 10) works the same Stoppages in the order ST/01, ST/02, ST/04, ST/03, ST/05 to ST/10.")
stops = [
    ["Ref", "Dates", "Reach", "Works", "Lengthsman in charge"],
    ["ST/01", "9 Oct 2008", "Lock 1, Millbeck Top", "The law and the Code: the SEN Code of Practice (2001), the SEN and Disability Act 2001, "
     "the Disability Discrimination Act 2005 and the 2008 SENCO regulations; Every Child Matters and where the SENCO sits in it.", "Ruth Ashworth"],
    ["ST/02", "6 Nov 2008", "Lock 2, Hagg Wood", "Evidence and inspection: Ofsted's Inclusion: does it matter where pupils are taught? (2006), "
     "the Bercow Review of services for children with speech, language and communication needs (2008), and "
     "how to read a research paper critically.", "Dr Owen Pellow"],
    ["ST/03", "4 Dec 2008", "Lock 3, Scar Foot", "The common kinds of need: dyslexia and specific learning difficulties, speech, language and "
     "communication needs, autistic spectrum disorders, moderate learning difficulties, and behavioural, emotional and "
     "social difficulties; child development and how need and environment shape it.", "Helen Brigg"],
    ["ST/04", "15 Jan 2009", "Lock 4, Low Mill", "Assessment and planning: identifying need, setting targets, using the reports of "
     "educational psychologists and therapists, interventions and review; approaches and resources including ICT.", "Helen Brigg"],
    ["ST/05", "12 Feb 2009", "Lock 5, the Dam Reach", "Provision mapping and management; finding provision that is missing or "
     "not working; deploying teaching assistants.", "Ruth Ashworth"],
    ["ST/06", "12 Mar 2009", "Lock 6, Cold Edge", "Pupils' voices: consulting children and young people about their provision, "
     "person-centred reviews, and involving pupils in setting and reviewing their targets.", "Mark Tennant"],
    ["ST/07", "23 Apr 2009", "Lock 7, Ferry Bridge", "Working with parents and carers: meeting skills, difficult conversations, and the "
     "local Parent Partnership Service, which leads part of the day.", "Mark Tennant"],
    ["ST/08", "21 May 2009", "Lock 8, the Basin", "Working with colleagues and other services: coaching, leading training, "
     "multi-agency work with health, social care and voluntary organisations.", "Dr Owen Pellow"],
    ["ST/09", "18 Jun 2009", "Lock 9, Gauge House", "Leading the inclusive school: the SENCO with the head, governors and senior team; "
     "strategic planning and budgets; self-evaluation.", "Ruth Ashworth"],
    ["ST/10", "9 Jul 2009", "Lock 10, Millbeck Foot", "Lock Renewal Project presentations and the Lock Inspection 3 viva.", "All Lengthsmen"],
]
table(doc, stops, size=8)
p("")
p("Stoppages are practical days. At each one Boaters bring evidence from their own school, work through case "
  "studies drawn from local schools, and plan the Pound Work for the following weeks. ST/08 is held jointly "
  "with the Trust's outdoor education staff, who lead a half day on the water on communication and "
  "teamwork in mixed groups.")
p("ST/06 is built around a pupil panel: four young people from Thornwater Special School and two mainstream "
  "secondary schools, with their teachers, talk with Boaters about what helps and what does not, and Boaters "
  "then practise running a short person-centred review with a partner, using the Trust's own review cards. "
  "ST/09 includes a mock governors' meeting in which each Boater presents a case for a change in SEN spending "
  "and takes questions from two serving governors, and a session in which Boaters work through a model "
  "school self-evaluation form for the section on pupils with SEN. The day at ST/03 uses video of pupils "
  "at different ages and stages, filmed with parents' consent in partner schools, and a visiting "
  "paediatric occupational therapist.")

text_box(doc, [
    "WATER LEVELS ONLINE",
    "Water Levels is the Certificate's area on the University of Harnsworth's virtual learning environment. "
    "Each Stoppage's slides, readings and case studies are posted there the day before. Each Stoppage has a "
    "discussion board on which Boaters post a short reflection within a week, and a Lengthsman replies to every "
    "post. Lock Inspections are submitted through Water Levels. There is no tutorial support between Stoppages, "
    "as the Lengthsmen are on the water from April; Boaters are asked to save questions for the next Stoppage.",
])
p("")

title("5. POUND WORK BETWEEN STOPPAGES")
p("The stretch of water between two locks is a pound, and the work a Boater does in school between Stoppages is "
  "Pound Work. Each Stoppage ends with a Pound Work task to be carried out in the Boater's own school before the "
  "next: for example, after ST/04 the Boater reviews the targets of three pupils with the class teachers, and "
  "after ST/05 the Boater builds or revises the school's provision map. The tasks are chosen so that the "
  "Boater practises in school the outcomes worked on at the Stoppage, and the Boater's Lock Keeper, a senior "
  "colleague in the school or an experienced SENCO nearby, discusses each task with the Boater.")
p("The largest piece of Pound Work is the Lock Renewal Project. From January each Boater plans and leads a "
  "change to SEN provision in their own school, agreed with the headteacher, and gathers evidence of the "
  "difference it makes to pupils and to colleagues' practice. The project is reported at LI3 and presented "
  "at ST/10, so every Boater leaves the Certificate having changed something in their school.")
p("Pound Work tasks in 2008-09 are: after ST/01, an audit of the school's SEN policy against the Code of "
  "Practice; after ST/02, a short review of one piece of research against the school's practice; after "
  "ST/03, a profile of one pupil's needs drawing on the class teacher's and parents' views; after ST/04 and "
  "ST/05, the target reviews and provision map described above; after ST/06, a pupil consultation carried "
  "out with one pupil or a small group; after ST/07, a planned meeting with a parent, written up; after "
  "ST/08, a coaching conversation with a teaching assistant or teacher; and after ST/09, a short paper to "
  "the headteacher on the next year's SEN priorities. Boaters keep their Pound Work in a Pound Book, which "
  "they bring to each Stoppage and from which the evidence for LI2 and LI3 is drawn.")

title("6. LOCK INSPECTIONS")
p("LI1 (January): a 3,000-word critical essay on the law, policy and research that bears on one area of the "
  "Boater's provision. LI2 (April): a case file on two pupils, with the assessments, targets, plans, "
  "records of meetings with parents and other services, and a reflective commentary. LI3 (July): the Lock "
  "Renewal Project report of 4,000 words and a 20-minute viva at ST/10. Each Inspection is marked by a "
  "Lengthsman against the University's M-level criteria for the outcomes the Lock Gate Schedule assigns to it.")
p("All LI1 and LI2 scripts are second-marked blind by another Lengthsman, and the Engineers' Panel, "
  "which includes Dr Pellow and one Lengthsman from the Trust's partner centre at Grisedale, meets after "
  "each Inspection to moderate a sample of scripts across all marks and agree the marks. The University's "
  "external examiner sees a sample of every Inspection and all fails, and reports to the Board of Examiners.")
p("The Millbeck Certificate is awarded to every Boater who passes all three Lock Inspections. A Boater who "
  "fails an Inspection may resubmit once.")

title("7. LOCK GATE SCHEDULE")
p("The Schedule sets out, in the Trust's words, each outcome the Boater works towards; the column \"Signed "
  "off at\" is read as explained in section 3.")
rows = [["Ref", "Works (in our words)", "Worked on Stoppage", "Signed off at"]]
groups = [
    ("A. HOW THE BOATER WORKS WITH PEOPLE", [
        ("A1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and with their families", "ST/06, ST/07", "LI2"),
        ("A2", "Wins the commitment of colleagues, the headteacher and the senior team to the work", "ST/09", "LI3"),
        ("A3", "Sets priorities, manages the SENCO's time and delegates sensibly", "ST/05", "Towpath open only"),
        ("A4", "Sees problems coming, resolves them and makes sound judgements about provision", "ST/05, ST/09", "LI3"),
        ("A5", "Speaks and writes clearly, and listens to and understands other people's views", "ST/07, ST/08", "Inspection only"),
        ("A6", "Uses research and outside advice to improve their own and colleagues' practice", "ST/02", "LI1"),
        ("A7", "Keeps up to date and takes charge of their own professional development in SEN", "ST/02", "LI1"),
    ]),
    ("K. WHAT THE BOATER KNOWS", [
        ("K1", "The law and guidance on SEN, including the Code of Practice, what they mean for the school and how to apply them", "ST/01", "LI1"),
        ("K2", "Every Child Matters: its principles and five outcomes, and the SENCO's part in them", "ST/01", "LI1"),
        ("K3", "Disability equality law and the duties it places on schools", "-", "Deferred to 2009-10"),
        ("K4", "How children develop, and how need, disability and surroundings affect development", "ST/03", "Towpath open only"),
        ("K5", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each affects learning", "ST/03", "LI2"),
        ("K6", "A critical grasp of approaches and resources for assessment, planning, teaching and learning, including ICT", "ST/04", "LI2"),
        ("K7", "How school self-evaluation and improvement work for the outcomes of pupils with SEN", "ST/09", "Inspection only"),
        ("K8", "What works best in meeting SEN, and what research says", "ST/02", "LI1"),
        ("K9", "What outside agencies do and how to get specialist help and resources from them", "ST/08", "LI2"),
    ]),
    ("S. WHAT THE BOATER CAN DO", [
        ("S1", "Works with senior leaders and governors to shape an inclusive ethos, policies, priorities and budgets", "ST/09", "LI3"),
        ("S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "ST/04", "LI2"),
        ("S2a", "Uses assessments from psychologists, therapists and other professionals to shape teaching", "ST/04", "LI2"),
        ("S2b", "Uses summative data, including national tests, to track progress and change programmes", "-", "Deferred to 2009-10"),
        ("S2c", "Helps other teachers build formative assessment that works for pupils with SEN", "ST/04", "Towpath open only"),
        ("S2d", "Arranges access arrangements for national tests and examinations in good time", "ST/04", "Inspection only"),
        ("S3", "Uses provision mapping and management to find provision that is missing or not working", "ST/05", "LI3"),
        ("S4", "Deploys and manages teaching assistants and other staff well", "ST/05", "LI3"),
        ("S5", "Develops colleagues through observation and feedback, modelling, coaching, mentoring and training", "ST/08", "LI3"),
        ("S6", "Reviews with colleagues how well provision works, feeding the school's self-evaluation", "ST/09", "LI3"),
        ("S7", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision", "ST/06", "Towpath open only"),
        ("S8", "Works well with parents and carers", "ST/07", "LI2"),
        ("S9", "Works in partnership with other services and agencies, voluntary ones included", "ST/08", "LI2"),
    ]),
]
layout = []
for g, items in groups:
    layout.append(("group", g))
    rows.append(["", "", "", ""])
    for it in items:
        layout.append(("row", it))
        rows.append(list(it))
t = table(doc, rows, size=8)
for i, (kind, val) in enumerate(layout, start=1):
    if kind == "group":
        merged_row(t, i, val, size=8)
p("")

title("8. STAFF ON THE NAVIGATION")
p("Lengthsmen. Ruth Ashworth (Education Manager) was SENCO of a large comprehensive for nine years and holds an "
  "MA in Special and Inclusive Education; Helen Brigg is a specialist teacher of pupils with specific learning "
  "difficulties (AMBDA) and was a local authority SEN adviser until 2007; Mark Tennant is a former head of a "
  "primary special school and holds the NPQH; Dr Owen Pellow is senior lecturer in inclusive education at the "
  "University and researches SENCO leadership. Each Lengthsman teaches on at least one local authority SEN "
  "network each year and attends the University's annual inclusion research seminar.")
sp = p("Specialists. The local authority's educational psychology service, a speech and language therapist from "
       "the primary care trust and the Parent Partnership Service each contribute to a Stoppage. Visits to "
       "Thornwater Special School and the Hagg Wood resourced provision can sometimes be arranged for Boaters "
       "who ask, when the schools can take visitors.")
doc.add_comment(sp.runs[0], text="Can we promise every Boater a placement day here? Grisedale does. - RA",
                author="Ruth Ashworth", initials="RA")
p("Resources. Boaters have full borrowing rights at the University library and its e-journals, and use the "
  "Millbeck Boathouse resource room, which holds the Trust's collection of SEN assessment materials, "
  "software for literacy and numeracy support, text-to-speech and speech-recognition software on four "
  "laptops, and a set of communication aids on loan from the local authority's ICT in SEN service.")
p("Roles. Lengthsmen are briefed each September by the programme leader and the link tutor on the Lock Gate "
  "Schedule, the marking criteria and the Trust's procedures, and hold a copy of the University's "
  "Programme Handbook. Lock Keepers receive a copy of this Programme.")

title("9. CONSULTATION AND REVIEW")
p("Before the pilot, the Trust surveyed the SENCOs and headteachers of 112 schools in the three local "
  "authorities around the reservoirs in spring 2007 (64 replied) and held two meetings with the authorities' "
  "SEN teams. Headteachers asked above all for a course that would give SENCOs the standing to lead "
  "colleagues and for teaching close to school; SENCOs asked for help with provision mapping and with "
  "parents. Both are built in: ST/05, ST/07 and ST/09 and the Lock Renewal Project are the result.")
p("A steering group of four headteachers, two local authority SEN officers and a parent from the Parent "
  "Partnership Service met three times during the pilot. On its advice the Trust moved the Stoppage on "
  "provision mapping earlier, from May to February, and added the parents' session led by the Parent "
  "Partnership Service.")
p("During the pilot (2007-08) two headteachers sat on the end-of-season review. For 2008-09, schools, "
  "the local authorities and parents will be invited to comment on the Certificate.")
p("Each Stoppage is evaluated by Boaters on the Trust's standard course evaluation form, and the Lengthsmen "
  "meet after each Stoppage to review the forms and change the next one. The University's annual monitoring "
  "report, the external examiner's report and the Engineers' Panel's moderation record are reviewed at the "
  "Trust's education committee each autumn, and the changes agreed are recorded in the next season's "
  "programme: after the pilot, for example, LI2 was shortened and the provision mapping Stoppage moved.")
p("As for the effect of the Certificate, we hope that, in time, the works will show in the confidence of "
  "Boaters and in the progress of pupils in their schools.")
p("At the last Stoppage Boaters are encouraged to think about their next cruise, whether further study at "
  "the University or another role in school.")
p("The fee is £1,150, which includes all Stoppages, materials and University registration; it is set "
  "below the University's standard rate for 60 credits because the Trust provides the teaching rooms. Each "
  "Boater's Lengthsman meets them individually after each Lock Inspection to set targets for the next, so "
  "that the season is shaped to the Boater's own school and needs, and successful Boaters can carry the "
  "60 credits into the MA in Inclusive Education.")

title("10. STARTS AND DIVERSIONS")
d = p("The Certificate runs part time over a school year, with ten Stoppages, Pound Work in school and the "
      "materials on Water Levels online, so that Boaters study both face to face and online. ")
add_ins(d, "A second cohort starts in January 2009 and works the Stoppages in the order shown in section 4, "
        "finishing in December 2009. ", author="Ruth Ashworth", date="2008-09-19T16:40:00Z")
runs(d, [("A Boater who misses a Stoppage through illness may work it with the next cohort.", "")])
p("Boaters with questions about this Notice should contact the Education Office at the Millbeck Boathouse.")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
