"""gn-01-harlbury-thematic-review: writes gn-01-harlbury-thematic-review.docx next to itself.

Provider (invented): Harlbury County Council Children's Services, Inspection and
Advisory Service (HIAS), applying with the University of Merriton School of
Education, which validates a 60-credit Postgraduate Certificate (Masters level),
"the Harlbury National Award for SEN Coordination".

Document kind: the Service's published thematic review report, "Coordinating
provision for pupils with special educational needs in Harlbury schools"
(report HIAS/TR/08/03, October 2008), written in the house style of an inspection
survey report: third person ("inspectors", "the Service"), a shaded note to the
TDA panel, contents, main findings, recommendations to schools and to the
authority, findings sections with continuous hand-typed paragraph numbers
(1-54) in Normal style, a case-study box, then Part C "The Service's
response", the programme proposed with Merriton, and annexes (schools visited,
programme outline with vertically merged module cells, an outcome table with
merged group rows, the evaluation framework). Heading styles for parts and
sections. Header ("NOT PROTECTIVELY MARKED") and footer with a PAGE field.
One tracked deletion, one tracked insertion, two comments.

Traps (requirement ids):
- Wrong context: Part B findings about schools' single central records and CRB
  checks on school staff (5.3); pupils consulted in their schools' reviews
  (1.5 is met only by Day 5 of the programme; the findings are not evidence);
  Year 10 pupils' work placements (5.5); schools' access arrangements for
  national tests (6.S2d).
- Tracked deletion: the sentence requiring candidates to show an enhanced CRB
  disclosure at interview is deleted (5.3 not_met).
- Tracked insertion: Modules 2 and 3 may be taken in either order (supports 3.2).
- Comment doubting the January start (3.2 stays met: comments are not part of
  the submission). Second comment (on the fee paragraph, about the subsidy), harmless.
- Negation far from its subject: the assessment-only route is ruled out only in
  the costs paragraph (2.3 not_met).
- Recommendation without an arrangement: recommendation (f) says the Service
  should cover access arrangements, but the outcome table has no row for them
  and Part C never returns to it (6.S2d not_met).
- Past arrangement that has ended: outreach-base days for the old induction
  course stopped in 2007 (5.5 partially_met with specialist speakers only).
- Aspirations: stakeholders' part in evaluation "we intend to explore" (4.3);
  linking to pupil data "in time" (5.9); a discussion forum "we hope" (3.3).
- General statements only: equality (3.1); tutor/mentor roles (5.7); parents
  as a "thread" (1.7); needs audit used only to group people (2.2).
- Blanket claim: "Together the three assignments assess all of the national
  minimum outcomes" against a table that shows gaps (6.0, 1.9).
- Outcome table: 6.A3 assessed only formatively in tutorial; 6.K4 "not
  assessed"; 6.S7 no assessment; 6.S8 no development entry; 6.S2d row missing.
"""
from pathlib import Path
import copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

N = [0]


def p(text="", style=None, bold=False, italic=False, align=None):
    para = doc.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
    if align:
        para.alignment = align
    return para


def np_(text):
    """hand-numbered paragraph, Ofsted style"""
    N[0] += 1
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(0.9)
    para.paragraph_format.first_line_indent = Cm(-0.9)
    para.add_run(f"{N[0]}.\t{text}")
    return para


