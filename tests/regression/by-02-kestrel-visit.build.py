"""Build by-02-kestrel-visit.docx: Kestrel Hill University College with Brayford MBC (invented).

Provider: Kestrel Hill University College (own taught degree awarding
powers), Faculty of Education, with Brayford Metropolitan Borough Council
(SEN Service) and Hollins Park School (special school). Programme: the
National Award for SEN Coordination as two 20-credit M-level modules (40
credits) inside the College's PG Certificate in Inclusive Education
framework. Eight study days (Days 1-4 Module 1, Days 5-8 Module 2), an
online unit on Blackboard, Assignment 1 (policy and provision audit) and
Assignment 2 (school-based change project). Dated February 2009.

Layout: the typed record of the TDA approval visit, submitted at the panel's
request as part of the application. A short header block (date, place,
those present), then numbered Heading 2 themes, and under them a transcript:
every paragraph begins with a bold speaker label ("Panel (Dr Hartley):",
"Programme leader:", "LA officer:", "Registry (Dr Lund):", "Former
participant (Mrs Farooq):", "Headteacher (Mr Whitley):"). Answers are
conversational: some vague, some deferred, some conditional, and two are
corrected later in the record by another speaker. An outcomes grid tabled by
the team is attached at the end (three columns: the team's summary of the
outcome, where developed, how assessed; group rows merged across the
table; one outcome has no row; cells with "-", "TBC", "n/a" and blank).

Traps and the requirement each affects:
- E.2 partially_met: masters level but 40 credits, "60 was too much".
- 1.1 partially_met: aims and assignments on attainment; well-being "is
  implicit throughout".
- 1.3 partially_met: one Ofsted report named; research "generally".
- 1.5 not_met (deferral): "We'd want to build something in for next year";
  6.S7 not_met (grid row of dashes, same deferral).
- 1.7 partially_met (vague): "Parents come up throughout"; one Parent
  Partnership session; 6.A1 and 6.S8 partially_met (Day 4, "-" assessed).
- 1.9, 6.0 partially_met: award = "pass both assignments"; blanket claim
  "Every outcome in the grid is assessed" against blanks, TBC and dashes.
- 2.2 partially_met: self-audit on the induction day, used for grouping;
  "Not a document as such".
- 2.3 not_met (contradicted later): "Yes, in principle" from the programme
  leader, then Registry: "Our regulations don't currently permit an award"
  without enrolment and attendance.
- 2.4 partially_met: cost concrete, tailoring only "tutors adapt to the
  group".
- 2.5 not_met (negation and past arrangement): "We don't do anything formal
  at the end"; the 2008 pilot's next-steps session "was squeezed out"; 6.A7
  not_met (blank grid row).
- 3.1 partially_met: a generic scheme and Student Support; nothing
  programme-specific, "I'd have to check".
- 3.3 partially_met: moderated discussion board and email, but ICT with
  schools is deferred to "the e-learning team".
- 4.3 partially_met: stakeholders teach, but heads in evaluation "we
  haven't yet worked out".
- 5.1 partially_met: internal questionnaires and annual monitoring; external
  input only through an examiner not yet appointed.
- 5.5 partially_met: specialists teach Day 7; visits to Hollins Park only
  hoped for "from next year".
- 5.6 partially_met: library and VLE; "We don't have an assistive
  technology suite ourselves".
- 5.7 not_met: mentor training "something we'd like to offer", handbook
  "being finalised", no tutor briefing.
- 5.8 partially_met (contradicted): the programme leader says the LA joins
  moderation; Registry corrects it: internal only, external examiner "still
  being finalised".
- 5.9 not_met: "We'd hope to see that in the projects. We haven't settled the
  measures yet"; the former participant's anecdote is not a method.
- 6.A4 partially_met: professional discussion only "for participants whose
  assignment mark is near the borderline".
- 6.K3 partially_met: DDA "briefly" on Day 1, "-" in the grid.
- 6.K4 partially_met: "Pre-course reading list" only, not assessed.
- 6.K5 partially_met: online unit quiz "formative, not graded".
- 6.K7 not_met: "TBC" in both columns; "I'm fairly sure Assignment 1 picks
  up self-evaluation" is not evidence.
- 6.S2c not_met: no row in the grid, never discussed.
- 6.S2d not_met (another body's arrangement): the LA Assessment and
  Monitoring Team's own briefing, "it isn't part of the programme".
- 6.A2, 6.A3, 6.S2a, 6.S5, 6.S6 partially_met: developed, not assessed.
- Met via concrete answers: E.1, 1.2, 1.4, 1.6, 1.8, 2.1, 3.2, 4.1, 4.2,
  5.2, 5.3, 5.4, and grid rows with a day and an assignment.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("by-02-kestrel-visit.docx")

doc = Document()
doc.core_properties.author = "Fiona Caddick"
doc.core_properties.title = "Approval visit record - National Award for SEN Coordination"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Kestrel Hill University College - Quality Office - CONFIDENTIAL UNTIL APPROVED"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def H(text, level=2):
    doc.add_heading(text, level=level)


def P(text):
    return doc.add_paragraph(text)


def S(speaker, text):
    p = doc.add_paragraph()
    r = p.add_run(speaker + ":")
    r.bold = True
    p.add_run(" " + text)
    p.paragraph_format.space_after = Pt(5)
    return p


PANEL_H = "Panel (Dr Hartley)"
PANEL_O = "Panel (Mr Osei)"
PANEL_P = "Panel (Mrs Pattinson)"
PL = "Programme leader"
LA = "LA officer"
REG = "Registry (Dr Lund)"
FP = "Former participant (Mrs Farooq)"
HT = "Headteacher (Mr Whitley)"

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("KESTREL HILL UNIVERSITY COLLEGE\nNational Award for SEN Coordination\nTDA approval visit: typed record")
r.bold = True
r.font.size = Pt(13)

P("Date and place: Wednesday 11 February 2009, 10.00 to 13.15, Room B14, Ashgrove Building, Kestrel Hill.")
P("Record taken by: Ms Fiona Caddick, Quality Office. The panel asked that this record, with the outcomes grid "
  "tabled by the programme team, be submitted as the College's written application in place of the pro forma. "
  "It has been checked for accuracy by the speakers; it has not otherwise been edited, and corrections made during "
  "the meeting are left where they were made.")
P("Panel: Dr Elaine Hartley (chair, TDA reviewer); Mr Richard Osei (DCSF); Mrs Gwen Pattinson (headteacher and "
  "former SEN adviser, independent member).")
P("For the provider: Mrs Janet Ridley, programme leader; Mr Colin Aske, Principal Officer (SEN), Brayford "
  "Metropolitan Borough Council; Dr Peter Lund, Academic Registrar; Mr Tom Whitley, headteacher, Hollins Park School; "
  "Mrs Nadia Farooq, SENCO at Moorside Primary School, who took part in the 2008 pilot.")

H("1. The award and its standing")
S(PANEL_H, "Thank you all for coming. Could we start with the basics: what is the award, and who confers it?")
S(REG, "The College has held taught degree awarding powers since 2005, so the award is ours. The programme went to "
       "an Academic Board validation panel on 21 January this year and was approved with two conditions, both of which "
       "have now been met. It sits in our Postgraduate Certificate in Inclusive Education framework.")
S(PL, "The SENCO programme itself is two modules, each of 20 credits at M level, so 40 credits in all. Someone who "
      "wants the full Postgraduate Certificate can add a third 20-credit module from the framework afterwards, but "
      "that isn't part of the National Award.")
S(PANEL_O, "So the National Award on its own is 40 credits.")
S(PL, "That's right. We felt 60 was too much to ask of new SENCOs in their first year in the job, and the schools "
      "we consulted agreed.")
S(PANEL_H, "And the structure?")
S(PL, "Eight study days across the year, four for each module, with an online unit in the first module. Module 1 "
      "is Leading SEN Provision and Module 2 is Making a Difference in School. Module 1 is assessed by Assignment 1, "
      "an audit of the participant's school's SEN policy and provision against the Code of Practice, with a provision "
      "map, a review of how teaching assistants are deployed and a strategic proposal to the senior team or "
      "governors; that's 4,000 words. Module 2 is assessed by Assignment 2, a school-based change project of 5,000 "
      "words. On Day 8 everyone presents their project to the group.")
S(PANEL_H, "How large will the cohorts be, and how does this build on what you have done before?")
S(PL, "Up to thirty in each intake, in tutor groups of ten. We ran an unaccredited pilot in 2008 for eighteen "
      "Brayford SENCOs, Nadia among them, over six days. On the pilot we ran a next-steps session at the end, with a "
      "planning sheet, but it was squeezed out when we moved to the eight-day structure and the assignments.")
S(PANEL_H, "Could you talk us through what a typical study day looks like?")
S(PL, "Take Day 3. The morning is on identifying pupils who may have SEN: observation, screening, P scales, the "
      "school's tracking data and RAISEonline, then setting targets and planning an intervention for a case study "
      "pupil. After lunch Claire Dunn from Hollins Park takes specific learning difficulties and speech, language and "
      "communication needs. The last hour is a case study session: the tutor group gets a scenario, say a Year 6 "
      "pupil whose progress has stalled and whose parents are unhappy, and has to work out what might go wrong, what "
      "they would do and why. Day 7 ends the same way.")
S(FP, "The case studies were the best part of the days for me. You hear how ten different schools would handle the "
      "same thing.")

H("2. Aims and content")
S(PANEL_P, "The aims in your handbook are about attainment. Where does well-being come in, and the wider Every "
           "Child Matters outcomes?")
S(PL, "The main aim is raising the attainment of pupils with SEN and disabilities, and both assignments ask for "
      "evidence of pupils' progress in attainment. Well-being is implicit throughout; we'd regard it as part of what "
      "any SENCO does.")
S(PANEL_P, "But it isn't in the aims or the assessment criteria.")
S(PL, "Not in so many words, no.")
S(PANEL_O, "How does the programme keep up with research and inspection evidence?")
S(PL, "On Day 2 we use the Ofsted report Inclusion: does it matter where pupils are taught? from 2006, and the tutors "
      "keep an eye on new research generally. The reading list is updated each year.")
S(PANEL_O, "And legislation and policy?")
S(LA, "I teach Day 1 myself. We go through the Education Act 1996 as amended by SENDA, the Code of Practice (the "
      "graduated response, School Action and School Action Plus, statutory assessment and annual reviews), the "
      "Disability Discrimination Act, briefly, and the Children Act 2004 and Every Child Matters, including where the "
      "SENCO fits in the five outcomes. Participants then have to apply all of that in Assignment 1, which audits "
      "their own school's policy and practice against the Code and the ECM outcomes.")
S(PANEL_H, "How is the programme tied to practice in schools?")
S(PL, "Assignment 2 is a school-based project. Each participant plans and leads a change in their own school's "
      "provision, linked to outcomes on the grid, over at least a term: they identify the pupils, set targets, plan the "
      "intervention, track progress with the school's data, including the national test results where they have them, "
      "and review it. Then they evaluate what happened and what they would change. Their school mentor signs to say "
      "the project took place.")
S(FP, "Mine was on reading for a group of Year 3 pupils, and it was the part of the course that changed what I "
      "actually do.")
S(PANEL_P, "Consulting children and young people. How do you develop participants' skills there?")
S(PL, "That's a fair point. It isn't a session as such at the moment. We'd want to build something in for next "
      "year, possibly with Hollins Park's school council.")
S(HT, "We'd be happy to help with that.")
S(PANEL_P, "And working with colleagues?")
S(PL, "Day 6 is on leading and supporting colleagues: coaching and mentoring, observing and giving feedback, running "
      "staff training, and getting the head and senior team on side. Participants also work with colleagues beyond "
      "their school through the cluster SENCO networks, which Colin's team runs, and each of them has to take a "
      "problem from their project to their network meeting in the spring term and report back on the advice they "
      "were given.")
S(PANEL_P, "And parents and carers?")
S(PL, "Parents come up throughout, particularly in the case studies, and on Day 4 we have a colleague from Brayford "
      "Parent Partnership for part of the afternoon.")
S(PANEL_P, "Is any of that assessed?")
S(PL, "Not separately.")

H("3. Participants' needs and routes")
S(PANEL_H, "How do you take account of prior learning?")
S(REG, "The framework allows up to 20 credits of prior M-level study to be accredited against a module. Experiential "
       "learning can be accredited through an APEL claim: the candidate writes a reflective claim mapped to the module "
       "outcomes, with evidence from their practice, which Mrs Ridley assesses as APL tutor and the Faculty APL panel "
       "confirms. We had two successful claims on the pilot.")
S(PANEL_H, "Is there a needs assessment before the course starts?")
S(PL, "Everyone completes a self-audit on the induction day, against the outcomes on the grid, rating themselves "
      "one to four. We use it to put people into tutor groups with a mix of experience.")
S(PANEL_H, "What does the audit look like?")
S(PL, "Four pages. The outcomes are in our own words, grouped under the same headings as the grid, with a column for "
      "the rating and a column for a comment. Tutors collect them at the end of the induction day and keep them for "
      "the first tutorial in October.")
S(PANEL_H, "Does it produce an individual training plan, or a personalised set of outcomes?")
S(PL, "Not a document as such. In effect, the first tutorial conversation serves that purpose.")
S(PANEL_O, "What about an assessment-only route for someone who is already experienced?")
S(PL, "Yes, in principle. We've had an enquiry from a specialist teacher in the LA's Sensory Support Service, and I'd "
      "expect we could assess her on the two assignments without her attending.")
S(PANEL_O, "How do you make sure the provision is tailored to individuals and represents value for money?")
S(PL, "The fee is \u00a3900 for the two modules, and Brayford pays half for its own schools. Study days are at the "
      "Brayford Teachers' Centre, so travel is short, and they finish at 6.30 so that schools lose only an afternoon. "
      "As for tailoring, tutors adapt to the group.")
S(PANEL_P, "When participants finish, how do you help them think about what comes next?")
S(PL, "That's really for the school's performance management. We don't do anything formal at the end; we'd say "
      "that's the head's job rather than ours.")
S(PANEL_H, "Entry requirements?")
S(PL, "Qualified teacher status, being in post as SENCO or designated to be by the start, and a reference from the "
      "head confirming release for the study days. I interview every applicant, usually in school. If someone isn't "
      "ready (say they're not yet designated, or can't get at the school's data) I write to them and to the head "
      "setting out what they need to do first, and offer them the February start or the following September.")
S(PANEL_H, "And suitability to work with children?")
S(REG, "Applicants give their CRB enhanced disclosure number and date on the application form, and the head's "
       "reference has to confirm that the school has seen the disclosure and that there are no outstanding disciplinary "
       "matters. Admissions staff check both before an offer is confirmed. Anyone who hasn't worked in a school in the "
       "last three months has to apply through us for a new enhanced disclosure before they can start.")

H("4. Access and delivery")
S(PANEL_O, "What do you do for disabled participants?")
S(REG, "We have a Disability Equality Scheme that applies to all our courses, and anyone with a disability can talk "
       "to Student Support.")
S(PANEL_O, "Anything specific to this programme? Your publicity, for instance, or the Teachers' Centre?")
S(PL, "I'd have to check. Nobody on the pilot asked for anything.")
S(PANEL_H, "How flexible is the delivery?")
S(PL, "There are two start points, September and February. The modules can be taken in either order, and a "
      "participant can take one module a year if that suits the school. Study days run on Thursdays from 1.30 to 6.30 "
      "at the Teachers' Centre, and each one is repeated on a Saturday at the College for those who can't get release.")
S(PANEL_H, "You mentioned an online unit.")
S(PL, "Module 1 has an online unit on the common types of need, on the College's Blackboard site: five weekly units "
      "with readings, short video clips and a quiz, and a discussion board that I moderate. I reply to posts twice a "
      "week.")
S(PANEL_H, "And support between the face-to-face sessions more generally, and using ICT to keep in touch with "
           "schools and mentors?")
S(PL, "Between sessions they can email me. As for using Blackboard with schools, that's something I'd have to check "
      "with the e-learning team.")
S(FP, "I found the discussion board useful on the pilot, though it went quiet after the first few weeks.")

H("5. Partners and stakeholders")
S(PANEL_P, "How do you know what local schools need?")
S(LA, "In June 2008 we surveyed all 64 SENCOs in Brayford schools and 49 replied. The top three needs were provision "
      "mapping, managing teaching assistants and using data. We also held two focus groups with headteachers in the "
      "autumn, one primary and one secondary.")
S(PANEL_P, "And how did that change the programme?")
S(LA, "We asked for a day on provision mapping and managing support staff, and that's now Day 4 and half of Day 6. "
      "The heads asked that the project should be something that benefits the school, which is why Assignment 2 is a "
      "change in the participant's own school rather than an essay.")
S(PANEL_P, "How will stakeholders be involved from now on, in delivery and in evaluation?")
S(PL, "Colin teaches Day 1, Tom's deputy teaches on Days 3 and 5, and the educational psychology service and the "
      "voluntary sector contribute to Day 7. How heads would feed into evaluation we haven't yet worked out; it's on "
      "our list.")
S(PANEL_O, "Would participants be able to spend time in a special school?")
S(HT, "We're hoping to offer visits to Hollins Park from next year, once we've sorted out cover.")
S(PANEL_O, "What does Hollins Park gain from the partnership?")
S(HT, "We're an outreach school for the borough already, so this fits what we do. Claire gets to teach at M level, "
      "which she enjoys, and we hear what's happening in mainstream schools, which helps our outreach staff. We have "
      "about a hundred and forty pupils from three to nineteen, with severe and complex learning difficulties and "
      "autism, so we can offer a view of needs that most mainstream SENCOs only meet occasionally.")

H("6. Staffing, resources and quality")
S(PANEL_H, "Who teaches the programme?")
S(PL, "I was SENCO in two secondary schools for twelve years and have an MA in special educational needs; I've been "
      "a senior lecturer here for two years and I sit on Brayford's SEN strategy group. Colin was a teacher of the "
      "deaf and a specialist adviser before becoming Principal Officer. Ms Claire Dunn, deputy head at Hollins Park, "
      "teaches Days 3 and 5 on types of need and teaching approaches, and Dr Amrit Sohal, a senior educational "
      "psychologist with the borough, leads Day 7. We all go to the termly SENCO forum and the NASEN conference, and "
      "Claire is on the regional autism network.")
S(PANEL_H, "Resources?")
S(PL, "The College library, with its electronic journals, Blackboard, and a loan collection of assessment materials "
      "at the Teachers' Centre. We don't have an assistive technology suite ourselves; participants see some software "
      "on Day 5.")
S(PANEL_P, "Each participant has a school mentor, I think. How do mentors and tutors know what's expected of them?")
S(PL, "The mentor is usually the head or a deputy, and signs off the project. Mentor training is something we'd like "
      "to offer; at present they get the mentor handbook, which is being finalised. The tutors are all experienced, so "
      "there isn't a separate briefing for them.")
S(PANEL_H, "How do you make sure marking is consistent?")
S(PL, "All assignments are double-marked by me and another tutor, and we hold a moderation meeting with Colin's team "
      "before the results go to the examination board.")
S(PANEL_H, "Evaluation: what methods do you use, and what happens to the results?")
S(REG, "Every module has an end-of-module questionnaire, and the programme goes through annual monitoring, where the "
       "team reports on the questionnaires, the results and its actions to the Faculty Board. External input would come "
       "through the external examiner once appointed.")
S(PANEL_O, "What about the impact on participants' competence and confidence, and on the achievement of pupils?")
S(PL, "We'd hope to see that in the projects. We haven't settled the measures yet, and I'm not sure how far we can go "
      "with pupil data in one year.")
S(FP, "My project did raise reading ages for my group, by about eight months on average.")

H("7. Outcomes and the award")
S(PANEL_H, "How do you make sure that only those who meet every one of the minimum outcomes get the award?")
S(PL, "Participants must pass both assignments. The grid we've tabled shows where every outcome is covered and "
      "assessed. Every outcome in the grid is assessed.")
S(PANEL_H, "Some rows of the grid are blank, and some say TBC.")
S(PL, "Those are being finished. I'm fairly sure Assignment 1 picks up self-evaluation.")
S(PANEL_P, "Is there an oral element apart from the presentations?")
S(PL, "There's a professional discussion at the end of Module 2 for participants whose assignment mark is near the "
      "borderline. It covers decision-making and problem-solving in case scenarios like the ones we use on Days 3 and 7.")
S(PANEL_P, "Special arrangements for national tests and examinations?")
S(LA, "Our Assessment and Monitoring Team covers access arrangements in its own briefing each spring; it isn't part "
      "of the programme.")
S(REG, "Before we finish, I should correct two things said earlier. First, moderation is internal: Mrs Ridley and a "
       "second College tutor. The LA doesn't take part in moderation. The external examiner for the framework is still "
       "being finalised; we expect to appoint by the summer. Second, on the assessment-only route: our regulations "
       "don't currently permit an award to anyone who hasn't enrolled on and attended the taught modules, so that would "
       "need a change to the regulations, which Academic Board hasn't considered.")
S(PL, "Thank you, Peter. Yes, I'd misremembered that.")
S(PANEL_O, "What happens if a participant falls behind, or fails an assignment?")
S(REG, "Extensions go to the programme leader, and longer problems to the Faculty's mitigating circumstances board. "
       "A failed assignment can be resubmitted once, within eight weeks, capped at a pass.")
S(PANEL_H, "Thank you all. The panel will consider what it has heard with the grid and write to the College. For "
           "the record, we would want to see the completed grid, the mentor handbook and confirmation of the external "
           "examiner's appointment.")
S(PL, "We'll send all three as soon as they're ready.")

H("Annex: Outcomes grid (tabled by the programme team)")
P("Days 1 to 4 and the online unit form Module 1; Days 5 to 8 form Module 2. A dash means none.")

rows = [
    ("Professional attributes", None, None),
    ("Fair, respectful relationships with pupils with SEN and their families", "Day 4 (families)", "-"),
    ("Winning the support of colleagues, head and senior leaders", "Day 6", "-"),
    ("Managing time, prioritising and delegating", "Tutorials", "Not formally assessed"),
    ("Anticipating problems and making sound decisions", "Case study sessions, Days 3 and 7",
     "Professional discussion (where held)"),
    ("Clear speaking and writing; listening to others", "Induction day writing workshop; Day 8 presentations",
     "Assignments 1 and 2 (written); Day 8 presentation, assessed pass/fail by two tutors"),
    ("Using research and outside advice to improve practice", "Day 2", "Assignment 2 (literature review section)"),
    ("Keeping up to date; own CPD", "", ""),
    ("Knowledge and understanding", None, None),
    ("SEN law, guidance and the Code of Practice", "Day 1", "Assignment 1"),
    ("Every Child Matters and the SENCO's part", "Day 1", "Assignment 1"),
    ("Disability equality law", "Day 1", "-"),
    ("Child development and what affects it", "Pre-course reading list", "-"),
    ("Main types of SEN and disability", "Days 3 and 5; online unit", "Online unit quiz (formative, not graded)"),
    ("Approaches, strategies and resources, including ICT", "Day 5", "Assignment 2"),
    ("School self-evaluation and improvement", "TBC", "TBC"),
    ("Best practice and research on SEN", "Day 2", "Assignment 2"),
    ("External agencies and how to get their help", "Day 7", "Assignment 2"),
    ("Skills", None, None),
    ("Advising senior leaders and governors on inclusive policy, priorities and resources", "Day 6",
     "Assignment 1 (strategic proposal)"),
    ("Identifying needs, setting targets, planning and reviewing interventions", "Day 3", "Assignment 2"),
    ("Using other professionals' assessments to plan teaching", "Day 7", "-"),
    ("Using summative data and national tests to track progress", "Day 3", "Assignment 2"),
    ("Access arrangements for national tests", "LA Assessment Team briefing (not part of programme)", "n/a"),
    ("Provision mapping; finding gaps in provision", "Day 4", "Assignment 1"),
    ("Deploying and managing support staff", "Days 4 and 6", "Assignment 1"),
    ("Supporting colleagues' professional development", "Day 6", "-"),
    ("Reviewing provision with staff for self-evaluation", "Day 4", "-"),
    ("Pupils' involvement in planning and reviewing their provision", "-", "-"),
    ("Working with parents and carers", "Day 4 (Parent Partnership)", "-"),
    ("Working with other services and voluntary organisations",
     "Day 7 (educational psychology, speech and language therapy, CAMHS, social care, Brayford Autism Support)",
     "Assignment 2"),
]
tb = doc.add_table(rows=len(rows) + 1, cols=3)
tb.style = "Table Grid"
hdr = ["Outcome (team's summary)", "Where developed", "How assessed"]
for j, h in enumerate(hdr):
    c = tb.cell(0, j)
    c.text = ""
    rr = c.paragraphs[0].add_run(h)
    rr.bold = True
for i, (a, b, c3) in enumerate(rows, start=1):
    if b is None:
        m = tb.cell(i, 0).merge(tb.cell(i, 2))
        m.text = ""
        rr = m.paragraphs[0].add_run(a)
        rr.bold = True
        rr.italic = True
        m._tc.get_or_add_tcPr().append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="D9D9D9"/>' % nsdecls("w")))
        continue
    for j, val in enumerate((a, b, c3)):
        tb.cell(i, j).text = val
for row in tb.rows:
    for j, w in enumerate((6.5, 5.5, 5.0)):
        row.cells[j].width = Cm(w)
        for p in row.cells[j].paragraphs:
            for r_ in p.runs:
                r_.font.size = Pt(9)

doc.save(OUT)
print("wrote", OUT)
