"""em-01-sce-chief-executives-directive: build script.

Provider (invented people, places and university; the Agency is the kind of
provider given in the brief): Service Children's Education (SCE), the
Ministry of Defence agency that runs schools for Service families in
Germany, Cyprus and north-west Europe, in partnership with Marchmont
University (invented), which validates the programme as a 60-credit
Postgraduate Certificate.  Participants are SCE SENCOs spread across
garrisons (Lindenbrueck, Wesselstadt, Sennemark, Hohenwalde; Stavrokampos in
the Sovereign Base Areas of Cyprus; two schools in Belgium and the
Netherlands).  Dated 17 November 2008.

Kind of document: a Chief Executive's Directive in MoD staff-writing style
(JSP 101 house style), issued to head teachers, Regional Education Officers
and HQ branches, and sent whole, with its four Annexes, as the Agency's
application.  Para 2 says so.

Layout:
- A borderless letterhead table (From / Reference / Mil and Civ telephone /
  date), "See Distribution", an underlined bold capitalised title.
- A "References:" list lettered A-H (no I, as MoD lists skip it).
- Main headings are bold capitalised Normal paragraphs (INTRODUCTION, AIM,
  BACKGROUND, INTENT, EXECUTION, COORDINATING INSTRUCTIONS, SERVICE SUPPORT,
  COMMAND AND SIGNAL), sub-headings bold Normal ("Concept", "Tasks").
- Every main paragraph is numbered by Word's own multi-level numbering
  (1., a., (1)): the numbers are NOT in the text.  Paragraphs begin with
  bold run-in titles ("The Agency.").  In-text cross-references are typed
  ("para 19", "para 47") and point at auto-numbered paragraphs; the build
  computes them.
- A signature block, an "Annexes:" list and a Distribution list
  (External / Action / Information), the TDA "for information".
- Each Annex is its own Word section, with "ANNEX A TO CE DIRECTIVE 3/08
  DATED 17 NOV 08" typed top right, numbering restarted at 1, and a footer
  page number "A-1", "B-1" ... (fields).  Header "UNCLASSIFIED" on every
  page; main footer "UNCLASSIFIED" plus a page field.
- Annex A: programme aims, a calendar table (Germany and Cyprus columns) and
  a table of the three assessed Tasks plus the unmarked Professional
  Development Log.  Annex B: an outcome map (Ser / Outcome summary /
  Developed in / Assessed by / Remarks) with shaded group rows and 28
  serials for 29 outcomes.  Annex C: entry and selection.  Annex D: a QA
  table (aspect / evidence / who / when / findings go to), impact measures,
  marking and moderation, a staff table.

Traps (requirement ids):
- Assessment-only route: para 19 describes Marchmont University's route
  "For its UK programme" in ordinary present-tense prose, as if it applied;
  the negation comes fourteen paragraphs later, in para 33 under
  COORDINATING INSTRUCTIONS, by reference to "para 19" only (2.3 not met).
- Background checks: para 34 offers Defence Vetting Agency security
  clearance instead of an enhanced CRB disclosure and says "No further
  checks are made for the Award" (5.3 not met; wrong kind of check).
- Cancelled earlier certificate (Ref D): its placement week and pupil-voice
  unit are "not carried forward" (para 3).  Placements: para 38 says the
  Award does not include placements; a parenthesis about Year 10 pupils'
  work-experience placements is the right word about the wrong people
  (5.5 partial: specialist expertise yes, placements no).
- Pupil voice: only pupils' views in the IEP; wider consultation is left to
  the "SCE Pupil Voice Project" (1.5 partial; 6.S7 met on IEP involvement).
- Parents: only a Block 1 session on keeping parents informed when a child
  moves; Task 2 collects the pupil's views but not the parents'; liaison
  with parents is "PD Log" only (1.7, 6.A1, 6.S8 partial).
- Research: a general statement that block content is written "from current
  research and inspection evidence" (1.3 partial).
- Stakeholders in evaluation: para 37 says only that the views of heads
  and parents "may also be sought from time to time", which looks like an
  aspiration, but it points to Annex D, where heads' end-of-enquiry reports
  and a follow-up with a sample of schools feed evaluation, and a Ref D
  graduate sits on the Programme Board (4.3 met, a trap in reverse; 4.1
  and 4.2 met from paras 9-10).
- Resources: the specialist resource library is only "proposed", subject
  to a bid (paras 39, 46) (5.6 partial; the Gateway, e-library and
  block materials exist).
- Mentors "will be briefed by the Programme Director as required"; tutors
  have a real induction (5.7 partial).
- Further professional targets only "encouraged" (2.5 partial).
- Blanket claim in para 20: "Annex B shows that every national minimum
  outcome is developed in the programme and assessed in at least one Task"
  (1.9 and 6.0 partial), contradicted by Annex B:
    * Ser 10, disability equality law, "Developed in" the Agency's own
      Disability Equality Scheme given to staff on appointment, assessed
      "-": the wrong thing (the employer's scheme) in the Developed column;
      Block 1 does list the DDA among its topics, so it is covered but not
      assessed (6.K3 partial).
    * Ser 14, school self-evaluation: "Not part of the Award" (6.K7 not met);
      Ser 25 (reviewing provision to inform self-evaluation) is assessed in
      Task 1 (6.S6 met).
    * No row for access arrangements (6.S2d not met); a note under the table
      hands them to schools' examinations officers.
    * "PD Log" (not marked) only: 6.A3, 6.A7, 6.S8 partial.
    * "Tutor's school visit", "Discussed with the tutor; not graded":
      6.S2c partial.
    * "Task 3, where the enquiry involves another service": 6.K9 partial.
    * Ser 1 assesses the relationship with the pupil only, not parents:
      6.A1 partial.
- 28 serials for 29 outcome ids (the S2 sub-bullets have their own rows
  except S2d).
- Header "UNCLASSIFIED" and footers carry nothing evidential.

Verdicts: 41 met, 16 partially met, 4 not met, 0 not applicable.

Met verdicts that may look like traps: E.1 (the MoU at Ref E is not
attached, but para 13 states the validation); 2.1 (APEL for Ref D holders
and APCL); 3.3 (Gateway tutor groups, moderated forums, learning sets,
tutor contact with heads); 5.9 (pupil measures from every Task 3
collated, competence and confidence re-rated); 6.S7 (IEP involvement,
Task 2).
"""
import copy
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "em-01-sce-chief-executives-directive.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.paragraph_format.space_after = Pt(6)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.5)
    s.top_margin = s.bottom_margin = Cm(2.2)

