"""Build bv-02-marlbury-commentary.docx (invented provider, written blind).

Provider: Marlbury Metropolitan Borough Council, Learning and Inclusion
Service (LIS), with Wexcombe University, School of Education and Childhood
Studies. Programme: Postgraduate Certificate in Coordinating Inclusion
(SENCO), twelve sessions in four blocks, three assignments and an
unassessed reflective journal. It replaces the Service's non-accredited
Marlbury SENCO Development Course (2002-2008, seven cohorts). Dated
February 2009; 2008-era vocabulary (CRB, DDA, ECM, RAISEonline, P scales,
Standards Fund, Children's Trust).

Layout: a self-evaluative "critical commentary" in continuous reflective
prose. Heading 1 / Heading 2 with SWOT-style titles ("Strengths",
"Weaknesses", "Opportunities", "Threats") and plain titles, never criterion
numbers. Three real Word numbered lists in the "List Number" style (the
style's own numbering; the second and third lists restart at 1 through a
w:num with a startOverride). Much of the text is about past cohorts of the
old course; the reader must separate what was done then from what the new
programme will do, and plans "under consideration" from decisions.

Traps and the requirement ids they affect:
- Credit tariff unsettled: masters level is stated but "the draft ... is
  for 40 credits" and 60 is only asked about (E.2 partially_met); E.1 met
  (Wexcombe awards; validation event fixed).
- Plans under consideration, not arrangements: pupil voice "We are
  considering how the new programme might help participants gather pupils'
  views" (1.5, 6.S7 not_met); impact "we are considering asking
  participants to record baseline measures" and "No decision has yet been
  taken" (5.9 not_met); APL "will be considered at validation" (2.1
  not_met); assessment-only route "also under consideration" (2.3
  not_met); coaching strand "We are considering whether" (6.S5 not_met);
  the working group's numbered list of priorities repeats these.
- Past arrangements only: the "next steps" plan was in "the final session
  of the old course" (2.5 not_met); access arrangements were covered "on
  earlier courses" by a retired officer (6.S2d not_met).
- Explicit removals: child development "squeezed out of the new programme"
  (6.K4 not_met); "there is at present no teaching on ICT" (6.K6
  partially_met, 5.6 partially_met).
- Another body's arrangement: CRB disclosures "are the responsibility of
  their employing schools and the Borough's HR service" (5.3 not_met).
- Values instead of arrangements: well-being only as "We believe" in the
  aims (1.1 partially_met); "We believe the programme offers good value"
  with tailoring only claimed (2.4 partially_met).
- Needs audit done at the first session and used for the group, not an
  individual plan (2.2 partially_met).
- Stakeholders teach and host, but evaluation involvement is only "We would
  like" (4.3 partially_met); 4.1 and 4.2 met (survey, forums, and named
  changes that followed).
- Covered but not assessed: ECM session (6.K2), the governors and strategy
  session "not one of the things the assignments ask for" (6.S1), data
  session (6.S2b), TA deployment (6.S4), Parent Partnership session (6.A1,
  6.S8, and 1.7 partially_met), journal "not formally assessed" (6.A7),
  writing marked but speaking and listening neither taught nor assessed
  (6.A5): all partially_met.
- Absent: time management and delegation (6.A3; the only "time" is the
  course's demands on participants: wrong context), formative assessment
  by colleagues (6.S2c): not_met.
- Award rule "pass all three assignments" plus attendance, and a closing
  blanket claim (6.0, 1.9 partially_met).
- 3.3 not_applicable: "The new programme will be taught face to face";
  Blackboard only talked about "in later years".
- Met: E.1, 1.2, 1.4, 1.6, 1.8, 4.1, 4.2, 5.2, 5.4, 5.5 (placement days
  arranged and briefed by the Service), and outcomes assessed through the
  three assignments (6.A2, A4, A6, K1, K3, K5, K7, K8, K9, S2, S2a, S3, S6,
  S9).
"""
from __future__ import annotations

import copy
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = Path(__file__).with_name("bv-02-marlbury-commentary.docx")


def sm(s: str) -> str:
    return s.replace("'", "\u2019").replace(" -- ", " \u2013 ")


