"""gy-02-classroom-pioneers-pro-bono-report: builds gy-02-classroom-pioneers-pro-bono-report.docx.

Provider: Classroom Pioneers, an (invented) national charity that recruits
graduates to teach in schools in challenging circumstances, running the
"Pioneers Inclusion Award" (National Award for SEN Coordination) for its
alumni with the (invented) Aldermoor University School of Education.

Document kind: the final report of a pro bono project team from an (invented)
management consultancy, Harwood Kline, commissioned by the charity to design
an SEN leadership offer for its alumni ("Project Lantern", April-June 2008),
sent as the application with the charity's Management Response to each
recommendation inserted under it, and an Appendix 3 (the programme as it now
stands) added by the charity. A shaded note says that where the report and
the Management Response differ, the Response is what the charity will do.

Layout: no heading styles at all: a letterhead typed with manual line breaks,
bold capital section titles with hand-typed numbers ("1.", "4.") and
consultancy-style numbered paragraphs (3.1, 4.2, 5.3 ... that collide with
requirement ids); "Exhibit n" captioned tables (survey results, interview
themes, options appraisal with scores, cost model, stakeholder "you said / we
changed" table); recommendations R1-R14, each a boxed two-row table (the
team's recommendation; the charity's Management Response with a status:
Accepted / Accepted in part / Not accepted / Deferred); typed en-dash lists;
Appendix 3 with a programme table, a staff table, an outcome table with a
blanket claim; one tracked insertion, one tracked deletion; Word comments.

Traps (requirement ids affected):
- 3.3: the team recommends online modules (R8) and Option B in Exhibit 4 is
  built on them, but the Management Response is "Not accepted" and Appendix 3
  says no part is delivered online. -> not_applicable.
- 2.5: R12 (a "what next" session and planning tool) is "Deferred" to a
  2009-10 review. -> not_met.
- 2.3: R6 assessment-only route "Accepted" with a concrete process. -> met.
- 2.1: APL only of certificated Masters credit; the response says the
  university does not accredit experiential learning for the award.
  -> partially_met.
- 5.5: R9 (placements in specialist settings) "Accepted in part": the charity
  will only encourage visits where participants can arrange them; guest
  specialists are concrete. -> partially_met.
- 5.7: tutors' roles are concrete, the award's school mentors' role is "to
  be defined with the first schools"; the detailed mentor training described
  in section 2 belongs to the charity's two-year initial programme (wrong
  context). -> partially_met.
- 3.1: only a general statement that the charity's Equality and Diversity
  Policy and the university's DDA obligations apply. -> partially_met.
- 4.3: R11 is only "Accepted in part" and half of it is vague ("We will seek
  the views of local authorities"), but the other half (headteachers' feedback
  form) and R10 (delivery) are concrete. -> met (notes_on_met).
- 5.1: methods listed (session evaluations, external examiner, end-of-course
  survey) but nothing on how the evidence is used. -> partially_met.
- 1.5 / 6.S7: pupil voice only as a value ("at the heart") and a Module 2
  session that is not assessed. -> partially_met both.
- 6.0: award on passing three assignments with an overall mark of 50 per
  cent, with compensation between assignments; nothing requires every
  outcome to be shown. -> partially_met.
- 1.9: the Appendix 3 outcome table claims "All 28 national outcomes are
  mapped" over 27 rows with gaps. -> partially_met.
- Criterion 6: 6.A3 (prioritising, time, delegation) missing from the table
  -> not_met; 6.K7 row "To be confirmed" in both columns (placeholder)
  -> not_met; 6.A5, 6.S4, 6.S7 taught with a dash for assessment, 6.K3
  assessed only by a "Learning journal (not submitted)", 6.S2d assessed in
  Assignment 2 but with no teaching -> partially_met.
- E.2: Exhibit 4's rejected Option B was a 30-credit certificate; the award
  as adopted is 60 credits at Masters level. -> met (notes_on_met).
- A tracked deletion removes a sentence promising an April cohort in
  Birmingham (3.2 stays met on the two remaining starts); a tracked insertion
  adds the employer reference for alumni out of school (5.3, part of the
  submission); comments question the cost figure and Appendix 3 (not part of
  the submission).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _gy_helpers import (new_doc, para, runs, table, shade_cell, shade_para, tracked,
                         comment, bullet, line_break_para)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Georgia", 10.5)

line_break_para(d, ["HARWOOD KLINE", "Pro Bono Practice", "12 Ludgate Row, London EC4",
                    "for Classroom Pioneers"], bold_first=True)
para(d, "PROJECT LANTERN", bold=True, size=18)
para(d, "An SEN leadership offer for Classroom Pioneers alumni", bold=True, size=13)
para(d, "Final report of the pro bono project team, June 2008, with the charity's Management Response",
     italic=True)

p = para(d, "Note from Classroom Pioneers to the approval panel. This is the final report of the "
            "pro bono team who helped us design our SENCO award, with our Management Response "
            "typed under each recommendation. We send it as our application because it shows the "
            "evidence behind the programme and the decisions we took. Where the team's report and "
            "our Management Response differ, the Management Response is what we will do. Appendix 3, "
            "the programme as it now stands, was written by us after the project ended.", italic=True)
shade_para(p, "E2EFDA")

def title(text):
    para(d, text, bold=True, size=12)

def exhibit(n, caption, rows, widths=None):
    para(d, f"Exhibit {n}: {caption}", bold=True, italic=True, size=9.5)
    t = table(d, rows, widths=widths, head_fill="1F3864")
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
    para(d, "")
    return t

def rec(code, text, status, response):
    t = table(d, [[f"{code}  {text}"], [f"Management Response: {status}. {response}"]], header=False)
    shade_cell(t.cell(0, 0), "DDEBF7")
    for r in t.cell(0, 0).paragraphs[0].runs:
        r.bold = True
    para(d, "")
    return t

# ------------------------------------------------------------------ 1
title("1. EXECUTIVE SUMMARY")
para(d, "1.1 Classroom Pioneers asked us to answer one question: what should the charity offer the "
        "growing number of its alumni who become SENCOs in the schools it serves, and how? Over ten "
        "weeks we surveyed 412 alumni, interviewed 18 headteachers, five local authority officers and "
        "two SENCO trainers, reviewed the national specification, and modelled three options.")
para(d, "1.2 Our answer is that the charity should run a Masters-level award with a university "
        "partner, built around a project in the participant's own school, with two start points a "
        "year and a weekend route for those who cannot be released in term time. We make fourteen "
        "recommendations (R1-R14). The charity has accepted ten in full or in part.")
para(d, "1.3 The award should have one measure of success above all others: that pupils with SEN "
        "and disabilities in alumni's schools make better progress and lead safer, healthier, more "
        "fulfilled school lives. Everything else (credit, numbers, the charity's profile) follows "
        "from that.")

# ------------------------------------------------------------------ 2
title("2. BACKGROUND: THE CHARITY AND ITS ALUMNI")
para(d, "2.1 Classroom Pioneers has placed 1,900 graduates in schools in challenging circumstances "
        "since 2003. Participants in its two-year initial programme train through a six-week Summer "
        "Institute, teach a reduced timetable in their first year and are supported by a "
        "school-based mentor whom the charity trains over two days and visits each term. That "
        "mentoring model is well regarded by schools; it is part of the initial programme, not of "
        "the SENCO award discussed here.")
para(d, "2.2 Of the 1,240 alumni still in teaching, 63 per cent remain in schools where more than "
        "30 per cent of pupils are eligible for free school meals. In those schools the proportion "
        "of pupils with SEN is well above the national average, and alumni move into leadership "
        "early: 138 alumni told us they already hold an SEN or inclusion responsibility.")
para(d, "2.3 From 2006 to 2007 the charity ran 'Inclusion Circles', termly peer groups for alumni "
        "with SEN roles, jointly with Brackley Borough's inclusion team. The groups ended in July "
        "2007 when the borough's funding stopped. Alumni valued them, and several of our interviewees "
        "asked for something like them to return.")

# ------------------------------------------------------------------ 3
title("3. WHAT STAKEHOLDERS TOLD US")
para(d, "3.1 The alumni survey ran for three weeks in April 2008 (412 responses, a 33 per cent "
        "response rate). Exhibit 1 shows what respondents with, or expecting, an SEN role wanted.")
exhibit(1, "What alumni with SEN roles want from training (n = 221, multiple answers)", [
    ["Need", "% selecting", "Rank"],
    ["Confidence with law and the Code of Practice", "78", "1"],
    ["Leading and managing teaching assistants", "71", "2"],
    ["Making the case to the head and governors", "66", "3"],
    ["Training that can be done without leaving school in term time", "58", "4"],
    ["Working with outside agencies", "54", "5"],
    ["Tracking progress of pupils working below national levels", "49", "6"],
    ["A recognised qualification", "47", "7"],
], widths=[10, 3, 2])
para(d, "3.2 Headteachers (18 interviews, all in schools employing alumni) were clear that a new "
        "SENCO's first need is to lead: to provision-map, to deploy TAs well and to change the "
        "practice of other teachers. Eleven said they could not release a teacher for more than five "
        "days in term time. Local authority officers in Brackley, Orton and Castlemere asked that "
        "participants learn how to use their authorities' services and panels, and two asked that "
        "the course not duplicate their own SENCO networks.")
exhibit(2, "Interview themes and what the charity changed as a result", [
    ["Stakeholder", "What they said", "What changed in the design"],
    ["Headteachers", "No more than five term-time days", "Taught days cut from eight to five; weekend route added (R4)"],
    ["Headteachers", "The SENCO must change colleagues' practice", "Module 3 built around leading colleagues; Assignment 3 is a whole-school project"],
    ["LA officers", "Know our services and panels", "Each cohort has a session led by officers from the host authority (R10)"],
    ["LA officers", "Do not duplicate our networks", "Participants attend their LA SENCO network; the award's Inclusion Project is shared there"],
    ["Alumni", "Bring back something like Inclusion Circles", "Peer learning sets of five, meeting between taught days"],
    ["Alumni", "A northern start", "Second start in January in Manchester (R3)"],
], widths=[3, 5.5, 7.5])

# ------------------------------------------------------------------ 4
title("4. OPTIONS WE CONSIDERED")
para(d, "4.1 We scored three options against six criteria agreed with the charity's senior team "
        "(Exhibit 3).")
exhibit(3, "Options appraisal (scores 1-5)", [
    ["Criterion", "A: accredited award with a university", "B: 30-credit online certificate", "C: buy places on LA courses"],
    ["Impact on pupils", "5", "3", "3"],
    ["Meets national specification", "5", "2", "3"],
    ["Access for alumni", "4", "5", "2"],
    ["Fit with charity's model", "5", "4", "1"],
    ["Cost per participant", "3", "5", "3"],
    ["Risk", "3", "3", "4"],
    ["Total", "25", "22", "16"],
], widths=[4, 4, 4, 4])
para(d, "4.2 Option B, a short certificate taught wholly online through weekly e-tivities with an "
        "online tutor, scored highly on access and cost but would not meet the national "
        "specification at 30 credits. Option C would leave the charity with no influence on quality. "
        "We recommend Option A, with elements of B (see R8).")

# ------------------------------------------------------------------ 5
title("5. THE COST MODEL")
para(d, "5.1 Exhibit 4 sets out the cost per participant for a cohort of 40 under Option A.")
t = exhibit(4, "Cost per participant, Option A, cohort of 40", [
    ["Item", "Per participant (GBP)"],
    ["University tuition (60 credits)", "1,150"],
    ["Taught days: venues and catering", "180"],
    ["Guest speakers and host authority sessions", "45"],
    ["Programme coordinator (0.5 FTE) and administration", "310"],
    ["Resource loan boxes and software licences", "40"],
    ["Total", "1,725"],
], widths=[10, 5])
comment(d, t.cell(1, 0).paragraphs[0], "Is 1,150 still right after the university's revised quote?",
        author="Tom Ashby (HK)", initials="TA")
para(d, "5.2 The charity will meet 60 per cent of the cost from its alumni fund; schools pay the "
        "remaining GBP 690, reduced to GBP 300 for schools in the bottom quintile of the local "
        "authority's funding per pupil. We compared the cost with the three nearest university "
        "SENCO courses (GBP 1,600-2,100 for comparable credit) and with the cost of the same "
        "teachers on LA courses without accreditation; Option A is within the range and offers the "
        "most contact with a tutor per pound. Because the Individual Learning Agreement (R5) lets "
        "participants skip taught sessions on outcomes they can already evidence, time out of "
        "school goes where it is needed.")

# ------------------------------------------------------------------ 6
title("6. RECOMMENDATIONS AND MANAGEMENT RESPONSE")
para(d, "6.1 Each recommendation below is followed by the charity's Management Response, agreed "
        "by the Programmes Committee of the Board of Trustees on 24 June 2008.")

rec("R1", "Partner with a university to offer an award of 60 credits at Masters level leading to "
          "the National Award for SEN Coordination.",
    "Accepted", "Aldermoor University School of Education will validate the Pioneers Inclusion Award "
    "as a Postgraduate Certificate of 60 credits at Masters level (three 20-credit modules). The "
    "validation event took place on 9 June 2008 and the university's Academic Board confirmed "
    "approval on 19 June 2008.")
rec("R2", "Build the award around a project in the participant's own school that starts from pupils' "
          "baseline data and measures change.",
    "Accepted", "Assignment 3, the Inclusion Project, requires each participant to take baseline "
    "measures for a group of pupils (attainment or progress, and at least one well-being measure "
    "such as attendance or a self-esteem scale), lead an intervention with colleagues for at least "
    "one term, and measure again. Projects must be agreed with the headteacher, so they change the "
    "school's practice and not only the participant's.")
rec("R3", "Offer two start points a year, in London and in the north.",
    "Accepted", "Cohort 1 starts in September 2008 in London; cohort 2 starts in January 2009 in "
    "Manchester. Modules 1 and 2 can be taken in either order, so participants who miss a module "
    "can join the next cohort for it.")
p = para(d, "")
tracked(p, "Cohort 3 will start in April 2009 in Birmingham.", "del", author="Programmes Committee",
        date="2008-06-24T15:00:00Z")
rec("R4", "Offer a weekend and twilight route alongside the day route.",
    "Accepted", "Each module is offered either as two weekday taught days plus a twilight, or as "
    "three Saturday sessions; participants choose the route when they enrol and can change at the "
    "end of any module.")
rec("R5", "Assess each participant's starting point against the national outcomes before the "
          "course and agree an individual plan.",
    "Accepted", "Every participant completes the Inclusion Audit, a self-assessment against each of "
    "the national outcomes with evidence, in the month before starting. Their tutor reviews it with "
    "them in a one-hour meeting and they agree an Individual Learning Agreement: priority outcomes, "
    "the elective tasks in each module that fit them, and any taught sessions they can omit because "
    "they can already evidence the outcome. The agreement is reviewed at the end of each module.")
rec("R6", "Allow experienced SENCOs to gain the award by assessment only.",
    "Accepted", "Candidates who have led SEN provision for at least two years may apply to the "
    "programme director for the assessment-only route. They submit the Inclusion Audit with "
    "evidence, a 6,000-word portfolio commentary mapped to the outcomes and the Inclusion Project "
    "report, and take a one-hour professional discussion with two tutors. The fee is GBP 650. We "
    "expect up to five candidates a year.")
rec("R7", "Recognise alumni's prior Masters-level study and their experience.",
    "Accepted in part", "Alumni who hold Masters-level credit from the last five years (including the "
    "30 credits many earned in our initial programme) may claim up to 20 credits against Module 2 "
    "under the university's accreditation of prior certificated learning regulations. The university "
    "does not accredit experiential learning for this award.")
rec("R8", "Deliver Modules 1 and 2 partly online, using Option B's e-tivity design, with an online "
          "tutor and a discussion board.",
    "Not accepted", "The university's platform could not support the design in time for 2008-09 and "
    "headteachers preferred face-to-face days. We will review this for 2010.")
rec("R9", "Secure placements for every participant in specialist settings (special schools, "
          "resource bases, pupil referral units).",
    "Accepted in part", "We will encourage participants to arrange visits to specialist settings where "
    "they can. Specialist expertise is brought into the taught days: an educational psychologist, a "
    "speech and language therapist from Castlemere PCT, a CAMHS primary mental health worker and "
    "the head of Oakfield Special School each teach one session a year.")
rec("R10", "Involve local authorities and schools in delivering the award.",
    "Accepted", "Officers from the host authority lead one session per cohort on local services, "
    "panels and funding; the Brackley Parent Partnership Service co-leads the Module 2 session on "
    "parents; two alumni headteachers take part in the Module 3 leadership day.")
rec("R11", "Involve stakeholders in evaluating the award.",
    "Accepted in part", "Headteachers of participants will be invited to the end-of-course "
    "celebration and asked to complete a short feedback form on the award's effect in their school. "
    "We will seek the views of local authorities on the award as it develops.")
rec("R12", "Close the award with a 'what next' session and a planning tool for each participant's "
           "next professional goals.",
    "Deferred", "We will consider this at the 2009-10 review, when we know more about what alumni go on "
    "to do.")
rec("R13", "Build a quality system the university and the charity both own.",
    "Accepted", "See Appendix 3, part D.")
rec("R14", "Measure the award's impact on participants and on pupils, not only satisfaction.",
    "Accepted", "Participants rate their confidence on each national outcome in the Inclusion Audit "
    "at the start and again at the end; every Inclusion Project reports baseline and follow-up pupil "
    "measures, which the programme coordinator collates each year into a summary of pupil outcomes "
    "across the cohort; and twelve months after completion we ask each headteacher to report on "
    "changes in SEN provision and pupil progress.")

# ------------------------------------------------------------------ 7
title("7. WHAT THE AWARD SHOULD BE ABOUT")
para(d, "7.1 Our interviews and the national specification agree on the content. Alumni need the "
        "law and policy (the SEN Code of Practice 2001, the Disability Discrimination Act as amended "
        "in 2005 and the disability equality duty, Every Child Matters, Removing Barriers to "
        "Achievement) and need to know what recent inspection and research evidence says works. The "
        "team recommends that the award draw on Ofsted's reports Special educational needs and "
        "disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are "
        "taught? (2006), the Bercow Review of services for children with speech, language and "
        "communication needs (interim report, March 2008) and the National Strategies' Inclusion "
        "Development Programme; the charity has built each into Appendix 3.")
para(d, "7.2 Pupils' voices should be at the heart of everything an alumnus SENCO does. Our alumni "
        "came into teaching to give young people a fair chance, and listening to them is where that "
        "starts.")
para(d, "7.3 Alumni told us they learn best from each other. The peer learning sets (Exhibit 2) "
        "meet for two hours between taught days, in a participant's school by rotation, and each "
        "member brings a problem from their own practice for the set to work on.")

# ------------------------------------------------------------------ Appendix 3
title("APPENDIX 3. THE PIONEERS INCLUSION AWARD AS IT NOW STANDS (WRITTEN BY CLASSROOM PIONEERS)")
para(d, "A. Shape of the award", bold=True)
table(d, [
    ["Module", "Content", "Assessment"],
    ["Module 1 Law, policy and the SENCO (20 credits)",
     "SEN Code of Practice; DDA and disability equality duty; Every Child Matters and the SENCO's role; "
     "Removing Barriers to Achievement; Ofsted 2004 and 2006 findings; SEN in the SEF; working with "
     "governors and the senior team on policy and budget",
     "Assignment 1: a 4,000-word review of the school's SEN policy and provision against law and "
     "guidance, with costed proposals to the governing body"],
    ["Module 2 Understanding and meeting needs (20 credits)",
     "Child development; BESD, SpLD including dyslexia, SLCN (with the Bercow Review), ASD, MLD; "
     "identification and assessment using professionals' reports; teaching approaches and ICT; "
     "working with parents and carers; pupil voice",
     "Assignment 2: a 4,000-word case study of two pupils, including a structured conversation "
     "with a parent and a plan reviewed with the class teacher"],
    ["Module 3 Leading provision (20 credits)",
     "Provision mapping; managing TAs; tracking with P scales and national test data; coaching and "
     "training colleagues; external agencies and voluntary organisations; evaluating provision",
     "Assignment 3: the Inclusion Project (5,000 words with evidence), including a training session "
     "for colleagues observed by the school mentor"],
], widths=[4, 7, 5])
para(d, "Taught days are held at Aldermoor University (London cohort) and at the Pioneers Northern "
        "Office, Manchester (January cohort). The award in 2008-09 is taught face to face "
        "throughout, with peer learning sets and tutor contact by telephone and email between "
        "days; no part of it is delivered online.")
para(d, "B. Entry and suitability", bold=True)
para(d, "Applicants must hold QTS, have taught for at least two years, and be SENCO or be named by "
        "their headteacher as the next SENCO. Each applicant is interviewed by the programme director "
        "and a university tutor, who look at the Inclusion Audit and the headteacher's reference; "
        "an applicant who is not yet ready is given written guidance on what to do first (usually "
        "a term shadowing the current SENCO and the LA's new-SENCO briefing) and the programme "
        "director discusses it with the headteacher.")
p = para(d, "The headteacher's nomination form must confirm that the applicant holds an enhanced CRB "
        "disclosure obtained for their current post, that the school has checked List 99, and that "
        "there are no current disciplinary proceedings or concerns about the applicant's conduct. "
        "Alumni who have not worked in a school in the last three months (for example those working "
        "for the charity) must obtain a new enhanced CRB disclosure through Classroom Pioneers "
        "before starting")
tracked(p, ", and we take up a reference from their most recent employer.", "ins",
        author="Programmes Committee", date="2008-06-24T15:00:00Z")
para(d, "C. Access", bold=True)
para(d, "The award will comply with Classroom Pioneers' Equality and Diversity Policy and with "
        "Aldermoor University's obligations under the Disability Discrimination Act.")
para(d, "D. Staff, resources and quality", bold=True)
table(d, [
    ["Name", "Role", "Background"],
    ["Dr Eleanor Marsh", "Programme director (Aldermoor)", "Former SENCO and LA SEN adviser; EdD on SENCO leadership; member of the university's Inclusion Research Centre"],
    ["Mr Kwame Osei", "Module 2 tutor", "Specialist teacher (SpLD), Diploma in Dyslexia; ran an LA ASD outreach team until 2007"],
    ["Ms Rachel Dunne", "Module 3 tutor", "Assistant head and SENCO of an outstanding secondary school; MA SEN"],
    ["Ms Priya Lal", "Programme coordinator (Classroom Pioneers)", "Alumna; administers the award, collates evaluation and impact data"],
], widths=[3.5, 4.5, 8])
para(d, "Tutors mark all assignments against the university's Masters-level criteria. Every fail "
        "and a 25 per cent sample of each assignment are second-marked, a moderation meeting agrees "
        "the marks, and the external examiner (Dr Simon Greaves, University of Kingsholm) reviews a "
        "sample and attends the examination board. The tutors' roles are set out in the "
        "university's module guides and each tutor attends a half-day briefing before each module. "
        "Each participant also has a mentor in school; the role of the school mentor is to be "
        "defined with the first schools.")
para(d, "Participants use the university library and its assistive technology suite (text-to-speech, "
        "Clicker 5, Widgit symbol software, screen magnification and an alternative keyboard set), "
        "and each peer learning set borrows a resource loan box of assessment materials and "
        "intervention programmes that tutors refresh each module.")
para(d, "The programme will be evaluated through session evaluation forms after each taught day, the "
        "external examiner's annual report, and an end-of-course participant survey.")
para(d, "E. Passing the award", bold=True)
para(d, "Participants who pass all three assignments with an overall mark of at least 50 per cent "
        "are awarded the Postgraduate Certificate and the National Award. A mark of 40-49 in one "
        "assignment can be compensated by the marks in the other two.")

para(d, "F. The national outcomes", bold=True)
para(d, "All 28 national outcomes are mapped to the modules and assignments below.")
rows = [["National outcome", "Where it is taught", "How it is assessed"]]
outs = [
    ("A. Professional attributes", None, None),
    ("Positive relationships with pupils with SEN and their parents", "Module 2", "Assignment 2"),
    ("Gaining the commitment of colleagues and senior leaders", "Module 3", "Assignment 3"),
    ("Anticipating and resolving problems; sound judgements", "Module 3", "Assignment 3"),
    ("Clear speech and writing; listening to others' views", "Throughout", "\u2014"),
    ("Drawing on research and external advice", "Modules 1-3", "Assignment 3"),
    ("Keeping up to date; own CPD", "Module 1", "Assignment 1 reflective section"),
    ("B. Knowledge and understanding", None, None),
    ("SEN law and the Code of Practice", "Module 1", "Assignment 1"),
    ("Every Child Matters and the SENCO's part", "Module 1", "Assignment 1"),
    ("Disability equality law", "Module 1", "Learning journal (not submitted)"),
    ("Child development and the effect of SEN and environment", "Module 2", "Assignment 2"),
    ("Main types of SEN and their effect on learning", "Module 2", "Assignment 2"),
    ("Approaches and resources, including ICT", "Module 2", "Assignment 2"),
    ("School self-evaluation for SEN", "To be confirmed", "To be confirmed"),
    ("Best practice and research", "Modules 1-3", "Assignment 3"),
    ("External agencies and specialist support", "Module 3", "Assignment 3"),
    ("C. Skills", None, None),
    ("Shaping an inclusive ethos and policy with leaders and governors", "Module 1", "Assignment 1"),
    ("Identifying, target-setting, planning and reviewing", "Module 2", "Assignment 2"),
    ("Using other professionals' assessments", "Module 2", "Assignment 2"),
    ("Summative data and national tests", "Module 3", "Assignment 3"),
    ("Encouraging formative assessment by colleagues", "Module 3", "Assignment 3"),
    ("Access arrangements for tests and examinations", "\u2014", "Assignment 2"),
    ("Provision mapping and gaps in provision", "Module 3", "Assignment 3"),
    ("Deploying and managing staff", "Module 3", "\u2014"),
    ("Supporting colleagues' professional development", "Module 3", "Assignment 3 (observed training session)"),
    ("Reviewing provision to inform self-evaluation", "Module 3", "Assignment 3"),
    ("Involving pupils in planning and reviewing provision", "Module 2", "\u2014"),
    ("Liaising with parents and carers", "Module 2", "Assignment 2"),
    ("Partnership with services and voluntary organisations", "Module 3", "Assignment 3"),
]
grp = []
for o in outs:
    if o[1] is None:
        grp.append(len(rows))
        rows.append([o[0], "", ""])
    else:
        rows.append(list(o))
t = table(d, rows, widths=[8, 4, 4])
for gi in grp:
    c = t.cell(gi, 0).merge(t.cell(gi, 2))
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    shade_cell(c, "E7E6E6")
    for r in c.paragraphs[0].runs:
        r.bold = True

p = para(d, "Harwood Kline's pro bono team: Tom Ashby, Leila Haddad, Ben Carver. Classroom Pioneers: "
            "Priya Lal, Dr Eleanor Marsh (for Aldermoor University).", italic=True, size=9)
comment(d, p, "Panel version: check Appendix 3 against the validated module guides before sending.",
        author="Priya Lal", initials="PL")

d.save(OUT)
print("wrote", OUT)
