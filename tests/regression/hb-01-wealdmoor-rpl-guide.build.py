"""hb-01-wealdmoor-rpl-guide

Provider (invented): the Wealdmoor Colleges Learning Support Partnership, the
learning support departments of four colleges (Brookhampton College, the lead
FE college; Wealdmoor College of Further Education; St Cedd's Sixth Form
College; Thornleigh Sixth Form College) with the University of Ashdene, School
of Education, which validates and awards a 60-credit Postgraduate Certificate in
SEN Coordination (the National Award). February 2009.

Document kind: the Partnership's guide to recognition of prior learning (RPL)
and its "Direct Assessment Route", written for applicants ("you"), their
headteachers and the Partnership's assessors, sent whole as the application.
A shaded box at the top tells the panel that Part 9 ("The award at a glance")
was added for them. Layout: a cover field table; Heading 1 parts whose
numbers ("Part 3", "Part 5") are the guide's own; numbered steps typed by
hand ("Step 1 -"); a route comparison table with a merged header row; a fees
table; Appendix A, an "Outcomes Grid" (own words, no national codes) with
merged group rows and columns "Developed in", "Assessed by (taught route)",
"Evidence usually accepted for RPL / Direct Assessment"; Appendix B, a blank
RPL claim form with grey bracketed prompts and placeholders. A page header
("DRAFT for consultation") and a footer making a safeguarding claim.

Traps (requirement ids):
- Footer: "All applicants are CRB and List 99 checked by the Partnership" is
  not evidence. The body has only the head's confirmation of a current
  enhanced CRB disclosure (Part 4), and no previous-employer or other
  background check -> 5.3 partially_met.
- Part 9 "Young people's voices": value statement about the colleges' own
  students' learner voice (wrong context); nothing develops participants'
  skill in consulting pupils -> 1.5 not_met; grid row on involving pupils is
  taught but "Not separately assessed" -> 6.S7 partially_met.
- Part 9 "After the award": only a wish to add a next-steps session "once
  the first cohort is through" -> 2.5 not_met.
- Part 9 stakeholders: consultation survey and the changes it led to are
  concrete (4.1, 4.2 met); involving heads and the LA in evaluation is only
  "we intend ... in due course" -> 4.3 not_met.
- Part 9 placements: the colleges' "work placement teams" place the
  colleges' own students with disabilities (wrong context); participants get
  specialist speakers only -> 5.5 partially_met.
- e-learning: LS-Online holds materials, a submission point and a forum
  "for participants to use among themselves"; no tutor support between
  sessions -> 3.3 partially_met.
- Staff: a general claim plus "[Tutor profiles to be inserted]" -> 5.4
  partially_met.
- School mentors are named but never briefed or trained; RPL assessors are
  -> 5.7 partially_met.
- Evaluation of impact: confidence self-rating at start and end only, nothing
  on pupils' achievement -> 5.9 partially_met.
- Research: a general sentence and a yearly reading list -> 1.3
  partially_met.
- Outcomes Grid: "managing time and delegating" has no row at all (6.A3
  not_met); speaking and writing assessed only formatively by peer feedback
  (6.A5 partially_met); CPD log kept but not assessed (6.A7); child
  development taught but not assessed (6.K4); formative-assessment row has
  "[to be confirmed]" in its assessment cell (6.S2c); pupils' involvement not
  assessed (6.S7). Part 7's blanket "every outcome on the Outcomes Grid" and
  the grid's gaps -> 1.9 and 6.0 partially_met.
- notes_on_met: the Direct Assessment Route is described at length and is
  real (2.3 met); APL and APEL both offered (2.1 met); exam access
  arrangements are concrete (6.S2d met).
"""
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _hb_helpers import box, table, merged_row, grey, header_footer, shade

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
header_footer(
    doc,
    "Wealdmoor Colleges Learning Support Partnership  |  Credit for Experience  |  DRAFT for consultation",
    "All applicants are CRB and List 99 checked by the Partnership. Version 1.2, February 2009. Page owner: Partnership Programme Manager.",
)

