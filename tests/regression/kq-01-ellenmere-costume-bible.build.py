"""kq-01-ellenmere-costume-bible: build script.

Provider (invented): Ellenmere Ballet, Education Department (a national ballet
company), with the University of Castlereach validating. Application for approval
to run the 2008-09 National Award for SEN Coordination, March 2009.

Document kind and layout: the course written as the Wardrobe Department's
"Costume Bible" for a production (Production 47). No heading styles: titles are
bold capitalised Normal paragraphs. A title-block table with merged, shaded cells;
a shaded note to the panel; a glossary table ("How to read this Bible") that maps
the wardrobe's terms onto the course (Principals = participants, Ballet Masters =
tutors, Dressers = school-based mentors, Scenes = study days, Fittings = the four
marked assessments, Measurements = the starting audit, Cutting List = individual
training plan). A Running Order of twelve Scenes in three Acts with merged Act
rows. A "Costume Plot" (the outcomes) with columns "Made in | Fitted at", whose
values "Toile only", "Hired", "Cut" and "-" are defined only in the sentences
above the table. A text box "From Front of House" (stakeholder evidence). Two Word
comments, two footnotes, a tracked insertion and a whole deleted paragraph. Page
header and footer.

Traps (requirement ids):
- Footer says "all Principals CRB-cleared"; a footer is never evidence. The body's
  only CRB sentence is about Company staff and Dressers, not candidates; a comment
  asks whether Principals are checked (5.3 not_met).
- "Quick Change" (assessment-only) belongs to past productions of the old
  Certificate, "withdrawn in 2007"; a paragraph offering it to experienced SENCOs is
  a deleted tracked change (2.3 not_met).
- Prior study is "noted" on the measurement sheet and "taken into account" when
  the Cutting List is drawn up, but "no credit is given" (2.1 partially_met).
- Research named only in a general way: "the latest thinking" and "current
  research" without naming any (1.3 partially_met).
- One opening in September, fixed order; a tracked insertion adds a weekday repeat
  at the northern base (inserted text counts): two venues and days only
  (3.2 partially_met).
- "The Call Board" (online area) sets an online pre-Scene unit, so 3.3 applies; it
  "has no discussion forum" and is "not staffed by the Ballet Masters": support
  between Scenes comes from Dressers and email, no peer support online
  (3.3 partially_met).
- Stakeholders shaped the design (text box survey, the Design Team) (4.1, 4.2 met),
  but their part from now on is as Dressers and guest speakers; asking parents
  and schools to evaluate is something "we would like" to do (4.3 partially_met).
- Specialist expertise from guest speakers, but "Principals do not undertake
  placements" (5.5 partially_met).
- Dressers "receive a copy of this Bible" and nothing else; no briefing or
  training (5.7 partially_met).
- Confidence self-rating before and after, and Fitting 4 requires baseline and end
  measures for the pupils, so 5.9 is met although a later sentence only "expects"
  achievement to rise (5.9 met: a trap the other way).
- Scene 1 names SEN law but not disability equality law, so C10 "Hired" is the
  only place disability equality law appears (6.K3 not_met).
- Further study: an MA leaflet at the last Scene, no targets (2.5 partially_met).
- The Costume Plot: "Toile only" = developed, tried, feedback, not marked (6.A3,
  6.A7, 6.K9 partially_met); "-" in "Made in" = fitted but made in no Scene
  (6.S2d partially_met); "Hired" = another company's course, Northway Dance
  Theatre's disability equality day (6.K3 not_met); "Cut" = not in this
  production (6.S2c not_met).
- The pass rule requires the four Fittings, but Toile-only costumes are never
  fitted (6.0, 1.9 partially_met).
- A comment suggesting the time-management costume be fitted at Fitting 4 "next
  year" is not evidence (6.A3 stays partially_met).
- A footnote gives the module code (E.2 is met in the body anyway).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kq_helpers import (Footnotes, add_del, add_ins, deleted_para, header_footer, new_doc,  # noqa: E402
                         para, set_cell, shade, table, text_box, typed_heading)
from docx.shared import Pt  # noqa: E402

OUT = Path(__file__).with_name("kq-01-ellenmere-costume-bible.docx")
d = new_doc("Garamond", 11)
fn = Footnotes(d)
header_footer(d, "ELLENMERE BALLET  |  WARDROBE DEPARTMENT  |  PRODUCTION 47  |  COSTUME BIBLE rev. C",
              "Costume Bible rev. C, printed 2 March 2009. All Principals CRB-cleared. Not for circulation outside the Company.")

# ---------------------------------------------------------------- title block
t = d.add_table(rows=9, cols=2)
t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 1))
set_cell(a, "COSTUME BIBLE\nProduction 47: The National Award for SEN Coordination", bold=True, size=14)
shade(a, "1F1F3D")
for r in a.paragraphs:
    for run in r.runs:
        run.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
rows = [
    ("Company", "Ellenmere Ballet, Education Department, with the University of Castlereach, School of Education"),
    ("Season", "2009-10. First night (Scene 1): Saturday 19 September 2009. Last night (Scene 12): Saturday 26 June 2010"),
    ("Choreographer", "Dr Miriam Oduya, Head of Education (Programme Leader)"),
    ("Ballet Masters", "Helen Strachan and David Okafor (course tutors); Ruth Imrie (University of Castlereach link tutor)"),
    ("Wardrobe Master", "Tom Ashdown, Education Administrator"),
    ("Validating house", "The University of Castlereach validates the Production as its Postgraduate Certificate in Special Educational Needs Coordination."),
    ("Credit", "60 credits at Master's level (Level 7)"),
    ("Studios", "Linton Street rehearsal studios, Ellenmere (Saturdays); Scarrow House, Hexby (see Running Order)"),
]
for i, (k, v) in enumerate(rows, start=1):
    set_cell(t.cell(i, 0), k, bold=True, size=10)
    shade(t.cell(i, 0), "D9D9E8")
    set_cell(t.cell(i, 1), v, size=10)
fn.ref(t.cell(7, 1).paragraphs[0], "University module code EDU7-SN60; one 60-credit module, validated 11 February 2009.")

d.add_paragraph()
p = para(d, "This is the Bible our Wardrobe and Education staff work from for the new Production. We send it to the "
            "panel as it stands rather than rewriting it into a form. Our terms are explained in the key on the next "
            "page; everywhere else the Bible uses them without explanation, as the workroom does.",
         bold_lead="Note to the panel.", italic=True)
p.paragraph_format.left_indent = Pt(18)

# ---------------------------------------------------------------- key
typed_heading(d, "How to read this Bible")
para(d, "A costume bible records, for every character, what is made, by whom, when it is fitted and what state it is in "
        "on the first night. We use the same book for the Production. In it:")
table(d, [
    ("Our word", "What it means in this Production"),
    ("The Production", "The course for the National Award for SEN Coordination, run by the Education Department and validated by the University of Castlereach."),
    ("Principal", "A participant: a teacher who is, or is about to become, the SENCO of a school in the region."),
    ("Ballet Master", "A course tutor. Our two Ballet Masters plan and teach the Scenes and mark the Fittings."),
    ("Dresser", "A school-based mentor: an experienced SENCO from a neighbouring school, one for each Principal, who visits the Principal in school once a month between Scenes."),
    ("Scene", "A study day. There are twelve Scenes in three Acts."),
    ("Rehearsal Room", "The Principal's own school, where the tasks set at each Scene are carried out."),
    ("Measurements", "The starting audit each Principal completes before Scene 1."),
    ("Cutting List", "The Principal's individual training plan, drawn up from the Measurements."),
    ("Costume", "One thing a Principal must be able to do by the end: our name for an outcome."),
    ("Fitting", "A marked assessment. There are four Fittings."),
    ("Toile", "A mock-up in calico. See the key to the Costume Plot."),
    ("Notes session", "The meeting after each Act where the Production is reviewed and changed."),
], size=9.5)

# ---------------------------------------------------------------- brief
typed_heading(d, "The Designer's Brief")
para(d, "Every costume in a production serves the dancer who wears it and the story the audience sees. The story of "
        "this Production is about the children and young people with special educational needs and disabilities in "
        "our Principals' schools. Its aim is that those pupils achieve more and are safer, healthier and happier in "
        "school because their SENCO leads provision for them better. We mean achievement in the sense of all five "
        "Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive "
        "contribution and achieving economic well-being, not test results alone.")
para(d, "So the objectives of every Scene are written as changes a Principal makes for pupils, and every Fitting asks "
        "for evidence of what changed for named pupils in the Rehearsal Room. Fitting 4 in particular is judged on "
        "the difference the Principal's project made to the progress and well-being of a group of pupils, measured "
        "against a baseline the Principal takes before the project starts.")
para(d, "The Production is built on work in schools. At every Scene the Ballet Masters set a Rehearsal Room task "
        "that the Principal carries out in school before the next Scene: observing a lesson, auditing a policy, "
        "meeting a family, running a review with a pupil. The task is planned with the Dresser and brought back to the "
        "next Scene, where Principals compare what happened in their schools. By the last night each Principal has led "
        "a change in provision in their own school and evaluated it: that is Fitting 4.")
p = para(d, "The Production draws on the latest thinking about special educational needs and disability, and the "
            "Ballet Masters keep the reading list in step with current research.")

# ---------------------------------------------------------------- measurements
typed_heading(d, "Measurements: before the first night")
para(d, "Nobody is cast in the Production without Measurements. Applications open in April. An applicant sends the "
        "Company's application form with a statement from the headteacher confirming that the applicant holds "
        "Qualified Teacher Status, is in post as SENCO or will take up the post by September 2009, and will be "
        "released for all twelve Scenes. Every applicant is then interviewed by a Ballet Master and the University "
        "link tutor, who go through a short written task on a case study of a pupil. The interview is used to judge "
        "whether the applicant has the knowledge and experience to benefit from the Production and reach every "
        "Costume by the last night. Where an applicant is not yet ready, the Ballet Master writes to the applicant "
        "and the headteacher with advice on what to do first (for example, a term shadowing the school's current "
        "SENCO or the local authority's induction sessions) and invites a fresh application the following year.",
     bold_lead="Casting.")
p = para(d, "All Company staff and all Dressers who work in schools or with children on the Company's behalf hold a "
            "current enhanced CRB disclosure, renewed every three years and recorded by the Wardrobe Master.",
         bold_lead="Clearances.")
d.add_comment(p.runs[-1], text="Do we check the Principals themselves, or leave it to their schools? Needs an answer before this goes. T.A.",
              author="Tom Ashdown", initials="TA")
para(d, "Each Principal completes the Measurements in the four weeks before Scene 1. It is a self-assessment against "
        "every Costume on the Plot, on a four-point scale from \"never done this\" to \"could teach it to others\", with "
        "a line of evidence for each rating. The Dresser reads it with the Principal and adds comments. At Scene 1 "
        "the Ballet Master meets each Principal for twenty minutes and they draw up the Cutting List together: the "
        "Costumes that need most work, the Scenes and readings to concentrate on, the Rehearsal Room tasks to "
        "choose, and the Principal's own version of the outcomes for their school. The Cutting List is reviewed at "
        "the Notes session after each Act.",
     bold_lead="The measurement sheet.")
para(d, "A Principal who has already studied special educational needs, for example on a specialist certificate or an "
        "earlier module, lists it on the measurement sheet. Prior study is noted there and taken into account when "
        "the Cutting List is drawn up, so that the Principal spends less time on what is already known. No credit "
        "is given for it against the Production's 60 credits.",
     bold_lead="Earlier training.")
para(d, "The application form asks every applicant whether they have a disability or a health condition that the "
        "Company should know about, and says why we ask. Anyone who tells us is offered a conversation with the "
        "Company's access officer before the interview, and adjustments are agreed and written on the Cutting List: "
        "papers in large print or in electronic form ahead of each Scene, a BSL interpreter or a palantypist, rest "
        "breaks, a reserved space in the car park, extra time or a different format for a Fitting (a recorded "
        "presentation in place of a written piece, for example). Both studios have step-free access, a hearing loop "
        "and an accessible toilet. Our publicity for the Production says what adjustments we make and gives the "
        "access officer's direct number. The same adjustments follow the Principal into any Fitting, and the "
        "University's disability service confirms those for assessment. The Ballet Masters have taken the Company's "
        "disability equality training, and the Production itself is planned so that disabled Principals and "
        "disabled pupils are seen in its materials and case studies.",
     bold_lead="Access and alterations.")

# ---------------------------------------------------------------- running order
typed_heading(d, "Running Order")
p = para(d, "The Production opens once a year, in September, and the Scenes run in the order printed. Scenes are held "
            "on Saturdays at Linton Street, 9.30 to 4.00, ")
add_ins(p, "or on the Thursday repeat of the same Scene at Scarrow House, Hexby, for Principals in the north of the region, ",
        author="Miriam Oduya")
p.add_run("and a Principal may move between the two from Scene to Scene.")
add_ins(p, " A Principal who misses a Scene catches up from the Scene pack and with the Dresser.", author="Miriam Oduya")

ro = d.add_table(rows=16, cols=3)
ro.style = "Table Grid"
for j, h in enumerate(("Scene", "Date (Sat)", "What happens")):
    set_cell(ro.cell(0, j), h, bold=True, size=9.5)
    shade(ro.cell(0, j), "BFBFBF")
scenes = [
    ("ACT ONE: THE ROLE", None, None),
    ("1", "19 Sep 2009", "Overture. The SENCO's role and the law: the SEN Code of Practice 2001, the Education Act 1996, the Children Act 2004 and Every Child Matters. Drawing up the Cutting List. Rehearsal Room: the Principal writes a one-page account of how the school meets its duties."),
    ("2", "10 Oct 2009", "The SENCO's week. Time, priorities and what to hand on to others; a diary exercise. Rehearsal Room: the Principal keeps a fortnight's log."),
    ("3", "7 Nov 2009", "What we know works. Reading research and inspection reports critically; the Ballet Masters' reading list. Rehearsal Room: a short review of one intervention used in the school."),
    ("4", "28 Nov 2009", "Pupils and families. Listening to pupils, including those with little or no speech; pupil-led reviews; working with parents and carers as partners; a parent from the Company's family forum speaks. Rehearsal Room: the Principal runs one review led by the pupil and meets the pupil's family."),
    ("ACT TWO: THE PUPILS", None, None),
    ("5", "16 Jan 2010", "How children develop, and what gets in the way. The most common kinds of need: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autism, moderate learning difficulties. A speech and language therapist and a clinical psychologist lead the afternoon."),
    ("6", "6 Feb 2010", "Identifying needs, setting targets, planning and reviewing interventions; approaches and resources for teaching, including ICT and assistive technology. Rehearsal Room: an individual plan for one pupil."),
    ("7", "6 Mar 2010", "Data. Using national test and teacher assessment data to track progress and change programmes; using reports from educational psychologists, therapists and advisory teachers in planning; provision mapping and finding gaps."),
    ("8", "27 Mar 2010", "Beyond the school. Health, social care and the voluntary sector; how to get specialist support; the local authority's services described by its own officers."),
    ("ACT THREE: THE SCHOOL", None, None),
    ("9", "1 May 2010", "Leading. Working with the headteacher and governors on policy, priorities and budget; deploying and managing teaching assistants; winning colleagues' commitment."),
    ("10", "22 May 2010", "Developing others and evaluating provision: observing, coaching, leading training; reviewing provision with colleagues to feed the school's self-evaluation and improvement plan."),
    ("11", "12 Jun 2010", "Dress rehearsal. Principals present their Fitting 4 projects in draft to each other and to the Ballet Masters."),
    ("12", "26 Jun 2010", "Last night. Presentations, the Company's Notes session and a look at what comes next."),
]
for i, (a_, b_, c_) in enumerate(scenes, start=1):
    if b_ is None:
        m = ro.cell(i, 0).merge(ro.cell(i, 2))
        set_cell(m, a_, bold=True, size=9.5)
        shade(m, "E8E0F0")
    else:
        set_cell(ro.cell(i, 0), a_, size=9.5)
        set_cell(ro.cell(i, 1), b_, size=9.5)
        set_cell(ro.cell(i, 2), c_, size=9.5)
para(d, "Between Scenes the Dresser visits the Principal in school once a month for an hour to plan and talk through "
        "the Rehearsal Room task, and the Ballet Masters answer questions by telephone and email within two working "
        "days.")
para(d, "Principals also use the Call Board, the Production's page on the University's Blackboard site, where the "
        "Wardrobe Master posts the Scene packs, readings and notices and sets each Scene's online pre-Scene unit "
        "(about two hours of reading and short tasks, done at home before the Scene). The Call Board has no "
        "discussion forum and is not staffed by the Ballet Masters; questions go to the Ballet Masters by email.")

# ---------------------------------------------------------------- costume plot
typed_heading(d, "The Costume Plot")
para(d, "The Plot lists every Costume in the Production: the national outcomes for SENCOs in our words. The column "
        "headed Made in gives the Scene where the Costume is made, that is, where it is taught and practised. The "
        "column headed Fitted at gives the Fitting where it is checked on the Principal and marked against the "
        "Fitting's criteria.")
para(d, "Some entries are not Fittings. Toile only means the Costume is made in the Scene shown and tried on as a "
        "calico mock-up: the Principal practises it and the Ballet Master gives spoken feedback, but it is never "
        "marked. Hired means the Costume is not made or fitted by us at all: Principals borrow it by attending "
        "another company's day, and we take it as it comes. Cut means the Costume is not in this Production. A dash "
        "in the Made in column means no Scene makes the Costume.")
plot = [
    ("No.", "Costume: by the last night the Principal can ...", "Made in", "Fitted at"),
    ("C1", "build fair, respectful and constructive relationships with pupils with SEN and disabilities and with their families", "Scene 4", "Fitting 2"),
    ("C2", "win the commitment of colleagues, the headteacher and senior leaders to better outcomes for these pupils", "Scene 9", "Fitting 4"),
    ("C3", "put first things first, manage the SENCO's time and hand tasks on to others, checking they are done", "Scene 2", "Toile only"),
    ("C4", "see problems coming, solve them and make sound, well-founded decisions about provision", "Scene 6", "Fitting 3"),
    ("C5", "speak and write clearly, and listen to and understand what others think", "Scene 1", "Fitting 1"),
    ("C6", "use research evidence and outside advice to improve their own and colleagues' teaching", "Scene 3", "Fitting 1"),
    ("C7", "keep up to date and take charge of their own professional development in SEN and disability", "Scene 12", "Toile only"),
    ("C8", "apply the law and guidance on SEN, including the Code of Practice, in their own school", "Scene 1", "Fitting 1"),
    ("C9", "explain the principles and five outcomes of Every Child Matters and the SENCO's part in them", "Scene 1", "Fitting 1"),
    ("C10", "act on the law on disability equality and what it requires of the school", "Hired", "Hired"),
    ("C11", "explain how children develop and how needs, disabilities and surroundings affect development", "Scene 5", "Fitting 2"),
    ("C12", "recognise the commonest kinds of SEN and disability and how each affects learning", "Scene 5", "Fitting 2"),
    ("C13", "judge critically the approaches, strategies and resources, ICT included, for assessing, planning and teaching", "Scene 6", "Fitting 3"),
    ("C14", "use the principles of school self-evaluation to improve outcomes for pupils with SEN", "Scene 10", "Fitting 4"),
    ("C15", "describe best practice and what research has found about meeting special needs", "Scene 3", "Fitting 1"),
    ("C16", "know what outside agencies do and how to get specialist help and resources", "Scene 8", "Toile only"),
    ("C17", "with senior leaders and governors, shape the school's inclusive ethos, policies, priorities and use of resources", "Scene 9", "Fitting 4"),
    ("C18", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "Scene 6", "Fitting 3"),
    ("C19", "use the assessments of other professionals to shape teaching", "Scene 7", "Fitting 3"),
    ("C20", "use summative assessment and national tests to track progress and change programmes", "Scene 7", "Fitting 3"),
    ("C21", "encourage colleagues to use formative assessment, with approaches for pupils with SEN", "Cut", "Cut"),
    ("C22", "arrange in good time the access arrangements pupils need for national tests and examinations", "-", "Fitting 3"),
    ("C23", "map and manage provision and find what is missing or not working", "Scene 7", "Fitting 3"),
    ("C24", "deploy and manage teaching assistants and other staff well", "Scene 9", "Fitting 4"),
    ("C25", "support colleagues' development by observation and feedback, modelling, coaching and training", "Scene 10", "Fitting 4"),
    ("C26", "review with colleagues how well provision works, to feed the school's self-evaluation", "Scene 10", "Fitting 4"),
    ("C27", "make sure pupils take part in planning, agreeing and reviewing their own provision", "Scene 4", "Fitting 2"),
    ("C28", "work with parents and carers to support their child's learning and development", "Scene 4", "Fitting 2"),
    ("C29", "work in partnership with other services and agencies, voluntary organisations included", "Scene 8", "Fitting 2"),
]
pt = table(d, plot, size=9)
for i in range(1, len(plot)):
    if plot[i][3] in ("Toile only", "Hired", "Cut"):
        shade(pt.cell(i, 3), "F2F2F2")
c3 = [r for r in pt.cell(3, 3).paragraphs[0].runs][0]
d.add_comment(c3, text="Could we fit C3 at Fitting 4 next year? The diary log would do it. H.S.",
              author="Helen Strachan", initials="HS")
para(d, "C10 is hired from Northway Dance Theatre, whose learning team runs a day on the disability equality duty for "
        "SENCOs each spring. Our Principals are given a place on it free of charge if they wish.")

# ---------------------------------------------------------------- fittings
typed_heading(d, "Fittings")
para(d, "A Fitting is where a Costume is checked on the Principal. Each is marked by a Ballet Master against written "
        "criteria that name the Costumes it fits, and graded pass, refer or fail.")
table(d, [
    ("Fitting", "Due", "What the Principal brings", "Costumes fitted"),
    ("Fitting 1", "After Scene 3", "A 2,500-word account of the school's SEN policy and practice set against the law, the Code of Practice and Every Child Matters, with a critical review of research on one area of practice.", "C5, C6, C8, C9, C15"),
    ("Fitting 2", "After Scene 5", "A case study of one pupil (3,000 words): the pupil's development and needs, a review led by the pupil, work with the family and with other agencies.", "C1, C11, C12, C27, C28, C29"),
    ("Fitting 3", "After Scene 8", "A provision file for a group of pupils: identification, targets, plans, tracking data, professionals' reports, the school's provision map, access arrangements for tests, with a 1,500-word commentary.", "C4, C13, C18, C19, C20, C22, C23"),
    ("Fitting 4", "Scene 12", "A change project led in the school, with baseline and end measures for the pupils, presented to the Company and a school governor, and a 3,000-word evaluation.", "C2, C14, C17, C24, C25, C26"),
], size=9)
para(d, "A Principal takes the final call, and is put forward to the University for the Award, only when all four "
        "Fittings have been passed. A referred Fitting may be resubmitted once, within six weeks.")
para(d, "Every Fitting is marked by one Ballet Master and second-marked by the other; where they differ by a grade "
        "the University link tutor adjudicates. A sample of every Fitting, and every fail, goes to the University's "
        "external examiner, who attends the University's board of examiners in July. Before each round of marking "
        "the two Ballet Masters and the link tutor mark three pieces together to agree the standard, and the "
        "University's programme board moderates the results across its SEN programmes.")

# ---------------------------------------------------------------- workroom
typed_heading(d, "The Workroom")
table(d, [
    ("Name", "Role", "Background"),
    ("Dr Miriam Oduya", "Choreographer (Programme Leader)", "Former SENCO and head of a special school; EdD on inclusion in the arts; leads the Company's schools work and sits on the local authority's SEN strategy group."),
    ("Helen Strachan", "Ballet Master", "MA in Special and Inclusive Education; SENCO in two secondary schools for nine years; accredited specialist teacher (dyslexia); still teaches one day a week in a special school."),
    ("David Okafor", "Ballet Master", "Advisory teacher for autism for six years; MA in Autism; National Professional Qualification for Headship."),
    ("Ruth Imrie", "University link tutor", "Senior lecturer in inclusive education, University of Castlereach; external examiner for two other SEN programmes."),
], size=9)
para(d, "The Ballet Masters attend the University's SEN research seminars and one national SEN conference a year, "
        "paid for by the Company.")
para(d, "Afternoons of Scene 5 and Scene 8 are led by specialists: a speech and language therapist and a clinical "
        "psychologist from the children's trust, the local authority's educational psychologists, a social worker "
        "from the disabled children's team and the director of the county's parent partnership service. Principals "
        "do not undertake placements in other schools or services; the Rehearsal Room is their own school.",
     bold_lead="Guest artists.")
para(d, "Principals borrow from the University of Castlereach library in person and online, with full access to "
        "its electronic journals, and from the Company's own Resource Room at Linton Street, which holds assessment "
        "materials, intervention programmes, a loan collection of assistive technology (text-to-speech software, "
        "switches, communication aids) and two laptops set up with it. Every Scene pack is printed and posted to the "
        "Call Board.",
     bold_lead="Stock.")
para(d, "Every Dresser receives a copy of this Bible at the start of the season.", bold_lead="Dressers.")

# ---------------------------------------------------------------- notes sessions
typed_heading(d, "Notes Sessions")
para(d, "At the end of every Scene each Principal fills in a short evaluation of the day. After each Act the "
        "Choreographer holds a Notes session with the Ballet Masters and the link tutor, which reads those "
        "evaluations and the Fitting results, and decides "
        "what to change for the next Act; the decisions are written into the back of this Bible. The external "
        "examiner's annual report and the University's annual monitoring review are read at the July Notes "
        "session, and the changes agreed there are made before the next season opens.")
para(d, "Each Principal rates their confidence against every Costume on the measurement sheet at the start and again "
        "at Scene 12, and the two ratings are compared, Costume by Costume, for the whole company of Principals. We "
        "expect the Production to raise the achievement of pupils in the Principals' schools.")
text_box(d, "FROM FRONT OF HOUSE", [
    "Before we designed the Production we asked the people it is for. In spring 2008 the Company surveyed 140 SENCOs "
    "and headteachers in the three local authorities of the region (96 replied) and held two evening meetings with "
    "the authorities' inclusion officers and the parent partnership service.",
    "They told us that new SENCOs most needed help with data and provision mapping, with leading colleagues and with "
    "working with families; that Saturday study suited schools better than weekdays; and that heads wanted to see the "
    "school-based work. Scenes 4, 7 and 9 and the governor at Fitting 4 come from those answers.",
    "Two inclusion officers and a parent partnership officer then sat on the Production's Design Team through 2008; "
    "at their request Scene 8 was rewritten so that local authority officers present their own services.",
], height_pt=190)
para(d, "Schools and families take part in the Production now as Dressers, as guest speakers and as the governor at "
        "each Fitting 4. We would like schools and parents to join the Notes sessions and evaluate the Production in "
        "future seasons.")

# ---------------------------------------------------------------- previous productions
typed_heading(d, "Previous Productions")
para(d, "The Company ran an unaccredited Certificate for SENCOs from 2003 to 2008. In the 2005 and 2006 productions of "
        "that Certificate an experienced teacher could go straight to a final fitting, which we called the Quick "
        "Change. The Quick Change was withdrawn in 2007 and is not offered in this Production.")
deleted_para(d, "Principals who have held a SENCO post for two years or more may ask for a Quick Change straight to "
                "Fitting 4, with the Fittings 1 to 3 portfolio presented at the same time.", author="Miriam Oduya")

# ---------------------------------------------------------------- after the last night
typed_heading(d, "After the Last Night")
p = para(d, "At Scene 12 every Principal is given the University's leaflet on its MA in Inclusive Education, into "
            "which the Production's 60 credits transfer.")
fn.ref(p, "The MA leaflet for 2010-11 is in preparation.")
para(d, "Costs. The Production costs £1,450 per Principal, which includes all twelve Scenes, Scene packs, the "
        "Dresser's visits and University registration. Schools in the region that sent a Principal in 2008 told us "
        "this was less than the cost of the supply cover they would otherwise have bought for a university course "
        "of the same length, and Saturday Scenes need no cover at all. The Cutting List means no Principal sits "
        "through a Scene they do not need: a Principal whose Measurements show a Costume is already secure is "
        "excused that Scene's morning and spends it on the Rehearsal Room task, with the Dresser.")
para(d, "Signed for the Company: Dr Miriam Oduya, Head of Education. For the University of Castlereach: Professor Ian "
        "Pettifer, Dean of Education. 2 March 2009.", italic=True)

fn.finish()
d.save(OUT)
print("wrote", OUT)
