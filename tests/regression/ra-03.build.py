"""Build ra-03.docx: Hallowfield Teaching School Alliance (invented).

Provider: Hallowfield Teaching School Alliance (38 schools led by the
invented Thornfield Academy), with the invented Marbeck University only
"willing to validate". Programme: the National Award for SENCO
Coordination as a 60-credit Level 7 Postgraduate Certificate, three modules
(A: law, policy and the graduated approach; B: learners and learning;
C: leading SEND in the school). Dated November 2023.

Layout: a long continuous letter ("Dear colleagues ... Yours sincerely")
with only three short headings (Heading 2). The requirements are answered
out of order and interleaved: entry, DBS checks, RPL and needs analysis sit
together in one passage, the minimum outcomes are described in module prose
(no table), quality assurance comes at the end. Present-day vocabulary
throughout: DBS and the Update Service, Equality Act 2010, SEND Code of
Practice 0-25 (2015), Children and Families Act 2014, EHC plans and EHC
needs assessment, SEN Support, the graduated approach (assess-plan-do-
review), SEMH for BESD, the four broad areas of need, JCQ access
arrangements, EEF guidance, prohibition-order checks. The five Every Child
Matters outcomes appear only in paraphrase ("health, safety, enjoyment and
achievement, contribution and preparation for adulthood").

Traps and the requirement each affects:
- E.1 partially_met: the university "has indicated that it would be
  willing to validate"; no validation arrangements in place.
- 1.1 met and 6.K2 partially_met via paraphrase of the ECM outcomes.
- 1.8 not_met (negation): "We do not ask participants to implement their
  recommendations during the course ... the programme does not itself seek
  or assess any change in practice".
- 1.7 partially_met, 6.A1/6.S8 partially_met: a single session on families'
  experience and parents' rights; knowledge, no skills, not assessed.
- 2.3 not_met (aspiration): "We are exploring whether, in future years ...
  but we have no such route at present."
- 2.5 partially_met: information about further courses only.
- 3.1 not_met (wrong context): the Equality Act 2010 and reasonable
  adjustments appear only as Module A content about schools' duties to
  pupils; nothing on the provider's duties to its own participants.
- 3.3 partially_met: online units are self-study; tutors only at the
  face-to-face days; no peer support or support between sessions.
- 4.1 partially_met: "We have not surveyed local schools or the local
  authority"; only anecdote and former participants' views.
- 4.3 partially_met: schools and the LA SEND team host placement days,
  but "we do not at present involve schools, the local authority or
  families in evaluating the programme".
- 5.2 partially_met: entry needs QTS, the role and a head's statement; no
  check of prior knowledge or skills, no guidance for those not ready.
- 5.4 not_met (wrong context): the "people in the room" paragraph
  describes participants' qualifications; the tutors are never described
  (specialists only give guest sessions).
- 5.6 partially_met: Moodle and online library only.
- 5.7 not_met (aspiration): "We plan to write a tutor handbook ...".
- 6.0 not_met: the award goes to those who attend 80% and "complete" the
  three assignments; nothing requires the minimum outcomes; plus a blanket
  claim that the modules "address every one of the national learning
  outcomes".
- 6.K7 not_met: the only "self-evaluation" is the programme team's own
  annual self-evaluation report (QA), not school self-evaluation taught to
  participants.
- Outcomes in module prose: met where a module teaches it AND its
  assignment requires it; partially_met where only taught (K2, K9, S1, S2b,
  S2d, S4, S5, S6, S8, S9, A1, A4); not_met where absent (A3, A7, K7, S2c).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("ra-03.docx")

doc = Document()
doc.core_properties.author = "Lewis Abernethy"
doc.core_properties.title = "National Award for SENCO Coordination - Hallowfield proposal"
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(11)
doc.styles["Normal"].paragraph_format.space_after = Pt(8)


def p(text, align=None, bold=False, italic=False):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    r.italic = italic
    if align == "r":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return para


def h(text):
    return doc.add_heading(text, level=2)


p("Hallowfield Teaching School Alliance\nThornfield Academy, Mill Lane, Hallowfield HF3 2QD", align="r",
  bold=True)
p("6 November 2023", align="r")
p("To the members of the approval panel")
p("Dear colleagues,")
p("The National Award for SENCO Coordination at Hallowfield", bold=True)

p("Thank you for the opportunity to put forward the Hallowfield programme. Rather than answer the "
  "specification point by point, we have tried to describe the programme as a participant experiences "
  "it, from the first conversation with us to the year after the Award. We hope the panel will find each "
  "of its questions answered along the way, if not always in the order in which it asks them.")

p("Everything in the programme starts from one question: what difference will this SENCO make for "
  "children and young people with special educational needs and disabilities? We mean that broadly. "
  "Progress and attainment matter enormously, but so do the other things a good school keeps in view "
  "for every child \u2013 their health, their safety, whether they enjoy school and achieve in it, whether "
  "they can contribute to their community, and how well they are being prepared for adulthood, "
  "independence and work. Those whole-child outcomes are written into the aims of the programme and into "
  "the learning outcomes of each module, they recur throughout the content, and every assignment asks "
  "participants to analyse what a particular aspect of provision is doing for children\u2019s progress "
  "and wellbeing.")

p("Hallowfield Teaching School Alliance is a partnership of 38 primary, secondary and special schools, "
  "led by Thornfield Academy. We have run a non-accredited induction course for new SENCOs since 2019, "
  "and this proposal grows out of it. The Award would be a Postgraduate Certificate carrying 60 credits "
  "at Level 7 (masters level), made up of three 20-credit modules. Marbeck University\u2019s School of "
  "Education has indicated that it would be willing to validate the Award, and we expect to begin formal "
  "validation discussions with the University once the programme is approved.")

h("Where the programme comes from")

p("We should say plainly that we have not surveyed local schools or the local authority for this "
  "application. What we know of their needs comes from our day-to-day work with Alliance schools, where "
  "we see new SENCOs struggling most with requests for EHC needs assessment and with the rising number "
  "of pupils at SEN Support whose primary need is social, emotional and mental health.")

p("The programme does, however, carry forward what four cohorts of the induction course have told us. "
  "Participants\u2019 end-of-course evaluations in 2021 and 2022 led to two changes that are built into "
  "this design: the single session on SEMH needs has grown into a full unit of Module B, and the Module C "
  "inquiry now starts in the first term rather than the third, because former participants told us that "
  "they ran out of time to gather evidence. Two former participants also read the draft module "
  "descriptors this summer, and at their suggestion we moved the session on statutory assessment "
  "arrangements from Module C to Module B, next to the work on assessment.")

h("A year on the programme")

p("The Award is open to any qualified teacher who is a SENCO or who has been asked by their headteacher "
  "to take on the role; applicants complete a short online form and we ask for a supporting statement "
  "from the headteacher. The quality of a programme like this depends on the people in the room, and our "
  "participants bring a great deal: all hold QTS, around two thirds have led a subject or a phase, and "
  "most have completed accredited CPD in areas such as autism or dyslexia. Learning from one another is "
  "therefore central to the way we teach.")

p("Before a place is confirmed we check that every participant has an enhanced DBS certificate with a "
  "barred list check for their current post, or is subscribed to the DBS Update Service, and we check the "
  "Teaching Regulation Agency\u2019s list of prohibition orders. As part of the reference we ask the "
  "headteacher to confirm that there are no current or past concerns about the applicant\u2019s conduct "
  "with children and no outstanding disciplinary matters. An applicant who has not worked in a school or "
  "college in the last three months must obtain a new enhanced certificate before starting.")

p("Many participants arrive with relevant learning behind them. Anyone who has completed Level 7 study in "
  "SEND, or who can show substantial relevant experience through a portfolio mapped against the learning "
  "outcomes of a module, can claim recognition of prior learning for up to 20 credits; claims are "
  "assessed by two tutors and the participant is then exempt from that module. We are exploring whether, "
  "in future years, a very experienced SENCO might be able to present a portfolio for assessment against "
  "all the outcomes without following the taught programme, but we have no such route at present.")

p("Before the first session each participant completes a self-assessment against the programme\u2019s "
  "learning outcomes, which are the national outcomes for the Award, and then meets their personal tutor "
  "to agree an individual learning plan. The plan records which outcomes the participant already meets "
  "securely and which are priorities, what they will read and do in school to address them, and their "
  "own targets for the year; it is revisited at every tutorial. Because the plan drives tutorials, the "
  "choice of in-school tasks and the focus of the inquiry, each participant\u2019s route through the "
  "programme is their own, and the modules are sequenced so that each builds on the last. The fee is "
  "\u00a31,950, with Alliance bursaries covering half for schools with high proportions of pupils with "
  "SEND, and sharing venues and speakers with the Alliance\u2019s other programmes keeps our costs well "
  "below those of comparable awards in the region.")

p("Participants can join in September, January or April. Each module combines four face-to-face days at "
  "Thornfield with online units on the Alliance\u2019s Moodle site, and the modules can be taken in any "
  "order; most participants finish in a year, but anyone may take up to two. The online units are "
  "self-study materials \u2013 short recorded lectures, readings and reflective tasks with worked "
  "examples. Tutors are available to discuss them at the face-to-face days.")

p("Everything is anchored in participants\u2019 own schools. Every taught day ends with a short in-school "
  "task linked to the learning outcomes \u2013 observing a child across a morning, checking the SEN "
  "register against the Code, interviewing a teaching assistant about how they are deployed \u2013 which "
  "is discussed at the next session, and the Module B case study and the Module C inquiry are both "
  "carried out in the participant\u2019s school. On each taught day participants also spend an hour in a "
  "cross-school network group of five or six SENCOs, working through a problem one of them has brought; "
  "these groups are where participants learn to advise and support colleagues from other schools and to "
  "accept advice themselves.")

p("Taken together, the three modules address every one of the national learning outcomes for the Award. "
  "We describe them below in the order most participants take them.")

p("Module A, Law, Policy and the Graduated Approach, begins with the law: the Children and Families Act "
  "2014, the SEND Regulations 2014 and the SEND Code of Practice 0\u201325 (2015), with what they require of "
  "schools, of the SENCO and of others, and how to put them into practice \u2013 from SEN Support through "
  "EHC needs assessment to EHC plans and annual reviews. The Equality Act 2010 is studied in depth: the "
  "definition of disability, the duty on schools to make reasonable adjustments for disabled pupils, "
  "including auxiliary aids and services, the public sector equality duty and accessibility plans, and "
  "what each requires of the participant\u2019s own school. Participants also consider the whole-child "
  "outcomes described at the start of this letter and the SENCO\u2019s part in securing them, and they "
  "learn about the local offer and the roles of the services schools draw on \u2013 educational "
  "psychology, speech and language therapy, CAMHS, social care and the voluntary sector \u2013 and how to "
  "get their help. The module is assessed by a 4,000-word critical analysis of how the participant\u2019s "
  "school meets its duties under the SEND Code of Practice and the Equality Act, with recommendations, "
  "marked against the outcomes on SEND law and guidance and on disability equality law.")

p("One Module A session is given to families. Drawing on what parents have told us about their "
  "experience of EHC needs assessment, it looks at co-production, the rights of parents under the Code "
  "and the disagreement resolution and mediation arrangements, and at what makes a respectful, trusting "
  "relationship between a school and the family of a child with SEND.")

p("Module B, Learners and Learning, is the heart of the programme. It covers how children develop "
  "\u2013 cognitively, linguistically, socially and emotionally \u2013 and how development is affected by "
  "SEND and by the physical and social environment of the classroom and school. It works through the four "
  "broad areas of need in the Code: communication and interaction (including speech, language and "
  "communication needs and autism), cognition and learning (including moderate learning difficulties and "
  "specific learning difficulties such as dyslexia), social, emotional and mental health, which now has "
  "a full unit, and sensory and/or physical needs. Participants learn to identify needs through "
  "observation, data and assessment and to run the assess\u2013plan\u2013do\u2013review cycle of the "
  "graduated approach, setting ambitious targets, planning interventions and reviewing progress; to use "
  "the assessments of educational psychologists, speech and language therapists and other professionals "
  "to shape teaching; to track progress through summative assessment, including statutory assessments, "
  "and to change programmes that are not working; and to put in place access arrangements for statutory "
  "assessments at key stage 2 and for examinations under the JCQ regulations. A critical review of "
  "approaches, strategies and resources for assessment and teaching, including assistive technology, "
  "weighs the evidence behind each, using the Education Endowment Foundation\u2019s guidance report on "
  "special educational needs in mainstream schools. Person-centred approaches run through the module: "
  "one-page profiles, pupil-led reviews, and ways of gathering the views of children with little or no "
  "speech, which participants practise with a child in their own school. A final session on working "
  "with other services looks at the team around the child and at multi-agency planning.")

p("Module B is assessed by a 4,000-word case study of a child at SEN Support or with an EHC plan. The "
  "case study must show how the child\u2019s needs were identified and which broad area or areas of need "
  "they fall in, how the child\u2019s development has been affected, how other professionals\u2019 "
  "assessments were used, the targets and interventions planned and how progress was reviewed, a critical "
  "evaluation of the approaches and resources used (including any technology), and how the child\u2019s "
  "own views were gathered and used in planning and review.")

p("Module C, Leading SEND in the School, is about leadership. It covers working with the headteacher, "
  "senior leaders and governors on the school\u2019s strategic direction for SEND \u2013 its inclusive ethos, "
  "its SEND policy and information report, and how resources are used; winning the commitment of "
  "colleagues, senior leaders included; using provision mapping to plan and cost provision and to spot "
  "what is missing or not working; deploying teaching assistants well, drawing on the EEF\u2019s guidance "
  "on making best use of them; supporting colleagues\u2019 development through coaching, modelling and "
  "leading training; reviewing the effectiveness of provision with colleagues; and working through hard "
  "cases in which participants must anticipate problems and make a judgement about provision. A workshop "
  "on presenting to different audiences prepares participants for the end of the module.")

p("The Module C assignment is an inquiry into an aspect of SEND provision in the participant\u2019s school. "
  "It begins with a provision map, reviews the research evidence and external advice on the question, "
  "analyses pupils\u2019 progress and wellbeing data, and ends with recommendations, which the participant "
  "presents to the headteacher and senior team in a fifteen-minute presentation assessed by the tutor for "
  "clarity and for how the participant handles questions. The 5,000-word report must include the "
  "headteacher\u2019s written response to the recommendations, as evidence of how the participant has "
  "secured the commitment of senior leaders. The inquiry is marked against the outcomes on provision "
  "mapping, on drawing on research evidence and external advice, on knowledge of best practice and "
  "research in meeting special educational needs, on clear spoken communication and listening to "
  "others\u2019 views, and on gaining the commitment of senior leaders.")

p("The inquiry is deliberately an inquiry and not a change project. We do not ask participants to "
  "implement their recommendations during the course: many are new to post, and we think it unfair to "
  "judge them on changes that depend on others. The programme therefore does not itself seek or assess "
  "any change in practice in participants\u2019 schools; that, we hope, follows in the year after the "
  "Award.")

p("The content is kept current. Alongside the EEF guidance, participants read Ofsted\u2019s thematic "
  "review of SEND in mainstream schools and the published findings of area SEND inspections, and each "
  "module is revised every summer to take account of new developments \u2013 most recently the SEND and "
  "Alternative Provision Improvement Plan of 2023 and the new area SEND inspection framework.")

p("Participants learn from specialists throughout. In Module B an educational psychologist and a speech "
  "and language therapist each give a guest session, and the SEMH unit is taught jointly with the "
  "headteacher of Brookside, the Alliance\u2019s alternative provision. Each participant also spends a day "
  "in a special school or alternative provision within the Alliance and a day shadowing the local "
  "authority\u2019s SEND casework team; we arrange both, and the focus of each visit is agreed in the "
  "participant\u2019s learning plan.")

p("Participants who attend at least 80 per cent of the taught days and complete all three assignments "
  "receive the Award. Many go on to a National Professional Qualification or to a master\u2019s degree, "
  "and at the final session we give them information about these routes.")

h("How we know it is working")

p("We evaluate the programme in several ways. Participants complete a short online evaluation after every "
  "taught day and a fuller one at the end of each module; tutors meet after each module to review those "
  "evaluations alongside the assignment results; and the programme team writes an annual self-evaluation "
  "report. Externally, an external examiner from another university reports on the programme each year, "
  "and the Alliance\u2019s Quality Board, which has an independent chair, scrutinises the annual report. "
  "The report ends with an improvement plan, which is shared with participants, and the next year\u2019s "
  "report begins by checking what the plan achieved.")

p("Every assignment is marked against published criteria by the module tutor and second-marked blind by "
  "another tutor; the team meets to moderate marks before results go to the assessment board, and the "
  "external examiner samples work from every module. Inquiry presentations are recorded so that they can "
  "be second-marked and moderated in the same way.")

p("We look for impact on two levels. Participants rate their confidence against each national outcome "
  "at the start and at the end of the programme, and tutors record their judgement of each "
  "participant\u2019s competence against the outcomes at the same two points. For children, the Module C "
  "inquiry gives us baseline information on pupils\u2019 progress and wellbeing in each participant\u2019s "
  "school, and a year after completion we ask each former participant for the same measures again \u2013 "
  "the progress of pupils at SEN Support and with EHC plans against the school\u2019s targets, attendance, "
  "and the proportion of EHC needs assessment requests agreed. We compile these into an annual impact "
  "report that goes to the Quality Board.")

p("Beyond the evaluations that participants complete and the schools and services that host visits, we "
  "do not at present involve schools, the local authority or families in evaluating the programme. We "
  "plan to write a tutor handbook and to brief the colleagues who give guest sessions before the next "
  "cohort begins.")

p("Participants have access to the Alliance\u2019s Moodle site, with all session materials and recordings, "
  "and to the online library services to which the Alliance subscribes.")

p("We would be very glad to talk further about any part of this proposal, and to welcome members of the "
  "panel to a taught day.")
p("Yours sincerely,")
p("Niamh Corrigan\nDirector, Hallowfield Teaching School Alliance")
p("Dr Lewis Abernethy\nProgramme Lead, National Award for SENCO Coordination")

doc.save(OUT)
print("wrote", OUT)
