"""Build dh-01.docx: the Society of Special Needs Practitioners' consultation response form,
sent as its application (invented provider).

Provider
--------
The Society of Special Needs Practitioners (SSNP), Northampton: an invented registered
charity and national professional association of about 7,400 teachers, teaching
assistants, advisers and therapists working with pupils with SEN. It has trained its
members since 1979 and since 2005 has done so through six regional hubs (Preston, Leeds,
Nottingham, Cambridge, London, Southampton). Its award, a Postgraduate Certificate in SEN
Coordination, is validated by the invented University of Wellsmoor. 2008-era vocabulary
(CRB, DDA 1995/2005, disability equality duty, SEN Code of Practice 2001, ECM, SENCO
Regulations 2008, NPQH, Athens, Clicker 5).

Layout (a kind of document a national association really sends and keeps: its
completed response form to a government consultation)
-------------------------------------------------------------------------------------
- A shaded one-cell box at the top: a "Note for the Approval Panel" dated February 2009,
  saying that Council decided the December 2008 consultation response should stand as the
  application, with "Update, February 2009" boxes where arrangements have changed.
- The TDA's response form as the Society filled it in: the form's title block and its own
  italic guidance ("Boxes will expand as you type"), a "Your details" table with a column
  of tick boxes (the respondent-type list, confidentiality box), an optional "Section A"
  table about the respondent's provision (whose form prompt says it is "not an application
  for approval"), then fifteen consultation questions. Each question is a shaded table row
  holding the form's question (often close to the specification's words), a line of tick
  boxes (Agree / Disagree / Not sure), and a bordered one-cell "Comments" box holding the
  Society's answer, in bold run-in parts ("Our view.", "Our award.", "Staff." ...).
- One "Update, February 2009" box (different shading) under Question 12.
- The form's closing text (acknowledgement and re-contact tick boxes, return address).
- An annex table of the draft minimum outcomes, abridged, with columns "Our comment",
  "Taught" and "Assessed", merged group rows, and "--" cells.
- No heading styles: titles are bold Normal paragraphs. Page header and footer (the
  footer carries the form reference and a form prompt).

Traps and the requirement ids they affect
-----------------------------------------
- Opinions and ticks are not evidence: "Disagree" ticked for 60 credits, but the award is
  60 credits at M level, validated (E.2 met, E.1 met). "Agree" ticked under CRB checks,
  but the Society explicitly does not check (5.3 not_met: deferral to employers plus a
  negation "we do not ask participants for disclosure details").
- Views about what every provider should do are not the Society's arrangement: "every
  provider should invite candidates to disclose a disability ..." while its own answer is
  a value statement (social model, Equal Opportunities Policy) plus level access (3.1
  partially_met).
- Aspiration: pupil voice "currently considering ... hope to develop a session ... for the
  2010 cohort" (1.5 not_met); the annex's "Taught" cell for 6.S7 is "In development", but
  Assignment 2 assesses the pupil's part in IEP review (6.S7 partially_met: assessed, not
  taught).
- Negation: "The Society will not offer an assessment-only route" (2.3 not_met).
- One half negated: certificated APL yes, "The University's regulations do not allow credit
  for experiential learning" (2.1 partially_met); other universities' APEL mentioned.
- Superseded arrangement: the December answer says each hub arranges a two-day placement;
  the February update withdraws it ("Hubs will not arrange placements in 2009-10");
  specialist sessions remain (5.5 partially_met). The old certificate's special-school days
  are a past arrangement.
- Partial multi-part: e-modules with peer boards "not monitored by tutors; questions ...
  taken at the next hub day" (3.3 partially_met); stakeholders teach but evaluation only
  "would welcome ... will be writing to them" (4.3 partially_met); tutors have a handbook
  but "the Society does not brief or train school mentors" (5.7 partially_met); impact via a
  repeated self-review but pupils' achievement explicitly not measured (5.9 partially_met);
  research via hub day 5 plus "keep abreast of the latest research" with no inspection
  evidence (1.3 partially_met); hub days "the same for every participant", tailoring only
  through reading and assignment focus, a fee "compares very well" (2.4 partially_met).
- Blanket claim: "designed so that between them they assess all of the national minimum
  outcomes" against an annex with dashes and deletions (6.0, 1.9 partially_met).
- Annex outcomes:
  met (taught and assessed): A1, A2, A4, A5, A6, K1, K2, K3, K5, K6, K8, K9, S1, S2, S2a,
  S3, S4, S5, S6, S8, S9;
  taught, not assessed (A7 "Not assessed: the Next Steps plan is discussed ..."; K7 and
  S2b "--" in Assessed) partially_met;
  assessed only if chosen as the project focus, not taught (S2c partially_met);
  assessed, not taught (S7 partially_met, above);
  proposed for deletion and not included (A3, K4, S2d not_met).
- Met answers among the opinions: 1.1 (aims, ECM in content and in Assignment 2's baseline),
  1.2 and 1.8 (school tasks, development project marked on change), 1.4, 1.6, 1.7, 2.2
  (Starting Point and Individual Learning Plan), 2.5 (Next Steps planner), 3.2, 4.1 and
  4.2 (survey, focus groups, what changed), 5.1, 5.2, 5.4, 5.6, 5.8.
- Form text that is never evidence: the form's prompts, the "Section A" prompt, the
  respondent-type ticks, the footer.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("dh-01-society-consultation-response.docx")

doc = Document()
doc.core_properties.author = "Gillian Frome"
doc.core_properties.title = "SSNP response to the TDA consultation on SENCO training"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)

sec = doc.sections[0]
sec.left_margin = Cm(2.2)
sec.right_margin = Cm(2.2)

GREY = "D9D9D9"
PALE = "F2F2F2"
YELLOW = "FFF2CC"
TICK = "\u2612"
BOX = "\u2610"


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(text="", bold=False, italic=False, size=None, align=None, after=None, before=None):
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
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def fill_cell(cell, paras, size=None):
    """paras: list of paragraphs; each a str or a list of (text, bold, italic)."""
    cell.text = ""
    first = True
    for item in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        runs = [(item, False, False)] if isinstance(item, str) else item
        for text, b, i in runs:
            r = p.add_run(text)
            r.bold = b
            r.italic = i
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(4)


def box(paras, fill=None, size=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    fill_cell(c, paras, size=size)
    if fill:
        shade(c, fill)
    return t


def ticks(choice):
    labels = ["Agree", "Disagree", "Not sure"]
    s = "     ".join((TICK if lab == choice else BOX) + " " + lab for lab in labels)
    return para(s, before=4, after=4)


def question(num, text, choice, comments, update=None):
    para("", after=2)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    fill_cell(c, [[(f"{num}  ", True, False), (text, True, False)]])
    shade(c, GREY)
    if choice:
        ticks(choice)
    para("Comments:", italic=True, after=2)
    box(comments)
    if update:
        para("", after=2)
        box(update, fill=YELLOW)


def runin(lead, text):
    return [(lead + " ", True, False), (text, False, False)]


# ------------------------------------------------------------------ header and footer
hp = sec.header.paragraphs[0]
hr = hp.add_run("The Society of Special Needs Practitioners \u2013 response to the TDA consultation on "
                "SENCO training (with February 2009 updates)")
hr.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("TDA consultation response form SENCO/08 \u2013 Please continue on a separate sheet if "
                "necessary \u2013 Page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ note for the panel
box([
    [("NOTE FOR THE APPROVAL PANEL \u2013 February 2009", True, False)],
    "In December 2008 the Society responded to the TDA\u2019s consultation on the draft specification "
    "for SENCO training. Because our response described the Society\u2019s award in some detail, Council "
    "agreed on 27 January 2009 that it should be submitted, unaltered, as the Society\u2019s application "
    "for approval. Where an arrangement has changed since December, the change is shown in a box headed "
    "\u2018Update, February 2009\u2019 beneath the answer concerned. Everything else stands as written.",
    [("Gillian Frome, Chief Executive", False, True)],
], fill=PALE)

# ------------------------------------------------------------------ form title block
para("", after=6)
para("Training and Development Agency for Schools", bold=True, size=11, align="c", after=0)
para("CONSULTATION RESPONSE FORM", bold=True, size=14, align="c", after=2)
para("Draft specification for nationally accredited training for teachers new to the role of "
     "special educational needs coordinator (SENCO)", bold=True, size=11, align="c")
para("The closing date for this consultation is 19 December 2008. Please read the consultation "
     "document before completing this form. You do not have to answer every question. The boxes will "
     "expand as you type.", italic=True, size=9)

para("Your details", bold=True, before=6)
det = doc.add_table(rows=5, cols=2)
det.style = "Table Grid"
rows = [
    ("Name", "Gillian Frome, Chief Executive"),
    ("Organisation (if applicable)", "The Society of Special Needs Practitioners (SSNP)"),
    ("Address", "Sefton House, 14 Castle Street, Northampton NN1 2LX"),
    ("Telephone", "01604 783 210"),
    ("Date", "15 December 2008"),
]
for i, (a, b) in enumerate(rows):
    fill_cell(det.cell(i, 0), [[(a, True, False)]], size=9)
    fill_cell(det.cell(i, 1), [b], size=9)
    shade(det.cell(i, 0), PALE)

para("Please tick ONE box that best describes you as a respondent.", italic=True, size=9, before=6)
resp = doc.add_table(rows=3, cols=3)
resp.style = "Table Grid"
kinds = [
    (BOX, "Local authority"), (BOX, "Higher education institution"), (BOX, "School"),
    (BOX, "Headteacher"), (BOX, "SENCO or teacher"), (TICK, "Professional association or trade union"),
    (BOX, "Voluntary organisation or charity"), (BOX, "Parent or carer"), (BOX, "Other (please specify)"),
]
for n, (mark, lab) in enumerate(kinds):
    fill_cell(resp.cell(n // 3, n % 3), [f"{mark}  {lab}"], size=9)
para(f"Please tick if you would like your response to be kept confidential   {BOX}", italic=True, size=9,
     before=6)

# ------------------------------------------------------------------ Section A
para("Section A.  Information about your organisation\u2019s current or planned SENCO provision "
     "(optional)", bold=True, before=10)
para("If your organisation currently offers, or intends to offer, training for SENCOs, please tell us "
     "about it. This will help us to understand the likely pattern of provision. It is not an "
     "application for approval.", italic=True, size=9)
sa = doc.add_table(rows=7, cols=2)
sa.style = "Table Grid"
sarows = [
    ("About your organisation",
     "The Society is a registered charity and professional association of about 7,400 teachers, teaching "
     "assistants, advisers and therapists who work with children and young people with special "
     "educational needs. It has offered training to its members since 1979, and through six regional "
     "hubs since 2005."),
    ("Name of programme", "Postgraduate Certificate in SEN Coordination (the SSNP SENCO Award)"),
    ("Accrediting HEI", "University of Wellsmoor, School of Education"),
    ("Level and credit", "Masters (M) level; three units of 20 credits"),
    ("Where delivered",
     "Six regional hubs: North West (Moorside School, Preston); North East and Yorkshire (the Society\u2019s "
     "Northern Office, Leeds); Midlands (Hollybank Teachers\u2019 Centre, Nottingham); Eastern (Granta "
     "Learning Centre, Cambridge); London (the Society\u2019s London office, Bloomsbury); South (Hartley "
     "Vale School, Southampton)"),
    ("First intake", "September 2009, then February 2010"),
    ("Expected numbers", "Up to 20 per hub per intake"),
]
for i, (a, b) in enumerate(sarows):
    fill_cell(sa.cell(i, 0), [[(a, True, False)]], size=9)
    fill_cell(sa.cell(i, 1), [b], size=9)
    shade(sa.cell(i, 0), PALE)

# ------------------------------------------------------------------ Section B
para("Section B.  Consultation questions", bold=True, before=12)
para("Please tick the box that reflects your view and use the comments box to explain your answer.",
     italic=True, size=9)

question(
    "1", "Criterion 1 proposes that programmes should have as their main objective and outcome the raised "
    "achievement of children and young people with SEN and/or disabilities, through improving "
    "participants\u2019 professional knowledge, understanding and skills. Do you agree?", "Agree",
    [runin("Our view.",
           "We agree wholeheartedly. The Society has argued since Removing Barriers to Achievement that "
           "training for SENCOs must be judged by what it does for children, and we welcome the draft\u2019s "
           "insistence that achievement means all five Every Child Matters outcomes and not test scores "
           "alone."),
     runin("Our award.",
           "The first of the award\u2019s three aims is that pupils with SEN and/or disabilities in each "
           "participant\u2019s school make better progress, both in their learning and in the five Every "
           "Child Matters outcomes, because their SENCO leads provision better. The aims are carried through "
           "into content and assessment. Hub day 1 introduces Every Child Matters and the SENCO\u2019s part in "
           "it. Assignment 2, the pupil case study, requires a baseline and a follow-up record of the "
           "pupil\u2019s attainment and of at least two Every Child Matters outcomes (for instance attendance, "
           "a well-being scale, or taking part in clubs and school trips), and Assignment 3 asks the "
           "participant to show what changed for a group of pupils as a result of the development project.")])

question(
    "2", "The draft specification states that accredited SENCO qualifications should be validated at "
    "masters level, and that they will normally provide 60 credits. Do you agree?", "Disagree",
    [runin("Our view.",
           "We disagree with the expectation of 60 credits. Many of our members are teachers in small "
           "primary schools who have taken on the SENCO role alongside a full class timetable, and 60 "
           "credits at masters level in a year is a heavy load. We would urge the TDA to allow a 30-credit "
           "award for SENCOs in schools of fewer than 100 pupils."),
     runin("Our award.",
           "Nevertheless the Society\u2019s award has been built to the draft as it stands. The University of "
           "Wellsmoor validated it on 20 November 2008 as a Postgraduate Certificate in SEN Coordination, 60 "
           "credits at masters (M) level in three units of 20 credits each, and the University makes the "
           "award to successful participants. The credit can be carried into the University\u2019s MA in "
           "Inclusive Education.")])

question(
    "3", "Do you agree that programmes must be strongly rooted in practice in schools, and should include "
    "opportunities for participants to undertake practical activity in a school directly related to the "
    "outcomes?", "Agree",
    [runin("Our view.", "Yes. A SENCO award that could be passed from a library would be worthless."),
     runin("Our award.",
           "Every participant must be in post as SENCO, or designated to become SENCO within the year, so "
           "that the award is done in and for a real school. Each hub day ends by setting a school task (for "
           "example, checking the school\u2019s SEN register against the Code of Practice, or observing a "
           "teaching assistant working with a pupil), and participants bring the result to the next hub day "
           "for discussion. Assignment 3 is a development project that the participant plans, leads and "
           "evaluates in his or her own school over at least one term, with the headteacher\u2019s written "
           "agreement; it is marked on the change achieved in practice as well as on the write-up."),
     "In the Society\u2019s former, non-accredited SENCO Certificate (2003-2008), every participant also "
     "spent two days in a special school. We were sorry to lose this, and say more under Question 12."])

question(
    "4", "Do you agree that programmes should reflect recent research and inspection evidence and "
    "important developments in SEN and disability, and should develop participants\u2019 understanding of "
    "current legislation, government policies and initiatives?", "Agree",
    [runin("Our view.",
           "We agree, and would add that the law and guidance change so often that the specification should "
           "require providers to update their materials every year."),
     runin("Research.",
           "Our tutors are all practising members of the Society who keep abreast of the latest research "
           "through our journal and our annual conference, and the award reflects current thinking "
           "throughout. Hub day 5, \u2018What works\u2019, reviews the published evidence on interventions "
           "for literacy, numeracy, speech, language and communication, and behaviour."),
     runin("Legislation and policy.",
           "Unit 1, \u2018The SENCO, the law and the school\u2019 (hub days 1 to 3), covers the Education Act "
           "1996 as amended by the Special Educational Needs and Disability Act 2001, the SEN Code of "
           "Practice 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability "
           "equality duty, the Children Act 2004 and Every Child Matters, Removing Barriers to Achievement, "
           "and the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008. "
           "Assignment 1 is a 4,000-word audit of the participant\u2019s own school\u2019s SEN policy and "
           "practice against the Code of Practice and the disability equality duty, ending with "
           "recommendations to the headteacher and governors.")])

question(
    "5", "The specification asks providers to develop participants\u2019 skills in consulting children and "
    "young people; in advising, supporting and collaborating with colleagues within and beyond the school; "
    "and in advising, supporting and working in partnership with parents and carers. Are these the right "
    "priorities?", "Agree",
    [runin("Colleagues.",
           "Unit 3, \u2018Leading and developing practice\u2019 (hub days 6 to 8), covers provision mapping "
           "and assistive technology and, above all, leading other adults: deploying and managing teaching "
           "assistants, coaching and mentoring teachers, observing lessons and giving feedback, planning and "
           "running INSET, and working with the educational psychology service, health and social care "
           "through the Common Assessment Framework and the team around the child. Assignment 3 requires the "
           "participant to lead colleagues through the change and to involve at least one professional from "
           "outside the school."),
     runin("Parents and carers.",
           "Half of hub day 4 is given to partnership with parents and carers. It is planned and taught with "
           "the Parent Partnership Service of the host local authority, and participants practise difficult "
           "conversations in role play with a trained parent tutor. Assignment 2 must include the parents\u2019 "
           "view of their child\u2019s needs and show how the participant worked with them in planning and "
           "reviewing provision."),
     runin("Pupils.",
           "The Society agrees that pupil voice matters and regrets how often it is reduced to a "
           "questionnaire. We are currently considering how best to build it into the award, and we hope to "
           "develop a session with the young members of a disabled children\u2019s organisation for the 2010 "
           "cohort.")])

question(
    "6", "Do you agree that each participant\u2019s training and development needs should be assessed "
    "against the programme outcomes before the course, and used to set an individual training plan? Do "
    "you agree that providers should take account of and accredit prior study and experience?", "Agree",
    [runin("Starting Point.",
           "Every participant completes the Society\u2019s Starting Point self-review before induction: a "
           "rating on a four-point scale against each of the national outcomes, with a note of the evidence "
           "for each rating. At the induction meeting at the hub (in July for the September intake and in "
           "January for the February intake) the hub tutor goes through the self-review with the "
           "participant, tests the ratings against the evidence offered, and together they agree an "
           "Individual Learning Plan. The plan records the participant\u2019s personal targets against the "
           "outcomes, the school tasks and reading to put first, and the intended focus of each assignment. "
           "It is reviewed at the mid-point tutorial after hub day 4."),
     runin("Prior learning.",
           "Up to 20 credits (Unit 1) may be accredited for certificated study at M level completed in the "
           "last five years, through the University\u2019s APL procedure. The University\u2019s regulations do "
           "not allow credit for experiential learning on this award, so we cannot accredit experience "
           "alone, though it is taken into account in the Individual Learning Plan. We understand that some "
           "other universities do offer APEL, and we would support a national approach.")])

question(
    "7", "In exceptional circumstances, suitably experienced candidates should be able to present "
    "themselves for assessment against the programme outcomes through an \u2018assessment-only\u2019 route. "
    "Do you agree?", "Disagree",
    ["We do not agree. The award is about changing practice over time, and a portfolio put together from "
     "past work cannot show that. The Society will not offer an assessment-only route. Experienced SENCOs "
     "are better served by the accreditation of prior learning described under Question 6 and, we would "
     "suggest, by the Society\u2019s Advanced Practitioner programme."])

question(
    "8", "Do you agree that provision should be tailored to individuals\u2019 circumstances and needs, "
    "should be cost-effective, and should help participants who complete it to consider further "
    "professional targets?", "Agree",
    [runin("Tailoring and cost.",
           "We agree in principle. In practice hub days are the same for every participant: with groups of up "
           "to 20 at each hub we cannot run a different programme for each person, and we do not think the "
           "specification should expect it. Individual needs are met through the Individual Learning Plan, "
           "which shapes each participant\u2019s reading and the focus of the assignments. The fee for 2009-10 "
           "is \u00a31,350 (\u00a31,200 for members of the Society), which we believe compares very well with "
           "other providers."),
     runin("Next steps.",
           "The last hub day ends with a Next Steps session in which each participant drafts a two-year "
           "professional development plan, using the Society\u2019s Next Steps planner, to take to his or her "
           "performance management review with the headteacher. The hub tutor reads the draft and discusses "
           "it at the final tutorial, and every participant receives a year\u2019s free membership of the "
           "Society\u2019s SENCO Network.")])

question(
    "9", "Criterion 3 asks providers to comply with all relevant duties under equalities laws, for "
    "example by making reasonable adjustments for disabled candidates and participants. Is the guidance "
    "on this sufficiently clear?", "Not sure",
    [runin("Our view.",
           "Not entirely. We would welcome guidance from the TDA on what adjustments to assessment are "
           "reasonable at masters level. In our view every provider should invite candidates to disclose a "
           "disability at the point of application and should offer a meeting to agree adjustments before the "
           "course starts."),
     runin("Our award.",
           "The Society is committed to equality of opportunity and to the social model of disability, which "
           "underpins all our work, and the Society\u2019s Equal Opportunities Policy applies to the award. All "
           "six hub venues have level access and an accessible toilet.")])

question(
    "10", "Do you agree that programmes should be delivered flexibly and that, where a programme uses "
    "e-learning, participants should be able to get direct support from tutors and peers, including "
    "between face-to-face sessions?", "Agree",
    [runin("Flexibility.",
           "The award is offered at six regional hubs so that almost every member is within an hour and a "
           "half of one. Each hub takes two intakes a year, in September and February. A participant who "
           "misses a hub day may attend the same day at another hub, Units 2 and 3 may be taken in either "
           "order, and participants may take the three units in one year or spread them over up to three "
           "years."),
     runin("E-learning.",
           "Between hub days participants work through the Society\u2019s six e-modules on the members\u2019 "
           "website (autism; dyslexia and specific learning difficulties; speech, language and communication "
           "needs; behaviour; moderate learning difficulties; and ICT for inclusion). Each e-module has a "
           "discussion board on which participants from all six hubs share ideas and resources. The boards "
           "are a peer space and are not monitored by tutors; questions about the e-modules are taken at the "
           "next hub day.")])

question(
    "11", "Do you agree that providers should take account of the needs of stakeholders and involve them "
    "in developing, delivering, evaluating and improving programmes?", "Agree",
    [runin("What stakeholders told us.",
           "In June 2008 the Society sent a questionnaire to its 1,214 members who are SENCOs (487 replied) "
           "and held a focus group at each of the six hubs with local headteachers, SENCOs and local "
           "authority SEN officers (61 people in all). Three messages came through most strongly: new SENCOs "
           "need help to manage teaching assistants; they need help to use data on pupils\u2019 progress; and "
           "training must be close to home."),
     runin("What we changed.",
           "As a result the award gives the whole of hub day 7 to deploying and managing teaching "
           "assistants, and hub day 5 now includes using data to track pupils\u2019 progress. The award is "
           "delivered through the six hubs, where the Society\u2019s former certificate was taught only at our "
           "head office."),
     runin("Involvement.",
           "Local authority SEN officers teach on hub day 2 and Parent Partnership staff on hub day 4, and "
           "each host school welcomes participants into its classrooms at lunchtime. We would welcome the "
           "involvement of local authorities in evaluating the award, and will be writing to them about this "
           "in the new year.")])

question(
    "12", "Criterion 5 sets out requirements for quality assurance, including systems for checking "
    "candidates\u2019 suitability and prior knowledge, staffing, specialist expertise and placements, and "
    "resources. Do you agree with them?", "Not sure",
    [runin("Entry.",
           "Candidates must hold QTS, be in post as SENCO or designated to take up the post within the year, "
           "and send a nomination form signed by their headteacher. The hub tutor interviews every candidate "
           "by telephone and reads the Starting Point self-review. A candidate who is unlikely to meet the "
           "outcomes by the end of the award is advised to take the Society\u2019s ten-week Foundation Module "
           "first, and the hub tutor writes to the headteacher to explain what the candidate needs to do to "
           "be ready."),
     runin("Background checks.",
           "All participants are serving teachers whose employers will already hold an enhanced CRB "
           "disclosure for them. The Society does not think it proportionate for training providers to repeat "
           "employers\u2019 checks, and we do not ask participants for disclosure details."),
     runin("Staff.",
           "Each hub has a hub tutor appointed by the Society\u2019s Professional Development Committee. Every "
           "hub tutor has been a SENCO or SEN adviser for at least five years and holds a masters-level "
           "qualification in SEN; four of the six also hold the NPQH. Hub tutors attend the Society\u2019s "
           "two-day tutor update each July, which covers changes in law and guidance and new research, and "
           "keep a record of their own professional development, reviewed each year by the Director of "
           "Professional Development."),
     runin("Specialist expertise and placements.",
           "Specialist sessions are led by members of the Society who are educational psychologists, speech "
           "and language therapists and specialist teachers of pupils with autism and sensory impairments. "
           "Each hub arranges a two-day placement in a special school or resource base for every "
           "participant."),
     runin("Resources.",
           "Participants have full borrowing rights at the University of Wellsmoor library and online access "
           "to its journals through Athens; they may also borrow from the Society\u2019s own lending library of "
           "some 3,000 books and assessment materials, which are posted free of charge. Each hub holds an "
           "assistive technology kit (text-to-speech and word-prediction software, Clicker 5, switch access "
           "devices and a portable loop), which participants use on hub day 6."),
     runin("Roles.",
           "Hub tutors work to the Society\u2019s Hub Tutor Handbook, which sets out their duties in teaching, "
           "tutoring, marking and pastoral support, and they are trained in it at the July update. Each "
           "participant\u2019s headteacher is asked to name a mentor in school; the Society does not brief or "
           "train school mentors.")],
    update=[[("Update, February 2009", True, False)],
            "At validation the University asked that placements should not be a requirement in the first "
            "year. Hubs will not arrange placements in 2009-10; participants who wish to visit another "
            "setting may arrange this themselves through their local authority."])

question(
    "13", "Do you agree that assessments should be consistent, reliable, accurate and moderated, and "
    "that providers should evaluate the quality, standards and impact of their programmes, including their "
    "impact on the achievement of children and young people?", "Agree",
    [runin("Marking and moderation.",
           "Every assignment is first marked by the participant\u2019s hub tutor against the University\u2019s "
           "M-level criteria. A tutor from another hub second-marks, blind, every fail, every distinction and "
           "a 20 per cent sample of the rest. The six hub tutors meet at head office each June for a "
           "moderation day, and the University\u2019s external examiner sees a sample from every hub and "
           "attends the Award Board."),
     runin("Evaluation.",
           "Participants complete an evaluation sheet after every hub day and an end-of-award questionnaire; "
           "each hub tutor writes an annual hub report; and the University\u2019s annual monitoring report and "
           "the external examiner\u2019s report go to the Society\u2019s Professional Development Committee, "
           "which agrees an action plan each September and reports the changes made to members in "
           "Practitioner, the Society\u2019s magazine."),
     runin("Impact.",
           "The Starting Point self-review is repeated at the end of the award, so that each participant and "
           "the Society can see how confidence and competence have changed against every outcome. We agree "
           "with the TDA that impact on pupils\u2019 achievement is hard to measure within a year. The Society "
           "will not ask participants to collect pupil data for the purpose of evaluating the award, as we "
           "believe this would be an unfair burden on schools.")])

question(
    "14", "Criterion 6 requires that only candidates who have shown that they meet at least all the "
    "minimum outcomes in Annex 3 are awarded the qualification. Do you agree? Are the minimum outcomes the "
    "right ones?", "Agree",
    [runin("The award.",
           "The University\u2019s Award Board makes the award to participants who pass all three assignments. "
           "The three assignments have been designed so that between them they assess all of the national "
           "minimum outcomes, as the annex to this response shows."),
     runin("The outcomes.",
           "We would like to see fewer of them. Some repeat what every teacher learns in initial training, "
           "such as how children develop; others, such as access arrangements for examinations, are in "
           "practice handled by other staff in most secondary schools; and one or two, such as managing time, "
           "are not in our view capable of assessment at masters level. We have said in the annex where we "
           "think each outcome should change.")])

question(
    "15", "Do you have any other comments on the draft specification?", None,
    ["We hope that the TDA will fund bursaries for SENCOs in small schools, and that the DCSF will give "
     "newly appointed SENCOs protected time to study. The Society would be glad to help the TDA to run "
     "regional briefings for providers, drawing on our hubs."])

# ------------------------------------------------------------------ closing form text
para("", after=4)
para("Thank you for taking the time to let us have your views. We do not intend to acknowledge "
     "individual responses unless you place an \u2018X\u2019 in the box below.", italic=True, size=9)
para(f"{BOX}  Please acknowledge this reply", size=9)
para("As your views are valuable to us, would it be all right if we were to contact you again from time "
     f"to time about other consultations?     {TICK} Yes     {BOX} No", italic=True, size=9)
para("Completed forms should be returned by 19 December 2008 to: SENCO Specification Consultation, "
     "Training and Development Agency for Schools, 151 Buckingham Palace Road, London SW1W 9SZ.",
     italic=True, size=9)

# ------------------------------------------------------------------ annex
doc.add_page_break()
para("Annex to the Society\u2019s response: the draft minimum outcomes, our comments, and where each is "
     "taught and assessed in the Society\u2019s award", bold=True, size=11)
para("Outcomes are abridged from the draft. Hub days are those of the 2009-10 hub calendar. "
     "\u2018\u2014\u2019 means not taught or not assessed.", italic=True, size=9)

ROWS = [
    ("G", "Professional attributes"),
    ("Fair, respectful, supportive relationships with pupils with SEN and their parents or carers",
     "Agree.", "Hub day 4; Unit 2", "Assignment 2 (work with the pupil and parents)"),
    ("Gain the commitment of colleagues, including the headteacher and senior leaders",
     "Agree. This is the hardest part of the job for new SENCOs.", "Hub day 8, Leading from the middle",
     "Assignment 3 (securing and reporting the support of the headteacher and senior team for the project)"),
    ("Prioritise, manage time and delegate",
     "We doubt that this can be assessed at masters level and propose that it is removed.",
     "\u2014", "\u2014"),
    ("Anticipate and resolve problems; well-founded decisions; sound judgement on provision",
     "Agree.", "Problem-solving case discussions, hub days 2 to 7",
     "Assignment 3 (the project\u2019s decision log and evaluation)"),
    ("Express themselves clearly in speech and writing; listen to the views of others",
     "Agree.", "Throughout; presentation skills on hub day 8",
     "All assignments (written); Assignment 3 presentation to the hub group, assessed by the hub tutor"),
    ("Draw on research evidence and external advice to improve practice",
     "Agree.", "Hub day 5, What works",
     "All assignments (marking criterion 2: use of research and professional literature)"),
    ("Keep up to date; take responsibility for own CPD",
     "Agree, though this is the employer\u2019s job as much as the provider\u2019s.", "Hub day 8, Next Steps",
     "Not assessed: the Next Steps plan is discussed at the final tutorial"),
    ("G", "Knowledge and understanding"),
    ("Laws and guidance on SEN, including the Code of Practice", "Agree.", "Hub days 1 and 2",
     "Assignment 1"),
    ("Every Child Matters and the SENCO\u2019s part in it", "Agree.", "Hub day 1",
     "Assignment 2 (Every Child Matters baseline and follow-up)"),
    ("Laws on disability equality and the actions they require", "Agree.", "Hub day 3",
     "Assignment 1 (disability equality duty)"),
    ("How children develop; the effect of SEN and of the environment",
     "Already covered in initial teacher training. We propose that this outcome is deleted, and it is not "
     "included in the award.", "\u2014", "\u2014"),
    ("The most common types of SEN and disability and how they affect learning",
     "Agree; we would add sensory impairment.", "E-modules; hub day 5",
     "Assignment 2, section B (the pupil\u2019s area of need compared with one other)"),
    ("Critical understanding of approaches, strategies and resources, including ICT", "Agree.",
     "Hub days 5 and 6 (assistive technology kit)",
     "Assignment 2 (choice and critique of the intervention, including any use of ICT)"),
    ("School self-evaluation and improvement in relation to SEN", "Agree.", "Hub day 8 (the SEF and SEN)",
     "\u2014"),
    ("Best practice and the outcomes of research", "Agree.", "Hub day 5", "Assignments 2 and 3"),
    ("Scope and role of external agencies; getting specialist support", "Agree.",
     "Hub day 2 (local services, CAF)", "Assignment 1 (the school\u2019s use of outside agencies)"),
    ("G", "Professional skills"),
    ("With senior colleagues and governors, influence an inclusive ethos, policies, priorities and use of "
     "resources", "Agree, where the SENCO is on the senior team; many are not.", "Hub day 8",
     "Assignment 1 (recommendations to the headteacher and governors)"),
    ("Identify pupils, set targets, plan interventions, review progress", "Agree.", "Hub days 4 and 5",
     "Assignment 2"),
    ("(a) Use assessments from a range of professionals", "Agree.", "Hub day 5",
     "Assignment 2 (use of reports from other professionals)"),
    ("(b) Use summative assessments, including national tests, to track progress", "Agree.",
     "Hub day 5 (using data)", "\u2014"),
    ("(c) Encourage other teachers to develop formative assessment", "Agree.", "\u2014",
     "Assignment 3, where the participant chooses it as the focus of the project"),
    ("(d) Special arrangements for national tests and examinations",
     "In most secondary schools this is done by the examinations officer. We propose deletion; it is not "
     "included in the award.", "\u2014", "\u2014"),
    ("Provision mapping and management", "Agree.", "Hub day 6",
     "Assignment 1 (provision map of the school, with gaps identified)"),
    ("Deploy and manage staff", "Agree; the most requested topic in our survey.", "Hub day 7",
     "Assignment 3"),
    ("Support colleagues\u2019 professional development", "Agree.", "Hub days 7 and 8",
     "Assignment 3 (coaching or training colleagues as part of the project)"),
    ("Review and evaluate provision with other staff, to inform school self-evaluation", "Agree.",
     "Hub day 8", "Assignment 3 (evaluation with colleagues, reported to the senior team for the school "
     "improvement plan)"),
    ("Ensure pupils are involved in planning and reviewing their provision", "Agree.",
     "In development for 2010 (see Question 5)",
     "Assignment 2 (how the pupil took part in setting and reviewing IEP targets)"),
    ("Liaise effectively with parents and carers", "Agree.", "Hub day 4", "Assignment 2"),
    ("Work in partnership with other services and agencies, including voluntary organisations", "Agree.",
     "Hub day 2 (including a voluntary sector \u2018market place\u2019)",
     "Assignment 3 (at least one professional from outside the school)"),
]
t = doc.add_table(rows=1 + len(ROWS), cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(("Draft outcome (abridged)", "Our comment", "Taught", "Assessed")):
    fill_cell(t.cell(0, j), [[(h, True, False)]], size=8.5)
    shade(t.cell(0, j), GREY)
for i, row in enumerate(ROWS, start=1):
    if row[0] == "G":
        m = t.cell(i, 0).merge(t.cell(i, 3))
        fill_cell(m, [[(row[1], True, False)]], size=8.5)
        shade(m, PALE)
    else:
        for j, val in enumerate(row):
            fill_cell(t.cell(i, j), [val], size=8.5)
for r in t.rows:
    for j, w in enumerate((Cm(5.2), Cm(4.2), Cm(3.4), Cm(4.2))):
        r.cells[j].width = w

doc.save(OUT)
print("wrote", OUT)
