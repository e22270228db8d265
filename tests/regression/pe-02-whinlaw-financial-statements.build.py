"""pe-02-whinlaw-financial-statements: builds pe-02-whinlaw-financial-statements.docx next to itself.

PROVIDER. Whinlaw Curling Club Development Trust (Northumberland), a charitable company set up by a curling
club; it runs the club's rink, the Curling for All schools programme and, since an unaccredited pilot in
2007-08, the "Rink Award" for new SENCOs, to be validated by the (invented) University of Coquetmouth. First
accredited intake January 2009, second September 2009.

DOCUMENT KIND AND LAYOUT. The application sent as the Trust's statutory Report and Financial Statements for the
year ended 31 August 2008, with a text-box note for the TDA panel saying the notes describe the Award: a cover
block; reference and administrative details (table with merged section rows); statement of trustees'
responsibilities (boilerplate); the independent examiner's report in his own voice; a Statement of Financial
Activities and a balance sheet (tables with merged, shaded section rows and column headings in two tiers);
Notes 1-20 as Heading 2 paragraphs, the accounting policies numbered 1.1-1.9 (numbers that clash with
requirement ids 1.1-1.9 but are accounting policies), Note 2 "Terms used" keying the curling words and the
codes of Schedule B far below ("Played at", "Scored in", "Practice end", a dash); funds, commitments,
contingent liability, post balance sheet events and prior-year (pilot) notes carrying the arrangements;
two unaudited schedules (A: the nine Draws and four Ice Days of 2009; B: the outcomes, in the Trust's words,
with "Played at" / "Scored in"). Page header; the accountant's footer "The notes ... form part of these
financial statements" with a PAGE field. Two footnotes (one carrying the CRB arrangement for teachers out of
school), tracked changes, three Word comments.

TRAPS (requirement ids):
- Numbering clash: accounting policies 1.1-1.9 (Basis, Incoming resources, Fund accounting...) are not
  requirements 1.1-1.9.
- Tracked change in Note 16: "Postgraduate Certificate at Master's level (Level 7)" deleted; inserted text says
  the level "will be set" at the validation event on 3 March 2009; 60 credits stated (E.2 partially_met;
  E.1 met, approved in principle and validation fixed). A comment asks whether the level is confirmed.
- APL only for prior study; "does not at present accredit prior experience" (2.1 partially_met). The
  assessment-only route is a real fee line with its rule (2.3 met).
- Virtual Rink: Draw 5 taken online in the September intake (so e-learning exists), but it is a download
  store, "It has no discussion board", questions by e-mail to the Skip; discussion boards only planned in a
  designated fund (3.3 partially_met).
- Stakeholders: demand figures only (4.1 partially_met); "have not yet been asked about its content; the
  trustees intend to seek their views during 2009" (4.2 not_met: negation plus intention); the Award Board with
  heads, the County's SEN officer, a parent and a former participant, receiving evaluation data, and a head on
  each Final End panel (4.3 met).
- Wrong context: Curling for All coaches' training and coaches' CRB checks; reasonable adjustments for curlers
  on the ice; the independent examiner (of the accounts) is not the external examiner (5.1, 5.7, 5.8 words
  about the wrong thing). Rink Mentors are only sent the Mentor Notes; Skips have a meeting (5.7
  partially_met).
- Someone else's responsibility plus negation: tracking with national test data is "the work of each school's
  assessment leader" and "the Award does not cover it" (6.S2b not_met).
- Past arrangement: the pilot's coaching log, "dropped for 2009"; a tracked deletion of a sentence that would
  have put coaching in Shot 3 (6.S5 not_met).
- Plan only: an Agencies Draw "from September 2010" in a designated fund (6.K9 not_met).
- Absent: anticipating and resolving problems, decisions, judgement (6.A4 not_met).
- Practice ends (not scored): own time and delegation (6.A3), access arrangements for tests and examinations
  (6.S2d), work with a voluntary organisation (6.S9) - all partially_met.
- Played, not scored (dash in Scored in): keeping up to date (6.A7), how children develop (6.K4), reviewing
  provision with colleagues (6.S6) - partially_met.
- Scored but never played: Every Child Matters scored in Shot 1 with a dash under Played at (6.K2
  partially_met).
- Partial coverage: only "dyslexia, autism and speech, language and communication needs" of the common
  types (6.K5 partially_met).
- Tracked insertion in Schedule A (governors and resources, Draw 6) counts (6.S1 met).
- Award rule requires every Schedule B outcome at the Final End, but Schedule B has dashes, practice ends,
  exclusions and plans (6.0, 1.9 partially_met).
- Footnote carries a real arrangement (new enhanced disclosure through the Trust's registered body) - part of
  the submission (5.3 met with the main text).
- Conditional: fees refundable only if the TDA does not approve (no verdict turns on it).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pe_helpers import *  # noqa: E402,F401,F403
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).with_name("pe-02-whinlaw-financial-statements.docx")
TR = "Gordon Elliot (Treasurer)"
AD = "Fiona Ridley (Award Director)"
D1 = "2008-11-03T20:10:00Z"
D2 = "2008-11-12T08:30:00Z"

doc = Document()
a4(doc, 2.0)
base_font(doc, "Arial", 9.5)
for lvl, sz in (("Heading 1", 13), ("Heading 2", 10.5)):
    st = doc.styles[lvl]
    st.font.name = "Arial"
    st.font.size = Pt(sz)
    st.font.color.rgb = None
fn = Footnotes(doc)
sec = doc.sections[0]
header_footer(sec, "Whinlaw Curling Club Development Trust  -  Report and Financial Statements  -  year ended "
                   "31 August 2008",
              "The notes on pages 6 to 15 form part of these financial statements.")


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def p_(text, **kw):
    kw.setdefault("space_after", 5)
    kw.setdefault("align", "justify")
    return para(doc, text, **kw)


def money_table(rows, widths, section_rows=(), total_rows=(), size=8.5):
    t = table(doc, rows, widths=widths, header_fill="D9E2F3", size=size)
    for i in section_rows:
        c = t.cell(i, 0).merge(t.cell(i, len(rows[0]) - 1))
        cell_text(c, rows[i][0], bold=True, size=size, fill="EDEDED")
    for i in total_rows:
        for j in range(len(rows[0])):
            for r in t.cell(i, j).paragraphs[0].runs:
                r.bold = True
    for i in range(1, len(rows)):
        for j in range(2, len(rows[0])):
            if i not in section_rows:
                t.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t


# ------------------------------------------------------------------ cover
para(doc, "WHINLAW CURLING CLUB DEVELOPMENT TRUST", bold=True, size=16, align="center", space_before=30)
para(doc, "(A company limited by guarantee)", italic=True, align="center")
para(doc, "REPORT AND FINANCIAL STATEMENTS", bold=True, size=13, align="center", space_before=14)
para(doc, "for the year ended 31 August 2008", align="center", space_after=14)
para(doc, "Registered Charity No. 1104417     Company No. 05012836", size=8.5, align="center", space_after=16)

p = para(doc)
textbox(p, [("For the TDA panel: how to read this document", True),
            "The trustees send their statutory financial statements as the Trust's application for approval to "
            "provide nationally accredited SENCO training, because the notes already describe every part of the "
            "Rink Award that the trustees have had to plan, cost and account for. The Award is the Trust's second "
            "charitable activity (Note 5). Terms are explained in Note 2. The nine Draws and four Ice Days of 2009 "
            "are in Schedule A, and the outcomes each participant must show are in Schedule B. The schedules are "
            "not part of the statutory accounts and have not been independently examined.",
            "Fiona Ridley, Award Director, 14 November 2008"], width_pt=440, height_pt=140, fill="FFF2CC")

h1("Contents")
table(doc, [("", "Page"), ("Reference and administrative details", "2"), ("Statement of trustees' responsibilities", "3"),
            ("Independent examiner's report", "4"), ("Statement of financial activities", "5"),
            ("Balance sheet", "6"), ("Notes to the financial statements", "6-15"),
            ("Schedule A: Rink Award, Draws and Ice Days 2009 (unaudited)", "16"),
            ("Schedule B: Rink Award outcomes (unaudited)", "17")],
      widths=[12.5, 2.5], style=None, size=9, bold_header=False)

# ------------------------------------------------------------------ reference details
h1("Reference and administrative details")
ref = [
    ("Charity name", "Whinlaw Curling Club Development Trust"),
    ("Principal office", "Whinlaw Ice Rink, Station Road, Whinlaw, Northumberland NE61 9QR"),
    ("Trustees", ""),
    ("", "Alasdair Nairn (Chair); Gordon Elliot (Treasurer); Dr Ruth Hebburn; Carol Dunn, head teacher, "
         "Whinlaw First School; Peter Stobbs, head teacher, Coquet Vale Middle School; Anne Lowes"),
    ("Key staff", ""),
    ("", "Rink Manager: David Charlton. Schools Officer (Curling for All): Lynne Armstrong. "
         "Award Director (Rink Award): Fiona Ridley"),
    ("Academic partner", "University of Coquetmouth, Faculty of Education (see Note 16)"),
    ("Bankers", "Northern Rock plc, Morpeth"),
    ("Independent examiner", "Michael Tait FCCA, Tait & Co, Chartered Certified Accountants, Alnwick"),
]
t = table(doc, [("Item", "Details")] + ref, widths=[4.0, 13.0], header_fill="D9E2F3", size=8.5)
for i in (3, 5):
    c = t.cell(i, 0).merge(t.cell(i, 1))
    cell_text(c, ref[i - 1][0], bold=True, size=8.5, fill="EDEDED")

h1("Statement of trustees' responsibilities")
p_("The trustees (who are also directors of the company for the purposes of company law) are responsible for "
   "preparing the financial statements in accordance with applicable law and United Kingdom Generally Accepted "
   "Accounting Practice. Company law requires the trustees to prepare financial statements for each financial "
   "year which give a true and fair view of the state of affairs of the charitable company and of its incoming "
   "resources and application of resources. The trustees believe that every child, whatever their needs, should "
   "have the chance to play and to learn, and that the Trust's resources should be used to that end.")

h1("Independent examiner's report to the trustees")
p_("I report on the accounts of the Trust for the year ended 31 August 2008, which are set out on pages 5 to 15. "
   "The trustees are responsible for the preparation of the accounts. My examination was carried out in "
   "accordance with the General Directions given by the Charity Commission and included a review of the "
   "accounting records kept by the charity and a comparison of the accounts with those records.")
p_("In connection with my examination, no matter has come to my attention which gives me reasonable cause to "
   "believe that proper accounting records have not been kept or that the accounts do not accord with those "
   "records. I draw attention to Note 18: the trustees have undertaken to refund fees received for the January "
   "2009 intake if the Rink Award is not approved. I have not examined Schedules A and B, and I express no view "
   "on the arrangements for the Rink Award that the notes describe.")
p_("Michael Tait FCCA, Tait & Co, Alnwick. 30 October 2008.", italic=True)

# ------------------------------------------------------------------ SOFA
h1("Statement of financial activities for the year ended 31 August 2008")
sofa = [
    ("", "Note", "Unrestricted funds £", "Restricted funds £", "Total 2008 £", "Total 2007 £"),
    ("Incoming resources", "", "", "", "", ""),
    ("Donations", "3", "8,420", "-", "8,420", "6,910"),
    ("Grants", "3", "-", "42,500", "42,500", "31,000"),
    ("Ice hire and bar (activities for generating funds)", "", "61,380", "-", "61,380", "58,200"),
    ("Bank interest", "", "1,960", "-", "1,960", "1,410"),
    ("Curling for All schools programme", "4", "14,200", "-", "14,200", "12,950"),
    ("Rink Award fees", "4", "16,520", "-", "16,520", "-"),
    ("Total incoming resources", "", "102,480", "42,500", "144,980", "110,470"),
    ("Resources expended", "", "", "", "", ""),
    ("Rink operation (costs of generating funds)", "", "55,140", "-", "55,140", "53,800"),
    ("Charitable activities: Curling for All", "5", "12,600", "24,300", "36,900", "33,700"),
    ("Charitable activities: Rink Award", "5", "19,750", "9,800", "29,550", "4,100"),
    ("Governance costs", "7", "3,210", "-", "3,210", "2,950"),
    ("Total resources expended", "", "90,700", "34,100", "124,800", "94,550"),
    ("Net incoming resources for the year", "", "11,780", "8,400", "20,180", "15,920"),
    ("Funds brought forward at 1 September 2007", "", "68,300", "12,050", "80,350", "64,430"),
    ("Funds carried forward at 31 August 2008", "13, 14", "80,080", "20,450", "100,530", "80,350"),
]
st = money_table(sofa, [6.2, 1.2, 2.5, 2.5, 2.3, 2.3], section_rows=(1, 9), total_rows=(8, 14, 17))
p = p_("All incoming resources and resources expended derive from continuing activities. The Rink Award fees of "
       "2007-08 are those of the unaccredited pilot.", size=8, italic=True)
fn.add(p, "Fourteen participants at £1,180. No fee was charged for the Award in 2006-07.")

h1("Balance sheet at 31 August 2008")
bs = [
    ("", "Note", "2008 £", "2008 £", "2007 £", "2007 £"),
    ("Fixed assets", "", "", "", "", ""),
    ("Tangible assets", "10", "", "24,600", "", "18,900"),
    ("Current assets", "", "", "", "", ""),
    ("Debtors", "11", "6,240", "", "5,100", ""),
    ("Cash at bank and in hand", "", "98,730", "", "71,150", ""),
    ("", "", "104,970", "", "76,250", ""),
    ("Creditors: amounts falling due within one year", "12", "(29,040)", "", "(14,800)", ""),
    ("Net current assets", "", "", "75,930", "", "61,450"),
    ("Net assets", "", "", "100,530", "", "80,350"),
    ("Funds", "", "", "", "", ""),
    ("Unrestricted: general", "", "", "60,080", "", "58,300"),
    ("Unrestricted: designated", "14", "", "20,000", "", "10,000"),
    ("Restricted", "13", "", "20,450", "", "12,050"),
    ("Total funds", "", "", "100,530", "", "80,350"),
]
money_table(bs, [6.2, 1.2, 2.4, 2.4, 2.4, 2.4], section_rows=(1, 3, 10), total_rows=(9, 14))
p_("Approved by the trustees on 6 November 2008 and signed on their behalf by Alasdair Nairn, Chair, and Gordon "
   "Elliot, Treasurer.", italic=True, size=8.5)

# ------------------------------------------------------------------ notes
h1("Notes to the financial statements")
h2("1. Accounting policies")
p_("1.1 Basis of preparation. The financial statements are prepared under the historical cost convention and in "
   "accordance with the Statement of Recommended Practice Accounting and Reporting by Charities (2005), applicable "
   "accounting standards and the Companies Act 1985.")
p_("1.2 Going concern. The trustees consider the Trust a going concern. The Rink Award is expected to meet its "
   "own costs from fees from its second intake.")
p_("1.3 Incoming resources. Fees are recognised over the period of the course to which they relate. Fees received "
   "for the January 2009 intake are deferred (Note 12). Grants are recognised when receivable.")
p_("1.4 Resources expended. Costs are charged on an accruals basis and allocated to the activity that incurs "
   "them. Support costs are apportioned on the basis of staff time.")
p_("1.5 Fund accounting. Restricted funds may be used only for the purposes set by the donor (Note 13). "
   "Designated funds are unrestricted funds set aside by the trustees for a future purpose (Note 14).")
p_("1.6 Tangible fixed assets. Items costing more than £500 are capitalised and depreciated over three years "
   "(computer and assistive technology) or ten years (ice plant).")
p_("1.7 Pensions. The Trust contributes to employees' personal pension plans.")
p_("1.8 Volunteers. The value of volunteers' time is not included in the accounts.")
p_("1.9 Taxation. The Trust is a charity and is exempt from corporation tax on its charitable activities.")

h2("2. Terms used")
p_("The Trust uses the words of the curling rink for the parts of the Rink Award, and they are used in these notes "
   "and in the schedules as follows.")
terms = [
    ("Term", "Meaning"),
    ("Draw", "A taught Saturday for the whole intake, 9.30 to 4.00 (Schedule A). There are nine Draws."),
    ("Sheet", "A tutor group of no more than eight participants."),
    ("Skip", "The tutor who leads a Sheet, holds the Pebble interview and marks the Sheet's Shots."),
    ("Rink Mentor", "An experienced SENCO or senior leader in the participant's school or a partner school."),
    ("The Pebble", "The starting audit (Note 6)."),
    ("Ice Day", "A day of directed work in the participant's school (Ice Days 1 and 2) or in a host setting "
                "(Ice Days 3 and 4)."),
    ("Shot", "An assessed piece of work that counts towards the Award: Shot 1 (the Guard), Shot 2 (the Raise), "
             "Shot 3 (the Takeout), and the Final End."),
    ("Final End", "The concluding portfolio and a 40-minute professional discussion with two assessors."),
    ("Played at", "In Schedule B, the Draw or Ice Day where an outcome is taught or practised."),
    ("Scored in", "In Schedule B, the Shot in which an outcome is marked. A dash means the outcome is not marked "
                  "in any Shot."),
    ("Practice end", "In Schedule B, an Ice Day exercise that the Skip reads and returns with comments. It is not "
                     "marked and does not count towards the Award."),
]
table(doc, terms, widths=[3.2, 13.8], header_fill="D9E2F3", size=8.5)

h2("3. Donations and grants")
p_("Donations were received from members and from the Whinlaw Bonspiel. Grants received in the year were: a "
   "county sports partnership inclusion grant of £24,300 for Curling for All equipment and coaching (restricted); "
   "£12,000 from the Coquet Valley Community Foundation for the Schools Bursary Fund (restricted); and £6,200 "
   "from a local charitable trust for the Access Fund (restricted). See Note 13.")

h2("4. Income from charitable activities")
p_("Curling for All income is school fees for weekly sessions. Rink Award fees are set out below. Demand for "
   "places comes from schools: 31 schools asked for a place on the pilot, 22 participants have enrolled for "
   "January 2009, and the County's SEN team tells us that 40 of its 160 schools have appointed a new SENCO in the "
   "last two years.")
fees = [
    ("Rink Award fees from January 2009", "£"),
    ("Standard fee, including University registration", "1,180"),
    ("Reduction for each 10 credits of prior study accredited by the University (see below)", "(60)"),
    ("Assessment-only Route (see below)", "420"),
    ("Resubmission of one Shot", "75"),
]
table(doc, fees, widths=[14.0, 3.0], header_fill="D9E2F3", size=8.5)
p_("Prior study. Where a participant has Master's-level credit from an earlier course in special educational needs "
   "taken in the last five years, the University may accredit up to 20 credits of it towards the Award, and the "
   "fee is reduced as shown. The University does not at present accredit prior experience for this Award.")
p = p_("Assessment-only Route. In exceptional cases, a candidate whose experience already covers the outcomes in "
       "Schedule B (for example an advisory teacher or a long-serving SENCO) may present a portfolio against every "
       "outcome and take the Final End without attending the Draws. The Award Director and the University's "
       "programme leader must both agree that the route is appropriate. One enquiry has been received for 2009.")

h2("5. Analysis of charitable expenditure")
exp = [
    ("", "Curling for All £", "Rink Award £", "Total 2008 £", "Total 2007 £"),
    ("Skips' and coaches' fees", "13,900", "10,120", "24,020", "21,300"),
    ("Ice, venue and catering", "4,200", "3,600", "7,800", "7,150"),
    ("Equipment, materials and Virtual Rink hosting", "18,800", "2,150", "20,950", "6,400"),
    ("University development fee", "-", "3,500", "3,500", "-"),
    ("Mentor Notes, printing and postage", "-", "380", "380", "-"),
    ("Access Fund: adjustments for participants", "-", "2,900", "2,900", "-"),
    ("Schools Bursary Fund: bursaries", "-", "6,900", "6,900", "2,950"),
    ("Total", "36,900", "29,550", "66,450", "37,800"),
]
money_table(exp, [7.0, 2.5, 2.5, 2.5, 2.5], total_rows=(8,))
p_("5(a) Curling for All brings wheelchair and visually impaired curling to 26 schools. Reasonable adjustments "
   "on the ice (delivery sticks, ramps, a caller for visually impaired curlers) are charged to this activity, as "
   "is the Trust's coach education day, which every Curling for All coach attends each September.")
p_("5(b) The Rink Award. The Award is for teachers new to the SENCO role. Its aim, set out in the Trust's "
   "objects as amended in 2007, is to raise the achievement and improve the well-being of pupils with special "
   "educational needs and disabilities in Northumberland schools, in all five Every Child Matters outcomes, by "
   "improving what their SENCO knows and can do. The Draws and Ice Days are described in Schedule A. The Shots "
   "are:")
shots = [
    ("Shot", "What is marked", "Length"),
    ("Shot 1 - the Guard", "The school's SEN policy and practice against the Code of Practice and disability "
     "equality law, and their part in the five Every Child Matters outcomes, with an action plan", "3,000 words"),
    ("Shot 2 - the Raise", "An intervention for a small group of pupils in the participant's own school: how "
     "their needs were identified, the use of reports from educational psychologists, speech and language "
     "therapists and other professionals, targets agreed with the pupils and their parents, the approaches and "
     "resources used, and a baseline and a follow-up measure of each pupil's progress", "4,000 words"),
    ("Shot 3 - the Takeout", "A provision map of the participant's school, with provision that is not working "
     "identified and taken out or changed, the deployment of teaching assistants, a proposal to the head and "
     "senior leaders, and an agreement with two class teachers on how they will use assessment for learning with "
     "pupils with SEN", "4,000 words"),
    ("Final End", "A portfolio, including a 2,000-word review of research on one area of need, and a 40-minute "
     "professional discussion with two assessors, marked for clarity of speech and writing and for listening "
     "to the assessors' points", "Portfolio and discussion"),
]
table(doc, shots, widths=[3.4, 11.2, 2.4], header_fill="D9E2F3", size=8.5)
p = p_("Shots are set in the participant's own school, so that each participant puts what is learned at the Draws "
       "to work with their own pupils and colleagues. ")
dele(p, "Shot 3 also asks each participant to coach a colleague for half a term.", AD, D1)
p_("Tracking pupils' progress through national test results and other summative data is the work of each "
   "school's assessment leader; the Award does not cover it.")
p_("Each Shot is marked by the Sheet's Skip and second-marked by a Skip from another Sheet; all fails and a sample "
   "of one in four are then moderated by the University, and the University's external examiner sees a sample "
   "of every Shot and attends one Final End each year. The University awards the Certificate when the Final End "
   "panel confirms that the participant has shown every outcome in Schedule B.")
p_("Time and place. There are two intakes a year, in January and in September. Each intake may take Draws 1 to "
   "3 as three Saturdays or together as a residential Bonspiel weekend at the rink, and may take Shots 2 and 3 in "
   "either order. In the September intake Draw 5 is taken online through the Virtual Rink as a self-study unit "
   "with readings and a short quiz. The Virtual Rink holds the Draw materials, readings and Shot briefs for "
   "download. It has no discussion board: questions go to the Skip by e-mail.")

h2("6. Support costs and evaluation")
p_("Support costs of £4,860 (2007: £4,100) are the Award Director's time and office costs, apportioned between "
   "activities. They include the Pebble and evaluation.")
p_("The Pebble. Before the first Draw each participant completes the Pebble, a self-audit against every outcome "
   "in Schedule B, with comments from their head teacher, and then has a one-hour Pebble interview with their "
   "Skip. From it the Skip and participant write an Individual Ice Plan, which sets the participant's personal "
   "targets against the outcomes, the Draws and reading to concentrate on, the choice of host setting for Ice "
   "Days 3 and 4, and the focus of Shots 2 and 3. The Ice Plan is reviewed at Draw 5 and at the Final End.")
p_("Entry. Participants must hold QTS, be in post as SENCO or designated to become SENCO, and be nominated by their "
   "head teacher, who agrees to release them for the Draws and Ice Days. A Skip reads every application and Pebble "
   "before a place is confirmed. Where a candidate is unlikely to reach the outcomes in the year, the Award Director "
   "writes to the candidate and the head teacher with the steps to take first, and offers a place in a later "
   "intake.")
p = p_("Checks. A place is not confirmed until the Trust has seen the date and number of the candidate's current "
       "enhanced CRB disclosure, has had the employing local authority's confirmation that the candidate is not "
       "barred from work with children, and has a reference from the head teacher covering conduct and any "
       "outstanding disciplinary matter.")
fn.add(p, "A candidate who has not worked in a school or college in the last three months applies for a new enhanced "
          "disclosure through the Trust's registered body before the first Draw.")
p_("Evaluation. Participants complete an evaluation after each Draw, which the Skips review at a termly Skips' "
   "meeting. Each participant rates their confidence against the outcomes at the Pebble and again at the Final "
   "End. The Award Director collates the Shot 2 baseline and follow-up measures of every participant's pupils each "
   "July, to show the change in those pupils' attainment and well-being across the intake. The University reviews "
   "the Award through its annual monitoring, and the external examiner reports each year. The Award Director "
   "brings all of this to the Award Board (Note 7) each term; the changes agreed go into the Award Action Plan, "
   "and progress on the plan is reported to the trustees and the University.")

h2("7. Governance costs")
p_("Governance costs include the independent examiner's fee (£900) and the costs of the Award Board. From January "
   "2009 the Award Board - two head teachers, the County's Principal Officer for SEN, a parent nominated by the "
   "Parent Partnership Service and a former pilot participant - meets each term. It receives the Draw "
   "evaluations, Shot results and the pupil-progress summary, and approves the Award Action Plan. A head teacher "
   "from the Board sits on each Final End panel as an observer.")
p = p_("The Award was written by the Award Director with the University. Schools and the local authority have not "
       "yet been asked about its content; the trustees intend to seek their views during 2009.")
comment(doc, [p.runs[0]], "Panel will ask about this. Could we say something about the pilot feedback?", TR, "GE")

h2("8. Trustees' remuneration")
p_("No trustee received remuneration. Travel expenses of £214 were reimbursed to two trustees.")

h2("9. Staff costs and the Award team")
p_("Staff costs were £58,420 (2007: £55,900). The average number of employees was 3 (2007: 3). No employee "
   "earned more than £60,000. The Award team are:")
team = [
    ("Name", "Role", "Qualifications and experience"),
    ("Fiona Ridley", "Award Director; Skip", "MEd Special Educational Needs; SENCO of a Northumberland middle "
     "school 1996-2007; Local Authority SEN adviser (secondment) 2004-2006"),
    ("Dr Ruth Hebburn", "Skip (University)", "PhD on speech, language and communication needs; Senior Lecturer in "
     "Inclusive Education, University of Coquetmouth; trustee"),
    ("Paul Shield", "Skip", "MA Inclusive Education; head of a special school outreach service"),
    ("Guest Skips", "Draws 2, 3 and 5", "A senior educational psychologist and a specialist speech and language "
     "therapist from the County and the Primary Care Trust"),
]
table(doc, team, widths=[3.2, 3.6, 10.2], header_fill="D9E2F3", size=8.5)
p_("Each Skip has £400 a year for their own professional development, and Skips attend the University's "
   "inclusion research seminars. Skips attend a half-day Skips' meeting before each intake on the Award, the "
   "outcomes and the marking criteria. Each Rink Mentor is sent a copy of the Mentor Notes.")

h2("10. Tangible fixed assets")
fa = [
    ("", "Ice plant £", "Computers and assistive technology £", "Total £"),
    ("Cost at 1 September 2007", "41,000", "6,300", "47,300"),
    ("Additions", "4,600", "6,100", "10,700"),
    ("Cost at 31 August 2008", "45,600", "12,400", "58,000"),
    ("Depreciation at 31 August 2008", "(27,700)", "(5,700)", "(33,400)"),
    ("Net book value at 31 August 2008", "17,900", "6,700", "24,600"),
]
money_table(fa, [6.0, 3.4, 4.2, 3.4], total_rows=(5,))
p_("Additions include the Rink Award's Assistive Technology Library: six laptops with text-to-speech and "
   "word-prediction software, Clicker 5, a portable video magnifier, communication aids and switch "
   "interfaces, which participants borrow to try with pupils. Participants also have the University's library "
   "and electronic journals.")

h2("11. Debtors")
p_("Debtors are school fees for Curling for All (£4,180) and prepayments (£2,060).")

h2("12. Creditors: amounts falling due within one year")
p_("Creditors are trade creditors (£3,080) and deferred income of £25,960: the fees of the 22 participants enrolled "
   "for the January 2009 intake.")

h2("13. Restricted funds")
rf = [
    ("Fund", "At 1 Sept 2007 £", "Income £", "Spent £", "At 31 Aug 2008 £"),
    ("Access Fund", "2,900", "6,200", "(2,900)", "6,200"),
    ("Schools Bursary Fund", "3,650", "12,000", "(6,900)", "8,750"),
    ("Curling for All equipment", "5,500", "24,300", "(24,300)", "5,500"),
    ("Total", "12,050", "42,500", "(34,100)", "20,450"),
]
money_table(rf, [5.0, 3.0, 3.0, 3.0, 3.0], total_rows=(4,))
p = p_("The Access Fund meets the cost of reasonable adjustments for disabled participants so that they can take "
       "a full part in the Draws, Ice Days and Shots: British Sign Language interpreters, readers and note-takers, "
       "materials in Braille or large print, and accessible transport to host settings. The application form asks "
       "every candidate whether they have a disability or health condition the Trust should plan for, and the "
       "Award Director agrees adjustments with each one who says so before the first Draw; assessment adjustments "
       "are agreed with the University's disability service. ")
ins(p, "All Draws are held in the rink's accessible function room, which has level access and a hearing loop, and "
       "host settings are chosen with each participant's access needs in mind.", AD, D2)
p_("The Schools Bursary Fund pays half the fee for schools with fewer than 150 pupils, so that the smallest rural "
   "schools can send their SENCO. At £1,180, the fee is about two-thirds of the cost of the nearest comparable "
   "university course, and the Award is delivered in the county.")

h2("14. Designated funds")
p_("The trustees have designated £20,000 of unrestricted funds (2007: £10,000): £9,000 as the Agencies Draw fund, "
   "to add from September 2010 a tenth Draw on the outside agencies (educational psychology, speech and language "
   "therapy, CAMHS and social care) and how to obtain their support, which the 2009 Award does not include; "
   "£6,000 to develop the Virtual Rink, with discussion boards for each Sheet and recorded Draws, in 2010; and "
   "£5,000 towards a replacement ice resurfacer.")

h2("15. Analysis of net assets between funds")
na = [
    ("", "Unrestricted £", "Restricted £", "Total £"),
    ("Tangible fixed assets", "24,600", "-", "24,600"),
    ("Net current assets", "55,480", "20,450", "75,930"),
    ("Total", "80,080", "20,450", "100,530"),
]
money_table(na, [6.0, 3.5, 3.5, 3.5], total_rows=(3,))

h2("16. Related party transactions")
p_("Two trustees are head teachers of schools that nominated participants to the pilot; their schools paid the "
   "standard fee. Dr Ruth Hebburn, a trustee, is employed by the University of Coquetmouth and is paid as a Skip "
   "through the University.")
p = p_("The University of Coquetmouth was paid a development fee of £3,500. The University approved the Rink Award in "
       "principle in July 2008 as its ")
dele(p, "Postgraduate Certificate in Special Educational Needs Coordination at Master's level (Level 7)", TR, D1)
ins(p, "University Certificate in Special Educational Needs Coordination, carrying 60 credits; the level of the "
       "credit will be set at the validation event on 3 March 2009", TR, D1)
r = run(p, ". Participants register with the University, which will award the Certificate.")
comment(doc, [r], "University's letter of 21 July says level 'to be determined at validation'. I have changed "
                  "the wording to match.", TR, "GE")

h2("17. Commitments")
p_("At 31 August 2008 the Trust had signed host agreements with twelve settings (four special schools, two pupil "
   "referral units and six first and middle schools with resourced provision) for Ice Days 3 and 4 in 2009. Each host names a member of staff to plan the two "
   "days with the participant and to sign the Ice Day record. The Trust has also agreed a three-year contract "
   "with the University's external examiner from January 2009.")

h2("18. Contingent liability")
p_("If the Rink Award is not approved by the TDA, the trustees have undertaken to refund the fees received for the "
   "January 2009 intake (£25,960), unless a participant chooses to transfer to a later intake.")

h2("19. Events after the balance sheet date")
p_("On 14 November 2008 the Trust applied to the TDA for approval of the Rink Award. The University's validation "
   "event is on 3 March 2009.")

h2("20. Comparative figures: the 2007-08 pilot")
p = p_("The pilot Rink Award ran from October 2007 to July 2008 with 14 participants and was not accredited. Its "
       "fourth piece of work was a coaching log: each participant coached a teaching colleague for half a term, "
       "and the Rink Mentor observed one session. This piece was dropped for 2009 to make room for Shot 3.")
comment(doc, [p.runs[0]], "Should the coaching log come back? Pilot heads liked it.", AD, "FR")

# ------------------------------------------------------------------ schedule A
h1("Schedule A: Rink Award, Draws and Ice Days 2009 (unaudited)")
p_("January intake dates are shown; the September intake follows the same order.", italic=True, size=8.5)
draws = [
    ("Draw / Ice Day", "Date", "What is played"),
    ("Draw 1", "17 Jan", "The law and the role: the SEN Code of Practice 2001 and how to put it into practice in "
     "school; the Special Educational Needs and Disability Act 2001; the Disability Discrimination Act as amended "
     "in 2005, the Disability Equality Duty and accessibility plans; Removing Barriers to Achievement"),
    ("Draw 2", "7 Feb", "How children develop: typical development, and how disability and the physical and social "
     "environment shape it"),
    ("Draw 3", "28 Feb", "Dyslexia, autism and speech, language and communication needs, and how each affects "
     "learning"),
    ("Draw 4", "21 Mar", "Pupils and parents: fair and respectful relationships; consulting pupils (talking mats, "
     "pupil interviews, person-centred reviews); involving pupils in setting and reviewing their targets; working "
     "with parents and carers and the Parent Partnership Service"),
    ("Ice Day 1", "By 3 Apr", "In own school: the SENCO's week - setting priorities, managing time and handing on "
     "tasks to others (Practice end)"),
    ("Draw 5", "25 Apr", "Identifying and planning: identifying pupils; reports from other professionals; targets "
     "and interventions; approaches, strategies and resources including ICT; encouraging colleagues to use "
     "assessment for learning and to adapt it for pupils with SEN"),
    ("Ice Day 2", "By 15 May", "In own school: identifying the pupils who will need access arrangements in national "
     "tests or examinations, and drafting them with the examinations officer (Practice end)"),
    ("Draw 6", "16 May", None),
    ("Draw 7", "13 Jun", "Evaluating provision: school self-evaluation and the SEF; reviewing provision with "
     "colleagues and using the results in the school improvement plan"),
    ("Ice Days 3 and 4", "Jun - Jul", "In a host setting (Note 17). Participants also spend a morning with a "
     "voluntary organisation that supports families, and write a note on how the school could work with it "
     "(Practice end)"),
    ("Draw 8", "12 Sep", "Research and best practice: Ofsted, Inclusion: does it matter where pupils are taught? "
     "(2006); the Bercow Review of services for children with speech, language and communication needs (2008); "
     "finding, judging and using research and outside advice to improve practice"),
    ("Draw 9", "10 Oct", "The Next End: presenting work clearly to colleagues and listening to their views; keeping "
     "up to date; each participant completes the Next End planning sheet with their Skip, setting two professional "
     "targets for the following year to take to their performance management review with the head teacher"),
    ("Final End", "Nov - Dec", "Portfolio and professional discussion"),
]
da = table(doc, draws, widths=[3.0, 2.2, 11.8], header_fill="D9E2F3", size=8.5)
c = da.cell(8, 2)
c.text = ""
cp = c.paragraphs[0]
run(cp, "Leading provision: provision mapping and finding provision that is not working; deploying and managing "
        "teaching assistants; winning the commitment of the head teacher, senior leaders and colleagues", size=8.5)
ins(cp, "; advising governors on the SEN policy, an inclusive ethos and the use of resources", AD, D2, size=8.5)
p_("The reading list for each Draw is reviewed every August by the Skips against new research and inspection "
   "reports.", size=8.5)

# ------------------------------------------------------------------ schedule B
h1("Schedule B: Rink Award outcomes (unaudited)")
p_("Every participant must show each outcome below. Played at and Scored in have the meanings in Note 2.",
   italic=True, size=8.5)
outc = [
    ("Ref", "Outcome, in our words", "Played at", "Scored in"),
    ("B1", "Fair, respectful relationships with pupils and their families", "Draw 4", "Shot 2"),
    ("B2", "Winning the commitment of the head, senior leaders and colleagues", "Draw 6", "Shot 3"),
    ("B3", "Managing own time, setting priorities, handing on tasks", "Ice Day 1", "Practice end"),
    ("B4", "Speaking and writing clearly; listening to others", "Draw 9", "Final End"),
    ("B5", "Using research and outside advice to improve practice", "Draw 8", "Final End"),
    ("B6", "Keeping up to date; own CPD", "Draw 9", "-"),
    ("B7", "SEN law and the Code of Practice, and putting them into practice", "Draw 1", "Shot 1"),
    ("B8", "Every Child Matters and the SENCO's part in it", "-", "Shot 1"),
    ("B9", "Disability equality law and what it requires", "Draw 1", "Shot 1"),
    ("B10", "How children develop", "Draw 2", "-"),
    ("B11", "Dyslexia, autism, speech and language needs", "Draw 3", "Shot 2"),
    ("B12", "Approaches, strategies and resources, including ICT", "Draw 5", "Shot 2"),
    ("B13", "School self-evaluation and improvement", "Draw 7", "Shot 3"),
    ("B14", "Research and best practice in meeting SEN", "Draw 8", "Final End"),
    ("B15", "Outside agencies and getting their support", "Agencies Draw, from September 2010 (Note 14)", "-"),
    ("B16", "Policy, ethos and resources, with governors and senior staff", "Draw 6", "Shot 3"),
    ("B17", "Identifying pupils, setting targets, planning and reviewing interventions", "Draw 5", "Shot 2"),
    ("B18", "Using other professionals' assessments", "Draw 5", "Shot 2"),
    ("B19", "Tracking progress with national test data", "Not part of the Award (Note 5)", "-"),
    ("B20", "Colleagues' assessment for learning, adapted for pupils with SEN", "Draw 5", "Shot 3"),
    ("B21", "Access arrangements for tests and examinations", "Ice Day 2", "Practice end"),
    ("B22", "Provision mapping", "Draw 6", "Shot 3"),
    ("B23", "Deploying and managing teaching assistants", "Draw 6", "Shot 3"),
    ("B24", "Reviewing provision with colleagues", "Draw 7", "-"),
    ("B25", "Pupils involved in planning and reviewing their provision", "Draw 4", "Shot 2"),
    ("B26", "Working with parents and carers", "Draw 4", "Shot 2"),
    ("B27", "Working with voluntary organisations", "Ice Days 3 and 4", "Practice end"),
]
table(doc, outc, widths=[1.2, 8.6, 4.4, 2.8], header_fill="D9E2F3", size=8.5)

fn.finish()
doc.save(OUT)
print("wrote", OUT)
