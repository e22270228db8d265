"""hk-02-riverside-highlight-reports: build script (writes hk-02-riverside-highlight-reports.docx).

Provider: the Riverside Excellence in Cities Partnership (eight inner-city
secondary schools of Kelsport, with the partnership's City Learning Centre),
with the University of Wexley, which validates the course and awards it as a
Postgraduate Certificate in Special Educational Needs Coordination, 60 credits
at Masters level. The partnership runs the build as a PRINCE2-style project,
"Project RISE".

Document kind: three monthly HIGHLIGHT REPORTS (Nos. 4, 5 and 6, October to
December 2008) from the Project Manager to the RISE Programme Board, sent
together with three annexes, under a shaded note from the Project Manager
saying the annexes and the latest report are the programme as it stands.
House vocabulary: Blocks A-D, Twilight route and Saturday route, Saturday
Schools, Evidence Pieces EP1-EP4 (Policy Audit, Tracked Learner Study,
Provision Map Project, Professional Dialogue), the Reflective Journal,
Critical Friends, the Exchange Placement, the Skills Audit, products P-01 to
P-12, issues I-nn, risks R-nn, Board decisions D-nn.

Layout: Word heading styles (Heading 1 per report and annex, Heading 2 for the
PRINCE2 sections), a document-control table, a report header table with merged
cells, RAG status tables with shaded cells, "Products completed / planned next
period" lists, issue and risk tables, a Product Description (Annex A) in the
PRINCE2 headings with lettered composition items, a Product Breakdown outcome
trace (Annex B) with shaded group rows, a Lessons Log extract (Annex C),
tracked changes, comments, header and footer.

Traps (requirement ids touched):
- Superseded plan: Report 4 says the assessment-only route P-09 is "in
  development"; Report 6 records Board decision D-14 closing it: "No
  assessment-only route will be offered in 2009-10" (2.3 not_met).
- Plans only: P-12 "Moving On" progression session is "planned next period"
  and "not started" (2.5 not_met).
- No e-learning: Report 4 records the online version removed from scope
  (D-09); e-mail and the CLC are not e-learning (3.3 not_applicable).
- Partial needs assessment: the Skills Audit matches Critical Friends and the
  Block C option, and "does not produce an individual plan" (2.2
  partially_met).
- Open issue: stakeholders' role in evaluation "not yet agreed" (I-07), though
  LA staff teach and heads host (4.3 partially_met).
- Condition/risk: the CLC assistive technology suite is Amber, "not yet
  confirmed"; a deleted tracked sentence promised monthly workshops (5.6
  partially_met; 6.K6 partially_met, its ICT part).
- Moderation "to be agreed" with the University (I-09) though double marking
  is in place (5.8 partially_met).
- General terms: readers "refreshed to reflect current thinking" (1.3
  partially_met); parents only a one-hour talk (1.7 partially_met, 6.S8
  partially_met).
- Inserted tracked text counts: the Exchange Placement arranged by the
  Partnership Office (5.5 met).
- Unsupported coverage claim: "each national outcome is assessed through at
  least one Evidence Piece", but Annex B shows gaps (1.9 partially_met).
- Annex B: 6.A6 (Journal, not graded), 6.K2 (no Evidence Piece), 6.S2b
  (formative journal task), 6.S5 (feedback only), 6.S6 (no Evidence Piece)
  partially_met; 6.A3 "Outside scope (Board decision D-11)", 6.S2d and 6.S7
  blank rows: not_met.
- Comments are not part of the submission (a suggestion about an AO route,
  a query about Critical Friends' fees).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hk_helpers import (new_doc, para, rich, table, box, cell_text, shade_cell, ins, dele, plain,
                         delete_row, comment, header_footer, page_break, landscape_section, portrait_section)
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).with_name("hk-02-riverside-highlight-reports.docx")
d = new_doc("Arial", 10)
header_footer(d, header="Project RISE \u2013 Highlight Reports \u2013 RESTRICTED: Programme Board",
              footer="Riverside Excellence in Cities Partnership \u2013 printed from the project file \u2013 uncontrolled when printed")
RAG = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
COMMENTS = []


def h1(t):
    return d.add_heading(t, level=1)


def h2(t):
    return d.add_heading(t, level=2)


def rag_table(rows):
    t = table(d, [["Stage / area", "Status", "Comment"]] + rows, widths=[4.5, 1.8, 10.5])
    for i, r in enumerate(rows, start=1):
        shade_cell(t.cell(i, 1), RAG[r[1][0]])
    return t


def report_head(no, period, overall):
    t = table(d, [["Project", "RISE: the Riverside SENCO Award", "Report no.", str(no)],
                  ["Period", period, "Overall status", overall],
                  ["Prepared by", "Jonah Whitlock, Project Manager, for the RISE Programme Board", None, None]],
              header=False, widths=[2.8, 7.6, 2.8, 3.6])
    t.cell(2, 1).merge(t.cell(2, 3))
    for i in range(3):
        shade_cell(t.cell(i, 0), "D9D9D9")
    shade_cell(t.cell(0, 2), "D9D9D9")
    shade_cell(t.cell(1, 2), "D9D9D9")
    shade_cell(t.cell(1, 3), RAG[overall[0]])
    return t


def bullets(items):
    for it in items:
        para(d, it, style="List Bullet")


# ---------------------------------------------------------------- cover
para(d, "**RIVERSIDE EXCELLENCE IN CITIES PARTNERSHIP**", size=15)
para(d, "Project RISE (Riverside Inclusion: SENCO Education)", size=12)
para(d, "Highlight Reports 4, 5 and 6 to the RISE Programme Board, with Annexes A to C", size=11)
box(d, "**To the TDA approval panel.** You asked for an account of the programme we intend to run. We have built "
       "the Riverside SENCO Award as a project, and our Programme Board (the eight headteachers, the Local Authority's "
       "Head of Inclusion and the University of Wexley's Associate Dean) has had a highlight report every month. We "
       "send the last three as they went to the Board, because they show where each part of the programme stands and "
       "what the Board decided. The programme itself is set out in Annex A, the Product Description that the Board "
       "baselined on 9 December 2008; Annex B traces the national outcomes; Annex C is an extract from our Lessons "
       "Log. Where an earlier report and a later one differ, the later one is the position.\n\n"
       "Jonah Whitlock, Project Manager, Riverside EiC Partnership, 12 January 2009", fill="E2EFDA")
table(d, [["Document control", ""],
          ["Project Sponsor", "Ann Kowalczyk, Executive Director, Riverside EiC Partnership"],
          ["Senior User", "Chair of the Riverside Heads' Group (Delroy Mason, Head, Wharf Lane School)"],
          ["Senior Supplier", "Dr Helen Price, Associate Dean (Education), University of Wexley"],
          ["Project Manager", "Jonah Whitlock"],
          ["Distribution", "Programme Board; Block leaders; Partnership Office file"]], widths=[4.5, 12.3])

# ---------------------------------------------------------------- report 4
h1("Highlight Report No. 4")
report_head(4, "1 to 31 October 2008", "Amber")
h2("1. Summary")
para(d, "The Award's structure was agreed with the University on 14 October: four Blocks, four Evidence Pieces, 60 "
        "credits at Masters level. Recruitment literature is late because the Board has not yet settled the routes. "
        "The online version of Block A, which we had hoped to pilot, has been removed from scope by Board decision "
        "D-09: there will be no e-learning element in 2009-10.")
h2("2. Status by stage")
rag_table([["Validation with Wexley", "G", "Outline approved by the Faculty; event set for 2 December."],
           ["Block design (A-D)", "A", "Block D behind; parents' session not designed."],
           ["Assessment-only route (P-09)", "A", "In development; target December Board."],
           ["Recruitment", "R", "Leaflet held until routes are agreed."]])
h2("3. Products completed this period")
bullets(["P-02 Award structure (Blocks A-D, EP1-EP4), agreed with Wexley.",
         "P-03 Heads' and SENCOs' needs survey report (see Annex A, Derivation)."])
h2("4. Products planned next period")
bullets(["P-09 Assessment-only route: draft procedure for the December Board.",
         "P-05 Critical Friend role description and briefing.",
         "P-07 Skills Audit tool."])
h2("5. Issues and risks")
table(d, [["Ref", "Description", "Action / owner"],
          ["I-05", "CLC assistive technology suite: booking for Saturdays not confirmed.", "JW to meet CLC manager"],
          ["R-03", "Schools may not release SENCOs for daytime sessions.", "Twilight and Saturday routes (Board, Nov)"]],
      widths=[1.5, 10, 5.3])

# ---------------------------------------------------------------- report 5
h1("Highlight Report No. 5")
report_head(5, "1 to 30 November 2008", "Amber")
h2("1. Summary")
para(d, "The Board agreed two routes (Twilight and Saturday) and two start points. The Skills Audit and the Critical "
        "Friend briefing are done. Work on the assessment-only route has stopped: the University has told us that a "
        "separate route would need its own validation, and an exception report went to the Board on 25 November.")
h2("2. Status by stage")
rag_table([["Validation with Wexley", "G", "Documents submitted 18 November."],
           ["Block design (A-D)", "A", "Block D parents' session now a talk by the Parent Partnership Service."],
           ["Assessment-only route (P-09)", "R", "On hold: exception report to Board."],
           ["Recruitment", "A", "Leaflet drafted; to print after validation."]])
h2("3. Products completed this period")
bullets(["P-05 Critical Friend role description, handbook and half-day briefing programme.",
         "P-07 Skills Audit tool (see Annex A, item (f)).",
         "P-04 Routes and calendar: Twilight route and Saturday route; January and September starts."])
h2("4. Products planned next period")
bullets(["P-01 Product Description of the Award for baselining (Annex A).",
         "P-08 Moderation arrangements with Wexley."])
h2("5. Tolerances")
para(d, "Time: the validation date has moved from November to 2 December, within the one-month tolerance. Cost: "
        "Saturday room hire at the CLC adds about \u00a31,400 a year; the Board is asked to note this, which is within "
        "tolerance. Quality: the University's Faculty panel asked for clearer marking criteria for EP4, which are now "
        "drafted. Scope: no change this month.")
h2("6. Issues and risks")
table(d, [["Ref", "Description", "Action / owner"],
          ["I-07", "How stakeholders take part in evaluating the Award.", "Options paper; JW"],
          ["R-05", "The CLC may not release its assistive technology suite on Saturdays.", "JW; CLC manager"]],
      widths=[1.5, 10, 5.3])

# ---------------------------------------------------------------- report 6
h1("Highlight Report No. 6")
report_head(6, "1 to 31 December 2008", "Green")
h2("1. Summary")
p = para(d, "The University of Wexley's validation event on 2 December approved the Award without conditions. The "
            "Board baselined the Product Description (Annex A) on 9 December. Board decision D-14 closed P-09: No "
            "assessment-only route will be offered in 2009-10. Recruitment for the January cohort opened on 10 "
            "December and 17 places are confirmed.")
COMMENTS.append((p.runs, "Helen said Wexley might run an AO route in exceptional cases if we paid for a second event. Worth saying to the TDA? AK", "Ann Kowalczyk", "AK"))
h2("2. Status by stage")
rag_table([["Validation with Wexley", "G", "Approved 2 December; definitive document issued."],
           ["Block design (A-D)", "G", "All four Blocks baselined."],
           ["Assessment-only route (P-09)", "G", "Closed by D-14."],
           ["Resources (P-10)", "A", "CLC assistive technology suite not yet confirmed for the Saturday route."],
           ["Recruitment", "G", "17 of 20 places confirmed."]])
h2("3. Products completed this period")
bullets(["P-01 Product Description of the Award, baselined (Annex A).",
         "P-06 Exchange Placement host list: eleven special schools, PRUs and resourced provisions.",
         "P-11 Evaluation framework (see Annex A, Quality method)."])
h2("4. Products planned next period")
bullets(["P-12 'Moving On' session design (progression planning for completers): not started.",
         "P-08 Moderation arrangements: see I-09.",
         "P-10 Resources: confirm the CLC suite."])
h2("5. Tolerances")
para(d, "Time: within tolerance. Cost: forecast 4% over the Block D budget because of Saturday room hire; within "
        "the 10% tolerance. Scope: P-09 removed (D-14), P-13 e-learning removed earlier (D-09).")
h2("6. Issues and risks")
table(d, [["Ref", "Description", "Action / owner", "Status"],
          ["I-07", "How stakeholders take part in evaluating the Award: not yet agreed.", "Options paper to February Board; JW", "Open"],
          ["I-09", "Moderation with Wexley: the University's external examiner arrangement to be agreed for a partnership-delivered award.", "HP and JW", "Open"],
          ["R-05", "CLC suite on Saturdays.", "CLC manager to reply by 16 January", "Open"],
          ["I-04", "Friday release.", "Closed: no Friday sessions (see Annex C)", "Closed"]],
      widths=[1.3, 8, 5, 2.5])
h2("7. Requests to the Board")
para(d, "None this month.")

# ---------------------------------------------------------------- annex A
h1("Annex A \u2013 Product Description PD-01: The Riverside SENCO Award")
para(d, "**Baselined by the RISE Programme Board, 9 December 2008. Version 1.0.**")
h2("Identifier and title")
para(d, "PD-01. The Riverside SENCO Award: Postgraduate Certificate in Special Educational Needs Coordination, "
        "validated by the University of Wexley, which awards the Certificate. 60 credits at Masters level.")
h2("Purpose")
para(d, "The Award exists to raise the achievement and improve the well-being of pupils with SEN and disabilities in "
        "Riverside schools, in the sense of all five Every Child Matters outcomes, by making new SENCOs effective "
        "leaders of provision. Each Block's aims name this purpose, and each Evidence Piece asks the participant to "
        "show what changed for pupils in their own school as a result of their work.")
h2("Composition")
para(d, "The Award consists of:")
items = [
    "(a) **Block A: The SENCO, the Law and the School** (15 credits). The Education Act 1996 Part IV, the SEN Code of "
    "Practice, the SEN and Disability Act 2001, the Disability Discrimination Act 2005 and the Disability Equality "
    "Duty, Every Child Matters, the 2008 SENCO regulations, local policy. Assessed by EP1, the Policy Audit of the "
    "participant's school's SEN and disability policies and practice.",
    "(b) **Block B: Learners and Barriers** (20 credits). Child development and how SEN, disability and the "
    "environment affect it; the main types of need (behavioural, emotional and social difficulties, specific learning "
    "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate "
    "learning difficulties); identifying needs, setting targets, planning and reviewing interventions; using "
    "assessments by educational psychologists, therapists and advisory teachers; approaches and strategies for "
    "assessment and teaching; a session, \"Listening to learners\", on structured ways of consulting pupils (talking "
    "mats, drawing and rating scales, questionnaires). Assessed by EP2, the Tracked Learner Study.",
    "(c) **Block C: Leading Provision** (15 credits). Provision mapping and costing; deploying and managing teaching "
    "assistants and Learning Mentors; working with senior leaders and governors on the SEN policy, the school "
    "development plan and the SEF; helping colleagues build assessment for learning into lessons for pupils with "
    "SEN; coaching and peer observation. Assessed by EP3, the Provision Map Project.",
    "(d) **Block D: Working Together** (10 credits). Working with other services and voluntary organisations "
    "(the Kelsport Autism Group, Young Minds, the Children's Centre network); the Common Assessment Framework; a "
    "one-hour talk from the Parent Partnership Service. Assessed, with the whole Award, by EP4, the Professional "
    "Dialogue.",
    "(e) **Evidence Pieces.** EP1 Policy Audit (3,000 words). EP2 Tracked Learner Study (5,000 words): two pupils "
    "over two terms, with a baseline and repeated measures of attainment, attendance and well-being, a structured "
    "consultation with each pupil about how they learn best, and a review of the literature on the "
    "approach used. EP3 Provision Map Project (4,000 words): the participant reviews the school's provision map "
    "with the senior leadership team, presents the findings to SLT or governors, and agrees changes. EP4 "
    "Professional Dialogue (40 minutes, oral, with two tutors), in which the participant presents their practice "
    "and answers questions across the outcomes, including their work with external agencies.",
    "(f) **Skills Audit.** On entry each participant rates themselves against the national outcomes. Tutors use the "
    "Audit to match each participant with a Critical Friend and to advise on the Block C option. The Audit does not "
    "produce an individual plan.",
    "(g) **Critical Friends.** Each participant has a Critical Friend, an experienced SENCO in another Riverside "
    "school, who meets them six times in the year in their school, works on the priorities the participant and their "
    "head have chosen, and comments on the Evidence Pieces in draft.",
    "(m) **Cost.** A place costs £1,150, of which the partnership pays half from its Excellence in Cities grant. "
    "Sessions are shared by eight schools at the CLC, and each Evidence Piece is built on work the participant's "
    "school needs done anyway, so time out of school is kept to the minimum.",
    "(h) **Exchange Placement.** Three days in a special school, pupil referral unit or resourced provision, chosen "
    "from the host list (P-06), with a named host contact and a placement task linked to EP2.",
    "(i) **Routes and timing.** Part time over one year. Two start points a year (January and September). The "
    "Twilight route meets weekly at the City Learning Centre from 4.30 to 7pm in term time; the Saturday route meets "
    "monthly in Saturday Schools of a full day. Participants may change route between Blocks, may take Blocks B and C "
    "in either order, and may pause after any Block and rejoin the next cohort, completing within two years.",
    "(j) **Accreditation of prior learning.** Under the University's RPL regulations, participants may claim up to "
    "30 credits: for certificated study at Masters level (APCL), or for experiential learning (APEL) through a claim "
    "portfolio mapped to the Block outcomes and assessed by two tutors. Claims are made before the start and decided "
    "by the University's Assessment Board.",
    "(k) **Access and equality.** The application form asks about any disability or access need and explains why; "
    "the Programme Leader contacts everyone who tells us of one before the start to agree adjustments. The CLC and "
    "all host schools on the Exchange list are accessible; materials are provided in alternative formats on request; "
    "assessment arrangements (alternative formats, extra time, a scribe or signer for EP4) are agreed with the "
    "University's Disability Advisory Service. Selection uses only the published criteria, applied by two people. "
    "The partnership's disability, race and gender equality schemes cover the Award, and our publicity shows the Award "
    "is open to disabled teachers and says how to ask for adjustments.",
    "(l) **Resources.** Readers for each Block; Wexley library membership with off-campus access to e-journals; the "
    "partnership SEN resource base of tests and intervention materials.",
]
for it in items:
    para(d, it)
p_res = d.paragraphs[-1]
dele(p_res, " The Saturday route will include a CLC assistive technology workshop each month.", author="Jonah Whitlock")
plain(p_res, " Use of the CLC assistive technology suite for the Saturday route depends on R-05.")
p_place = [p for p in d.paragraphs if p.text.startswith("(h) ")][0]
ins(p_place, " The Exchange Placement is arranged by the Partnership Office, which confirms the host's agreement and briefs the host contact.", author="Jonah Whitlock")

h2("Session pattern")
para(d, "Each Block opens with a launch session at the City Learning Centre for both routes together, so that Twilight "
        "and Saturday participants meet. On the Twilight route a Block is six to ten weekly sessions; on the Saturday "
        "route it is two or three Saturday Schools. Every session follows the same pattern: a 'bring and share' in "
        "which participants report what they have tried in school since the last session; input from a tutor or "
        "specialist contributor; a workshop on a problem from a participant's school; and a gap task to do in school "
        "before the next session, which the Critical Friend follows up. Gap tasks build towards the Evidence Piece for "
        "the Block, so the participant is always working on something their own pupils and colleagues will notice.")
para(d, "Evidence Piece briefs, marking criteria and submission dates are given out at each Block's launch session. "
        "Participants submit in print and by e-mail to the Partnership Office, which logs each piece and passes it to "
        "the two markers. Marks and written feedback are returned within four weeks, and a participant whose piece "
        "does not pass may resubmit once, after a tutorial with the Block tutor.")
h2("Derivation")
para(d, "P-03, the needs survey of all eight heads, 31 SENCOs and teachers with SEN responsibility, and the LA "
        "inclusion team (June 2008), found that new SENCOs most needed help with provision mapping, managing support "
        "staff, working with other agencies, and getting release from school. The Award's Blocks follow those needs, "
        "and the LA's data on SEN outcomes at Key Stages 3 and 4 in Riverside schools set the Block C focus on "
        "provision mapping. How stakeholders changed the design is recorded in the Lessons Log (Annex C).")
h2("Format and presentation")
para(d, "Block readers, session materials and Evidence Piece briefs, issued in print at the first session of each "
        "Block. Block readers are refreshed each year to reflect current thinking in the field.")
h2("Development skills required")
table(d, [["Role", "Who", "Relevant experience"],
          ["Programme Leader", "Ruth Adebayo", "SENCO for eleven years; Riverside Inclusion Adviser; MA in SEN"],
          ["University tutor", "Dr Marcus Fell, University of Wexley", "Senior lecturer in SEN; researches teaching assistant deployment"],
          ["Block tutors", "Four practising SENCOs and an advisory teacher for ASD", "Each leads provision in a Riverside school or service now"],
          ["Specialist contributors", "Kelsport EP Service, speech and language therapy, CAMHS, sensory support", "Contribute sessions in Blocks B and D"]],
      widths=[3.5, 6, 7.3])
h2("Quality criteria")
para(d, "Each national outcome is assessed through at least one Evidence Piece (see Annex B). The Award is conferred "
        "by the University's Assessment Board only on participants whose Evidence Pieces and Professional Dialogue "
        "together show every national minimum outcome, recorded outcome by outcome on the Outcome Record.")
h2("Quality method")
para(d, "Entry: QTS; a SENCO post, or designation to one; the head's nomination, which confirms release and a "
        "Critical Friend placement. The Programme Leader interviews each applicant with their Skills Audit; an "
        "applicant who is not ready to meet the outcomes within the year is given written advice on what to do first, "
        "and the Programme Leader agrees it with the head.")
para(d, "Suitability: the head's nomination form records the date and number of the applicant's enhanced CRB "
        "disclosure; the Partnership Office checks it against the school's single central record, and checks with "
        "the applicant's previous employer where the applicant has changed school in the last year, before a place "
        "is confirmed. Anyone who has not worked in a school in the last three months obtains a new enhanced "
        "disclosure through the partnership before starting.")
para(d, "Marking: every Evidence Piece is marked by two Block tutors against published criteria. Moderation with the "
        "University is to be agreed (see I-09).")
para(d, "Evaluation: session evaluations; a mid-year and an end-of-year participant survey; Critical Friends' "
        "termly reports; the University's annual monitoring report and its external adviser's visit; an annual "
        "review by the Board. Findings go into the Lessons Log and the Board agrees changes for the next cohort. "
        "To measure impact, participants complete a confidence and competence questionnaire against the outcomes at "
        "entry and at the end, and the baseline and repeated pupil measures in EP2 are collated across the cohort "
        "each year into an impact report to the Board.")
h2("Quality responsibilities")
para(d, "The Programme Leader runs the Critical Friends' half-day briefing each September and January, where the "
        "role description and handbook (P-05) are worked through with examples of good draft comments; no one acts "
        "as a Critical Friend without it. Block tutors attend the University's tutor induction and a standardising "
        "meeting before each Evidence Piece is marked. Heads host Exchange Placements and LA officers contribute "
        "Block D sessions.")
p_cf = d.paragraphs[-1]
COMMENTS.append((p_cf.runs[:1], "Board asked whether Critical Friends are paid: check with finance before the TDA meeting. JW", "Jonah Whitlock", "JW"))

# ---------------------------------------------------------------- annex B
landscape_section(d)
h1("Annex B \u2013 Product Breakdown: the national outcomes")
para(d, "Where each national outcome is taught (Block) and where it is assessed. EP = Evidence Piece.")
rows = [["PBS ref", "National outcome (our wording)", "Block", "Assessed in"],
        ["Attributes", None, None, None],
        ["B1.1", "Good working relationships with pupils and their parents", "B, D", "EP2"],
        ["B1.2", "Winning the commitment of the head and senior staff", "C", "EP3"],
        ["B1.3", "Prioritising and delegating", "Outside scope (Board decision D-11)", "\u2014"],
        ["B1.4", "Solving problems and judging provision", "B", "EP2; EP4"],
        ["B1.5", "Communicating clearly; listening to others", "All", "EP1-EP4"],
        ["B1.6", "Using research and outside advice", "B", "Reflective Journal (not graded)"],
        ["B1.7", "Keeping up to date", "A", "EP1 (keeping-up-to-date section)"],
        ["Knowledge and understanding", None, None, None],
        ["B2.1", "SEN law and the Code of Practice", "A", "EP1"],
        ["B2.2", "Every Child Matters", "A", "\u2014"],
        ["B2.3", "Disability equality law", "A", "EP1"],
        ["B2.4", "Child development", "B", "EP2"],
        ["B2.5", "Main types of SEN and disability", "B", "EP2"],
        ["B2.6", "Approaches and strategies for assessment and teaching", "B (ICT session depends on R-05)", "EP2"],
        ["B2.7", "School self-evaluation", "C", "EP3"],
        ["B2.8", "Research and best practice", "B", "EP2 (literature review)"],
        ["B2.9", "External agencies", "D", "EP2; EP4"],
        ["Skills", None, None, None],
        ["B3.1", "Strategy and ethos with SLT and governors", "C", "EP3"],
        ["B3.2", "Identifying needs, targets, interventions, review", "B", "EP2"],
        ["B3.2a", "Using other professionals' assessments", "B", "EP2"],
        ["B3.2b", "Using summative and national test data", "B", "Journal task (formative)"],
        ["B3.2c", "Helping colleagues with formative assessment", "C", "EP3"],
        ["B3.2d", "Access arrangements for tests and examinations", "", ""],
        ["B3.3", "Provision mapping", "C", "EP3"],
        ["B3.4", "Deploying and managing support staff", "C", "EP3"],
        ["B3.5", "Developing colleagues", "C", "Peer observation (feedback only)"],
        ["B3.6", "Reviewing provision with staff", "C", "\u2014"],
        ["B3.7", "Pupils' part in planning their provision", "", ""],
        ["B3.8", "Liaising with parents and carers", "D", "\u2014"],
        ["B3.9", "Partnership with other services and voluntary bodies", "D", "EP4"]]
bt = table(d, rows, widths=[2, 11, 6.5, 6], size=9)
for i, r in enumerate(rows):
    if r[1] is None:
        c = bt.cell(i, 0).merge(bt.cell(i, 3))
        shade_cell(c, "C9C9C9")
        for run in c.paragraphs[0].runs:
            run.bold = True

# ---------------------------------------------------------------- annex C
portrait_section(d)
h1("Annex C \u2013 Lessons Log (extract)")
table(d, [["Ref", "Date", "Raised by", "Lesson", "What we changed"],
          ["L-02", "July 2008", "Heads' Group", "Friday release is the hardest to cover.", "No Friday sessions; Twilight and Saturday routes instead."],
          ["L-04", "Sept 2008", "LA Head of Inclusion", "New SENCOs struggle most with provision mapping.", "Block C built round provision mapping; EP3 made a project with SLT."],
          ["L-05", "Oct 2008", "SENCO network", "Daytime-only courses exclude SENCOs who teach full timetables.", "Weekly twilight option added."],
          ["L-07", "Nov 2008", "Kelsport Autism Group", "Courses rarely involve voluntary groups.", "The group now contributes to Block D."],
          ["L-09", "Dec 2008", "Participants on the LA's 2007 SENCO course", "The reading load was heavy.", "Block readers shortened."]],
      widths=[1.3, 2, 3.2, 5, 5.3])

for runs, text, author, initials in COMMENTS:
    comment(d, runs, text, author=author, initials=initials)

d.save(OUT)
print("wrote", OUT)