# ---------------------------------------------------------------- numbering
numbering = doc.part.numbering_part.element
ABS = 90
abstract = parse_xml(
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABS}">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1418" w:hanging="709"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%3)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2127" w:hanging="709"/></w:pPr></w:lvl>'
    "</w:abstractNum>")
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(abstract)
else:
    numbering.append(abstract)
NUM_IDS = {}


def new_num(key):
    nid = 90 + len(NUM_IDS)
    el = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{ABS}"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    numbering.append(el)
    NUM_IDS[key] = nid
    return nid


# ---------------------------------------------------------------- helpers

def rich(p, text, size=None, italic=False):
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = (i % 2 == 1)
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    return p


def numbered(text, level, numid):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{numid}"/></w:numPr>')
    pPr.append(numPr)
    rich(p, text)
    return p


def plain(text, bold=False, align=None, underline=False, size=None, space_before=None, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def heading(text):
    return plain(text, bold=True, space_before=10)


def subheading(text):
    return plain(text, bold=True, underline=True, space_before=4)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def add_field(p, instr):
    r = p.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "; r2._r.append(t)
    r3 = p.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    p.add_run("1")
    r4 = p.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r4._r.append(e)


def table(rows, widths, header=True, group_rows=(), size=9):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        if i in group_rows:
            m = cells[0].merge(cells[-1])
            m.text = ""
            rich(m.paragraphs[0], "**" + row[0] + "**", size=size)
            shade(m, "D9D9D9")
            continue
        for j, val in enumerate(row):
            c = cells[j]
            c.text = ""
            txt = f"**{val}**" if (header and i == 0 and val) else val
            lines = txt.split("\n")
            rich(c.paragraphs[0], lines[0], size=size)
            for extra in lines[1:]:
                rich(c.add_paragraph(), extra, size=size)
            if header and i == 0:
                shade(c, "BFBFBF")
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def set_footer(section, prefix, restart):
    section.footer.is_linked_to_previous = False
    f = section.footer.paragraphs[0]
    f.text = ""
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if prefix:
        f.add_run(prefix + "-")
    add_field(f, "PAGE")
    f2 = section.footer.add_paragraph()
    f2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = f2.add_run("UNCLASSIFIED")
    r.bold = True
    if restart:
        sectPr = section._sectPr
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), "1")
        sectPr.append(pg)