def bullet(text):
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(1.5)
    para.paragraph_format.first_line_indent = Cm(-0.5)
    para.add_run("\u2022  " + text)
    return para


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def box(lines, fill="E7EEF6"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.paragraphs[0].add_run(lines[0]).bold = True
    for ln in lines[1:]:
        c.add_paragraph(ln)
    doc.add_paragraph()
    return t


def run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


REV = [100]


def tracked(para, text, kind):
    REV[0] += 1
    el = OxmlElement("w:del" if kind == "del" else "w:ins")
    el.set(qn("w:id"), str(REV[0]))
    el.set(qn("w:author"), "Rachel Hoyle")
    el.set(qn("w:date"), "2008-11-14T10:12:00Z")
    el.append(run_el(text, deleted=(kind == "del")))
    para._p.append(el)


def add_field(para, instr):
    r1 = OxmlElement("w:r"); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1.append(fc)
    r2 = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r2.append(it)
    r3 = OxmlElement("w:r"); fc3 = OxmlElement("w:fldChar"); fc3.set(qn("w:fldCharType"), "separate"); r3.append(fc3)
    r4 = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r4.append(t)
    r5 = OxmlElement("w:r"); fc5 = OxmlElement("w:fldChar"); fc5.set(qn("w:fldCharType"), "end"); r5.append(fc5)
    for r in (r1, r2, r3, r4, r5):
        para._p.append(r)


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "NOT PROTECTIVELY MARKED        Harlbury IAS  |  Thematic review HIAS/TR/08/03"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Harlbury County Council Inspection and Advisory Service, County Hall, Harlbury HB1 2QX.  Page ").font.size = Pt(8)
add_field(fp, "PAGE")

# ---------------------------------------------------------------- cover
box([
    "Note for the TDA approval panel",
    "The Inspection and Advisory Service and the University of Merriton submit this report as their joint "
    "application for approval to offer the National Award for SEN Coordination from September 2009. "
    "Parts A and B are the review as it was published to Harlbury schools in October 2008; they are the "
    "evidence on which the programme was designed. Part C and Annexes 2 to 4 set out the programme itself. "
    "The report has been amended for submission only in Part C.",
    "Contact: Dr Rachel Hoyle, Senior Adviser (Inclusion), 01632 448 210.",
], fill="FFF2CC")

p("Harlbury County Council  \u2022  Children's Services", bold=True)
p("Inspection and Advisory Service", bold=True)
p("")
t = p("Coordinating provision for pupils with special educational needs in Harlbury schools", style="Title")
p("A thematic review of SEN coordination in 30 primary, secondary and special schools, "
  "January to June 2008, with the Service's response", italic=True)
p("Report reference HIAS/TR/08/03   Published October 2008   Age group: 4-16   Audience: headteachers, "
  "SENCOs, governors, officers of the authority")
p("")
p("Contents", bold=True)
for c in ["Introduction", "Part A  Main findings and recommendations",
          "Part B  Findings: the role, the people, the systems, the impact",
          "Part C  The Service's response: the Harlbury National Award for SEN Coordination",
          "Annex 1  Schools visited", "Annex 2  Programme outline",
          "Annex 3  The national minimum outcomes: where they are developed and assessed",
          "Annex 4  How the programme will be evaluated"]:
    bullet(c)

# ---------------------------------------------------------------- introduction
doc.add_heading("Introduction", level=1)
np_("Between January and June 2008 five inspectors and four advisers from the Inspection and Advisory "
    "Service (the Service) visited 30 Harlbury schools to evaluate how well provision for pupils with "
    "special educational needs (SEN) and/or disabilities is coordinated. The schools were chosen to "
    "reflect the county: 17 primary schools, nine secondary schools, three special schools and the "
    "pupil referral unit at Brockley Lane. They are listed in Annex 1.")
np_("In each school inspectors interviewed the SENCO, the headteacher and, where possible, the governor "
    "responsible for SEN. They observed 112 lessons or parts of lessons, looked at pupils' individual "
    "education plans and provision maps, talked with 96 pupils with SEN and met 41 parents. A questionnaire "
    "was returned by 188 of the county's 262 SENCOs (72%), and 74 headteachers answered a shorter survey.")
np_("The review was commissioned by the Director of Children's Services after the authority's 2007 annual "
    "performance assessment noted that the attainment gap between pupils with SEN and their peers at Key "
    "Stage 2 in Harlbury was wider than in similar authorities. It also anticipated the regulations, made "
    "in 2008, which require every new SENCO to be a qualified teacher and which will require new SENCOs to "
    "gain a nationally approved qualification.")
np_("Inspectors made judgements using the four-point scale used in school inspection. Where this report "
    "says 'most' it means over 80% of schools visited, 'many' means over half, 'some' means between a "
    "quarter and a half and 'few' means fewer than a quarter.")

# ---------------------------------------------------------------- Part A
doc.add_heading("Part A  Main findings and recommendations", level=1)
doc.add_heading("Main findings", level=2)
np_("Provision for pupils with SEN was good or outstanding in 19 of the 30 schools, satisfactory in nine "
    "and inadequate in two. The quality of provision depended more than anything on the SENCO's status "
    "in the school: where the SENCO was a member of the senior leadership team, provision was good or "
    "better in every case.")
np_("Most SENCOs were highly committed and knew their pupils well. Few had received any training for the "
    "role beyond the authority's two-day induction. Many said that they learned the job by doing it, and "
    "that they had little time to read or to find out what was working elsewhere.")
np_("Many schools kept careful records of the provision made for pupils, but fewer than half used the "
    "records to judge whether that provision was making a difference. Provision maps were used well in "
    "eight schools; in others they were lists of interventions with no costs, no entry or exit criteria "
    "and no measure of impact.")
np_("Pupils' views were sought in some schools, usually through a short form completed before a review "
    "meeting. Only in a few schools did pupils help to set their own targets or evaluate the support they "
    "received.")
np_("Relationships with parents were good in most primary schools but weaker in secondary schools, where "
    "parents of pupils at School Action often did not know what provision their child received.")
np_("Access arrangements for national tests and examinations were managed well in the "
    "special schools and in five of the nine secondary schools. In the remainder applications were "
    "made late or not at all, and the arrangements were not reflected in normal classroom practice.")

doc.add_heading("Recommendations", level=2)
p("Schools should:", bold=True)
for r in ["(a) ensure that the SENCO is a member of, or reports directly to, the senior leadership team;",
          "(b) use provision mapping to judge the impact and cost of interventions, not only to record them;",
          "(c) involve pupils with SEN in setting and reviewing their targets;",
          "(d) ensure that parents of pupils at School Action know what provision is made and why."]:
    bullet(r)
p("The authority and the Service should:", bold=True)
for r in ["(e) provide accredited training for new and recently appointed SENCOs, in partnership with a "
          "university, that meets the national specification;",
          "(f) ensure that the training for SENCOs covers the timely identification of access arrangements "
          "for national tests and examinations;",
          "(g) bring together the advice of the educational psychology, specialist teaching and Parent "
          "Partnership services so that SENCOs receive consistent messages."]:
    bullet(r)

# ---------------------------------------------------------------- Part B
doc.add_heading("Part B  Findings", level=1)
doc.add_heading("The role", level=2)
np_("In the primary schools visited the SENCO was most often the deputy headteacher or a class teacher "
    "with a full teaching commitment; in four small schools the headteacher was the SENCO. In secondary "
    "schools the SENCO usually led a learning support department. Non-contact time for the role varied "
    "from none at all to three days a week.")
np_("Where SENCOs had time, status and training, their work was strategic: they analysed data, advised "
    "colleagues, influenced the school improvement plan and reported regularly to governors. Where they "
    "did not, the role was administrative, and SENCOs spent much of their time completing paperwork for "
    "statutory assessment.")
np_("Governing bodies generally knew their statutory duties, but few had discussed the school's disability "
    "equality scheme since it was published in 2006 or 2007.")

doc.add_heading("The people", level=2)
np_("Schools deployed teaching assistants extensively. Inspectors saw skilled teaching assistants make a "
    "strong contribution, but in many lessons they were directed by no one and sat beside the same pupils "
    "all day. Few SENCOs had been trained to manage or appraise support staff.")
np_("Safeguarding procedures were checked in every school visited. Twenty-eight schools kept a single "
    "central record that met requirements; in two schools the record did not show that enhanced Criminal "
    "Records Bureau checks had been obtained for all volunteers and supply staff, and this was put right "
    "during the visit.")
np_("Nine of the 17 primary schools bought in advice from the Service's specialist teachers for "
    "specific learning difficulties and for speech, language and communication needs. SENCOs valued this "
    "advice highly but said it was not always joined up with that of the educational psychologist or the "
    "speech and language therapist.")

doc.add_heading("The systems", level=2)
np_("Identification of SEN was generally timely in primary schools, using teacher assessment and the "
    "Foundation Stage Profile. Secondary schools relied heavily on Key Stage 2 results and on reading "
    "tests in Year 7; few used observation or information from other professionals systematically.")
np_("Most schools tracked the progress of pupils with SEN using national curriculum levels or P scales. "
    "Fewer than half set targets for these pupils that were as challenging as the targets set for others.")
np_("In the secondary schools, Year 10 pupils with SEN took part in work experience placements arranged "
    "through the Harlbury Education Business Partnership. In three schools, placements were "
    "thoughtfully matched to pupils' needs and supported by a teaching assistant; in others pupils were "
    "placed with little preparation.")
np_("Arrangements for national tests and examinations were a concern in four secondary and several "
    "primary schools. Applications for extra time or a reader were sometimes made after the deadline, and "
    "pupils who would use a reader in the test had not used one in lessons.")

box(["Case study: Eastfield Community Primary School",
     "The SENCO, a member of the leadership team, meets each class teacher for half an hour every half "
     "term to review the class provision map. Interventions that have not moved pupils on by at least two "
     "sub-levels are stopped or changed. Pupils in Years 5 and 6 lead part of their own review meetings "
     "and present a 'what helps me' page to their parents and teachers. The school's SEN data are reported "
     "to governors each term."])

doc.add_heading("The impact", level=2)
np_("Where coordination was good, pupils with SEN made progress at least in line with that of other "
    "pupils and their attendance was good. Where it was weak, progress was slow in English and "
    "mathematics and fixed-term exclusions of pupils with behavioural, emotional and social difficulties "
    "were higher than average.")
np_("Only seven SENCOs had been trained in coaching or in observing lessons, and few felt confident to "
    "challenge colleagues whose teaching did not meet the needs of pupils with SEN.")
np_("Asked what training they wanted, SENCOs most often named: the law and the Code of Practice (71%), "
    "managing teaching assistants (64%), using data and provision mapping (62%), leading colleagues "
    "(58%), autism (55%) and working with other agencies (49%). Headteachers' priorities were leadership "
    "of the role, the use of data, and value for money.")

# ---------------------------------------------------------------- Part C
doc.add_heading("Part C  The Service's response: the Harlbury National Award for SEN Coordination", level=1)
doc.add_heading("Why the programme looks as it does", level=2)
np_("Recommendation (e) of this review is being met by a new programme, designed by the Service with the "
    "University of Merriton School of Education: the Harlbury National Award for SEN Coordination. It is "
    "a Postgraduate Certificate of 60 credits at Masters level, validated by the University in November "
    "2008 and awarded by the University. The Service delivers the taught days and school visits; the "
    "University provides academic tutorials, library access, marking and moderation, and the external "
    "examiner.")
np_("The programme replaces the Harlbury SENCO Induction Certificate, a 20-credit course which the Service "
    "ran with Merriton from 2004 until July 2008 and which has now closed.")
np_("The design follows the evidence in Parts A and B. The largest single block of time goes to using data "
    "and provision mapping, because that is where inspectors found the greatest difference between "
    "effective and ineffective SENCOs. Managing teaching assistants has been given a full day, as has "
    "leading colleagues through observation and coaching. The day on law and the Code of Practice, which "
    "SENCOs asked for most often, comes first. The review's finding that SENCOs have little time to read "
    "led to short, practical reading lists for each day instead of a long list for each module.")
np_("Headteachers told us that they wanted the programme to strengthen the SENCO's place in school "
    "leadership. For this reason the headteacher, or a senior leader, attends the opening afternoon and "
    "agrees the focus of the participant's school-based enquiry in writing.")

doc.add_heading("Aims", level=2)
np_("The programme aims to raise the achievement and improve the well-being of pupils with SEN and/or "
    "disabilities in Harlbury schools, in relation to all five Every Child Matters outcomes, by developing "
    "SENCOs who lead provision strategically. Each of the three assignments asks participants to show "
    "what difference their work has made to pupils, and the assessment criteria for all three include "
    "'evaluates the effect on pupils' learning and well-being'.")
np_("The programme reflects current evidence and policy. Days draw on the Service's own inspection "
    "evidence in this review, on Ofsted's reports Inclusion: does it matter where pupils are taught? (2006) "
    "and Special educational needs and disability: towards inclusive schools (2004), on the Inclusion "
    "Development Programme, on the Bercow Review of services for children with speech, language and "
    "communication needs (2008), and on the inquiry into parental confidence announced in 2008. "
    "Participants study the Education Act 1996, the SEN Code of Practice (2001), the Disability "
    "Discrimination Act 1995 as amended, the duty to promote disability equality, Every Child Matters and "
    "the Children Act 2004, and the 2008 SENCO regulations, on Day 1 and in Module 1.")

doc.add_heading("Structure", level=2)
np_("The programme has three modules of 20 credits, taught over ten study days and four twilight "
    "tutorials across one school year. Annex 2 sets out the days. Each module ends with an assignment:")
bullet("Assignment 1 (Module 1): a 4,000-word analysis of the school's SEN policy and practice against the "
       "law and the Code of Practice, with recommendations agreed with the headteacher.")
bullet("Assignment 2 (Module 2): a provision-mapping project: the participant maps and costs provision for "
       "one year group or department, identifies ineffective or missing provision, and presents the map "
       "and proposals to colleagues (assessed as a 3,000-word report and a 15-minute presentation).")
bullet("Assignment 3 (Module 3): a school-based enquiry into one aspect of leading colleagues, of 5,000 "
       "words, in which the participant plans, carries out and evaluates a change in practice with staff.")
np_("Together the three assignments assess all of the national minimum outcomes. The University's Board "
    "of Examiners awards the Certificate to participants who pass all three assignments.")
para = np_("Participants normally join in September and take the modules in order. ")
tracked(para, "Participants may also take Modules 2 and 3 in either order. ", "ins")
r_jan = para.add_run("A second group starts in January, taking Module 1 in the spring term and finishing "
                     "in the following December. ")
para.add_run("Study days run from 9.15 to 3.30 at the Harlbury Professional Centre; each is repeated as two "
             "twilight sessions at the Redmoor Teachers' Centre for participants who cannot be released "
             "for whole days.")
doc.add_comment(r_jan, text="Merriton registry haven't confirmed a January intake yet - RH", author="Rachel Hoyle",
                initials="RH")
np_("Module 1 must be taken first. Module 2 study days may be joined part-way through a year by arrangement "
    "with the programme leader.")

doc.add_heading("Learning between the days", level=2)
np_("All course materials, presentations and readings are posted on the University's virtual learning "
    "environment, LearnSpace, and assignments are submitted through it. Tutors reply to participants' "
    "e-mails within three working days. We hope to open a discussion forum on LearnSpace for each group "
    "once numbers allow.")

doc.add_heading("Working in school", level=2)
np_("Every assignment is carried out in the participant's own school and is tied to the outcomes it "
    "assesses. Between study days participants complete a short gap task (for example, observing a "
    "teaching assistant at work and giving feedback) and bring the results to the next day.")
np_("Day 5 is given to pupil participation. Participants learn and practise ways of consulting children "
    "and young people, including those with little or no speech, and before Day 6 each participant runs "
    "a consultation with a group of pupils in their own school about an issue the pupils choose, and "
    "reports back on what changed as a result.")
np_("Work with parents and carers is a thread running through the whole programme rather than the subject "
    "of any single day. The Service believes that partnership with parents is at the heart of good SEN "
    "coordination.")
np_("Day 6 and Day 8 develop participants' work with colleagues within and beyond their schools: advising "
    "and coaching teachers and teaching assistants, leading a staff meeting, and working with the "
    "educational psychology, specialist teaching, health and social care services and with voluntary "
    "organisations such as the county's autism support group and the Harlbury Dyslexia Association.")

doc.add_heading("Entry, selection and prior learning", level=2)
np_("Applicants must hold qualified teacher status, be in post as SENCO or designated to become SENCO, and "
    "send a nomination letter from their headteacher confirming release for the study days. Each applicant "
    "completes the Service's self-audit against the national outcomes and has a 20-minute telephone "
    "interview with the programme leader. Applicants who are not yet ready are given written advice on "
    "what to do first, and the programme leader contacts their headteacher to agree it.")
np_("The self-audit is returned to the tutors, who use it to place participants in one of three workshop "
    "groups for Days 3, 4 and 7.")
para = np_("Places are confirmed by letter in June. ")
tracked(para, "Candidates will be asked to show a current enhanced CRB disclosure at interview. ", "del")
para.add_run("Participants are employed teachers in Harlbury schools.")
np_("Credit for prior learning is given through the University's accreditation of prior learning "
    "procedure. Participants who completed the Harlbury SENCO Induction Certificate receive 20 credits "
    "towards Module 1 and take only Modules 2 and 3; up to 20 further credits may be claimed for other "
    "study at Masters level within the last five years, assessed by the programme leader and confirmed "
    "by the University's Credit Panel.")

doc.add_heading("Equality and access", level=2)
np_("The Service is committed to equality of opportunity. The programme will be delivered in line with "
    "the County Council's Single Equality Scheme, and both teaching venues are accessible to wheelchair "
    "users.")

doc.add_heading("Tailoring and cost", level=2)
np_("Within each study day participants work in the three workshop groups, so that those new to the role "
    "spend longer on the basics of the Code of Practice while experienced SENCOs work on strategic "
    "planning. Each participant has four tutorials with their University tutor, who agrees the focus of "
    "each assignment with them so that it fits their school.")
fee = np_("The fee is £1,650 per participant, of which the authority meets £900 for maintained Harlbury schools "
    "from its school improvement budget. There is no separate fee for assessment without attendance, as "
    "that route will not be offered in 2009-10 or 2010-11.")
doc.add_comment(fee.runs[0], text="Finance have approved the £900 subsidy for two years only. MD", author="Mark Denby",
                initials="MD")
np_("On Day 10 each participant drafts a professional development plan for the following two years, "
    "which they are asked to discuss with their headteacher at their next performance management review. "
    "The plan is part of the final portfolio.")

doc.add_heading("Staff and resources", level=2)
np_("The programme leader is Dr Rachel Hoyle, Senior Adviser (Inclusion), a former SENCO and special "
    "school deputy headteacher with a doctorate in inclusive education and current experience as an "
    "additional inspector. Study days are led by Mark Denby (Inspector for SEN, former headteacher of "
    "Oakfield Special School), Parveen Akhtar (Lead Specialist Teacher, speech, language and "
    "communication needs) and Susan Cole (Senior Educational Psychologist). University tutors are "
    "Dr Helen Marsh and Dr Owen Price, both of whom teach the University's MA in Inclusive Education "
    "and supervise research degrees in SEN.")
np_("All tutors and visiting speakers understand their roles and responsibilities. Participants are "
    "encouraged to identify a colleague in school who can act as a mentor.")
np_("Participants have access to the University library, including its electronic journals, and to the "
    "Service's SEN resource collection at the Harlbury Professional Centre, which includes assessment "
    "materials, the Inclusion Development Programme materials and a loan collection of assistive "
    "technology (reading pens, voice recognition software and communication aids).")
np_("Participants hear from specialist practitioners throughout the programme: speech and language "
    "therapists, a paediatrician, the Parent Partnership Service and heads of special schools. From 2004 "
    "to 2007 participants in the Induction Certificate spent two days in the outreach base at Oakfield "
    "Special School; that arrangement ended when the base was reorganised, and no placement is currently "
    "part of the programme.")

doc.add_heading("Stakeholders", level=2)
np_("This review is the main evidence of stakeholders' needs: 188 SENCOs, 74 headteachers, 96 pupils and "
    "41 parents contributed to it, and paragraphs 26 and 27 show the changes it led to. Heads of "
    "the three special schools and the Parent Partnership Service contribute sessions to the programme, "
    "and headteachers agree the focus of each participant's enquiry. We intend to explore ways of "
    "involving headteachers and parents in evaluating the programme.")

doc.add_heading("Quality assurance and evaluation", level=2)
np_("The programme is subject to the University's quality assurance procedures. Each module is reviewed "
    "by a module team at its end, drawing on participants' written evaluations of every day, tutors' "
    "reports and assessment results; the Programme Committee, which includes two SENCOs from the first "
    "group, considers the reviews in July and agrees changes for the following year. The programme is "
    "included in the University's annual monitoring, and the external examiner reports each year. Annex 4 "
    "sets out the framework.")
np_("All assignments are marked by the University tutor against published criteria. A sample of at least "
    "a third, including all fails and all borderline scripts, is second-marked by a Service tutor, and "
    "marks are agreed at a moderation meeting before the Board of Examiners. The external examiner sees "
    "a sample from every assignment.")
np_("Participants rate their confidence against each outcome on the self-audit at the start and at the "
    "end of the programme, and the change is reported to the Programme Committee. In time the Service "
    "would hope to link participation to the county's pupil-level data on the progress of pupils with SEN.")

# ---------------------------------------------------------------- Annex 1
doc.add_heading("Annex 1  Schools visited", level=1)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Phase", "Schools", "Number"]):
    t.rows[0].cells[i].text = h
    shade(t.rows[0].cells[i], "D9D9D9")
for row in [("Primary", "Ashby Lane, Brookfield, Castle Hill, Coldharbour, Eastfield, Fairmead, Greenhill, "
             "Hawthorn, Kings Norton CE, Lowfield, Marston, Northgate Infants, Oakridge, Priory, Redmoor, "
             "St Anne's RC, Westbury", "17"),
            ("Secondary", "Beacon Hill, Brockley, Harlbury School, Kingsmead, Marston Vale, Redmoor Community "
             "College, St Edmund's RC, Thornley, Westfield Academy", "9"),
            ("Special and PRU", "Oakfield, Meadowbank, The Willows; Brockley Lane PRU", "4")]:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_paragraph()

# ---------------------------------------------------------------- Annex 2
doc.add_heading("Annex 2  Programme outline", level=1)
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["Module", "Day", "Focus", "Led by"]):
    t.rows[0].cells[i].text = h
    shade(t.rows[0].cells[i], "D9D9D9")
