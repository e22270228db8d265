"""jj-02-tamebridge-conservation-plan: builds jj-02-tamebridge-conservation-plan.docx next to itself.

Provider (invented): the Tamebridge Navigation Trust, a canal and waterways charity, whose learning and
outreach team ("Navigation Learning") runs the National Award for SEN Coordination 2008-09, validated by
the University of Coldmere, Faculty of Education.

Document kind and layout: the Trust manages every asset it holds (locks, warehouses, boats) through a
CONSERVATION MANAGEMENT PLAN, and its learning team writes the application as one, treating the course
as the asset: Introduction, Understanding (history in three phases, description of the "fabric"),
Statement of Significance (a graded A-D scheme, with a summary in a text box), Issues and
Vulnerabilities (V1-V9), Conservation Policies (numbered "Policy 2.3", "Policy 3.3", ... which collide
with requirement ids), an Action Plan table with a Status column, and appendices: Consultees, a
Gazetteer of significant elements (the outcomes, in the Trust's words, codes G01-G29) and Sources. Word
heading styles; footnotes (a footnotes part); two comments; tracked changes (one deleted sentence, one
inserted sentence); a "[to be confirmed]" placeholder; merged and shaded table cells; header and footer.
The course's own vocabulary: "Pounds" (units of study days), "Gauging Reports" (marked assignments),
"Toll Tickets" (short practice tasks, never marked), "Lengthsmen" (school-based mentors), "Towpath"
(the online forum), "Direct Gauging" (the assessment-only route).

Traps (requirement ids):
- Significance grades (A Exceptional ... D Low) in the Gazetteer look like a rating of attainment but
  are defined as how much consultees said the element matters; only "Gauged in" is assessment.
- Past arrangements: Phase I's placements and portfolio route and Phase II's 30 credits are history.
- E.2: credit value "[to be confirmed by the University's Academic Standards Committee]" at M-level
  (partially_met).
- 1.1: the aim is attainment only; well-being/ECM appear in content only (partially_met).
- V1: consulting pupils "introduced" but "participants do not practise it" (1.5, 6.S7 partially_met).
- V4: experience on its own "cannot be credited" (2.1 partially_met).
- V3: onward targets only "We would like" (2.5 not_met).
- V2: CRB is "the responsibility of their employing school"; "the Trust does not ask to see it"
  (5.3 not_met: someone else's responsibility).
- V5: stakeholders "have not so far been involved" in evaluation; the Trust "intends to consider"
  (4.3 not_met); 4.1 and 4.2 met from the consultation tables.
- Entry: a diagnostic task exists only in a deleted tracked change; only headteacher nomination and
  QTS remain (5.2 partially_met).
- A February start exists in an inserted tracked change, which counts (3.2 met).
- 3.1: general equality statements and the University's service for its students; no adjustment the
  Trust itself makes (partially_met).
- V6: resources "modest"; technology left to schools (5.6 partially_met).
- V7: single marking by the own tutor; moderation only in a comment (5.8 partially_met).
- Policy 5.4 award rule: aggregate 50 per cent, "a weaker Gauging Report can be made up" (6.0
  partially_met); Toll Ticket only rows make 1.9 partially_met.
- "Policy 2.3 Direct Gauging" is the assessment-only route (met: the collision happens to coincide);
  "Policy 3.3" is about e-learning (3.3 met).
- Gazetteer: "Toll Ticket only" (6.A3, 6.K6, 6.S2c partially_met), no Pound but gauged (6.S2d
  partially_met), pound but not gauged (6.S7 partially_met), "Outside the scope of this plan" (6.A7,
  6.K7 not_met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _jj_helpers import (new_doc, p, table, merge_row, shade, ins, dele, text_box, header_footer, footnote,
                         save)
from docx.shared import Pt

HERE = Path(__file__).parent
NAME = Path(__file__).name.replace(".build.py", "")

d = new_doc("Georgia", 10)
header_footer(d, "Tamebridge Navigation Trust  -  Conservation Management Plan CMP/NL/03  -  Consultation draft 2",
              "CMP/NL/03  The National Award for SEN Coordination at Tamebridge  -  page")
H = lambda t, lvl=1: d.add_heading(t, level=lvl)

p(d, "TAMEBRIDGE NAVIGATION TRUST", bold=True, size=16, align="center", color="2E4A3A")
p(d, "Conservation Management Plan", size=14, align="center")
p(d, "The National Award for SEN Coordination at Tamebridge, 2008-09", bold=True, size=13, align="center")
p(d, "Prepared by Navigation Learning (the Trust's learning and outreach team) with the University of Coldmere, "
     "Faculty of Education. Submitted to the TDA as the Trust's application for approval.", italic=True,
  align="center")
vt = table(d, [
    ["Document control", None, None],
    ["Version", "Date", "Change"],
    ["1", "June 2008", "First draft for consultees"],
    ["2", "September 2008", "Consultation draft for the University and the TDA panel"],
], header=False, widths=[3, 3.5, 10])
merge_row(vt, 0, "Document control", fill="C9D8CF")
for c in vt.rows[1].cells:
    shade(c, "E7EFEA")

# 1 -------------------------------------------------------------
H("1  Introduction")
H("1.1  Why a conservation plan for a course?", 2)
para = p(d, "The Trust looks after 34 miles of the Tamebridge and Coldmere Navigation, 41 locks and the Furnace "
            "Wharf warehouses. Every asset we hold has a conservation management plan that sets out what it is, "
            "why it matters, what threatens it and how we will look after it.")
footnote(para, "The Trust's plans follow J.S. Kerr, The Conservation Plan (6th edition, 2004) and English "
               "Heritage, Conservation Principles, Policies and Guidance (2008).")
p(d, "When Navigation Learning, the team that has run the Trust's schools and community programme since 1996, "
     "took on SENCO training for the three local authorities along the canal, the Trustees asked that the "
     "course be treated as an asset like any other. This plan is the result. It is honest about the course's "
     "weaknesses, because a plan that hides its vulnerabilities protects nothing.")
H("1.2  The asset in brief", 2)
p(d, "The National Award for SEN Coordination at Tamebridge (the Award) is a one-year part-time course for "
     "SENCOs new to the role. It is validated by the University of Coldmere, Faculty of Education, which "
     "registers participants as its students, appoints the external examiner and confers the credit. The Award "
     "is at Master's level (M-level); its credit value is [to be confirmed by the University's Academic "
     "Standards Committee], which meets in November.")
p(d, "The aim of the Award is to raise the attainment of pupils with special educational needs in the schools "
     "of the Tamebridge corridor by giving their SENCOs the knowledge and skill to lead provision.")
H("1.3  Ownership and management", 2)
p(d, "The Trust owns and runs the Award; Navigation Learning's Head of Learning, Owen Pritchard, is its "
     "programme leader. The Award's management group is the programme leader, the Trust's Director of Learning, "
     "Gwen Aldous, and the University's link tutor, Dr Nadia Ferreira. The management group meets each term.")
H("1.4  Consultation undertaken for this plan", 2)
p(d, "This plan was written after consultation, between January and May 2008, with the people listed in "
     "Appendix A. We asked each of them what a new SENCO in their schools most needed and what the Phase II "
     "pilot had got wrong. The main findings, and what we did about them, were:")
table(d, [
    ["Finding", "From", "What the plan does about it"],
    ["New SENCOs need most help with data, provision maps and getting heads on side",
     "Headteachers' survey (47 returns); SENCO network", "Pound 3 and Pound 5 lengthened; Gauging 2 set on "
                                                           "the school's provision map"],
    ["The pilot's written assignments were too academic and not about the school",
     "Phase II participants' evaluations", "All three Gauging Reports are now set in the participant's own "
                                           "school"],
    ["Parents want SENCOs who explain things plainly and return calls",
     "Tamebridge Parents' Forum; Parent Partnership Service", "Working with parents moved from a reading to a "
                                                              "full day (Pound 4), led with the Parents' Forum"],
    ["Schools cannot release staff on Fridays", "Authority SEN advisers", "All study days moved to Tuesdays "
                                                                         "and Wednesdays"],
], widths=[6, 4.5, 6])

# 2 -------------------------------------------------------------
H("2  Understanding the asset")
H("2.1  History and development", 2)
p(d, "Phase I: the Lock Keepers' Course (2005-07). ", bold=True)
p(d, "A non-accredited network course of six twilight sessions for SENCOs, run from Furnace Wharf. Each "
     "participant spent two days on placement at Furnace Lane Special School, and experienced SENCOs could "
     "submit a portfolio instead of attending. It closed in July 2007.")
p(d, "Phase II: the pilot Award (2007-08). ", bold=True)
p(d, "Fourteen SENCOs took a 30-credit pilot validated by the University. Its evaluation (Appendix A) led to "
     "most of the changes in this plan.")
p(d, "Phase III: the Award (2008-09 onwards). ", bold=True)
p(d, "The course described in section 2.2, which this plan conserves.")
H("2.2  Description of the fabric", 2)
p(d, "The Award runs from September to July. Its fabric is six Pounds, the stretches of level water between "
     "locks, each made of one or two study days at Furnace Wharf with online work on the Towpath between them. "
     "Every Pound ends with a Toll Ticket, a short practice task done in school and discussed on the Towpath; "
     "Toll Tickets are never marked. The Award's three Gauging Reports are the marked assignments. Each "
     "participant also has a Lengthsman: an experienced SENCO in a nearby school who visits them in school "
     "once each half term.")
table(d, [
    ["Pound", "Study days", "What the Pound covers", "Toll Ticket", "Gauging"],
    ["1  The Cut", "16 and 17 Sep 2008",
     "The SENCO's role; SEN law and the SEN Code of Practice 2001; Every Child Matters and the SENCO's part "
     "in the five outcomes; the Disability Discrimination Act 1995 and 2005 and the disability equality duty; "
     "government policy including Removing Barriers to Achievement and the Inclusion Development Programme",
     "Check your school's SEN policy and disability equality scheme against the law", "Gauging 1"],
    ["2  Reading the Water", "14 Oct",
     "How children develop and how SEN, disability and environment affect development; the main kinds of "
     "SEN (BESD, specific learning difficulties including dyslexia, SLCN, ASD, MLD) and their effect on "
     "learning", "Write a learning profile of one pupil", "Gauging 1"],
    ["3  Working the Flight", "11 and 12 Nov",
     "Identifying pupils, targets, interventions and review; using other professionals' assessments; "
     "national tests, P scales and tracking data; provision mapping and finding missing or ineffective "
     "provision; approaches, strategies and resources for assessment and teaching, including ICT; helping "
     "colleagues use assessment for learning with pupils with SEN",
     "Try one assessment-for-learning approach with a colleague", "Gauging 1 and 2"],
    ["4  Other Boats", "20 Jan 2009",
     "Parents and carers: respectful relationships, plain explanations, partnership (led with the Parents' "
     "Forum); consulting children and young people under the Code of Practice; external agencies and "
     "voluntary organisations and how to work with them",
     "Hold a review meeting with a family", "Gauging 1 and 2"],
    ["5  Leading the Boat", "24 and 25 Feb",
     "Working with the head, senior team and governors on an inclusive ethos, policy and resources; deploying "
     "and managing teaching assistants; coaching, observing and training colleagues; managing time and "
     "delegating; writing and speaking for different audiences",
     "Plan a term of your own time with your line manager", "Gauging 3"],
    ["6  Winding Hole", "12 May",
     "Research and best practice in meeting SEN; using research and outside advice; reviewing the "
     "effectiveness of provision with colleagues; presenting Gauging 3", "-", "Gauging 3"],
], widths=[2.6, 2.3, 7.3, 2.8, 1.6], size=8.5)

p(d, "The three Gauging Reports are:")
for t in [
    "Gauging 1, the Pupil Report (December): a study of one pupil's needs, provision and progress, with the "
    "family's and specialists' views, against the law and guidance (4,000 words).",
    "Gauging 2, the Provision Report (March): the school's provision map, data and use of outside agencies, "
    "and what should change (4,000 words).",
    "Gauging 3, the Improvement Report (June): a development the participant has led with colleagues and the "
    "head, its effect on pupils' progress, and a presentation at Pound 6 (5,000 words).",
]:
    p(d, t, style="List Number")
p(d, "Each Gauging Report is set in the participant's own school and grows out of the Toll Tickets before it, "
     "so that what participants do in school is the substance of the course. Gauging 3 must show an effect on "
     "pupils' progress and on colleagues' practice; a report that describes a plan without evidence of its "
     "effect does not pass.")

# 3 -------------------------------------------------------------
H("3  Statement of Significance")
text_box(d, [
    "!Summary statement of significance",
    "The Award is of exceptional significance to the schools of the Tamebridge corridor. It is the only "
    "accredited SENCO training within twenty miles, it was shaped by the people it serves, and it keeps "
    "alive the Trust's long tradition of learning beside the water. We believe every child with SEN in our "
    "schools deserves a SENCO who has been through it.",
], height_cm=3.6, fill="EEF4EF", border="2E4A3A")
H("3.1  How significance is graded", 2)
para = p(d, "Each element of the Award in the Gazetteer (Appendix B) carries a grade of significance: A "
            "Exceptional, B High, C Moderate, D Low.")
footnote(para, "Grades follow the Trust's standard scheme for its listed structures, adapted for a course.")
p(d, "A grade says how much our consultees told us the element matters to new SENCOs in their schools. It is "
     "not a judgement of any participant and it is not an assessment. Where in the Award an element is taught "
     "is shown in the column Where it sits; where it is marked is shown in the column Gauged in. 'Toll Ticket "
     "only' means the element is practised in an unmarked Toll Ticket and is not marked in any Gauging Report.")
H("3.2  Significance of the whole", 2)
p(d, "The Award matters because it is local, because it is built from the work of the schools themselves, and "
     "because it is run by a charity whose staff have worked in these schools for twelve years. Its research "
     "base is current: each Pound is taught from recent inspection and research evidence, listed in Appendix C, "
     "including Ofsted's 2006 report on inclusion, the Select Committee's 2006 report, the 2008 Bercow Review "
     "and the 2008 Inclusion Development Programme, and the tutors revise the reading for each Pound every year.")

# 4 -------------------------------------------------------------
H("4  Issues and vulnerabilities")
p(d, "A conservation plan is only as good as its list of what could go wrong. These are the vulnerabilities of "
     "the Award as it stands in September 2008.")
vulns = [
    ("V1  Pupils' voices.", "Consulting children and young people is introduced in Pound 4, as part of the "
     "Code of Practice, but participants do not practise it and no Toll Ticket touches it."),
    ("V2  Checks on participants.", "Checking that participants hold a current enhanced CRB disclosure is the "
     "responsibility of their employing school; the Trust does not ask to see it."),
    ("V3  After the Award.", "At present nothing is arranged for participants once they finish. We would like "
     "to offer, with the University, an MA pathway and a follow-up day on next steps."),
    ("V4  Prior experience.", "Participants who hold M-level credit in SEN may have up to 20 credits "
     "accredited through the University's APL procedure. The University's rules accredit certificated study "
     "only; experience on its own cannot be credited."),
    ("V5  Stakeholders and evaluation.", "Stakeholders have not so far been involved in evaluating the Award. "
     "The Trust intends to consider how headteachers and parents might take part in future."),
    ("V6  Resources.", "Our resource collection at Furnace Wharf is modest: a shelf of core texts and the "
     "University library. We rely on participants' schools for assessment materials and specialist "
     "technology."),
    ("V7  Marking.", "At present each Gauging Report is marked by the participant's own tutor; with only two "
     "tutors, second marking has not been possible."),
    ("V8  Credit.", "The credit value of the Award waits on the University's Academic Standards Committee."),
    ("V9  Equality.", "Navigation Learning has no equality procedure of its own for adult learners."),
]
for head, body in vulns:
    para = p(d, f"**{head}** {body}")
d.add_comment(d.paragraphs[-3].runs[0], text="We agreed at the July management group that the external examiner "
              "moderates a sample of every Gauging. Add here? - NF", author="Nadia Ferreira", initials="NF")

# 5 -------------------------------------------------------------
H("5  Conservation policies")
p(d, "The policies below say how the Trust will run and look after the Award from September 2008. They are "
     "numbered by the part of the plan they belong to.")
H("5.1  Policies for the fabric", 2)
pols1 = [
    ("Policy 1.1  Links with schools.", "Every Pound has a Toll Ticket done in the participant's school, and "
     "every Gauging Report is set there. Lengthsmen see the Toll Tickets on their visits."),
    ("Policy 1.2  Colleagues.", "Participants learn in Pound 5 to advise, support and coach colleagues in their "
     "own school, and through the Tamebridge SENCO network, which each participant joins, they work with SENCOs "
     "in other schools; Gauging 3 must involve colleagues."),
    ("Policy 1.3  Parents.", "Pound 4 is led jointly with the Tamebridge Parents' Forum. Participants practise "
     "explaining provision to parents and holding a review meeting with a family, and Gauging 1 must include "
     "the family's view and how the participant worked with them."),
    ("Policy 1.4  Law and policy.", "Pound 1 teaches current legislation, guidance and government initiatives "
     "on SEN and disability, and Gauging 1 requires participants to apply them to their pupil."),
]
for h, b in pols1:
    p(d, f"**{h}** {b}")
H("5.2  Policies for the participant", 2)
pols2 = [
    ("Policy 2.2  Starting point.", "Before Pound 1 every participant completes the Award's Starting Audit, a "
     "self-assessment against every element in the Gazetteer, which their tutor discusses with them and their "
     "Lengthsman. From it the tutor and participant agree an Individual Learning Plan, with personal targets "
     "drawn from the Gazetteer, which sets the Toll Tickets the participant will concentrate on and the focus "
     "of each Gauging Report. The Plan is reviewed with the Lengthsman each half term."),
    ("Policy 2.3  Direct Gauging.", "In exceptional cases, a SENCO with at least five years' experience in the "
     "role may apply to the management group to be assessed without attending the Pounds. If accepted, they "
     "submit all three Gauging Reports and present Gauging 3 as other participants do, and are assessed "
     "against every element in the same way."),
    ("Policy 2.4  Quality and value.", "Study days are taught in groups of no more than twelve, and each "
     "participant's Toll Tickets and Gauging focus follow their Individual Learning Plan. The fee of GBP 1,150 "
     "is met from TDA funding and covers teaching, Lengthsmen, University registration and materials; it is "
     "below the cost of the University's own equivalent module because the Trust provides the rooms."),
]
for h, b in pols2:
    p(d, f"**{h}** {b}")
H("5.3  Policies for access", 2)
p(d, "**Policy 3.1  Equality.** The Trust values diversity and welcomes applications from all. As registered "
     "students of the University, participants may use the University's Disability Service.")
para = p(d, "**Policy 3.2  Flexible routes.** The Award is part time, with study days and online work on the "
            "Towpath. ")
ins(para, "Participants may start in September or in February; February starters take Pounds 4 and 5 first "
          "and join Pounds 1 to 3 in the following autumn. ", author="Owen Pritchard", date="2008-09-08T09:30:00Z")
para.add_run("A participant who misses a study day follows it on the Towpath from the recorded sessions.")
p(d, "**Policy 3.3  The Towpath.** The Towpath is the Award's online forum on the University's Blackboard site. "
     "Between study days each participant posts their Toll Ticket there, and a tutor replies to every post "
     "within two working days. Participants are placed in Towpath groups of four from different schools, each "
     "with a set task for every Pound: each member comments on the others' Toll Tickets before the next study "
     "day. Tutors hold an online surgery on the Towpath every second Thursday evening. Readings, recordings "
     "and Gauging briefs are posted there, and tutors use it to send each participant written feedback.")
H("5.4  Policies for the people", 2)
para = p(d, "**Policy 4.1  Tutors.** The Award is taught by Owen Pritchard (MEd SEN; SENCO for eleven years; "
            "authority SENCO network leader 2003-07) and Dr Lorna Beck (PhD in speech and language "
            "development; specialist teacher with the Coldmere language service until 2008), with Dr Ferreira "
            "from the University for Pound 6. Both tutors work in schools for at least a day each month.")
footnote(para, "Full CVs are held by the University's validation office.")
p(d, "**Policy 4.2  Specialist expertise and placements.** Specialists from the authorities' autism, sensory, "
     "behaviour and language services teach parts of Pounds 2 and 4. Every participant spends two days on "
     "placement, arranged by the Trust, either at Furnace Lane Special School or in the Coldmere "
     "language resource base, with a task set in Pound 2.")
p(d, "**Policy 4.3  Lengthsmen and tutors know their jobs.** Lengthsmen are trained in a half day before "
     "Pound 1 and hold the Lengthsman's Guide, which sets out what they do at each visit, what they sign, and "
     "that they give advice but do not mark. Tutors meet before each Gauging to agree the brief and the "
     "marking criteria.")
para = p(d, "**Policy 4.4  Who joins.** Applicants must hold Qualified Teacher Status, be nominated by their "
            "headteacher and be in post as SENCO or about to be. ")
dele(para, "Each applicant also completes a diagnostic task set by the tutors, which is marked before a place "
           "is offered, so that only those with the knowledge and skills to benefit are accepted.",
     author="Owen Pritchard", date="2008-09-08T09:42:00Z")
H("5.5  Policies for monitoring and award", 2)
p(d, "**Policy 5.1  Evaluation.** The Award is evaluated by participants after every Pound and at the end, by "
     "Lengthsmen's termly returns, by the external examiner's report and by the University's annual "
     "monitoring. The management group reads all of these each term and decides the changes, which are "
     "recorded in the Action Plan (section 6).")
p(d, "**Policy 5.2  Impact.** Participants repeat the Starting Audit at the end, so that the change in their "
     "competence and confidence is measured element by element. Gauging 3 reports the progress of the pupils "
     "affected by the participant's development, using the school's tracking data, and the Trust collates these "
     "measures across the cohort; headteachers complete a questionnaire six months after the Award on the "
     "difference to provision and to pupils' progress.")
p(d, "**Policy 5.3  Assessment.** Each Gauging Report is marked against published criteria tied to the "
     "Gazetteer elements it carries.")
p(d, "**Policy 5.4  The Award.** The Award is made by the University's Board of Examiners on an aggregate mark "
     "of 50 per cent across the three Gauging Reports. A weaker Gauging Report can be made up by a stronger "
     "one.")

# 6 -------------------------------------------------------------
H("6  Action plan")
table(d, [
    ["No.", "Action", "Lead", "By", "Status"],
    ["A1", "Agree the credit value with the University", "OP / NF", "[to be confirmed]", "In hand"],
    ["A2", "Lengthsmen recruited and trained", "OP", "Sep 2008", "Done"],
    ["A3", "Pound 4 co-planned with the Parents' Forum", "LB", "Dec 2008", "In hand"],
    ["A4", "MA pathway and follow-up day on next steps", "NF", "2010", "Proposed"],
    ["A5", "Stakeholder role in evaluation", "OP", "2010", "Proposed"],
    ["A6", "Second tutor for marking", "Trustees", "-", "Proposed"],
], widths=[1.2, 8.3, 2.2, 2.5, 2.3])

# Appendices ------------------------------------------------------
H("Appendix A  Consultees")
p(d, "Headteachers of the 62 schools of the corridor (survey, 47 returns); the Tamebridge SENCO network (two "
     "meetings); the SEN advisers of Tamebridge, Coldmere and Ashby authorities; the Tamebridge Parents' Forum "
     "and the Parent Partnership Service; the fourteen Phase II participants (evaluation questionnaire and a "
     "group interview); the University's Faculty of Education.")

H("Appendix B  Gazetteer of significant elements")
p(d, "The elements are what every participant must know and be able to do by the end of the Award, in our "
     "words. Significance grades are explained in 3.1.")
gz = [
    ("THE SENCO AS A PROFESSIONAL", [
        ("G01", "Fair, respectful and supportive relationships with pupils with SEN and their families", "A",
         "Pound 4", "Gauging 1"),
        ("G02", "Winning the commitment of colleagues, the head and senior leaders", "A", "Pound 5", "Gauging 3"),
        ("G03", "Putting things in order of priority, managing time, delegating", "B", "Pound 5",
         "Toll Ticket only"),
        ("G04", "Foreseeing and solving problems; sound judgement on provision", "B", "Pound 3", "Gauging 2"),
        ("G05", "Clear speech and writing; listening to others' views", "B", "Pound 5", "Gauging 3"),
        ("G06", "Drawing on research and outside advice to improve practice", "B", "Pound 6", "Gauging 3"),
        ("G07", "Keeping up to date and owning one's professional development", "C",
         "Outside the scope of this plan", "-"),
    ]),
    ("WHAT THE SENCO KNOWS", [
        ("G08", "SEN law and guidance, the Code of Practice, and putting them into practice", "A", "Pound 1",
         "Gauging 1"),
        ("G09", "Every Child Matters: principles, outcomes and the SENCO's part", "B", "Pound 1", "Gauging 1"),
        ("G10", "Disability equality law and what it requires", "B", "Pound 1", "Gauging 1"),
        ("G11", "How children develop; the effect of SEN, disability and surroundings", "B", "Pound 2",
         "Gauging 1"),
        ("G12", "Common kinds of SEN and disability and their effect on learning", "A", "Pound 2", "Gauging 1"),
        ("G13", "Approaches, strategies and resources for assessment and teaching, including ICT", "B",
         "Pound 3", "Toll Ticket only"),
        ("G14", "School self-evaluation and improvement for SEN", "C", "Outside the scope of this plan", "-"),
        ("G15", "Best practice and research in meeting SEN", "B", "Pound 6", "Gauging 3"),
        ("G16", "What external agencies do; getting specialist support and resources", "A", "Pound 4",
         "Gauging 2"),
    ]),
    ("WHAT THE SENCO DOES", [
        ("G17", "With senior staff and governors, shaping an inclusive ethos, policy and resources", "A",
         "Pound 5", "Gauging 3"),
        ("G18", "Identifying pupils, setting challenging targets, planning and reviewing interventions", "A",
         "Pound 3", "Gauging 1"),
        ("G19", "Using other professionals' assessments in teaching", "B", "Pound 3", "Gauging 1"),
        ("G20", "Using national tests and tracking to follow progress and adjust programmes", "A", "Pound 3",
         "Gauging 2"),
        ("G21", "Helping colleagues use formative assessment with pupils with SEN", "C", "Pound 3",
         "Toll Ticket only"),
        ("G22", "Arranging access arrangements for tests and examinations in good time", "A", "-", "Gauging 2"),
        ("G23", "Provision mapping; finding missing or ineffective provision", "A", "Pound 3", "Gauging 2"),
        ("G24", "Deploying and managing staff", "A", "Pound 5", "Gauging 2"),
        ("G25", "Supporting colleagues' development by observation, coaching and training", "B", "Pound 5",
         "Gauging 3"),
        ("G26", "Reviewing provision with colleagues to feed school self-evaluation", "B", "Pound 6",
         "Gauging 3"),
        ("G27", "Involving pupils in planning, agreeing and reviewing their provision", "A", "Pound 4", "-"),
        ("G28", "Liaising with parents and carers", "A", "Pound 4", "Gauging 1"),
        ("G29", "Partnership with other services and agencies, including voluntary ones", "B", "Pound 4",
         "Gauging 2"),
    ]),
]
rows = [["Ref", "Element", "Significance", "Where it sits", "Gauged in"]]
grp = []
for g, items in gz:
    grp.append(len(rows))
    rows.append([g, None, None, None, None])
    rows += [list(x) for x in items]
t = table(d, rows, fill="2E4A3A", widths=[1.2, 8.2, 2.0, 2.9, 2.4], size=8.5)
for gi in grp:
    merge_row(t, gi, rows[gi][0], fill="E7EFEA")
p(d, "")
p(d, "G07 and G14 are outside the scope of this plan: participants' own professional development is a matter for "
     "their school's performance management, and school self-evaluation is the subject of the authorities' own "
     "SEF training.")

H("Appendix C  Sources")
for s in [
    "Department for Education and Skills (2001) Special Educational Needs Code of Practice.",
    "Department for Education and Skills (2004) Removing Barriers to Achievement.",
    "Ofsted (2004) Special educational needs and disability: towards inclusive schools.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught?",
    "House of Commons Education and Skills Committee (2006) Special Educational Needs, Third Report.",
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0-19) with "
    "speech, language and communication needs.",
    "DCSF (2008) Inclusion Development Programme: dyslexia and speech, language and communication needs.",
    "Kerr, J.S. (2004) The Conservation Plan, 6th edition. Sydney: National Trust of Australia (NSW).",
]:
    p(d, s, style="List Bullet")

save(d, HERE / f"{NAME}.docx")
print("wrote", NAME)
