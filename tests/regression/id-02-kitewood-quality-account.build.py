"""id-02-kitewood-quality-account

Provider (invented): The Kitewood Foundation, a national charity for children
with epilepsy and other long-term medical conditions, whose Education and
Schools Service advises schools, applying with the University of Carrisford
(School of Education) to run the National Award for SEN Coordination from
September 2009. Dated 23 January 2009.

Document kind: an NHS-style Quality Account. The Foundation's nurse service
has NHS contracts, so after High Quality Care for All (2008) it wrote a
Quality Account for its Education and Schools Service too, and sends the
extract as the application: Part 1 the Chief Executive's statement on
quality; Part 2 priorities for improvement 2009/10 (a summary table of three
priorities, two of them other services) with Priority 3 (the Award) set out
under the Quality Account headings "Why we chose this priority", "What we
will do", "How we will measure progress", "How progress will be monitored and
reported"; statements of assurance from the Board; Part 3 a review of
quality performance on last year's unaccredited pilot with an indicator
table (merged header cells); Part 4 "What others say about us" (statements by
the commissioner, the University and the Young People's Council); Annex A a
"Course at a glance" field table with merged cells; Annex B an outcome
assurance table with shaded, merged group rows. Heading styles for parts; a
shaded note to the panel; header and footer; a footnote; a Word comment; a
tracked deletion. Provider vocabulary: Seminar Days, Themes T1-T5, Kitewood
Learn, Learning Needs Review, seminar sets, the Practice Enquiry (PE),
Leadership Project (LP), Reflective Commentary (RC), Professional
Conversation (PC), the Direct Assessment route.

Traps (requirement ids):
- Chief Executive's values and hopes with no arrangement behind them
  ("We hope", "We believe"): nothing rests on them (3.1, 1.5 are judged on
  the arrangements elsewhere).
- Other services' arrangements: Priorities 1 and 2 (seizure-safe schools
  training, transition clinics) have their own flexible dates, evaluation
  panels and parent involvement; none of it is the Award's.
- Wrong context: enhanced CRB disclosures are held by "All Foundation staff
  and volunteers who work with children", not candidates (5.3 not_met).
- Past arrangements: the pilot's January intake and school visits by a
  Foundation mentor are past; the Award has "a single intake each September"
  and Themes in fixed order (3.2 partially_met: blended mode only).
- Negation and a deleted tracked change: "The Foundation does not offer
  progression planning"; a deleted sentence had a Next Steps session (2.5
  not_met).
- Learning Needs Review used only "to group participants into seminar
  sets", no individual plan or personalised outcomes (2.2 partially_met).
- Physical access and generic commitment only, no disclosure or adjustment
  to assessment (3.1 partially_met).
- Others' words: the commissioner "looks forward to" parents helping to
  evaluate the course; the Foundation's own text involves stakeholders in
  delivery only (4.3 partially_met).
- Moderation "will be agreed with the University" (5.8 partially_met; a
  comment asks to confirm it).
- Award on passing four components and 90 per cent attendance, with a
  blanket "covers all of the national outcomes" (6.0 partially_met; 1.9
  partially_met because the table shows outcomes not assessed).
- Annex B: "Seminar only" (6.K8, 6.S2c, 6.S6), developed but not assessed
  (6.A6), assessed but "not taught directly" (6.A5), "Formative only" (6.S3),
  a list of conditions that omits BESD, SLCN and MLD (6.K5 partially_met), no
  row for gaining colleagues' and the head's commitment (6.A2 not_met) or for
  using national test data to track progress (6.S2b not_met).
- Met despite appearances: the Direct Assessment route is offered (2.3); the
  pupil-impact measure sits in a "How we will measure progress" table (5.9).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _id_helpers import (new_doc, para, rich, shade, shade_para, table, cell_text,
                         header_footer, comment, footnote, tracked, save)

HERE = Path(__file__).parent
NAME = "id-02-kitewood-quality-account"
TEAL, LT, PALE = "00666B", "D5ECEC", "F2F2F2"

d = new_doc("Calibri", 11)
header_footer(d, "Kitewood Foundation  ·  Quality Account 2008/09  ·  Education and Schools Service",
              "Approved by the Board of Trustees, 21 January 2009")

para(d, ("The Kitewood Foundation", "bL"), align="c", space_after=2)
para(d, ("Children living with epilepsy and long-term medical conditions", "i"), align="c")
para(d, ("QUALITY ACCOUNT 2008/09", "bL"), align="c", space_after=2)
para(d, ("Education and Schools Service", "b"), align="c", space_after=10)
p = para(d, ("For the TDA approval panel. ", "b"),
         "This is the Quality Account of our Education and Schools Service, sent as our application to run the "
         "National Award for SEN Coordination with the University of Carrisford. Priority 3 is the Award. Annex A "
         "gives the course at a glance and Annex B shows where each national outcome is developed and assessed. "
         "Priorities 1 and 2 belong to our other schools work and are not part of the Award.")
shade_para(p, "E2EFDA")
p = para(d, "Contact: Simon Achebe, Director of Education, The Kitewood Foundation, 14 Orchard Row, Bristol.")

# ------------------------------------------------------------------ Part 1
d.add_heading("Part 1  Statement on quality from the Chief Executive", level=1)
p = para(d, "This is our first Quality Account. Our nurse service has written to NHS standards for many years, and "
            "after High Quality Care for All we decided that our education work should be held to the same standard "
            "of openness.")
footnote(d, p, "Department of Health, High Quality Care for All: NHS Next Stage Review final report (June 2008), "
               "which proposed that every provider of NHS care publish an annual Quality Account.")
para(d, "We believe that every child with epilepsy or a long-term condition has the right to learn alongside their "
        "friends, to be safe in school and to be heard. We believe in equality for disabled children and adults, "
        "and we are committed to being an organisation where everyone is welcome. We hope that every SENCO who "
        "takes the Award with us will come away determined to listen to children and to lead change in their school.")
para(d, "Quality for us means three things: safety, effectiveness and experience. Each of our priorities for "
        "2009/10 is described under those headings, with the measures we will use and how we will report them.")
para(d, "Children with long-term conditions miss more school than their classmates, and too many of them are "
        "judged by their absences rather than their abilities. The SENCO is often the one adult in school who can "
        "change that. That is why the Board made the Award one of its three priorities for the coming year, and why "
        "we have asked the University of Carrisford to hold us to its own standards as well as ours.")
para(d, "To the best of my knowledge the information in this Quality Account is accurate.")
para(d, ("Dr Fiona Latimer, Chief Executive", "i"))

# ------------------------------------------------------------------ Part 2
d.add_heading("Part 2  Priorities for improvement 2009/10", level=1)
para(d, "The Board of Trustees chose three priorities for the Education and Schools Service after consulting staff, "
        "families, schools and commissioners in autumn 2008.")
t = table(d, 4, 3, widths=[1.8, 6.5, 8.5])
for i, h in enumerate(["No.", "Priority", "Quality domain"]):
    cell_text(t.cell(0, i), (h, "bw"), fill=TEAL)
for r, row in enumerate([
        ("1", "Seizure-safe schools: first-aid training for school staff", "Safety"),
        ("2", "Transition clinics for young people moving to college", "Experience"),
        ("3", "The National Award for SEN Coordination, with the University of Carrisford", "Effectiveness, experience")], 1):
    for c, v in enumerate(row):
        cell_text(t.cell(r, c), v)
para(d, "")

d.add_heading("Priorities 1 and 2 in brief", level=2)
para(d, "Seizure-safe schools training runs on forty dates a year in every region, on weekdays, evenings and "
        "Saturdays, and a parents' panel evaluates every session. Transition clinics are planned with young people "
        "and their parents, who sit on the clinics' review group. In 2008/09 the "
        "seizure-safe course trained 3,140 staff in 820 schools; every trainer is observed once a year. The "
        "transition clinics began in three hospitals in 2008 and will run in six by March 2010. These two priorities "
        "are reported in the Foundation's main Quality Account and have their own measures, which are not repeated "
        "here.")

d.add_heading("Priority 3  The National Award for SEN Coordination", level=2)
d.add_heading("Why we chose this priority", level=3)
para(d, "Our education advice line answered 1,870 enquiries from schools in 2007/08. In October 2008 we surveyed "
        "212 SENCOs in 14 local authorities, held two focus groups with our Parents' Forum and one with our Young "
        "People's Council, and met SEN officers from five local authorities and two primary care trusts.")
para(d, "What they told us: SENCOs need to know the law and where the SENCO's duties end and the health service's "
        "begin (62 per cent); they struggle to get advice from health professionals in time (58 per cent); and they "
        "have no training in leading colleagues (49 per cent). Parents want SENCOs who plan with them, not for them. "
        "Young people want to be asked before decisions are made about them. Local authority officers want SENCOs "
        "who can map provision and show what it achieves.")
para(d, "The course reflects these needs: the law and the role in Theme 1, health and other services in Theme 3, "
        "families and young people in Theme 2, leading colleagues and mapping provision in Themes 4 and 5.")
para(d, "Stakeholders changed the course as we designed it. The Young People's Council read the draft Practice "
        "Enquiry and asked that every participant interview their focus pupils; that is now a requirement. The "
        "Parents' Forum asked for a session on hard conversations, which became the second half of Seminar Day 3. "
        "Local authority officers asked us to move provision mapping from an optional twilight into Theme 5. The "
        "primary care trusts asked that health staff teach the health session, and a community paediatrician now "
        "leads part of Seminar Day 4.")

d.add_heading("What we will do", level=3)
para(d, "With the University of Carrisford we will run a Postgraduate Certificate, the National Award for SEN "
        "Coordination, of 60 credits at Master's level. The University's validation panel approved the course on "
        "15 January 2009, and the Postgraduate Certificate is a University award.")
para(d, "The aim of the course is to raise the achievement and the well-being of children and young people with "
        "SEN and/or disabilities, including those with medical conditions, in all five Every Child Matters outcomes. "
        "Each assessed piece of work must show what changed for pupils: their learning, their attendance, their "
        "safety and their health in school.")
para(d, "The course has five Themes taught over eight Seminar Days at our Bristol centre and in Kitewood Learn, our "
        "online learning space:")
for line in [
    "Theme 1, The Role and the Law (Seminar Days 1 and 2): the Education Act 1996, the SEN Code of Practice, the SEN and "
    "Disability Act 2001, the Disability Discrimination Act 2005 and the Disability Equality Duty, the Children Act "
    "2004, Every Child Matters, Managing Medicines in Schools and Early Years Settings, and the 2008 SENCO regulations; "
    "recent research and inspection findings, including Ofsted's 2006 report on inclusion and the Bercow Review.",
    "Theme 2, Children and Families (Seminar Day 3): how children develop and how long-term conditions, disability and "
    "the school environment affect development; relationships with pupils and families; consulting children, using "
    "interviews, talking mats and drawing with pupils; advising parents and planning with them.",
    "Theme 3, Health and Other Services (Seminar Day 4): what community paediatricians, specialist nurses, therapists, "
    "educational psychologists and voluntary organisations do, how to get their help in time, and how to use their "
    "assessments in teaching.",
    "Theme 4, Teaching and Assessing (Seminar Days 5 and 6): identifying needs, setting targets, planning and "
    "reviewing interventions; approaches and resources for teaching, including ICT; formative assessment; access "
    "arrangements for tests and examinations.",
    "Theme 5, Leading Provision (Seminar Days 7 and 8): strategy and governors, provision mapping, managing support "
    "staff, coaching and training colleagues, school self-evaluation.",
]:
    para(d, "• " + line)
para(d, "Between Seminar Days participants work in their own schools on four assessed pieces: the Practice Enquiry "
        "(PE), a study of three focus pupils over two terms; the Leadership Project (LP), a change in provision the "
        "participant leads with colleagues; the Reflective Commentary (RC); and the Professional Conversation (PC), a "
        "40-minute recorded discussion with two tutors. Every piece is done in the participant's school and changes "
        "practice there: the LP must be agreed with the headteacher and its effect on practice reported.")
para(d, "Each participant spends one day at St Brannoc's Hospital School and one day in a paediatric epilepsy clinic "
        "with a Foundation nurse specialist, arranged by us and chosen to match their Practice Enquiry.")

d.add_heading("Who can take part", level=3)
para(d, "Applicants must hold QTS, be in a SENCO post or about to take one, and send a statement of their SEN "
        "experience with their head's signed support. A tutor interviews every applicant against published entry "
        "criteria. Applicants not yet ready are given a written plan of what to do first and we agree it with their "
        "head.")
para(d, "The entry criteria are published in the course leaflet and on our website, and the same two tutors score "
        "every interview so that decisions are consistent. Each applicant is told the outcome in writing within "
        "three weeks, with reasons if we cannot offer a place.")
para(d, "Before the course each participant completes a Learning Needs Review, rating themselves against every "
        "national outcome. The review is used to group participants into seminar sets of eight with similar needs.")
para(d, "Prior learning: the University accredits prior certificated learning and prior experiential learning "
        "(APCL and APEL) against up to 30 credits, assessed by a tutor against the outcomes. Exceptionally "
        "experienced candidates, such as specialist advisory teachers, may take the Direct Assessment route: they "
        "submit a portfolio mapped to every national outcome and take the Professional Conversation, without the "
        "taught course, for a fee of £700.")
para(d, "The fee for the course is £1,300. It is kept low by teaching in our own centre and by sharing sessions with "
        "our nurse training; participants whose Learning Needs Review shows Theme 1 already secure may replace "
        "Seminar Day 2 with a tutorial, and the time saved goes into their Practice Enquiry.")
p = para(d, "The Foundation does not offer progression planning at the end of the course; further professional "
            "targets are a matter for each participant's school. ")
tracked(p, "The last Seminar Day ends with a Next Steps session in which each participant drafts targets for the next year.",
        kind="del", author="S. Achebe")

d.add_heading("How participants study", level=3)
para(d, "There is a single intake each September, and Themes are taken in order, Theme 1 to Theme 5. The course is "
        "blended: Seminar Days in Bristol and study in Kitewood Learn. In the pilot, participants could join in "
        "January as well as September; the University asked for a single intake for the Award.")
para(d, "Kitewood Learn gives every participant tutor-moderated forums for each Theme and an online learning set of "
        "four peers. Between Seminar Days a tutor runs a weekly online surgery on Tuesday evenings, and tutors answer "
        "messages within two working days. Headteachers receive a termly progress report through Kitewood Learn, and "
        "tutors share marking and notes on it.")
para(d, "All our seminar rooms are on the ground floor, with level access, a hearing loop and accessible toilets.")

d.add_heading("How we will measure progress", level=3)
t = table(d, 5, 3, widths=[4.5, 7.5, 4.8])
for i, h in enumerate(["What we measure", "How", "Target 2009/10"]):
    cell_text(t.cell(0, i), (h, "bw"), fill=TEAL)
for r, row in enumerate([
        ("Participants' confidence", "Self-rating against every national outcome in the Learning Needs Review, repeated "
                                      "at the end of the course", "Average rise of one point on the four-point scale"),
        ("Participants' competence", "Marks and outcome evidence in PE, LP, RC and PC", "90 per cent complete"),
        ("Impact on pupils", "Each PE reports attainment, attendance and well-being data for three focus pupils at "
                             "baseline and after two terms; we report the proportion of focus pupils making expected "
                             "progress or better", "75 per cent of focus pupils"),
        ("Participants' experience", "Evaluation after every Seminar Day; end-of-course survey of participants and heads",
         "85 per cent rate good or better")], 1):
    for c, v in enumerate(row):
        cell_text(t.cell(r, c), v)
para(d, "")

d.add_heading("How progress will be monitored and reported", level=3)
para(d, "Internally, the course team reviews evaluations after each Seminar Day and the measures above each term, "
        "and the Education Committee of the Board receives a termly report. Externally, the University's external "
        "examiner reports each year, the course goes through the University's annual monitoring, and our Quality "
        "Account reports the measures publicly. Each July the course leader writes an improvement plan from this "
        "evidence; the Education Committee approves it and the changes are made before the next intake.")
p = para(d, "Work is marked by the Theme tutor against the University's Master's level criteria. Moderation "
            "arrangements will be agreed with the University before the first submissions.")
comment(d, p, "Need to confirm moderation with Carrisford before this goes.", author="S. Achebe", initials="SA")
para(d, "Participants who pass all four assessed pieces and attend at least 90 per cent of Seminar Days are "
        "awarded the Postgraduate Certificate. The course covers all of the national outcomes.")

d.add_heading("Statements of assurance from the Board", level=2)
for title, text in [
    ("Review of services", "The Board has reviewed all the data available on the quality of the Education and Schools "
                           "Service in 2008/09."),
    ("Staff", "The course leader, Dr Nadia Porter, was a SENCO for nine years and a local authority SEN adviser, and "
              "holds an MA in SEN and a doctorate on pupils with epilepsy. The four tutors are Foundation education "
              "advisers who have been SENCOs or specialist teachers within the last five years, and two University "
              "lecturers in inclusive education. A paediatric nurse specialist and a community paediatrician teach "
              "Theme 3. Every tutor keeps up to date through at least ten days a year advising in schools and the "
              "University's research seminars."),
    ("Roles", "All tutors take part in the University's induction for associate tutors and a Foundation induction "
              "day, and follow the Course Tutor Guide, which sets out each person's role in teaching, marking and "
              "support. Placement hosts at St Brannoc's and the clinic receive a host briefing and a visit from the "
              "course leader."),
    ("Resources", "Participants use the Foundation's library of 1,600 items on SEN and medical conditions, our "
                  "assistive technology loan bank, Kitewood Learn and the University's library and e-journals."),
    ("Participation in research", "The course team takes part in the University's two-year study of how primary "
                                  "schools support pupils with epilepsy (2008-10). Its findings are added to Theme 2 "
                                  "each year and shared with participants at Seminar Day 3."),
    ("Data quality", "Participant records are held on the University's student record system. Evaluation and "
                     "outcome data are kept in the Foundation's quality database and checked each term by the "
                     "Foundation's quality officer before they are reported."),
    ("Safeguarding", "All Foundation staff and volunteers who work with children hold an enhanced CRB disclosure, "
                     "renewed every three years, and the Foundation's safeguarding policy is reviewed annually."),
    ("Stakeholders in the course", "Members of the Young People's Council co-teach the consulting session in Theme 2; "
                                   "parents from the Parents' Forum co-teach the hard conversations session; local "
                                   "authority SEN officers run the provision mapping workshop in Theme 5."),
]:
    para(d, (title + ". ", "b"), text)

# ------------------------------------------------------------------ Part 3
d.add_heading("Part 3  Review of quality performance 2008/09", level=1)
para(d, "In 2008/09 we piloted an unaccredited Medical Needs Coordinator Certificate with 34 SENCOs. A Foundation "
        "mentor visited each pilot participant's school twice. The pilot is the basis for the Award but its "
        "arrangements are not all carried forward.")
t = table(d, 6, 4, widths=[6.8, 3.3, 3.3, 3.4])
a = t.cell(0, 0).merge(t.cell(1, 0))
cell_text(a, ("Indicator", "bw"), fill=TEAL)
b = t.cell(0, 1).merge(t.cell(0, 3))
cell_text(b, ("Pilot results", "bw"), fill=TEAL)
for i, h in enumerate(["Term 1", "Term 2", "Term 3"], 1):
    cell_text(t.cell(1, i), (h, "b"), fill=LT)
for r, row in enumerate([
        ("Safety: participants confident to act in a seizure emergency", "61%", "88%", "94%"),
        ("Effectiveness: participants completing their school task", "—", "79%", "91%"),
        ("Experience: days rated good or better", "82%", "86%", "90%"),
        ("Experience: heads who would recommend the course", "—", "—", "87%")], 2):
    for c, v in enumerate(row):
        cell_text(t.cell(r, c), v)
para(d, "")
para(d, "What we learned: the school task was the most valued part; heads wanted more say; participants wanted the "
        "law earlier. Each lesson has shaped Priority 3.")
para(d, "How the pilot ran. In the pilot each participant agreed a personal learning plan with their Foundation "
        "mentor in the first month, and the mentor reviewed it at each school visit. The pilot ended with a Next "
        "Steps afternoon at which participants set targets for the following year and discussed them with a tutor. "
        "The pilot ran on six weekday sessions with a single school task, assessed by the mentor on a pass or refer "
        "basis. For the Award the University asked us to replace mentor visits with tutor contact through Kitewood "
        "Learn and the placement days, and the personal learning plan was not carried forward.")
para(d, ("A case from the pilot. ", "b"),
     "Mrs K., SENCO in a primary school of 210 pupils, chose for her school task a Year 4 boy with absence seizures "
     "whose reading had stalled. With his parents and the epilepsy nurse she worked out that he was missing parts of "
     "every phonics session. Staff learned to recognise the seizures and to repeat the missed instruction, the class "
     "teacher recorded seizures against lesson times, and the nurse used the record at his clinic review. His "
     "reading age rose by fourteen months in two terms. Mrs K. now runs the same approach for four other pupils, and "
     "her head has asked her to present it to governors.")
para(d, "Participants' comments in the end-of-pilot survey included: \"The school task made me do what I had been "
        "putting off\"; \"I wanted more on the law, sooner\"; and \"My head should have been involved from the start.\"")

# ------------------------------------------------------------------ Part 4
d.add_heading("Part 4  What others say about us", level=1)
para(d, ("Avonside Primary Care Trust, commissioner. ", "b"),
     ("\"We welcome the Foundation's Award and look forward to parents and young people helping to evaluate the course "
      "each year, as they do for the seizure-safe training.\"", "i"))
para(d, ("University of Carrisford, School of Education. ", "b"),
     ("\"The School is pleased to validate the Award and to bring its research in inclusive education to the course.\"", "i"))
para(d, ("Young People's Council. ", "b"),
     ("\"We want every SENCO to ask us first. We helped to write the Practice Enquiry and we will keep checking it.\"", "i"))

# ------------------------------------------------------------------ Annex A
d.add_heading("Annex A  The course at a glance", level=1)
t = table(d, 8, 3, widths=[4.2, 6.3, 6.3])
fields = [
    ("Award", "Postgraduate Certificate: National Award for SEN Coordination, University of Carrisford", None),
    ("Credits and level", "60 credits at Master's level", None),
    ("Intake", "September 2009; 24 places", None),
    ("Mode", "Blended: eight Seminar Days and Kitewood Learn", None),
    ("Assessment", "Practice Enquiry (PE), 4,000 words", "Leadership Project (LP), 4,000 words"),
    ("", "Reflective Commentary (RC), 2,000 words", "Professional Conversation (PC), 40 minutes"),
    ("Placements", "St Brannoc's Hospital School (one day); paediatric epilepsy clinic (one day)", None),
    ("Fee", "£1,300; Direct Assessment route £700", None),
]
for r, (k, v1, v2) in enumerate(fields):
    cell_text(t.cell(r, 0), (k, "b"), fill=LT)
    if v2 is None:
        m = t.cell(r, 1).merge(t.cell(r, 2))
        cell_text(m, v1)
    else:
        cell_text(t.cell(r, 1), v1)
        cell_text(t.cell(r, 2), v2)
t.cell(4, 0).merge(t.cell(5, 0))
para(d, "")

# ------------------------------------------------------------------ Annex B
d.add_heading("Annex B  Outcome assurance", level=1)
para(d, "Where each national outcome is developed and where it is assessed, in our words. PE Practice Enquiry, LP "
        "Leadership Project, RC Reflective Commentary, PC Professional Conversation.")
rows = [
    ("G", "What the SENCO is like"),
    ("Fair, respectful relationships with pupils and families", "Theme 2", "PE"),
    ("Planning their time, prioritising and delegating tasks", "Theme 5", "RC"),
    ("Solving problems and making sound decisions on provision", "Themes 4 and 5", "RC; PC"),
    ("Writing and speaking clearly and listening to others", "— (not taught directly)", "All pieces: clarity is a marking criterion"),
    ("Using research and outside advice to improve practice", "Theme 1 research seminar", "—"),
    ("Keeping up to date and owning their CPD", "Theme 1; Kitewood Learn", "RC"),
    ("G", "What the SENCO knows"),
    ("SEN law, the Code of Practice and how to apply them", "Theme 1", "PC"),
    ("Every Child Matters and the SENCO's part in it", "Theme 1", "PE"),
    ("Disability equality law and the actions it requires", "Theme 1", "LP"),
    ("How children develop and what affects development", "Theme 2", "PC"),
    ("The conditions most often met in school: epilepsy, diabetes, asthma, ADHD, dyslexia and autism", "Theme 2", "PE"),
    ("Approaches, strategies and resources for teaching and assessment, including ICT", "Theme 4", "PE"),
    ("School self-evaluation and improvement for pupils with SEN", "Theme 5", "LP"),
    ("Best practice and research in meeting SEN", "Theme 1", "Seminar only"),
    ("Other services and how to get specialist help", "Theme 3", "PC; PE"),
    ("G", "What the SENCO does"),
    ("Influencing strategy, ethos and resources with senior leaders and governors", "Theme 5", "LP"),
    ("Identifying needs, setting targets, planning and reviewing interventions", "Theme 4", "PE"),
    ("Using other professionals' assessments in teaching", "Theme 3", "PE"),
    ("Helping colleagues use formative assessment", "Theme 4", "Seminar only"),
    ("Identifying and arranging access arrangements for tests and examinations", "Theme 4", "PE (one focus pupil's arrangements)"),
    ("Mapping provision and finding what is missing or not working", "Theme 5", "Formative only: tutor feedback on a draft map"),
    ("Deploying and managing support staff", "Theme 5", "LP"),
    ("Supporting colleagues' development: observation, feedback, coaching and training", "Theme 5", "LP"),
    ("Reviewing provision with colleagues to inform self-evaluation", "Theme 5", "Seminar only"),
    ("Involving pupils in planning and reviewing their provision", "Theme 2", "PE (focus pupil interviews)"),
    ("Working with parents and carers", "Theme 2", "PE"),
    ("Working with other services and voluntary organisations", "Theme 3", "PE; PC"),
]
t = table(d, len(rows) + 1, 3, widths=[9.5, 3.6, 3.7])
for i, h in enumerate(["Outcome", "Developed", "Assessed"]):
    cell_text(t.cell(0, i), (h, "bw"), fill=TEAL)
for r, row in enumerate(rows, 1):
    if row[0] == "G":
        m = t.cell(r, 0).merge(t.cell(r, 2))
        cell_text(m, (row[1], "b"), fill=LT)
    else:
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v)

save(d, str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