days = [
    ("Module 1\nThe SENCO, the law and the school (20 credits)", "1", "Law, the Code of Practice, disability equality, Every Child Matters and the SENCO regulations", "RH"),
    (None, "2", "How children develop; the effect of SEN, disability and the learning environment", "SC"),
    (None, "3", "Types of need: BESD, SpLD including dyslexia, SLCN, ASD, MLD (workshop groups)", "PA / MD"),
    ("Module 2\nProvision, data and resources (20 credits)", "4", "Identification, target setting and using data; summative and formative assessment; using other professionals' assessments", "MD"),
    (None, "5", "Pupil participation: consulting children and involving them in planning and review", "RH"),
    (None, "6", "Provision mapping and management; multi-agency working", "MD / SC"),
    (None, "7", "Deploying and managing teaching assistants; time and priorities (workshop groups)", "RH"),
    ("Module 3\nLeading colleagues and improvement (20 credits)", "8", "Observation, feedback, coaching and leading training", "RH / MD"),
    (None, "9", "Self-evaluation, school improvement planning, working with governors", "MD"),
    (None, "10", "Research and evidence; presenting enquiries; the professional development plan", "HM / OP"),
]
first = None
for mod, d, f, led in days:
    cells = t.add_row().cells
    if mod:
        cells[0].text = mod
        first = cells[0]
    else:
        first.merge(cells[0])
    cells[1].text = d
    cells[2].text = f
    cells[3].text = led
