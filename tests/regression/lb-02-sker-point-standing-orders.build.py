"""lb-02-sker-point-standing-orders

Provider (invented): Sker Point Lighthouse and Coastal Heritage Trust, whose
Teacher Education Unit at the old Fog Signal Station runs "the SENCo Watch",
its course for the National Award for SEN Coordination 2008-09, validated by
St Petroc's University College.

Document kind and layout: the course written as the station's book of
Standing Orders for Keepers (an Order Book), issue 3, sent with its tracked
changes and comments still in it. Word Heading 1/2 styles for the Parts, then
hand-numbered Orders ("Order 14.") as Normal paragraphs with bold run-in
titles; the Watch Bill (a table of eight Watches, with "Watch" and "Kept by"
cells merged vertically across each Watch's Duties and a merged, shaded title
row) whose last column "Entered in the Log as" uses "Logged OB1-OB3",
"Inspected" and "Noted", defined in Order 22 above it; Part G, "Superseded
Orders" from the 2007-08 pilot; placeholders in square brackets; Word
comments; a header and footer.

Traps (requirement ids):
- "Noted" = entered in the Watch Journal and discussed, "it is not marked":
  6.A5, 6.S2c, 6.S7 partially met; 6.K6 partially met because the ICT part of
  it is "Noted" while the rest is Logged; 1.9 partially met.
- School self-evaluation (6.K7) appears only in Superseded Order 19 from the
  pilot, a past arrangement: not met.
- Special arrangements for national tests (6.S2d) appear only in a Word
  comment: not met.
- "The Trust works in partnership with" the RNLI, HM Coastguard and the Sea
  Cadets: the Trust's own partnerships, not the SENCo's skill of working with
  services and agencies (6.S9 not met); 6.K9 is met separately.
- Assessment-only route (2.3) exists only in a whole deleted paragraph: not met.
- CRB verification (5.3) exists only in a whole inserted paragraph: met.
- The January start (3.2) is a tracked insertion: met.
- Credits "[TBC]" beyond 30 (E.2 partially met); resources left as a
  placeholder (5.6 not met).
- Aim stated as attainment in English and mathematics only (1.1 partially met),
  though ECM is taught and logged (6.K2 met).
- Pupil voice only in general terms ("Keepers will mention") (1.5 partially met).
- Interview sets a Watch Plan, but "the outcomes are the same for every
  SENCo" (2.2 partially met).
- Quality only asserted, no tailoring or cost (2.4 partially met).
- "may wish to think about further study" (2.5 partially met).
- Equality only as a welcome and a commitment (3.1 partially met).
- No e-learning: the pilot's online log "has been withdrawn" (3.3 n/a).
- Evaluation: the Keepers' review (Order 29) with the Watch Committee of
  headteachers and reports to St Petroc's (Orders 31, 32): 5.1 met.
- Relief Keepers learn their part from the participant (5.7 partially met).
- A comment holds the detail of stakeholder influence, but Order 31 itself
  gives enough (4.1, 4.2 met from the body text).
"""
from pathlib import Path
from _lb_helpers import (new_doc, para, shade_cell, tracked_para, deleted_para, inserted_para,
                         header_footer, bullets)

OUT = Path(__file__).with_name("lb-02-sker-point-standing-orders.docx")
d = new_doc("Arial", 10)
header_footer(d, "SKER POINT  \u2014  STANDING ORDERS FOR KEEPERS  \u2014  NOT TO BE REMOVED FROM THE WATCH ROOM",
              "Issue 3 (draft for the TDA), November 2008  \u00b7  Order Book copy No. 7")

EDITOR = "R. Tregear"


def order(n, title, text):
    p = d.add_paragraph()
    p.add_run(f"Order {n}.  {title}.  ").bold = True
    p.add_run(text)
    return p


def comment(p, text, author=EDITOR, initials="RT"):
    d.add_comment(p.runs[-1] if p.runs else p.add_run(""), text=text, author=author, initials=initials)


