"""Build dy-02-tarnside-programme-risk-assessment.docx (blind test application).

KIND OF DOCUMENT
  A school's health-and-safety style risk assessment (the college's own
  "Form RA2: Activity and Programme Risk Assessment"), completed for the
  National Award because the governors require one for any new activity run
  in the college's name with other schools, and sent to the TDA with a cover
  sheet as the application. Rows of hazards ("what could go wrong"), with
  "Control measures already in place" and "Further action needed", a
  likelihood x severity rating, owners and dates, then appendices that the
  rows cite as controls.

PROVIDER (invented)
  Tarnside Sports and Science College, Cleeveshire (11-18), lead school of
  the Cleeveshire Secondary SENCO Network (24 schools), with the University
  of Eskmouth School of Education (validates, co-teaches, awards) and
  Cleeveshire County Council. Award: Postgraduate Certificate: National Award
  for Special Educational Needs Coordination, 60 credits at Level 7, modules
  EDM701 and EDM702. People: Alison Greaves (head), Ian Colquhoun (deputy
  head, network director), Bethan Lloyd-Hughes (college SENCO, network
  coordinator), Derek Nuttall (business manager, H&S coordinator), Dr Simon
  Achebe and Dr Claire Venn (Eskmouth), Lesley Farrant (county), Dr Maura
  Quill (EP).

LAYOUT
  - Cover sheet (typed "to the TDA" note) explaining that column 4 is what is
    in place and column 6 is not yet in place.
  - Section 1 "Activity details" field table; Section 2 description of the
    activity (prose); Section 3 the template's rating key (a 5x5 matrix table)
    with its italic "Guidance for assessors (delete before issue)" left in.
  - Section 4 in a LANDSCAPE section: one eight-column table (Ref, What could
    go wrong, Who, Control measures already in place, L x S = R, Further
    action needed, By whom / when, Residual), with merged group rows A-G and
    refs R-01 to R-35. Group G is the college's ordinary health-and-safety
    rows (fire, lone working, snow, labs, data).
  - Section 5 a summary of further actions; Section 6 sign-off table.
  - Back in portrait: Appendix 1 programme outline and assessment; Appendix 2
    outcome coverage map (merged group rows; columns "Developed on",
    "Shown in", "Status" with "In place", "Log only", "TBC", "Not yet
    placed", "Not covered (see R-10)").
  - Five Word comments (never part of the submission) and a page header and
    footer (never evidence; the footer claims the network office "holds
    Eskmouth's APEL procedure").

TRAPS (requirement ids affected)
  The column trap (control in place vs further action):
  - 2.1  R-03 in place: "None at present", no procedure agreed; further
         action only. A comment says the APEL panel "agreed the procedure on
         3 March"; the footer says the office "holds Eskmouth's APEL
         procedure". Neither is submission text. -> not_met.
  - 5.3  R-02 defers to the employing school and the county ("rests with the
         employing school"); the college's single central record is its own
         staff; a declaration on the nomination form is only further action
         "for the 2010 intake"; a comment offering HR verification is not
         evidence. -> not_met.
  - 3.3  R-15: online units and unmoderated forums in place; tutor
         moderation, response times and tutor training only further action.
         -> partially_met.
  - 3.2  R-14: two hubs, either hub, online units in place; January intake
         and two-year route only "Consider". Section 2: one September intake,
         modules in order. -> partially_met.
  - 4.3  R-26: county officer and Parent Partnership teach, heads host; the
         Programme Board that reviews evaluations has no stakeholders;
         inviting them is further action. -> partially_met.
  - 5.7  R-21: tutors inducted and given a Tutor Handbook; mentors only get
         the Mentor Handbook; briefing is further action (and a validation
         condition). -> partially_met.
  - 5.9  R-28: repeat audit (confidence, competence) and colleagues'
         feedback in place; pupil-outcome measure only "Design".
         -> partially_met.
  - 1.3  R-08: "research-active" tutors, a reading list from 2006; review is
         further action and a validation condition; content cites no recent
         research or inspection evidence. -> partially_met.
  - 2.4  R-16: tailored through the ILP, but the fee is rated the highest
         risk in the table, "above" neighbours, subsidy only to be sought.
         -> partially_met.
  - 5.5  R-23: specialists teach on Days 3-4, but "Placements: risk
         accepted ... does not include placements or visits". -> partially_met.
  Risk accepted (explicitly not offered):
  - 1.5  R-10: no assignment requires consulting pupils and the Award "does
         not teach consultation with pupils". -> not_met; 6.S7 likewise
         (Appendix 2 "Not covered (see R-10)") -> not_met.
  Things that look like traps but ARE met:
  - 2.3  R-04 Direct Assessment route (portfolio mapped to every outcome,
         Assignments 1 and 3, Professional Dialogue, fee, guidance note DA/1).
  - 5.4  R-22: a vacant hub-tutor post at Fellside, but a named, qualified
         team with cover in place.
  - 3.1  R-06: accessible formats, invitation to disclose with reasons,
         adjustments agreed before interview, venue audits, assessment
         adjustments through Eskmouth's Disability Service, PEEPs, tutor
         briefing, positive images.
  - E.1, E.2  R-00 validation on 25 February 2009 with conditions still to
         be met; the award is validated.
  Criterion 6 (Appendix 2 with the assignments in Appendix 1):
  - R-19: outcomes shown only in the Professional Log are signed off by the
    mentor on an ungraded log; R-20: "maps every national minimum outcome"
    in place, but further action admits outcomes "not yet placed" and one
    "still to be confirmed". -> 6.0 and 1.9 partially_met.
  - "Log only": 6.A3, 6.A7, 6.S2c, 6.S9 -> partially_met.
  - "TBC": 6.K3 (taught Day 2) -> partially_met.
  - "Not yet placed": 6.K4, 6.S2d -> not_met (a comment proposing that
    child development go into Day 3 is not evidence).
  - "Not covered (see R-10)": 6.S7 -> not_met.
  - All other outcomes "In place" with the assignment descriptions in
    Appendix 1 agreeing -> met.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dy-02-tarnside-programme-risk-assessment"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(9.5)
normal.paragraph_format.space_after = Pt(4)

sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin = sec.bottom_margin = Cm(1.8)
sec.header.paragraphs[0].text = (
    "Tarnside Sports and Science College  |  Health and Safety Management "
    "System  |  Form RA2 Activity and Programme Risk Assessment v3.1  |  "
    "UNCONTROLLED WHEN PRINTED")
sec.footer.paragraphs[0].text = (
    "RA2/NET/09/04  |  Approved template: Governors' Premises, Health and "
    "Safety Committee  |  The network office holds Eskmouth's APEL procedure "
    "and the Direct Assessment guidance note DA/1.")

GREY = RGBColor(0x70, 0x70, 0x70)


def p(text="", bold=False, italic=False, size=None, colour=None, after=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
    if after is not None:
        para.paragraph_format.space_after = Pt(after)
    return para


def sect_title(text):
    para = p(text, bold=True, size=11.5)
    para.paragraph_format.space_before = Pt(10)
    para.paragraph_format.keep_with_next = True
    return para


def guidance(text):
    return p(text, italic=True, size=8.5, colour=GREY)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(
        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:val="clear" w:color="auto" w:fill="%s"/>' % fill))


def set_cell(cell, text, bold=False, size=8.5, italic=False):
    cell.text = ""
    para = cell.paragraphs[0]
    first = True
    runs = []
    for ln in text.split("\n"):
        if not first:
            para = cell.add_paragraph()
        first = False
        para.paragraph_format.space_after = Pt(1)
        r = para.add_run(ln)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        runs.append(r)
    return runs


def simple_table(rows, widths, header=True, size=8.5, fill="DCE6F1"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            set_cell(c, val, bold=(header and i == 0) or (not header and j == 0),
                     size=size)
            c.width = widths[j]
            if (header and i == 0) or (not header and j == 0):
                shade(c, fill)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


# ================================================================ cover sheet
p("TARNSIDE SPORTS AND SCIENCE COLLEGE", bold=True, size=13)
p("Lead school, Cleeveshire Secondary SENCO Network", size=10)
p()
p("Cover sheet for the Training and Development Agency for Schools", bold=True)
p("Application for approval to offer the National Award for SEN "
  "Coordination: Tarnside Sports and Science College with the University of "
  "Eskmouth School of Education", bold=True)
p("Our governors require a full risk assessment, on the college's own Form "
  "RA2, for any new activity that the college runs in its name with other "
  "schools. The programme risk assessment for the National Award is the one "
  "document in which every arrangement for the Award is set down in one "
  "place, checked by the Business Manager and approved by the headteacher, "
  "so with the agreement of the TDA's approvals office we are sending it as "
  "our application, with its two appendices.")
p("A word on reading it. The form separates what is already in place "
  "(column 4, \"Control measures already in place\") from what still has to "
  "be done (column 6, \"Further action needed\"). Anything in column 6 is not "
  "yet in place. Where a risk has been accepted, column 4 says so.")
p("Ian Colquhoun, Deputy Headteacher (Inclusion and Community) and Director "
  "of the Cleeveshire Secondary SENCO Network, 13 March 2009")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ================================================================ section 1
p("FORM RA2  ACTIVITY AND PROGRAMME RISK ASSESSMENT", bold=True, size=14)
guidance("Guidance for assessors (delete before issue): Complete Sections 1 "
         "to 6 for any activity that is new, off-site, or run with other "
         "organisations. Think about who might be harmed and how, including "
         "harm to the college's reputation and finances. In column 4 record "
         "only the control measures that are actually in place on the date of "
         "the assessment. Anything planned, requested or hoped for belongs in "
         "column 6. Rate the risk that remains with the column 4 controls.")
sect_title("Section 1   Activity details")
simple_table([
    ["Activity", "National Award for Special Educational Needs Coordination "
                 "(Postgraduate Certificate), first intake September 2009"],
    ["Reference", "RA2/NET/09/04"],
    ["Locations", "Tarnside Sports and Science College (east hub); Fellside "
                  "Community School (west hub); University of Eskmouth "
                  "(Award Board only); participants' own schools "
                  "(school-based work)"],
    ["Lead", "Ian Colquhoun (IC), Deputy Headteacher; Bethan Lloyd-Hughes "
             "(BLH), Network Coordinator"],
    ["Partner", "University of Eskmouth School of Education: Dr Simon Achebe "
                "(SA), programme leader for the University"],
    ["Accreditation", "Validated by the University of Eskmouth Faculty of "
                      "Education validation panel, 25 February 2009: "
                      "Postgraduate Certificate, 60 credits at Level 7 "
                      "(Master's level), two 30-credit modules (EDM701 and "
                      "EDM702). The University confers the award. See R-00."],
    ["Persons at risk (key)", "P = participants; Pu = pupils in participants' "
                              "schools; S = staff and tutors; V = visitors; "
                              "O = the college and network (reputation, "
                              "finance, legal)"],
    ["Assessed by", "Derek Nuttall (DN), Business Manager and Health and "
                    "Safety Coordinator, with IC and BLH"],
    ["Date of assessment", "9 March 2009"],
    ["Review date", "September 2009, or sooner if anything changes"],
], [Cm(4.2), Cm(12.8)], header=False)

# ================================================================ section 2
sect_title("Section 2   Description of the activity")
guidance("Describe the activity in enough detail for a reader who was not "
         "involved to understand what will happen, where, when and who is "
         "responsible.")
p("The Cleeveshire Secondary SENCO Network has met termly since 2004, led by "
  "Tarnside under the community strand of our specialist plan. From "
  "September 2009 the network, with the University of Eskmouth, will offer "
  "the National Award for SEN Coordination to SENCOs in its 24 schools and, "
  "where places allow, to SENCOs from neighbouring counties.")
p("The purpose of the Award, as the governors approved it on 3 February "
  "2009, is that pupils with SEN and disabilities in participants' schools "
  "achieve more, in their learning and in all five Every Child Matters "
  "outcomes, because their SENCO has the knowledge, understanding and skills "
  "to lead provision for them, and to work with colleagues, parents and "
  "carers and other services to do so.")
p("There is one intake a year, in September. EDM701 Leading Learning for "
  "Pupils with SEN (30 credits) runs in the autumn and spring terms and "
  "EDM702 Coordinating Provision (30 credits) in the spring and summer, in "
  "that order, over one year. Participants attend ten taught days (five for "
  "each module), three individual tutorials of forty-five minutes, and "
  "termly meetings of a coaching trio of three participants from different "
  "schools, who observe one another working with colleagues and coach each "
  "other. Taught days are held in network schools and at least two are "
  "co-led by practising network SENCOs. Between taught days participants "
  "work through online units on the Cleeveshire Learning Platform and carry "
  "out school-based tasks, and they keep a Professional Log, which their "
  "school mentor signs each term. All three assignments are carried out in "
  "the participant's own school. Appendix 1 gives the outline of the days and "
  "the assessment; Appendix 2 shows where each national minimum outcome is "
  "developed and shown.")

# ================================================================ section 3
sect_title("Section 3   Risk rating")
guidance("Likelihood (L): 1 very unlikely, 2 unlikely, 3 possible, 4 likely, "
         "5 almost certain. Severity (S): 1 negligible, 2 minor, 3 moderate, "
         "4 serious, 5 very serious. Risk (R) = L x S. 1-6 Low: manage by "
         "routine procedures. 8-12 Medium: further action within an agreed "
         "time. 15-25 High: do not proceed until the risk is reduced.")
mx = [["L \\ S", "1", "2", "3", "4", "5"]]
for L in range(5, 0, -1):
    mx.append([str(L)] + [str(L * S) for S in range(1, 6)])
t = simple_table(mx, [Cm(1.6)] + [Cm(1.4)] * 5, size=8)
for i in range(1, 6):
    for j in range(1, 6):
        v = int(mx[i][j])
        shade(t.cell(i, j), "C6EFCE" if v <= 6 else ("FFEB9C" if v <= 12 else "FFC7CE"))

# ================================================================ section 4 (landscape)
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = Cm(29.7), Cm(21.0)
new.left_margin = new.right_margin = Cm(1.5)
new.top_margin = new.bottom_margin = Cm(1.5)
sect_title("Section 4   Hazards, controls and further action")

COLS = ["Ref", "What could go wrong", "Who", "Control measures already in "
        "place", "L x S = R", "Further action needed", "By whom / when",
        "Residual"]
WIDTHS = [Cm(1.2), Cm(4.3), Cm(1.1), Cm(9.2), Cm(1.5), Cm(4.6), Cm(2.4),
          Cm(2.4)]

R = []  # rows: ("G", title) or tuple of 8


def grp(title):
    R.append(("G", title))


def row(*cells):
    assert len(cells) == 8
    R.append(cells)


grp("A   Accreditation, entry, suitability and prior learning")
row("R-00", "The Award is not validated in time, or validation conditions are "
    "not met, so the first intake cannot be registered.", "P, O",
    "Validated on 25 February 2009 by the University of Eskmouth Faculty of "
    "Education panel as a Postgraduate Certificate of 60 credits at Level 7, "
    "subject to two conditions: a revised reading list, and a briefing for "
    "school mentors, both to be met by 31 July 2009. Memorandum of "
    "co-operation between the college and the University signed 2 March "
    "2009.",
    "2 x 4 = 8", "Meet the two conditions (see R-08 and R-21).",
    "SA, BLH / 31 July 2009", "Low")
row("R-01", "A participant is accepted who does not have enough knowledge, "
    "skills or experience to meet the outcomes in a year, and fails or "
    "withdraws.", "P, O",
    "Entry criteria: qualified teacher status; at least one year's teaching; "
    "in post as SENCO, or designated by the headteacher to take up the role "
    "by September 2009. Headteacher's nomination form confirming release for "
    "the ten days, a named senior colleague as mentor and support for the "
    "school-based work. Pre-course audit (R-05). Interview of thirty minutes, "
    "at a hub or by telephone, with BLH or an Eskmouth tutor, using a "
    "checklist drawn from the national outcomes. An applicant who is not yet "
    "ready receives a letter setting out what to do first (usually a term of "
    "the network's SENCO Starter twilights and shadowing an experienced "
    "network SENCO); BLH telephones the headteacher to agree the next steps, "
    "and a place is held in the next intake.",
    "2 x 3 = 6", "None", "\u2014", "Low")
row("R-02", "A participant who is not suitable to work with children (no "
    "current enhanced CRB disclosure, barred, or unresolved concerns from a "
    "previous employer) has contact with pupils during school-based work or "
    "coaching trio visits to other network schools.", "Pu, O",
    "Participants are employed teachers. Responsibility for the enhanced CRB "
    "disclosure and for pre-employment checks rests with the employing "
    "school and the county under the School Staffing (England) Regulations. "
    "Tarnside's own staff and all course tutors are on the college's single "
    "central record.",
    "2 x 5 = 10", "Add the date of the participant's enhanced CRB disclosure "
    "to the nomination form for the 2010 intake; consider whether the "
    "network should verify it.", "DN / Sept 2010", "Medium")
row("R-03", "Participants' earlier study and experience are ignored, so they "
    "repeat learning and pay for it.", "P",
    "None at present. Eskmouth's general regulations include accreditation "
    "of prior learning, but no procedure has been agreed for this Award.",
    "3 x 2 = 6", "Agree with Eskmouth whether, and how, credit for prior "
    "certificated and experiential learning can be given against EDM701.",
    "SA / July 2009", "Low")
row("R-04", "A highly experienced candidate (for example an advisory teacher, "
    "or a long-serving SENCO new to the county) is made to attend the whole "
    "course, or is given the Award without evidence.", "P, O",
    "Direct Assessment route. In exceptional cases a candidate may apply, "
    "with the headteacher's support, to be assessed without attending the "
    "taught programme. The candidate submits a portfolio of evidence mapped "
    "to every national minimum outcome, completes Assignments 1 and 3 in "
    "full, and takes the Professional Dialogue. The Programme Board decides "
    "admission to the route and the Award Board confirms the result in the "
    "usual way. Fee \u00a3520. Guidance note DA/1 sets out the process.",
    "1 x 3 = 3", "None", "\u2014", "Low")
row("R-05", "The course does not match the participant's needs: they go over "
    "what they know or miss what they need.", "P",
    "Pre-course audit: each applicant rates themselves from 1 to 4 against "
    "every national minimum outcome, with evidence, and the audit is "
    "discussed at interview. At the first tutorial (before Day 2) tutor and "
    "participant agree an Individual Learning Plan: the outcomes to "
    "prioritise, personal targets, and which of the optional online units to "
    "take. The plan is reviewed at the second and third tutorials.",
    "2 x 2 = 4", "None", "\u2014", "Low")
row("R-06", "A disabled applicant or participant cannot get to, or take full "
    "part in, the course; or is treated less favourably in selection, "
    "teaching or assessment.", "P, O",
    "Publicity and the application pack are available in large print, in "
    "Word and on audio. The pack says that disabled applicants are welcome, "
    "invites them to tell us in confidence about any adjustment they need, "
    "and explains why we ask. BLH contacts each applicant who tells us, "
    "before interview, to agree adjustments to the interview and the course. "
    "Both hubs have been audited under the college's Accessibility Plan "
    "(level access, a lift at Fellside, hearing loops, accessible toilets, "
    "reserved parking). Eskmouth's Disability Service agrees adjustments to "
    "assessment (extra time, alternative formats, dictated work, an oral "
    "presentation in place of a written element) and provides materials in "
    "alternative formats. Personal emergency evacuation plans where needed "
    "(R-30). Tutors are briefed each September on the disability equality "
    "duty as it applies to participants, and the case materials include "
    "disabled adults in leadership roles.",
    "2 x 4 = 8", "None", "\u2014", "Low")

grp("B   Programme purpose and content")
row("R-07", "The programme drifts from its purpose: participants gain a "
    "qualification but pupils do not benefit.", "Pu, O",
    "Aims approved by the governors and by Eskmouth put pupils' achievement "
    "and well-being, across the five Every Child Matters outcomes, first "
    "(Section 2). Every assignment is set in the participant's own school, "
    "and the marking criteria for each include \"difference made for the "
    "pupils concerned, including their well-being\".",
    "2 x 4 = 8", "None", "\u2014", "Low")
row("R-08", "Content falls out of date and does not reflect current research, "
    "inspection findings or new developments.", "P, Pu",
    "Sessions are written by Eskmouth tutors who are research-active in SEN. "
    "The reading list is the one compiled for the network's induction "
    "course in 2006.",
    "3 x 3 = 9", "Revise the reading list and session content against recent "
    "research and inspection reports (validation condition); make this a "
    "standing item for the Programme Board.", "SA / July 2009", "Low")
row("R-09", "Participants misunderstand their legal duties and the "
    "government's policy on SEN and disability.", "Pu, O",
    "Day 2 (Appendix 1) covers the Education Act 1996 Part IV, SENDA 2001, "
    "the SEN Code of Practice (2001), the SENCO Regulations 2008, the "
    "Children Act 2004 and Every Child Matters, the DDA 1995 and 2005, and "
    "current policy (Removing Barriers to Achievement, the Inclusion "
    "Development Programme). Led by Lesley Farrant, Senior Inclusion "
    "Officer. Assignment 2 audits the school's policy and practice against "
    "the Code.",
    "2 x 4 = 8", "None", "\u2014", "Low")
row("R-10", "Pupils' views are not heard in the provision participants "
    "plan.", "Pu",
    "Risk accepted. In November 2008 the network headteachers' group decided "
    "that no assignment will require participants to interview or survey "
    "pupils, because of the consent and time burden on schools, and the "
    "Award does not teach consultation with pupils as a topic.",
    "3 x 3 = 9", "None planned", "\u2014", "Medium (accepted)")
row("R-11", "Participants cannot advise, support or work with colleagues in "
    "and beyond their school.", "Pu",
    "Coaching trios across network schools (three cycles of observation and "
    "coaching a year). Assignment 3 includes an observation and coaching "
    "cycle with a colleague in school and a presentation to senior leaders. "
    "Day 9 on leading and supporting colleagues.",
    "2 x 3 = 6", "None", "\u2014", "Low")
row("R-12", "Relationships with parents and carers break down; parents are "
    "not partners in provision.", "Pu",
    "Day 5 afternoon, Working with families, co-led by the Cleeveshire Parent "
    "Partnership Service and two parents. Assignment 1 requires at least one "
    "planning meeting with the pupil's parents or carers, notes of it and a "
    "section on the parents' view, and its marking criteria include the "
    "participant's work with the family.",
    "2 x 3 = 6", "None", "\u2014", "Low")
row("R-13", "Learning stays on paper and practice in school does not "
    "change.", "Pu, O",
    "All three assignments are school-based. Assignment 3 requires the "
    "participant to lead and evaluate a change in provision in their own "
    "school over at least a term, agreed with the headteacher; the mentor "
    "confirms in writing that the change took place.",
    "2 x 3 = 6", "None", "\u2014", "Low")

grp("C   Delivery, access and flexibility")
row("R-14", "Participants in the west of the county cannot attend (distance, "
    "winter roads, school commitments).", "P",
    "Two hubs (Tarnside and Fellside). Each taught day runs at both hubs in "
    "the same week and participants may attend either. Online units between "
    "days.",
    "3 x 3 = 9", "Consider a January intake and a two-year route for "
    "2010-11; consider recording key sessions.", "IC / Dec 2009", "Medium")
row("R-15", "Participants are isolated or stuck between taught days.", "P",
    "Six online units on the Cleeveshire Learning Platform, one between each "
    "pair of taught days (readings, a short task in school, a discussion "
    "question), and a discussion forum for each hub group. The forums are "
    "not currently moderated by tutors.",
    "3 x 3 = 9", "Agree a tutor moderation rota and a response time for forum "
    "and e-mail queries; train tutors on the Platform.",
    "BLH with county ICT team / Sept 2009", "Medium")
row("R-16", "The cost stops schools nominating their SENCOs.", "P, O",
    "Fee \u00a31,450 for the Award, which is above the fees of neighbouring "
    "providers. Hubs and college facilities are provided without charge.",
    "4 x 4 = 16", "Ask the Schools Forum for a subsidy for maintained "
    "schools; review the cost model.", "IC / Schools Forum, June 2009",
    "Medium")
row("R-17", "A participant falls behind (illness, inspection, personal "
    "circumstances).", "P",
    "Three tutorials; extensions under Eskmouth's extenuating circumstances "
    "procedure; interruption of study for up to a year; catch-up through the "
    "Platform materials and by attending the other hub.",
    "2 x 2 = 4", "None", "\u2014", "Low")

grp("D   Assessment and the Award")
row("R-18", "Marking is inconsistent between tutors or hubs, so results are "
    "unreliable.", "P, O",
    "Published marking criteria at Level 7 for each element. All markers "
    "attend a standardisation meeting with marked exemplars before each "
    "marking round. Second marking of a 25% sample from each marker, plus "
    "all fails and all marks of 70 and above. An Eskmouth moderator samples "
    "across both hubs. The external examiner, appointed by Eskmouth, reviews "
    "a sample from every element and attends the Award Board, which confirms "
    "all results.",
    "2 x 4 = 8", "None", "\u2014", "Low")
row("R-19", "A participant is given the Award without having shown every "
    "national minimum outcome.", "P, Pu, O",
    "Each participant has an Outcome Record listing every national minimum "
    "outcome. The assessor signs each outcome off against the assignment or "
    "the Professional Dialogue in which it was shown, and the Award Board "
    "checks the Outcome Record before conferring the Award. Outcomes shown "
    "only in the Professional Log (for example prioritising and managing "
    "time, and keeping up to date) are signed off by the school mentor on "
    "the strength of the Log, which is not graded.",
    "3 x 4 = 12", "Eskmouth to decide whether the Professional Log becomes a "
    "pass/fail assessed element.", "SA / July 2009", "Medium")
row("R-20", "Gaps in the coverage of the national minimum outcomes.", "Pu, O",
    "Appendix 2 maps every national minimum outcome to the taught day where "
    "it is developed and the assessment in which it is shown.",
    "3 x 4 = 12", "Two outcomes are not yet placed and one assessment is "
    "still to be confirmed (Appendix 2); the programme team to place them.",
    "SA, BLH / June 2009", "Medium")
row("R-21", "Tutors and mentors are unclear about their part in teaching "
    "and assessment.", "P",
    "Tutors: all are Eskmouth associate tutors, attend Eskmouth's associate "
    "tutor induction and the termly programme team meeting, and work from "
    "the Tutor Handbook, which sets out their roles in teaching, tutorials, "
    "marking and moderation. Mentors: each receives the Mentor Handbook with "
    "the nomination pack.",
    "3 x 3 = 9", "Hold a mentor briefing twilight at each hub in October "
    "(validation condition); agree what mentors are asked to sign.",
    "BLH / Oct 2009", "Medium")

grp("E   Staffing and resources")
row("R-22", "A tutor is absent, or the team lacks the expertise the course "
    "needs.", "P",
    "Named team: IC (Deputy Headteacher; head of learning support for "
    "seventeen years; MA Inclusive Education; NPQH); BLH (college SENCO "
    "since 1997; MEd SEN; OCR Level 7 Certificate in SpLD); Dr Simon Achebe "
    "(Principal Lecturer in SEN and Inclusion, Eskmouth; former educational "
    "psychologist); Dr Claire Venn (Lecturer, Eskmouth; PhD on autism and "
    "secondary transition; formerly taught in an autism base). Each day is "
    "planned by two tutors so that either can lead it. The Fellside hub "
    "tutor post is vacant; Dr Venn covers Fellside days until it is filled.",
    "3 x 3 = 9", "Appoint the Fellside hub tutor (advertised March 2009).",
    "IC / June 2009", "Low")
row("R-23", "Participants lack access to specialist expertise or to other "
    "settings.", "P",
    "Specialist contributions: Dr Maura Quill (Senior Educational "
    "Psychologist) leads half of Day 4; the Cleeveshire Sensory Support "
    "Service leads a session on Day 4; speech and language therapists from "
    "Cleeveshire PCT and the outreach teacher from Wrenfold Special School "
    "teach on Day 3. Placements: risk accepted. The Award does not include "
    "placements or visits to other settings; all practical work is in the "
    "participant's own school.",
    "2 x 2 = 4", "None", "\u2014", "Low")
row("R-24", "Specialist teaching resources are not enough for participants "
    "to reach the outcomes.", "P",
    "Tarnside's two science-specialism ICT suites (30 machines each) for "
    "Day 7. Assistive technology bought with specialist community funding: "
    "text-to-speech and word prediction software on 15 laptops, reading "
    "pens, switch access and symbol software, loaned to participants to try "
    "in their schools. Participants are registered as Eskmouth students, "
    "with the University library and e-journals. The Cleeveshire Learning "
    "Platform. The county's SEN resource library at Fellside.",
    "2 x 3 = 6", "None", "\u2014", "Low")

grp("F   Stakeholders, quality and impact")
row("R-25", "The programme does not meet the needs of the county's schools "
    "and pupils.", "O",
    "Evidence of need: the network's survey in October 2008 of SENCOs (21 of "
    "24 replied) and headteachers (16 of 24). SENCOs' priorities: tracking "
    "progress with data (81%), deploying teaching assistants (67%), access "
    "arrangements for GCSE (43%), behaviour (38%). Heads: no more than ten "
    "days out; SENCOs able to brief governors. The county's SEN and "
    "Inclusion Strategy 2008-11 (autism, BESD, exclusions). Changes made as "
    "a result: ten days rather than the fifteen first proposed; a second hub "
    "in the west; Assignment 3 built round the deployment of teaching "
    "assistants and a presentation to a governor; a BESD half-day with the "
    "Educational Psychology Service.",
    "2 x 3 = 6", "None", "\u2014", "Low")
row("R-26", "Stakeholders are not involved, so the programme does not "
    "improve in the ways schools need.", "O",
    "The county's Senior Inclusion Officer teaches Day 2, and the Parent "
    "Partnership Service co-leads Day 5. Network headteachers host taught "
    "days at Fellside and release SENCOs as coaching trio partners. The "
    "Programme Board (SA, IC, BLH) reviews the evaluations.",
    "3 x 2 = 6", "Invite a network headteacher and the county to join the "
    "Programme Board; survey headteachers after the first cohort.",
    "IC / Sept 2009", "Low")
row("R-27", "Quality problems go unnoticed and are not put right.", "O",
    "Internal: an evaluation form after each taught day; an end-of-module "
    "questionnaire; a tutor team review after each module; each tutor "
    "observed once a year. External: Eskmouth's Annual Programme Review; the "
    "external examiner's report; an annual report to the governors' "
    "Curriculum and Standards Committee. The Programme Board writes an "
    "action plan each July from this evidence, setting the changes for the "
    "next cohort, and reports it to the new cohort at the launch day.",
    "2 x 3 = 6", "None", "\u2014", "Low")
row("R-28", "No evidence of the programme's impact on participants or "
    "pupils.", "O, Pu",
    "Participants repeat the pre-course audit at the end of the course "
    "(confidence and competence against each outcome). Assignment 3 "
    "evaluates the change in practice, with colleagues' written feedback.",
    "3 x 3 = 9", "Design a pupil-outcome measure (baseline and follow-up) "
    "for the pupils targeted by Assignment 3 changes; ask Eskmouth's "
    "research office to advise.", "SA / Sept 2009", "Medium")
row("R-29", "Participants finish without a clear next step.", "P",
    "At the final tutorial, after Day 10, tutor and participant review the "
    "Individual Learning Plan, and the participant drafts a professional "
    "development plan with targets for the following year to take to their "
    "performance management review. Information on progression to "
    "Eskmouth's MA Inclusive Education.",
    "1 x 2 = 2", "None", "\u2014", "Low")

grp("G   Health, safety and welfare")
row("R-30", "Fire or other emergency at a hub; a participant with a mobility "
    "impairment cannot evacuate from an upper floor.", "P, V",
    "Fire briefing at the start of each day; signing-in sheet used as the "
    "roll; personal emergency evacuation plans agreed before the course; "
    "Fellside sessions on the ground floor.",
    "1 x 5 = 5", "None", "\u2014", "Low")
row("R-31", "Tutors working alone at a hub after a twilight session.", "S",
    "Two staff on site until the last participant leaves; site team "
    "informed; lone working policy.",
    "2 x 3 = 6", "None", "\u2014", "Low")
row("R-32", "Snow or flooding on rural roads on a taught day.", "P, S",
    "Day cancelled by text message by 7.00 am if roads are unsafe; the day "
    "is rescheduled and the materials are put on the Platform.",
    "3 x 4 = 12", "None", "\u2014", "Medium")
row("R-33", "Participants enter science laboratories or the sports hall "
    "unaccompanied at Tarnside.", "V",
    "Sessions in the conference suite; laboratories locked; visitor badges.",
    "1 x 3 = 3", "None", "\u2014", "Low")
row("R-34", "Personal data about pupils in assignments is lost or "
    "disclosed.", "Pu, O",
    "Pupils anonymised in all work; written consent from parents for the "
    "Assignment 1 pupil; work submitted through Eskmouth's secure online "
    "system; no pupil data on memory sticks.",
    "2 x 4 = 8", "None", "\u2014", "Low")

t = doc.add_table(rows=1 + len(R), cols=8)
t.style = doc.styles["Table Grid"]
hdr = t.rows[0]
for j, h in enumerate(COLS):
    set_cell(hdr.cells[j], h, bold=True, size=8)
    shade(hdr.cells[j], "DCE6F1")
# repeat header row on each page
trPr = hdr._tr.get_or_add_trPr()
trPr.append(parse_xml('<w:tblHeader xmlns:w="http://schemas.openxmlformats.org/'
                      'wordprocessingml/2006/main"/>'))
ANCHOR = {}
for i, r in enumerate(R, start=1):
    cells = t.rows[i].cells
    if r[0] == "G":
        m = cells[0].merge(cells[7])
        set_cell(m, r[1], bold=True, size=8.5)
        shade(m, "F2F2F2")
        continue
    for j, val in enumerate(r):
        runs = set_cell(cells[j], val, size=8, bold=(j == 0))
        ANCHOR[(r[0], j)] = runs
    rating = r[7]
    shade(cells[7], "C6EFCE" if rating.startswith("Low") else "FFEB9C")
for rw in t.rows:
    for j, w in enumerate(WIDTHS):
        rw.cells[j].width = w

# Word comments (not part of the submission)
doc.add_comment(ANCHOR[("R-03", 3)], text=(
    "Simon says Eskmouth's APEL panel agreed the procedure on 3 March. Can we "
    "move this into column 4?"), author="Ian Colquhoun", initials="IC")
doc.add_comment(ANCHOR[("R-03", 5)], text=(
    "Not until we have it in writing from the University. Leave as it is."),
    author="Derek Nuttall", initials="DN")
doc.add_comment(ANCHOR[("R-02", 3)], text=(
    "Our HR could check CRB dates for participants from this September if we "
    "add a line to the nomination form now. Agree?"), author="Derek Nuttall",
    initials="DN")
doc.add_comment(ANCHOR[("R-14", 5)], text=(
    "Heads' group keen on January. Eskmouth yes in principle."),
    author="Bethan Lloyd-Hughes", initials="BLH")

# ================================================================ sections 5 and 6
sect_title("Section 5   Summary of further action")
guidance("List every item from column 6 with its owner and date. Review "
         "progress at each Programme Board.")
simple_table([
    ["Ref", "Action", "Owner", "By"],
    ["R-00, R-08", "Revise the reading list and session content", "SA",
     "July 2009"],
    ["R-00, R-21", "Mentor briefing twilight at each hub", "BLH", "Oct 2009"],
    ["R-02", "CRB disclosure date on the nomination form", "DN",
     "Sept 2010"],
    ["R-03", "Agree APL/APEL for EDM701 with Eskmouth", "SA", "July 2009"],
    ["R-14", "Consider a January intake and a two-year route", "IC",
     "Dec 2009"],
    ["R-15", "Tutor moderation rota, response times, Platform training",
     "BLH", "Sept 2009"],
    ["R-16", "Schools Forum subsidy; cost model", "IC", "June 2009"],
    ["R-19", "Decide whether the Professional Log is assessed", "SA",
     "July 2009"],
    ["R-20", "Place the outcomes not yet placed (Appendix 2)", "SA, BLH",
     "June 2009"],
    ["R-22", "Appoint the Fellside hub tutor", "IC", "June 2009"],
    ["R-26", "Stakeholders on the Programme Board; heads' survey", "IC",
     "Sept 2009"],
    ["R-28", "Pupil-outcome measure for Assignment 3", "SA", "Sept 2009"],
], [Cm(2.6), Cm(14.0), Cm(2.4), Cm(3.0)])

sect_title("Section 6   Sign-off")
simple_table([
    ["Assessed by", "Derek Nuttall, Business Manager and Health and Safety "
                    "Coordinator; Ian Colquhoun, Deputy Headteacher", "9 March 2009"],
    ["Approved by", "Mrs Alison Greaves, Headteacher", "10 March 2009"],
    ["Noted by", "Governors' Premises, Health and Safety Committee",
     "12 March 2009"],
    ["Next review", "September 2009, or sooner if anything changes", ""],
], [Cm(3.5), Cm(13.5), Cm(5.0)], header=False)

# ================================================================ appendices (portrait)
back = doc.add_section(WD_SECTION.NEW_PAGE)
back.orientation = WD_ORIENT.PORTRAIT
back.page_width, back.page_height = Cm(21.0), Cm(29.7)
back.left_margin = back.right_margin = Cm(2.0)
back.top_margin = back.bottom_margin = Cm(1.8)

sect_title("Appendix 1   Programme outline and assessment (control reference "
           "for Groups B and D)")
simple_table([
    ["Day", "Module", "Content", "Led by"],
    ["1", "EDM701", "Launch: the SENCO's role; the five Every Child Matters "
     "outcomes and what they mean for pupils with SEN; study at Level 7; the "
     "Platform; Individual Learning Plans; forming coaching trios.",
     "IC, SA"],
    ["2", "EDM701", "The law and the SENCO (see R-09). Disability equality: "
     "the disability equality duty, accessibility plans and schemes, "
     "reasonable adjustments for pupils.", "Lesley Farrant, SA"],
    ["3", "EDM701", "Areas of need I: speech, language and communication "
     "needs; autistic spectrum disorders; dyslexia and specific learning "
     "difficulties.", "Dr Venn; PCT therapists; Wrenfold outreach"],
    ["4", "EDM701", "Areas of need II: behavioural, emotional and social "
     "difficulties; moderate learning difficulties; sensory impairment; "
     "reading and using the assessments of educational psychologists and "
     "other professionals.", "Dr Quill; Sensory Support Service"],
    ["5", "EDM701", "Identifying needs, setting challenging targets, planning "
     "and reviewing interventions. Afternoon: Working with families.",
     "BLH; Parent Partnership Service and two parents"],
    ["6", "EDM702", "Data and tracking: RAISEonline, contextual value added, "
     "P scales, national test and GCSE data; changing programmes in the "
     "light of the data; provision mapping and costing.", "IC, SA"],
    ["7", "EDM702", "Teaching, learning and ICT: approaches, strategies and "
     "resources for assessment, planning and teaching; assistive "
     "technology; assessment for learning and how to help colleagues use it "
     "with pupils with SEN.", "BLH, Dr Venn"],
    ["8", "EDM702", "Working with other services: educational psychology, "
     "CAMHS, speech and language therapy, social care, Connexions and the "
     "voluntary sector (Cleeveshire Dyslexia Association, Autism "
     "Cleeveshire); the CAF and the lead professional; the county's "
     "Integrated Services Team.", "Lesley Farrant; agency speakers"],
    ["9", "EDM702", "Leading people: deploying and managing teaching "
     "assistants; observing, coaching and mentoring colleagues; working "
     "with senior leaders and governors on an inclusive ethos, policy and "
     "resources; managing the SENCO's time and delegating.", "IC, BLH"],
    ["10", "EDM702", "Self-evaluation and improvement: the self-evaluation "
     "form and SEN; reviewing provision with colleagues; repeat of the "
     "audit. Final tutorials follow.", "IC, SA"],
], [Cm(1.0), Cm(1.7), Cm(10.5), Cm(3.8)])

p("Assessment", bold=True)
p("Assignment 1, Learner Profile and Intervention (EDM701; 4,000 words; 60% "
  "of the module). For one pupil with SEN, the participant shows how the "
  "pupil's needs were identified (classroom observation, the school's data "
  "and assessments) and how the assessments of other professionals shaped "
  "the teaching; which outside services were or should be involved and how "
  "their support was obtained; the pupil's needs set in a critical account "
  "of the main types of SEN (BESD, specific learning difficulties including "
  "dyslexia, SLCN, autistic spectrum disorders, MLD) and how they affect "
  "learning; challenging targets; an intervention of eight to ten weeks, "
  "planned, carried out and reviewed; a critical evaluation of the "
  "approaches, strategies and resources used, including ICT; at least one "
  "planning meeting with the parents or carers, with notes and the parents' "
  "view, and a reflection on the participant's relationship with the pupil "
  "and family; and the outcome for the pupil against the five Every Child "
  "Matters outcomes.")
p("Assignment 2, Policy and Practice Audit (EDM701; 3,000 words; 40%). An "
  "audit of the school's SEN policy and practice against the SEN Code of "
  "Practice and the law on SEN, setting out what they mean for the school, "
  "the SENCO and others, and drawing on research evidence, best practice and "
  "outside advice to recommend improvements to the participant's own and "
  "colleagues' practice.")
p("Assignment 3, Leading Provision Portfolio (EDM702; 5,000 words or "
  "equivalent; 70%). (a) An analysis of the school's data for pupils with "
  "SEN, including national test and GCSE results and P scales, showing how "
  "their progress is tracked and where programmes were changed; (b) a "
  "costed provision map identifying gaps and ineffective provision; (c) a "
  "review of provision carried out with colleagues and related to the "
  "school's self-evaluation and improvement plan; (d) a change in the "
  "deployment and management of staff, usually teaching assistants, led "
  "over at least a term; (e) one observation and coaching cycle with a "
  "colleague, with the feedback notes; (f) a presentation to the "
  "headteacher and a governor of strategic priorities for inclusion and the "
  "use of resources, with their written feedback and evidence of the "
  "commitment the participant secured from senior leaders.")
p("Professional Dialogue (EDM702; thirty minutes; 30%). With two tutors, on "
  "three scenarios that call for the participant to anticipate problems, "
  "make decisions and judge provision; marked for judgement, for clear "
  "spoken expression and for listening to and understanding others' views. "
  "All written elements are marked for clear, accurate writing.")
p("Professional Log (both modules; not graded). Entries after each taught "
  "day and trio meeting; signed each term by the school mentor.")
p("To gain the Award a participant must pass each assessed element at 50% "
  "and have a complete Outcome Record (R-19).")

sect_title("Appendix 2   Outcome coverage map (control reference for R-19 "
           "and R-20)")
M = [
    ("G", "Professional attributes"),
    ("Fair, respectful, constructive relationships with pupils and their "
     "parents or carers", "Days 5 and 8", "Assignment 1", "In place"),
    ("Gaining the commitment of colleagues, including the head and senior "
     "leaders", "Day 9", "Assignment 3 (f)", "In place"),
    ("Prioritising, managing time, delegating", "Day 9",
     "Professional Log (mentor sign-off)", "Log only"),
    ("Anticipating and resolving problems; sound judgement on provision",
     "Days 5 and 9", "Professional Dialogue", "In place"),
    ("Clear speech and writing; listening to others", "Throughout",
     "All written elements; Professional Dialogue", "In place"),
    ("Using research and outside advice to improve practice",
     "Days 3, 4 and 7", "Assignment 2", "In place"),
    ("Keeping up to date; own CPD", "Final tutorial",
     "Professional Log (mentor sign-off)", "Log only"),
    ("G", "Knowledge and understanding"),
    ("SEN law and guidance, including the Code of Practice", "Day 2",
     "Assignment 2", "In place"),
    ("Every Child Matters and the SENCO's part", "Day 1", "Assignment 1",
     "In place"),
    ("Disability equality law and what it requires", "Day 2", "TBC", "TBC"),
    ("How children develop; effects of SEN, disability and environment",
     "\u2014", "\u2014", "Not yet placed"),
    ("The main types of SEN and how they affect learning", "Days 3 and 4",
     "Assignment 1", "In place"),
    ("Approaches, strategies and resources, including ICT", "Day 7",
     "Assignment 1", "In place"),
    ("School self-evaluation and improvement", "Day 10", "Assignment 3 (c)",
     "In place"),
    ("Best practice and research in meeting SEN", "Days 3, 4 and 7",
     "Assignment 2", "In place"),
    ("External agencies and getting specialist support", "Day 8",
     "Assignment 1", "In place"),
    ("G", "Professional skills"),
    ("Strategic development of an inclusive ethos, policies and resources with "
     "senior colleagues and governors", "Day 9", "Assignment 3 (f)",
     "In place"),
    ("Identifying pupils, setting targets, planning interventions, reviewing "
     "progress", "Day 5", "Assignment 1", "In place"),
    ("Using other professionals' assessments", "Days 4 and 5",
     "Assignment 1", "In place"),
    ("Summative assessment and national tests to track progress", "Day 6",
     "Assignment 3 (a)", "In place"),
    ("Helping colleagues develop formative assessment", "Day 7",
     "Professional Log (mentor sign-off)", "Log only"),
    ("Special arrangements for tests and examinations", "\u2014", "\u2014",
     "Not yet placed"),
    ("Provision mapping; ineffective or missing provision", "Day 6",
     "Assignment 3 (b)", "In place"),
    ("Deploying and managing staff", "Day 9", "Assignment 3 (d)",
     "In place"),
    ("Supporting colleagues' development: observation, feedback, coaching",
     "Day 9; coaching trios", "Assignment 3 (e)", "In place"),
    ("Reviewing provision with staff to inform self-evaluation", "Day 10",
     "Assignment 3 (c)", "In place"),
    ("Involving pupils in planning and reviewing their provision", "\u2014",
     "\u2014", "Not covered (see R-10)"),
    ("Liaising with parents and carers", "Day 5", "Assignment 1",
     "In place"),
    ("Partnership with other services and voluntary organisations", "Day 8",
     "Professional Log (mentor sign-off)", "Log only"),
]
mt = doc.add_table(rows=1 + len(M), cols=4)
mt.style = doc.styles["Table Grid"]
for j, h in enumerate(["National minimum outcome (summarised)", "Developed on",
                       "Shown in", "Status"]):
    set_cell(mt.cell(0, j), h, bold=True)
    shade(mt.cell(0, j), "DCE6F1")
K4_RUNS = None
for i, r in enumerate(M, start=1):
    if r[0] == "G":
        m = mt.cell(i, 0).merge(mt.cell(i, 3))
        set_cell(m, r[1], bold=True)
        shade(m, "F2F2F2")
        continue
    for j in range(4):
        runs = set_cell(mt.cell(i, j), r[j])
        if r[0].startswith("How children develop") and j == 3:
            K4_RUNS = runs
for rw in mt.rows:
    for j, w in enumerate([Cm(7.6), Cm(2.9), Cm(4.1), Cm(2.4)]):
        rw.cells[j].width = w
doc.add_comment(K4_RUNS, text=(
    "Claire will cover child development at the start of Day 3 and it can go "
    "into Assignment 1. Confirm and update?"), author="Bethan Lloyd-Hughes",
    initials="BLH")
p("Status key: In place = developed on a taught day and shown in a marked "
  "element; Log only = shown in the Professional Log, signed by the mentor, "
  "not graded; TBC = assessment to be confirmed; Not yet placed = see R-20.",
  italic=True, size=8)

doc.save(OUT)
print("wrote", OUT)
