"""Build bs-03-weak-draft.docx: Lowmoor Borough Council, early draft (invented).

Provider: Lowmoor Borough Council Learning and Inclusion Service, "in
discussion with" Ravensholt University (both invented; the neighbouring
authority Carrow Vale is invented too). Programme: a six-session twilight
SENCO course at the Lowmoor Teachers' Centre, January to June 2009, with
one reflective assignment and a provision-map presentation. Draft v0.2,
14 October 2008, 2008-era vocabulary.

Layout: a weak early draft. No heading styles: section titles are bold
Normal paragraphs with typed numbering ("1.", "2.", ...). Lists typed with
"-". Author notes left in the body in square brackets. A "Things still to
sort out" list. At the end, a compliance checklist table ("TDA
requirement | Addressed? | Where in this document") with "Yes" in every
row and the third column empty or "tbc".

Traps and the requirement ids each affects:
- Conditionals: "If the University agrees, we could seek accreditation at
  masters level" (E.1 not_met); "We would hope for 60 credits ... 30 may be
  more realistic" (E.2 not_met); "if the University agrees, we could invite
  two headteachers and a parent representative to a steering group" (4.3
  not_met); "if the University agrees, its staff could moderate" (5.8
  not_met).
- Intentions: "we intend to explore recent research" plus "[Idris to add
  reading list]" (1.3 not_met); "we would like to pilot a pupil-voice
  project" (1.5, 6.S7 not_met); "we intend to look at how this could be
  mapped to the outcomes" (1.9 partially_met: an assignment exists but is
  not against the outcomes); "we would like participants to think about
  their next steps" (2.5 not_met); "we intend to explore how we could
  measure impact" (5.9 not_met); "we would like to pilot some online
  units in 2009-10" (3.3 not_applicable: the programme as proposed uses no
  e-learning).
- Quotation of the specification's own wording: the aim in section 2
  quotes Criterion 1 (1.1 not_met: the provider's own aim is to help SENCOs
  "do their job well and feel less isolated"); the section on needs quotes
  2.2 ("before the course") while the provider's own arrangement is a
  self-audit at session 1 used so "tutors know the group" (2.2
  partially_met).
- Another provider's arrangement: "Unlike the neighbouring authority
  (Carrow Vale), which offers an assessment-only route ..., we feel every
  participant benefits" (2.3 not_met, although ticked "Yes" in the
  checklist).
- Past arrangements: "we used to accept the old Lowmoor SEN Certificate as
  APL" (2.1 not_met); "we used to run a joint session with the Parent
  Partnership Service" (1.7, 6.A1, 6.S8 not_met); "we used to offer ... a
  one-week summer school; from 2009 it will be twilight only, with one
  start" (3.2 not_met).
- Compliance checklist of "Yes" with no answers: the only place 1.8, 2.4,
  5.2, 5.5, 5.7 and "all minimum outcomes covered" appear (all not_met;
  6.0 not_met also because the certificate is for attendance plus handing
  in the assignment).
- Generic policy plus one physical arrangement: 3.1 partially_met
  (Disability Equality Scheme, step-free venue and hearing loop; nothing
  on disclosure or adjustments to teaching and assessment).
- 4.1 partially_met: the LA's own SEN audit shows a shortage of trained
  SENCOs; no evidence about schools' or others' needs and nothing on what
  shaped the content (4.2 not_met).
- 5.1 partially_met: session evaluation forms only. 5.6 partially_met:
  the Teachers' Centre SEN library of assessment kits and books, no ICT.
- 1.2 partially_met: "a small task in their own school" between sessions,
  not tied to the outcomes. 1.6 partially_met: session 5's title only
  mentions colleagues; its content is about agencies.
- The few concrete arrangements, met: 1.4 (session 1 content), 5.3 (HR
  record check, three-month rule, headteacher confirmation for schools
  outside the HR system), 5.4 (named staff with qualifications and current
  practice), 6.S3 (provision map taught in session 4 and assessed pass or
  refer at session 6).
- Outcomes covered in a session but never assessed (the only assignment
  is on "an aspect of SEN provision of their choice"): 6.K1, 6.K2, 6.K3
  (session 1), 6.K5 (session 2), 6.S2 (session 3), 6.S4 (session 4),
  6.K9 and 6.S9 (session 5): partially_met. Every other outcome is absent:
  not_met.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("bs-03-weak-draft.docx")

doc = Document()
doc.core_properties.author = "Gwen Tarrant"
doc.core_properties.title = "SENCO course TDA bid draft v0.2"
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11)


def title(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    p.paragraph_format.space_before = Pt(10)
    return p


def para(text):
    return doc.add_paragraph(text)


def dashes(items):
    for item in items:
        doc.add_paragraph("- " + item)


p = doc.add_paragraph()
r = p.add_run("LOWMOOR BOROUGH COUNCIL \u2013 LEARNING AND INCLUSION SERVICE")
r.bold = True
r.font.size = Pt(13)
p = doc.add_paragraph()
r = p.add_run("SENCO training \u2013 application to the TDA for approval\n"
              "DRAFT v0.2 (Gwen\u2019s working draft) \u2013 14 October 2008 \u2013 not for circulation")
r.bold = True

title("1. Background")
para("Lowmoor\u2019s SEN Strategy 2007\u20132010 identified a shortage of trained SENCOs in the borough. "
     "Our SEN audit of July 2008 found that 14 of our 61 schools have a SENCO appointed in the last "
     "year, and several of them have had no SEN training.")
para("We used to offer the Lowmoor SEN Certificate (1999\u20132006), a ten-session course that ran either "
     "as twilights or as a one-week summer school. We used to accept the Certificate as accreditation of "
     "prior learning towards the MA in Education at Ravensholt University, and we used to run a joint "
     "session with the Lowmoor Parent Partnership Service, which participants rated highly. The "
     "Certificate, and the parents\u2019 session with it, stopped in 2006 when the Standards Fund grant "
     "ended.")

title("2. Aims")
para("The TDA specification says that programmes should \u201chave as their main objective and outcome "
     "the raised achievement of children and young people with SEN and/or disabilities, through improving "
     "participants\u2019 professional knowledge, understanding and skills\u201d.")
para("Our aim is to help new SENCOs in Lowmoor do their job well and feel less isolated.")

title("3. Accreditation")
para("If the University agrees, we could seek accreditation of the course at masters level. Gwen had an "
     "initial conversation with Ravensholt University\u2019s Department of Education in September; they "
     "would want to see a full proposal first. We would hope for 60 credits at M level, although 30 "
     "credits may be more realistic for a twilight course.")
para("[Gwen: chase Ravensholt before the half-term.]")

title("4. What the course will look like")
para("Six twilight sessions (4.30\u20137.00 pm) at the Lowmoor Teachers\u2019 Centre, January to June 2009:")
dashes([
    "Session 1 The SENCO and the law: the SEN Code of Practice (2001), the SEN and Disability Act 2001, "
    "the Disability Discrimination Act 1995 and 2005 and the Disability Equality Duty, the Children Act "
    "2004 and Every Child Matters, and Removing Barriers to Achievement (2004).",
    "Session 2 Understanding SEN: dyslexia, autistic spectrum disorders, speech, language and "
    "communication needs, behavioural, emotional and social difficulties and moderate learning "
    "difficulties.",
    "Session 3 Identification and assessment: using observation and data to identify pupils, setting "
    "targets and writing IEPs.",
    "Session 4 Provision mapping and managing teaching assistants.",
    "Session 5 Working with colleagues and other agencies: a who\u2019s who of Lowmoor\u2019s services "
    "(educational psychology, speech and language therapy, CAMHS, sensory support) and the voluntary "
    "sector.",
    "Session 6 Review and next steps; provision map presentations.",
])
para("Between sessions participants will carry out a small task in their own school.")
para("We intend to explore recent research and Ofsted findings on SEN and build them into the sessions. "
     "[Idris to add reading list.]")
para("We would like to pilot a pupil-voice project with two schools next year, if heads are interested.")
para("Unlike the old Certificate, which ran either as twilights or as a summer school, from 2009 the "
     "course will be twilight only, with one start each January. We would like to pilot some online "
     "units in 2009\u201310, if the Council\u2019s learning platform is ready.")

title("5. Needs of participants")
para("The specification asks that \u201ceach participant\u2019s training and development needs will be "
     "assessed in relation to the programme outcomes before the course, and this will be used to set an "
     "individual training plan and a personalised set of outcomes for each participant\u201d.")
para("Participants will complete a self-audit at session 1, so that tutors know the group.")
para("Unlike the neighbouring authority (Carrow Vale), which offers an assessment-only route for "
     "experienced SEN support teachers, we feel every participant benefits from attending the sessions.")
para("We used to accept the old Certificate as APL towards the Ravensholt MA; we are not sure whether "
     "anything like this would still apply.")
para("At session 6 we would like participants to think about their next steps.")

title("6. Assessment and certificate")
para("Participants will write a reflective assignment of 2,500 words on an aspect of SEN provision of "
     "their choice. We intend to look at how this could be mapped to the outcomes.")
para("At session 6 each participant will present the provision map of his or her own school to the "
     "group. Idris and Lorna will assess each presentation as pass or refer, on whether the map shows "
     "which provision is ineffective and what provision is missing.")
para("Participants who attend all six sessions and hand in the assignment will receive a Lowmoor "
     "certificate of completion.")
para("If the University agrees, its staff could moderate the assignments.")

title("7. Who will teach it")
dashes([
    "Mrs Gwen Tarrant, Head of the Learning and Inclusion Service: MEd (Special Educational Needs), "
    "SENCO in a Lowmoor primary school for eleven years.",
    "Mr Idris Pugh, specialist teacher for specific learning difficulties: Postgraduate Diploma in SpLD, "
    "AMBDA; works in Lowmoor schools every week.",
    "Ms Lorna Fenwick, autism outreach teacher: Postgraduate Certificate in Autism (2007); supports "
    "pupils with ASD in twenty Lowmoor schools.",
])

title("8. Entry and checks")
para("The course is open to any Lowmoor teacher who wants to come; we do not want to put barriers in the "
     "way.")
para("Places will be offered only to teachers employed in Lowmoor schools. Before a place is confirmed, "
     "our course administrator checks with the Council\u2019s HR service that the candidate has a current "
     "enhanced CRB disclosure on record. A teacher who has not been in a post with regular contact with "
     "children in the last three months must obtain a new enhanced disclosure through Council HR before "
     "the first session. For teachers in voluntary-aided and foundation schools that are not on the "
     "Council\u2019s HR system, the headteacher must confirm in writing the date of the disclosure and "
     "that the school\u2019s safer recruitment checks, including references from previous employers, are "
     "complete. No one attends session 1 until this is recorded.")

title("9. Equality and access")
para("The Council\u2019s Disability Equality Scheme applies to all our courses. The Teachers\u2019 Centre "
     "has step-free access, a lift and a hearing loop.")

title("10. Resources")
para("Participants can borrow from the SEN resource library at the Teachers\u2019 Centre (assessment "
     "kits and books).")

title("11. Quality and stakeholders")
para("Participants fill in an evaluation form at the end of every session.")
para("If the University agrees, we could invite two headteachers and a parent representative to a "
     "steering group.")
para("We intend to explore how we could measure the impact on pupils, perhaps using RAISEonline.")

title("12. Things still to sort out")
dashes([
    "University \u2013 credits, level, fee?",
    "Reading list (Idris).",
    "Mentors? Do we need them?",
    "Costs \u2013 Standards Fund replacement?",
])

title("Appendix \u2013 TDA compliance checklist")
rows = [
    ("HEI accreditation, masters level, 60 credits", "Yes", "tbc"),
    ("1.1 Focus on raising achievement and well-being", "Yes", ""),
    ("1.5 Consulting children and young people", "Yes", ""),
    ("1.8 Impact on practice by meeting the outcomes", "Yes", ""),
    ("1.9 Rigorous assessment against all outcomes", "Yes", ""),
    ("2.1 APL / APEL", "Yes", ""),
    ("2.3 Assessment-only route", "Yes", ""),
    ("2.4 High quality, tailored, cost-effective", "Yes", ""),
    ("3.2 Flexible delivery", "Yes", ""),
    ("4.2 Stakeholders influenced the programme", "Yes", "tbc"),
    ("5.2 Entry requirements checked", "Yes", ""),
    ("5.5 Specialist expertise and placements", "Yes", ""),
    ("5.7 Tutors and mentors understand their roles", "Yes", ""),
    ("5.9 Impact on participants and pupils evaluated", "Yes", ""),
    ("Criterion 6: all minimum outcomes covered and assessed", "Yes", ""),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["TDA requirement", "Addressed?", "Where in this document"]):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
for row in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v

doc.save(OUT)
print("wrote", OUT)