doc.add_paragraph()

# ---------------------------------------------------------------- Annex 3
doc.add_heading("Annex 3  The national minimum outcomes: where they are developed and assessed", level=1)
p("A1 = Assignment 1, A2 = Assignment 2, A3 = Assignment 3. Day numbers refer to Annex 2.", italic=True)
rows = [
    ("Professional attributes", None, None),
    ("Fair, respectful and constructive relationships with pupils with SEN and their parents", "Days 1, 5", "A1, A2"),
    ("Gaining the commitment of the headteacher, senior leaders and colleagues", "Days 8, 9", "A3"),
    ("Prioritising, managing time and delegating", "Day 7", "Tutorial discussion (formative only)"),
    ("Anticipating and resolving problems; sound judgements about provision", "Days 6, 7", "A2"),
    ("Communicating clearly in speech and writing; listening to others", "All days", "A2 presentation; all written work"),
    ("Using research and external advice to improve practice", "Day 10", "A3"),
    ("Keeping up to date; responsibility for own CPD", "Day 10", "Professional development plan in final portfolio (pass/fail)"),
    ("Professional knowledge and understanding", None, None),
    ("SEN law and guidance, including the Code of Practice", "Day 1", "A1"),
    ("Every Child Matters and the SENCO's part in the outcomes", "Day 1", "A1"),
    ("Disability equality law and the actions it requires", "Day 1", "A1"),
    ("Child development and the factors affecting it", "Day 2", "Not assessed"),
    ("Common types of SEN and disability and their effect on learning", "Day 3", "A1"),
    ("Approaches and resources for assessment, planning, teaching and learning, including ICT", "Days 3, 4", "A2"),
    ("School self-evaluation and improvement", "Day 9", "A3"),
    ("Best practice and research on meeting SEN", "Days 3, 10", "A3"),
    ("External agencies and specialist support", "Day 6", "A2"),
    ("Professional skills", None, None),
    ("Strategic development of an inclusive ethos and policy with senior colleagues and governors", "Day 9", "A1, A3"),
    ("Identifying pupils, setting targets, planning interventions and reviewing progress", "Day 4", "A2"),
    ("Using assessments by other professionals", "Day 4", "A2"),
    ("Using summative assessment and national tests to track progress", "Day 4", "A2"),
    ("Encouraging colleagues' formative assessment for pupils with SEN", "Days 4, 8", "A3"),
    ("Provision mapping; identifying ineffective or missing provision", "Day 6", "A2"),
    ("Deploying and managing staff", "Day 7", "A2"),
    ("Supporting colleagues' professional development", "Day 8", "A3"),
    ("Reviewing provision with staff to inform self-evaluation", "Day 9", "A3"),
    ("Involving pupils in planning and reviewing their provision", "Day 5", "\u2014"),
    ("Liaising with parents and carers", "\u2014", "A2"),
    ("Partnership with other services and voluntary organisations", "Days 6, 8", "A2"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Outcome (summary)", "Developed", "Assessed"]):
    t.rows[0].cells[i].text = h
    shade(t.rows[0].cells[i], "D9D9D9")
for o, dv, asd in rows:
    cells = t.add_row().cells
    if dv is None:
        m = cells[0].merge(cells[2])
        m.text = o
        m.paragraphs[0].runs[0].bold = True
        shade(m, "EDEDED")
    else:
        cells[0].text, cells[1].text, cells[2].text = o, dv, asd
doc.add_paragraph()

# ---------------------------------------------------------------- Annex 4
doc.add_heading("Annex 4  How the programme will be evaluated", level=1)
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["What", "Evidence", "Who", "When and where it goes"]):
    t.rows[0].cells[i].text = h
    shade(t.rows[0].cells[i], "D9D9D9")
for row in [
    ("Quality of each day", "Participants' evaluation forms", "Day leader", "Module review; Programme Committee (July)"),
    ("Module quality", "Evaluations, tutors' reports, results", "Module team", "Programme Committee (July)"),
    ("Standards of assessment", "Second marking, moderation, external examiner's report", "University", "Board of Examiners; annual monitoring"),
    ("Participants' confidence", "Self-audit ratings at start and end", "Programme leader", "Programme Committee (July)"),
    ("Recruitment and selection", "Applications, interview notes, withdrawals", "Programme leader", "Programme Committee (July)"),
    ("Impact on pupils", "To be developed", "Service", "\u2014"),
]:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v

p("")
p("Inspection and Advisory Service, Harlbury County Council, October 2008 (Part C amended November 2008).",
  italic=True)

doc.save(OUT)
print("wrote", OUT)
