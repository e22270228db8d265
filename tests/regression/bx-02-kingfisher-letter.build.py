"""Build bx-02-kingfisher-letter.docx: Kingfisher Bank Teaching School Alliance (invented).

Provider: Kingfisher Bank School, a day special school in the invented
Sedgecombe Borough and a National Teaching School since July 2011, leading the
Kingfisher Bank Teaching School Alliance; the invented University of Hartsmere
validates; Sedgecombe Borough Council's SEN team and educational psychology
service teach two sessions. Programme: Postgraduate Certificate in Special
Educational Needs Coordination, 60 credits, one cohort a year, thirteen
Wednesday afternoon sessions, a visit afternoon, two assignments. Dated
18 November 2011, so the vocabulary is a little later than 2008 (teaching
school alliance, Equality Act 2010, the Green Paper Support and aspiration,
iPads with communication apps) while CRB and the SEN Code of Practice 2001
are still current.

Layout: a long email-style letter to the TDA (From/Sent/To/Cc/Subject lines,
then "Dear ..."), replying to the panel's earlier queries. Each TDA query is
quoted in italics ("Query N." then the query), with "Our response:" in bold
beneath; the queries restate the specification and are never evidence. Two
small two-column tables: an "Item / Our position" summary under Query 8 and a
staffing table under Query 14. Several answers are "To follow." or "See
attached." and nothing is attached (the closing paragraph says they will
follow). The outcomes are described in narrative per strand (attributes,
knowledge and understanding, skills) under Query 18, against a session list
in the opening. Signature block. No header or footer.

A weaker application with many partials and not mets: 14 met, 28 partially
met, 18 not met, 1 not applicable.

Traps and the requirement each affects:
- E.2 partially_met: 60 credits, but the award may be taken "at Level 6 as a
  Graduate Certificate"; not validated at masters level for all (E.1 met: the
  validation panel approved it).
- 1.1 partially_met: aim is progress and attainment only; no well-being; the
  assignments assess participants' knowledge, not a focus on pupils.
- 1.3 not_met (to follow): "To follow. Dr Pryce is revising the reading list".
- 1.5 partially_met, 6.S7 partially_met: participants only see pupils take part
  in reviews and the School Council on the visit afternoon; not assessed.
- 1.6 partially_met: watching outreach teachers and a network: general.
- 1.7 not_met, 6.S8 not_met (another arrangement): the school's Family Liaison
  Officer runs coffee mornings for Kingfisher Bank parents: the school's
  arrangement for its own families, nothing the programme develops.
- 1.8 partially_met: "try an idea" tasks noted in an unassessed portfolio; no
  implementation or evaluation of impact.
- 1.9 not_met, 6.0 not_met (negation): "We do not intend to assess each of the
  national outcomes separately"; award on two assignments plus 80 per cent
  attendance.
- 2.1 not_met (see attached, nothing attached): "See attached University of
  Hartsmere APL regulations."
- 2.2 partially_met: self-audit at the first session; "Individual training
  plans will follow once we have trialled the self-audit".
- 2.3 not_met (negation): "Not offered. All participants follow the full
  programme."
- 2.4 partially_met: cost kept low concretely; tailoring only general.
- 2.5 met: targets drafted with mentor, copied to headteacher, followed up.
- 3.1 partially_met: accessible building and "Yes. Participants should let us
  know what they need."; no anticipation, disclosure or assessment adjustments.
- 3.2 not_met (negation): one September start, face to face only, "We are not
  able to offer a second start date or a part-online route".
- 3.3 not_applicable: "Online element: None. Session handouts are emailed".
- 4.1 partially_met: only the alliance headteachers' meeting; "We have not yet
  had the chance to consult the local authority more widely, or parents' groups".
- 4.2 met: session 9 added and the day changed after the heads' meeting.
- 4.3 partially_met: evaluation involvement "to follow"; LA staff do teach
  sessions 2 and 3 and heads nominate (other aspects).
- 5.1 partially_met: session evaluation sheets only, internal.
- 5.2 partially_met: QTS and headteacher nomination; "We do not interview."
- 5.3 not_met (cross-reference to "See attached"): Query 13 sends the reader to
  the Query 8 table, whose CRB row is "See attached."
- 5.4 met: staffing table with qualifications and experience.
- 5.5 partially_met: specialist staff consultations, but "Placements in other
  settings are not part of the programme."
- 5.6 met: sensory room, assistive technology library, University library.
- 5.7 not_met: mentor guide "is being written and will follow"; link tutor
  agreement "see attached".
- 5.8 partially_met: one first marker, second marking of borderline and
  failing scripts only, external examiner "in due course".
- 5.9 not_met (hope): "We hope that in time participants' schools will see
  better outcomes"; the query paragraph restates the requirement.
- Attributes: mentors discuss relationships (6.A1) and winning the head's
  support (6.A2), "we do not assess attributes separately": partially_met;
  writing assessed but speaking, listening and development not (6.A5 p);
  research session + Assignment 1 criterion (6.A6 met); 6.A3, 6.A4 absent
  (not_met); 6.A7 partially_met (session 13 targets, not assessed).
- Knowledge: 6.K1 (session 2 + Assignment 1), 6.K4 (session 3 + Assignment 2
  developmental history), 6.K6 (sessions 5-6 + Assignment 2 evaluation incl.
  ICT), 6.K8 (session 11 + Assignment 1) met; 6.K2, 6.K3 taught not assessed;
  6.K5 partial (no behaviour, no MLD: "We have not included a session on
  behaviour"); 6.K7 not_met (wrong context: the school's own Ofsted
  self-evaluation); 6.K9 taught not assessed.
- Skills: 6.S2, 6.S2a met (case study); 6.S2b, 6.S3, 6.S4 "These sessions are
  not assessed"; 6.S5 optional shadowing; 6.S9 multi-agency afternoon not
  assessed (all partially_met); 6.S1 negated ("not expected to work with
  governors"); 6.S2d "to follow"; 6.S2c, 6.S6 absent (not_met).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("bx-02-kingfisher-letter.docx")

doc = Document()
doc.core_properties.author = "Helen Marchant"
doc.core_properties.title = "RE: NASC approval - panel queries"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)


def para(text, bold=False, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return p


def query(n, text):
    p = doc.add_paragraph()
    r = p.add_run(f"Query {n}. ")
    r.italic = True
    r.bold = True
    r = p.add_run(text)
    r.italic = True


def response(*paras):
    p = doc.add_paragraph()
    p.add_run("Our response:").bold = True
    for t in paras:
        doc.add_paragraph(t)


def table2(header, rows):
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].text = a
        cells[1].text = b
    doc.add_paragraph()


# ------------------------------------------------------------------ email head
p = doc.add_paragraph()
p.add_run("From: ").bold = True
p.add_run("Helen Marchant (Headteacher, Kingfisher Bank School)")
p.add_run().add_break()
p.add_run("Sent: ").bold = True
p.add_run("18 November 2011 16:42")
p.add_run().add_break()
p.add_run("To: ").bold = True
p.add_run("NASC Approvals, Training and Development Agency for Schools")
p.add_run().add_break()
p.add_run("Cc: ").bold = True
p.add_run("Dr Alan Pryce (University of Hartsmere); Jo Ellery (Sedgecombe Borough Council)")
p.add_run().add_break()
p.add_run("Subject: ").bold = True
p.add_run("RE: National Award for SEN Coordination, approval round 2012, application NASC/12/031, panel queries")

para("Dear Mrs Fairbrother,")
para("Thank you for your letter of 24 October and for the panel's queries on our application to provide the "
     "National Award for SEN Coordination. I have copied each query below in italics, in the order of your "
     "letter, with our response beneath. I am sorry this has taken longer than the three weeks you asked "
     "for: Ofsted visited one of our alliance schools in the week we had set aside for it. A few items are "
     "still to follow and I will send them as soon as I can.")
para("To remind the panel who we are: Kingfisher Bank School is a day special school in Sedgecombe for 146 "
     "pupils aged 3 to 19 with moderate and severe learning difficulties and autism. We were designated as "
     "one of the first National Teaching Schools in July 2011 and we lead the Kingfisher Bank Teaching "
     "School Alliance of fourteen schools: nine primary schools, three secondary schools, the Sedgecombe "
     "pupil referral unit and ourselves. The National Award is the first accredited programme the alliance "
     "will offer. It will be taught mainly by our own senior staff, with the University of Hartsmere as our "
     "validating partner and with help from Sedgecombe Borough Council's SEN team and educational "
     "psychology service. Our outreach team already supports more than forty mainstream schools in the "
     "borough, and the programme builds on that work.")
para("The programme runs over one school year. There are thirteen Wednesday afternoon sessions at "
     "Kingfisher Bank between September and July, one visit afternoon in our classrooms, a short "
     "school-based task after each session and two written assignments. Each participant has a mentor "
     "from our senior team. The sessions are:")
for s in [
    "Session 1: The SENCO role; the whole child and the five Every Child Matters outcomes; self-audit",
    "Session 2: The law and policy: the Education Act 1996, the SEN Code of Practice 2001, the Equality "
    "Act 2010 and the Green Paper Support and aspiration (Jo Ellery, Sedgecombe Borough Council)",
    "Session 3: Child development and learning (Dr Ian Marsh, Sedgecombe Educational Psychology Service)",
    "Session 4: Autism and speech, language and communication needs",
    "Session 5: Dyslexia and literacy difficulties",
    "Session 6: Severe and profound learning difficulties: communication, visual supports, Makaton, switch "
    "access and communication aids",
    "Session 7: Tracking progress: P scales, CASPA and our tracking system",
    "Session 8: Provision mapping",
    "Session 9: Working with teaching assistants",
    "Session 10: Multi-agency afternoon",
    "Session 11: Using research (Dr Alan Pryce, University of Hartsmere)",
    "Session 12: Case study workshop",
    "Session 13: Next steps",
]:
    doc.add_paragraph(s, style="List Bullet")

# ------------------------------------------------------------------ queries
query(1, "Your application states that the programme will be accredited by the University of Hartsmere but "
         "does not give the level or the credit value of the award. Please confirm the academic "
         "accreditation, the level at which the award is validated and its credit value.")
response(
    "The programme is validated by the University of Hartsmere as a Postgraduate Certificate in Special "
    "Educational Needs Coordination. The University's validation panel met at Kingfisher Bank on 21 "
    "September 2011 and approved the programme subject to two conditions, both of which have since been "
    "signed off by the Faculty of Education.",
    "The award carries 60 credits. Participants who hold a first degree take it at Level 7. Those who do "
    "not, or who would prefer to, may take it at Level 6 as a Graduate Certificate, with the same "
    "sessions and assignments marked against the Level 6 descriptors. We felt this was important because "
    "several of the alliance's most experienced SENCOs qualified through routes that did not give them a "
    "degree.")

query(2, "Please explain how the programme's aims, objectives, content and assessment focus on raising the "
         "achievement and improving the well-being of children and young people with SEN and/or "
         "disabilities.")
response(
    "The aim of the programme is simple: to improve the progress and attainment of pupils with SEN in "
    "alliance schools by giving their SENCOs the knowledge they need to do the job well. Every session "
    "ends with the same question, 'What will this change for your pupils?', and participants take that "
    "question back to school with them. The two assignments assess the participant's knowledge of SEN law "
    "and practice and their understanding of one pupil's needs.")

query(3, "The panel could not find reference to recent research, inspection evidence or important "
         "developments in the field of SEN and disability. Please show how the programme will reflect these.")
response("To follow. Dr Pryce is revising the reading list for the University and we will send it with the "
         "module handbook.")

query(4, "Please say more about the links between the programme and practice in schools, and about how "
         "participants' understanding of current legislation and policy will be developed.")
response(
    "This is where we think a school-led programme is strongest. Every session is held in a working "
    "school and taught by people who are doing the job now. After each session participants carry out a "
    "short school-based task in their own school, for example looking at how their school records the "
    "advice of outside professionals or talking to a teaching assistant about how their time is used, "
    "and bring what they found to the next session. Each participant also spends the visit afternoon in "
    "our classrooms, in the spring term, observing teaching and talking to the class teams about how "
    "they plan for individual pupils.",
    "Legislation and policy are covered in session 2, which is led by Jo Ellery, the Council's Head of "
    "SEN and Inclusion. It takes participants through the Education Act 1996, the SEN Code of Practice, "
    "including the graduated response and statutory assessment, the Equality Act 2010 and the proposals "
    "in the Green Paper Support and aspiration, including the local pathfinders, and what each of these "
    "means for the SENCO. Assignment 1 then asks participants to analyse how their school meets the SEN "
    "Code of Practice (see Query 7).")

query(5, "Please explain how participants will develop skills in consulting children and young people about "
         "issues that affect them, in advising and collaborating with colleagues within and beyond the "
         "school, and in working in partnership with parents and carers.")
response(
    "Pupil voice is at the centre of our ethos at Kingfisher Bank. Our School Council includes pupils "
    "with severe learning difficulties who use symbols, and on the visit afternoon participants will see "
    "how our pupils, including those with little or no speech, take part in their annual reviews and in "
    "the School Council using symbols and photographs.",
    "Colleagues: participants learn a great deal from watching how our outreach teachers work alongside "
    "mainstream staff, and the alliance SENCO network meets termly.",
    "Parents and carers: our Family Liaison Officer, Mrs Dee Harland, runs a coffee morning for Kingfisher "
    "Bank parents every Friday and visits families at home when they need her. Our parents are very "
    "positive about this: 97 per cent said in our last survey that the school listens to them.")

query(6, "How will the programme enable participants to make an impact on practice by meeting the "
         "programme outcomes?")
response(
    "The school-based tasks ask participants to try an idea from each session in their own school and to "
    "note what happened in their portfolio. Over the year this builds up into a record of what they have "
    "changed, which they discuss with their mentor.")

query(7, "The application does not explain how participants will be assessed against each of the national "
         "minimum outcomes, or how you will ensure that only those who have met all of the outcomes receive "
         "the award. Please clarify.")
response(
    "There are two assignments. Assignment 1, due in February, is a 3,000-word essay analysing how the "
    "participant's school meets the requirements of the SEN Code of Practice and what needs to change, "
    "drawing critically on published research on effective SEN provision. Assignment 2, due in June, is "
    "a 3,000-word case study of a pupil with SEN in the participant's school (see Query 18 for what it "
    "must contain). Both are marked against the University's Level 7 (or Level 6) assessment criteria.",
    "We do not intend to assess each of the national outcomes separately; in our experience this leads to "
    "box-ticking rather than reflection. The assignments are designed to assess the participant's "
    "overall understanding of the SENCO role. Participants who pass both assignments and attend at least "
    "80 per cent of sessions will receive the award.",
    "The portfolio of school-based tasks is kept by the participant and discussed with their mentor; it "
    "is not submitted for assessment.")

query(8, "The panel would find it helpful to have the following points set out briefly in a table: "
         "accreditation of prior learning; an assessment-only route; start dates and modes of study; any "
         "online element; the fee; checks on candidates' CRB enhanced disclosures; reasonable adjustments "
         "for disabled participants.")
p = doc.add_paragraph()
p.add_run("Our response:").bold = True
table2(("Item", "Our position"), [
    ("Accreditation of prior learning", "See attached University of Hartsmere APL regulations."),
    ("Assessment-only route", "Not offered. All participants follow the full programme."),
    ("Start dates", "September each year; one cohort."),
    ("Mode of study", "Face to face, Wednesday afternoons, 1.30 to 4.30, at Kingfisher Bank."),
    ("Online element", "None. Session handouts are emailed to participants afterwards."),
    ("Fee", "\u00a31,150 per participant."),
    ("CRB checks", "See attached."),
    ("Reasonable adjustments", "Yes. Participants should let us know what they need."),
])
para("We are not able to offer a second start date or a part-online route at present, because a cohort of "
     "sixteen is too small to run two groups. Kingfisher Bank is a single-storey building with level access "
     "throughout, accessible toilets and a hearing loop in the hall where the sessions are held.")

query(9, "Please describe how each participant's training and development needs will be assessed against the "
         "programme outcomes before the course, and how this will be used to set an individual training "
         "plan and personalised outcomes.")
response(
    "At the first session each participant completes our self-audit against the national outcomes, and "
    "discusses it with their mentor at their first mentor meeting in October. Individual training plans "
    "will follow once we have trialled the self-audit with the first cohort.")

query(10, "How will the provision be tailored to individuals' circumstances and needs, offer effective "
          "continuing professional development and be cost-effective?")
response(
    "Sessions are limited to sixteen participants and are taught by practitioners who do this work every "
    "day, so there is time for everyone's questions. Mentors know the participants' schools and can point "
    "them to the sessions and tasks that matter most for them.",
    "The fee is kept low because the sessions are taught by our own staff in our own building, with no "
    "room hire or catering costs, and the University's charge for registration and validation is \u00a3310 "
    "per participant. Schools in the alliance pay the same fee as schools outside it.")

query(11, "How will participants who complete the programme be helped to consider further professional "
          "targets?")
response(
    "The final session (session 13) is given over to next steps. Each participant drafts three "
    "professional targets for the following year with their mentor and sends a copy to their headteacher "
    "to discuss at their next performance management meeting. All completing participants are invited to "
    "join the alliance SENCO network, which meets termly, and at its summer meeting we ask each of them how "
    "their targets are going and what further training they are looking for.")

query(12, "Please give clear evidence of how you have gathered and taken account of the needs of the main "
          "stakeholders, details of how stakeholders have influenced the development of the programme, and "
          "details of how they will be involved in its evaluation and other aspects of the provision.")
response(
    "We discussed the programme with the alliance headteachers at their meeting on 7 June 2011. They told "
    "us that their SENCOs most need help with provision mapping, with managing teaching assistants and "
    "with the paperwork around statements. We have not yet had the chance to consult the local authority "
    "more widely, or parents' groups, but we know from our outreach work what mainstream schools ask us "
    "for most often.",
    "As a result of the headteachers' meeting we added session 9 on working with teaching assistants, and "
    "we moved the sessions from Thursday to Wednesday afternoons, when most alliance schools finish early "
    "for staff training and can release their SENCOs more easily.",
    "Arrangements for involving stakeholders in evaluating the programme: to follow.")

query(13, "Please describe the systems you will use to make sure that candidates accepted onto the programme "
          "have enough prior knowledge, understanding and skills to benefit from it, and how you will verify "
          "that they hold a current CRB enhanced disclosure.")
response(
    "Participants must hold QTS, be in post as SENCO or about to take up the role, and be nominated by "
    "their headteacher on our nomination form. We do not interview. Places are offered in the order "
    "nominations are received.",
    "CRB: please see the table under Query 8.")

query(14, "Please give details of the staff who will deliver and assess the programme, and explain how you "
          "will make sure that everyone involved in delivery and assessment, including mentors, understands "
          "their role and responsibilities.")
p = doc.add_paragraph()
p.add_run("Our response:").bold = True
table2(("Name and role on the programme", "Qualifications and experience"), [
    ("Helen Marchant, Headteacher, programme director",
     "NPQH; MA in Special and Inclusive Education; 22 years in special education; headteacher of "
     "Kingfisher Bank since 2004; National Leader of Education."),
    ("Mark Tennant, Deputy Headteacher, programme leader and first marker",
     "Postgraduate Diploma in Autism; SENCO in a mainstream secondary school for six years; leads our "
     "outreach team, which supports SENCOs in more than forty schools."),
    ("Priya Desai, Assistant Headteacher, mentor lead",
     "Postgraduate Certificate in Specific Learning Difficulties and AMBDA; primary SENCO for eight years; "
     "leads sessions 4 and 5."),
    ("Dr Alan Pryce, University of Hartsmere, link tutor and second marker",
     "PhD on inclusive pedagogy; Senior Lecturer in SEN; twelve years teaching SEN on the University's "
     "PGCE and MA programmes."),
    ("Jo Ellery, Sedgecombe Borough Council",
     "Head of SEN and Inclusion; former SENCO and advisory teacher; leads session 2."),
    ("Dr Ian Marsh, Sedgecombe Educational Psychology Service",
     "Senior educational psychologist; leads session 3."),
])
para("All Kingfisher Bank staff who teach on the programme take part in the alliance's own CPD programme and "
     "in our outreach work, so their knowledge is current. A mentor guide setting out mentors' "
     "responsibilities is being written and will follow. The link tutor's role is set out in the "
     "University's link tutor agreement (see attached).")

query(15, "Please show how participants will have access to a range of specialist expertise and appropriate, "
          "high-quality placements, and to sufficient specialist teaching resources, including ICT.")
response(
    "Our speech and language therapist, occupational therapist and outreach teachers are based at "
    "Kingfisher Bank, and participants can book a 30-minute consultation with any of them about a pupil "
    "they are working with. The visit afternoon gives every participant first-hand experience of "
    "specialist provision. Placements in other settings are not part of the programme.",
    "Participants can use our sensory room and our assistive technology library, which holds "
    "communication aids, switches, symbol software and iPads with communication apps that can be borrowed "
    "for half a term to trial with a pupil, and our loan collection of assessment materials. As associate "
    "students of the University of Hartsmere they have full access to its library and electronic journals, "
    "on site and from home.")

query(16, "How will you ensure that assessments are consistent, reliable and accurate across the programme, "
          "and how will they be moderated?")
response(
    "All assignments are first-marked by Mark Tennant against the University's criteria. Dr Pryce "
    "second-marks any script that is borderline or marked as a fail. The University will appoint an "
    "external examiner in due course; there is no other moderation at this stage.")

query(17, "The panel would like to see the range of internal and external evaluation methods you will use, "
          "how the evidence will be used to improve the programme, and how you will evaluate the programme's "
          "impact on participants' competence and confidence and on the achievement of children and young "
          "people, with specific methods and measures.")
response(
    "Participants evaluate each session on our standard evaluation sheet. Mark Tennant reviews the sheets "
    "each term and adjusts the following sessions where there are concerns.",
    "We hope that in time participants' schools will see better outcomes for pupils with SEN, and we would "
    "be very interested in finding ways of measuring this with the alliance.")

query(18, "Please show, for each of the national minimum outcomes, where it is developed in the programme and "
          "how it is assessed.")
response(
    "Rather than a grid, which we find hard to read, we have set this out strand by strand.")
para("Professional attributes", bold=True)
doc.add_paragraph(
    "We see the attributes as qualities participants grow into over the year rather than things to be "
    "tested. Each participant meets their mentor, one of our assistant headteachers, for an hour every "
    "half term. Mentors model and discuss with participants the way we build respectful, trusting "
    "relationships with our pupils and their families, and they talk through how the participant is "
    "getting the support of their headteacher and colleagues for SEN in their own school. Mentors comment "
    "on these informally; we do not assess attributes separately.")
doc.add_paragraph(
    "Both assignments are marked partly on the clarity and accuracy of the participant's written "
    "expression.")
doc.add_paragraph(
    "Session 11, led by Dr Pryce, looks at how to find and judge published research on effective SEN "
    "provision and how to use it to improve practice, the participant's own and that of colleagues. "
    "Assignment 1 is marked on its use of research evidence to inform practice in the participant's "
    "school.")
para("Knowledge and understanding", bold=True)
doc.add_paragraph(
    "Session 1 introduces the five Every Child Matters outcomes and the SENCO's part in the well-being of "
    "the whole child. Session 2 covers the law on SEN and disability as described under Query 4, "
    "including the Equality Act 2010 and the duty to make reasonable adjustments for disabled pupils. "
    "Assignment 1 asks participants to analyse how their school meets the requirements of the SEN Code of "
    "Practice, and it is marked on accurate knowledge of the Code and the law on SEN and on how they are "
    "applied in school.")
doc.add_paragraph(
    "Session 3, led by Dr Marsh, covers how children develop physically, cognitively, socially and "
    "emotionally, and how their development is affected by learning difficulties, disability and their "
    "environment at home and at school. Assignment 2 must include the pupil's developmental history and an "
    "account of how their needs and surroundings have affected their learning and development, and it is "
    "marked on this.")
doc.add_paragraph(
    "Sessions 4, 5 and 6 cover autism, speech, language and communication needs, dyslexia, and severe and "
    "profound learning difficulties, and how each affects learning. We have not included a session on "
    "behaviour, because the alliance's behaviour support service runs its own training for schools. "
    "Sessions 5 and 6 also look at strategies and resources for assessment, planning and teaching, "
    "including ICT: visual timetables, Makaton, switch access, communication aids and text-to-speech "
    "software. Assignment 2 requires a critical evaluation of the assessment, planning and teaching "
    "approaches used with the pupil, including any ICT, and of why they did or did not work.")
doc.add_paragraph(
    "Best practice and research are covered in session 11 and assessed through Assignment 1, which must "
    "draw critically on published research on effective SEN provision.")
doc.add_paragraph(
    "Session 10, the multi-agency afternoon, introduces the educational psychology service, speech and "
    "language therapy, CAMHS, the school nursing team, children's social care and Sedgecombe Mencap, and "
    "explains how to make referrals and get specialist support. This session is not assessed, but "
    "participants usually find it among the most useful.")
doc.add_paragraph(
    "Kingfisher Bank was judged outstanding by Ofsted in March 2010, and the inspectors described our "
    "self-evaluation as accurate and incisive. Participants will benefit from that experience throughout "
    "the programme.")
para("Skills", bold=True)
doc.add_paragraph(
    "The main vehicle for the skills is Assignment 2, the case study. Participants identify a pupil whose "
    "needs are not being met, using classroom observation and the school's data; set targets; plan and "
    "carry out an intervention over at least six weeks; and review the pupil's progress. The case study "
    "must summarise the advice of at least one other professional, such as an educational psychologist, "
    "speech and language therapist or occupational therapist, and show how that advice shaped the "
    "teaching. Session 12 is a workshop on the case study, and the marking criteria follow these steps.")
doc.add_paragraph(
    "Session 7 shows participants how we track progress with P scales and CASPA, and how national "
    "curriculum levels and national test results can be used to track pupils in mainstream schools. "
    "Session 8 introduces the Council's provision mapping tool, and session 9, added at the request of "
    "the alliance headteachers, covers deploying and managing teaching assistants. These sessions are not "
    "assessed.")
doc.add_paragraph(
    "Participants who wish may shadow a member of our outreach team when they support a teacher in a "
    "mainstream school, which gives them a model for coaching and advising colleagues.")
doc.add_paragraph(
    "Special arrangements for pupils in national tests and examinations: to follow. We are looking for a "
    "speaker.")
doc.add_paragraph(
    "Participants are not expected to work with governors or their senior team on whole-school strategy "
    "during the programme; we think that is a matter for their schools once they are established in the "
    "role.")

# ------------------------------------------------------------------ close
para("I hope this answers the panel's queries. The reading list, the mentor guide, the University's APL "
     "regulations and our safer recruitment policy will follow under separate cover. Please do ring me if "
     "anything is unclear; we are very keen to offer the Award from September 2012.")
para("Kind regards,")
p = doc.add_paragraph()
p.add_run("Helen Marchant")
p.add_run().add_break()
p.add_run("Headteacher, Kingfisher Bank School, and Director, Kingfisher Bank Teaching School Alliance")
p.add_run().add_break()
p.add_run("Kingfisher Bank School, Mill Lane, Sedgecombe")
p.add_run().add_break()
p.add_run("Tel: 01632 960 418")

doc.save(OUT)
print("wrote", OUT)
