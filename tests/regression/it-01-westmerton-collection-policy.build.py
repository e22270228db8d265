"""it-01-westmerton-collection-policy

Provider (invented): Westmerton County Council Schools Library Service (the SLS), applying with
the University of Kirkbride's Department of Information Studies and Education, January 2009.

Document kind and layout: the course written up as a library COLLECTION DEVELOPMENT POLICY, the
kind of document a schools library service keeps for its stock. The Award is "the SENCO Collection";
participants are "readers"; study days are "Reading Room Days"; the online area is "the Virtual
Reading Room"; the needs audit is the "Reader Profile"; school mentors are "Link Readers"; the
admissions panel is the "Accessions Panel"; the assessed work is three "Enquiries"; the portfolio
is the "Accession File". Sections follow a collection policy (purpose, community served, scope,
conspectus levels, selection, registering readers, formats and access, reader services, gifts and
partnerships, weeding and withdrawal, stocktaking, staff). A conspectus table grades each strand
by "collection level" 0-4 with a key (level 3 = taught and practised, not checked; level 4 =
checked in an Enquiry; "R" = Reference only). Appendix B, "Holdings by outcome", maps the national
outcomes in the SLS's own words ("Shelved in | Level | Checked in"). Heading styles, a VML text box
note to the panel, merged shaded band rows, a header and footer, tracked changes (one deletion,
one insertion) and two Word comments.

Traps (requirement ids):
- Aims speak of pupils' "attainment", reading and literacy only; well-being and the ECM outcomes
  appear as content (K2) but not in the aims (1.1 partially_met).
- Consulting pupils is held at level 1, a shelf of readings in the Virtual Reading Room, not a
  taught day (1.5 partially_met); outcome row "Reference only" (6.S7 partially_met).
- Reader Profile is used to plan for the group, not an individual plan or personalised outcomes
  (2.2 partially_met).
- The assessment-only route "was withdrawn in 2007 and has not been restored" (past arrangement,
  negation) (2.3 not_met).
- Peer support in the Virtual Reading Room only hoped for; tutor support and ICT are described
  (3.3 partially_met).
- Stakeholders take part as guest contributors and host schools, but their part in evaluation is
  only "we hope" (4.3 partially_met).
- CRB: the SLS's own staff and tutors are checked; checks on candidates are "a matter for the
  employing school", the Panel "does not ask" (someone else's responsibility) (5.3 not_met). A
  comment proposing heads confirm CRB is not part of the submission.
- Placements: the sentence giving a day in a special school is a tracked deletion; what remains is
  "We would like to offer" visits (5.5 partially_met; specialist expertise is there).
- Moderation: the second-marking and Board of Examiners sentence is a tracked insertion (5.8 met).
- Impact: confidence and competence measured by the repeated Reader Profile; pupils' achievement
  only hoped for, and "loans per pupil" is the library's stock measure, the wrong thing
  (5.9 partially_met).
- Award rule: pass all three Enquiries "with an aggregate mark of 50 per cent" (compensation) while
  several outcomes are never checked (6.0 partially_met; 1.9 partially_met).
- Outcomes: "Reference only" or level 3 not checked (6.A3, 6.A7, 6.S2c, 6.S7 partially_met);
  child development checked in Enquiry 1 but taught nowhere, "participants' own reading"
  (6.K4 partially_met); disability equality law "shelved with" the University's separate module
  "which is not part of the Award" (6.K3 not_met); deploying teaching assistants withdrawn and left
  to another team's course (6.S4 not_met); special arrangements for tests absent (6.S2d not_met).
- The footer's "Every reader of this Collection is CRB checked" is not evidence (5.3); a comment
  asking for a route for SEN support teachers "with no credit at all" is not part of the
  submission (2.3). APL through the University's Recognition of Prior Learning is in the body
  (2.1 met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _it_helpers import *  # noqa

NAME = Path(__file__).name.replace(".build.py", "")
d = new_doc("Calibri", 10.5)
header_footer(d, "Westmerton Schools Library Service  |  Collection Development Policy: the SENCO Collection  |  v1.3",
              "Approved by Westmerton Schools Forum, 14 January 2009. Every reader of this Collection is CRB checked. Page numbering as printed.")

para(d, "WESTMERTON SCHOOLS LIBRARY SERVICE", bold=True, size=14, align="center")
para(d, "with the Department of Information Studies and Education, University of Kirkbride", italic=True, align="center")
para(d, "Collection Development Policy 2008-2011", style="Title")
para(d, "The SENCO Collection: the National Award for SEN Coordination in Westmerton", bold=True, size=13)
para(d, "Version 1.3, January 2009. Policy owner: Head of Schools Library Service. Review date: July 2010.", italic=True)

textbox(d, [
    "A note for the TDA approval panel",
    "Every collection the Schools Library Service manages has a collection development policy in the same shape: who the "
    "collection serves, what it holds and at what depth, how items are selected, who may borrow, how stock is weeded and "
    "how the collection is reviewed. When the Service and the University designed the Award we wrote it up the same way, "
    "and we have kept that shape for you. Where this policy says \"the Collection\" it means the Award; \"readers\" are "
    "the teachers taking it. Appendix A describes the three assessed Enquiries and Appendix B lists the national "
    "outcomes against our holdings. Appendix C gives the award rule.",
    "Contact: Ruth Penhallow, Head of Schools Library Service, Castle Mews Resource Centre, Westmerton."], height=150)

d.add_heading("1. Purpose of this policy", 1)
para(d, "1.1 This policy sets out how the Schools Library Service (SLS) and the University of Kirkbride build, run and "
        "review the SENCO Collection: the course through which teachers new to the role of special educational needs "
        "coordinator in Westmerton schools gain the National Award for SEN Coordination. It is written for the SLS team, "
        "the University's programme staff, headteachers who nominate readers and the County's SEN and Inclusion Service.")
para(d, "1.2 The Collection is a Postgraduate Certificate of the University of Kirkbride. The University's Department of "
        "Information Studies and Education validated it on 3 December 2008; it carries 60 credits at Level 7 (Master's "
        "level) and the University awards the credit and the certificate. The SLS runs the Reading Room Days, the "
        "Virtual Reading Room and reader services; the University's staff share the teaching and own all assessment.")

d.add_heading("2. The community the Collection serves", 1)
para(d, "2.1 Westmerton has 231 maintained schools, most of them small rural primaries, six special schools and a pupil "
        "referral unit. The SLS already visits every one of them with its project loans, and its librarians know the "
        "SENCOs well. In spring 2008 the SLS and the County's SEN and Inclusion Service surveyed all 231 schools about "
        "what a new SENCO most needs; 164 replied. Heads asked above all for help with tracking the progress of pupils "
        "with SEN and with leading teaching assistants; SENCOs asked for time to share practice with other SENCOs and for "
        "more on working with families; the County's Parent Partnership Service asked for a day on parents as partners.")
para(d, "2.2 We also held two focus groups with the Westmerton SENCO Network (31 SENCOs) and one with members of "
        "Westmerton Parents' Forum, and read the County's 2007 inspection of its SEN services. What we changed as a result:")
for t in ["the Collection gained a whole Reading Room Day on families and services (Day 5), asked for by the Parent "
          "Partnership Service and the Parents' Forum;",
          "Day 3 on tracking and targets was doubled in length after heads' replies;",
          "readers from the same cluster are placed in the same study group so that they can meet between Days, as the "
          "SENCO Network asked;",
          "the September start was joined by a February start because small schools said they could not release a SENCO "
          "in the autumn term."]:
    para(d, t, style="List Bullet")

d.add_heading("3. Aims of the Collection", 1)
para(d, "3.1 The SENCO Collection aims to raise the attainment of pupils with special educational needs and/or "
        "disabilities in Westmerton schools, particularly in reading and literacy, by improving what their SENCOs know, "
        "understand and can do. Its objectives are that each reader will:")
for t in ["lead the identification and assessment of pupils with SEN in their school;",
          "plan, map and review provision so that pupils' attainment improves;",
          "lead and support colleagues in teaching pupils with SEN;",
          "make and evaluate a change in their own school's practice, using evidence of pupils' attainment."]:
    para(d, t, style="List Number")

d.add_heading("4. Scope of the Collection", 1)
para(d, "4.1 In scope: the role and responsibilities of the SENCO in a maintained school in England; SEN law and "
        "guidance; the common types of SEN; identification, assessment, target-setting and review; provision mapping; "
        "working with colleagues, families and other services; leadership of SEN within school improvement; Every Child "
        "Matters and the SENCO's part in securing its five outcomes for pupils with SEN.")
para(d, "4.2 Out of scope: the management of school libraries and reading schemes (offered by the SLS separately); "
        "specialist qualifications for teachers of the deaf or visually impaired; training for teaching assistants.")

d.add_heading("5. Collection levels", 1)
para(d, "5.1 Like our other policies, this one grades each strand of the Collection by the depth at which we hold it. "
        "The key is the Service's own:")
table(d, ["Level", "Meaning in this Collection"], [
    ["0", "Out of scope: not held."],
    ["1 / R", "Minimal, Reference only: readings and guides kept in the Virtual Reading Room for readers who want them."],
    ["2", "Basic: introduced on a Reading Room Day."],
    ["3", "Study: taught and practised on a Reading Room Day or in the Virtual Reading Room; not checked."],
    ["4", "Research: taught, practised and checked in one of the three Enquiries (Appendix A)."],
])
table(d, ["Strand", "Reading Room Day", "Level", "Format"], [
    ("BAND", "Knowing the role and the law", "DDEBF7"),
    ["The SENCO role; the SEN Code of Practice; SEN law", "Day 1, Opening the Collection", "4", "Taught; Virtual Reading Room"],
    ["Every Child Matters and the SENCO", "Day 1", "4", "Taught"],
    ("BAND", "Knowing the reader", "DDEBF7"),
    ["Types of SEN and their effect on learning", "Day 2, Knowing the Reader", "4", "Taught; loans collection"],
    ["Identification, assessment, targets and review", "Day 2", "4", "Taught; school task"],
    ["Tracking with summative data and national tests", "Day 3, Tracking and Targets", "4", "Taught; workshop"],
    ["Provision mapping", "Day 3", "4", "Workshop"],
    ["Consulting pupils", "none", "1 / R", "Virtual Reading Room shelf"],
    ("BAND", "Working with others", "DDEBF7"),
    ["Colleagues: coaching, observation, training", "Day 4, Working with Colleagues", "4", "Taught; school task"],
    ["Families and other services", "Day 5, Families and Services", "4", "Taught; guest contributors"],
    ("BAND", "Leading provision", "DDEBF7"),
    ["Approaches, strategies and resources, including ICT", "Day 6, Strategies and Resources", "4", "Assistive technology lab"],
    ["Strategic leadership, self-evaluation and improvement", "Day 7, Leading Provision", "4", "Taught"],
    ["Presenting and planning the next chapter", "Day 8, The Next Chapter", "4", "Presentations"],
])

d.add_heading("6. Selection principles", 1)
para(d, "6.1 Items are selected for the Collection, and session content for each Reading Room Day, by the Collection "
        "Tutors against three tests: is it current, is it grounded in evidence, and will it change what a SENCO does? "
        "Each Day's reading pack is reviewed every spring by the University's subject librarian with the Collection "
        "Tutors, and anything superseded is withdrawn.")
para(d, "6.2 The 2008-09 packs draw on the SEN Code of Practice (2001) and the SEN Toolkit; the Disability "
        "Discrimination Act 1995 as amended in 2005; Removing Barriers to Achievement (2004); Every Child Matters: Change "
        "for Children (2004); the Bercow Review of services for children with speech, language and communication needs "
        "(2008); the Ofsted reports Inclusion: does it matter where pupils are taught? (2006) and Special educational needs "
        "and disability: towards inclusive schools (2004); the House of Commons Education and Skills Committee report on "
        "SEN (2006); the Rose review of the primary curriculum now under way; and research summaries from the EPPI-Centre "
        "and the National Foundation for Educational Research. Readers discuss the research on Day 6 and must use it in "
        "Enquiry 2.")
para(d, "6.3 Legislation and national policy are taught, not merely shelved: Day 1 works through the Code of Practice "
        "and the SENCO's statutory duties, the 2008 SENCO regulations and the DCSF's current initiatives (the Inclusion "
        "Development Programme, Achievement for All as it is piloted), and readers test their own school's SEN policy "
        "against them in a school task.")

d.add_heading("7. Registering readers", 1)
para(d, "7.1 Who may borrow. The Collection is open to qualified teachers in Westmerton schools, and in schools of "
        "neighbouring authorities by agreement, who are newly appointed or about to be appointed as SENCO. A reader is "
        "nominated by the headteacher, who signs the nomination form to release the reader for the eight Days and to "
        "name a Link Reader (Section 9).")
para(d, "7.2 The Accessions Panel (the Collection Leader, a University tutor and a SENCO from the Network) reads every "
        "nomination. Each candidate sends a 500-word statement of their experience with pupils with SEN and their school's "
        "SEN data, and the Panel checks QTS and at least two years' teaching. A candidate the Panel judges not yet ready "
        "is offered a guidance meeting, a reading route from the SLS's professional collection and a place on the next "
        "intake; the Collection Leader writes to the head to explain what the candidate needs to do first.")
p = para(d, "7.3 Prior learning. Readers who hold Master's-level credit in SEN from the last five years, or who can show "
            "equivalent experience in a portfolio, may claim up to 20 credits through the University's Recognition of "
            "Prior Learning procedure; the claim is mapped against the outcomes in Appendix B and decided by the "
            "University's Credit Committee, and a successful claim exempts the reader from Enquiry 1.")
comment(d, p.runs, "Do we also need a route for SEN support service teachers with no credit at all? Sandra to check "
               "with Registry.", "Ruth Penhallow", "RP")
p = para(d, "7.4 Checks. The Service's own staff, including every Collection Tutor and librarian who works with readers, "
            "hold enhanced CRB disclosures renewed every three years. Readers are serving teachers, and checks on them "
            "are a matter for the employing school or the County's HR Service; the Accessions Panel does not ask for "
            "disclosure details.")
comment(d, p.runs, "Should heads confirm the CRB check on the nomination form? Could add a tick box for 2009-10.",
        "Dr Sandra Eyles", "SE")
para(d, "7.5 Readers with a disability or other needs. The nomination form and the welcome letter both invite readers "
        "to tell us, in confidence, about a disability or other need, and the SLS Access Officer then meets them before "
        "Day 1 to agree adjustments. We already provide every reading pack in large print, on audio CD or as Word files "
        "for screen readers; the Castle Mews Resource Centre is step-free with a hearing loop; deadlines may be extended "
        "and rest breaks arranged. These arrangements are part of the County's Disability Equality Scheme, which the SLS "
        "reports against each year, and the Race and Gender Equality Schemes apply to the Collection in the same way.")
para(d, "7.6 The Reader Profile. Before Day 1 every reader completes the Reader Profile, a self-audit that rates their "
        "confidence and knowledge against each outcome in Appendix B on a four-point scale, checked by their Link Reader. "
        "The Collection Tutors read the profiles together and use them to decide which Reading Room Days need a longer "
        "workshop for the group and which strands can be shortened; the profile is returned to the reader to keep in the "
        "Accession File.")

d.add_heading("8. Formats and access", 1)
para(d, "8.1 Two intakes. The Collection opens twice a year, in September and in February, and a reader may join the "
        "second intake's Days to make up a Day missed. Days 1 to 3 come first; Days 4 to 7 may be taken in either order; "
        "Day 8 comes last. A reader may take the Enquiries over one year or, with the head's agreement, over two.")
para(d, "8.2 Blended delivery. Each Reading Room Day runs face to face at Castle Mews or at one of three cluster "
        "libraries (Tarnford, Brayley and Oldcastle) and is followed by two to three weeks' directed study in the "
        "Virtual Reading Room, the Collection's area on the University's Blackboard site. It holds each Day's reading pack "
        "and slides, short recorded talks, the Reference-only shelves, the Enquiry briefs and a discussion forum for each "
        "study group.")
para(d, "8.3 A Collection Tutor is assigned to each study group and answers questions in the group's forum and by "
        "email within three working days, between Days as well as after them; readers may book a telephone tutorial at "
        "any time. The Virtual Reading Room is also how the SLS sends notices to readers, Link Readers and heads, and "
        "each reader submits Enquiries through it. We hope readers will also use the forums to support one another.")

d.add_heading("9. Reader services", 1)
para(d, "9.1 Link Readers. Each reader's head names a Link Reader, a senior colleague in the reader's own school, who "
        "meets the reader at least once each half term, signs off the school tasks set after each Day and attends the "
        "Day 8 presentation. Every Day ends with a school task done in the reader's own school, such as an audit of the "
        "SEN register against the Code of Practice after Day 1 or an observation and feedback to a colleague after Day 4, "
        "and each task feeds one of the Enquiries.")
para(d, "9.2 Tutorials. Each reader has three individual tutorials with a Collection Tutor, one in each term, and the "
        "Tutor reviews the reader's progress towards the outcomes with them at each. The Collection is priced at £950 a "
        "reader, less than the University's standard PGCert fee because the SLS provides rooms, packs and library staff "
        "time within its existing service level agreements with schools.")
para(d, "9.3 The next chapter. On Day 8 each reader writes a Next Chapter plan: three professional targets for the "
        "following year, drawn from their final Reader Profile and discussed with their Link Reader and head. Readers are "
        "shown how the 60 credits count towards the University's MA in Inclusive Education, and the SENCO Network "
        "invites them to its termly meetings.")

d.add_heading("10. Gifts, donations and partnerships", 1)
para(d, "10.1 As with our book stock, much of the Collection's value comes from what partners give. The County's "
        "Educational Psychology Service, Speech and Language Therapy Service, Sensory Support Service and Parent "
        "Partnership Service each lead part of Day 2 or Day 5; Westmerton Parents' Forum sends two parents to Day 5; the "
        "County's Autism Outreach Team and the local Dyslexia Association contribute to Day 6; and two special schools, "
        "Harrowgate and Fellside, host Day 6 in their classrooms.")
p = para(d, "10.2 ")
dele(p, "Each reader also spends a placement day in Harrowgate or Fellside special school, observing and teaching with "
        "a named teacher there, and writes it up for the Accession File. ", author="Dr Sandra Eyles",
     date="2009-01-09T15:20:00Z")
plain(p, "We would like to offer readers visits to specialist provision outside their own school when the special "
         "schools can host them.")
para(d, "10.3 Headteachers and the SENCO Network will, we hope, be invited to comment on the Collection when it is "
        "evaluated at the end of its first year.")

d.add_heading("11. Weeding and withdrawal", 1)
para(d, "11.1 Stock that is out of date, unused or superseded is withdrawn. The Collection replaces the Westmerton "
        "Certificate in SEN Coordination (2002-2008), and several parts of that Certificate have not been carried over.")
para(d, "11.2 The Certificate's assessment-only route, under which experienced SEN support teachers could submit a "
        "portfolio without attending, was withdrawn in 2007 and has not been restored for the Collection.")
para(d, "11.3 The session on deploying and managing teaching assistants, run in the 2007-08 pilot, has been withdrawn. "
        "From 2008-09 this is left to the County's Teaching Assistant Development Team and its own course for SENCOs.")
para(d, "11.4 The Certificate's printed handbook is withdrawn; all guidance for readers, tutors and Link Readers is now "
        "in the Collection Handbook (Section 13).")

d.add_heading("12. Stocktaking and evaluation", 1)
para(d, "12.1 Internal. Readers evaluate each Reading Room Day on a short form; the Collection Tutors meet after every "
        "Day to read the forms and adjust the next Day; the Collection Committee (SLS, University and two SENCO Network "
        "members) meets each term and keeps an action log of every change it makes. At the end of each intake readers "
        "complete an exit questionnaire and a sample are interviewed.")
p = para(d, "12.2 External. The University's external examiner for the PGCert reports each year on standards and "
            "assessment; the Collection is included in the University's Annual Monitoring and Review, whose action plan "
            "is reported to the Collection Committee and the Westmerton Schools Forum. ")
ins(p, "Every Enquiry is marked by a Collection Tutor against published criteria; a sample of one in four, and every "
       "fail and distinction, is second-marked by a University tutor, and the marks are moderated by the University's "
       "Board of Examiners with the external examiner before they are confirmed.", author="Dr Sandra Eyles",
    date="2009-01-09T15:31:00Z")
para(d, "12.3 Impact. The Reader Profile is completed again at the end of Day 8 and compared with the first, outcome by "
        "outcome, to show the change in readers' confidence and competence; the Collection Committee reads the summary "
        "for each intake. The SLS already measures loans per pupil in every school it serves, and will report that figure "
        "for readers' schools. We hope that in later years schools will share with us data on the progress of the pupils "
        "their SENCOs have worked with.")

d.add_heading("13. Staff of the Collection", 1)
para(d, "13.1 Collection Leader: Dr Sandra Eyles, Senior Lecturer in Inclusive Education, University of Kirkbride; "
        "formerly SENCO and deputy head of a Westmerton primary school; PhD on SENCOs' leadership (2005); member of NASEN's "
        "research committee. Collection Tutors: Mark Dunstable (former SENCO, now Senior Adviser for SEN with the County, "
        "MA SEN, NPQH); Helen Quarrie (specialist teacher, Autism Outreach Team, MEd Autism); Priya Lal (educational "
        "psychologist, County EP Service). Librarians: Ruth Penhallow (Head of SLS, MA Information Studies) and two SLS "
        "schools librarians. All tutors teach in schools at least one day a month and attend the University's annual "
        "SEN research conference.")
para(d, "13.2 Resources. Readers borrow from the SLS's SEN professional collection of some 2,400 books, assessment kits "
        "and DVDs, delivered to their school by the SLS van. The Castle Mews assistive technology lab holds text-to-speech "
        "and mind-mapping software, switch access and symbol software; the University library's e-journals are open to "
        "every reader.")
para(d, "13.3 Roles. The Collection Handbook sets out the roles of Collection Tutors, Link Readers and the Accessions "
        "Panel. New tutors shadow a Reading Room Day and second-mark with the Collection Leader before marking alone. "
        "Link Readers attend a two-hour briefing at Castle Mews before Day 1, with a Link Reader's guide, and the "
        "Collection Tutor telephones each Link Reader once a term.")

d.add_heading("Appendix A. The Enquiries", 1)
para(d, "Enquiry 1, the Case Reader (4,000 words, 20 credits). A study of one pupil with SEN in the reader's school: how "
        "the pupil's needs were identified, using observation, data and the assessments of other professionals; the "
        "pupil's development and what has affected it; targets set with the pupil's teachers and parents; the "
        "interventions planned and how progress was reviewed. It must show fair and respectful work with the pupil and "
        "family and the reader's use of the agencies involved.")
para(d, "Enquiry 2, the Practice Enquiry (5,000 words, 20 credits). The reader leads a change in provision in their "
        "own school with colleagues, using provision mapping to find what is missing or ineffective, takes baseline "
        "measures of the pupils involved and measures again after at least one term, and evaluates the change with "
        "other staff for the school's self-evaluation. It must draw on research from the Day 6 pack and show how the "
        "reader won the head's and colleagues' commitment and supported their development.")
para(d, "Enquiry 3, the Accession File and presentation (20 credits). The Accession File gathers the reader's school "
        "tasks, Reader Profiles and a 2,000-word commentary on their strategic work with the head and governors; on Day "
        "8 the reader presents the Practice Enquiry for 20 minutes to two tutors and their Link Reader and answers "
        "questions. It is marked for clear spoken and written communication and for the soundness of the reader's "
        "judgements about provision.")

d.add_heading("Appendix B. Holdings by outcome", 1)
para(d, "Each national outcome as we describe it to readers, where it is shelved and whether it is checked. Levels as in Section 5.")
O = [
    ("BAND", "Attributes", "FCE4D6"),
    ["Fair, respectful relationships with pupils and their families", "Day 5", "4", "Enquiry 1"],
    ["Winning the commitment of the head and colleagues", "Day 4; Day 7", "4", "Enquiry 2"],
    ["Time, priorities and delegation", "Guide in the Virtual Reading Room", "1 / R", "Reference only"],
    ["Solving problems; sound judgements about provision", "Day 7", "4", "Enquiry 3 (presentation)"],
    ["Clear speaking, writing and listening", "Day 8", "4", "Enquiry 3"],
    ["Using research and outside advice to improve practice", "Day 6", "4", "Enquiry 2"],
    ["Keeping up to date; owning one's CPD", "Current-awareness alerts in the Virtual Reading Room", "3", "Not checked"],
    ("BAND", "Knowledge and understanding", "FCE4D6"),
    ["SEN law, the Code of Practice and putting them into practice", "Day 1", "4", "Enquiry 1; school task 1"],
    ["Every Child Matters and the SENCO's part in its five outcomes", "Day 1", "4", "Enquiry 3 (commentary)"],
    ["Disability equality law", "Shelved with the University's module ED7004 Disability and Inclusion, which is not part of the Award", "0", "-"],
    ["How children develop and what affects development", "Readers' own reading", "-", "Enquiry 1"],
    ["Common types of SEN and their effect on learning", "Day 2", "4", "Enquiry 1"],
    ["Approaches, strategies and resources, including ICT", "Day 6", "4", "Enquiry 2"],
    ["School self-evaluation and improvement for SEN", "Day 7", "4", "Enquiry 2"],
    ["Best practice and research in meeting SEN", "Day 6", "4", "Enquiry 2"],
    ["Other agencies and getting specialist support", "Day 5", "4", "Enquiry 1"],
    ("BAND", "Skills", "FCE4D6"),
    ["Influencing strategy, ethos and resources with senior staff and governors", "Day 7", "4", "Enquiry 3 (commentary)"],
    ["Identifying pupils, setting targets, planning and reviewing interventions", "Day 2", "4", "Enquiry 1"],
    ["Using other professionals' assessments", "Day 2", "4", "Enquiry 1"],
    ["Tracking with summative data and national tests", "Day 3", "4", "Enquiry 2"],
    ["Helping colleagues with formative assessment", "Virtual Reading Room forum task after Day 4", "3", "Not checked"],
    ["Provision mapping; finding missing or ineffective provision", "Day 3", "4", "Enquiry 2"],
    ["Deploying and managing teaching assistants", "Withdrawn (see 11.3)", "0", "-"],
    ["Developing colleagues: observing, feedback, coaching, training", "Day 4", "4", "Enquiry 2"],
    ["Reviewing provision with staff for self-evaluation", "Day 7", "4", "Enquiry 2"],
    ["Pupils' part in planning and reviewing their provision", "Reading shelf on pupil participation", "1 / R", "Reference only"],
    ["Liaising with parents and carers", "Day 5", "4", "Enquiry 1"],
    ["Working with other services and voluntary organisations", "Day 5", "4", "Enquiry 1"],
]
table(d, ["Outcome (our words)", "Shelved in", "Level", "Checked in"], O)

d.add_heading("Appendix C. The award rule", 1)
para(d, "The University's Board of Examiners recommends the Award to readers who pass all three Enquiries with an "
        "aggregate mark of 50 per cent or better; a mark of 40 to 49 in one Enquiry may be carried by higher marks in the "
        "other two. A reader who does not reach the aggregate may resubmit once. Credit and the certificate are issued by "
        "the University of Kirkbride.")

d.save(str(Path(__file__).with_name(NAME + ".docx")))
