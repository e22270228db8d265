"""Build ce-01-validation-response.docx (invented provider).

Provider: Thornleigh University, School of Education and Lifelong Learning, with
Easterfold County Council as partner. Programme: Postgraduate Certificate in
Special Educational Needs Coordination (National Award), three 20-credit Level 7
modules TSE701-TSE703. Dated 9 February 2009, 2008-era vocabulary (CRB, DDA,
SEN Code of Practice 2001, ECM, SEF, P scales).

The provider submits, as its application to the TDA, the programme team's
"Response to the conditions and recommendations of the validation event".

Layout:
- A short covering memorandum (To / From / Copy / Date / Subject lines typed as
  bold labels with tabs, then five numbered paragraphs), page header and footer.
- One long two-column table, header row repeated and shaded:
  "Condition / recommendation of the validation panel" | "Programme team's
  response and where the change is made". Two full-width merged rows divide it
  ("CONDITIONS (all six confirmed as met by the Chair, 23 January 2009)" and
  "RECOMMENDATIONS"); a last merged row gives the panel's commendations. The
  left cell holds a bold row label and the PANEL's words in italics, quoted from
  the validation report; the right cell holds the provider's response, several
  rows running to four or five paragraphs, with "Where:" references to the
  handbook (H2.3, H4.2 ...).
- Appended "Extracts from the revised Programme Handbook (version 2.1)" as
  ordinary Heading 1 / Heading 2 sections H1-H7. Module content is in Word
  bullet lists; each module has a "Revised assessment" listing the Annex 3
  outcomes each task is marked against, in the provider's own shorthand
  ("K&U 3", "Skills 2(a)", "Attributes 5" = position in Annex 3).

Traps (requirement ids affected):
- Panel's words, not the provider's: Condition 4's text describes an
  assessment-only route (portfolio + professional discussion); the team's
  response adopts extended APL instead and says at least one module must be
  taken by everyone -> 2.3 not_met (2.1 met through the APL it does adopt).
- Panel's words again: Condition 6 asks for an individual learning plan with
  personalised outcomes; the response (and H2.3, H3.3) only uses the self-audit
  at interview and to group the cohort into workshop strands -> 2.2 partially_met.
- Deferred "will be considered at the next review": R2 pupil voice / pupil
  involvement (1.5 not_met, 6.S7 not_met: the panel's wording is the only
  mention) and R3 second intake / blended route (3.2 partially_met: only
  extension to three years remains).
- Blanket claim: memo para 4 and Condition 3 response say every minimum outcome
  is now assessed; the task lists in H4 show otherwise -> 1.9 and 6.0
  partially_met (H5.4 only requires passing the tasks).
- Revised assessment with outcomes taught only: K&U 7 and K&U 9 (TSE701),
  Skills 2(b) and 2(c) (TSE702), Skills 5 (TSE703) are in the content lists but
  in no task's "marked against" list -> 6.K7, 6.K9, 6.S2b, 6.S2c, 6.S5
  partially_met.
- Formative only: Task 2B research digest (K&U 8, Attributes 6) and Task 3B
  reflective log (Attributes 7) do not count toward the award -> 6.K8, 6.A6,
  6.A7 partially_met.
- Absent: time management / delegation (6.A3), access arrangements for tests
  (6.S2d), pupil involvement (6.S7) -> not_met despite the blanket claim.
- R1 reading lists: research only, no inspection evidence (the Ofsted report
  is named only in the panel's words) -> 1.3 partially_met.
- R4 steering group "being discussed"; stakeholders teach but are not yet in
  evaluation (participants' questionnaires aside) -> 4.3 partially_met.
- R5 placements not arranged, visits only if participants arrange them
  themselves -> 5.5 partially_met (specialist expertise is there).
- R6 mentor guide "will be produced", briefing "intends" -> 5.7 partially_met
  (tutors' standardisation is real).
- R7 CRB: team relies on employers and "no change has been made" -> 5.3 not_met.
- R8 pupil impact only hoped for; repeat self-audit measures competence ->
  5.9 partially_met.
- R9 final session gives information about further study, no target setting
  -> 2.5 partially_met.
- Wrong context decoy: H6.2's "programme self-evaluation document" is the
  programme's own QA, not school self-evaluation (6.K7 stays partial).
- Genuine arrangements written plainly: E.1 (validated, Chair's confirmation),
  E.2, 1.1 (aims + common marking criterion), 1.2, 1.4, 1.6, 1.7, 1.8, 2.1,
  2.4, 3.1 (R10 + H2.6), 3.3 (ThornNet: online weeks, moderated boards, email
  tutorials, study trios, mentor bulletins), 4.1 and 4.2 (R11), 5.1, 5.2 (C5 +
  H2.4), 5.4, 5.6, 5.8 (R12 + H5.3), and 18 outcomes developed and assessed.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("ce-01-validation-response.docx")

doc = Document()
doc.core_properties.author = "Miriam Ashdown"
doc.core_properties.title = "Response to validation conditions - PGCert SENCO"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

# ------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hp.text = "Thornleigh University \u2013 School of Education and Lifelong Learning"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("PGCert SENCO \u2013 response to validation \u2013 v3, 9 February 2009 \u2013 page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))


def para(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def memo_line(label, value):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(label + "\t")
    r.bold = True
    p.add_run(value)
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_paras(cell, parts):
    """parts: list of (text, style) with style in {'', 'b', 'i', 'bi'} or a list of runs."""
    first = True
    for part in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(4)
        runs = part if isinstance(part, list) else [part]
        for text, style in runs:
            r = p.add_run(text)
            r.bold = "b" in style
            r.italic = "i" in style
            r.font.size = Pt(10)


# ------------------------------------------------------------------- memo
para("THORNLEIGH UNIVERSITY", bold=True, size=14)
para("MEMORANDUM", bold=True, size=12, after=8)
memo_line("To:", "Provider Approvals Team (SENCO training), Training and Development Agency "
          "for Schools, 151 Buckingham Palace Road, London SW1W 9SZ")
memo_line("From:", "Dr Miriam Ashdown, Programme Leader, PGCert Special Educational Needs "
          "Coordination, School of Education and Lifelong Learning")
memo_line("Copy:", "Mr Desmond Kerrigan, Head of SEN and Inclusion, Easterfold County Council; "
          "Academic Registry (Validation and Review)")
memo_line("Date:", "9 February 2009")
memo_line("Subject:", "Application for approval to provide nationally accredited SENCO training")
para("", after=2)

para("1. As agreed with your office by telephone on 28 January, we are sending as our application "
     "the programme team\u2019s formal response to the conditions and recommendations of the "
     "University\u2019s validation event, followed by extracts from the revised programme handbook. "
     "Almost every part of the programme was looked at again by the validation panel and the "
     "handbook has been rewritten as a result, so this seemed to us the most honest way of showing "
     "the programme as it will actually run from September 2009.")
para("2. The Postgraduate Certificate in Special Educational Needs Coordination (National Award) was "
     "validated by Thornleigh University at an event held on 4 December 2008. The panel was chaired "
     "by Professor Graham Lytton, Pro Vice-Chancellor (Learning and Teaching); its external members "
     "were Dr Ruth Adeyemi-Hale, Reader in Inclusive Education at the University of Calder Vale, and "
     "Mrs Sandra Pryke, Headteacher of Millbeck Primary School in Easterfold. The panel set six "
     "conditions and twelve recommendations. The Chair confirmed in writing on 23 January 2009 that "
     "all six conditions had been met, and the University\u2019s Academic Board has approved the "
     "programme for five years from September 2009.")
para("3. The programme is offered in partnership with Easterfold County Council, whose officers teach "
     "on it, whose Professional Development Centre is the venue for study days, and which meets part "
     "of the fee for teachers in Easterfold schools.")
para("4. Members of your panel will wish to know that, following Condition 3, every one of the "
     "TDA\u2019s minimum outcomes is now assessed at least once in a task that counts towards the "
     "award; the revised module assessments in section H4 of the handbook extracts show exactly where.")
para("5. In the table, the left-hand column quotes each condition and recommendation in the "
     "panel\u2019s own words, as they appear in the validation report. Our response, and where the "
     "change is made, is in the right-hand column. References such as \u2018H2.3\u2019 are to "
     "sections of the handbook extracts that follow the table.")
para("Miriam Ashdown", italic=True, after=12)

doc.add_heading("Response to the conditions and recommendations of the validation event", level=1)

# ------------------------------------------------------------------- table
rows = []  # (kind, label, panel_text, [response parts])

rows.append(("band", "CONDITIONS (all six confirmed as met by the Chair, 23 January 2009)"))

rows.append(("row", "Condition 1 \u2013 Level and credit",
    "\u201cThe module learning outcomes must be rewritten so that they are unambiguously at Level 7 "
    "of the Framework for Higher Education Qualifications, and the programme specification must state "
    "the credit value of each module and of the award.\u201d",
    ["Done. All module learning outcomes were redrafted in December with the help of the external "
     "panel member, using the University\u2019s Level 7 descriptors (critical evaluation of evidence, "
     "synthesis, and originality in applying knowledge to the participant\u2019s own setting).",
     "The award is 60 credits at Level 7 (masters level): three modules of 20 credits each, TSE701, "
     "TSE702 and TSE703. Credits gained may be carried forward into the University\u2019s MA "
     "Inclusive Education.",
     [("Where: ", "b"), ("programme specification section 3; H3.1.", "")]]))

rows.append(("row", "Condition 2 \u2013 Focus on pupils",
    "\u201cThe programme aims must make explicit that the purpose of the award is to raise the "
    "achievement and improve the well-being of children and young people with SEN and/or "
    "disabilities, in the sense of all five Every Child Matters outcomes, and this purpose must be "
    "visible in the assessment criteria of every module and not in the aims alone.\u201d",
    ["The aims have been rewritten (H1.1). The first aim now states that the programme exists to raise "
     "the achievement and improve the well-being of children and young people with SEN and/or "
     "disabilities across all five Every Child Matters outcomes \u2013 being healthy, staying safe, "
     "enjoying and achieving, making a positive contribution and achieving economic well-being \u2013 "
     "and not their attainment alone.",
     "We accept the panel\u2019s point that the draft said this in its aims and then forgot it in its "
     "assessment. Every assessed task now carries a common marking criterion (H5.2) which asks how far "
     "the work shows, with evidence, the difference made, or likely to be made, to pupils\u2019 "
     "achievement and well-being, including outcomes beyond attainment. A task cannot be passed if this "
     "criterion is not met. The module content was also read through against the aim by the external "
     "panel member, and the TSE702 case study now has to follow the pupil\u2019s progress and "
     "well-being, not only the pupil\u2019s test results.",
     [("Where: ", "b"), ("H1.1; H5.2; H4.2.", "")]]))

rows.append(("row", "Condition 3 \u2013 Mapping of assessment to the minimum outcomes",
    "\u201cFor each module the team must produce a revised assessment showing which of the TDA\u2019s "
    "minimum outcomes each assessed task is marked against, and must ensure that every minimum "
    "outcome is assessed at least once in a task that counts towards the award.\u201d",
    ["Revised assessments for the three modules are given in H4.1, H4.2 and H4.3. Each task now "
     "lists the Annex 3 outcomes against which it is marked, using the order in which Annex 3 sets "
     "them out: \u2018K&U 3\u2019 is the third knowledge and understanding outcome, \u2018Skills "
     "2(a)\u2019 the first indented point under the second skill, and so on.",
     "Every outcome is now assessed, and the mapping was checked by the external panel member in "
     "January. Markers record on the feedback sheet which outcomes the participant has shown.",
     [("Where: ", "b"), ("H4.1\u2013H4.3; H5.4.", "")]]))

rows.append(("row", "Condition 4 \u2013 Prior learning and experienced candidates",
    "\u201cThe team must set out how the programme will recognise the substantial experience that "
    "some applicants bring. In particular the panel expects an assessment-only route, in which an "
    "experienced candidate in exceptional circumstances submits a portfolio of evidence mapped to all "
    "the minimum outcomes and is examined on it in a professional discussion with two assessors, "
    "without attending the taught modules.\u201d",
    ["The team has looked hard at this and has chosen to strengthen the accreditation of prior "
     "learning. Under the University\u2019s Accreditation of Prior Learning (APL) regulations an "
     "applicant may now claim up to 40 of the 60 credits; the draft allowed 20.",
     "Certificated learning at Level 7 (for example a specialist dyslexia or autism qualification) is "
     "matched against the learning outcomes of the module concerned. Experiential learning is claimed "
     "through a reflective portfolio that maps the applicant\u2019s experience against that "
     "module\u2019s learning outcomes and the minimum outcomes it carries; the portfolio is assessed by "
     "two tutors and sampled by the external examiner. Every applicant is told about APL at interview "
     "and may book a meeting with the School\u2019s APL adviser.",
     "Every participant must take TSE703 (Leading Provision and Evaluating Impact), because its "
     "development project cannot be credited from past work. The Chair accepted this response as "
     "meeting the condition on 23 January 2009.",
     [("Where: ", "b"), ("H2.5.", "")]]))

rows.append(("row", "Condition 5 \u2013 Entry and readiness",
    "\u201cThe admissions procedure must show how the team will judge whether an applicant has "
    "enough knowledge, understanding and skills to meet all the minimum outcomes within the "
    "programme, and what happens to an applicant who does not.\u201d",
    ["H2.1 to H2.4 now set this out. Applicants must hold QTS, be in post as SENCO or have been "
     "designated by the headteacher to take up the role within twelve months, and have the "
     "headteacher\u2019s written support, including release for study days.",
     "Each applicant completes the self-audit (see Condition 6) and is interviewed by a programme "
     "tutor and the Council\u2019s SEN Adviser, who judge from the audit, the headteacher\u2019s "
     "statement and the interview whether the applicant can reasonably be expected to meet all the "
     "minimum outcomes by the end of the programme. The decision is recorded against published "
     "criteria.",
     "An applicant who is not yet ready receives a letter explaining what to do first \u2013 usually "
     "the Council\u2019s \u2018New to SENCO\u2019 induction course and a term shadowing an experienced "
     "SENCO \u2013 and, with the applicant\u2019s consent, the SEN Adviser talks this through with "
     "the headteacher. The applicant may apply again the following year.",
     [("Where: ", "b"), ("H2.1\u2013H2.4.", "")]]))

rows.append(("row", "Condition 6 \u2013 Needs analysis",
    "\u201cBefore the programme starts, each participant\u2019s needs must be assessed against the "
    "minimum outcomes, and the result must be used to draw up an individual learning plan for each "
    "participant, with personalised outcomes, which is reviewed with the tutor during the year.\u201d",
    ["A self-audit against the minimum outcomes (the Thornleigh SENCO Self-Audit: 36 statements "
     "rated on a four-point scale, with space for examples) is now completed by every applicant before "
     "interview and discussed at interview.",
     "After enrolment the team collates the audits. The cohort profile decides how much time each "
     "study day gives to each topic, and the audits are used to place participants in one of three "
     "workshop strands in TSE702 (complex needs; literacy and specific learning difficulties; "
     "behaviour, emotional and social development). The Chair accepted this response on 23 January "
     "2009.",
     [("Where: ", "b"), ("H2.3; H3.3.", "")]]))

rows.append(("band", "RECOMMENDATIONS"))

rows.append(("row", "Recommendation 1 \u2013 Reading and evidence",
    "\u201cThe team should refresh the module reading lists, which rely heavily on texts from the "
    "1990s, so that they reflect recent research and recent inspection evidence, for example "
    "Ofsted\u2019s 2006 report Inclusion: does it matter where pupils are taught?, and important "
    "developments such as the Inclusion Development Programme.\u201d",
    ["The reading lists were revised in December 2008. Each module list now has a core of research "
     "published since 2003, among them Norwich and Lewis\u2019s work on special teaching for special "
     "children, Lindsay\u2019s review of the evidence on inclusive education, MacBeath and "
     "colleagues\u2019 study of the costs of inclusion, and Florian\u2019s handbook of special "
     "education, with older texts kept only where they are still the standard work.",
     "Participants are also invited to the School\u2019s Centre for Inclusion Research seminar "
     "series, which meets twice a term.",
     [("Where: ", "b"), ("module reading lists (not reproduced).", "")]]))

rows.append(("row", "Recommendation 2 \u2013 Pupil voice",
    "\u201cThe panel recommends that the programme give explicit attention to consulting children and "
    "young people, including those with communication difficulties, and to involving pupils in "
    "planning, agreeing and reviewing their own provision, and that at least one assessed task should "
    "require participants to show how they have sought pupils\u2019 views.\u201d",
    ["The team agrees with the panel that this is an important area. It will be considered at the "
     "next review of the programme."]))

rows.append(("row", "Recommendation 3 \u2013 Flexibility",
    "\u201cThe team should consider offering a second intake in January and a blended route, so that "
    "SENCOs who cannot be released for ten study days a year can take part.\u201d",
    ["This will be considered at the next periodic review, when the size and spread of the first "
     "cohort are known.",
     "At present there is one intake, in September, and the modules are taken in the order TSE701, "
     "TSE702, TSE703. A participant who needs longer may, with the programme leader\u2019s agreement, "
     "spread the three modules over up to three years.",
     [("Where: ", "b"), ("H3.2.", "")]]))

rows.append(("row", "Recommendation 4 \u2013 Stakeholders in evaluation",
    "\u201cThe team should establish a programme steering group, including headteachers, parents (for "
    "example through the Parent Partnership Service) and the local authority, to take part in the "
    "annual evaluation of the programme.\u201d",
    ["The team and the Council\u2019s Head of SEN and Inclusion are discussing the membership and terms "
     "of reference of a steering group, and we expect a draft to be ready in the summer.",
     "Stakeholders are already closely involved in teaching the programme: officers of the "
     "Council\u2019s Educational Psychology Service, its Autism Outreach Team and the Easterfold Parent "
     "Partnership Service teach sessions in TSE702 and TSE703, and the Council\u2019s SEN Adviser sits "
     "on every admissions interview.",
     [("Where: ", "b"), ("H4.2; H4.3; H2.4.", "")]]))

rows.append(("row", "Recommendation 5 \u2013 Placements",
    "\u201cThe panel recommends that every participant should have a structured placement of at least "
    "three days in a specialist setting, such as one of the county\u2019s special schools or "
    "resourced provisions.\u201d",
    ["The team explored this with two Easterfold special schools but could not arrange placements for "
     "which part-time participants could be released. Participants who wish to visit a specialist "
     "setting are encouraged to arrange a visit through their own local authority contacts.",
     "Participants meet a wide range of specialist expertise within the taught programme: educational "
     "psychologists, speech and language therapists, the Autism Outreach Team, the Sensory Support "
     "Service and a specialist teacher for specific learning difficulties all teach sessions.",
     [("Where: ", "b"), ("H4.2; H7.1.", "")]]))

rows.append(("row", "Recommendation 6 \u2013 Mentors",
    "\u201cMentors in participants\u2019 schools should receive written guidance on their role and "
    "be briefed before the programme begins.\u201d",
    ["All tutors, including Council officers who teach on the programme, take part in the programme "
     "team\u2019s induction and in the School\u2019s annual assessment standardisation day (H7.3).",
     "A mentor guide will be produced before the first cohort starts, and the team intends to offer a "
     "twilight briefing for mentors during the autumn term."]))

rows.append(("row", "Recommendation 7 \u2013 Criminal records checks",
    "\u201cThe admissions procedure should state how the University will verify that each candidate "
    "holds a current enhanced CRB disclosure.\u201d",
    ["All participants are serving teachers employed in schools which are required by the School "
     "Staffing (England) Regulations to obtain an enhanced disclosure before appointment. The team does "
     "not therefore consider it necessary for the University to ask for or see disclosures, and no "
     "change has been made."]))

rows.append(("row", "Recommendation 8 \u2013 Impact on pupils",
    "\u201cThe team should set out how it will gather evidence of the programme\u2019s impact on "
    "pupils\u2019 achievement, for example by requiring participants to take baseline measures before "
    "an intervention and to measure its effect afterwards.\u201d",
    ["Participants repeat the self-audit at the end of the programme, and the change in their ratings, "
     "with their exit questionnaires, is reported in the annual monitoring report as our measure of "
     "the growth in their competence and confidence (H6.3).",
     "The team would like, in time, to gather evidence of the programme\u2019s effect on the "
     "achievement of pupils in participants\u2019 schools, and hopes to discuss with the Council how "
     "its pupil-level data might be used for this."]))

rows.append(("row", "Recommendation 9 \u2013 After the programme",
    "\u201cParticipants completing the programme should be helped to set further professional "
    "targets, for example through a planning session at the end of the final module.\u201d",
    ["The final study day of TSE703 now includes a presentation on the University\u2019s MA Inclusive "
     "Education and on the Council\u2019s programme of SEN courses for 2009\u201310, so that "
     "participants know what further study is open to them.",
     [("Where: ", "b"), ("H4.3.", "")]]))

rows.append(("row", "Recommendation 10 \u2013 Disabled applicants",
    "\u201cThe programme leaflet and application form should tell disabled applicants how to disclose "
    "a disability and what adjustments can be made.\u201d",
    ["Done. Section 6 of the application form now invites applicants to tell us about any disability "
     "or long-term condition, explains why we ask and who will see the information, and says that "
     "disclosure will play no part in the selection decision. The leaflet says the same and is "
     "available in large print, audio and electronic formats.",
     "A participant who discloses a disability is offered a meeting with the University\u2019s "
     "Disability Support Service before the programme starts, to agree a Learning Support Agreement "
     "covering study days, online work and assessment (for example extra time, an alternative to the "
     "Task 1B presentation, a reader or scribe, or assistive software). Tutors receive the Agreement "
     "with the participant\u2019s consent. Study days are held at the Easterfold Professional "
     "Development Centre, which has step-free access, an induction loop and accessible parking.",
     [("Where: ", "b"), ("H2.6.", "")]]))

rows.append(("row", "Recommendation 11 \u2013 Evidence of local need",
    "\u201cThe application to the TDA should set out more fully the evidence on which the team\u2019s "
    "understanding of local needs is based, and how that evidence has shaped the programme.\u201d",
    ["In May 2008 the Council surveyed the headteachers and SENCOs of all 212 Easterfold schools "
     "(131 replied), and in June the programme team held two focus groups, one with twelve SENCOs and "
     "one with the county\u2019s special school headteachers. Thirty-eight per cent of the SENCOs who "
     "replied had been in the role for less than three years. The needs they put first were planning "
     "and costing provision across the school, managing teaching assistants, working with outside "
     "agencies, and leading training for colleagues; headteachers added that new SENCOs lacked "
     "confidence in presenting to governors.",
     "The programme changed in response. Provision mapping and the deployment of teaching assistants "
     "now take four study sessions in TSE703 rather than one, at the request of the Council\u2019s "
     "SENCO Forum. The Parent Partnership Service asked to co-teach the TSE702 sessions on working with "
     "parents, and does so. Task 1B, a presentation to the senior leadership team or a governors\u2019 "
     "committee, was added after the headteachers\u2019 focus group and was supported by the "
     "headteacher member of the validation panel.",
     [("Where: ", "b"), ("H4.1\u2013H4.3.", "")]]))

rows.append(("row", "Recommendation 12 \u2013 Moderation",
    "\u201cThe team should state how marking will be moderated across tutors, including tutors from "
    "the Council.\u201d",
    ["H5.3 now sets out the arrangements: every task is marked against published criteria; a quarter "
     "of the scripts for each task, and every script provisionally marked as a fail or a distinction, "
     "are second-marked blind; the markers meet to agree marks before each Examination Board; and the "
     "external examiner samples each module and attends the Board. Council officers who teach on the "
     "programme do not act as first markers, but two of them take part in the moderation meeting each "
     "year so that their knowledge of local practice informs it.",
     [("Where: ", "b"), ("H5.3.", "")]]))

rows.append(("band", "The panel also commended the strength of the partnership with Easterfold County "
                     "Council and the school-based design of the three modules."))

table = doc.add_table(rows=1, cols=2)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = table.rows[0]
hdr._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
for i, t in enumerate(["Condition / recommendation of the validation panel",
                       "Programme team\u2019s response and where the change is made"]):
    c = hdr.cells[i]
    cell_paras(c, [[(t, "b")]])
    shade(c, "D9D9D9")

for row in rows:
    tr = table.add_row()
    if row[0] == "band":
        a, b = tr.cells
        m = a.merge(b)
        cell_paras(m, [[(row[1], "b")]])
        shade(m, "EDEDED")
        continue
    _, label, panel, resp = row
    left, right = tr.cells
    cell_paras(left, [[(label, "b")], [(panel, "i")]])
    cell_paras(right, [p if isinstance(p, list) else [(p, "")] for p in resp])

for tr in table.rows:
    tr.cells[0].width = Cm(7.0)
    tr.cells[1].width = Cm(9.6)

# ------------------------------------------------------------------- handbook
doc.add_page_break()
doc.add_heading("Extracts from the revised Programme Handbook (version 2.1, January 2009)", level=1)
para("The sections below are reproduced from the handbook that will be issued to participants, tutors "
     "and headteachers from September 2009. Section numbers are those of the handbook.", italic=True)

doc.add_heading("H1 The programme and its aims", level=2)
para("H1.1 Aims", bold=True)
para("The Postgraduate Certificate in Special Educational Needs Coordination (National Award) aims:")
bullets([
    "to raise the achievement and improve the well-being of children and young people with special "
    "educational needs and/or disabilities in participants\u2019 schools, across all five Every Child "
    "Matters outcomes and not in attainment alone;",
    "to prepare teachers to lead the coordination of SEN provision in a school, as the SEN Code of "
    "Practice (2001) describes the role, working with the headteacher and governors;",
    "to enable participants to make and evaluate real changes in their own school\u2019s provision;",
    "to develop critical, evidence-informed practice at masters level.",
])
para("H1.2 A school-based programme", bold=True)
para("The programme is built around the participant\u2019s own school. Between study days each module "
     "sets directed tasks to be carried out in school, each tied to named minimum outcomes: in TSE701 "
     "an audit of the school\u2019s SEN register and policy against the Code of Practice; in TSE702 a "
     "structured observation of one pupil across a whole school day and a meeting with the pupil\u2019s "
     "parents; in TSE703 a provision map for one year group and a planned change to it. The assessed "
     "tasks draw directly on this work, and the TSE703 development project requires each participant "
     "to lead a change in SEN provision in his or her school and to show what difference it made.")

doc.add_heading("H2 Admission", level=2)
para("H2.1 Entry requirements", bold=True)
para("Applicants must hold Qualified Teacher Status; be employed in a school; be in post as SENCO or have "
     "been designated by the headteacher to take up the role within twelve months; and have the "
     "headteacher\u2019s written support, including release for the ten study days and time for the "
     "school-based tasks.")
para("H2.2 Application", bold=True)
para("The application form asks for the applicant\u2019s role, experience of SEN and relevant study, "
     "and includes a statement from the headteacher about the applicant\u2019s role and the "
     "school\u2019s reasons for the application.")
para("H2.3 The self-audit", bold=True)
para("Every applicant completes the Thornleigh SENCO Self-Audit before interview. It sets out the "
     "minimum outcomes as 36 statements, each rated from 1 (\u2018new to me\u2019) to 4 (\u2018I could "
     "help a colleague with this\u2019), with space for an example. The audit is discussed at interview. "
     "After enrolment the programme team collates the audits for the cohort and uses them to plan the "
     "depth of each study day and to allocate participants to a workshop strand in TSE702 (H3.3).")
para("H2.4 Interview and decision", bold=True)
para("Applicants are interviewed by a programme tutor and the Council\u2019s SEN Adviser. The interviewers "
     "judge, using the audit, the headteacher\u2019s statement and the interview, whether the applicant "
     "has enough knowledge, understanding and skills to meet all the minimum outcomes by the end of the "
     "programme, and record the decision against the published admission criteria. An applicant who is "
     "not yet ready is told in writing what to do first, and with consent the SEN Adviser discusses this "
     "with the headteacher.")
para("H2.5 Accreditation of prior learning", bold=True)
para("Up to 40 credits may be awarded through the University\u2019s APL regulations, for prior "
     "certificated learning at Level 7 matched to module learning outcomes, or for experiential learning "
     "shown in a reflective portfolio mapped to the module\u2019s learning outcomes and the minimum "
     "outcomes it carries. Portfolios are assessed by two tutors and sampled by the external examiner. "
     "TSE703 cannot be credited through APL.")
para("H2.6 Disabled applicants and participants", bold=True)
para("The University meets its duties under the Disability Discrimination Act 1995 as amended in 2005, "
     "including the Disability Equality Duty, through its Disability Equality Scheme, and its duties "
     "under the Race Relations (Amendment) Act 2000 through its Race Equality Policy. Applicants are "
     "invited to disclose a disability on the application form and at any later stage; the information "
     "is used only to plan support and plays no part in selection. Participants who disclose meet the "
     "Disability Support Service before the programme starts and agree a Learning Support Agreement "
     "covering study days, online work and assessment. Course materials are provided in alternative "
     "formats on request, and the study-day venue is fully accessible.")

doc.add_heading("H3 Structure, study pattern and support", level=2)
para("H3.1 Credit and level", bold=True)
para("The award is 60 credits at Level 7: TSE701 The SENCO, the Law and the Whole School (20 credits); "
     "TSE702 Learners, Needs and Teaching (20 credits); TSE703 Leading Provision and Evaluating Impact "
     "(20 credits).")
para("H3.2 Study pattern", bold=True)
para("There is one intake a year, in September. The modules are taken in order, one a term, with ten "
     "study days in the year at the Easterfold Professional Development Centre and two \u2018online "
     "weeks\u2019 in each module. With the programme leader\u2019s agreement a participant may spread "
     "the modules over up to three years.")
para("H3.3 Workshop strands and tutorials", bold=True)
para("In TSE702 participants join one of three workshop strands, chosen from their self-audit and "
     "their school\u2019s needs: complex needs; literacy and specific learning difficulties; behaviour, "
     "emotional and social development. In every module the participant chooses the focus of the "
     "assessed tasks to fit his or her school, and has three individual tutorials with a named tutor, "
     "who follows the participant through the programme. Optional twilight workshops on assistive "
     "technology, dyslexia-friendly teaching and autism are open to all participants.")
para("H3.4 ThornNet", bold=True)
para("All study-day materials, readings and recordings are on ThornNet, the University\u2019s virtual "
     "learning environment. During each module\u2019s two online weeks participants work through directed "
     "reading and tasks on ThornNet and contribute to a discussion board moderated by the module tutor, "
     "who replies within three working days. Between study days participants can book twenty-minute "
     "telephone or email tutorials, and each participant belongs to a study trio with its own ThornNet "
     "space for sharing drafts and school materials. Headteachers and school mentors receive a termly "
     "email bulletin about the coming module and its school-based tasks. Participants who have not used "
     "a virtual learning environment before have a hands-on session on the first study day.")
para("H3.5 Fees", bold=True)
para("The fee is \u00a31,150 for the whole programme. Easterfold County Council meets \u00a3500 of the "
     "fee for teachers in Easterfold schools. Holding study days at the Council\u2019s centre rather "
     "than on campus keeps the fee below the University\u2019s standard rate for 60 Level 7 credits.")

doc.add_heading("H4 The modules and their revised assessment", level=2)
para("Outcome references are to Annex 3 of the TDA specification, in its own order: Attributes 1\u20137, "
     "K&U 1\u20139, Skills 1\u20139 (Skills 2(a)\u2013(d) being the indented points under Skills 2).",
     italic=True)

para("H4.1 TSE701 The SENCO, the Law and the Whole School (autumn term)", bold=True)
para("Content")
bullets([
    "The SEN framework: the Education Act 1996 Part IV, the SEN and Disability Act 2001, the SEN Code "
    "of Practice and what it requires of the school, the SENCO, teachers and governors in practice.",
    "Disability equality: the Disability Discrimination Act 1995 and 2005, the Disability Equality "
    "Duty, reasonable adjustments and accessibility planning, and what a school must do to carry them "
    "out.",
    "Every Child Matters: the five outcomes, the Children Act 2004, the Common Assessment Framework and "
    "the SENCO\u2019s part in helping pupils to achieve the outcomes.",
    "National policy and initiatives: Removing Barriers to Achievement, the Inclusion Development "
    "Programme and the national strategies\u2019 SEN materials.",
    "School self-evaluation and improvement: the school\u2019s self-evaluation form, improvement "
    "planning, and where provision for pupils with SEN fits in them.",
    "The SENCO as strategic leader: working with the headteacher, senior colleagues and governors on "
    "an inclusive ethos, SEN policy, priorities for development and the use of resources; winning "
    "the commitment of the headteacher, senior leaders and colleagues.",
    "Communicating the SEN agenda: writing policy and briefings for different readers, presenting to "
    "governors, and listening to and understanding colleagues\u2019 views.",
    "External agencies: the roles of the educational psychology service, health services, social care "
    "and CAMHS, and how to obtain specialist support and resources.",
])
para("School-based task: audit of the SEN register and SEN policy against the Code of Practice.")
para("Revised assessment (Condition 3)", bold=True, italic=True)
para("Task 1A \u2013 Policy review and improvement plan (4,000 words; 70% of the module mark). A critical "
     "review of the school\u2019s SEN policy and practice against the law and the Code of Practice, "
     "ending with an improvement plan agreed with the headteacher. Marked against: K&U 1 (SEN law and "
     "the Code of Practice); K&U 2 (Every Child Matters); K&U 3 (disability equality law); Skills 1 "
     "(strategic development with senior colleagues and governors); Attributes 2 (gaining the "
     "commitment of colleagues and the headteacher).")
para("Task 1B \u2013 Presentation (15 minutes plus 10 minutes of questions, with a two-page written "
     "briefing; 30% of the module mark). The participant presents the improvement plan to the senior "
     "leadership team or a governors\u2019 committee. The module tutor attends and marks; the "
     "headteacher adds a written comment. Marked against: Attributes 5 (expressing themselves clearly "
     "in speech and writing; listening to and understanding others\u2019 views); Skills 1.")

para("H4.2 TSE702 Learners, Needs and Teaching (spring term)", bold=True)
para("Content")
bullets([
    "How children develop: cognitive, language, social and emotional development, and how SEN, "
    "disability and the physical and social environment for learning affect it.",
    "The common types of need: behavioural, emotional and social difficulties; specific learning "
    "difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
    "disorders; moderate learning difficulties; and how each can affect learning (with the Autism "
    "Outreach Team and a specialist teacher for specific learning difficulties).",
    "Approaches, strategies and resources for assessment, planning and teaching, including ICT and "
    "assistive technology, and how to judge them critically.",
    "Identifying pupils who may have SEN through observation, data and assessment; setting challenging "
    "targets; planning interventions; reviewing progress.",
    "Using assessments from educational psychologists, speech and language therapists and other "
    "professionals to shape teaching (with the Educational Psychology Service).",
    "Tracking progress with summative data \u2013 national curriculum tests, P scales and optional "
    "tests \u2013 and changing programmes in the light of it.",
    "Helping colleagues develop assessment for learning, with approaches suited to pupils with SEN "
    "and/or disabilities.",
    "Relationships with pupils and families: fair, respectful and constructive relationships with "
    "pupils with SEN and/or disabilities and with their parents and carers.",
    "Working with parents and carers (co-taught with the Easterfold Parent Partnership Service): "
    "listening to parents\u2019 concerns, advising them, sharing information, running review meetings "
    "and handling disagreement, practised in role play.",
    "Research on effective interventions, and using research and specialist advice to improve "
    "one\u2019s own and colleagues\u2019 teaching.",
])
para("School-based tasks: whole-day observation of one pupil; a meeting with the pupil\u2019s parents.")
para("Revised assessment (Condition 3)", bold=True, italic=True)
para("Task 2A \u2013 Case study (5,000 words; 100% of the module mark). A study of one pupil with SEN "
     "and/or disabilities in the participant\u2019s school, following the pupil\u2019s progress and "
     "well-being over the term. Marked against: K&U 4 (how children develop); K&U 5 (the common types of "
     "SEN and disability); K&U 6 (approaches, strategies and resources including ICT); Skills 2 "
     "(identifying needs, setting targets, planning interventions, reviewing progress); Skills 2(a) "
     "(using assessments from other professionals); Skills 8 (liaising with parents and carers); "
     "Attributes 1 (relationships with the pupil and with parents or carers).")
para("Task 2B \u2013 Research digest (1,500 words). A critical summary of research on one intervention, "
     "shared with colleagues on ThornNet. Task 2B is formative: it receives written feedback against "
     "K&U 8 (best practice and research) and Attributes 6 (drawing on research and external advice), "
     "but it is not graded and does not count towards the module mark.")

para("H4.3 TSE703 Leading Provision and Evaluating Impact (summer term)", bold=True)
para("Content")
bullets([
    "Provision mapping and management: planning and costing provision, finding provision that is "
    "missing or not working (four sessions).",
    "Deploying and managing teaching assistants and other support staff.",
    "Supporting colleagues\u2019 development: observing lessons and giving feedback, modelling, "
    "coaching and mentoring, planning and leading INSET.",
    "Reviewing and evaluating provision with colleagues and feeding the findings into the "
    "school\u2019s self-evaluation and improvement planning.",
    "Working in partnership with other services and agencies, statutory and voluntary (with the "
    "Easterfold Autism Family Support Group, a voluntary organisation).",
    "Working with colleagues beyond the school: participants join the Council\u2019s termly SENCO "
    "cluster meetings and work with SENCOs from other schools on a shared problem.",
    "Anticipating problems and making well-founded decisions about provision, through case "
    "scenarios drawn from Easterfold schools.",
    "Keeping up to date: professional reading, networks and taking responsibility for one\u2019s own "
    "learning about SEN and disability.",
    "Final study day: what next? The University\u2019s MA Inclusive Education and the Council\u2019s "
    "SEN courses for the coming year.",
])
para("School-based task: a provision map for one year group.")
para("Revised assessment (Condition 3)", bold=True, italic=True)
para("Task 3A \u2013 Development project (5,000 words; 100% of the module mark). The participant plans, "
     "leads and evaluates a change in SEN provision in his or her school and reports what changed. "
     "Marked against: Skills 3 (provision mapping and management); Skills 4 (deploying and managing "
     "staff); Skills 6 (reviewing and evaluating provision with other staff to inform school "
     "self-evaluation); Skills 9 (partnership with other services and agencies); Attributes 4 "
     "(anticipating and resolving problems, sound judgement on provision).")
para("Task 3B \u2013 Reflective learning log, kept through the year and discussed at the final tutorial "
     "(Attributes 7). Task 3B is formative and is not marked.")

doc.add_heading("H5 Assessment and the award", level=2)
para("H5.1 Passing", bold=True)
para("The pass mark for each task is 50%. A participant may resubmit a failed task once.")
para("H5.2 Common criterion", bold=True)
para("Every assessed task is marked against the University\u2019s Level 7 criteria, the outcomes listed "
     "for the task, and one common criterion: how far the work shows, with evidence, the difference made "
     "or likely to be made to pupils\u2019 achievement and well-being, including outcomes beyond "
     "attainment. A task cannot pass unless this criterion is met.")
para("H5.3 Moderation", bold=True)
para("Tasks are first-marked by the module tutor. A quarter of the scripts for each task, and every "
     "script provisionally marked as a fail or a distinction, are second-marked blind by another tutor. "
     "Markers meet to agree marks before each Examination Board, with two Council officers who teach on "
     "the programme taking part. The external examiner, Dr Peter Vance of the University of Ormsby, "
     "samples every module, reports annually and attends the Board.")
para("H5.4 The award", bold=True)
para("To be awarded the Postgraduate Certificate a participant must pass every assessed task in the three "
     "modules, or pass the remaining tasks after credit for a module has been given through APL. The "
     "assessed tasks are mapped to the minimum outcomes (H4), so that a participant who passes them has "
     "met the outcomes.")

doc.add_heading("H6 Evaluation and quality assurance", level=2)
para("H6.1 Sources of evidence", bold=True)
para("Participants complete an evaluation questionnaire at the end of each module, and participant "
     "representatives meet the programme team at a staff\u2013participant liaison committee once a "
     "module. The programme team also uses the external examiner\u2019s report, marks and progression "
     "data, APL outcomes, and tutors\u2019 own reflections on each study day.")
para("H6.2 Annual monitoring", bold=True)
para("Each summer the programme leader writes the programme self-evaluation document for the "
     "University\u2019s annual monitoring. It draws the evidence together, is scrutinised by the "
     "School\u2019s Quality and Standards Committee, and ends with an action plan whose progress is "
     "checked at the next year\u2019s meeting. The next cohort is told what has been changed in response "
     "to its predecessors\u2019 views. Every five years the programme is reviewed by a panel with "
     "external members.")
para("H6.3 Participants\u2019 competence and confidence", bold=True)
para("Participants repeat the self-audit at the end of the programme and complete an exit "
     "questionnaire. The change in audit ratings for the cohort is reported in the self-evaluation "
     "document.")

doc.add_heading("H7 Staff and resources", level=2)
para("H7.1 Programme team", bold=True)
para("Dr Miriam Ashdown (Programme Leader, Principal Lecturer in Inclusive Education) was SENCO in two "
     "Easterfold secondary schools from 1994 to 2005, holds an MA in Special Educational Needs and a "
     "doctorate on the SENCO\u2019s leadership role, and still supports SENCOs in three schools. Mr "
     "Alun Pryce-Evans (Senior Lecturer) led a primary speech and language resource base until 2007 and "
     "holds an MEd in language and communication. Dr Hannah Okafor (Senior Lecturer) is a chartered "
     "educational psychologist who works one day a week for the Easterfold Educational Psychology "
     "Service. Ms Colette Varga (Senior Lecturer) was an advisory teacher for specific learning "
     "difficulties and holds AMBDA. All four belong to the Centre for Inclusion Research and each "
     "attends at least one national SEN conference a year. Council contributors include the leader of "
     "the Autism Outreach Team, two educational psychologists, a speech and language therapist, the "
     "Sensory Support Service and the coordinator of the Parent Partnership Service.")
para("H7.2 Resources", bold=True)
para("Participants have full use of the University library, including its SEN collection of some 4,000 "
     "items and electronic journals such as the British Journal of Special Education, the European "
     "Journal of Special Needs Education and Support for Learning. The Easterfold Professional "
     "Development Centre houses the Council\u2019s SEN Resource Library (standardised tests, "
     "intervention programmes, reading schemes) and an assistive technology suite with Clicker 5, "
     "Read&Write, Dragon NaturallySpeaking and Widgit symbol software, which participants use in TSE702 "
     "and may borrow between study days.")
para("H7.3 Tutors\u2019 induction and standardisation", bold=True)
para("New tutors, including Council officers who teach on the programme, are inducted by the programme "
     "leader, receive the tutor handbook, and observe a study day before teaching. All tutors attend the "
     "School\u2019s assessment standardisation day each September, at which scripts from the previous "
     "year are marked together and the criteria discussed.")

doc.save(OUT)
print("wrote", OUT)