doc = Document()
doc.core_properties.author = "Bernadette Quilliam"
doc.core_properties.title = "Critical commentary - SENCO award application"
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11.5)

# ---- numbering: List Number uses the style's numId; later lists restart
numbering = doc.part.numbering_part.element
style_numid = doc.styles["List Number"].element.pPr.numPr.numId.val
abstract_id = None
for num in numbering.findall(qn("w:num")):
    if num.get(qn("w:numId")) == str(style_numid):
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
_next_num = [max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1]


def new_list_num():
    nid = _next_num[0]
    _next_num[0] += 1
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    return nid


def para(text, style=None, bold=False, italic=False, align=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(sm(text))
    r.bold, r.italic = bold, italic
    if align is not None:
        p.alignment = align
    return p


def numbered(items, restart=False):
    nid = new_list_num() if restart else None
    for lead, text in items:
        p = doc.add_paragraph(style="List Number")
        if lead:
            p.add_run(sm(lead) + " ").bold = True
        p.add_run(sm(text))
        if nid is not None:
            pPr = p._p.get_or_add_pPr()
            pPr.insert(1, parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))


H1 = lambda t: doc.add_heading(sm(t), 1)
H2 = lambda t: doc.add_heading(sm(t), 2)

# ------------------------------------------------------------------ title
para("Marlbury Metropolitan Borough Council -- Learning and Inclusion Service", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("with Wexcombe University, School of Education and Childhood Studies", align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_heading(sm("From attendance to award: a critical commentary on SENCO development in Marlbury"), 0)
para("Submitted to the Training and Development Agency for Schools in support of our application for "
     "approval to provide nationally accredited training for SENCOs. February 2009.", italic=True)
para("Prepared by Bernadette Quilliam, Head of the Learning and Inclusion Service, and Dr Tom Ravensworth, "
     "Principal Lecturer, Wexcombe University, on behalf of the SENCO Programme Working Group.", italic=True)

# ------------------------------------------------------------------ intro
H1("Why a critical commentary")
para("We have chosen to write this application as a commentary rather than as a form. The Learning and "
     "Inclusion Service has trained Marlbury's SENCOs for seven years, and the honest starting point for a "
     "new, accredited programme is an account of what that training did well and what it did not. The "
     "commentary therefore looks back at the Marlbury SENCO Development Course and forward to the "
     "Postgraduate Certificate in Coordinating Inclusion, which we propose to offer with Wexcombe University "
     "from September 2009. We have organised our thinking under the four familiar headings of strengths, "
     "weaknesses, opportunities and threats, and we close with an outline of the new programme and of the "
     "arrangements that will sustain its quality. Where something has been decided we say so; where it has "
     "not, we have tried to say that too.")

H1("Where we start from")
para("The Marlbury SENCO Development Course ran from 2002 to 2008. Seven cohorts, 131 teachers in all, "
     "attended twelve full-day sessions spread across a school year at the Borough's Professional Centre in "
     "Hollin Street. Sessions were led by the Service's advisory teachers, with contributions from the "
     "Educational Psychology Service and from health colleagues. The course was not assessed and carried no "
     "credit: participants who attended at least ten sessions received a certificate of attendance signed "
     "by the Director of Children's Services. Evaluations were consistently warm, and a good number of the "
     "Borough's most effective SENCOs came through it.")
para("The course was designed at a time when the SENCO was often a class teacher given the role on top of "
     "a full timetable and little else. The 2008 regulations, the requirement that SENCOs be qualified "
     "teachers and the coming national award change the ground beneath it. Marlbury schools have told us "
     "(see Opportunities) that they want their SENCOs to hold a recognised qualification and to carry more "
     "weight in the leadership of their schools. The new programme is our response.")
para("Wexcombe University will award the Postgraduate Certificate. The programme was approved in principle "
     "by the University's Faculty Academic Board in January 2009 and the validation event is fixed for 18 "
     "March 2009, with Dr Ravensworth as the University's programme leader. The University will register "
     "participants, assess their work at masters level (Level 7) and confer the award. The credit tariff is "
     "still being settled with the University: the draft presented to the Faculty Board is for 40 credits, "
     "and the validation panel has been asked whether the project assignment could be extended to bring "
     "the certificate to 60.")

# ------------------------------------------------------------------ strengths
H1("Strengths")
para("Three things about the old course stand out from seven years of evaluations and from the "
     "conversations we held with former participants last summer, and we mean to keep all three.")
numbered([
    ("Its roots in Marlbury schools.",
     "Sessions were hosted by schools and used the host school's own provision as a starting point, and "
     "participants carried out a small task in their own school between sessions. In the new programme "
     "each participant will complete three gap tasks in his or her own school, one for each of Blocks 1, 2 "
     "and 4, each tied to the outcomes of that block and written up in the reflective journal; the case "
     "study and the project assignment are also carried out in the participant's own school."),
    ("Its specialists.",
     "Participants valued hearing directly from the people who do the work. The new programme draws on "
     "the same people: an educational psychologist, the speech and language therapy service, the Autism "
     "Outreach Team based at Brookfield Special School, the Sensory Support Service and the Parent "
     "Partnership Service each lead at least one session. In addition every participant will spend one "
     "day at Brookfield Special School and one day shadowing a member of the Sensory Support or Autism "
     "Outreach team. The Service arranges these placement days with the host and briefs the host teacher "
     "beforehand on the outcomes the visit is meant to support."),
    ("Its network.",
     "SENCOs who trained together went on supporting one another long after the course ended. The termly "
     "SENCO network meetings, which grew out of the course, will continue, and participants in the new "
     "programme will be expected to attend them during their year of study."),
])
para("The law and policy content of the old course was also strong, and it moves almost unchanged into "
     "Block 1 of the new programme. Participants will study the Education Act 1996 as amended by the SEN "
     "and Disability Act 2001, the SEN Code of Practice and its graduated response, statutory assessment and "
     "annual reviews, the Disability Discrimination Act 1995 and 2005 and the Disability Equality Duty, and "
     "the Children Act 2004 together with Removing Barriers to Achievement. Assignment 1 (see Weaknesses) "
     "asks each participant to review his or her school's arrangements against this law and guidance. "
     "Block 1 also includes a session, led by Dr Ravensworth and the University's education librarian, on "
     "finding and judging research, and a session on the principles and five outcomes of Every Child "
     "Matters and the SENCO's place in Marlbury's Children's Trust arrangements, which past cohorts found "
     "useful as a way of seeing their role whole.")
para("Finally, the team itself. The programme will be taught by Bernadette Quilliam (MEd Special Needs; "
     "SENCO at St Anselm's RC High School from 1994 to 2001; Head of the Service since 2005), Gail Oyelaran "
     "(Senior Advisory Teacher for Specific Learning Difficulties; AMBDA; MA Inclusive Education, 2006), "
     "Martin Edgeworth (educational psychologist with the Marlbury EPS; chartered psychologist) and Dr Tom "
     "Ravensworth (Principal Lecturer at Wexcombe; doctorate on multi-agency working in children's "
     "services; external examiner for two SEN masters programmes). The three Service tutors work in "
     "Marlbury schools every week, Dr Ravensworth is currently researching inclusion in secondary schools, "
     "and each of the four attends at least one national SEN conference a year.")

# ------------------------------------------------------------------ weaknesses
H1("Weaknesses")
para("The weaknesses of the old course are as clear to us as its strengths, and the new programme has been "
     "shaped by the need to address them. Some we have dealt with; others we are still working on, and we "
     "say so.")

H2("Nothing was assessed")
para("Because the course carried no credit, no participant was ever assessed. We could say who had "
     "attended, but not what any of them could do. The new programme is assessed throughout. There are "
     "three summative assignments, each first-marked by a Service tutor against the University's Level 7 "
     "criteria:")
numbered([
    ("Assignment 1 (Block 1):",
     "a 4,000-word critical review of the participant's school's SEN policy, accessibility plan and "
     "disability equality scheme against the law and the Code of Practice, using published research and "
     "inspection findings to support its recommendations."),
    ("Assignment 2 (Blocks 2 and 3):",
     "a 4,000-word case study of one pupil with behavioural, emotional and social difficulties, specific "
     "learning difficulties, speech, language and communication needs, autism or moderate learning "
     "difficulties. It shows how the participant identified the pupil's needs, used the reports of the "
     "educational psychologist, therapist or other professionals to plan teaching, set targets, chose and "
     "justified an intervention in the light of best practice, anticipating the difficulties it might "
     "meet, and reviewed the pupil's progress; and it describes the work of the external agencies and "
     "voluntary organisations involved with the pupil and how the participant worked with them."),
    ("Assignment 3 (Block 4):",
     "a 5,000-word report on a development project in which the participant uses the school's provision "
     "map to identify provision that is ineffective or missing, secures the support of the headteacher and "
     "senior team for a change, leads it, drawing on research and external advice, and evaluates its "
     "effect with colleagues in a form that feeds into the school's self-evaluation."),
], restart=True)
para("Each assignment is marked on the clarity and quality of its writing as well as on its content. "
     "Alongside the assignments participants keep a reflective journal, in which they record their "
     "reading, their gap tasks and what they have learned from them; tutors read the journal at "
     "the two progress tutorials and comment on it, but it is not formally assessed. To be awarded the "
     "certificate a participant must pass all three assignments and must have attended at least ten of the "
     "twelve sessions.")

H2("Pupils' voices were missing")
para("Looking back over seven years of session plans, we found almost nothing on listening to pupils. Past "
     "participants were taught a great deal about pupils and very little about asking them. We are "
     "considering how the new programme might help participants gather pupils' views and involve pupils in "
     "reviewing their own provision, and the working group has asked Brookfield's speech and language "
     "therapist for advice on methods for pupils with communication difficulties. We have not yet decided "
     "where this would sit in the programme or how it would be assessed.")

H2("Parents and families")
para("Former participants told us that the day with the Parent Partnership Service was one of the most "
     "valuable of the whole course. In the new programme Block 3 will again include a full session led by "
     "the Parent Partnership Service, on the parent's experience of statutory assessment, on what parents "
     "say they need from their child's school, and on the importance of relationships with pupils and "
     "their families built on respect and trust. We would like to do more here, and parents' "
     "representatives have offered to help.")

H2("We never knew whether it made a difference")
para("The old course was evaluated session by session and at the end of each year, and the ratings were "
     "high. But we never asked what changed in participants' schools, or for their pupils, as a result. We "
     "recognise that this is the weakest part of our past practice. For the new programme we are "
     "considering asking participants to record baseline measures for the pupils in their case study and "
     "project, and the working group will discuss with the University whether an end-of-programme "
     "questionnaire could ask headteachers what has changed. No decision has yet been taken.")

H2("Gaps in content")
para("Some content has had to give way to the time needed for assessment. Child development, which a "
     "health visitor used to introduce in the opening session of the old course, has been squeezed out of "
     "the new programme. Access arrangements for national tests and examinations were covered on earlier "
     "courses by the Borough's examinations officer; that session ended when she retired in 2007. The "
     "session on ICT and assistive technology has also gone, because the Service's ICT adviser post has "
     "been vacant since April 2008. Block 2 still covers a wide range of teaching approaches, strategies "
     "and resources for pupils with different needs, and Assignment 2 asks participants to evaluate those "
     "they use, but there is at present no teaching on ICT. We regard these as weaknesses to put right.")

# ------------------------------------------------------------------ opportunities
H1("Opportunities")
H2("What our schools told us")
para("In June and July 2008 the Service surveyed all 94 Marlbury schools about SENCO training (71 replied), "
     "held two focus groups with former participants, and discussed the proposals at the Borough's SENCO "
     "network and at the primary and secondary headteachers' forums. Three messages were clear. "
     "Headteachers want SENCOs who can use data and provision mapping to show what provision achieves. "
     "SENCOs want time out of school that is protected and predictable, and a qualification that is "
     "recognised. Both wanted more contact with special schools.")
para("The programme reflects each of these. Provision mapping now runs through Block 4 and is the basis of "
     "Assignment 3; the twelve sessions are published a year in advance and each is offered in two forms "
     "(see Threats); and the day at Brookfield Special School was added at the request of the secondary "
     "headteachers' forum. The network also asked that the programme stop using a separate handbook of "
     "forms from the one schools use, and the case study now uses the Borough's own IEP and review "
     "paperwork.")

H2("A partner university")
para("Wexcombe University brings the accreditation, its library and long experience of masters teaching. "
     "Participants will have full access to the University library and its electronic journals, and the "
     "Service's resource centre at Hollin Street lends standardised tests, assessment materials and "
     "teaching resources for specific learning difficulties and for speech, language and communication "
     "needs.")

H2("Stakeholders in the programme")
para("Serving SENCOs and special school staff will be directly involved in teaching: two experienced "
     "Marlbury SENCOs co-teach Block 4, Brookfield hosts the placement days, and the Parent Partnership "
     "Service leads its session. We would like headteachers, former participants and parents to have a "
     "part in evaluating the programme as well, perhaps through a reference group, but the form this might "
     "take has not been agreed.")

H2("Recognising what people already know")
para("Accreditation also opens the possibility of recognising learning that SENCOs bring with them. "
     "Several of our most experienced SENCOs hold specialist qualifications, and some of the Service's own "
     "advisory teachers could probably already show most of the outcomes. Whether prior learning can be "
     "counted towards the certificate has been raised with the University and will be considered at "
     "validation. An assessment-only route, by which an experienced colleague could be assessed without "
     "attending the sessions, is also under consideration; we would expect it to be used rarely.")

# ------------------------------------------------------------------ threats
H1("Threats")
H2("Time and cover")
para("The most frequent complaint of past participants was the time the course took out of school, and "
     "the new programme asks more of them, not less. To ease the pressure we will run each of the twelve "
     "sessions twice: as a full day at Hollin Street on a Thursday, and as two twilight sessions at Oakmead "
     "Primary School in the same fortnight, with participants free to choose either form for any session. "
     "There will be one intake a year, in September, and the blocks follow one another in a fixed order. "
     "The new programme will be taught face to face. We have talked with the University about putting some "
     "sessions on its Blackboard site in later years, but nothing of that kind is planned for the first "
     "cohort.")

H2("Cost")
para("The fee will be \u00a31,050, of which the Borough pays \u00a3700 from the Standards Fund for teachers "
     "in Marlbury schools; schools meet the remainder and the cost of any cover. Holding sessions in "
     "Borough premises keeps the cost down. We believe the programme offers good value and high-quality "
     "professional development, and that it will be responsive to participants' individual needs.")

H2("Capacity")
para("The Service has lost two advisory posts since 2007, and the same small team supports schools, "
     "runs the SENCO network and will now teach and mark the programme. If more than twenty teachers apply "
     "for the first cohort we will not be able to run a second group, and Dr Ravensworth's time is limited "
     "to two sessions and the second marking. A further reduction in the Service's budget would put the "
     "programme at risk, and the working group has asked the Director for a commitment to the team's "
     "present size for the first three years.")

# ------------------------------------------------------------------ outline
H1("The new programme in outline")
para("The aim of the Postgraduate Certificate is to improve the progress of pupils with SEN and "
     "disabilities in Marlbury schools by developing SENCOs who can lead provision in their schools. We "
     "believe that every child's well-being matters as much as his or her attainment, and that belief runs "
     "through the programme. The reading for each block will be refreshed from the old course's lists, "
     "which we recognise had become dated, and sessions will reflect current research and inspection "
     "findings.")
para("Block 1, The SENCO and the law (sessions 1 to 3), is described under Strengths.")
para("Block 2, Learners and learning (sessions 4 to 6), is built around the five most common types of "
     "need -- behavioural, emotional and social difficulties, specific learning difficulties including "
     "dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning "
     "difficulties -- and how each affects learning. It covers identification through observation, data "
     "and assessment; setting targets; planning and reviewing interventions; using the reports of "
     "educational psychologists and therapists to plan teaching; and what research says about effective "
     "practice. Sessions use case discussion and problem-solving scenarios drawn from Marlbury schools, in "
     "which participants anticipate difficulties and decide on provision. One session, led by the data "
     "manager of a Marlbury secondary school, shows participants how to use national test results, P "
     "scales and RAISEonline to track pupils' progress and adjust programmes.")
para("Block 3, Families and agencies (sessions 7 to 9), contains the Parent Partnership session described "
     "under Weaknesses; the roles of the educational psychology service, speech and language therapy, "
     "CAMHS, social care, the Sensory Support Service and voluntary organisations such as Marlbury Mencap "
     "and the local branch of the National Autistic Society; the Common Assessment Framework; and how to "
     "get specialist advice and resources. Participants practise consultation and joint problem-solving "
     "with a colleague from another school, using the consultation model of the Educational Psychology "
     "Service, so that they can advise and support colleagues in their own and neighbouring schools about "
     "the needs of individual pupils.")
para("Block 4, Leading provision (sessions 10 to 12), deals with the SENCO as a leader and with winning "
     "the commitment of the headteacher and colleagues; with working with the senior team and governors on "
     "inclusion policy, priorities and the use of resources, a session past cohorts valued highly and which "
     "stays, though it is not one of the things the assignments ask for; with provision mapping; with "
     "deploying and managing teaching assistants; and with evaluating provision alongside colleagues and "
     "the school's self-evaluation. We are considering whether a short coaching strand could be added to "
     "Block 4 to help participants support colleagues' development through observation and feedback; it "
     "would depend on funding.")

# ------------------------------------------------------------------ admission
H1("Admission, checks and needs")
para("Applicants must be qualified teachers working in a Marlbury school, or in a school in a neighbouring "
     "authority by arrangement, in the SENCO role or designated to take it up, with the written support of "
     "their headteacher. Bernadette Quilliam or Gail Oyelaran telephones each applicant before a place is "
     "offered, to talk through his or her experience against the entry profile. Where an applicant does "
     "not yet have the experience to benefit -- typically a teacher in his or her first two years -- we "
     "explain what is needed, usually a year in the role and the Service's three-day Introduction to SEN, "
     "and agree a plan with the headteacher so that the teacher can apply again the following year.")
para("Participants are all employed in schools, and their CRB enhanced disclosures are the responsibility "
     "of their employing schools and the Borough's HR service, which keep the records.")
para("At the first session every participant completes the Marlbury SENCO self-audit against the national "
     "minimum outcomes. The audit tells us where the group as a whole is strong or weak; tutors use it to "
     "decide which topics need more time and to form the groups for the case discussions in Block 2.")
para("In the final session of the old course participants drew up a \u2018next steps' plan to take back to "
     "their headteacher, and several told us it helped them argue for time and resources in the following "
     "year.")

# ------------------------------------------------------------------ quality
H1("Quality")
para("Every session will be evaluated by participants on the Service's standard form, and each block will "
     "be reviewed by the tutor team when it ends. At the end of the year participants complete a programme "
     "questionnaire, and the Head of Service writes a short report for the working group. The University's "
     "quality procedures will also apply.")
para("The four tutors meet at the start of each block to plan it and agree what each session covers. Hosts "
     "for the placement days are briefed by the Service, as described under Strengths. Headteachers will be "
     "asked to nominate a colleague to support each participant in school, and we know these colleagues "
     "will need guidance on their role, which we have yet to write.")
para("Every assignment will be first-marked by a Service tutor, and a sample will be second-marked by Dr "
     "Ravensworth. Arrangements for external moderation will be agreed with the University at validation.")
para("The Service follows the Council's Disability Equality Scheme, and Hollin Street and Oakmead are both "
     "accessible buildings with parking for disabled drivers.")
para("The working group has set itself the following priorities for the months before the first cohort "
     "starts:")
numbered([
    (None, "decide whether and how pupil voice should become part of Block 3;"),
    (None, "write guidance for the school-based colleagues who will support participants;"),
    (None, "agree with the University how the programme's impact on pupils might be measured;"),
    (None, "restore the ICT session once the adviser post is filled."),
], restart=True)

# ------------------------------------------------------------------ close
H1("Concluding reflection")
para("Writing this commentary has been uncomfortable in places. The old course did a great deal of good, "
     "but it asked little of its participants and told us little about them. The new programme keeps what "
     "Marlbury's SENCOs valued -- its roots in local schools, its specialists and its network -- and adds "
     "the rigour of assessment and a university award. We are confident that participants who complete the "
     "programme will have met the national standards expected of SENCOs, and we look forward to the "
     "panel's view.")

doc.save(OUT)
print("wrote", OUT)
