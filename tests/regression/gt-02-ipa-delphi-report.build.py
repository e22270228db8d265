"""gt-02-ipa-delphi-report

Provider (invented): the Inclusion Practitioners' Association (IPA), a national
membership association for SENCOs, specialist teachers, teaching assistants and
other special needs practitioners, with three regional centres, applying with
Dunmarsh University (validating HEI, School of Education).

Document kind: a research report of a three-round Delphi consultation that the
Association and the University ran in 2008 to design the award, sent as the
application with a Part D added for the panel. Cover details table, a bordered
shaded note on the status of each part, a floating text box of key findings,
numbered heading-styled sections, a panel-composition table, four findings
tables of Delphi statements (D1-D23, codes that are not requirement ids) with
"% agree", "Consensus" and the Steering Group's "Decision" (Adopted / Adopted in
principle / Deferred / Not adopted), the programme as designed (Part C) in the
"we" voice with back-references to statements, Part D's outcome table with
merged shaded group rows, comments from the University co-author, a header and
a footer with a page field.

Traps (requirement ids):
- D17: 60 credits has no consensus; Part C says the University validates at
  Master's level but the credit value "will be fixed at validation" (E.2
  partially_met; E.1 met).
- Respondents' views are not arrangements: statements with consensus but a
  "Deferred" or "Adopted in principle" decision (D5 parents' practice, D7
  February start) are not provision (1.7 partially_met, 3.2 partially_met).
- D9 "Not adopted": tutors do not support participants online between study
  days; the forum is peer-moderated and questions wait for the next study day
  (3.3 partially_met).
- D11 adopted, but Part C gives only a general equality commitment and
  accessible venues (3.1 partially_met).
- D15 individual learning plans "Not adopted"; the self-audit only forms groups
  (2.2 partially_met). D13 Direct Assessment is adopted and described (2.3 met).
- D18 pupil impact only "where schools agree" and "we hope" to analyse later;
  confidence is measured (5.9 partially_met).
- D21 CRB checks by the provider "Not adopted: a matter for employers", and
  the only checks Part C mentions are on the Delphi panel's parent members
  (wrong context) (5.3 not_met).
- Method section's coding of free-text answers by two researchers is research
  reliability, not assessment moderation (5.8 met on Part C's own moderation).
- Part D: A2 and S2c assessed only in the formative reflective log (partial);
  K7 developed, no evidence entry (partial); S5 evidenced but not developed
  (partial); A6 "to be mapped" in both columns (not_met); no row for reviewing
  provision with staff for self-evaluation, only "School self-evaluation and the
  SEF" as Module 3 content (6.S6 partially_met). 6.0 is met by the
  sign-off rule (4.6) even though the table has gaps, which are scored per
  outcome; 1.9 partially_met because of them. A University comment says the
  gaps will be closed (comments are not evidence).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from _gt_helpers import shade, border_par, page_field, text_box, set_cell

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "IPA / Dunmarsh University - Designing the National Award with the profession - Research Report 08/3"
fp = sec.footer.paragraphs[0]
fp.add_run("Inclusion Practitioners' Association, Foundry House, Castleton Vale CV4 2RN - ")
page_field(fp, "page ")


def P(text="", bold=False, italic=False, style=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
    return p


def H(text, lvl=1):
    return doc.add_heading(text, level=lvl)


def table(headers, rows, widths=None, size=9):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True, size=size)
        shade(c, "D9E2F3")
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            set_cell(c, v, size=size)
    P("")
    return t


# ---------------------------------------------------------------- cover
P("Designing the National Award for SEN Coordination with the profession", bold=True).runs[0].font.size = Pt(16)
P("Report of a three-round Delphi consultation, and the programme it produced", italic=True)
table(["", ""], [
    ("Authors", "Colin Abaroa, Head of Professional Learning, Inclusion Practitioners' Association; Professor Lydia Ferrand and Dr Sunita Rao, School of Education, Dunmarsh University"),
    ("Report number", "IPA Research Report 08/3"),
    ("Date", "November 2008"),
    ("Status", "Parts A to C as published to members in IPA Research Reports; Part D added for the TDA panel"),
])
note = P("Note for the TDA panel. The Association and Dunmarsh University submit this report as their application for approval to provide the National Award. Part A explains how we consulted, Part B reports what the Delphi panel said and what our Steering Group decided about each statement, and Part C describes the programme as it now stands. Where Part B and Part C differ, Part C describes what we will do. Part D, added for the panel, shows where each national outcome is developed and evidenced.")
shade(note, "F2F2F2")
border_par(note)
kb = P()
text_box(kb, [
    ("Key findings", True),
    ("97 practitioners, parents and partners took part; 84 completed all three rounds.", False),
    ("Strongest agreement: practical tasks in the SENCO's own school (97%), a pre-course self-audit (92%), provision mapping (90%).", False),
    ("Weakest: a fixed order of modules (58%), providers doing their own CRB checks (62%), 60 credits (64%).", False),
    ("Of 23 statements, 15 were adopted, 2 adopted in principle, 2 deferred and 4 not adopted.", False),
], height_cm=4.2)

# ---------------------------------------------------------------- Part A
H("Part A  Why and how we consulted")
H("1  Background", 2)
P("From September 2009 every teacher newly appointed as SENCO in a maintained school must hold qualified teacher status and, under the Education (Special Educational Needs Coordinators) (England) Regulations 2008, must complete the National Award within three years. The Association has run a non-accredited SENCO induction course since 2003, attended by some 1,900 members. That course ended in July 2008, and its 'drop-in' structure, in which members could attend any three of twelve days in any order, did not survive the review that followed. We wanted the replacement to be designed with the people who would take it, lead it in schools and live with its effects, rather than by a small working group.")
P("A Delphi study gathers the considered judgements of a panel over several rounds, feeding back the group's ratings each time so that members can reconsider. It suited our purpose because our members are dispersed across England, because we wanted parents and voluntary organisations to have the same weight as professionals, and because it shows clearly where there is agreement and where there is not.")
H("2  The panel and the rounds", 2)
P("The Steering Group (two Association officers, two University staff, a headteacher and a parent) invited 106 people in seven groups. Table 1 shows who took part.")
P("Table 1  Panel membership and response by round", bold=True)
table(["Group", "Invited", "Round 1", "Round 2", "Round 3"], [
    ("Serving SENCOs (primary, secondary, special)", "40", "34", "31", "29"),
    ("Headteachers", "12", "10", "9", "9"),
    ("Local authority SEN officers (8 authorities)", "10", "9", "9", "8"),
    ("Educational psychologists and therapists", "8", "7", "6", "6"),
    ("Parents and carers (through two parent partnership services and the IPA Parents' Panel)", "10", "9", "8", "7"),
    ("Voluntary organisations (three national charities)", "6", "6", "5", "5"),
    ("Former participants on the IPA induction course", "20", "22*", "19", "20"),
    ("Total", "106", "97", "87", "84"),
])
P("* Two former participants joined in Round 1 at a colleague's suggestion.", italic=True)
P("Round 1 (April 2008) asked open questions: what a new SENCO most needs to learn, what gets in the way of study, how the course should be assessed and how schools and families should be involved. Two researchers coded the 1,240 free-text answers independently and reconciled their codes, producing 23 statements. In Round 2 (June) and Round 3 (September) panel members rated each statement from 1 (strongly disagree) to 5 (strongly agree), seeing the group's distribution and a sample of comments from Round 2 onwards. We set consensus in advance as 75 per cent or more rating 4 or 5 in Round 3.")
P("Parent members of the panel who attended the July meeting at a school were asked to show an enhanced CRB disclosure, or were accompanied throughout, under the host school's visitor policy.")
P("The Steering Group then decided on each statement. Consensus did not bind it: it weighed the panel's view against the national specification, cost and what the University could validate. Its decisions are in the right-hand column of Tables 2 to 5.")

# ---------------------------------------------------------------- Part B
H("Part B  What the panel said and what we decided")
P("Percentages are Round 3 ratings of 4 or 5.", italic=True)
hdr = ["No.", "Statement", "% agree", "Consensus", "Decision"]
P("Table 2  Purpose and content", bold=True)
table(hdr, [
    ("D1", "The course should be judged by what changes for pupils, across all five Every Child Matters outcomes, not only attainment.", "94", "Yes", "Adopted"),
    ("D2", "Most of the learning should happen through tasks in the SENCO's own school.", "97", "Yes", "Adopted"),
    ("D3", "Content should be built on current research and inspection evidence, and updated each year.", "86", "Yes", "Adopted"),
    ("D4", "SENCOs should learn how to consult pupils, including those with communication difficulties.", "81", "Yes", "Adopted"),
    ("D5", "SENCOs should practise working with parents, for example by leading a review meeting observed by a tutor or mentor.", "79", "Yes", "Adopted in principle; arrangements to follow in 2010"),
    ("D6", "Provision mapping and the use of data should be taught and assessed.", "90", "Yes", "Adopted"),
])
P("Table 3  Access and flexibility", bold=True)
table(hdr, [
    ("D7", "There should be a second start each year, in February.", "82", "Yes", "Deferred to 2010, subject to numbers"),
    ("D8", "Some of the course should be studied online.", "88", "Yes", "Adopted"),
    ("D9", "Tutors should be available online between study days.", "76", "Yes", "Not adopted (cost)"),
    ("D10", "Modules should be taken in a fixed order.", "58", "No", "Not adopted"),
    ("D11", "The course should make reasonable adjustments for disabled SENCOs.", "91", "Yes", "Adopted"),
])
P("Table 4  Individual routes", bold=True)
table(hdr, [
    ("D12", "Previous study and experience should count towards the Award.", "84", "Yes", "Adopted"),
    ("D13", "Experienced SENCOs should be able to gain the Award by assessment alone.", "78", "Yes", "Adopted"),
    ("D14", "Everyone should complete a self-audit against the outcomes before starting.", "92", "Yes", "Adopted"),
    ("D15", "Each participant should have an individual learning plan agreed with a tutor.", "69", "No", "Not adopted"),
    ("D16", "The course should end with a plan for the SENCO's next steps, agreed with the head.", "80", "Yes", "Adopted"),
])
P("Table 5  Assessment, quality and partners", bold=True)
table(hdr, [
    ("D17", "The Award should carry 60 credits at Master's level.", "64", "No", "Referred to the University"),
    ("D18", "Participants should measure pupils' progress before and after their project.", "71", "No", "Adopted in part"),
    ("D19", "No one should gain the Award without evidence for every national outcome.", "85", "Yes", "Adopted"),
    ("D20", "Headteachers, local authorities and parents should sit on the course committee.", "88", "Yes", "Adopted"),
    ("D21", "The provider should check each participant's CRB disclosure itself.", "62", "No", "Not adopted: a matter for employers"),
    ("D22", "Participants should visit a contrasting setting.", "83", "Yes", "Adopted"),
    ("D23", "Marking should be moderated and checked by an external examiner.", "90", "Yes", "Adopted"),
])
H("3  Themes in the comments", 2)
P("SENCOs' comments were dominated by time. \"Release is the problem, not the content\" was typical, and many asked for study they could do at home in the evening. Headteachers wanted the course to help SENCOs work with senior leaders and governors; several said their SENCO was \"managing paperwork, not leading learning\". Local authority officers stressed the 2008 Regulations and provision mapping. Parents asked for SENCOs who explain, listen and keep in touch between reviews; one wrote that she had \"met the SENCO twice in four years\". The voluntary organisations asked that their services be known about and used. Former participants of our induction course said the old course had been \"good on law, thin on leading people\".")
P("Disagreement was sharpest on credit. Some SENCOs feared a 60-credit Master's course would put colleagues off; others wanted credit towards an MA. Opinion on a fixed order of modules split similarly, and headteachers were less keen than SENCOs on providers checking CRB disclosures, which they saw as their own responsibility.")

# ---------------------------------------------------------------- Part C
H("Part C  The programme as designed")
H("4.1  The Award and its validation", 2)
P("The Award will be a Postgraduate Certificate of Dunmarsh University, validated at Master's level by the University's School of Education under its collaborative provision procedures, with the Association as delivery partner. The credit value (40 or 60 credits) will be fixed at validation in March 2009 in the light of D17. Credit may count towards the University's MA in Special and Inclusive Education.")
H("4.2  What the programme is for", 2)
P("Following D1, the programme's aim is better outcomes for children and young people with SEN and/or disabilities in participants' schools: their progress in learning and their health, safety, enjoyment, contribution and economic well-being. Each module's learning outcomes begin with an outcome for pupils, and each assignment asks what changed, or will change, for the pupils concerned. The programme prepares SENCOs to lead teaching and learning for these pupils across the school.")
H("4.3  Structure and content", 2)
P("There are three modules, each with study days at one of the Association's regional centres (Norbury, Castleton Vale and Sarnfield) and directed online study on IPA Online:")
for t_, d in [
    ("Module 1  The SENCO in the school (study days 1-3).", "The law and guidance: the SEN Code of Practice, the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, Every Child Matters and the 2008 SENCO Regulations; the SENCO's strategic role with senior leaders and governors; working with families; pupil voice. On day 3 participants plan a consultation with a small group of pupils, including at least one with communication difficulties, using approaches such as talking mats; they run it in school and write it up in Assignment 1 (D4). Day 3 also includes a session on working with parents led by a parent partnership officer; the observed review meeting in D5 is not part of the 2009 programme."),
    ("Module 2  Understanding and meeting needs (study days 4-6).", "Child development and the effects of disability and environment; the main areas of need (BESD, specific learning difficulties including dyslexia, speech, language and communication needs after the Bercow Review, autism and MLD); assessment by other professionals; tracking with summative data and national tests; access arrangements for tests and examinations; provision mapping (D6); ICT and assistive technology; external agencies and voluntary organisations. A half-day visit to a contrasting setting (D22) falls in this module."),
    ("Module 3  Leading change for pupils (study days 7-8).", "School self-evaluation and the SEF; deploying and managing teaching assistants; coaching colleagues and leading training; formative assessment with colleagues; planning time and delegating; the impact project."),
]:
    p = P()
    p.add_run(t_ + " ").bold = True
    p.add_run(d)
P("Following D3, each module's reading list is revised every summer by the module leader. For 2009 it draws on Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008), the Lamb Inquiry's emerging evidence, the Inclusion Development Programme and recent studies of the SENCO role published in the Association's own journal.")
P("Following D2, every module has a school-based task linked to its outcomes, and Module 3 centres on an impact project in the participant's own school, planned with the headteacher, which must change practice beyond the participant's own classroom.")
H("4.4  Entry, prior learning and individual routes", 2)
P("Applicants must hold QTS, be in post as SENCO or about to be, and be nominated by their headteacher, who agrees to release them for eight study days and to name a school mentor. Applications are read by two tutors against published entry criteria (recent teaching of pupils with SEN, working knowledge of the Code of Practice, access to school data). Where an applicant is not yet ready, the programme leader writes to the applicant and to the headteacher setting out what to do first, usually the Association's Foundations short course or a term's shadowing of an experienced SENCO, and offers a place on a later cohort.")
P("Before the first study day everyone completes the IPA Self-Audit (D14), rating themselves against each national outcome and giving evidence. We use the audits to form study groups of participants with similar strengths, and to decide which sessions at each centre need more time. Individual learning plans (D15) were not adopted: the Steering Group judged that the audit and group tutorials would serve most participants.")
P("Prior learning (D12). Up to 20 credits of certificated study at Master's level may be counted towards Module 1 or 2. Experience can also be accredited: a participant may submit a claim, with evidence, against the outcomes of Module 1, which is assessed by two tutors in the same way as the assignment.")
P("Direct Assessment (D13). In exceptional cases a SENCO with at least three years' successful experience may ask to be assessed without attending. After an interview with the programme leader, they submit the three assignments and the Outcome Portfolio, and have a viva with two tutors; the same criteria and sign-off apply. The fee is £480.")
P("The fee for the taught programme is £1,200, which most local authorities meet from their TDA allocation. Study groups based on the self-audit mean that time at study days goes where the group needs it, and participants can take up to two years, moving to the next cohort if their circumstances change.")
H("4.5  Flexibility and access", 2)
P("All participants follow one pattern: eight study days at their regional centre between September and June, with online study between them, part-time. There is one start each year, in September; a February start (D7) will be considered for 2010. Modules are taken in order. A participant may interrupt for up to a year and rejoin the next cohort.")
P("IPA Online holds all materials, recorded lectures and assignment briefs, and has a discussion forum for each regional group, moderated by a former participant. Tutors do not monitor the forum. Between study days participants' questions go to the IPA office by e-mail and are passed to tutors, who answer them at the next study day.")
P("The Association is committed to equality of opportunity and to the full participation of disabled members in all its activities. All three regional centres are accessible to wheelchair users.")
c1 = doc.paragraphs[-1]
doc.add_comment(c1.runs, text="LF: we need to say more here - the University's disability service procedures? Colin to draft.", author="Lydia Ferrand", initials="LF")
H("4.6  Assessment and the Award", 2)
P("There are three assignments: Assignment 1, a review of the school's SEN policy and a pupil consultation (4,000 words); Assignment 2, a case study of a pupil with a provision map (4,000 words); Assignment 3, a report of the impact project (4,000 words) with a presentation at study day 8. Alongside them each participant keeps a reflective log, which tutors read and comment on at each study day but which is formative and not part of the sign-off, and builds an Outcome Portfolio.")
P("Following D19, the Award is conferred only when the participant has passed all three assignments and the Assessment Board has confirmed, from the Outcome Portfolio and the assignments, that there is tutor-verified evidence for every national outcome. A participant without such evidence for any outcome is referred and may add to the portfolio once.")
P("Following D23, every assignment is marked by the module tutor and a sample of one in four, with all fails, is second-marked by a tutor from another centre. Tutors meet to moderate after each deadline, and the University appoints an external examiner who samples work from each centre and attends the Assessment Board.")
H("4.7  Partners, specialists and visits", 2)
P("Each regional centre has a list of host settings (special schools, resourced provisions and a pupil referral unit) that have agreed to receive participants for the half-day visit in Module 2; the centre coordinator matches each participant to a setting that contrasts with their own and briefs the host. Sessions are led with educational psychologists, speech and language therapists and parent partnership officers from the centres' local authorities, and with staff of the three charities that took part in the Delphi panel.")
P("Following D20, the Course Committee includes two headteachers, two local authority SEN officers, a parent nominated by the IPA Parents' Panel and a former participant, alongside tutors and University staff. It meets each term and receives the evaluation evidence described in 4.9. Headteachers and local authority officers also join the audience for the impact project presentations, and former participants act as school mentors where they work near a new participant.")
H("4.8  Staff, mentors and resources", 2)
P("Module tutors are experienced SENCOs, specialist teachers and advisers; all hold a Master's degree in special or inclusive education or a related field, and two hold doctorates. Each has at least five years' SEN experience in schools or services in the last ten, and keeps up to date through the Association's research seminars and two days a year of their own development.")
P("New tutors attend a two-day induction on the Tutor Handbook, which sets out the roles of module tutors, centre coordinators and school mentors and the assessment criteria, and mark alongside an experienced tutor in their first year. School mentors, nominated by the headteacher, attend a half-day mentor briefing at their regional centre in the first term and receive the Mentor Guide; the centre coordinator telephones each mentor once a term.")
P("Participants use the University library, including e-journals, and the Association's library of assessment materials and books. Each centre has an assistive technology set (text-to-speech and speech recognition software, visual timetabling and communication aids) used on the Module 2 ICT day and available for loan.")
H("4.9  Quality and evaluation", 2)
P("Evidence for evaluation comes from participants' evaluations of each study day and module; the self-audit repeated at the end of the programme, which shows the change in participants' confidence on each outcome; a questionnaire to headteachers a term after completion; the external examiner's report; the University's annual monitoring; and peer observation of tutors. The Course Committee considers this each term and agrees changes to recruitment, the self-audit, content, school-based tasks and assessment, which are recorded in an action log that the University reviews annually.")
P("On pupils' outcomes (D18), participants record baseline and end measures for the pupils in their impact project where their school agrees to share the data. We hope in time to analyse these across cohorts.")
H("4.10  After the Award", 2)
P("Following D16, the last study day ends with a session on next steps. Each participant drafts a Next Steps Plan using the Association's planning template, identifying two or three professional targets, and takes it to a meeting with the headteacher; the mentor signs to confirm that the meeting took place. Participants are also told about the MA route and the Association's specialist courses.")
H("5  What changed because of the panel", 2)
P("The panel changed the programme in ways we had not planned. The draft we took to Round 1 had no online study, no visit to another setting and no assessment-only route; all three are now in the design (D8, D22, D13). Parents' comments led to the day 3 session being led by a parent partnership officer and to a parent place on the Course Committee. The headteachers' concern about leadership produced Module 3. We will repeat a shorter Delphi round with each cohort's participants and their headteachers to review the programme in its second year.")

# ---------------------------------------------------------------- Part D (landscape)
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
H("Part D  The national outcomes: where they are developed and evidenced (for the panel)")
P("Evidence in the last column counts towards the Assessment Board's sign-off (4.6).", italic=True)
rows = [
    ("G", "Attributes"),
    ("Respectful, supportive relationships with pupils and their families", "Module 1, day 3", "Assignment 1; Outcome Portfolio"),
    ("Gaining the commitment of colleagues and senior leaders", "Module 3, day 7", "Reflective log (formative; not part of sign-off)"),
    ("Prioritising, managing time and delegating", "Module 3, day 8", "Outcome Portfolio (mentor statement)"),
    ("Anticipating and solving problems; sound judgements on provision", "Module 2, day 5", "Assignment 2"),
    ("Clear speaking and writing; listening to others", "All modules", "Assignment 3 presentation; all assignments"),
    ("Drawing on research and outside advice", "to be mapped", "to be mapped"),
    ("Keeping up to date; own professional development", "Module 3, day 8; research seminars", "Outcome Portfolio (Next Steps Plan)"),
    ("G", "Knowledge and understanding"),
    ("SEN law and guidance, the Code of Practice and its implications", "Module 1, day 1", "Assignment 1"),
    ("Every Child Matters and the SENCO's part", "Module 1, day 1", "Assignment 1"),
    ("Disability equality law and the action it requires", "Module 1, day 2", "Assignment 1"),
    ("Child development and factors affecting it", "Module 2, day 4", "Assignment 2"),
    ("Common types of SEN (BESD, SpLD/dyslexia, SLCN, ASD, MLD)", "Module 2, days 4-5", "Assignment 2"),
    ("Approaches, strategies and resources, including ICT", "Module 2, day 6", "Assignment 2"),
    ("School self-evaluation and improvement for pupils with SEN", "Module 3, day 7", "-"),
    ("Best practice and research", "All modules", "Assignments 1 and 3"),
    ("External agencies and specialist support", "Module 2, day 5", "Assignment 2"),
    ("G", "Skills"),
    ("Influencing inclusive ethos, policy and resources with leaders and governors", "Module 1, day 2; Module 3", "Assignment 1 (policy review)"),
    ("Identifying needs, setting targets, planning and reviewing interventions", "Module 2, day 4", "Assignment 2"),
    ("   using other professionals' assessments", "Module 2, day 5", "Assignment 2"),
    ("   using summative data and national tests to track progress", "Module 2, day 6", "Assignment 2"),
    ("   helping colleagues develop formative assessment", "Module 3, day 8", "Reflective log (formative; not part of sign-off)"),
    ("   special arrangements for tests and examinations", "Module 2, day 6", "Outcome Portfolio (access arrangements record)"),
    ("Provision mapping; spotting ineffective or missing provision", "Module 2, day 6", "Assignment 2 (provision map)"),
    ("Deploying and managing staff", "Module 3, day 7", "Assignment 3"),
    ("Supporting colleagues' professional development", "-", "Outcome Portfolio (observed training session)"),
    ("Involving pupils in planning and reviewing their provision", "Module 1, day 3", "Assignment 1 (pupil consultation)"),
    ("Liaising with parents and carers", "Module 1, day 3", "Assignment 2"),
    ("Partnership with other services and voluntary organisations", "Module 2, day 5", "Assignment 2"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Outcome (IPA wording)", "Developed in", "Evidence for sign-off")):
    set_cell(c, h, bold=True, size=9)
    shade(c, "D9E2F3")
for r in rows:
    cells = t.add_row().cells
    if r[0] == "G":
        m = cells[0].merge(cells[2])
        set_cell(m, r[1], bold=True, size=9)
        shade(m, "EDEDED")
    else:
        for c, v in zip(cells, r):
            set_cell(c, v, size=9)
last = t.rows[-1].cells[0].paragraphs[0]
doc.add_comment(last.runs, text="SR: the gaps in this table will be closed before validation in March.", author="Sunita Rao", initials="SR")

doc.save(str(OUT))
print("wrote", OUT)