# ---------------------------------------------------------------- content
# Main body: list of (kind, key, text).  kind: "h" heading, "s" subheading,
# "0"/"1"/"2" numbered levels.  Keys on level-0 paragraphs can be referred
# to in text as {key}.
BODY = [
    ("h", None, "INTRODUCTION"),
    ("0", "p_regs", "**Requirement.** Ministers have announced that every teacher new to the role of special educational needs coordinator (SENCO) in a maintained school in England will be required to gain a nationally approved award in SEN coordination. The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 (Ref B) already require SENCOs to be qualified teachers; the further requirement is expected to take effect from 1 September 2009. The Regulations do not extend to schools outside England. It has, however, been Agency policy since 1997 that SCE schools meet the statutory duties placed on maintained schools in England wherever they can be applied overseas, and SCE will apply the new requirement to its own SENCOs from the same date."),
    ("0", "p_purpose", "**Purpose.** This Directive sets out how SCE, in partnership with Marchmont University (MU), will deliver the National Award for Special Educational Needs Coordination (the Award) to SCE teachers from September 2009, and allocates responsibilities for it. It is addressed to head teachers, Regional Education Officers and HQ SCE branches. With its four Annexes it also forms the Agency's application to the Training and Development Agency for Schools (TDA) for approval as a provider of the Award, and it has been written so that it can be read by colleagues outside the Agency."),
    ("0", "p_cancel", "**Cancellation.** This Directive cancels SCE Instruction 12/06 (Ref D). The SCE Certificate in SEN Coordination that Ref D established ran from September 2006 to July 2008 and is closed. Its arrangements, among them the placement week at the special resource bases in Lindenbrück and Stavrokampos and the Certificate's unit on pupil voice, are not carried forward except where this Directive says so."),
    ("h", None, "AIM"),
    ("0", "p_aim", "The aim of this Directive is to direct the delivery of the Award to SCE teachers in Germany, Cyprus and north-west Europe for the intakes of 2009-10 and 2010-11, so that every SCE school has a SENCO who holds, or is working towards, the Award by July 2011."),
    ("h", None, "BACKGROUND"),
    ("0", "p_agency", "**The Agency.** SCE educates about 11,400 children of Service personnel and MoD civilians in forty-one schools in Germany, nine in the Sovereign Base Areas of Cyprus and four in Belgium and the Netherlands. Schools are grouped under three Regional Education Offices (REOs): Germany North (at Lindenbrück), Germany South (at Wesselstadt) and Cyprus (at Stavrokampos). The Agency performs for its schools the functions that a local authority performs in England, including the statutory assessment of special educational needs, which is carried out by the SCE SEN Panel."),
    ("0", "p_sen", "**Special educational needs in SCE schools.** In the summer census of 2008, 18.6% of SCE pupils were at School Action or School Action Plus or had an SCE statement of SEN. Three features of our schools shape the Award:"),
    ("1", None, "**Mobility.** In 2007-08, 31% of our pupils joined or left their school during the school year. A child with SEN may attend four or five schools in three countries before the age of eleven, and records, assessments and provision often arrive late or not at all."),
    ("1", None, "**Deployment.** Many of our pupils have a parent deployed on operations for six months or longer. Heads report that anxiety, changes in behaviour and interrupted learning during and after a deployment are common, and are most marked among pupils who already have SEN."),
    ("1", None, "**Isolation.** Most of our schools are small (the median roll of an SCE primary school is 164) and many are an hour or more from the nearest other SCE school. There is no host-nation support service in English. Specialist help comes from the SCE Educational Psychology Service and Specialist Teacher Advisers, from the BFG Health Service and from the Army Welfare Service."),
    ("0", "p_workforce", "**The SENCO workforce.** SCE teachers are recruited in the United Kingdom and serve overseas on tours, usually of three to five years; a growing number are recruited locally, often from among the spouses of Service personnel. Of our 54 SENCOs in September 2008, 23 had been in post for less than two years, 14 combined the role with a deputy headship or a teaching commitment of more than 0.6, and 9 were locally recruited on fixed-term contracts. Turnover is high because posts follow tours: we expect to appoint between twelve and sixteen new SENCOs each year."),
    ("0", "p_earlier", "**Earlier provision.** Ref D trained 62 teachers between 2006 and 2008. Graduates valued its practical focus, but it carried no academic credit and was not recognised by schools or local authorities in the United Kingdom, to which most of our teachers eventually return."),
    ("0", "p_evidence", "**Evidence of need.** In designing the Award the Programme Director gathered evidence from:"),
    ("1", None, "a questionnaire to all 54 head teachers (47 returned) and all 54 SENCOs (49 returned) in June 2008;"),
    ("1", None, "two focus groups of Ref D graduates, one in Germany and one in Cyprus (14 teachers in all);"),
    ("1", None, "the SCE Educational Psychology Service, the Specialist Teacher Advisers and the SCE SEN Panel, whose casework for 2007-08 was analysed for the areas of need most often referred;"),
    ("1", None, "Army Welfare Service and HIVE information staff in four garrisons, and the Germany office of the Army Families Federation, who put our questions to parents of children with SEN at two coffee mornings (31 parents);"),
    ("1", None, "the SCE Inspection and Advice Team's reports on SEN provision in the 19 schools it inspected between 2006 and 2008."),
    ("0", "p_changed", "**What the evidence changed.** The main findings, and the response to each in the design of the Award, were:"),
    ("1", None, "Heads will not release a SENCO for more than nine or ten days in a school year. The taught element is therefore three blocks of three days, rather than the twelve single days of Ref D."),
    ("1", None, "Teachers in Cyprus were disadvantaged by Ref D, which was taught only in Germany. Every block is now mirrored in Cyprus (para {p_phase2})."),
    ("1", None, "Parents told us that what they most want when they move is one person in the school who knows their child's needs and makes sure the next school knows them too. Transition on posting is therefore a thread through Block 2 and a required part of Task 2."),
    ("1", None, "Speech, language and communication needs and behavioural, emotional and social difficulties are the areas of need most often referred to the Educational Psychology Service; each now has a full day in Block 2."),
    ("1", None, "Graduates and heads want a qualification that travels home with the teacher. Hence MU's accreditation, and the continuity arrangements for teachers posted in mid-course (para {p_flex})."),
    ("1", None, "Inspection reports found SENCOs strongest on individual casework and weakest on evaluating provision across the school. Task 1 is therefore a whole-school provision review."),
    ("h", None, "INTENT"),
    ("0", "p_intent", "**Chief Executive's intent.** My intent is that every child with SEN and/or disabilities in an SCE school should have the best possible chance to achieve, in the full sense of Every Child Matters (Ref H): to be healthy, to stay safe, to enjoy and achieve, to make a positive contribution and to achieve economic well-being, however often their family moves. SENCOs are central to that. The Award is to be demanding, rooted in the participant's own school, judged by what changes for pupils, and no harder to reach for a teacher in Cyprus than for a teacher in Lindenbrück."),
    ("0", "p_endstate", "**End state.** By July 2011:"),
    ("1", None, "every SCE school has a SENCO who holds the Award or is registered for it;"),
    ("1", None, "each participant has shown, through assessed work, a measured improvement in the achievement or well-being of pupils with SEN in their school;"),
    ("1", None, "the Award is recognised by schools in England when our teachers return."),
    ("h", None, "EXECUTION"),
    ("s", None, "Concept"),
    ("0", "p_partner", "**Partnership and accreditation.** The Award is delivered by SCE and MU in partnership under a Memorandum of Understanding (Ref E). MU validated the programme on 24 September 2008 as the Postgraduate Certificate in Special Educational Needs Coordination (Service Children's Education): 60 credits at Masters level (level 7 of the Framework for Higher Education Qualifications), approved for five years from September 2009. Successful participants receive MU's Postgraduate Certificate and the National Award. SCE recruits participants, teaches Block 1 and most of Blocks 2 and 3, supports participants in school and first-marks their work; MU provides a Programme Leader and two tutors, second-marks and moderates, and appoints the External Examiner."),
    ("0", "p_structure", "**Structure.** The Award takes about twelve months part time and has four phases: entry and review; three taught blocks with online study between them; a workplace enquiry; and assessment and award. Annex A gives the programme aims, the calendar and the assessed Tasks."),
    ("0", "p_phase1", "**Phase 1 - Entry and review.** Selection is described at Annex C. Once accepted, each participant completes the SENCO Starting Point, a self-review against each outcome listed at Annex B, rating themselves on a four-point scale and noting the evidence for each rating. A 90-minute Starting Point meeting follows in the participant's school (or by VTC where distance requires) between the participant, their SCE tutor and their head teacher. It agrees an Individual Learning Plan (ILP) which records: the outcomes the participant already meets and the evidence for them; the outcomes to be given priority; a personal target for each Task; the Block 2 elective; and the time and support the school will give. Where the Starting Point shows that a participant already meets an outcome, the ILP directs their online study time elsewhere. The ILP is reviewed at the mid-point review, after Block 2, and at the final review."),
    ("0", "p_phase2", "**Phase 2 - Taught blocks.** There are three blocks of three days each at the SCE Professional Development Centre, Wesselstadt. For participants in Cyprus each block is mirrored at the Stavrokampos Teachers' Centre in the following week, taught by SCE tutors, with MU tutors contributing by VTC. Block content is written by the tutors from current research and inspection evidence and is refreshed for each intake."),
    ("1", None, "**Block 1, The SENCO, the Law and the School:** the SEN Code of Practice (Ref C) and its application in SCE schools; the Special Educational Needs and Disability Act 2001 and the Disability Discrimination Act 1995 as amended in 2005; the 2008 Regulations; how SCE HQ and the SCE SEN Panel carry out local authority functions; Every Child Matters and the SENCO's part in each outcome; the SENCO's place in the leadership team and with the School Governance Committee; managing the role, including time and delegation; and Families on the Move, a session on keeping parents informed when a child changes school."),
    ("1", None, "**Block 2, Knowing the Learner:** how children develop, and how development is affected by SEN and disability and by the environment, including mobility and a parent's deployment; the common types of need (behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties), each with its effect on learning; using assessments from educational psychologists, therapists and specialist teachers; tracking progress with summative data, including national tests and P scales; pupils' views in the IEP and its review (wider consultation with pupils, through surveys and school councils, is the business of the SCE Pupil Voice Project and is not repeated in the Award); SCE Support Services, BFG Health, the Army Welfare Service, SSAFA and the voluntary organisations that serve Service families; transition on posting; and an elective day (sensory impairment, autism, or literacy difficulties)."),
    ("1", None, "**Block 3, Leading Provision:** provision mapping and management; deploying and managing teaching assistants; assessment for learning and how colleagues can adapt it for pupils with SEN; coaching, modelling and leading training for colleagues; evaluating provision with colleagues; ICT and assistive technology for learning; and planning the workplace enquiry."),
    ("1", None, "Block 1 comes first. Blocks 2 and 3 may be taken in either order."),
    ("0", "p_online", "**Online study and support between blocks.** Between blocks participants work through units on the SCE Learning Gateway (the Agency's Moodle site), for about three hours a week. Each participant belongs to a tutor group of six to eight, led by an SCE or MU tutor, which meets online every fortnight for an hour in the Gateway's live classroom; recordings are posted for anyone who cannot attend. Each unit has a tutor-moderated forum, and tutors reply to posts and e-mails within two working days. Participants are also placed in learning sets of three, across schools and regions, which meet by telephone or VTC at least monthly. The tutor keeps in touch with the participant's head by e-mail and visits the school twice during the year, or holds the meeting by VTC where the school is outside Germany. Drafts, Tasks and feedback are exchanged through the Gateway."),
    ("0", "p_phase3", "**Phase 3 - Workplace enquiry.** Over twelve weeks after Block 3 each participant plans, carries out and evaluates a change in SEN provision in their own school, agreed with their head teacher at the mid-point review. Before the change they take baseline measures of the attainment and well-being of the pupils it is meant to benefit (for example reading age, P scale or National Curriculum sub-levels, attendance, or a pupil attitude scale), repeat them at the end of the enquiry, and report what changed and why. The school-based mentor, normally the head or a deputy head, meets the participant at least every three weeks during this phase. The enquiry is reported in Task 3."),
    ("0", "p_aor", "**The University's assessment-only route.** For its UK programme MU offers experienced candidates, such as advisory teachers with long SENCO experience, an assessment-only route: the candidate submits a portfolio mapped to every outcome at Annex B, attends a professional discussion with two assessors at MU's campus, and is awarded the Certificate only if every outcome is met."),
    ("0", "p_phase4", "**Phase 4 - Assessment and award.** Participants are assessed through three Tasks (Annex A, Part 3), first-marked by SCE tutors and second-marked by MU. Each Task is marked against published criteria that name the outcomes it assesses. Participants also keep a Professional Development Log throughout, which the tutor reads at the mid-point and final reviews. The MU Board of Examiners confers the award on participants who have passed all three Tasks and completed the Log. Annex B shows that every national minimum outcome is developed in the programme and assessed in at least one Task."),
    ("0", "p_final", "**Final review.** At the end of the programme the participant, tutor and head meet for a final review of the ILP. Participants are encouraged to keep up their professional development after the Award."),
    ("s", None, "Tasks"),
    ("0", "p_hiss", "**Head of Inclusion Support Services (HISS).** HISS is to:"),
    ("1", None, "act as senior responsible owner for the Award;"),
    ("1", None, "chair the Award Programme Board (para {p_board});"),
    ("1", None, "report progress to the SCE Management Board each term."),
    ("0", "p_pd", "**Programme Director.** The SCE Senior Adviser (SEN), as Programme Director, is to:"),
    ("1", None, "run recruitment and selection in accordance with Annex C;"),
    ("1", None, "lead Block 1 and coordinate the teaching of Blocks 2 and 3 with the MU Programme Leader;"),
    ("1", None, "select and induct SCE tutors (para {p_tutors});"),
    ("1", None, "keep an Award Record for each participant, holding the Starting Point, the ILP, review notes and marks;"),
    ("1", None, "write the Annual Programme Report (Annex D)."),
    ("0", "p_reo", "**Regional Education Officers.** REOs are to:"),
    ("1", None, "identify by 31 March each year the schools whose SENCOs need the Award, and agree nominations with heads;"),
    ("1", None, "hold a termly cluster meeting of SENCOs in their region, which participants attend and at which each participant presents and discusses their Task 3 plan with experienced SENCOs from other schools;"),
    ("1", None, "in the case of REO Cyprus, host the mirrored blocks at Stavrokampos."),
    ("0", "p_heads", "**Head teachers.** Heads of schools with a participant are to:"),
    ("1", None, "nominate the participant (Annex C) with a supporting statement;"),
    ("1", None, "act as the school-based mentor, or appoint a deputy head to do so;"),
    ("1", None, "release the participant for the nine block days and for up to five further days for the enquiry;"),
    ("1", None, "attend the Starting Point meeting and the final review."),
    ("0", "p_pep", "**Principal Educational Psychologist (PEP).** The PEP is to:"),
    ("1", None, "provide two educational psychologists to teach in Block 2;"),
    ("1", None, "make an educational psychologist available to each participant for one consultation on their Task 2 pupil."),
    ("0", "p_ict", "**Head of ICT Services.** Head ICT is to:"),
    ("1", None, "maintain the Learning Gateway and give each participant an account before Block 1;"),
    ("1", None, "give VTC bookings for the Award priority in the Regional Education Offices' suites."),
    ("0", "p_mu", "**Marchmont University.** Under Ref E, MU will:"),
    ("1", None, "appoint a Programme Leader (Dr O Ferris) and two tutors;"),
    ("1", None, "second-mark all Tasks and moderate the marking (Annex D);"),
    ("1", None, "give each participant access to the University library's electronic resources;"),
    ("1", None, "appoint the External Examiner;"),
    ("1", None, "include the programme in its annual monitoring."),
    ("0", "p_hr", "**Head of Human Resources.** Head HR is to:"),
    ("1", None, "confirm for each nominee that their contract or tour will run for at least twelve months after the start of Block 1;"),
    ("1", None, "fund cover under para {p_cover}."),
    ("h", None, "COORDINATING INSTRUCTIONS"),
    ("0", "p_timings", "**Timings.** There are two intakes a year, in September and February. The calendar for the September 2009 intake is at Annex A. Nominations for that intake close on 30 April 2009."),
    ("0", "p_entry", "**Entry and selection.** Entry criteria and the selection procedure are at Annex C."),
    ("0", "p_apl", "**Prior learning.** Credit for earlier study and experience is given under MU's regulations for the recognition of prior learning. Holders of the SCE Certificate (Ref D) may claim up to 20 credits by APEL: they submit a portfolio that maps their Ref D work and later practice to the outcomes assessed in Task 1 or Task 2, which MU assesses, and a successful claim exempts them from that Task. Teachers with other Masters-level credit in SEN gained in the last five years may claim up to 30 credits by APCL. Every participant takes Task 3. The Programme Director advises on claims at the Starting Point meeting."),
    ("0", "p_aor_no", "**Assessment-only candidates.** The route at para {p_aor} is not available to SCE candidates in 2009-10, because it depends on a professional discussion at MU's campus and the Programme Board has not agreed the cost of bringing candidates to the United Kingdom. HISS will review the position for the 2010-11 intakes."),
    ("0", "p_checks", "**Background checks.** Every participant is a serving SCE teacher and holds a security clearance issued by the Defence Vetting Agency. No further checks are made for the Award."),
    ("0", "p_equality", "**Equality and disability.** The Award is run in line with the SCE Disability Equality Scheme (Ref G) and the Agency's race and gender equality duties."),
    ("1", None, "The nomination form and the Award leaflet invite candidates to tell the Programme Director of any disability or health condition, and say what kinds of adjustment can be made. The Programme Director contacts every candidate who does so before Block 1 to agree adjustments, which are recorded on the ILP."),
    ("1", None, "Adjustments are made in teaching, on visits and in assessment. They include materials in large print and electronic form, a ground-floor room and accessible parking at Wesselstadt and Stavrokampos, rest breaks, travel arrangements, and taking part in a block by VTC. Extra time and other assessment arrangements are agreed with MU's Disability Service under its regulations."),
    ("1", None, "Selection is made against the published criteria at Annex C only, by two people."),
    ("1", None, "Part-time and locally recruited teachers are eligible on the same terms as full-time teachers."),
    ("1", None, "The Programme Board reviews each year the take-up and results of the Award by disability, gender and ethnicity."),
    ("0", "p_flex", "**Flexibility and continuity.** The Award is flexible in the following ways:"),
    ("1", None, "two start dates a year, in September and February;"),
    ("1", None, "Blocks 2 and 3 in either order;"),
    ("1", None, "mirrored blocks in Cyprus, and the live classroom and VTC for participants in Belgium and the Netherlands, who attend the Wesselstadt blocks in person;"),
    ("1", None, "a participant who misses a block day makes it up through the recorded sessions and a tutorial, or by joining the next intake's block;"),
    ("1", None, "a participant posted to the United Kingdom in mid-course may complete the remaining Tasks with MU, by distance or at the MU campus, at no additional fee; a participant who must interrupt study (for example for maternity leave or during a partner's deployment) may suspend it for up to twelve months."),
    ("0", "p_stake", "**Stakeholders in delivery and evaluation.** Heads act as school-based mentors (para {p_heads}); educational psychologists, Specialist Teacher Advisers and Army Welfare Service staff teach in Block 2; Ref D graduates act as learning-set facilitators; and REO cluster meetings hear participants' enquiry plans. Evaluation of the Award is the responsibility of the Programme Board and MU (Annex D). The views of heads and parents may also be sought from time to time."),
    ("0", "p_expert", "**Specialist expertise and placements.** Participants have access to specialist expertise through the educational psychologist consultation (para {p_pep}), the Specialist Teacher Advisers for sensory impairment and autism, the speech and language therapists of the BFG Health Service, who teach the Block 2 day on communication needs, and MU's tutors. The Award does not include placements: the distances between garrisons, and the cost of cover, mean that participants are not released to other schools, and the Ref D placement week has not been replaced. (Secondary SENCOs should note that SCE's separate guidance on work-experience placements in garrison units for Year 10 pupils with SEN remains in force.)"),
    ("0", "p_res", "**Resources.** Participants use the Learning Gateway, the MU library's electronic resources and the block materials, which are issued in print and on the Gateway. A specialist resource library at Wesselstadt, with standardised assessment materials and assistive technology for loan to schools, is proposed and is included in the bid at para {p_bid}."),
    ("0", "p_tutors", "**Tutors and mentors.** SCE tutors are experienced SEN specialists chosen by the Programme Director; Annex D lists the team. Before their first block every tutor attends a two-day induction with the MU Programme Leader covering the programme, the marking criteria, the Gateway and the tutor's role, and receives the Award Tutor Handbook. Tutors attend a standardisation meeting before each round of marking. School-based mentors will be briefed by the Programme Director as required."),
    ("0", "p_qa", "**Quality assurance and evaluation.** The arrangements are at Annex D."),
    ("h", None, "SERVICE SUPPORT"),
    ("0", "p_fees", "**Fees.** The MU fee (£1,950 a participant in 2009-10) is paid centrally by HQ SCE. Participants pay nothing."),
    ("0", "p_travel", "**Travel and subsistence.** Travel to blocks is at public expense under JSP 752. Participants in Germany travel by duty car or train, and participants from Belgium and the Netherlands by train."),
    ("0", "p_cover", "**Cover.** Schools may claim up to 14 days' supply cover for each participant from the SCE central CPD budget."),
    ("0", "p_vfm", "**Value for money.** The cost to SCE of one participant, including fees, tutor time, travel and cover, is estimated at £4,650. Releasing the same teacher to a UK university programme, with flights, accommodation and cover for the extra days away, was costed at £8,200. Because the ILP directs each participant's study time to the outcomes they do not yet meet, time out of school is spent where it is needed."),
    ("0", "p_bid", "**Bid.** HISS is to submit a bid in the FY 2009/10 planning round for the specialist resource library at para {p_res}."),
    ("h", None, "COMMAND AND SIGNAL"),
    ("0", "p_board", "**Award Programme Board.** The Programme Board is chaired by HISS. Its members are the Programme Director, the MU Programme Leader, the PEP, one REO in rotation and one Ref D graduate. It meets each term, receives the evaluation evidence set out at Annex D and agrees changes to the programme."),
    ("0", "p_poc", "**Points of contact.** Programme Director: Mrs A Pryor, Senior Adviser (SEN), HQ SCE (Mil 2477 3318). MU Programme Leader: Dr O Ferris, Faculty of Education, Marchmont University."),
    ("0", "p_review", "**Review.** HISS will review this Directive in July 2010."),
]

