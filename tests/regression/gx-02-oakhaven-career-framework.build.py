"""gx-02-oakhaven-career-framework: build script.

Provider (invented): Oakhaven Schools Ltd, a private company running five
independent special schools (autism, speech, language and communication needs)
in Somerset, Devon and Dorset, applying with Brindle University (Faculty of
Education), which will validate the award. November 2008.

Document kind: the company's Teacher Career Framework, Stage 4 "Leading SEN
Coordination", as issued to its teachers by the People and Development team
(written to "you", the teacher, in the company's HR voice), sent whole with a
boxed one-cell note to the panel. The award (the "Oakhaven Certificate in SEN
Coordination") is the learning route into Stage 4.

Layout: no Word heading styles; custom paragraph styles "Stage Title" and
"Band Heading"; typed bullets ("\u2022" and tabs); a stage ladder table; a
competency table with four columns (Developing / Established / Leading /
Evidence you might show) and merged shaded band rows; a "Gateway" section with
typed clause numbers (G1-G6); a two-column "What you can expect from us / What
we ask of you" table; the year calendar with merged term cells; a staff table;
an indicator table L4.1-L4.28 (28 rows, one national outcome missing) mapping the company's indicators to "How you
build it" and "How it is recognised for the Award" with merged group rows; a
blank self-rating sheet; header and footer with a page field; tracked changes
by the HR director; two comments.

Traps (requirement ids):
- "Recognition route" lets experienced SENCOs be placed at Stage 4 for pay
  without the course; the Award itself has no assessment-only route (2.3
  not_met; wrong-context).
- Credit value "to be settled at validation", 40 to 60 credits (E.2 partial).
- Equal opportunities employer statement and "the University's policies
  apply": no arrangement for disabled participants (3.1 partial; generic).
- One September start, units in a fixed order; Unit 2 online; a tracked
  insertion says an April start "is planned for 2010" (3.2 partial;
  aspiration).
- Unit 2 online: recorded lectures; questions wait for the next study day; no
  peer or between-session support (3.3 partial).
- Stakeholder influence stated generally (4.2 partial); stakeholder
  involvement in evaluation only intended (4.3 not_met; aspiration).
- Evaluation internal only, with "the University's processes" (5.1 partial).
- CRB: re-checks cover Oakhaven staff; the external places (partner
  schools' teachers) have no check (5.3 partial; wrong-context).
- Coaches (line managers) "will be briefed" (5.7 partial).
- Pupil impact only hoped for; confidence survey is concrete (5.9 partial).
- Award on an average of 50% with compensation between units (6.0 partial).
- Indicator table: A2 "observed by your coach" only (partial); A7 "recognised
  through appraisal, not for the Award" (partial); K7 content only (partial);
  S2b coach's formative feedback (partial); no indicator for partnership with
  agencies and voluntary organisations (6.S9 not_met); 1.9 partial.
- A deleted tracked sentence promised a parents' panel (supports 4.3 not_met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _gx_helpers import (shade, shade_para, ins_run, del_run, deleted_paragraph, inserted_paragraph,
                         add_field, set_cell, table, landscape_section)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
HRD = "Claire Vosper"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
s1 = doc.styles.add_style("Stage Title", WD_STYLE_TYPE.PARAGRAPH); s1.base_style = st
s1.font.size = Pt(15); s1.font.bold = True; s1.font.color.rgb = RGBColor(0x1F, 0x5C, 0x4A)
s2 = doc.styles.add_style("Band Heading", WD_STYLE_TYPE.PARAGRAPH); s2.base_style = st
s2.font.size = Pt(11.5); s2.font.bold = True; s2.font.color.rgb = RGBColor(0x1F, 0x5C, 0x4A)
s2.paragraph_format.space_before = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Oakhaven Schools Ltd  \u2013  People and Development  \u2013  Teacher Career Framework 2008-09"
fp = sec.footer.paragraphs[0]; fp.add_run("Stage 4: Leading SEN Coordination   |   page "); add_field(fp, "PAGE")

T = lambda t: doc.add_paragraph(t, style="Stage Title")
B = lambda t: doc.add_paragraph(t, style="Band Heading")
def P(t, lead=None):
    p = doc.add_paragraph()
    if lead: p.add_run(lead).bold = True
    p.add_run(t); return p
def BUL(t):
    p = doc.add_paragraph("\u2022\t" + t); p.paragraph_format.left_indent = Cm(0.8); p.paragraph_format.first_line_indent = Cm(-0.5); return p

# covering note in a one-cell boxed table
note = doc.add_table(rows=1, cols=1); note.style = "Table Grid"; c = note.cell(0, 0); shade(c, "FFF5E0")
set_cell(c, "For the TDA approval panel", bold=True)
c.add_paragraph("This is Stage 4 of our Teacher Career Framework exactly as our teachers receive it. The learning route into Stage 4 is the programme we are asking you to approve, the Oakhaven Certificate in SEN Coordination, validated by Brindle University. Parts 5 to 8 describe the programme; the indicator table in Part 9 shows how the national outcomes are built and recognised. Contact: Claire Vosper, Director of People and Development, or Dr Mark Tennant, Brindle University.")
doc.add_paragraph()

T("Teacher Career Framework\nStage 4: Leading SEN Coordination")
P("Oakhaven Schools Ltd runs five independent special schools for 310 children and young people aged 4 to 19 with autism and speech, language and communication needs: Oakhaven Combe (Taunton), Oakhaven Barton (Exeter), Teign Lodge (Newton Abbot), Hollowmere (Dorchester) and Oakhaven Upper School (Bridgwater). Our pupils are placed by fourteen local authorities. Our Career Framework sets out five stages for teachers, from newly qualified teacher to school leadership, and what each stage asks of you, what we provide and how you move on.")

B("Part 1. Where Stage 4 sits")
t = table(doc, [["Stage", "Title", "Typical role", "Learning route"],
                ["1", "Starting out", "NQT and second-year teacher", "Induction programme"],
                ["2", "Class teacher", "Class or subject teacher", "Oakhaven Teaching Essentials"],
                ["3", "Specialist practitioner", "Lead for autism, communication or behaviour in a school", "Specialist modules (Brindle University, 20 credits each)"],
                ["4", "Leading SEN Coordination", "School SENCO; assistant SENCO across two schools", "Oakhaven Certificate in SEN Coordination"],
                ["5", "School leadership", "Deputy head; head of school", "NPQH with the National College"]], size=9)
P("Each stage has a pay range on the Oakhaven teachers' scale. Moving from Stage 3 to Stage 4 carries a management allowance.")

B("Part 2. What a Stage 4 teacher does")
P("At Stage 4 you lead provision for pupils with special educational needs across your school, whether as its SENCO or as one of our cross-school assistant SENCOs. In an Oakhaven school every pupil has a statement of SEN, so the SENCO role is about the quality of provision for every pupil: statements and annual reviews, the school's provision map, the work of our therapists alongside teachers, transition in and out, and the wellbeing of pupils in all five Every Child Matters outcomes. The framework is deliberately built around what pupils gain. Our own measure of a good SENCO is that pupils in their school make more progress, are safer and happier, and leave better prepared for adult life.")
P("Teachers from our six partner mainstream schools take Stage 4's learning route too (Part 5), and the framework is written to suit their role as well: leading provision for pupils with SEN in a mainstream school, where most pupils with SEN do not have a statement.")

B("Part 3. The Stage 4 competencies")
P("The competencies describe growth in three bands. You are not expected to be at 'Leading' on everything when you reach Stage 4. The last column gives examples of what you might show at your appraisal.")
rows = [["Competency", "Developing", "Established", "Leading", "Evidence you might show"]]
bands = [("Band A. Knowing the law and the child", [
    ("A1 Statutory framework", "Knows the SEN Code of Practice (2001) and the stages of the graduated response", "Applies the Code, the DDA and the school's duties in day-to-day decisions", "Advises senior leaders on compliance and change (SEN and Disability Act 2001, DDA 2005)", "Annual review paperwork; policy review"),
    ("A2 Understanding needs", "Knows the main types of SEN and their effect on learning", "Uses assessment and professionals' reports to plan", "Guides colleagues on complex and unusual needs", "Case notes; provision map")]),
   ("Band B. Leading provision", [
    ("B1 Provision management", "Keeps the provision map up to date", "Uses it to find gaps and ineffective provision", "Uses provision and outcome data to shape the school's priorities", "Provision map; SEF contribution"),
    ("B2 Leading people", "Organises TA timetables", "Deploys and develops teaching assistants and therapists' assistants", "Coaches teachers and leads training", "Coaching log; training evaluations")]),
   ("Band C. Working with others", [
    ("C1 Children and young people", "Gathers pupils' views for reviews", "Involves pupils in setting and reviewing targets", "Leads the school's approach to pupil participation", "Pupil-led review records"),
    ("C2 Families", "Keeps parents informed", "Works with parents as partners in reviews and planning", "Leads the school's work with families", "Parent feedback"),
    ("C3 Other professionals", "Knows the agencies involved with pupils", "Coordinates multi-agency work for individual pupils", "Builds partnerships with services and voluntary bodies", "Multi-agency meeting notes")])]
t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
for j, v in enumerate(rows[0]): set_cell(t.cell(0, j), v, bold=True, size=8.5); shade(t.cell(0, j), "CFE3DA")
for bname, items in bands:
    r_ = t.add_row(); m = r_.cells[0].merge(r_.cells[4]); set_cell(m, bname, bold=True, size=8.5); shade(m, "EEF5F1")
    for it in items:
        r_ = t.add_row()
        for j, v in enumerate(it): set_cell(r_.cells[j], v, size=8.5)
doc.add_paragraph()

B("Part 4. The Stage 4 Gateway")
P("G1  To move to Stage 4 you need the Oakhaven Certificate in SEN Coordination (or the national SENCO award from another approved provider) and a Stage 4 post.")
P("G2  Before you start the Certificate, your head of school confirms that you hold QTS, have at least two years' teaching experience, hold or are about to take up a SENCO or assistant SENCO role, and will be released for the study days. You also meet the programme leader, who talks through a piece of your recent work on provision for a pupil to judge whether the Certificate is right for you now. If it is not, you agree with your head and the programme leader a plan to get ready (usually a Stage 3 specialist module first), and you can apply again the following year.")
P("G3  Recognition route. Teachers who have already led SEN coordination successfully for three years or more, in an Oakhaven school or elsewhere, can ask to be placed at Stage 4 on the pay scale without taking the Certificate. The head of school and the Director of Education decide on the basis of a portfolio and an interview.")
P("G4  The Certificate itself is awarded by Brindle University only to participants who complete the taught programme and its assessments (Part 7).")
P("G5  Enhanced CRB disclosures for all Oakhaven staff are renewed every three years by People and Development, whatever their stage, and recorded on the single central record. A teacher whose disclosure has lapsed cannot start a programme until it is renewed.")
P("G6  If you move to a Stage 4 post after the Certificate, your appraisal objectives for the first year are set from your final learning review (Part 8).")

B("Part 5. The learning route: the Oakhaven Certificate in SEN Coordination")
P("The Certificate is a postgraduate programme at level 7 (masters level) validated by Brindle University's Faculty of Education, which awards it. The University has approved the outline; the validation event is on 12 March 2009, when the credit value (between 40 and 60 credits) will be settled. Credit counts towards Brindle's MA in Special and Inclusive Education.")
P("It is open to Oakhaven teachers and to up to six teachers a year from our partner mainstream schools (in Taunton, Exeter and Bridgwater), who pay the University fee only. For Oakhaven teachers the company pays the fees and cover. Teaching is done by Oakhaven staff and University tutors together, at Oakhaven Combe, which keeps costs low enough for a group of 16 to 20 to run every year.")
P(lead="Why we built it. ", t="In spring 2008 we surveyed all 84 of our teachers and the heads of our partner schools about what new SENCOs found hardest (72 replies), and asked the four authorities that place most pupils with us what they wanted from SENCOs at annual reviews. The answers were consistent: running reviews that pupils and parents can take part in, using therapists' and psychologists' reports in teaching, and managing teaching assistants. These are the three longest strands of the programme. The framework and the programme were shaped by consultation with our staff, our partner schools and the University.")
dp = deleted_paragraph(doc, "A panel of parents from each school will meet each year to review the programme with us and tell us what difference it has made for their children.", HRD)
_r = doc.paragraphs[-2].runs[-1]
doc.add_comment(_r, text="Parents' panel paragraph removed for now - we can't resource it this year. Revisit for 2010.", author=HRD, initials="CV")

B("How the programme is built")
table(doc, [["Unit", "Title", "Mode", "Assessment"],
            ["1", "The SENCO's role, law and policy", "Four study days, Sept-Nov", "Assignment 1: 4,000-word review of your school's SEN policy and practice against the Code of Practice, disability legislation and Every Child Matters"],
            ["2", "Understanding and assessing needs", "Online (Oakhaven Online), Dec-Feb, with one study day", "Assignment 2: a case study of provision for two pupils, using assessment data and other professionals' reports, with a plan for the next term"],
            ["3", "Leading provision and people", "Four study days, Mar-June, and a school-based project", "Assignment 3: a project to improve one aspect of SEN provision in your school, with a report and a 20-minute presentation and discussion with two tutors"]], size=8.5)
P("Reading for each unit is revised each summer by the programme team and the University. In 2008-09 it draws on the Lamb Inquiry's remit and early evidence, the Bercow Review's interim report (2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006), the DCSF's guidance on provision mapping and recent research on the deployment of teaching assistants. Alongside the units you keep a Practice Record: your coach's observation notes, your reflective journal and evidence from school.")
P("Everyone starts in September and takes the units in order; the programme lasts one academic year. Unit 2 is studied online so that you need less time out of school in the busiest term.", )
ins_run(doc.paragraphs[-1], " A second start in April is planned for 2010.", HRD)
P(lead="Unit 2 online. ", t="Unit 2's eight sessions are recorded lectures with readings and short activities on Oakhaven Online, our staff intranet. You work through them at your own pace. If you have questions, bring them to the Unit 2 study day in February, where tutors go over them.")

B("The year at a glance (2009-10 intake)")
cal = doc.add_table(rows=1, cols=4); cal.style = "Table Grid"
for j, v in enumerate(["Term", "Month", "What happens", "Where"]):
    set_cell(cal.cell(0, j), v, bold=True, size=8.5); shade(cal.cell(0, j), "CFE3DA")
plan = [("Autumn", [("June-July", "Pre-course meeting with the programme leader; self-rating sheet; learning plan drafted", "Your school"),
                    ("September", "Study day 1: the SENCO's role; learning plans agreed with your tutor", "Oakhaven Combe"),
                    ("October", "Study days 2 and 3: the Code of Practice, statements and annual reviews; disability equality duties", "Oakhaven Combe"),
                    ("November", "Study day 4: Every Child Matters and working with families (with the Parent Partnership Service). Assignment 1 due", "Oakhaven Combe"),
                    ("December", "Unit 2 opens online", "Oakhaven Online")]),
        ("Spring", [("January", "Unit 2 online sessions; days in a partner school", "Online; partner schools"),
                    ("February", "Unit 2 study day with therapists and the clinical psychologist", "Oakhaven Barton"),
                    ("March", "Assignment 2 due. Unit 3 study day 1: leading provision; project planning with your head", "Oakhaven Combe")]),
        ("Summer", [("April-May", "Unit 3 study days 2 and 3: provision mapping, deploying and developing staff, coaching", "Oakhaven Combe"),
                    ("June", "Study day 4: self-evaluation; project presentations. Assignment 3 due", "Oakhaven Combe"),
                    ("July", "Final learning review with tutor and coach", "Your school")])]
for term, items in plan:
    first = None
    for k, (mon, what, where) in enumerate(items):
        r_ = cal.add_row()
        set_cell(r_.cells[1], mon, size=8.5); set_cell(r_.cells[2], what, size=8.5); set_cell(r_.cells[3], where, size=8.5)
        if k == 0:
            first = r_.cells[0]; set_cell(first, term, bold=True, size=8.5); shade(first, "EEF5F1")
    last = cal.rows[-1].cells[0]
    if last is not first:
        first.merge(last)
doc.add_paragraph()

B("Part 6. Starting well: your learning plan")
P("Before the first study day you rate yourself against each indicator in Part 9 using the self-rating sheet (Part 10) and your head or line manager adds their view. At the first study day your personal tutor goes through it with you and agrees your learning plan: which indicators to focus on, which optional sessions to attend, and the pupils and project you will use for Assignments 2 and 3. The plan is reviewed at the end of each unit.")
P("Previous study and experience. If you have already completed a relevant postgraduate module at another university, Brindle University can credit it against Unit 1 or Unit 2. If you have substantial experience of SEN coordination but no certificate, you can claim credit for up to one unit through the University's experiential learning route, by a reflective portfolio mapped to that unit's outcomes and assessed by a University tutor. The programme leader advises on both at the pre-course meeting.")
P("Equality. Oakhaven is an equal opportunities employer and welcomes applications from disabled people. Brindle University's policies on disability and equality apply to everyone on the Certificate.")

B("Part 7. What you can expect from us and what we ask of you")
table(doc, [["What you can expect from us", "What we ask of you"],
            ["A personal tutor from the programme team for the year\nA coach: your line manager or another Stage 4 teacher\nThree days in a partner mainstream school (for Oakhaven teachers) or an Oakhaven school (for partner school teachers), arranged by the programme leader, with a focus set in your learning plan\nSessions with our speech and language therapists, occupational therapists and clinical psychologist, and with the Somerset Parent Partnership Service\nRelease for all study days, and five days' study leave\nAccess to Brindle University's library and e-journals, and to our assessment and communication resource bases (including symbol software, AAC devices and standardised assessments) at each school",
             "Attend every study day and complete the online unit\nAgree your Assignment 3 project with your head before you start it\nTake baseline measures for the pupils in Assignments 2 and 3 and measure again at the end\nKeep your Practice Record up to date\nShare what you learn with colleagues in a staff meeting or training session"]], size=9)
doc.add_paragraph()
P("Your coach. Coaches are line managers or experienced Stage 4 teachers. They observe you twice (once leading a review meeting with a pupil and family, once coaching or training a colleague), meet you once a half-term and sign your Practice Record. Coaches will be briefed on the programme.")
doc.add_comment(doc.paragraphs[-1].runs[-1], text="Coach briefing pack not written yet - AR to draft over Christmas?", author="Alison Rudd", initials="AR")
P("Your tutors.")
table(doc, [["Tutor", "Background"],
            ["Alison Rudd, programme leader", "SENCO at Oakhaven Barton 2002-07; MA Special Education (Brindle); former Ofsted additional inspector"],
            ["Dr Mark Tennant", "Senior Lecturer, Brindle University; research on provision mapping and teaching assistant deployment"],
            ["Hannah Lowe", "Principal Speech and Language Therapist, Oakhaven Schools; Bercow Review practitioner reference group"],
            ["Neil Ashcombe", "Former SENCO, Taunton secondary school; MEd; Somerset SEN moderator for KS2 and KS3 assessment"]], size=9)
P("Every tutor has at least five days a year of updating in research, policy and practice, recorded in their appraisal.")
P(lead="Assessment and the award. ", t="Each assignment is marked by your tutor and second-marked by a University tutor; the University's external examiner sees a sample of every assignment and all fails, and tutors meet before marking to agree standards using marked examples. The Certificate is awarded when you have an overall average of 50% across the three assignments; a mark of 40-49% in one assignment can be compensated by higher marks in the others. Your Practice Record must be signed by your coach.")

B("Part 8. Finishing well and what comes next")
P("At the end of Unit 3 you have a final learning review with your tutor and coach. You look back at your self-rating, agree what has changed and set two or three targets for the next year, which become your first appraisal objectives at Stage 4 (G6). For partner school teachers the review record is sent to the head. The final study day looks at routes on: Brindle's MA, Stage 5 and the NPQH, and specialist qualifications.")
P(lead="How we will know it works. ", t="Participants complete a confidence questionnaire on the indicators at the start and the end, and an evaluation of every study day. The programme team reports these to the Oakhaven Education Committee each July with proposed changes, and the University's processes will also apply. We would hope to see better progress for the pupils of teachers who have completed the Certificate, and we will look for ways to show this. We intend, in time, to ask parents, pupils and the placing authorities to help us evaluate the programme.")

B("Questions teachers ask")
P(lead="I am already a SENCO. Do I have to do the Certificate? ", t="If you want to move to Stage 4 on the pay scale, see the recognition route in G3. If you want the national award, yes: it is only awarded through the programme.")
P(lead="Can I do the Certificate part time over two years? ", t="Not at present. The programme runs over one academic year so that each group stays together, and we have found that participants value this.")
P(lead="Does my project have to be in my own school? ", t="Yes. Assignment 3 must change something in your school's provision, and your head agrees it with you at the start. You report what changed for pupils and staff and what you would do next.")
P(lead="I am a partner school teacher. Who is my coach? ", t="Usually your head or a senior leader in your school. We ask your head to name one when you apply.")

# ---------- Part 9 indicator table ----------
landscape_section(doc, True)
B("Part 9. Stage 4 indicators and the Certificate")
P("These are the indicators for Stage 4 in our words. They include all the national minimum outcomes for SENCO training. 'How it is recognised' says how each one counts towards the Certificate.")
groups = [
 ("Personal qualities", [
  ("L4.1", "Builds fair, respectful and constructive relationships with pupils and families", "Unit 3; coach observation of a review", "Practice Record: coach's observation of a review meeting; Assignment 3 presentation"),
  ("L4.2", "Gains the commitment of colleagues and senior leaders", "Unit 3", "Observed by your coach"),
  ("L4.3", "Manages time and priorities and delegates", "Unit 3", "Assignment 3 (project planning section)"),
  ("L4.4", "Solves problems and makes sound judgements about provision", "Units 2 and 3", "Assignment 2"),
  ("L4.5", "Communicates clearly in speech and writing; listens to others", "All units", "Assignment 3 presentation and discussion"),
  ("L4.6", "Uses research and outside advice to improve practice", "Units 1 and 2", "Assignment 1"),
  ("L4.7", "Keeps up to date and takes responsibility for own CPD", "Part 8 final review", "Recognised through appraisal, not for the Award")]),
 ("Knowledge", [
  ("L4.8", "SEN law, the Code of Practice and putting them into practice", "Unit 1", "Assignment 1"),
  ("L4.9", "Every Child Matters and the SENCO's part in it", "Unit 1", "Assignment 1"),
  ("L4.10", "Disability equality law and what schools must do", "Unit 1", "Assignment 1"),
  ("L4.11", "Child development and how SEN, disability and environment affect it", "Unit 2", "Assignment 2"),
  ("L4.12", "Common SEN and disabilities (BESD, SpLD/dyslexia, SLCN, ASD, MLD) and their effect on learning", "Unit 2", "Assignment 2"),
  ("L4.13", "Approaches and resources for assessment, planning and teaching, including ICT", "Unit 2", "Assignment 2"),
  ("L4.14", "School self-evaluation and improvement for pupils with SEN", "Unit 3 session 4", "Content only"),
  ("L4.15", "Best practice and research in meeting SEN", "Units 1 and 2", "Assignment 1"),
  ("L4.16", "External agencies and getting specialist support", "Unit 2", "Assignment 2")]),
 ("Skills", [
  ("L4.17", "Shapes an inclusive ethos, policies and resources with senior leaders and governors", "Unit 3", "Assignment 3"),
  ("L4.18", "Identifies needs, sets challenging targets, plans interventions and reviews progress", "Unit 2", "Assignment 2"),
  ("L4.19", "Uses other professionals' assessments to develop teaching", "Unit 2", "Assignment 2"),
  ("L4.20", "Uses summative assessment and national tests to track progress", "Unit 2", "Coach's feedback on your tracking (formative)"),
  ("L4.21", "Helps colleagues develop formative assessment for pupils with SEN", "Unit 3", "Practice Record: coach's observation of coaching or training"),
  ("L4.22", "Puts access arrangements for tests and examinations in place in good time", "Unit 2 (Neil Ashcombe)", "Assignment 2 (access arrangements plan for one pupil)"),
  ("L4.23", "Uses provision mapping and management; spots ineffective or missing provision", "Unit 3", "Assignment 3"),
  ("L4.24", "Deploys and manages staff", "Unit 3", "Assignment 3"),
  ("L4.25", "Supports colleagues' development (observation, modelling, coaching, training)", "Unit 3", "Practice Record: coach's observation"),
  ("L4.26", "Reviews provision with colleagues to inform self-evaluation", "Unit 3", "Assignment 3"),
  ("L4.27", "Involves pupils in planning and reviewing their provision", "Unit 3", "Assignment 3 and coach's observation of a pupil-led review"),
  ("L4.28", "Liaises effectively with parents and carers", "Unit 3", "Practice Record: coach's observation of a review meeting")])]
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for j, v in enumerate(["Ref", "Indicator", "How you build it", "How it is recognised for the Award"]):
    set_cell(t.cell(0, j), v, bold=True, size=8.5); shade(t.cell(0, j), "CFE3DA")
for g, items in groups:
    r_ = t.add_row(); m = r_.cells[0].merge(r_.cells[3]); set_cell(m, g, bold=True, size=8.5); shade(m, "EEF5F1")
    for it in items:
        r_ = t.add_row()
        for j, v in enumerate(it): set_cell(r_.cells[j], v, size=8.5)

# ---------- Part 10 self-rating ----------
landscape_section(doc, False)
B("Part 10. Self-rating sheet (complete before the first study day)")
P("Name: ______________________   School: ______________________   Date: __________")
sr = [["Indicator", "New to me", "Some experience", "Confident", "Example", "Head / line manager's comment"]]
for ref in ["L4.1", "L4.2", "L4.3", "...", "L4.28"]:
    sr.append([ref, "", "", "", "", ""])
table(doc, sr, size=8.5)
P("Return the sheet to Alison Rudd, programme leader, by 1 September.")

doc.save(OUT)
print("wrote", OUT)