d.add_heading("Sker Point Lighthouse and Coastal Heritage Trust", level=0)
para(d, "Teacher Education Unit, The Fog Signal Station, Sker Point", italic=True)
d.add_heading("Standing Orders for Keepers of the SENCo Watch, 2008-09", level=1)
para(d, "These Orders govern the SENCo Watch, the Trust's course for the National Award for SEN Coordination. They are read by every Keeper on joining and signed at the foot of the last page. Where an Order and the custom of the station differ, the Order is to be followed. The Orders are sent to the TDA as they stand, with the Principal Keeper's changes for Issue 3 marked.")

d.add_heading("Part A. The Station and its Charter", level=2)
order(1, "The Watch", "The SENCo Watch is kept for teachers new to the role of special educational needs coordinator in the schools of the Sker coast and its hinterland. It runs from September to July and is taught at the Fog Signal Station, which the Trust converted into a teaching room and library in 2004.")
order(2, "Object", "The object of the Watch is to raise the attainment of pupils with special educational needs in English and mathematics, by making the SENCo a more knowledgeable and skilful leader of provision in the school.")
p = order(3, "Validation", "The Watch is validated by St Petroc's University College as the Postgraduate Certificate unit \"Leading SEN Provision\", 30 credits at level 7; the remaining [TBC] credits will be agreed with the University College before the first Watch. St Petroc's awards the credit and appoints the examiners.")
comment(p, "Still waiting for the Academic Board on the second 30. Don't send until we hear? - RT")
order(4, "Words used in these Orders", "A Keeper is a tutor of the Watch, and the Principal Keeper leads it. A Relief Keeper is the mentor in the participant's own school. The participant is the SENCo. A Watch is one of eight study days. The Occurrence Book entries OB1, OB2 and OB3 are the three marked written assignments. A Lamp Inspection is a marked observation of the SENCo at work in school, made by a Keeper with the Relief Keeper.")

d.add_heading("Part B. Keepers and Relief Keepers", level=2)
order(5, "Keepers", "The Principal Keeper is Dr Morwenna Hosking, PhD (inclusive education), formerly SENCo and deputy headteacher of Porthmellin Community School and now a part-time adviser to the county's SEN service. The Keepers are Mr Alan Tregear, MA, specialist teacher for autistic spectrum disorders with the county's outreach service; Mrs Beth Nance, MEd, educational psychologist; and Ms Priya Castell, MA, SENCo of Sker Sound Special School. Every Keeper holds a current post in a school or an SEN support service, and each attends the county's termly SENCo network and one national SEN conference a year at the Trust's expense.")
order(6, "Duties of Keepers", "Keepers teach the Watches allotted to them in the Watch Bill, mark the Occurrence Book entries, make the Lamp Inspections and keep the Watch Journal of each participant allotted to them. Each Keeper is given a copy of these Orders and the St Petroc's marking criteria, and the Keepers meet after every Watch to agree marks and to go over the next Watch.")
order(7, "Relief Keepers", "Each participant names a Relief Keeper in the school, usually a senior leader. Relief Keepers learn what is expected of them from the participant, who brings the Relief Keeper's page of the Watch Journal back to school after Watch 1.")