# pass 1: numbers
refs = {}
n = 0
for kind, key, _ in BODY:
    if kind == "0":
        n += 1
        if key:
            refs[key] = n

# ---------------------------------------------------------------- header
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("UNCLASSIFIED")
r.bold = True
set_footer(sec, None, False)

# letterhead
lt = doc.add_table(rows=1, cols=2)
left, right = lt.rows[0].cells
left.text = ""
for i, line in enumerate(["Chief Executive", "Service Children's Education", "Headquarters SCE", "Rothenau Barracks", "BFPO 140"]):
    p = left.paragraphs[0] if i == 0 else left.add_paragraph()
    rr = p.add_run(line)
    rr.bold = (i == 0)
    p.paragraph_format.space_after = Pt(0)
right.text = ""
for i, line in enumerate(["Reference: SCE/HQ/EDU/3045/SEN", "Mil: 2477 3310", "Civ: 0049 (0)2163 80 3310", "", "17 November 2008"]):
    p = right.paragraphs[0] if i == 0 else right.add_paragraph()
    p.add_run(line)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
left.width = Cm(8)
right.width = Cm(8)

plain("See Distribution", space_before=12)
plain("CHIEF EXECUTIVE'S DIRECTIVE 3/08 - THE NATIONAL AWARD FOR SPECIAL EDUCATIONAL NEEDS COORDINATION: DELIVERY IN SCE SCHOOLS 2009 - 2011",
      bold=True, underline=True, space_before=8)