doc.add_heading("Credit for Experience", 0)
p = doc.add_paragraph()
p.add_run("Recognition of Prior Learning and the Direct Assessment Route for the "
          "Postgraduate Certificate in SEN Coordination (National Award)").bold = True
doc.add_paragraph("A guide for applicants, headteachers and assessors")

t = table(doc, ["Item", "Detail"], [
    ["Document", "Credit for Experience: RPL and Direct Assessment guide"],
    ["Version", "1.2 (February 2009), replacing version 1.1 (November 2008)"],
    ["Award", "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination), 60 credits at Level 7"],
    ["Awarding body", "University of Ashdene, School of Education"],
    ["Delivered by", "Wealdmoor Colleges Learning Support Partnership: Brookhampton College (lead), Wealdmoor College of Further Education, St Cedd's Sixth Form College, Thornleigh Sixth Form College"],
    ["Owner", "Ruth Amankwah, Partnership Programme Manager, Learning Support Centre, Brookhampton College"],
    ["Next review", "July 2009, after the first RPL panel"],
])
doc.add_paragraph()

box(doc, [
    "Note for the approval panel",
    "We are sending this guide as it stands because almost everything a teacher meets "
    "before and around the taught course runs through it: who we accept, how we work out "
    "where each person starts, how prior learning is credited, how the Direct Assessment "
    "Route works and how all assessments are marked and moderated. Part 9, \"The award at a "
    "glance\", was written for you and covers the matters the guide itself does not. "
    "Appendix A (the Outcomes Grid) is the same grid every applicant and assessor uses.",
])

# ---------------------------------------------------------------- Part 1
doc.add_heading("Part 1  Who this guide is for", 1)
doc.add_paragraph(
    "This guide is for three groups of people. If you are a teacher thinking of taking the "
    "award, it tells you how to apply, how we will agree your starting point with you, and "
    "whether any of what you have already studied or done can count towards the award. If "
    "you are a headteacher, it tells you what we will ask of you and of your school. If you "
    "are one of our assessors, Parts 5 to 7 set out what you do and the standards you apply.")
doc.add_paragraph(
    "The Partnership is the four colleges' learning support departments working together. "
    "Between us we support around 1,900 students a year with learning difficulties and "
    "disabilities, run the colleges' examination access arrangements, and employ specialist "
    "dyslexia assessors, teachers of the deaf and a sensory support team. We have run short "
    "SEN courses for local schools since 2003. The Postgraduate Certificate is our first "
    "award at Masters level and is validated by the University of Ashdene, which confers "
    "the award, appoints the external examiner and holds the student record.")

# ---------------------------------------------------------------- Part 2
doc.add_heading("Part 2  The award in outline", 1)
doc.add_paragraph(
    "The award is worth 60 credits at Level 7 (Masters level) of the University of "
    "Ashdene. It has three units of 20 credits each. Teachers on the taught route usually "
    "complete it in one year part time; a teacher who gains credit for one unit through RPL "
    "usually completes in two terms.")
table(doc, ["Unit", "Title", "Credits", "What you do in school", "Assessed by"], [
    ["LS1", "The SENCO, the Law and the School", "20",
     "Audit your school's SEN policy and information for parents against the Code of Practice (2001) and the disability equality duty",
     "Policy audit and commentary (3,000 words); parent case study (1,500 words)"],
    ["LS2", "Learners, Barriers and Assessment", "20",
     "Assess and plan for two pupils with different needs, using reports from other professionals and the school's tracking data",
     "Two pupil profiles with intervention plans and reviews (4,000 words in all); short presentation to peers"],
    ["LS3", "Leading and Improving Provision", "20",
     "Plan, lead and evaluate a change in your school's SEN provision agreed with your headteacher",
     "Change project report (4,500 words) with baseline and follow-up pupil data; professional discussion (40 minutes)"],
])
doc.add_paragraph()
doc.add_paragraph(
    "Each unit has four study days and four twilight sessions. Study days are held at the "
    "Learning Support Centre at Brookhampton College and at Thornleigh Sixth Form College; "
    "twilights run from 4.30 to 7.00 pm at all four colleges in turn. Every unit includes "
    "tasks you carry out in your own school, and each task is tied to named outcomes on the "
    "Outcomes Grid (Appendix A), so that what you learn on a study day is tried out in your "
    "school and written up for assessment.")
