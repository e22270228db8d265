"""hr-01-lyall-interpreter-prep-pack

Provider: Lyall Learning, the professional development arm of the Lyall Trust
for Deaf Children (a national deaf education charity), in partnership with the
Holmbury University School of Education, which validates and awards the
"Lyall Certificate in SEN Coordination (National Award)", 60 credits at
Level 7.

Document kind and layout: the Communication Support Preparation Pack that
Lyall Learning sends to the BSL/English interpreters, lipspeakers,
speech-to-text reporters and electronic note-takers ("CSPs") booked for the
course's seven Contact Days, sent to the TDA as the application with a
covering note in a text box. Heading styles (Heading 1/2), a document-control
table, a bookings table with merged and shaded cells, a tutor-team table,
day-by-day prep notes (each Contact Day CD1-CD7 with a small fact table,
"What the day is about", "What participants will be doing", "Words and names
to prepare" and "Watch out for" paragraphs), a glossary table of agreed
sign/term notes, a CSP code of conduct, and Part G "For the TDA panel" with
the award rules and an outcome table ("Worked on" / "Checked in") in the
course's own wording with merged, shaded group rows. Tracked changes
(a deleted cell in the outcome table, an inserted APL sentence, a deleted
paragraph), Word comments, a header and a footer that claims approval.

Traps (requirement ids):
- 5.3 wrong-context + someone else's responsibility: the only CRB checks
  described are for CSPs ("All CSPs must hold a current enhanced CRB
  disclosure"); for participants the pack says checks are the employing
  school's business and Lyall does not ask for them -> not_met.
- 2.3 negation / past decision: an assessment-only route was "considered"
  and "decided against" for the first cohort -> not_met.
- 2.1 tracked insertion: the APL sentence is an inserted tracked change and
  counts -> met (notes_on_met).
- 3.3 e-learning partial: Catch-up Clips on the VLE and tutor support by
  email/videophone between days, but "There is no discussion forum" and no
  peer support online -> partially_met.
- 4.3 delivery but not evaluation: Deaf parents and young people present on
  CD2 and heads attend CD7, but evaluation is by participants only; a Word
  comment proposing a parents' reference group reviewing evaluation does not
  count -> partially_met.
- 5.5 past arrangement: placements (shadowing a Teacher of the Deaf) were in
  the 2007-08 pilot only and are "not part of the accredited course";
  specialist expertise is available -> partially_met.
- 5.7 wrong context: the pack explains CSPs' roles in detail; for school
  mentors there is only a phone call and a one-page note -> partially_met.
- 5.9 aspiration: participants' confidence is measured before/after, but
  pupils' achievement only "we hope in time" -> partially_met.
- 1.5 looks thin (a Youth Panel talk) but CD2 also has participants plan
  pupil-led reviews and one-page profiles -> met (notes_on_met).
- 1.9 the outcome table shows outcomes not checked and one missing,
  despite the claim that every outcome is assessed -> partially_met.
- Outcomes: 6.A3 absent from the table and the days -> not_met; 6.A7 only
  a hope ("We hope participants will") -> not_met; 6.K7, 6.S4, 6.S7
  developed but "not checked" -> partially_met; 6.S2b formative only
  (Data Clinic "feedback on the day only") -> partially_met; 6.S2d
  developed on CD4 but its "Checked in" entry is a tracked deletion ->
  partially_met. The glossary's "Access arrangements" entry defines the term
  and is not coverage.
- Header/footer: the footer's "TDA-approved provider" claim is not evidence.
- Vocabulary lists ("Words and names to prepare") name terms without saying
  the course develops anything.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hr_helpers import *  # noqa

HERE = Path(__file__).resolve().parent
NAME = "hr-01-lyall-interpreter-prep-pack"
A1 = "Ruth Okafor (Lyall)"
A2 = "M. Penrose (Holmbury)"

doc = new_document()
header_footer(doc, "Lyall Learning | Communication Support Preparation Pack | Contact Days 2009-10",
              "Lyall Learning is a TDA-approved provider of the National Award for SEN Coordination. "
              "Registered charity no. 1098xxx.")

para(doc, "LYALL LEARNING", bold=True, size=20, color="1F4E79")
para(doc, "Communication Support Preparation Pack", bold=True, size=16)
para(doc, "Lyall Certificate in SEN Coordination (National Award) \u2013 Cohort 1, 2009-10", size=12)
para(doc, "For BSL/English interpreters, lipspeakers, speech-to-text reporters and electronic note-takers "
          "booked through the Lyall Access Desk", italic=True)

table(doc, [
    ["Document", "Prep Pack v3 (supersedes v2 issued to agencies in September)"],
    ["Owner", "Ruth Okafor, Access and Communication Manager, Lyall Learning"],
    ["Course leader", "Dr Hannah Brewis, Head of Professional Learning"],
    ["Status", "Issued to booking agencies and freelance CSPs; copy sent to the TDA"],
], widths=[4, 12], header=False)
para(doc, "")

text_box(doc, [
    ("A note to the TDA panel", True),
    ("We have chosen to send you the pack our communication support professionals receive, because it is "
     "the most complete account we have of what actually happens on each Contact Day: the interpreters need "
     "to know exactly what participants will be doing, saying and reading. Part G at the end was written for "
     "you and sets out the award rules and where each outcome is worked on and checked.", False),
    ("Dr Hannah Brewis, Head of Professional Learning, Lyall Learning, and Professor Martin Penrose, "
     "Head of the School of Education, Holmbury University", False),
], height_pt=150)

# ---------------- Part A
doc.add_heading("Part A \u2013 The course in brief", level=1)
para(doc, "The course is a one-year, part-time programme for teachers who are new to the role of SENCO, "
          "in mainstream and special schools. It leads to the Lyall Certificate in SEN Coordination (National "
          "Award), which Holmbury University School of Education has validated as a 60-credit module at "
          "Level 7 (masters level). Successful participants are awarded the credits by Holmbury University "
          "and can carry them into the University's MA in Inclusive Education.")
para(doc, "The course aims to raise the achievement and improve the well-being of pupils with SEN and "
          "disabilities in all five Every Child Matters outcomes, not only in attainment, by making their SENCOs "
          "more skilled. The content follows from that aim, and each assessed component is about the "
          "participant's work with real pupils in their own school: their progress, safety, health and "
          "participation in school life.")
para(doc, "Cohort 1 has 22 participants. Three are Deaf and use BSL as their first language, one is hard of "
          "hearing and uses speech-to-text, and the rest are hearing. Most teach in mainstream primary and "
          "secondary schools in the West Midlands; four work in schools with a hearing support base. You are "
          "there for all of them: the whole room, not only the Deaf participants.")
para(doc, "The course has three strands, and you will meet all of them:")
bullets(doc, [
    [("Contact Days. ", "b"), "Seven full days (CD1-CD7) at the Lyall Centre, Digbeth, Birmingham, between October and June. This pack covers each day in Part D."],
    [("Workplace Tasks. ", "b"), "Between the days participants carry out set tasks in their own schools, with a school mentor (usually the head or a deputy). They bring the results back to the next Contact Day."],
    [("Catch-up Clips. ", "b"), "Each Contact Day's main input is filmed and put on the Lyall VLE within a week, with BSL in vision and open captions, for participants to watch again or catch up on."],
])
para(doc, "Participants may join the course at CD1 in October or at CD4 in February, completing the remaining "
          "days with the next cohort; the order of CD4-CD6 can be swapped for those who join in February. "
          "Participants who cannot attend a Contact Day watch the Catch-up Clip and complete a make-up task "
          "set by their tutor. There is one part-time route, taken over one year or spread over two.")
para(doc, "Between Contact Days participants can contact their personal tutor by email, text or videophone; "
          "tutors reply within three working days. There is no discussion forum on the VLE and participants "
          "do not work together online; the clips and the reading packs are the only online element.")

# ---------------- Part B
doc.add_heading("Part B \u2013 Bookings", level=1)
para(doc, "Bookings are made by the Lyall Access Desk. Please confirm by email within five working days of "
          "receiving the request. Where two interpreters are booked, they co-work the whole day.")
t = table(doc, [
    ["Day", "Date", "Room", "Support booked", "Agency / freelance"],
    ["CD1", "Sat 10 Oct 2009", "Hall 1", "2 BSL/English interpreters; 1 STTR", "Midlands Sign; freelance STTR"],
    ["CD2", "Sat 14 Nov 2009", "Hall 1", "2 BSL/English interpreters; 1 STTR; 1 Deaf relay interpreter (afternoon)", "Midlands Sign"],
    ["CD3", "Sat 16 Jan 2010", "Hall 1 + Room 4", "2 BSL/English interpreters; 1 STTR", "Midlands Sign"],
    ["CD4", "Sat 6 Feb 2010", "Hall 1", "", "To be confirmed"],
    ["CD5", "Sat 13 Mar 2010", "Hall 1", "2 BSL/English interpreters; 1 STTR; 1 electronic note-taker", "Freelance"],
    ["CD6", "Sat 8 May 2010", "Hall 1", "2 BSL/English interpreters; 1 lipspeaker", "Freelance"],
    ["CD7", "Sat 19 Jun 2010", "Hall 1 + breakout rooms", "", "To be confirmed"],
], widths=[1.5, 3, 2.6, 5.4, 3.5])
a = t.cell(4, 3).merge(t.cell(4, 4))
set_cell(a, "Same team as CD3 (to be confirmed with agency)")
shade_cell(a, "FFF2CC")
b = t.cell(7, 3).merge(t.cell(7, 4))
set_cell(b, "4 BSL/English interpreters (two per breakout room); 2 STTRs \u2013 to be confirmed")
shade_cell(b, "FFF2CC")
para(doc, "")
para(doc, "Fees are paid at the agency rate or the NRCPD-registered freelance rate. Preparation time of one "
          "hour per Contact Day is paid for each CSP.")

# ---------------- Part C
doc.add_heading("Part C \u2013 Who you will work with", level=1)
para(doc, "The course team is listed below with the names you will need to fingerspell or sign. Please "
          "agree name signs with each tutor at the start of CD1.")
table(doc, [
    ["Name", "Role on the course", "Background"],
    ["Dr Hannah Brewis", "Course leader; personal tutor; leads CD1 and CD7", "Former SENCO and head of a secondary hearing support base; PhD on inclusion of deaf pupils; Lyall's Head of Professional Learning since 2005"],
    ["Sam Adebayo (Deaf, BSL user)", "Tutor; leads CD2 and CD3 afternoon", "Qualified Teacher of the Deaf; ten years in a sign bilingual primary school; trainer for the Lyall Youth Panel"],
    ["Dr Claire Morven", "Holmbury University tutor; leads CD6; second marker", "Senior Lecturer in Inclusive Education; publishes on SEN policy and school self-evaluation"],
    ["Jenny Tull", "Tutor; leads CD4 and CD5", "Local authority SEN adviser (seconded two days a week); former primary SENCO; trained assessor for access arrangements"],
    ["Dr Owain Rees", "Guest, CD3 morning", "Educational audiologist, Birmingham Children's Hospital"],
    ["Priya Shah", "Guest, CD6", "Senior educational psychologist, Sandwell"],
], widths=[3.5, 5, 8])
para(doc, "")
para(doc, "All tutors take part in Lyall's own professional updating programme (two days a year on current "
          "research and policy) and attend the University's assessment and moderation day each September.")

# ---------------- Part D
doc.add_heading("Part D \u2013 Day-by-day preparation notes", level=1)
para(doc, "Each day runs 9.30 to 4.00 with breaks at 11.00, 12.45 and 2.45. Slides and handouts are sent to "
          "you by the Wednesday before. Video clips shown on the day are captioned; if one is not, tell the "
          "tutor at the start and they will give you the transcript.")


def day(code, title, facts, about, doing, words, watch, extra=None):
    doc.add_heading(f"{code} \u2013 {title}", level=2)
    table(doc, [["Lead", "Format", "Reading pack"], facts], widths=[5, 6, 5])
    runs(doc, [("What the day is about. ", "b"), about])
    runs(doc, [("What participants will be doing. ", "b"), doing])
    if extra:
        for e in extra:
            para(doc, e)
    runs(doc, [("Words and names to prepare: ", "b"), words])
    runs(doc, [("Watch out for: ", "b"), watch])


day("CD1", "The role and the rules",
    ["Dr Hannah Brewis", "Whole group in Hall 1; small groups after lunch", "Pack 1 (Code of Practice extracts)"],
    "The SENCO role in law and in practice. The morning works through the SEN Code of Practice (2001) and "
    "the Education Act 1996, Part IV: the graduated response, School Action and School Action Plus, statutory "
    "assessment and statements, annual reviews and what each means for the school, the SENCO and class "
    "teachers. After lunch Hannah covers the Disability Discrimination Act 1995 as amended in 2005, the "
    "Disability Equality Duty and school accessibility plans, and the five Every Child Matters outcomes and "
    "what a SENCO can do to improve each of them for pupils with SEN and disabilities. The day closes with "
    "current policy: the Lamb Inquiry, the Rose Review and the Achievement for All pilots.",
    "In small groups participants compare their schools' SEN policies with the Code and list what needs "
    "changing. Each participant then completes the Starting Point Profile (a self-rating against every course "
    "outcome, with evidence) and meets their personal tutor for twenty minutes to agree their Learning Plan: "
    "the outcomes they will give most time to, the optional readings and sessions they will take, and their "
    "personal targets for the year. Participants with a strong profile in an area can be excused a session "
    "and set an extension task instead.",
    "School Action Plus; statutory assessment; statement of SEN; Part IV; DDA; Disability Equality Duty; "
    "accessibility plan; Every Child Matters; Lamb; Rose; Achievement for All; Starting Point Profile; "
    "Learning Plan.",
    "The small-group discussion is fast and people talk over each other. Hannah has agreed to use a talking "
    "object; please remind her if it slips.")

day("CD2", "Listening to children and families",
    ["Sam Adebayo", "Panel and workshops; relay interpreter in the afternoon", "Pack 2 (pupil voice; working with parents)"],
    "Building relationships with pupils who have SEN and disabilities and with their families. In the morning "
    "four members of the Lyall Youth Panel (Deaf young people aged 14 to 19) talk about their school "
    "experiences and answer participants' questions. In the afternoon three Deaf and hearing parents of "
    "children with SEN describe what helped and what did not when they dealt with their child's school.",
    "Participants work in threes on how pupils can take part in planning and reviewing their own provision: "
    "preparing a pupil for an annual review, pupil-led IEP meetings, and one-page pupil profiles. They then "
    "role-play a difficult meeting with a parent, with one of the visiting parents giving feedback, and plan "
    "how their school will keep in touch with parents between reviews. The Workplace Task set for CD3 is to "
    "hold a structured conversation with the parents of the pupil chosen for the Pupil Study.",
    "Youth Panel; pupil-led review; one-page profile; IEP; Parent Partnership Service; relay interpreter; "
    "Deaf parent; sign bilingual.",
    "Youth Panel members sign fast and use regional signs. The relay interpreter will work with them; the "
    "voice-over must keep their own words, not tidy them up.")

day("CD3", "Understanding needs",
    ["Dr Owain Rees (am); Sam Adebayo (pm)", "Lecture, then carousel in Hall 1 and Room 4", "Pack 3 (development; types of need)"],
    "How children develop, and how development is affected by SEN and disability and by the physical and "
    "social environment: language development in deaf and hearing children, the effect of noise and poor "
    "acoustics in classrooms, and the effect of low expectations. The afternoon carousel covers the most "
    "common types of need \u2013 behavioural, emotional and social difficulties, specific learning "
    "difficulties including dyslexia, speech, language and communication needs, autism and moderate learning "
    "difficulties \u2013 and how each can affect learning, with assessment tools, teaching approaches and "
    "ICT (assistive technology, radio aids, visual timetables, text-to-speech) for each. Participants are "
    "asked to judge which approaches have good evidence behind them and which do not.",
    "Participants bring the reports held on their Pupil Study pupil (from an educational psychologist, a "
    "speech and language therapist, an audiologist or others) and work out what the reports mean for "
    "classroom teaching. In the last hour, the Data Clinic, participants bring their school's tracking data "
    "and end of Key Stage results for pupils with SEN and get feedback from Jenny Tull on how to track "
    "progress and when to change a programme that is not working.",
    "Audiogram; decibel; cochlear implant; radio aid; BESD; SpLD; SLCN; ASD; MLD; P scales; RAISEonline; "
    "Data Clinic.",
    "Dr Rees uses many technical audiology terms. His slides have a glossary; please ask for them early.")

day("CD4", "Planning, targets and tracking",
    ["Jenny Tull", "Workshops", "Pack 4 (provision mapping; access arrangements)"],
    "Identifying pupils who may have SEN (from observation, data and teacher concern), setting challenging "
    "targets, planning interventions and reviewing progress. Jenny then covers provision mapping and "
    "provision management: costing provision, spotting provision that is ineffective or missing, and "
    "replacing it. The last session covers access arrangements for national tests and public examinations: "
    "how to identify in good time the pupils who need them, the evidence needed, and working with the "
    "examinations officer and class teachers so that the arrangements are also normal classroom practice.",
    "Participants draft a provision map for their own school from data they bring. In pairs they plan a "
    "short session for class teachers in their school on formative assessment (assessment for learning) for "
    "pupils with SEN, which they will run back in school and write up for their Leading Change Project.",
    "Provision map; wave 1, 2, 3; access arrangements; JCQ; reader; scribe; extra time; assessment for "
    "learning; Leading Change Project.",
    "Jenny moves between the two rooms in the last session. Please stay with the Deaf participants' group.")

day("CD5", "Leading and managing people",
    ["Jenny Tull", "Whole group and coaching triads", "Pack 5 (leading change; coaching)"],
    "Winning the commitment of the head, senior leaders and colleagues to better outcomes for pupils with "
    "SEN; working with governors on the school's inclusion policy and the use of resources; deploying and "
    "managing teaching assistants; and supporting colleagues' development through observation and feedback, "
    "modelling, coaching and running training. The day also works on clear speaking and writing: "
    "participants practise presenting a case to a senior leadership team and get feedback on a one-page "
    "briefing paper.",
    "Coaching triads (coach, coachee, observer) in which each participant coaches a colleague on an "
    "agreed problem. Participants prepare the presentation to their senior leadership team and governors "
    "that forms part of the Provision Review.",
    "Triad; coachee; SLT; governing body; deployment; TA; HLTA; Blatchford (the DISS project).",
    "The triads are noisy. The STTR will sit with the hard of hearing participant's triad.")

day("CD6", "Looking outwards: agencies, research and evaluation",
    ["Dr Claire Morven; Priya Shah", "Lecture, then workshops", "Pack 6 (multi-agency working; research)"],
    "The scope and role of external agencies \u2013 educational psychology, speech and language therapy, "
    "sensory support services, CAMHS, social care, the Parent Partnership Service \u2013 and voluntary "
    "organisations including Lyall itself, and how to get specialist support and resources for pupils. "
    "Priya Shah leads a session on the Common Assessment Framework and team around the child meetings. "
    "Claire Morven then introduces research on what works for pupils with SEN (including Ofsted's 2006 "
    "report Inclusion: does it matter where pupils are taught? and recent DCSF-funded studies), and how to "
    "use research and outside advice to improve practice in school. The last session is on school "
    "self-evaluation: the SEF, and how the SENCO's evidence fits into the school's judgement of its own "
    "improvement.",
    "Participants map the agencies working with their school and plan one new partnership. Each participant "
    "reviews, with two colleagues back in school, how effective one area of the school's SEN provision is, "
    "using a review grid introduced on the day; the review is written up in the Provision Review.",
    "CAMHS; CAF; TAC; lead professional; SEF; Ofsted; Morven; Shah; Inclusion: does it matter where pupils "
    "are taught?",
    "Claire quotes research titles at speed. They are in the slides; do not guess them.")

day("CD7", "Showing what has changed",
    ["Dr Hannah Brewis", "Presentations in breakout rooms", "None"],
    "Participants present their Leading Change Projects to one another, to tutors and to invited "
    "headteachers, who may ask questions. After lunch participants work through three problem scenarios "
    "(a complaint from a parent, a pupil at risk of exclusion, a budget cut) and explain the decision they "
    "would take and why.",
    "The day ends with each participant writing their next-year targets with their personal tutor, "
    "using the Lyall Next Steps sheet, and taking the sheet to their performance management meeting in "
    "school.",
    "Leading Change Project; scenario; exclusion; Next Steps sheet; Professional Conversation.",
    "Four rooms run at once. Please check your room on the list at reception.")

p = para(doc, "Note: in the 2007-08 pilot, participants also spent a shadowing day with a Teacher of the Deaf "
              "in a hearing support base. The shadowing day is not part of the accredited course.")
comment(doc, p, "Do we want to say this? Panel may read it as 'no placements'.", "M. Penrose", "MP")

# ---------------- Part E glossary
doc.add_heading("Part E \u2013 Glossary and agreed signs", level=1)
para(doc, "These are the terms that come up most. Where the course team and the Lyall Youth Panel have agreed "
          "a sign, it is described; otherwise please fingerspell the first time and agree a sign with the "
          "Deaf participants.")
g = table(doc, [
    ["Term", "Meaning", "Agreed sign / note"],
    ["Access arrangements", "Adjustments for candidates in national tests and public examinations, e.g. a reader, a scribe, extra time or a BSL interpreter for instructions.", "Fingerspell A-A then sign EXAM + HELP"],
    ["Annual review", "The yearly review of a pupil's statement of SEN.", "Sign YEAR + REVIEW"],
    ["CAF", "Common Assessment Framework: a shared assessment used by different services.", "Fingerspell"],
    ["IEP", "Individual education plan setting out targets for a pupil.", "Fingerspell"],
    ["Provision map", "A table of the extra and different provision a school makes, with costs.", "Sign PLAN + MAP"],
    ["SENCO", "Special educational needs coordinator.", "Agreed sign: S on palm, then COORDINATE"],
    ["Statement", "A statement of special educational needs made by the local authority.", "Sign LETTER + OFFICIAL"],
    ["Teacher of the Deaf", "A teacher with the mandatory qualification to teach deaf pupils.", "Sign TEACHER + DEAF"],
], widths=[3.5, 8, 5])
para(doc, "")

# ---------------- Part F code of conduct
doc.add_heading("Part F \u2013 Working with us: conduct, confidentiality and checks", level=1)
typed_bullets(doc, [
    "All CSPs must hold a current enhanced CRB disclosure and be registered with NRCPD. The Access Desk "
    "checks both before a first booking.",
    "Participants discuss real pupils. Names are replaced by initials, but anything you hear is confidential.",
    "If a participant asks you for advice on the course content, please refer them to their tutor.",
    "Please tell the Access Desk at once if you cannot keep a booking. We keep a reserve list.",
])
para(doc, "Checks on participants are a different matter. Participants are serving teachers and their "
          "employing schools are responsible for their CRB disclosures; Lyall does not ask participants for "
          "disclosure details.")
para(doc, "Your own role is to make communication equal for everyone in the room. This pack, the briefing call "
          "before your first booking and the debrief at the end of each day are there so that every CSP "
          "understands that role and can carry it out to a high standard.")

# ---------------- Part G panel
doc.add_heading("Part G \u2013 For the TDA panel", level=1)
doc.add_heading("G1 Accreditation and award", level=2)
para(doc, "Holmbury University School of Education validated the course in June 2009 as a 60-credit Level 7 "
          "module. The award is made by the University's Board of Examiners. A participant receives the "
          "Certificate only when every course outcome has been signed off as met in the assessed work and "
          "the Professional Conversation; a participant who has not met an outcome may resubmit once.")
doc.add_heading("G2 Entry, prior learning and routes", level=2)
para(doc, "Applicants must be qualified teachers in post as SENCO or about to take up the role, with the "
          "written support of their headteacher. Every applicant completes an application form describing "
          "their experience of SEN and has a telephone interview with the course leader. Where an applicant "
          "is not yet ready, the course leader writes to the applicant and the headteacher setting out what "
          "to do first (usually a term's experience and Lyall's short course on SEN basics) and offers a "
          "place in the following cohort.")
tracked_para(doc, [
    ("n", "The Starting Point Profile and Learning Plan (see CD1) personalise the course for each participant. "),
    ("i", "Participants may claim credit for earlier study and experience: claims are made against the course "
          "outcomes and decided by the University's Accreditation of Prior Learning panel, up to 30 of the 60 "
          "credits."),
], author=A2)
para(doc, "We considered an assessment-only route for experienced SENCOs and advisory teachers but decided "
          "against it for the first cohort.")
deleted_paragraph(doc, "The course fee of \u00a31,150 includes all communication support, reading packs and "
                       "Catch-up Clips; Lyall bursaries cover half the fee for schools with fewer than 150 pupils.",
                  author=A1)
para(doc, "The course fee of \u00a3950 includes all communication support, reading packs and Catch-up Clips. "
          "Because most of the reading is provided as packs and the clips replace repeat sessions for those "
          "who miss a day, the cost per participant is about a third lower than Lyall's previous two-year "
          "certificate, and participants excused sessions after the Starting Point Profile spend that time on "
          "their extension tasks.")
doc.add_heading("G3 Equality and access", level=2)
para(doc, "Lyall is a Deaf-led charity and the course is designed for Deaf and hearing participants together. "
          "Every applicant is asked in confidence, on the application form and again at interview, about any "
          "adjustments they need. Communication support of the participant's choice is booked for every "
          "Contact Day and for the Professional Conversation, which can be held in BSL; written assignments "
          "can be submitted as BSL video with a glossed outline; extra time is given on request; the Lyall "
          "Centre is fully accessible, with loops in every room. The University's disability adviser reviews "
          "each participant's support plan.")
doc.add_heading("G4 Stakeholders", level=2)
para(doc, "The course was designed after a survey of 140 SENCOs and 60 headteachers in the West Midlands and "
          "a consultation with Deaf parents and the Lyall Youth Panel in 2007. Heads asked for less time out of "
          "school, which is why the days are on Saturdays; SENCOs asked for more on data and provision "
          "mapping, which is why CD4 was added after the pilot; the Youth Panel asked that pupils be heard "
          "on the course, which is why CD2 opens with them.")
p = para(doc, "Stakeholders are involved in the course itself: the Youth Panel and parents present on CD2, "
              "local authority and health professionals teach on CD3 and CD6, and headteachers attend the "
              "presentations on CD7. Evaluation is carried out with participants (see G5).")
comment(doc, p, "Add: the Deaf Parents' Reference Group will review the evaluation report each year and "
                "advise on changes?", "Ruth Okafor", "RO")
doc.add_heading("G5 Quality assurance and evaluation", level=2)
para(doc, "Quality is assured through Lyall's and the University's procedures together. Participants complete "
          "an evaluation at the end of every Contact Day and an end-of-course questionnaire; tutors meet after "
          "each day to review the evaluations and change the next day's plan; a University link tutor "
          "observes two Contact Days a year; and the University's external examiner reports each year on "
          "standards and assessment. The course team writes an annual report to the University's Quality "
          "Committee with an action plan, and the actions are reported back to the next cohort.")
para(doc, "Participants rate their confidence against every course outcome in the Starting Point Profile and "
          "again at the Professional Conversation, and the change is reported in the annual report. We hope "
          "in time to collect evidence of the difference the course makes to the achievement of the pupils "
          "participants teach.")
para(doc, "All assessed work is marked by the personal tutor and a sample of at least one in four, and all "
          "fails and borderline work, is second marked by Dr Morven. The external examiner moderates a sample "
          "every year. Tutors attend the University's moderation day each September.")
para(doc, "School mentors are phoned by the course leader before CD1 and sent a one-page Mentor Note.")
para(doc, "Participants use the Lyall Centre's resource library (over 3,000 titles, assessment kits and "
          "specialist equipment including radio aids and soundfield systems for loan), the Holmbury "
          "University library and e-journals, and the ICT suite at the Lyall Centre with assistive "
          "software. Specialist expertise on the course comes from Teachers of the Deaf, an educational "
          "audiologist, an educational psychologist and Lyall's national advisers.")

doc.add_heading("G6 Assessment and outcomes", level=2)
para(doc, "Every course outcome is assessed. The assessed components are:")
table(doc, [
    ["Component", "What the participant does", "Weighting"],
    ["Pupil Study", "A 4,000-word study of one pupil with SEN: identification, reports from professionals, "
                    "targets, interventions, work with the parents and the pupil's progress over two terms.", "35%"],
    ["Provision Review", "A provision map for the participant's school, a review of one area of provision with "
                         "colleagues, and a presentation to the senior leadership team and governors.", "30%"],
    ["Leading Change Project", "A project in the participant's school that changes practice, including a "
                               "training session run for colleagues; presented on CD7.", "35%"],
    ["Professional Conversation", "A 40-minute discussion of the participant's portfolio with the personal "
                                  "tutor and a University examiner, in BSL or spoken English.", "Pass / refer"],
], widths=[4, 10, 2.5])
para(doc, "")
para(doc, "The table below shows, in the course's own wording, where each outcome is worked on and checked.")

rows = [["By the end of the course the SENCO can...", "Worked on", "Checked in"]]
groups = [
    ("Being a SENCO", [
        ("build fair, respectful and constructive relationships with pupils with SEN and disabilities and their parents", "CD2", "Pupil Study"),
        ("win the commitment of the head, senior leaders and colleagues to better outcomes for pupils with SEN", "CD5", "Leading Change Project"),
        ("anticipate and solve problems and make sound decisions about provision", "CD7", "Professional Conversation"),
        ("speak and write clearly and listen to the views of others", "CD5", "Leading Change Project; Professional Conversation"),
        ("use research and outside advice to improve their own and colleagues' practice", "CD6", "Leading Change Project"),
        ("keep up to date and take charge of their own development", "\u2013", "We hope participants will keep reading Lyall's magazine Sightlines after the course."),
    ]),
    ("Knowing", [
        ("explain SEN law and the SEN Code of Practice and how to put them into practice", "CD1", "Pupil Study"),
        ("explain the Every Child Matters outcomes and the SENCO's part in them", "CD1", "Pupil Study"),
        ("explain disability equality law and the actions it requires", "CD1", "Provision Review"),
        ("explain how children develop and what affects development", "CD3", "Pupil Study"),
        ("explain the common types of SEN and how they affect learning", "CD3", "Pupil Study"),
        ("judge approaches, strategies and resources, including ICT, for assessment and teaching", "CD3", "Pupil Study"),
        ("explain school self-evaluation and how it relates to SEN", "CD6", "not checked"),
        ("explain best practice and research on meeting SEN", "CD6", "Leading Change Project"),
        ("explain what outside agencies do and how to get their help", "CD6", "Pupil Study"),
    ]),
    ("Doing", [
        ("work with senior colleagues and governors on an inclusive ethos, policies and resources", "CD5", "Provision Review"),
        ("identify pupils with SEN, set targets, plan interventions and review progress", "CD4", "Pupil Study"),
        ("use other professionals' assessments to plan teaching", "CD3", "Pupil Study"),
        ("use summative data, including national tests, to track progress and change programmes", "CD3 (Data Clinic)", "feedback on the day only"),
        ("help other teachers develop formative assessment for pupils with SEN", "CD4", "Leading Change Project"),
        ("arrange access arrangements for tests and examinations in good time", "CD4", None),
        ("use provision mapping and find ineffective or missing provision", "CD4", "Provision Review"),
        ("deploy and manage staff", "CD5", "not checked"),
        ("support colleagues' development by coaching, modelling and training", "CD5", "Leading Change Project"),
        ("review provision with colleagues to feed school self-evaluation", "CD6", "Provision Review"),
        ("involve pupils in planning and reviewing their provision", "CD2", "not checked"),
        ("work with parents and carers", "CD2", "Pupil Study"),
        ("work with other services and voluntary organisations", "CD6", "Pupil Study"),
    ]),
]
group_idx = []
s2d_row = None
for gname, items in groups:
    group_idx.append(len(rows))
    rows.append([gname, "", ""])
    for o, w, c in items:
        if c is None:
            s2d_row = len(rows)
            c = ""
        rows.append([o, w, c])
ot = table(doc, rows, widths=[9.5, 3, 4])
for i, (gname, _) in zip(group_idx, groups):
    merge_row(ot, i, gname, fill="BDD7EE")
tracked_cell(ot.cell(s2d_row, 2), [("d", "Provision Review")], author=A1)
c = ot.cell(s2d_row, 2).paragraphs[0]
comment(doc, ot.cell(s2d_row, 0).paragraphs[0],
        "Access arrangements are not actually in the Provision Review brief \u2013 removed.", "Ruth Okafor", "RO")
para(doc, "")
para(doc, "Lyall Learning, Birmingham, October 2009", italic=True)

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
