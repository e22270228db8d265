"""pp-01-thrushwater-race-plan: builds pp-01-thrushwater-race-plan.docx next to this script.

Provider: the Thrushwater Triathlon Club Foundation (the registered charity of Thrushwater Tri Club,
which runs a schools swim-bike-run programme, "Tri-Start", and a paratriathlon squad), with Kingsferry
University as validating body ("Race Director") and Marlshire County Council as a stakeholder.

Document kind and layout: the course written as a coach's RACE PLAN for an athlete's A-race, the way
the club's coaches write one for every athlete: a title block table (merged rows), a "How to read this
plan" text box that keys the Split Sheet nine parts later, Race Goals (A, B and C goals), a course
profile table with merged rows, Bricks (its taught Saturdays), Transition tasks (in-school tasks T1, T2),
Open-Water Sessions (placements), the Turbo Room (its online space), a "course recce" (stakeholder
evidence), Pre-race (entry, kit check, banked splits, baseline test, waves, access), a Pacing plan of
three Time Trials (TT1-TT3, the marked assessments), a Split Sheet of 29 checkpoints ("Paced on" /
"Timed in" with the codes Self-split, DNF, DNS), coaches, Crew (school mentors) and Crew Chiefs (heads),
aid stations (resources), an If / Then contingency table, and Finish line and after. Heading styles,
List Bullet lists, a footnote, a reviewer comment, tracked changes, a header and a footer with a PAGE
field, placeholders in the sign-off table. Its people are athletes, coaches, Crew and Crew Chiefs.

Traps (requirement ids in brackets):
- Wrong context: the strong reasonable-adjustments passage is about paratriathletes "at the club's own
  races", not Award participants; for the Award only "will be offered reasonable adjustments". The
  concrete access measures (access audit, disclosure question, large print, extra time) appear only in
  a reviewer comment, which is not part of the submission (3.1 partially_met).
- Negation: "The Foundation does not offer an assessment-only route" (2.3 not_met); "the Foundation
  does not ask to see disclosures" (5.3 not_met). The footer's "All athletes CRB-cleared" is a footer,
  never evidence.
- Past arrangement against present: the pilot's coach-moderated Turbo Room is past; this season
  "coaches do not post in the Turbo Room" (3.3 partially_met: peer support and ICT, no direct tutor
  support, nothing between sessions from tutors).
- Aspiration: the C goal "We hope to invite Marlshire's SEN team ... to the end-of-season debrief"
  (4.3 partially_met: stakeholders deliver, but evaluation only hoped for).
- Right words, wrong purpose: the baseline test is a needs assessment against the Split Sheet but is
  used only "to split each wave into two lanes" (2.2 partially_met: no individual plan or personalised
  outcomes).
- Condition: Open-Water Sessions only "where a host can be found and where the athlete's school can
  release them", with "no substitute" (5.5 partially_met).
- Old material: "The reading list is the one the pilot field used, compiled in 2006"; research in
  general terms, no inspection evidence (1.3 partially_met).
- Compensation: "a weak section can be carried by a strong one"; award on passing three Time Trials
  only (1.9, 6.0 partially_met).
- Evaluation without pupil data: "the Foundation does not collect them" (5.9 partially_met; 5.1 met).
- Another body's arrangement: access arrangements for tests are the LA's training, "athletes who want
  it book it directly with the LA" (6.S2d not_met).
- Tracked changes: "Brick 7" deleted and "DNS" inserted for checkpoint 21 and the formative assessment
  clause deleted from Brick 7 (6.S2c not_met); an inserted Crew Handbook / Crew briefing paragraph counts
  (5.7 met).
- Split Sheet codes keyed far above in a text box: Self-split (6.A3 partially_met), DNF (6.A7, 6.S2a,
  6.S8 partially_met), a dash in "Paced on" with a Time Trial (6.K4: assessed, not taught).
- Footnote: the external examiner's name (5.8 met either way).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pp_helpers import (add_footnote, add_page_field, add_textbox, cell_text, del_run, ins_run,
                         inserted_paragraph, shade_cell, set_cell_width)

HERE = Path(__file__).parent
OUT = HERE / "pp-01-thrushwater-race-plan.docx"
RA = ("Ruth Amberley", "2009-02-11T09:14:00Z")
JS = ("Jen Sallis", "2009-02-12T16:40:00Z")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.color.rgb = RGBColor(0x0B, 0x4F, 0x6C)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "Thrushwater Tri Club Foundation  |  RACE PLAN  |  Coach's copy"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Registered charity 1117406  |  All athletes CRB-cleared  |  Page "
add_page_field(fp)


def H(text, level=1):
    return doc.add_heading(text, level=level)


def P(text, bold_lead=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def bullet(text, bold_lead=None):
    return P(text, bold_lead=bold_lead, style="List Bullet")


def table(rows, widths=None, header=True, fill="D9EAF2"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0))
    if header:
        for c in t.rows[0].cells:
            shade_cell(c, fill)
    if widths:
        set_cell_width(t, widths)
    return t


# ---------------------------------------------------------------- title block
doc.add_paragraph("RACE PLAN", style="Title")
P("The Thrushwater Award in SEN Coordination: season 2009-10")

tb = doc.add_table(rows=7, cols=2)
tb.style = "Table Grid"
block = [
    ("Athlete", "The 2009-10 Field: two waves of up to 12 athletes each, all of them teachers new to leading the coordination of SEN provision in their schools"),
    ("Race", "The Thrushwater Award in SEN Coordination, leading to the National Award for SEN Coordination"),
    ("Distance", "60 credits at Master's level (Level 7), validated by Kingsferry University as its Postgraduate Certificate in SEN Coordination"),
    ("Race Director", "Kingsferry University, School of Education (link tutor Dr Ian Castellan)"),
    ("Head Coach", "Ruth Amberley"),
    ("Plan version", "v3, February 2009, sent to the TDA approval panel"),
]
for i, (k, v) in enumerate(block):
    cell_text(tb.cell(i, 0), k, bold=True)
    cell_text(tb.cell(i, 1), v)
last = tb.cell(6, 0).merge(tb.cell(6, 1))
cell_text(last, "This plan replaces the pilot field's plan (v1, 2008). Where the two differ, this one counts.", italic=True)
for i in range(6):
    shade_cell(tb.cell(i, 0), "D9EAF2")
set_cell_width(tb, [3.5, 13.0])

p = doc.add_paragraph()
add_textbox(p, [
    ("HOW TO READ THIS PLAN", True),
    ("A Brick is one of our ten Saturday study days. We call them Bricks because, like a bike-to-run brick session, each one joins two things: what the research and the law say, and what the athlete will do on Monday morning in school.", False),
    ("T1 and T2 are the two Transition tasks, carried out in the athlete's own school between legs.", False),
    ("TT1, TT2 and TT3 are the three Time Trials: the marked assessments, one at the end of each leg.", False),
    ("On the Split Sheet (part 7), Paced on says where a checkpoint is worked on and Timed in says which Time Trial marks it. Self-split means the athlete rates themselves on the split card and no coach marks it. DNF means the checkpoint is worked on but not timed this season. DNS means it is not on this season's course at all.", False),
], width_pt=450, height_pt=170)

# ---------------------------------------------------------------- 1
H("1. Why a race plan")
P("Every athlete the club coaches for an A-race gets a race plan from their coach: a short document that says what the race is, what the goals are, how each leg will be paced and fuelled, and what happens if things go wrong. The Foundation's coaches have written the Award the same way, because that is how we plan anything that matters, and because the teachers who trialled the course with us in 2008-09 told us it was the first course document they had read to the end.")
P("The Thrushwater Triathlon Club Foundation is the club's registered charity. Since 2003 it has run Tri-Start, a swim-bike-run programme in 41 Marlshire primary and special schools, and the county's paratriathlon development squad. Most of our coaches are, or were, teachers; four are or have been SENCOs. Tri-Start puts us in schools every week, and it was the SENCOs in those schools who asked us to build a course for new SENCOs with the University.")
P("The Award is validated by Kingsferry University's School of Education as a Postgraduate Certificate, and Kingsferry's regulations for taught postgraduate awards govern registration, assessment, progression and appeals. The University is the Race Director: it owns the finish line.")

# ---------------------------------------------------------------- 2
H("2. Race goals")
P("Pupils with SEN and/or disabilities in each athlete's school achieve more, in the widest sense: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Every Brick starts from a pupil the athletes know, and every Time Trial asks for evidence of what changed for pupils, measured against a baseline the athlete takes before any intervention begins.", bold_lead="A goal (the one that matters). ")
P("Each athlete leaves able to lead teaching and learning for pupils with SEN in their own school, and can show in their Time Trials what has already changed in their school's practice because of work done on the course.", bold_lead="B goal. ")
P("We would love every athlete's school to join Tri-Start and to see the Foundation's coaches in its playground. We hope to invite Marlshire's SEN team and a group of Crew Chiefs to the end-of-season debrief so that they can help us judge the season. And one day we would like to run the Ironman distance: a full MA.", bold_lead="C goal (nice to have). ")

# ---------------------------------------------------------------- 3
H("3. The course")
P("The course is three legs of 20 credits each. The September wave races them in order. The February wave rides the Bike first and swims second, because the spring term suits identifying and assessing pupils better than law and policy; both waves finish with the Run.")

ct = table([
    ["Leg", "Credits", "Bricks", "In school", "Time Trial"],
    ["Swim: Getting in the water (law, policy and the SENCO's role)", "20", "Bricks 1-3", "T1: mapping the school's SEN landscape", "TT1"],
    ["Bike: Holding the pace (identifying, assessing and teaching)", "20", "Bricks 4-6", "T2: a provision map and three pupil case files", "TT2"],
    ["Run: Finishing strong (leading provision and people)", "20", "Bricks 7-10", "The Run is raced in school: the TT3 project", "TT3"],
    ["", "", "", "", ""],
], widths=[5.6, 1.6, 2.2, 5.0, 2.0])
m = ct.cell(4, 0).merge(ct.cell(4, 4))
cell_text(m, "Total 60 credits at Level 7. A part-time athlete may spread the three legs over up to three seasons.", italic=True)
shade_cell(m, "F2F2F2")

H("3.1 The Bricks", 2)
P("Bricks run from 9.30 to 3.30 on Saturdays at the University's Marlshire campus, with lunch in the Foundation's clubhouse next door. Each Brick has a lead coach and usually a guest.")
bullet("The SEN Code of Practice (2001) and what it asks of a school, the SENCO, governors and class teachers, and how to put it into practice; the SEN and Disability Act 2001; the Children Act 2004 and the five Every Child Matters outcomes, and where a SENCO can help a child towards each; the 2008 regulations that require the SENCO to be a qualified teacher; what the Lamb Inquiry and the Bercow Review are looking at. The afternoon is practice in speaking and listening: athletes explain one policy to a partner playing a sceptical parent, then swap.", bold_lead="Brick 1, The Start Line. ")
bullet("The Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty, and what schools must do about accessibility plans and reasonable adjustments for disabled pupils. In the afternoon, the SENCO's week: setting priorities, managing time, delegating to teaching assistants and checking that the work gets done.", bold_lead="Brick 2, Equality and the working week. ")
bullet("The most common types of SEN and disability (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties) and how each affects learning; what the research says about interventions, and how to weigh a study against the claims made for a commercial programme; using research and advice from outside the school to improve the athlete's own and colleagues' practice.", bold_lead="Brick 3, What works. ")
bullet("Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets; planning interventions that remove barriers; reviewing progress; using national test results and other summative data to track progress and change programmes; a critical look at approaches, strategies and resources for assessment, planning and teaching, including ICT; deciding on provision when the evidence is mixed, and anticipating the problems a plan will meet.", bold_lead="Brick 4, Reading the race. ")
bullet("The scope and role of the educational psychology service, speech and language therapy, the sensory and autism teams, CAMHS, social care and voluntary organisations; how to get specialist support and resources; working in partnership with them; turning reports from other professionals into classroom approaches; provision mapping, and how a provision map shows up provision that is not working or not there.", bold_lead="Brick 5, The support crew outside school. ")
bullet("Building fair, respectful and constructive relationships with pupils with SEN and their families; consulting pupils about issues that affect them and involving them in planning and reviewing their own provision; advising and supporting parents and carers and working in partnership with them. Led with the county Parent Partnership Service.", bold_lead="Brick 6, Pupils and parents. ")
b7 = P("Deploying and managing teaching assistants and other staff; supporting colleagues' professional development by observing lessons and giving feedback, modelling, coaching and running training", bold_lead="Brick 7, Coaching the coaches. ", style="List Bullet")
del_run(b7, ", and helping colleagues build formative assessment for pupils with SEN into every lesson", *RA)
b7.add_run("; advising and collaborating with colleagues in school and in other schools; speaking and writing clearly for different audiences.")
bullet("School self-evaluation and improvement, and where SEN fits in them; working with the head, senior leaders and governors on an inclusive ethos, policy, priorities and the use of resources; gaining colleagues' commitment to better outcomes for pupils with SEN. A governor with responsibility for SEN joins the afternoon.", bold_lead="Brick 8, The whole school. ")
bullet("Reviewing and evaluating provision with other staff, and feeding what is found into the school's self-evaluation form and improvement plan.", bold_lead="Brick 9, Reviewing the season. ")
bullet("The Race Debrief (TT3 presentations to coaches and Crew Chiefs), then the Next Season session (part 10.2).", bold_lead="Brick 10, Finish and next season. ")

H("3.2 Transition tasks", 2)
P("Between the Swim and the Bike, and between the Bike and the Run, every athlete carries out a Transition task in their own school, agreed with their Crew member. T1 maps the school's SEN landscape: the register, the policies, who does what, and the three things the athlete would change first. T2 builds a provision map for one year group and follows three pupils through a full cycle of identification, target-setting, intervention and review. Both feed directly into the Time Trial that follows, and both are written up as evidence of practice in school, so everything the course teaches is tried out in a real school within weeks of the Brick that taught it.")

H("3.3 Open-Water Sessions", 2)
P("Open water is where you find out whether pool training works. Each athlete is offered two Open-Water Sessions: a day in one of Marlshire's special schools or resource bases, and a day shadowing an educational psychologist or advisory teacher. These are arranged by the Foundation where a host can be found and where the athlete's school can release them; in the pilot year four of the twelve athletes had both, five had one and three had none.")

H("3.4 The Turbo Room", 2)
P("The Turbo Room is the course's online space on Kingsferry's virtual learning environment. It holds the readings for each Brick, the slides and the Split Sheet, and a forum where athletes post a weekly training log and reply to each other. Athletes use it between Bricks to share what they tried in school and what happened, and to swap resources.")
P("In the pilot year a coach moderated the Turbo Room every evening. This season it is run by the athletes themselves: coaches do not post in the Turbo Room, and questions for a coach wait for the next Brick.")

# ---------------------------------------------------------------- 4
H("4. Course recce")
P("Before we entered, we walked the course. In spring 2008 we surveyed every SENCO and headteacher in the 41 Tri-Start schools and the Marlshire special schools (46 SENCOs and 19 heads replied), held two evening meetings with the Marlshire Headteachers' SEN Forum, and met the county's Parent Partnership Service and the council's SEN and inclusion team. What they told us:")
bullet("SENCOs wanted help with provision mapping, managing teaching assistants and exam access arrangements, and said that weekday release was almost impossible to get.")
bullet("Heads wanted SENCOs who could lead colleagues and talk to governors, not only keep a register.")
bullet("Parent Partnership told us that the complaints they see most often began with a meeting at which parents were not listened to.")
bullet("The council's SEN strategy for 2008-11 puts speech, language and communication needs and autism first.")
P("What we changed because of it: the Bricks are on Saturdays; provision mapping moved from the Run into the Bike so that it is in place before TT2; Brick 6 on pupils and parents was added and is led with Parent Partnership; Brick 3 gives most of its time to SLCN and autism; Brick 8 and the Race Debrief in front of Crew Chiefs answer the heads. We did not add exam access arrangements, because the council already runs that training (see the Split Sheet).")
P("The reading list is the one the pilot field used, compiled in 2006, and coaches add to it whatever they have found useful.")

# ---------------------------------------------------------------- 5
H("5. Pre-race")
H("5.1 Entry", 2)
P("To start, an athlete must be a qualified teacher in post in a Marlshire or neighbouring school who is the school's SENCO, or has been named by the head to become SENCO within the year. The head signs the entry form, agrees to be the athlete's Crew Chief and names a Crew member: an experienced SENCO or senior leader who will meet the athlete at least twice a term. Every applicant has an entry interview with two coaches, who look at the applicant's present role and experience and at a short written statement against the Split Sheet. An applicant who is not yet ready is told what to do first (usually a term shadowing their school's current SENCO, or the council's introductory SEN course), and the Head Coach writes to the head to agree it.")
H("5.2 Kit check", 2)
P("At the first race of the season every bike goes through a kit check: brakes, tyres, helmet. The Award's kit check is the paperwork: registration with the University, the learning agreement and the Crew Chief's signature.")
P("Athletes are serving teachers and their schools will already have checked them, so the Foundation does not ask to see disclosures.")
H("5.3 Banked splits", 2)
P("An athlete who has already passed Master's-level study in SEN can bank it. Up to 20 credits of earlier study, or of learning from experience shown in a portfolio mapped to the Split Sheet, may be credited through Kingsferry's procedure for the accreditation of prior learning, which usually means the athlete does not race the Swim. The Head Coach advises; the University's APL panel decides.")
H("5.4 Baseline test", 2)
P("In the week before the first Brick every athlete fills in the baseline test: a self-rating from 1 to 5 against each checkpoint on the Split Sheet, followed by a twenty-minute conversation with a coach. The coaches use the baseline test to split each wave into two lanes for the Brick workshops, so that athletes with similar experience work together.")
H("5.5 Straight to the finish?", 2)
P("We have been asked whether a very experienced SENCO could go straight to the finish line. The Foundation does not offer an assessment-only route: every athlete starts in the water, though banked splits can shorten the race.")
H("5.6 Waves, fees and bursaries", 2)
P("There are two waves a year, starting in September and in February. Athletes who need to can take one leg in one season and the next in the following season, up to three seasons in all, and the Bricks are backed by the Turbo Room, so the course is blended rather than taught alone.")
P("The fee for the full Award is £1,350, which includes University registration. Marlshire County Council pays half for its maintained schools, and the Foundation puts a share of its race income into six bursaries a year for athletes from small schools. Because the Bricks are on Saturdays, schools pay nothing for supply cover, and the Transition tasks are work the school needs doing anyway. Each athlete chooses the pupils, the year group and the focus of their Transition tasks and Time Trials with their Crew, so that the course fits their school and their stage as a SENCO, and each leg builds on the last towards the finish.")
H("5.7 Access", 2)
P("The club has a long record on disability. Our paratriathlon squad trains alongside the club's other athletes, and at the club's own races we make reasonable adjustments for paratriathletes: handlers in transition, ramps into the lake and a separate start.")
ap = doc.add_paragraph()
ar = ap.add_run("Athletes on the Award who tell us about a disability will be offered reasonable adjustments.")
doc.add_comment([ar], text="Ruth, should we put in the access audit of the campus, the disclosure question on the entry form, large-print packs and extra time in the Time Trials? We do all of these. JS", author="Jen Sallis", initials="JS")

# ---------------------------------------------------------------- 6
H("6. Pacing plan: the Time Trials")
P("Each leg ends with a Time Trial, marked against Kingsferry's Level 7 criteria and the checkpoints the Split Sheet times in it.")
table([
    ["Time Trial", "What the athlete hands in", "When"],
    ["TT1", "A 4,000-word critical review, 'The law, the policy and the role in my school', drawing on T1, with a one-pupil profile of development and the factors affecting it.", "End of the Swim"],
    ["TT2", "A provision map and three pupil case files from T2, each showing the pupil's own views, the targets, the baseline and the progress made, with a 2,500-word commentary.", "End of the Bike"],
    ["TT3", "A school development project agreed with the Crew Chief and led by the athlete with colleagues over at least a term, with baseline and impact measures for the pupils it was meant to help; a 3,000-word report; and the Race Debrief, a 20-minute presentation to coaches and Crew Chiefs, with questions.", "End of the Run"],
], widths=[2.2, 11.8, 2.6])
P("Each Time Trial is passed on the overall mark; a weak section can be carried by a strong one, as in any multisport race.")
mk = P("Every TT1 script is marked by two coaches. TT2 and TT3 are first-marked by the athlete's lead coach, and a sample of at least one in four, including every fail and every distinction, is second-marked. Before each round the coaches mark two anonymised scripts together to agree the standard. Kingsferry's SEN programme team moderates a sample from each Time Trial, and the University's external examiner sees the moderated sample and attends the summer exam board.")
add_footnote(doc, mk, "The external examiner for 2009-10 is Professor Alan Whitcombe, formerly of the University of Deanshire.")

# ---------------------------------------------------------------- 7
H("7. Split Sheet")
P("The Split Sheet is the course's list of 29 checkpoints, in our words. Read its columns with the key at the front of this plan.")
split = [
    ("Attitude: how the athlete races", None),
    ("1", "Builds fair, respectful and constructive relationships with pupils with SEN and with their families", "Brick 6", "TT2"),
    ("2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN", "Brick 8", "TT3"),
    ("3", "Sets priorities, manages time and delegates, and checks that delegated work is done", "Brick 2", "Self-split"),
    ("4", "Sees problems coming, solves them, and makes sound, well-founded decisions on provision", "Brick 4", "TT2"),
    ("5", "Speaks and writes clearly; listens to others and understands their views", "Brick 1, Brick 7", "TT3"),
    ("6", "Uses research and outside advice to improve own and colleagues' practice", "Brick 3", "TT1"),
    ("7", "Keeps up to date and takes charge of own professional development in SEN and disability", "Brick 10", "DNF"),
    ("Knowledge: what the athlete knows", None),
    ("8", "The law and guidance on SEN, including the Code of Practice, what they mean for the school and the SENCO, and how to put them into practice", "Brick 1", "TT1"),
    ("9", "Every Child Matters: the five outcomes and the SENCO's part in them", "Brick 1", "TT1"),
    ("10", "The law on disability equality and what it requires schools to do for disabled pupils", "Brick 2", "TT1"),
    ("11", "How children develop, and what affects their development, including SEN, disability and the environment for learning", "-", "TT1"),
    ("12", "The common types of SEN and disability and how they affect learning", "Brick 3", "TT2"),
    ("13", "A critical grasp of approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, to remove barriers and personalise provision", "Brick 4", "TT2"),
    ("14", "School self-evaluation and improvement and how they bear on outcomes for pupils with SEN", "Brick 8", "TT3"),
    ("15", "Best practice and research on meeting special educational needs", "Brick 3", "TT1"),
    ("16", "What outside agencies do and how to get specialist support and resources", "Brick 5", "TT2"),
    ("Skills: what the athlete does", None),
    ("17", "Works with senior colleagues and governors to shape an inclusive ethos, policy, priorities and use of resources", "Brick 8", "TT3"),
    ("18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "Brick 4, T2", "TT2"),
    ("19", "Uses other professionals' assessments to shape teaching approaches", "Brick 5", "DNF"),
    ("20", "Uses summative assessment and national tests to track progress and change programmes", "Brick 4", "TT2"),
    ("21", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "CHANGE", "DNS"),
    ("22", "Identifies in good time the arrangements pupils need for national tests and examinations and puts them in place", "DNS", "DNS"),
    ("23", "Uses provision mapping to plan provision and find what is ineffective or missing", "Brick 5, T2", "TT2"),
    ("24", "Deploys and manages staff well", "Brick 7", "TT3"),
    ("25", "Supports colleagues' professional development: observation and feedback, modelling, coaching and mentoring, training", "Brick 7", "TT3"),
    ("26", "Reviews and evaluates provision with other staff to inform the school's self-evaluation and improvement planning", "Brick 9", "TT3"),
    ("27", "Involves pupils in planning, agreeing, reviewing and evaluating their own provision", "Brick 6", "TT2"),
    ("28", "Liaises with parents and carers to promote pupils' learning and development", "Brick 6", "DNF"),
    ("29", "Works in partnership with other services and agencies, including voluntary organisations", "Brick 5", "TT2"),
]
stt = doc.add_table(rows=len(split) + 1, cols=4)
stt.style = "Table Grid"
for j, h in enumerate(["No.", "Checkpoint", "Paced on", "Timed in"]):
    cell_text(stt.cell(0, j), h, bold=True)
    shade_cell(stt.cell(0, j), "0B4F6C")
    stt.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(split, start=1):
    if row[1] is None:
        mc = stt.cell(i, 0).merge(stt.cell(i, 3))
        cell_text(mc, row[0], bold=True)
        shade_cell(mc, "D9EAF2")
        continue
    for j, val in enumerate(row):
        if val == "CHANGE":
            cp = stt.cell(i, j).paragraphs[0]
            del_run(cp, "Brick 7", *RA)
            ins_run(cp, "DNS", *RA)
        else:
            cell_text(stt.cell(i, j), val)
set_cell_width(stt, [1.0, 10.6, 2.6, 2.4])
P("Checkpoint 22: Marlshire County Council runs its own access arrangements training each spring for SENCOs and exams officers; athletes who want it book it directly with the LA.")

# ---------------------------------------------------------------- 8
H("8. Coaches, Crew and aid stations")
H("8.1 Coaches", 2)
table([
    ["Coach", "Background", "Leads"],
    ["Ruth Amberley, Head Coach", "SENCO in two Marlshire primary schools for eleven years, then the council's SEN adviser; MA in Special and Inclusive Education; British Triathlon Level 2 coach", "Bricks 1, 8 and 10"],
    ["Dev Mistry", "Senior educational psychologist with Marlshire (seconded to the Foundation for one day a week); doctorate in educational psychology; published research on reading interventions", "Bricks 3, 4 and 5"],
    ["Carol Penhale", "Advisory teacher for autism and speech, language and communication needs; formerly SENCO of a secondary school; Level 1 coach", "Bricks 2 and 6"],
    ["Tom Reece", "Headteacher of a Marlshire special school until 2007; Ofsted additional inspector until 2008", "Bricks 7 and 9"],
], widths=[3.6, 10.0, 3.0])
P("All four coaches still work in schools every week, through Tri-Start or the council, and each spends at least five days a year on their own SEN development; the Foundation pays for one national conference each a year.")
H("8.2 Guests", 2)
P("Guests this season: the Parent Partnership Service (Brick 6); a speech and language therapist and the county sensory support team (Brick 5); a governor with responsibility for SEN (Brick 8); and two SENCOs from the pilot field, who now act as Crew for the September wave.")
H("8.3 Crew", 2)
P("Every athlete has a Crew member in school or nearby. The Crew member meets the athlete at least twice a term, agrees the Transition tasks, watches the athlete lead one staff session during the Run, and writes a short Crew report for TT3.")
inserted_paragraph(doc, "Crew members and Crew Chiefs receive the Crew Handbook, which sets out what the Crew, the Crew Chief, the coaches and the University each do, and are invited to a two-hour Crew briefing before each wave starts; a Crew member who misses it is briefed by phone by the athlete's lead coach before the first Transition task. Coaches new to the Award shadow a full leg and second-mark a Time Trial alongside the Head Coach before they first-mark on their own.", *RA)
H("8.4 Aid stations", 2)
P("Athletes have full use of Kingsferry's library and e-journals, off campus as well as on, and of Marlshire's SEN resource library of tests and intervention materials. The Foundation's own aid station is a loan kit of assistive technology: four laptops with text-to-speech and word prediction, Clicker 5, Widgit symbol software, a visualiser and two voice recorders, which athletes borrow for their Transition tasks and try out with pupils.")

# ---------------------------------------------------------------- 9
H("9. Contingencies")
table([
    ["If", "Then"],
    ["An athlete misses a Brick", "The lead coach sends the slides and a one-page catch-up task through the Turbo Room, and the athlete talks it through with their Crew."],
    ["A Time Trial is failed", "One resubmission within eight weeks, capped at a pass, as Kingsferry's regulations allow."],
    ["An athlete changes school mid-season", "The new head is asked to become Crew Chief; if they will not, the athlete pauses and rejoins a later wave."],
    ["An athlete asks to skip the Swim because they have been a SENCO for years", "They may bank splits (part 5.3); they still race the Bike and the Run."],
    ["An athlete's school cannot release them for an Open-Water Session", "The session is missed; there is no substitute this season."],
    ["The Turbo Room goes quiet", "Nothing happens until the next Brick, when the lead coach asks the wave why."],
    ["There are more entries than places", "Priority goes to SENCOs newly in post since September 2008, then to schools with no trained SENCO."],
], widths=[5.6, 11.0])

# ---------------------------------------------------------------- 10
H("10. Finish line and after")
H("10.1 Finishing", 2)
P("An athlete finishes when they have passed TT1, TT2 and TT3 (or banked the credit for a leg). Kingsferry's Board of Examiners then awards the Postgraduate Certificate, and the Foundation sends the University's list of finishers to the TDA for the National Award.")
H("10.2 Next Season", 2)
P("The last hour of Brick 10 is the Next Season session. Every athlete fills in a Next Season sheet: the three professional targets they will take to their performance management meeting, the support each will need, and the next step (a further 60 credits towards Kingsferry's MA, a specialist qualification, or leading a local SENCO network). The coaches talk through the options, and the pilot SENCOs describe what they did next. The sheet goes to the Crew Chief, who agrees the targets with the athlete at their next performance management review.")
H("10.3 Debrief", 2)
P("After every Brick athletes fill in a split card: what worked, what did not, and how confident they now feel against the checkpoints covered. The coaches meet within a week to read the cards and change the next Brick if they need to. At the end of each leg the coaches look at the Time Trial marks checkpoint by checkpoint to see where the field is weak. Each summer the Season Review brings together the split cards, the baseline and end-of-season self-ratings, the Time Trial results, the Crew reports, the external examiner's report and Kingsferry's annual monitoring report, and sets the changes for next season's plan; it goes to the University's programme committee and to the Foundation's trustees.")
P("Athletes rate their competence and confidence against all 29 checkpoints at the start and end of the season, and the Season Review compares the two. Pupil outcomes are a matter for schools: the baseline and impact measures athletes take in TT3 are marked as part of the Time Trial, but the Foundation does not collect them.")

sg = doc.add_table(rows=2, cols=4)
sg.style = "Table Grid"
for j, (k, v) in enumerate([("Athlete", "[name]"), ("Crew Chief", "[signature]"), ("Head Coach", "Ruth Amberley"), ("Date", "[  /  /  ]")]):
    cell_text(sg.cell(0, j), k, bold=True)
    shade_cell(sg.cell(0, j), "D9EAF2")
    cell_text(sg.cell(1, j), v)
P("Race well.")

doc.save(OUT)
print("wrote", OUT)