doc.add_paragraph(
    "The aims of the award are to raise the achievement and well-being of pupils with SEN "
    "and disabilities, across all five Every Child Matters outcomes, by developing the "
    "knowledge, understanding and skills of the teachers who lead provision for them. The "
    "LS3 change project must show what difference the change made for the pupils involved, "
    "and we ask you to report on at least one outcome other than attainment (for example "
    "attendance, participation in the wider life of the school, or the pupils' own view of "
    "how safe and confident they feel).")
doc.add_paragraph(
    "LS1 covers the legal and policy framework: the Education Act 1996 as amended, the SEN "
    "Code of Practice (2001) and the SEN Toolkit, the Disability Discrimination Act 1995 as "
    "amended in 2005 and the disability equality duty, Every Child Matters and the Children "
    "Act 2004, the Inclusion Development Programme, and the work of the Lamb Inquiry on "
    "parental confidence, which reports later this year. One LS1 study day is given to "
    "working with parents and carers, with a speaker from the Wealdmoor Parent Partnership "
    "Service, and the parent case study asks you to plan, hold and reflect on a review "
    "meeting with a parent.")
doc.add_paragraph(
    "In LS3 you work with colleagues beyond your own school. Participants are placed in "
    "trios from different schools who visit one another once a term and act as critical "
    "friends on each other's change projects, and each participant plans and delivers a "
    "training session for colleagues in their own school, which is observed by a trio "
    "partner and written up in the project report.")

# ---------------------------------------------------------------- Part 3
doc.add_heading("Part 3  Three ways through the award", 1)
doc.add_paragraph(
    "There are three routes. Most teachers take the taught route. The other two are for "
    "people who have already done some of the learning, and in the case of the Direct "
    "Assessment Route, for a small number who have already done nearly all of it.")
rt = doc.add_table(rows=2, cols=4)
rt.style = "Table Grid"
top = rt.rows[0].cells
m = top[1].merge(top[3])
top[0].text = ""
m.text = "Routes through the award"
shade(m, "D9D9D9")
for i, h in enumerate(["", "Taught route", "Taught route with RPL credit", "Direct Assessment Route"]):
    rt.rows[1].cells[i].text = h
    shade(rt.rows[1].cells[i], "EDEDED")
for row in [
    ["Who it is for", "Teachers new to the SENCO role or about to take it on",
     "Teachers who have already studied part of the content at Level 7, or who can show equivalent learning from experience",
     "Exceptionally, experienced specialists (for example advisory teachers, teachers from the LA's SEN support services, long-serving SENCOs) who already seem to meet every outcome"],
    ["Study", "All three units", "Two units; credit for LS1 or LS2 (not LS3)", "No taught units; an assessment year with a named assessor"],
    ["Assessment", "Unit assignments (Part 2)", "Unit assignments for the units taken; RPL claim for the credited unit", "Portfolio against every outcome, observed review meeting, professional discussion"],
    ["Usual length", "One year part time", "Two terms", "Up to two terms"],
    ["Start", "September or January", "September or January", "Any time; panel meets three times a year"],
]:
    cells = rt.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_paragraph()