plain("References:", space_before=4)
REFS = [
    ("A.", "Training and Development Agency for Schools, Draft specification for nationally accredited training for teachers new to the role of leading coordination of provision for pupils with special educational needs, 2008."),
    ("B.", "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008."),
    ("C.", "Special Educational Needs Code of Practice, DfES, 2001."),
    ("D.", "SCE Instruction 12/06, The SCE Certificate in SEN Coordination, dated 4 September 2006 (cancelled)."),
    ("E.", "Memorandum of Understanding between Service Children's Education and Marchmont University, dated 2 October 2008."),
    ("F.", "SCE Safer Recruitment and Vetting Policy, Issue 2, 2007."),
    ("G.", "SCE Disability Equality Scheme 2007-2010."),
    ("H.", "Every Child Matters: Change for Children, 2004."),
]
for letter, text in REFS:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.25)
    p.paragraph_format.first_line_indent = Cm(-1.25)
    p.paragraph_format.space_after = Pt(2)
    p.add_run(letter + "\t" + text)

# body
main_num = new_num("main")
for kind, key, text in BODY:
    text = text.format(**refs)
    if kind == "h":
        heading(text)
    elif kind == "s":
        subheading(text)
    else:
        numbered(text, int(kind), main_num)

# signature block
plain("", space_before=12)
for line in ["[Signed on original]", "", "H J CARROW", "Dr H J Carrow", "Chief Executive"]:
    p = plain(line)
    p.paragraph_format.left_indent = Cm(9)
    p.paragraph_format.space_after = Pt(0)