d.add_heading("Part C. Admission", level=2)
order(8, "Who may join", "A candidate must hold Qualified Teacher Status, be SENCo of a school or about to become one, and have the written support of the headteacher. The Principal Keeper interviews every candidate at the school, with the headteacher present for part of the interview, and looks at a sample of the candidate's work on SEN (an individual education plan, a review record, a report to governors). A candidate who is not ready to meet the outcomes by July is told what to do first, and the Principal Keeper agrees a plan for it with the headteacher; the candidate may join the next intake.")
deleted_para(d, "Order 9.  Examination without keeping the Watch.  An experienced SENCo or advisory teacher who already meets the outcomes may ask to be examined without keeping the Watches. Such a candidate presents the three Occurrence Book entries and two Lamp Inspections and is examined in the ordinary way.", author=EDITOR)
order(10, "Earlier study and experience", "A candidate may ask St Petroc's to credit earlier study at level 7 (up to 30 credits) or to assess earlier experience as a SENCo or advisory teacher through a portfolio judged against the Watch Bill (up to 15 credits). A candidate whose experience is credited is excused the Occurrence Book entry concerned and keeps the Watches at which those Duties are taught only if the Principal Keeper so directs.")
order(11, "The Watch Plan", "At the interview the Principal Keeper and the candidate go through the Watch Bill and mark the Duties the candidate already does well and those that are new. This is written up as the candidate's Watch Plan, which says which Watches need most preparation and which Relief Keeper tasks come first. The outcomes are the same for every SENCo.")
inserted_para(d, "Order 11A.  Disclosure.  No candidate is enrolled until the Trust's enrolment clerk has seen the original of the candidate's enhanced CRB disclosure, issued within the last three years, and recorded its number and date in the enrolment register; where the disclosure is older, the Trust applies for a new one through St Petroc's before the first Watch. The enrolment clerk also obtains a reference from the headteacher on the candidate's suitability to work with children.", author=EDITOR)
order(12, "Equality", "The Trust welcomes applications from all, and is committed to equality of opportunity in all that it does.")

d.add_heading("Part D. Keeping the Watch", level=2)
tp = tracked_para(d, [
    ("n", "Order 13.  Times of Watches.  The Watch begins in September"),
    ("i", " and again in January"),
    ("n", ". Watches are kept on Thursdays at the Fog Signal Station or, for those who prefer it, on the Saturday following at the Trust's Harbour Store in Porthmellin. Parts I (Watches 1 to 4) and II (Watches 5 to 8) may be kept in either order, so that a SENCo joining in January begins with Part II. A participant who misses a Watch keeps it with the next intake."),
], author=EDITOR)
order(14, "No e-learning", "The online log used in the 2007-08 pilot has been withdrawn; there is no e-learning in 2008-09. Papers for each Watch are posted to participants a fortnight before it.")
order(15, "Station work", "Between Watches every participant carries out the Relief Keeper tasks set at the Watch in his or her own school, and brings the record of them to the next Watch, where the first hour is given to what happened. Lamp Inspections are made at the participant's school during the spring and summer terms.")
order("15A", "Conduct of a Watch", "A Watch opens at 9.15 with the Log reading, in which each participant reports in three minutes on the Relief Keeper task since the last Watch. The Keeper then teaches the Duties of the day, with a break at 10.45. After lunch participants work in threes on a case brought by one of them, using the morning's teaching, and the Keeper sets the next Relief Keeper task before the Watch closes at 3.30. The Keeper writes up the Watch in the Station Log the same evening, noting any participant who was absent or in difficulty.")
order("15B", "The Watch Journal", "Each participant keeps a Watch Journal, a bound book issued at Watch 1. It holds the Watch Plan, the record of every Relief Keeper task, the participant's notes on the Duties marked Noted in the Watch Bill, the Relief Keeper's page and the Keeper's comments after each tutorial. The Keeper reads the Journal at every second Watch and signs it. The Journal is the participant's own and is not marked.")
order(16, "The Change", "Each participant leads one change in the school's provision for pupils with SEN during the year, agreed with the headteacher at the interview: for example introducing provision mapping, or new arrangements for reviewing pupils' progress with parents. The Change is reported in OB3, which must show what was different in the school by July and what it did for the pupils concerned.")
order(17, "Sources", "The Watch is kept in the light of current evidence. Keepers draw in particular on the Ofsted reports Inclusion: does it matter where pupils are taught? (2006) and Special educational needs and disability: towards inclusive schools (2004), the Bercow Review of services for children and young people with speech, language and communication needs (2008), the Inclusion Development Programme (2008) and the National Strategies' guidance on personalised learning, together with research on the deployment of teaching assistants. Each Watch's reading list gives the Keeper's sources.")
order(18, "Law and policy", "Watch 1 is given to the SEN and disability law the SENCo works within: the Education Act 1996, the SEN Code of Practice (2001), the Disability Discrimination Acts 1995 and 2005 and the disability equality duty, the Children Act 2004 and Every Child Matters, and Removing Barriers to Achievement. It is marked in OB1.")
order(19, "Pupils' views", "Keepers will mention ways of seeking pupils' views when Watch 7 is kept.")
order(20, "Colleagues and parents", "At Watch 6 participants practise advising and supporting colleagues: leading a staff meeting, giving feedback after an observation, and working with colleagues from other schools in the Sker SENCo cluster. At Watch 7 they practise working with parents and carers, with the Sker Parent Partnership, through role-played annual reviews and a home-school agreement written with a parent. Both are seen at Lamp Inspections.")
order(21, "Partnerships", "The Trust works in partnership with the RNLI, HM Coastguard and the Sker Sound Sea Cadets, who join its outreach days for schools and share its education room.")