doc.add_paragraph(
    "Units LS1 and LS2 can be taken in either order, so a teacher who joins in January takes "
    "LS2 first and LS1 in the summer term, and goes on to LS3 in the following autumn. "
    "Study days are repeated on a Saturday for those whose schools cannot release them "
    "during the week, and each unit's twilights can be attended at any of the four colleges.")

# ---------------------------------------------------------------- Part 4
doc.add_heading("Part 4  Before you apply", 1)
doc.add_paragraph("To be accepted on any route you must:")
for b in [
    "hold Qualified Teacher Status and be employed as a teacher in a maintained school, academy or pupil referral unit in England;",
    "be the school's SENCO, or have been told by your headteacher that you will take on the role within a year;",
    "have your headteacher's written support, on the nomination form, including agreement to release you for the study days or to cover the Saturday alternative;",
    "hold a current enhanced CRB disclosure.",
]:
    doc.add_paragraph(b, style="List Bullet")
doc.add_paragraph(
    "Your headteacher confirms on the nomination form the date and number of your enhanced "
    "CRB disclosure. We do not accept a nomination form with this section blank. If you have "
    "not worked in a school or college in a post involving regular contact with children in "
    "the past three months, tell us: Brookhampton College's personnel office will process a "
    "new enhanced disclosure for you before you start.")
doc.add_paragraph(
    "Every applicant has a Starting Point meeting of about an hour with one of the unit "
    "tutors, in school or at a college. Before it, you rate yourself against each outcome in "
    "the Outcomes Grid (1 = new to me, 4 = I do this confidently and could show evidence). "
    "At the meeting the tutor tests your ratings with questions and examples, because people "
    "often rate themselves highly on things they learned some years ago and which have since "
    "changed. Together you agree a Route Plan, which records the route you will take, the "
    "outcomes you most need to work on, the school tasks you will choose within each unit, "
    "and any outcomes on which you may wish to claim credit. The Route Plan is revisited at "
    "the end of each unit and the tutor adds the evidence seen so far.")
doc.add_paragraph(
    "If the Starting Point meeting suggests you are not yet ready for the award, for example "
    "because you have no responsibility for pupils with SEN in your current post, the tutor "
    "will tell you what would help (often one of our short courses or a term shadowing your "
    "school's current SENCO), write to your headteacher to explain, and hold your place for "
    "the next intake.")
doc.add_paragraph(
    "Fees for 2009-10 are set by the University and the Partnership together and are the "
    "same at all four colleges. A place on the taught route costs less than the university's "
    "standard 60-credit fee because study days are held in the colleges, and a teacher "
    "granted RPL credit pays only for the units taken and a flat claim fee. Where a school "
    "sends two teachers, the second place is discounted by 15 per cent.")
table(doc, ["Route", "Fee 2009-10"], [
    ["Taught route (three units)", "\u00a31,650"],
    ["Taught route with RPL credit (two units plus claim fee)", "\u00a31,100 + \u00a3120"],
    ["Direct Assessment Route", "\u00a3780"],
])
doc.add_paragraph()

# ---------------------------------------------------------------- Part 5
doc.add_heading("Part 5  Claiming credit for what you already know", 1)
doc.add_paragraph(
    "You can claim credit for one 20-credit unit, either LS1 or LS2, in one of two ways. "
    "Credit cannot be claimed for LS3, because the change project is what shows that you can "
    "lead provision in your present school.")
doc.add_paragraph(
    "Certificated learning. If you have passed a Level 7 module of 20 credits or more in the "
    "last five years whose content and outcomes match a unit, send the transcript and module "
    "outline. The RPL adviser checks the match outcome by outcome against the Outcomes Grid.")
doc.add_paragraph(
    "Learning from experience. If you have not studied the content formally but have learned "
    "it at work (for example as an acting SENCO, or in an LA support service), you can make "
    "an experiential claim. You write a reflective commentary of about 2,500 words against "
    "the unit's outcomes, with a file of evidence from your practice, and you may be asked "
    "to discuss it with two assessors.")