plain("Annexes:", space_before=14)
for a in ["A. Programme Aims, Calendar and Assessment.", "B. Outcome Map.", "C. Entry and Selection.", "D. Quality Assurance and Evaluation."]:
    p = plain(a, indent=1.25)
    p.paragraph_format.space_after = Pt(0)

plain("Distribution:", space_before=12)
DIST = [
    ("External:", ["Training and Development Agency for Schools (with Annexes) - for information",
                   "Marchmont University, Faculty of Education - for action"]),
    ("Action:", ["REO Germany North", "REO Germany South", "REO Cyprus", "All SCE head teachers",
                 "PEP", "Head ICT Services", "Head HR"]),
    ("Information:", ["Children's Education Advisory Service", "HQ British Forces Germany (G1)",
                      "HQ British Forces Cyprus", "Army Families Federation (Germany)"]),
]
for head, items in DIST:
    p = plain(head, indent=0.6)
    p.paragraph_format.space_after = Pt(0)
    for it in items:
        p = plain(it, indent=1.25)
        p.paragraph_format.space_after = Pt(0)


# ---------------------------------------------------------------- annexes

def annex(letter, title):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    set_footer(s, letter, True)
    for line in [f"ANNEX {letter} TO", "CE DIRECTIVE 3/08", "DATED 17 NOV 08"]:
        p = plain(line, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.space_after = Pt(0)
    plain(title, bold=True, underline=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_before=12)
    return new_num("annex" + letter)


# Annex A
na = annex("A", "PROGRAMME AIMS, CALENDAR AND ASSESSMENT")
subheading("Part 1 - Programme aims")
numbered("The Award aims to enable SCE SENCOs to:", 0, na)
for t in [
    "raise the achievement and improve the well-being of pupils with SEN and/or disabilities across all five Every Child Matters outcomes, including during and after moves between schools;",
    "lead and coordinate SEN provision in their school with the head teacher, the leadership team and the School Governance Committee;",
    "apply current law, guidance and SCE policy on SEN and disability in their school;",
    "work with pupils, colleagues and other services for the good of pupils with SEN;",
    "evaluate the impact of provision, and of their own practice, on pupils' progress.",
]:
    numbered(t, 1, na)
numbered("The marking criteria for every Task include the effect of the participant's work on pupils' achievement and well-being.", 0, na)
subheading("Part 2 - Calendar, September 2009 intake")
numbered("Dates for the February 2010 intake will be published by 30 September 2009.", 0, na)
table([
    ["Activity", "Germany (Wesselstadt)", "Cyprus (Stavrokampos)", "Notes"],
    ["Nominations close", "30 Apr 09", "30 Apr 09", "Annex C"],
    ["Selection conversations", "May - Jun 09", "May - Jun 09", "By VTC"],
    ["Starting Point meetings", "7 - 25 Sep 09", "7 - 25 Sep 09", "In school; ILP agreed"],
    ["Block 1", "5 - 7 Oct 09", "12 - 14 Oct 09", ""],
    ["Online study, Units 1 - 4", "Oct - Nov 09", "Oct - Nov 09", "Learning Gateway"],
    ["Block 2", "23 - 25 Nov 09", "30 Nov - 2 Dec 09", "Blocks 2 and 3 may be taken in either order"],
    ["Task 1 submitted", "8 Jan 10", "8 Jan 10", ""],
    ["Mid-point review", "Jan 10", "Jan 10", "Enquiry agreed with head"],
    ["Block 3", "1 - 3 Feb 10", "8 - 10 Feb 10", ""],
    ["Task 2 submitted", "12 Mar 10", "12 Mar 10", ""],
    ["Workplace enquiry", "Feb - May 10", "Feb - May 10", "Mentor meetings every three weeks"],
    ["Task 3 report submitted", "4 Jun 10", "4 Jun 10", ""],
    ["Task 3 presentations", "14 - 18 Jun 10", "14 - 18 Jun 10", "By VTC to two assessors"],
    ["Final review", "Jun - Jul 10", "Jun - Jul 10", "In school"],
    ["MU Board of Examiners", "8 Jul 10", "8 Jul 10", "At MU"],
], [4.2, 3.4, 3.6, 4.8])
subheading("Part 3 - Assessment")
numbered("The three Tasks are summative and are marked against MU's level 7 criteria and the criteria for each Task, which name the outcomes it assesses (Annex B). The Professional Development Log is not marked.", 0, na)
table([
    ["Task", "What the participant does", "Length", "Weight", "Marked by"],
    ["Task 1: Provision Review", "A review, carried out with colleagues, of SEN provision across the participant's school: the SEN policy against the Code of Practice and SCE policy, the school's provision map, the deployment of support staff, and how well provision meets pupils' needs, ending in recommendations to the head and the School Governance Committee.", "3,000 words and a provision map", "30%", "SCE tutor; MU second marker"],
    ["Task 2: Pupil Case Study", "A study of one pupil with SEN who has moved school at least once: assessment information from other professionals, the pupil's development and needs, tracking data including national tests, the pupil's views, outcomes across Every Child Matters, targets, intervention and review, work with other services, and the transition plan for the pupil's next move.", "3,000 words", "30%", "SCE tutor; MU second marker"],
    ["Task 3: Workplace Enquiry", "The report of the enquiry (Directive para {}): baseline and follow-up measures, a review of relevant research and advice, how colleagues were led, supported and coached through the change, and what the participant would do next; and a 15-minute presentation by VTC to two assessors, with questions.".format(refs["p_phase3"]), "4,000 words and presentation", "40%", "SCE tutor and MU tutor together; MU second marker for the report"],
    ["Professional Development Log", "Reflections, reading and evidence of development against the ILP, kept throughout.", "-", "Not marked", "Read by the tutor at the mid-point and final reviews"],
], [3.2, 7.0, 2.4, 1.6, 2.6])

# Annex B
nb = annex("B", "OUTCOME MAP")
numbered("The table shows, for each national minimum outcome, where it is developed and how it is assessed. The outcomes are summarised in SCE's words; the full wording is at Ref A.", 0, nb)
OUT_ROWS = [
    ["Ser", "Outcome (summary)", "Developed in", "Assessed by", "Remarks"],
    ["Professional attributes"],
    ["1", "Fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "Blocks 1 and 2", "Task 2", "Relationship with the case-study pupil"],
    ["2", "Gaining the commitment of colleagues, the head and senior leaders", "Block 3", "Task 3", ""],
    ["3", "Prioritising, managing time and delegating", "Block 1 (managing the role)", "PD Log", ""],
    ["4", "Anticipating and resolving problems; sound judgement on provision", "Blocks 2 and 3", "Task 3", ""],
    ["5", "Clear speech and writing; listening to others", "Throughout", "Task 3 (report and presentation)", ""],
    ["6", "Drawing on research and external advice", "Blocks 2 and 3; online units", "Task 3 (review of research and advice)", ""],
    ["7", "Keeping up to date; own CPD", "Throughout", "PD Log", "Reviewed at the mid-point and final reviews"],
    ["Knowledge and understanding"],
    ["8", "SEN law and guidance, including the Code of Practice", "Block 1", "Task 1", ""],
    ["9", "Every Child Matters and the SENCO's part in it", "Block 1", "Task 2", "Pupil's outcomes across Every Child Matters"],
    ["10", "Disability equality law and the actions it requires", "SCE Disability Equality Scheme (Ref G)", "-", "All staff receive the Scheme on appointment"],
    ["11", "How children develop; effects of SEN, disability and environment", "Block 2", "Task 2", ""],
    ["12", "Common types of SEN and their effect on learning", "Block 2", "Task 2", ""],
    ["13", "Approaches, strategies and resources, including ICT", "Blocks 2 and 3", "Task 3", ""],
    ["14", "School self-evaluation and improvement", "Not part of the Award", "-", "Provided to senior leaders through the SCE self-evaluation programme"],
    ["15", "Best practice and research in meeting SEN", "Blocks 2 and 3; online units", "Task 3", ""],
    ["16", "External agencies and getting specialist support", "Block 2", "Task 3, where the enquiry involves another service", ""],
    ["Professional skills"],
    ["17", "Influencing strategic development of an inclusive ethos, policies and resources, with senior colleagues and governors", "Blocks 1 and 3", "Task 1 (recommendations to the head and School Governance Committee)", ""],
    ["18", "Identifying needs, setting targets, planning interventions, reviewing progress", "Block 2", "Task 2", ""],
    ["19", "Using assessments from other professionals", "Block 2", "Task 2", "Includes the EP consultation"],
    ["20", "Using summative assessment, including national tests, to track progress", "Block 2", "Task 2 (tracking data)", ""],
    ["21", "Encouraging colleagues' formative assessment", "Block 3", "Tutor's school visit", "Discussed with the tutor; not graded"],
    ["22", "Provision mapping; identifying ineffective or missing provision", "Block 3", "Task 1", ""],
    ["23", "Deploying and managing staff", "Block 3", "Task 1 (deployment of support staff)", ""],
    ["24", "Supporting colleagues' professional development", "Block 3", "Task 3", ""],
    ["25", "Reviewing provision with colleagues to inform self-evaluation", "Block 3", "Task 1", ""],
    ["26", "Involving pupils in planning and reviewing their provision", "Block 2", "Task 2", "Pupil's views in the IEP review"],
    ["27", "Liaising with parents and carers", "Block 1 (Families on the Move)", "PD Log", ""],
    ["28", "Working with other services and agencies, including voluntary organisations", "Block 2", "Task 2", ""],
]
table(OUT_ROWS, [1.0, 5.4, 3.4, 3.6, 3.4], group_rows=(1, 9, 19))
numbered("Access arrangements for national tests and examinations are made in each school by its examinations officer under SCE Examinations Instruction 4/07.", 0, nb)

# Annex C
nc = annex("C", "ENTRY AND SELECTION")
numbered("**Eligibility.** A candidate must:", 0, nc)
for t in [
    "hold Qualified Teacher Status;",
    "be employed by SCE as a teacher (recruited in the United Kingdom or locally, full or part time) and hold, or be designated by their head for, the SENCO post;",
    "have taught for at least two years;",
    "have at least twelve months of their contract or tour left at the start of Block 1, as confirmed by Head HR;",
    "be nominated by their head teacher.",
]:
    numbered(t, 1, nc)
numbered("**Nomination.** The head completes form SCE/SEN/N1 with a statement of the candidate's experience of SEN and of the time and support the school will give. The form invites the candidate to disclose any disability or health condition (Directive para {}).".format(refs["p_equality"]), 0, nc)
numbered("**Readiness.** Each nominee completes a short pre-entry profile: their experience of SEN, any earlier study, and a 500-word account of one piece of their own work with a pupil with SEN. The Programme Director and an MU tutor then hold a 30-minute selection conversation with the nominee by VTC, using the profile to judge whether the nominee has the knowledge, understanding and skills to benefit from the Award and to meet all the outcomes within twelve months.", 0, nc)
numbered("**Decision.** The Programme Director writes to the nominee and the head within ten working days. A nominee who is not yet ready is given written guidance on what to do first, normally the SCE online course Foundations of SEN (20 hours) and a term working alongside an experienced SENCO, and the Programme Director agrees a plan with the head. The nominee may be nominated again for a later intake.", 0, nc)
numbered("**Numbers.** Each intake takes up to 18 participants (12 in Germany; 6 in Cyprus, Belgium and the Netherlands). Where nominations exceed places, priority goes to the SENCOs newest in post.", 0, nc)

# Annex D
nd = annex("D", "QUALITY ASSURANCE AND EVALUATION")
numbered("**Principles.** Every part of the Award is quality assured by SCE and by MU. The table shows what is checked, the evidence used, who checks it, when, and where the findings go.", 0, nd)
table([
    ["Aspect", "Evidence", "Who", "When", "Findings go to"],
    ["Recruitment and selection", "Nominations, selection notes, take-up by region, disability, gender and ethnicity", "Programme Director", "Each intake", "Programme Board"],
    ["Needs assessment and ILPs", "A sample of Starting Points and ILPs; mid-point review notes", "MU Programme Leader", "Each intake", "Programme Board"],
    ["Content, including the workplace enquiry", "Participants' evaluation of every block session; Gateway use; tutors' reports; mentors' end-of-enquiry reports", "Programme Director with MU", "Each block", "Block team; Programme Board"],
    ["Assessment", "Second marking, moderation, External Examiner's report", "MU", "Each round", "MU Board of Examiners; Programme Board"],
    ["Impact", "Starting Point repeated at the final review; end-of-Award questionnaire; Task 3 pupil measures", "Programme Director", "Each intake", "Annual Programme Report"],
    ["External review", "MU annual monitoring; review of the Award by the SCE Inspection and Advice Team", "MU; SCE IAT", "Annually; once in each approval period", "SCE Management Board"],
], [3.2, 5.4, 2.8, 2.4, 3.0])
numbered("**Annual Programme Report.** Each September the Programme Director writes an Annual Programme Report from this evidence, with an action plan. The Programme Board agrees the action plan and checks progress on it at each meeting. Changes to content and delivery take effect from the next intake; changes to assessment go through MU's procedure for modifying a programme.", 0, nd)
numbered("**Impact on participants and pupils.**", 0, nd)
numbered("**Competence and confidence.** Each participant repeats the Starting Point self-review at the final review, on the same four-point scale and with a confidence rating for each outcome, and the Programme Director reports the change for each intake. The mentor's end-of-enquiry report records the head's judgement of the participant's practice.", 1, nd)
numbered("**Pupils.** The baseline and follow-up measures from every Task 3 enquiry (Directive para {}) are collated by the Programme Director into a summary of the change in attainment and well-being for the pupils involved, by type of measure, and reported to the Programme Board and in the Annual Programme Report. A sample of schools is asked a year later whether the change has lasted.".format(refs["p_phase3"]), 1, nd)
numbered("**Marking and moderation.** Every Task is first-marked by an SCE tutor against MU's criteria and second-marked by an MU tutor; where the two marks differ by more than 8 per cent or fall on either side of the pass mark, a third marker decides. Task 3 presentations are assessed by two assessors together. Before each round tutors mark two shared scripts and agree standards at a standardisation meeting by VTC. MU moderates a sample of at least a quarter of the scripts from each region, and the External Examiner (Professor L Abbot, University of Castlebridge) sees a sample of each Task, including all fails and distinctions, and attends the Board of Examiners.", 0, nd)
numbered("**Staff.** The programme team is:", 0, nd)
table([
    ["Name", "Role in the Award", "Qualifications and experience"],
    ["Mrs Alison Pryor", "Programme Director; Block 1 lead", "MA (Special Educational Needs); NPQH; SENCO in two UK primary schools; SCE Senior Adviser (SEN) since 2004"],
    ["Dr Owen Ferris", "MU Programme Leader; Block 3", "PhD (inclusive education); former head of a special school; leads MU's UK programme for SENCOs"],
    ["Dr Ruth Oyelaran", "PEP; Block 2", "Doctorate in educational psychology; fourteen years' practice, six with SCE"],
    ["Mr Declan Moss", "SCE tutor; Block 3", "MEd; Advanced Skills Teacher (SEN); SENCO, Sennemark Secondary School"],
    ["Mrs Priya Lall", "SCE tutor; Block 2 autism elective", "Postgraduate diploma in autism; SCE Specialist Teacher Adviser (autism) for nine years"],
    ["Mrs Jan Eddowes", "SCE tutor, Cyprus", "MA (Inclusive Education); SENCO, Stavrokampos Primary School"],
    ["Ms Fiona Garside", "MU tutor; Block 2", "MA; speech and language therapist; researches communication needs in mainstream schools"],
], [3.4, 4.4, 9.0])
numbered("**Keeping up to date.** Every SCE tutor works for at least five days a year in SCE schools in a specialist role and attends MU's annual research seminar on SEN and inclusion.", 0, nd)

doc.save(OUT)
print("wrote", OUT)
