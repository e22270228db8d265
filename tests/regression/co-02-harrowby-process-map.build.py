"""Build co-02-harrowby-process-map.docx: a participant-pathway process map sent as an application.

Provider (invented): Harrowby Borough Council, Children's Services, Inclusion
and SEN Team (a unitary local authority), in partnership with the School of
Education of Ulverholme University, which validates the award. March 2009;
2008-era vocabulary (CRB, List 99, DDA, Disability Equality Duty, Code of
Practice 2001, ECM, CAF, SENDIST, Standards Fund, RAISEonline, P scales,
Connexions).

Layout (a kind not in the regression table): a quality-team process map.
- A cover block with document reference, version and process owner; "About
  this document"; a key of typed symbols (action, decision, form, go to,
  "no part in this stage").
- Table 1, in a landscape section: a SWIMLANE map. Rows are twelve stages of
  a participant's route (0 Publicity ... 11 Annual programme review); columns
  are the actors' lanes (Participant, Headteacher and school, SEN Team,
  Ulverholme University, Partners), then Records and a "TDA ref" column in
  which the authority claims which specification requirement a stage meets.
  Cells are terse verb-first fragments with the typed symbols; some cells
  are merged across lanes (the three-way meeting; second marking and the
  Examination Board).
- Back in portrait: Exceptions E1-E3 as a small table; Table 2, a study-day
  plan (Day, Title and content, Led by, Gap task); stage notes N1-N12 in
  longer prose, but N9 is missing (the numbering jumps from N8 to N10);
  Table 3, an Outcome Sign-off Sheet of 28 numbered outcome lines in the
  authority's own words with "Developed", "Evidence that counts towards the
  award" and an empty signature column, grouped under merged rows, with a key
  to the four portfolio pieces P1-P4 above it.
- Header ("UNCONTROLLED WHEN PRINTED") and footer (owner, review date).
  The voice is impersonal: fragments in the map, third person in the notes
  ("the SEN Team", "the Partnership").

Traps and the requirement ids they affect:
- E.2 partially_met: 60 credits, but at Level 6 or Level 7 at the
  participant's choice, so not validated at masters level for everyone.
- 1.1 partially_met: N2 states the purpose as statutory compliance and
  attainment at KS2/KS4; well-being and the ECM outcomes are not in the
  aims (ECM is only Day 1 content).
- 1.7 partially_met, 6.S8 partially_met: parents appear on Day 1 only as the
  school's statutory duties (information, Parent Partnership, SENDIST); no
  partnership skills are developed; Table 3 line 27 says "Day 1" and P2.
- 6.A1 partially_met: Day 5 develops relationships with pupils only; the
  parents' half is not developed though P2 assesses it.
- 2.5 not_met (negation plus a false claim): stage 10 has the SEN Team "No
  further part in this process"; the school's performance management is the
  school's own; the TDA ref column still claims "2.5".
- 3.2 partially_met: one September intake and a fixed order; only a choice of
  Tuesday or Thursday group and making up a missed day the next year.
- 3.3 not_applicable: N12 says there are no online units, tutoring or
  forums; the Learning Platform is a "document store only".
- 4.1 partially_met: N3 points to the 2008 survey "summarised in Appendix C",
  which is not in the document (missing appendix); only the Partnership
  Board's requests are shown. The TDA ref column claims "4.1" at stage 0,
  where nothing about needs appears.
- 4.2 met (the Partnership Board's changes in N3); 4.3 met (partners co-present
  days and host placements; the Programme Review Group and the heads'
  questionnaire in stage 11).
- 5.4 partially_met: N10 says only that days are led by "officers" and
  "visiting specialists", "experienced practitioners"; Table 2 gives roles,
  not qualifications or currency.
- 5.6 partially_met (cross-reference to a missing note): stage 5 says
  "Resources: see N9", and there is no N9; only library and Athens access and
  a handout store are described.
- 5.8 partially_met: a second tutor reads only fails and borderlines, the
  Board "receives marks"; no moderation or external examiner.
- 5.9 partially_met: competence and confidence by first and final Skills
  Checks; effect on pupils only "intends to explore ... from 2010" (N8).
- 1.9 partially_met, 6.0 partially_met: the award needs "every assessed
  line" of Table 3 signed, and N6 lets lines 3, 7 and 16 be signed as
  "covered" without assessment; line for formative assessment is missing.
- Outcomes assessed but not developed ("Developed: -"): 6.A4 (P4 scenarios),
  6.S2d (P4) -> partially_met.
- Outcome developed but "not assessed": 6.A3 (Day 7), 6.K9 (Day 9) ->
  partially_met.
- 6.K7 partially_met (wrong context): line 14 says "Day 9", but Day 9's
  self-evaluation is the participants' reflective evaluation of their own
  learning, not school self-evaluation; P3 does assess it.
- 6.A7 not_met: line 7 "participant's own responsibility", developed "-",
  not assessed.
- 6.S2c not_met: no line, day or portfolio piece for encouraging other
  teachers' formative assessment (missing outcome row).
- Met arrangements written tersely in the map: E.1, 1.2-1.6, 1.8, 2.1-2.4
  (E1 is a real assessment-only route), 3.1 (N5), 5.1, 5.2 (stage 2 and E3),
  5.3 (stage 3), 5.5 (stage 6 placements), 5.7 (N4), and the outcomes
  developed on a named day and assessed in a named portfolio piece: 6.A2,
  6.A5, 6.A6, 6.K1-6.K6, 6.K8, 6.S1, 6.S2, 6.S2a, 6.S2b, 6.S3-6.S7, 6.S9.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_name("co-02-harrowby-process-map.docx")

doc = Document()
doc.core_properties.author = "Gail Threlfall"
doc.core_properties.title = "HBC/INC/PM/07 SENCO National Award participant pathway"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)


def para(text="", bold=False, italic=False, size=None, align=None, after=6, color=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(after)
    return p


def lead(label, text, after=6):
    """A paragraph with a bold run-in label."""
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(after)
    return p


def borders(tbl, sz=6):
    tbl._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        f'<w:top w:val="single" w:sz="{sz}" w:color="444444"/><w:left w:val="single" w:sz="{sz}" w:color="444444"/>'
        f'<w:bottom w:val="single" w:sz="{sz}" w:color="444444"/><w:right w:val="single" w:sz="{sz}" w:color="444444"/>'
        f'<w:insideH w:val="single" w:sz="4" w:color="888888"/><w:insideV w:val="dashed" w:sz="4" w:color="888888"/>'
        '</w:tblBorders>'))


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def fill(cell, text, bold=False, size=None, italic=False):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)


def widths(tbl, cms):
    for row in tbl.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


# ---------------------------------------------------------------- header / footer
s0 = doc.sections[0]
s0.left_margin = s0.right_margin = Cm(2.0)
PW, PH = s0.page_width, s0.page_height  # portrait size, saved before sections are added
hp = s0.header.paragraphs[0]
r = hp.add_run("Harrowby Borough Council \u00b7 Children\u2019s Services \u00b7 Process map HBC/INC/PM/07 v1.3 \u00b7 "
               "UNCONTROLLED WHEN PRINTED")
r.font.size = Pt(7.5)
fp = s0.footer.paragraphs[0]
r = fp.add_run("Process owner: G. Threlfall, Principal Inspector (Inclusion) \u00b7 Approved: Partnership Board "
               "24.02.2009 \u00b7 Review date: March 2010 \u00b7 Page ")
r.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- cover block
cov = doc.add_table(rows=1, cols=1)
borders(cov, 12)
c = cov.rows[0].cells[0]
shade(c, "E8EEF4")
fill(c, "HARROWBY BOROUGH COUNCIL \u2013 CHILDREN\u2019S SERVICES\nInclusion and SEN Team", bold=True, size=12)
p = c.add_paragraph()
p.add_run("in partnership with Ulverholme University, School of Education").italic = True
p = c.add_paragraph()
r = p.add_run("NATIONAL AWARD FOR SEN COORDINATION\nPARTICIPANT PATHWAY: PROCESS MAP AND NOTES")
r.bold = True
r.font.size = Pt(14)
p = c.add_paragraph()
p.add_run("Submitted to the Training and Development Agency for Schools with the Partnership\u2019s application "
          "for approval, March 2009")
for line in ["Document ref: HBC/INC/PM/07        Version 1.3 (supersedes v1.2, January 2009)",
             "Process owner: Gail Threlfall, Principal Inspector (Inclusion)",
             "Programme Tutor: Sanjay Mistry, Senior Adviser (SEN)",
             "University link tutor: Dr Fiona Ashdown, School of Education, Ulverholme University"]:
    c.add_paragraph(line)
para("", after=4)

para("About this document", bold=True, size=12, after=4)
para("The application form asks for answers criterion by criterion. We have instead mapped the route a "
     "participant takes from first enquiry to award, because that is how our schools, our partners and the "
     "University already understand the programme, and because a map shows who is responsible for each step "
     "in a way that prose does not. Table 1 is the map. Each row is a stage; each column is the lane of one "
     "of the people or bodies involved. The right-hand column shows which of the TDA requirements we "
     "consider the stage addresses. The notes (N1\u2013N12) that follow the map explain the stages that need "
     "more than a line, and Table 3 is the sheet on which each participant\u2019s achievement of the national "
     "outcomes is recorded and signed.")
lead("The programme.", "The National Award is validated by Ulverholme University following a validation "
     "event on 3 February 2009 and is conferred by the University. It carries 60 credits and is offered as "
     "a Graduate Certificate (Level 6) or a Postgraduate Certificate (Level 7); each participant chooses the "
     "level at the three-way meeting (stage 4), and the same study days, placements and portfolio serve "
     "both.")

para("Key to the map", bold=True, after=2)
key = doc.add_table(rows=0, cols=2)
borders(key, 4)
for sym, meaning in [("\u25ad", "an action by the person or body in that lane"),
                     ("\u25c7", "a decision point; the question is written after the symbol"),
                     ("\u25b1", "a form or record that is completed or kept"),
                     ("\u2192", "go to (another stage, an exception or a note)"),
                     ("\u2715", "this lane has no part in this stage"),
                     ("\u2014", "nothing happens in this lane at this stage")]:
    cells = key.add_row().cells
    fill(cells[0], sym, bold=True, size=12)
    fill(cells[1], meaning)
widths(key, [1.5, 12])

# ---------------------------------------------------------------- Table 1: landscape swimlane
s1 = doc.add_section(WD_SECTION.NEW_PAGE)
s1.orientation = WD_ORIENT.LANDSCAPE
s1.page_width, s1.page_height = PH, PW
s1.left_margin = s1.right_margin = Cm(1.4)
s1.top_margin = s1.bottom_margin = Cm(1.5)

para("Table 1. Participant pathway \u2013 swimlane map", bold=True, size=11, after=4)
LANES = ["Stage", "Participant", "Headteacher and school", "SEN Team (programme team)",
         "Ulverholme University", "Partners", "Records", "TDA ref"]
W = [2.9, 3.9, 3.4, 4.6, 3.0, 3.4, 2.2, 1.3]
t1 = doc.add_table(rows=1, cols=len(LANES))
borders(t1)
for i, h in enumerate(LANES):
    shade(t1.rows[0].cells[i], "C9D6E3")
    fill(t1.rows[0].cells[i], h, bold=True, size=8)
# mark header row as repeating
t1.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))

STAGES = [
    ("0  Publicity and enquiry (Jan\u2013Feb)",
     "Reads leaflet (standard print, large print or audio CD). May phone the Programme Tutor.",
     "Receives leaflet with the Heads\u2019 Bulletin (January). Identifies new or designated SENCO.",
     "\u25ad Sends leaflet and application pack.\n\u25ad Answers enquiries within 3 working days.\nPack invites "
     "disclosure of disability \u201cso that adjustments are in place before Day 1\u201d and says how the "
     "answer is used (\u2192 N5).",
     "\u2014",
     "Harrowby Disabled People\u2019s Forum reads the pack for accessibility before issue (done Dec 2008).",
     "Enquiry log", "3.1, 4.1"),
    ("1  Application (by 22 May)",
     "\u25b1 Application form: QTS, current post, SEN experience, optional disability disclosure.\n\u25b1 "
     "Skills Check: self-rating 1\u20134 against each national outcome, one example for every rating of 3 "
     "or 4.",
     "Countersigns. Confirms participant is SENCO or will be within 12 months; agrees release for 10 study "
     "days and 2 placement days; names a school mentor.",
     "\u25ad Logs application; acknowledges within 5 working days.",
     "\u2014", "\u2014", "Application file", "5.2"),
    ("2  Eligibility and readiness decision (June)",
     "\u2014", "\u2014",
     "\u25c7 QTS confirmed?\n\u25c7 In a SENCO post, or designated?\n\u25c7 Head\u2019s support?\n\u25c7 Do the "
     "Skills Check and head\u2019s comments show the candidate is likely to meet every outcome by the July "
     "after next?\nAny \u201cNo\u201d \u2192 E3. Programme Tutor and a second officer decide together.",
     "Receives list of accepted candidates.", "\u2014", "Decision record", "5.2"),
    ("3  Safer recruitment checks (June\u2013July)",
     "Gives date and number of enhanced CRB disclosure. Not in a school post with regular contact with "
     "children in the last 3 months \u2192 applies for a new enhanced disclosure through HBC (fee paid by "
     "SEN Team).",
     "\u25b1 Form SR1: confirms the school holds a current enhanced disclosure, List 99 was checked, no "
     "disciplinary matters outstanding.",
     "\u25ad Checks SR1 against HBC HR record (maintained schools) or obtains written confirmation "
     "(other schools).\n\u25ad Seeks a reference from the previous employer where employer changed in the "
     "last 2 years.\nNo place confirmed until every check is complete.",
     "Enrols only on the SEN Team\u2019s written confirmation that checks are complete.",
     "\u2014", "SR1; checks log (restricted)", "5.3"),
    ("4  Three-way meeting and Personal Learning Plan (June\u2013July)",
     "MERGE3", None, None,
     "APL / APEL (up to 20 credits): certificated learning by transcript; experience by a portfolio mapped "
     "to the outcomes, assessed by two assessors. University APL Panel decides before September.",
     "\u2014", "\u25b1 PLP (copies: participant, school, SEN Team)", "2.1, 2.2, 2.4"),
    ("5  Study days 1\u201310 (Sept\u2013June) \u2192 Table 2",
     "Attends 10 study days. Each day runs twice (Tuesday group, Thursday group); may swap group for any "
     "day; may make up a missed day with the next cohort. Gap task after each day.",
     "Releases participant. Supply cover paid by school (maintained schools may use the SEN element of "
     "Standards Fund).",
     "\u25ad Leads days (Table 2).\n\u25ad 4 optional twilights: dyslexia, autism, behaviour, speech and "
     "language.\n\u25ad Handouts on Harrowby Learning Platform (document store only).",
     "Library card and Athens access for every participant.",
     "Co-present: Brookhollow Special School (Day 3), Young People\u2019s Council (Day 5), CAMHS and "
     "Harrowby CVS (Day 9).",
     "Registers. Resources: see N9.", "1.2, 3.2, 5.6"),
    ("6  Placements and school-based work",
     "Two placement days: Brookhollow Special School (all); then Dunmore Hill resource base (speech and "
     "language) or Fallowfield Pupil Referral Unit (choice made in PLP). Keeps placement log.",
     "Mentor meets participant after each gap task (\u2192 N4).",
     "\u25ad Arranges placements; briefs hosts; sets focus questions for each placement, tied to named "
     "outcomes.",
     "\u2014",
     "Host schools run a structured day: observation, time with the SENCO, a therapist or the behaviour "
     "lead.",
     "Placement log (part of P2)", "1.2, 5.5"),
    ("7  Portfolio P1\u2013P4 \u2192 Table 3",
     "Submits P1 (December), P2 (March), P3 with presentation (June); P4 professional conversation "
     "(July).",
     "Confirms school data used are accurate. Attends the P3 presentation.",
     "\u25ad First marking against University Level 6/7 criteria.\n\u25ad Written feedback within 20 working "
     "days.\n\u25ad Assessor signs Table 3 lines against the evidence.\n\u25ad PLP reviewed at each "
     "deadline.",
     "\u2014", "\u2014", "Marked work; Table 3", "1.8, 1.9"),
    ("8  Second marking and Examination Board (July\u2013Sept)",
     "\u2014", "\u2014",
     "MERGE2", None,
     "\u2014", "Marks schedule", "5.8"),
    ("9  Award",
     "Receives certificate and transcript.", "\u2014", "\u2014",
     "\u25c7 P1\u2013P4 all passed and every assessed line of Table 3 signed?\nYes \u2192 award.\nNo \u2192 one "
     "resubmission within 3 months.",
     "\u2014", "Award letter", "6.0"),
    ("10  After the award",
     "\u2014",
     "Sets next objectives through the school\u2019s own performance management cycle.",
     "\u2715 No further part in this process.",
     "\u2014", "\u2014", "\u2014", "2.5"),
    ("11  Annual programme review (October)",
     "Completes an evaluation after each day and an end-of-programme questionnaire; repeats the Skills "
     "Check.",
     "Headteachers\u2019 questionnaire at the end of the programme: what has changed in the school\u2019s SEN "
     "provision.",
     "\u25ad Compares first and final Skills Checks, outcome by outcome, for competence and confidence.\n"
     "\u25ad Analyses day evaluations, marks and heads\u2019 questionnaires.\n\u25ad Writes Annual Programme "
     "Review with action plan.\nEffect on pupils\u2019 attainment \u2192 N8.",
     "Annual Monitoring: a Faculty panel with an external reviewer reads the Annual Programme Review.",
     "Programme Review Group (2 headteachers, chair of Harrowby Parents\u2019 Forum, a Young People\u2019s "
     "Council member, Brookhollow head, University link tutor) reads the Review, hears participants\u2019 "
     "feedback and agrees changes for the next cohort.",
     "\u25b1 Annual Programme Review; action plan; \u201cChanges this year\u201d sheet in next pack",
     "4.3, 5.1, 5.9"),
]
MERGE3_TEXT = ("\u25ad Three-way meeting in school (1 hour): participant, headteacher or mentor, Programme Tutor. "
               "Go through the Skills Check outcome by outcome. Agree the Personal Learning Plan (PLP): "
               "outcomes already met and the evidence still needed; personal targets for the weakest "
               "outcomes; focus of the P3 project; which optional twilights to attend; placement choice; level "
               "of study (6 or 7).")
MERGE2_TEXT = ("\u25ad Second tutor reads every fail and every borderline script (within 3 marks of a "
               "boundary).\n\u25ad Marks go to the University Examination Board, which receives them in "
               "September.")

for row in STAGES:
    cells = t1.add_row().cells
    for i, val in enumerate(row):
        if val is None:
            continue
        if val == "MERGE3":
            m = cells[i].merge(cells[i + 2])
            fill(m, MERGE3_TEXT, size=8)
            shade(m, "F3F6F9")
            continue
        if val == "MERGE2":
            m = cells[i].merge(cells[i + 1])
            fill(m, MERGE2_TEXT, size=8)
            shade(m, "F3F6F9")
            continue
        fill(cells[i], val, size=8, bold=(i == 0))
    shade(cells[0], "E8EEF4")
widths(t1, W)

# ---------------------------------------------------------------- back to portrait
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.PORTRAIT
s2.page_width, s2.page_height = PW, PH
s2.left_margin = s2.right_margin = Cm(2.0)

para("Exceptions to the main route", bold=True, size=11, after=4)
ex = doc.add_table(rows=1, cols=3)
borders(ex)
for i, h in enumerate(["Ref", "When", "What happens"]):
    shade(ex.rows[0].cells[i], "C9D6E3")
    fill(ex.rows[0].cells[i], h, bold=True, size=9)
for ref, when, what in [
    ("E1", "At stage 2 the Skills Check and references suggest the candidate already meets every outcome "
           "(for example an experienced teacher from a special school or an SEN support service).",
     "Assessment-only route. No study days or placements. A three-way meeting agrees which existing work "
     "and which new evidence will be presented; the candidate completes P1\u2013P3 in shortened form or "
     "submits existing work mapped to the outcomes, and takes the P4 professional conversation. The same "
     "award rule applies (stage 9). Fee \u00a3450."),
    ("E2", "A participant cannot continue (illness, maternity, change of post).",
     "Studies suspended for up to 12 months; rejoins the next cohort at the same point; the PLP is "
     "reviewed at a new three-way meeting."),
    ("E3", "Any \u201cNo\u201d at stage 2.",
     "Letter to the candidate explaining which requirement is not yet met and what to do first (usually "
     "the Council\u2019s SENCO induction course, or a term shadowing an experienced SENCO). With the "
     "candidate\u2019s agreement the Programme Tutor telephones the headteacher to agree the next steps. The "
     "candidate may reapply the following year."),
]:
    cells = ex.add_row().cells
    fill(cells[0], ref, bold=True, size=9)
    fill(cells[1], when, size=9)
    fill(cells[2], what, size=9)
widths(ex, [1.2, 5.5, 10.3])
para("", after=4)

# ---------------------------------------------------------------- Table 2 study days
para("Table 2. Study day plan (each day 9.15\u20133.30; Harrowby Professional Development Centre unless "
     "stated)", bold=True, size=11, after=4)
t2 = doc.add_table(rows=1, cols=4)
borders(t2)
for i, h in enumerate(["Day", "Title and content", "Led by", "Gap task in own school"]):
    shade(t2.rows[0].cells[i], "C9D6E3")
    fill(t2.rows[0].cells[i], h, bold=True, size=9)
DAYS = [
    ("1\nSept", "The SENCO and the law. Part IV of the Education Act 1996; SENDA 2001; the SEN Code of "
     "Practice (2001): graduated response, statutory assessment, statements, annual reviews; the 2008 "
     "SENCO regulations; what each asks of the school, governors, SENCO and teachers, and how schools put "
     "it into practice. The school\u2019s duties to parents under the Code: information, the Parent "
     "Partnership Service, appeals to SENDIST. Every Child Matters: the five outcomes, the Children Act "
     "2004, the CAF, and the SENCO\u2019s part in each outcome.",
     "Principal Inspector (Inclusion); SEN Casework Manager",
     "Audit the SEN register against the Code."),
    ("2\nOct", "Disability equality and the strategic SENCO. The DDA 1995 as amended in 2005, the "
     "Disability Equality Duty, accessibility plans: what the law requires schools to do. SEN policy, "
     "priorities and budgets with the head, senior team and governors; building an inclusive ethos; "
     "winning and keeping the commitment of the head and senior leaders. Two disabled speakers from the "
     "Harrowby Disabled People\u2019s Forum.",
     "Senior Adviser (SEN); a Harrowby headteacher",
     "Meet the SEN governor; compare policy with practice."),
    ("3\nNov", "At Brookhollow Special School. How children develop \u2013 cognitive, language, social and "
     "emotional \u2013 and how SEN, disability and the physical and social environment affect development. "
     "The common types of need and their effect on learning: BESD; specific learning difficulties "
     "including dyslexia; speech, language and communication needs; autistic spectrum disorders; "
     "moderate learning difficulties.",
     "Senior Educational Psychologist; advisory teachers (ASD, SpLD); Brookhollow staff",
     "Observe one pupil across a whole day."),
    ("4\nDec", "Identifying need and tracking progress. Observation, data and assessment to identify "
     "pupils who may have SEN; challenging targets; planning interventions; reviewing progress. Using "
     "reports from educational psychologists, therapists and other professionals to shape teaching. "
     "P scales, National Curriculum levels, national tests and RAISEonline to track progress and decide "
     "when a programme must change.",
     "Senior Educational Psychologist; LA data officer",
     "Build a tracking sheet for five pupils."),
    ("5\nJan", "Pupil voice. Consulting children and young people about things that affect them; "
     "involving pupils in setting, agreeing and reviewing their targets and in evaluating their "
     "provision; fair, respectful and constructive relationships with pupils with SEN. Co-presented by "
     "four members of the Harrowby Young People\u2019s Council.",
     "Participation Officer; Young People\u2019s Council",
     "Interview two pupils; involve one in reviewing their own IEP."),
    ("6\nFeb", "Teaching, resources, ICT and research. Approaches, strategies and resources for "
     "assessment, planning, teaching and learning, including ICT and assistive technology; a critical look "
     "at the evidence for each. Research and best practice: Ofsted, Inclusion: does it matter where pupils "
     "are taught? (2006); the Bercow Review (2008); the Inclusion Development Programme; reading "
     "research critically and using it with colleagues.",
     "Lecturer in Inclusive Education, Ulverholme University; ICT adviser",
     "Try one approach with a group; read one study."),
    ("7\nMar", "Provision mapping and managing staff. Provision maps: what provision costs and buys, and "
     "finding what is missing or not working. Deploying and managing teaching assistants. Reviewing "
     "provision with class teachers and teaching assistants to decide what to stop, start and continue. "
     "The SENCO\u2019s time: prioritising and delegating.",
     "Senior Adviser (SEN); two serving Harrowby SENCOs",
     "Draft a provision map with your teaching assistants."),
    ("8\nApr", "Leading colleagues. Coaching and mentoring; observing teaching and giving feedback; "
     "modelling; planning and leading INSET. Speaking and writing clearly to colleagues and listening to "
     "those who disagree. Cross-school trios formed for peer review of P3; working with colleagues in "
     "other schools and in the Council\u2019s support services.",
     "Senior Adviser (SEN); LA coaching lead",
     "Coach a colleague through one cycle."),
    ("9\nMay", "Working with other services. The roles of the EP, speech and language therapy, "
     "occupational therapy, CAMHS, social care, Connexions and voluntary organisations; the CAF and team "
     "around the child; getting specialist support and resources; multi-agency partnership in practice. "
     "Afternoon: reflective self-evaluation \u2013 participants evaluate their own learning against their "
     "PLP and update it.",
     "CAMHS team manager; Harrowby CVS; Programme Tutor",
     "Map the services working with your pupils."),
    ("10\nJune", "Presentations and close. P3 presentations to headteachers and peers; end-of-programme "
     "evaluation.",
     "Programme Tutor; University link tutor",
     "\u2014"),
]
for d in DAYS:
    cells = t2.add_row().cells
    for i, v in enumerate(d):
        fill(cells[i], v, size=9, bold=(i == 0))
widths(t2, [1.3, 9.6, 3.4, 2.7])
para("", after=4)

# ---------------------------------------------------------------- stage notes
para("Notes to the map", bold=True, size=11, after=4)
NOTES = [
    ("N1 Why a map.", "The Partnership\u2019s quality team has used process maps for every Children\u2019s "
     "Services training programme since 2006. Each stage on the map has an owner, and the owner reviews "
     "the stage each year at the Annual Programme Review (stage 11)."),
    ("N2 Purpose of the programme.", "The programme exists to ensure that every Harrowby school has a SENCO "
     "who holds the National Award by September 2011, as the 2008 regulations require, and to raise the "
     "attainment of pupils with SEN at Key Stages 2 and 4, where Harrowby\u2019s results trail those of its "
     "statistical neighbours. The P3 project is the point at which each participant shows what has changed "
     "in practice in his or her school as a result of the programme."),
    ("N3 What stakeholders told us, and how they shaped the programme.", "The design reflects the needs "
     "identified in the 2008 survey of Harrowby SENCOs and headteachers; the findings are summarised in "
     "Appendix C. The Partnership Board, whose members include two headteachers, a parent governor, the "
     "chair of the Harrowby Parents\u2019 Forum and the University\u2019s Head of Professional Development, "
     "considered the first draft of the programme in November 2008. At the Board\u2019s request Day 7 was "
     "given over entirely to provision mapping and the deployment of teaching assistants (in the first "
     "draft these shared a day with research), and the Young People\u2019s Council was invited to "
     "co-present Day 5 rather than send written views. The Board approved version 1.3 of this map on 24 "
     "February 2009."),
    ("N4 Tutors, mentors and placement hosts.", "Each of the Team\u2019s tutors has a written role "
     "description and the Tutor Guide, which sets out the marking criteria, the standard for feedback and "
     "how to sign Table 3, and all tutors attend a standardisation day in September at which they mark "
     "sample portfolio pieces together before marking begins. School mentors receive a one-page role "
     "description with the PLP, a checklist for the meeting after each gap task, and an invitation to a "
     "September twilight briefing run by the Programme Tutor; a mentor who cannot attend is visited in "
     "school. Placement hosts are briefed by telephone before each placement and receive the focus "
     "questions the participant will bring."),
    ("N5 Disability, access and equality.", "The application pack asks candidates to tell us about any "
     "disability, explains why we ask and promises that the answer goes only to the Programme Tutor. "
     "Before Day 1 the Programme Tutor meets each participant who has disclosed a disability and agrees an "
     "Access Plan with the University\u2019s Disability Service: for example materials in large print or "
     "electronic form, a note-taker or BSL interpreter, rest breaks, extra time for written work, or an "
     "alternative format for the P4 conversation. With the participant\u2019s consent placement hosts are "
     "told what adjustments are needed. All venues, including both placement schools, have level access "
     "and an induction loop. Applications and outcomes are monitored by ethnicity and disability under the "
     "Council\u2019s Race Equality and Disability Equality Schemes, and the figures go to the Partnership "
     "Board each year. Day 2 is built around disabled speakers so that disability is presented by disabled "
     "people themselves."),
    ("N6 Outcomes covered but not separately assessed.", "Lines 3, 7 and 16 of Table 3 are not separately "
     "assessed. Managing time and delegating, and keeping up to date, are matters for each school\u2019s "
     "performance management, and keeping up to date is the participant\u2019s own responsibility as a "
     "professional; knowledge of external agencies is covered thoroughly on Day 9. The assessor signs these "
     "lines as \u201ccovered\u201d."),
    ("N7 Keeping the content current.", "Each summer the University link tutor and the Programme Tutor "
     "revise every day\u2019s content and reading list. New inspection findings (Ofsted\u2019s subject and "
     "thematic reports and the Council\u2019s own inspection outcomes), national developments such as the "
     "Bercow recommendations and the IDP, and research from the University\u2019s Centre for Inclusion "
     "Studies are written into the days, and the \u201cChanges this year\u201d sheet tells participants what is "
     "new."),
    ("N8 Effect on pupils.", "The Partnership intends to explore with the Council\u2019s Performance and "
     "Data Team, from 2010, whether the attainment of pupils with SEN in participants\u2019 schools can be "
     "compared before and after the programme. For the present the Annual Programme Review does not include "
     "pupil data."),
    ("N10 Who teaches.", "Days are led by officers of the Inclusion and SEN Team and by the visiting "
     "specialists named in Table 2. The Team\u2019s officers are experienced practitioners."),
    ("N11 Fees and value.", "There is no charge to Harrowby maintained schools, whose places are paid for "
     "from the Council\u2019s SENCO training grant; other schools pay \u00a31,050, and the assessment-only "
     "route (E1) costs \u00a3450. Because the days are taught in the borough by the Council\u2019s own "
     "officers, the cost per participant is about half that of the University\u2019s campus certificate. "
     "The PLP decides how each participant\u2019s time is spent: which twilights, which placement, which "
     "project and which outcomes need most work."),
    ("N12 How the programme is delivered.", "The programme is taught face to face. There is one intake a "
     "year, in September, and the ten days are taken in order. The Harrowby Learning Platform is used only "
     "to store handouts: there are no online units, no online tutoring and no discussion forums."),
]
for label, text in NOTES:
    lead(label, text)

# ---------------------------------------------------------------- Table 3 outcome sheet
para("Table 3. Outcome Sign-off Sheet", bold=True, size=11, after=2)
para("Portfolio pieces. P1 Policy and law review (3,000 words): the school\u2019s SEN and disability policies "
     "and practice reviewed against the law and against the five Every Child Matters outcomes, with an "
     "action plan agreed with the headteacher and presented to the SEN governor. P2 Pupil case study (4,000 words): one pupil\u2019s needs, targets, interventions "
     "and progress data, reports from other professionals, and the pupil\u2019s and parents\u2019 views. P3 "
     "Practice project (5,000 words and a 20-minute presentation): the participant leads a change in "
     "provision, reviews it with colleagues and places it in the school\u2019s self-evaluation and "
     "improvement plan. P4 Professional conversation (45 minutes, recorded, two assessors): scenarios on "
     "problems and decisions about provision, access arrangements for tests and examinations, and work with "
     "other services.", size=9, after=4)
t3 = doc.add_table(rows=1, cols=5)
borders(t3)
for i, h in enumerate(["No.", "Outcome", "Developed", "Evidence that counts towards the award",
                       "Signed (assessor, date)"]):
    shade(t3.rows[0].cells[i], "C9D6E3")
    fill(t3.rows[0].cells[i], h, bold=True, size=9)
t3.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
GROUPS = [
    ("Professional attributes", [
        ("1", "Fair, respectful, supportive relationships with pupils with SEN and/or disabilities and "
              "with their parents or carers", "Day 5", "P2"),
        ("2", "Gaining the commitment of colleagues, the headteacher and senior leaders", "Day 2", "P1"),
        ("3", "Prioritising, managing time and delegating", "Day 7", "\u2715 not assessed (N6)"),
        ("4", "Anticipating and resolving problems; sound decisions on provision", "\u2014",
         "P4 (scenarios)"),
        ("5", "Clear speech and writing; listening to and understanding others", "Day 8",
         "P3 (report and presentation)"),
        ("6", "Using research and outside advice to improve own and colleagues\u2019 practice", "Day 6", "P3"),
        ("7", "Keeping up to date; own CPD on SEN and disability", "\u2014",
         "\u2715 participant\u2019s own responsibility (N6)"),
    ]),
    ("Knowledge and understanding", [
        ("8", "SEN law and guidance, including the Code of Practice; implications; putting them into "
              "practice", "Day 1", "P1"),
        ("9", "Every Child Matters and the SENCO\u2019s part in the five outcomes", "Day 1", "P1"),
        ("10", "Disability equality law and the actions it requires", "Day 2", "P1"),
        ("11", "How children develop; effects of SEN, disability and environment", "Day 3", "P2"),
        ("12", "The common types of SEN and disability and their effect on learning", "Day 3", "P2"),
        ("13", "Approaches, strategies and resources, including ICT, to remove barriers", "Day 6", "P3"),
        ("14", "School self-evaluation and improvement in relation to outcomes for pupils with SEN", "Day 9",
         "P3"),
        ("15", "Best practice and the outcomes of research", "Day 6", "P3"),
        ("16", "Scope and role of external agencies; getting specialist support", "Day 9",
         "\u2715 not assessed (N6)"),
    ]),
    ("Professional skills", [
        ("17", "With senior colleagues and governors, shaping an inclusive ethos, policies, priorities and "
               "use of resources", "Day 2", "P1"),
        ("18", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Day 4",
         "P2"),
        ("19", "Using assessments from other professionals", "Day 4", "P2"),
        ("20", "Summative assessment and national tests to track progress and change programmes", "Day 4",
         "P2"),
        ("21", "Special arrangements for national tests and examinations", "\u2014", "P4"),
        ("22", "Provision mapping; finding ineffective or missing provision", "Day 7", "P3"),
        ("23", "Deploying and managing staff", "Day 7", "P3"),
        ("24", "Supporting colleagues\u2019 professional development", "Day 8", "P3"),
        ("25", "Reviewing provision with colleagues to inform school self-evaluation", "Day 7", "P3"),
        ("26", "Involving pupils in planning, agreeing and reviewing their provision", "Day 5", "P2"),
        ("27", "Liaising with parents and carers", "Day 1", "P2"),
        ("28", "Partnership with other services and agencies, including voluntary organisations", "Day 9",
         "P4"),
    ]),
]
for gname, rows in GROUPS:
    g = t3.add_row().cells
    m = g[0].merge(g[4])
    fill(m, gname, bold=True, size=9)
    shade(m, "E8EEF4")
    for no, text, dev, ev in rows:
        cells = t3.add_row().cells
        fill(cells[0], no, size=9)
        fill(cells[1], text, size=9)
        fill(cells[2], dev, size=9)
        fill(cells[3], ev, size=9)
        fill(cells[4], "", size=9)
widths(t3, [1.0, 8.0, 1.9, 3.9, 2.2])
para("", after=4)
para("Signed for the Partnership: Gail Threlfall, Principal Inspector (Inclusion), Harrowby Borough Council; "
     "Professor Martin Oyelaran, Head of School of Education, Ulverholme University", italic=True, size=9)

doc.save(OUT)
print("wrote", OUT)