doc.add_paragraph("The steps are the same for both kinds of claim:")
for s in [
    "Step 1 - Tick the unit you wish to claim on your Route Plan at the Starting Point meeting.",
    "Step 2 - Meet or telephone the RPL adviser, Martin Sheard, who will tell you whether a claim is likely to succeed and what evidence to collect.",
    "Step 3 - Complete the claim form (Appendix B) and send it with your evidence by 15 October (September start) or 15 February (January start).",
    "Step 4 - Two RPL assessors, one from the Partnership and one from the University, assess the claim against each outcome the unit assesses. They may ask for more evidence or a conversation.",
    "Step 5 - The RPL panel (the Programme Manager, the University link tutor and an assessor not involved in the claim) confirms the decision. Credit is recorded as a pass without a mark.",
    "Step 6 - If the claim is not accepted, you join the unit with the next group at no extra charge, and the assessors' feedback goes on your Route Plan.",
]:
    doc.add_paragraph(s)
doc.add_paragraph(
    "Credit granted through RPL counts towards the award only if the outcomes it covers are "
    "all evidenced. An assessor who finds one outcome of a unit not evidenced may grant the "
    "claim on condition that you complete the matching school task and submit it with your "
    "next unit.")

# ---------------------------------------------------------------- Part 6
doc.add_heading("Part 6  The Direct Assessment Route", 1)
doc.add_paragraph(
    "The Direct Assessment Route is for a small number of people who already seem to meet "
    "every outcome of the award. We expect to accept no more than two or three a year. It is "
    "not a short cut: the evidence required is the same as for the taught route, gathered "
    "from your practice rather than from unit tasks.")
doc.add_paragraph(
    "You apply as for the taught route and have a Starting Point meeting with the Programme "
    "Manager, who decides whether the route is suitable. If it is, you are given a named "
    "assessor for up to two terms. You build a portfolio against every outcome in the "
    "Outcomes Grid, with a commentary; your assessor observes you leading a review meeting "
    "or a staff training session in your school; and you finish with a professional "
    "discussion of about an hour with your assessor and the University link tutor. Any "
    "outcome not evidenced by the end of the assessment year means you transfer to the "
    "taught route for the unit concerned; you are not awarded the certificate until every "
    "outcome is evidenced.")

# ---------------------------------------------------------------- Part 7
doc.add_heading("Part 7  How assessment is marked and checked", 1)
doc.add_paragraph(
    "Every piece of assessed work, whether a unit assignment, an RPL claim or a Direct "
    "Assessment portfolio, is marked against the outcomes it claims to assess, using the "
    "University's Level 7 criteria. First marking is done by the unit tutor. A second "
    "marker from another college blind-marks every fail and a sample of at least 20 per cent "
    "of the rest, and all LS3 projects. Before each marking period all tutors and assessors "
    "meet at Brookhampton for a half-day standardisation meeting at which they mark the same "
    "two scripts and agree the grade. The University link tutor, Dr Helen Voss, moderates a "
    "sample from each college, and the University's external examiner sees a sample of "
    "every unit and every RPL and Direct Assessment decision before the Board of Examiners.")
doc.add_paragraph(
    "The award is conferred only when every outcome on the Outcomes Grid has been signed off "
    "as evidenced, by assignment, RPL decision or Direct Assessment, and the Board of "
    "Examiners has confirmed the results.")
doc.add_paragraph(
    "All RPL assessors attend the University's half-day RPL assessor briefing before they "
    "assess their first claim, and an experienced assessor co-assesses their first two "
    "claims. Unit tutors receive a tutor pack with the marking criteria and the Outcomes "
    "Grid at an induction meeting in July.")