d.add_heading("Part E. The Log and the Certificate", level=2)
order(22, "Entries in the Log", "The Watch Bill below lists the Duties of a SENCo, in our own words, that each Watch teaches. Its last column says how each Duty is entered in the Log. \"Logged OB1\" (or OB2, OB3) means the Duty is marked in that Occurrence Book entry. \"Inspected\" means it is marked at a Lamp Inspection. \"Noted\" means the Duty is entered in the participant's Watch Journal and discussed with the Keeper; it is not marked.")

duties = [
    ("Watch 1", "Principal Keeper", [
        ("Know SEN law and guidance, the Code of Practice, what they mean for the school and how to carry them out", "Logged OB1"),
        ("Know the Every Child Matters outcomes and how the SENCo helps pupils to reach them", "Logged OB1"),
        ("Know the disability equality laws and the action they require of the school", "Logged OB1"),
    ]),
    ("Watch 2", "Mrs Nance", [
        ("Know how children develop and how SEN, disability and the setting affect development", "Logged OB1"),
        ("Know the common kinds of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effect on learning", "Logged OB1"),
        ("Build fair, respectful and supportive relationships with pupils with SEN and their parents", "Inspected"),
    ]),
    ("Watch 3", "Mr Tregear", [
        ("Weigh up approaches, strategies and resources for assessment, planning and teaching", "Logged OB2"),
        ("Use ICT and assistive technology for pupils with SEN", "Noted"),
        ("Identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "Logged OB2"),
        ("Use the assessments of other professionals to shape teaching", "Logged OB2"),
        ("Use summative assessments and national tests to track progress and change programmes", "Logged OB2"),
        ("Encourage colleagues to develop formative assessment for pupils with SEN", "Noted"),
    ]),
    ("Watch 4", "Principal Keeper", [
        ("Draw on research and outside advice to improve own and colleagues' practice", "Logged OB2"),
        ("Know best practice and research in meeting SEN", "Logged OB2"),
        ("Keep up to date and plan own professional development in SEN and disability", "Logged OB3"),
    ]),
    ("Watch 5", "Principal Keeper", [
        ("With senior colleagues and governors, shape an inclusive ethos, policies, priorities and use of resources", "Logged OB3"),
        ("Win the commitment of colleagues, the headteacher and senior leaders", "Logged OB3"),
        ("Prioritise, manage time and delegate tasks, seeing them done", "Inspected"),
        ("Deploy and manage teaching assistants and other staff", "Inspected"),
        ("Use provision mapping to plan provision and find what is missing or not working", "Logged OB3"),
    ]),
    ("Watch 6", "Ms Castell", [
        ("Support colleagues' development: observation and feedback, modelling, coaching, mentoring, training", "Inspected"),
        ("Review with other staff how well provision is working", "Logged OB3"),
        ("Anticipate and resolve problems and make sound judgements on provision", "Inspected"),
        ("Speak and write clearly; listen to and understand others' views", "Noted"),
    ]),
    ("Watch 7", "Mrs Nance", [
        ("Liaise with parents and carers to promote their child's learning", "Inspected"),
        ("Involve pupils in planning, agreeing and reviewing their own provision", "Noted"),
    ]),
    ("Watch 8", "Mr Tregear", [
        ("Know the scope and role of outside agencies and how to get specialist support and resources", "Logged OB3"),
    ]),
]
nrows = 2 + sum(len(x[2]) for x in duties)
t = d.add_table(rows=nrows, cols=4)
t.style = "Table Grid"
title = t.cell(0, 0).merge(t.cell(0, 3))
title.text = "THE WATCH BILL, 2008-09"
title.paragraphs[0].runs[0].bold = True
shade_cell(title, "FFE699")
for j, h in enumerate(["Watch", "Kept by", "Duties (the SENCo learns to)", "Entered in the Log as"]):
    c = t.cell(1, j)
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade_cell(c, "D9D9D9")
r = 2
dp = {}
for watch, keeper, items in duties:
    first, last = r, r + len(items) - 1
    for k, (duty, entry) in enumerate(items):
        t.cell(r, 2).text = duty
        t.cell(r, 3).text = entry
        dp[duty[:20]] = t.cell(r, 2).paragraphs[0]
        r += 1
    if last > first:
        a = t.cell(first, 0).merge(t.cell(last, 0))
        b = t.cell(first, 1).merge(t.cell(last, 1))
    else:
        a, b = t.cell(first, 0), t.cell(first, 1)
    a.text = watch
    b.text = keeper
cp = dp["Use summative assess"]
d.add_comment(cp.runs[0], text="Add: identifying access arrangements for KS2 SATs and GCSE in good time, and putting them in place with colleagues? We do this in the Watch 3 afternoon already. - RT", author=EDITOR, initials="RT")

d.add_paragraph()
order("22A", "Occurrence Book entries", "OB1 (4,000 words, due at Watch 3) is a study of the school's SEN policy against the law and guidance of Watch 1, with a case study of one pupil. OB2 (4,000 words, due at Watch 5) reviews an intervention in the participant's school against research evidence and the pupil data. OB3 (5,000 words, due in July) reports the Change and the participant's part in leading it. Entries are handed in at the Fog Signal Station or posted to the Principal Keeper, and are returned marked within four weeks with written feedback.")
order("22B", "Lamp Inspections", "Three Lamp Inspections are made, each of about an hour, at times agreed with the headteacher. The Keeper and the Relief Keeper watch the SENCo at work (for example leading an annual review with parents, coaching a teaching assistant in a lesson, or presenting the provision map to the senior leadership team) and talk with the SENCo afterwards. The Keeper writes the Inspection record within a week, grading each Duty listed as Inspected in the Watch Bill. A Duty graded Not yet is inspected again before the end of the summer term.")
order(23, "Marking", "Each Occurrence Book entry is marked by the Keeper who kept the Watch and second-marked by the Principal Keeper against the St Petroc's level 7 criteria. Lamp Inspections are graded Pass or Not yet by the Keeper and the Relief Keeper against the Lamp Inspection schedule, and the Keepers compare their gradings at their meeting each half term, looking at one another's Inspection records. St Petroc's moderator samples a quarter of all entries and every fail, and the external examiner sees all borderline work before the Board of Examiners meets.")
order(24, "Help between Watches", "A participant who is having difficulty may ask the Keeper for a tutorial at the Station or by telephone; a participant who must break off keeps the remaining Watches with the next intake.")
order(25, "Quality", "The Trust is committed to provision of the highest quality, and the Watch is kept to the standard expected of all the Trust's work.")
order(26, "At the end of the Watch", "At the last Watch participants may wish to think about further study.")
p = order(27, "The Keeper's Certificate", "The Keeper's Certificate, and with it the recommendation to St Petroc's for the Award, is given only when the Board of Examiners is satisfied that the SENCo has shown every one of the national minimum outcomes, each checked against the Watch Bill, and has passed all three Occurrence Book entries and every Lamp Inspection. There is no compensation between entries.")

d.add_heading("Part F. Returns and Inspection", level=2)
order(28, "Resources", "[Assistant Keeper to list resources here]")
order(29, "The Keepers' review", "After every Watch participants complete a return on it, and the Keepers read the returns at their meeting. Each July the Keepers hold a review of the year, looking at the returns, the marks and the Lamp Inspection grades, and the Principal Keeper writes the changes for the next issue of these Orders.")
order(30, "Placements", "Every participant spends two days on placement during the spring term: one at Sker Sound Special School and one with the county's Language and Communication Unit at Penwithick Primary School, each with a programme agreed with the Keeper. Participants also meet, at the Watches, the county's educational psychology service, its sensory support team and a paediatric occupational therapist.")
p = order(31, "Schools and the county", "In the spring of 2008 the Trust held a consultation with the county's SEN service and the Sker and Porthmellin headteachers' forums, and surveyed the 38 SENCos who had attended the pilot. Headteachers told us new SENCos needed most help with managing teaching assistants and with reporting to governors; the SEN service asked for more on working with parents. In response Watch 5 was given over to leading staff and governors, and Watch 7 to parents, where in the pilot both were parts of other days. Two headteachers from the forums sit on the Watch Committee, which meets each term to review the returns and the July review; the county's SEN adviser moderates one Lamp Inspection in five and teaches at Watch 8; and former participants are invited back as Relief Keepers.")
comment(p, "The heads also asked for the Saturday option - worth saying? - RT")
order(32, "What difference it makes", "Each participant chooses three target pupils at the interview and records their attainment (P scales or National Curriculum levels), attendance and a well-being measure agreed with the school at the start and again in June. The participant also completes a confidence questionnaire against the Watch Bill at Watch 1 and Watch 8. The Principal Keeper collects both, compares them for the whole group, and reports the results to the Watch Committee and to St Petroc's, and they are used in the July review.")

order(33, "Records", "The Principal Keeper keeps every participant's marks, Inspection records and Watch Plan for five years in the locked cabinet in the Watch Room. Pupils are never named in an Occurrence Book entry; participants use initials or a letter, and Keepers return any entry that names a pupil.")
order(34, "The headland", "Participants park in the Trust's lower car park and walk up by the lit path. The tower, the lantern gallery and the cliff path beyond the fog signal are closed to participants at all times for reasons of safety. Tea and lunch are served in the Station kitchen; participants with dietary needs tell the Principal Keeper at enrolment.")
order(35, "Amendment of these Orders", "Only the Principal Keeper may amend these Orders. Amendments are made in the Order Book copy No. 1, kept in the Watch Room, and initialled and dated; each Keeper is sent the amended Orders within a week and signs for them. Orders that are replaced are moved to Part G, Superseded Orders, so that the history of the station's practice is kept, as it has been for the light itself since 1862. A Keeper who believes an Order is wrong says so at the next Keepers' meeting, and the Order stands until it is changed.")
order(36, "Keepers' meetings", "Keepers meet at the Fog Signal Station after every Watch, for no more than an hour. The agenda is always the same: the Watch just kept, the participants in difficulty, the marks and Inspection grades to be agreed, and the next Watch. The Principal Keeper keeps the minutes in the Station Log.")
d.add_heading("Part G. Superseded Orders", level=2)
para(d, "The following Orders of the 2007-08 pilot are superseded by this issue and are kept for the record only.", italic=True)
para(d, "Pilot Order 19. School self-evaluation. Watch 7 shall be given to the principles of school self-evaluation and improvement as they bear on pupils with SEN, and the SENCo's part in the school's self-evaluation form; this shall be logged in OB3.")
para(d, "Pilot Order 22. Online log. Participants shall post a weekly entry in the online log and answer one another's entries.")

d.add_paragraph()
para(d, "Signed as read: ____________________  Keeper        Date: __________", italic=True)

d.save(str(OUT))
print("wrote", OUT)