# ---------------------------------------------------------------- Part 8
doc.add_heading("Part 8  If you have a disability or need adjustments", 1)
doc.add_paragraph(
    "Supporting students with disabilities and learning difficulties is what our four "
    "departments do every day, and we apply the same practice to teachers on the award. The "
    "nomination form and the RPL claim form both ask whether you have a disability, "
    "learning difficulty or health condition that you would like us to know about, and "
    "explain why we ask and who will see the answer. You can also tell us at any time, in "
    "confidence, through the Programme Manager.")
doc.add_paragraph(
    "If you tell us, a member of the Partnership's additional learning support team will "
    "agree a support plan with you before you start. Adjustments we already make include "
    "materials in large print, on coloured paper or electronically for screen readers; "
    "loan of a laptop with Read&Write and Dragon software; BSL interpreters and note-takers; "
    "extra time, rest breaks or a scribe for the timed presentation and the professional "
    "discussion; extensions to deadlines; and a Starting Point meeting held in your own "
    "school rather than at a college. All study-day rooms at Brookhampton and Thornleigh are "
    "step-free with hearing loops. The trio visits in LS3 are arranged with each "
    "participant's access needs in mind, and we check the host school's access with them "
    "before any visit. Our promotional leaflets and this guide are available in alternative "
    "formats on request, and our selection and assessment decisions are recorded against "
    "stated criteria so that they can be checked for fairness.")

# ---------------------------------------------------------------- Part 9
doc.add_heading("Part 9  The award at a glance (for the approval panel)", 1)
doc.add_paragraph(
    "Why we are offering the award. In summer 2008 the Partnership surveyed the 64 schools "
    "in its colleges' catchment areas, working with the SEN teams of Wealdmoor County "
    "Council and Ashdene City Council. Forty-six SENCOs and headteachers replied. They told "
    "us that release from school was the main barrier to study, that many SENCOs had already "
    "done the council's two-day SEN courses or an Open University module, and that they "
    "wanted practical help with provision mapping, working with parents and exam access "
    "arrangements for older pupils. As a result we hold twilights at all four colleges and "
    "repeat study days on Saturdays, we introduced credit for LS1 or LS2 so that earlier "
    "study counts, and we gave provision mapping two study days in LS3 and exam access "
    "arrangements a study day in LS2, led by our own access arrangements coordinators.")
doc.add_paragraph(
    "Evaluation. Every study day and unit has an evaluation form. The Programme Manager "
    "summarises the returns each term for the Partnership's Programme Committee, which "
    "agrees changes and records them in an action log. The University's annual monitoring "
    "report, which draws on the external examiner's report and the participants' unit "
    "evaluations, goes to the University's Collaborative Provision Committee, and the "
    "action plan it produces is reviewed at the next Programme Committee. We intend to "
    "involve headteachers and the two councils in evaluating the award in due course.")
doc.add_paragraph(
    "Impact. At the Starting Point meeting and again at the end of LS3 each participant "
    "completes the same confidence self-rating against the Outcomes Grid, and the change "
    "for each cohort is reported to the Programme Committee.")
doc.add_paragraph(
    "Research. The award draws on current research and inspection evidence throughout, and "
    "each unit's reading list is updated every year.")
doc.add_paragraph(
    "Staff. All tutors are experienced learning support professionals with a strong "
    "record of working with schools. [Tutor profiles to be inserted]")
doc.add_paragraph(
    "Resources. Participants use the four colleges' learning resource centres and the "
    "University of Ashdene library, including its electronic journals. Each college's "
    "learning support centre has an assistive technology suite (Kurzweil, Read&Write, "
    "Dragon, Clicker, switch access and a range of communication aids) which participants "
    "use on the LS2 study day on ICT and access, and can borrow software from for trial in "
    "school.")
doc.add_paragraph(
    "Online. The Partnership's virtual learning environment, LS-Online (Moodle), holds the "
    "unit materials, readings and the submission point for assignments. A discussion forum "
    "is available for participants to use among themselves.")
doc.add_paragraph(
    "Specialist expertise and placements. Speakers on the study days include an educational "
    "psychologist from Wealdmoor County Council, a speech and language therapist from the "
    "local primary care trust, the Parent Partnership Service and our own teachers of the "
    "deaf and dyslexia assessors. The colleges' work placement teams have long experience of "
    "arranging supported placements with local employers for our students with learning "
    "difficulties and disabilities.")
doc.add_paragraph(
    "Mentors. Each participant's headteacher names a mentor in school, usually a member of "
    "the senior leadership team, who agrees the school tasks and the LS3 change project with "
    "the participant.")
doc.add_paragraph(
    "Young people's voices. Listening to young people is at the heart of what our learning "
    "support teams do. Our colleges' learner voice groups for students with learning "
    "difficulties and disabilities meet every half term, and their views shaped the colleges' "
    "disability equality schemes.")
doc.add_paragraph(
    "After the award. We would like to add a final session on next steps and further study "
    "once the first cohort is through. Holders of the award may use its 60 credits towards "
    "the University of Ashdene's MA in Education.")

# ---------------------------------------------------------------- Appendix A
sec = doc.add_section()
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
doc.add_heading("Appendix A  The Outcomes Grid", 1)
doc.add_paragraph(
    "Every applicant rates themselves against this grid before the Starting Point meeting, "
    "and every assessor uses it. The third column shows how each outcome is assessed on the "
    "taught route; the fourth shows the evidence RPL and Direct Assessment assessors usually "
    "accept.")
g = table(doc, ["What the SENCO can do", "Developed in", "Assessed by (taught route)",
                "Evidence usually accepted for RPL / Direct Assessment"], [])
rows = [
    ("How the SENCO works", None),
    ("Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and with their families", "LS1 parents day; LS2 pupil profiles", "LS1 parent case study; LS2 pupil profiles", "Review records and a parent's or pupil's written comment"),
    ("Wins the commitment of the headteacher, senior leaders and colleagues to better outcomes for these pupils", "LS3 study days 1-2", "LS3 project proposal agreed and signed by the headteacher; project report", "Papers taken to SLT or governors, with outcome"),
    ("Anticipates and resolves problems and makes sound, well-founded judgements about provision", "LS2 and LS3 case discussions", "LS2 intervention plans; LS3 professional discussion", "Case commentary"),
    ("Speaks and writes clearly and listens to the views of others", "All units", "Peer feedback on the LS2 presentation (formative)", "Not separately required"),
    ("Uses research and outside advice to improve own and colleagues' practice", "LS2 study day 4; LS3", "LS3 project report (literature section)", "Commentary with references"),
    ("Keeps up to date and takes charge of own CPD in SEN and disability", "Throughout", "Participants keep a CPD log; not assessed", "CPD log"),
    ("What the SENCO knows", None),
    ("SEN law and guidance including the Code of Practice, what they mean for the school and how to apply them", "LS1 study days 1-2", "LS1 policy audit and commentary", "Certificated module or policy work"),
    ("Every Child Matters and the SENCO's part in its five outcomes", "LS1 study day 3", "LS1 policy audit (ECM section)", "As above"),
    ("Disability equality law and the actions it requires", "LS1 study day 2", "LS1 policy audit (accessibility plan and disability equality scheme)", "As above"),
    ("How children develop, and how SEN, disability and the environment affect development", "LS2 study day 1", "Not separately assessed", "-"),
    ("The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "LS2 study days 1-3", "LS2 pupil profiles (two different needs)", "Specialist qualification or case files"),
    ("Approaches, strategies and resources, including ICT, for assessment, planning and teaching, understood critically", "LS2 study days 2-4 (ICT and access day)", "LS2 intervention plans", "Case files with evaluation"),
    ("School self-evaluation and improvement as they bear on outcomes for pupils with SEN", "LS3 study day 3", "LS3 project report (self-evaluation section)", "SEF extract with commentary"),
    ("Best practice and research in meeting SEN", "LS2, LS3", "LS3 project report", "Commentary with references"),
    ("External agencies, what they do and how to secure specialist support", "LS1 study day 4 (agencies panel)", "LS2 pupil profiles (multi-agency section)", "Referral and review records"),
    ("What the SENCO does", None),
    ("With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and use of resources", "LS3 study days 1-2", "LS3 project report; professional discussion", "Governors' papers"),
    ("Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "LS2", "LS2 pupil profiles", "Case files"),
    ("Uses other professionals' assessments to shape teaching approaches", "LS2 study day 3", "LS2 pupil profiles", "Case files"),
    ("Uses summative data, including national test results, to track progress and change programmes", "LS2 study day 2", "LS2 pupil profiles (tracking section)", "Tracking data with commentary"),
    ("Encourages colleagues to use formative assessment, with approaches suited to pupils with SEN", "LS2 study day 2", "[to be confirmed]", "-"),
    ("Identifies in good time the access arrangements pupils need for tests and examinations and puts them in place with colleagues", "LS2 exam access arrangements day", "LS2 pupil profiles (one must include access arrangements, with the evidence of need)", "Access arrangements applications made"),
    ("Uses provision mapping to plan provision and find what is missing or ineffective", "LS3 study days 2-3", "LS3 project report (provision map and analysis)", "Provision maps with commentary"),
    ("Deploys and manages staff, including teaching assistants, to support pupils with SEN", "LS3 study day 3", "LS3 project report", "Deployment plans"),
    ("Develops colleagues through observation and feedback, modelling, coaching, mentoring and training", "LS3 study day 4", "Staff training session observed by trio partner, written up in LS3 report", "Training materials and observation"),
    ("Reviews the effectiveness of provision with colleagues to feed the school's self-evaluation", "LS3", "LS3 project report (evaluation)", "Evaluation report"),
    ("Involves pupils in planning, agreeing, reviewing and evaluating their provision", "LS2 study day 4", "Not separately assessed", "-"),
    ("Liaises with parents and carers to promote their child's learning and development", "LS1 parents day", "LS1 parent case study", "Review records"),
    ("Works with other services and agencies, including voluntary organisations, for a coordinated approach", "LS1 agencies panel; LS2", "LS2 pupil profiles (multi-agency section)", "Multi-agency records"),
]
for r in rows:
    if r[1] is None:
        merged_row(g, r[0])
    else:
        cells = g.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

# ---------------------------------------------------------------- Appendix B
sec2 = doc.add_section()
sec2.orientation = WD_ORIENT.PORTRAIT
sec2.page_width, sec2.page_height = sec2.page_height, sec2.page_width
doc.add_heading("Appendix B  RPL claim form", 1)
fields = [
    ("Name", "[Your name]"),
    ("School", "[School name and DfE number]"),
    ("Unit claimed (tick one)", "LS1 \u2610    LS2 \u2610"),
    ("Kind of claim", "Certificated \u2610    Experiential \u2610"),
    ("Evidence enclosed", "[List each item and the outcome(s) it supports]"),
    ("Commentary (experiential claims only)", "[Describe what you did, what you learned and how the evidence shows each outcome. About 2,500 words.]"),
    ("Disability or adjustments", "[Is there anything you would like us to know so that we can make adjustments to how your claim is assessed? This is optional and confidential.]"),
    ("Headteacher's confirmation", "[Signature]   [Date]"),
]
ft = doc.add_table(rows=0, cols=2)
ft.style = "Table Grid"
for k, v in fields:
    cells = ft.add_row().cells
    cells[0].text = k
    cells[1].text = ""
    grey(cells[1].paragraphs[0], v)
doc.add_paragraph()
p = doc.add_paragraph()
grey(p, "For office use: Date received [  ]   Assessors [  ]   Panel date [  ]   Decision [  ]")

doc.save(OUT)
print("wrote", OUT)
