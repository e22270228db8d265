"""fb-02-northcote-pqasso-self-assessment: build script.

Provider (invented)
-------------------
The Northcote Dyslexia Society, a national dyslexia and SpLD charity founded
in 1968 (headquarters in Linbury), with local branches, a Parent Helpline,
specialist tuition centres and, since 1984, training for specialist teachers
(its Diploma in Specialist Teaching). Its Professional Development
department will run the national award for SENCOs as a Postgraduate
Certificate in Special Educational Needs Coordination (60 credits, Level 7),
validated by the (invented) Brockhurst University in December 2008, taught
in a blended mode from four hubs (Linbury, Wrexford, Haverleigh, Tamsbridge).

Kind of document and layout
---------------------------
The Society's PQASSO quality self-assessment of the new award, completed by
a working group before launch and sent as it stands with a shaded note to
the panel. PQASSO (Charities Evaluation Services, third edition 2008) is the
quality system many charities use; the Society uses its twelve quality areas
but writes its own indicators. Layout:
- page header and footer (version, charity number, copyright of the quality
  areas, PAGE field);
- a shaded note to the panel; "About this self-assessment"; a key to the
  ratings in a shaded box;
- twelve quality areas as Heading 1 ("Quality Area 4: User-centred
  service"), each with a one-line italic scope, a tick grid (No. /
  Indicator / Yes / Partly / Not yet) and then "Evidence and comment"
  paragraphs keyed to the indicator numbers (4.1, 4.2 ...). Indicator
  numbers collide with requirement ids (e.g. "5.3" is the CRB check on
  STAFF; "4.3" is the individual learning plan; "2.3" is the validation
  agreement);
- the Society's self-ratings do not always match the evidence: some "Yes"
  ticks rest on general statements (over-claims) and some "Partly" ticks sit
  over complete arrangements (under-claims);
- a summary-of-ratings table; Appendix A "The Award at a glance" (induction,
  six Seminar Saturdays with online units, learning sets, Partner Setting
  days, portfolio items P1-P5 and the viva, each item listing in words what
  it evidences, and the award rule); Appendix B the blank Outcome Record
  (29 outcomes in the Society's words, with merged group rows and sign-off
  columns); Appendix C an improvement plan with statuses;
- five real Word footnotes (PQASSO source; the Parent Helpline's call
  figures; the validation conditions; the Direct Assessment fee; the
  bursary fund, which exists only in a footnote).

Traps (requirement ids)
-----------------------
- Staff CRB under indicator "5.3" (wrong context, number collision); the
  participants' check is done properly under 4.5 -> 5.3 met.
- Aims about attainment "especially in reading, writing and mathematics";
  well-being only as a value sentence -> 1.1 partially_met.
- Parents: the Society's own Parent Helpline (footnote, wrong context) and a
  value sentence; no seminar or unit develops work with parents; P2 requires
  a parent meeting record -> 1.7, 6.S8, 6.A1 partially_met (assessed, not
  taught; A1's pupil side is taught).
- "We do not award credit for prior learning" (negation) while prior
  experience is taken into account through the ILP and Direct Assessment ->
  2.1 partially_met; 2.3 met (Direct Assessment route).
- ILP self-rated "Partly" but fully described -> 2.2 met (under-claim);
  Partner Settings self-rated "Partly" but arranged -> 5.5 met; online
  support self-rated "Partly" -> 3.3 met.
- "Not yet" rows: end-of-course planning (2.5 not_met), partner influence on
  design (4.2 not_met), moderation and external examining (5.8 not_met),
  impact measures (5.9 not_met; Quality Area 12 reports the Society's own
  tuition learners' ratio gains, wrong context).
- Over-claimed "Yes": equality as values plus "can talk to their tutor"
  (3.1 partially_met); entry criteria with places "in order of receipt"
  (5.2 partially_met); tutors expert in dyslexia but none has led whole-
  school SEN provision, recruitment "in progress" (5.4 partially_met);
  evaluation internal only, external "will be arranged" (5.1
  partially_met).
- Needs known only in general terms ("we know from our Helpline and our
  members") -> 4.1 partially_met; the new Award Advisory Group is concretely
  involved in evaluation, delivery and hosting -> 4.3 met.
- Resources: online platform and dyslexia library real, wider-SEN
  collection and University library access only planned -> 5.6
  partially_met.
- Criterion 6 in Appendix A / B: the Outcome Record lists all 29 outcomes
  and the award rule requires every one signed off against portfolio
  evidence -> 6.0 and 1.9 met. Outcomes assessed in the portfolio but
  developed nowhere in the seminars or units: prioritising and delegating
  (6.A3), own CPD (6.A7), child development (6.K4), school self-evaluation
  (6.K7), deploying staff (6.S4), parents (6.S8, and 6.A1 in part) ->
  partially_met ("assessed but not covered").
- The improvement plan's actions are intentions, except those marked
  Completed (Critical Friend training, the ILP form), which match the body.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
NAME = "fb-02-northcote-pqasso-self-assessment"
OUT = HERE / (NAME + ".docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Verdana"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Verdana")
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)
h1 = doc.styles["Heading 1"]
h1.font.size = Pt(13)
h1.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
h2 = doc.styles["Heading 2"]
h2.font.size = Pt(11)
h2.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

GREY = RGBColor(0x59, 0x59, 0x59)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, color=None, align=None, after=6, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def box(lines, fill="E2EFDA", title=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    first = True
    if title:
        c.paragraphs[0].add_run(title).bold = True
        first = False
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        p.add_run(ln).font.size = Pt(9)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def grid(rows, widths=(1.2, 10.4, 1.5, 1.5, 1.7), size=9):
    hdr = ["No.", "Indicator", "Yes", "Partly", "Not yet"]
    t = doc.add_table(rows=len(rows) + 1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        c = t.cell(0, j)
        shade(c, "DDEBF7")
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
    for i, (n, ind, rating) in enumerate(rows, start=1):
        vals = [n, ind, "", "", ""]
        vals[{"Y": 2, "P": 3, "N": 4}[rating]] = "\u2713"
        for j, v in enumerate(vals):
            c = t.cell(i, j)
            r = c.paragraphs[0].add_run(v)
            r.font.size = Pt(size)
            if j >= 2:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def ev(n, text):
    p = doc.add_paragraph()
    r = p.add_run(n + "  ")
    r.bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(5)
    return p


def area(title, scope):
    doc.add_heading(title, level=1)
    para(scope, italic=True, size=9, color=GREY)


def evidence_head():
    para("Evidence and comment", bold=True, size=10, after=3)


# ------------------------------------------------------------------ footnotes
FN_XML = (
    '<w:footnotes %s>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>' % nsdecls("w")
)
fn_root = parse_xml(FN_XML)
_fn = [0]


def footnote(paragraph, text):
    _fn[0] += 1
    fid = str(_fn[0])
    fn = OxmlElement("w:footnote")
    fn.set(qn("w:id"), fid)
    p = OxmlElement("w:p")
    pPr = OxmlElement("w:pPr")
    ps = OxmlElement("w:pStyle")
    ps.set(qn("w:val"), "FootnoteText")
    pPr.append(ps)
    p.append(pPr)
    r1 = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r1.append(rPr)
    r1.append(OxmlElement("w:footnoteRef"))
    p.append(r1)
    r2 = OxmlElement("w:r")
    rPr2 = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "16")
    rPr2.append(sz)
    r2.append(rPr2)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = " " + text
    r2.append(t)
    p.append(r2)
    fn.append(p)
    fn_root.append(fn)
    # reference in the body
    rr = OxmlElement("w:r")
    rPr3 = OxmlElement("w:rPr")
    va3 = OxmlElement("w:vertAlign")
    va3.set(qn("w:val"), "superscript")
    rPr3.append(va3)
    rr.append(rPr3)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), fid)
    rr.append(ref)
    paragraph._p.append(rr)


# ------------------------------------------------------------------ header/footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("Northcote Dyslexia Society  |  Professional Development  |  PQASSO self-assessment: "
                "National Award for SENCOs  |  Version 1.2, February 2009")
hr.font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Registered charity. PQASSO quality areas \u00a9 Charities Evaluation Services; the indicators are "
                "the Society's own.   Page ")
fr.font.size = Pt(7.5)
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
r_ = OxmlElement("w:r")
t_ = OxmlElement("w:t")
t_.text = "1"
r_.append(t_)
fld.append(r_)
fp._p.append(fld)

# ------------------------------------------------------------------ front matter
para("NORTHCOTE DYSLEXIA SOCIETY", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para("Quality Self-Assessment (PQASSO, Level 2)", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para("The National Award for SENCOs: Postgraduate Certificate in Special Educational Needs Coordination",
     size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para("Pre-launch self-assessment, completed January 2009; version 1.2 approved by the Education Committee, "
     "16 February 2009", italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

box([
    "Every service the Society runs, from the Parent Helpline to our tuition centres, assesses itself each year "
    "against PQASSO. Before launching the National Award we asked a working group to assess the Award in the "
    "same way, honestly, before the first participant arrives. We are sending the TDA that self-assessment as "
    "it stands, because it is the fullest and most candid account we have of how the Award will run, and where "
    "it is not yet ready. Appendix A, The Award at a glance, and Appendix B, the Outcome Record, describe the "
    "programme itself and were written with the panel in mind.",
    "Dr Fiona Castellane, Director of Professional Development, 3 March 2009",
], fill="FFF2CC", title="A note for the TDA approval panel")

doc.add_heading("About this self-assessment", level=1)
p_about = para("PQASSO sets out twelve quality areas, each at three levels.", after=4)
footnote(p_about, "PQASSO: Practical Quality Assurance System for Small Organisations, third edition, Charities "
         "Evaluation Services, 2008. We use its twelve quality areas; the indicators below are our own, written "
         "for the Award, at the level the Society works to (Level 2).")
para("For each area the working group agreed indicators for the Award, rated the Award against each, and wrote "
     "down the evidence. The working group met four times between 24 November 2008 and 26 January 2009. Its "
     "members were Dr Fiona Castellane (chair), Bernadette Nolan (Award Programme Leader), two hub tutors, a "
     "trustee (Graham Whitely, a retired secondary headteacher), and two SENCOs from member schools, Anita "
     "Rowe (Wrexford) and Paul Danso (Haverleigh). Where the group could not agree on a rating, it chose the "
     "lower one.")
para("Where a rating is Partly or Not yet, the action is listed in the improvement plan (Appendix C).")
box([
    "\u2713 in Yes: we do this now, and can show it.",
    "\u2713 in Partly: we do some of this, or it is in place but untested.",
    "\u2713 in Not yet: we do not do this yet.",
    "Indicator numbers are the Society's own (Quality Area.indicator).",
], fill="F2F2F2", title="How to read the ratings")

# ------------------------------------------------------------------ QA1
area("Quality Area 1: Planning", "Scope: why the Award exists, what it is for, and how it fits the Society's plans.")
grid([
    ("1.1", "The Award has clear, written aims that everyone involved understands", "Y"),
    ("1.2", "The Award is part of the Society's three-year plan and budget", "Y"),
    ("1.3", "We have evidence of the need for the Award", "P"),
    ("1.4", "We review the Award's plan each year", "Y"),
])
evidence_head()
ev("1.1", "The aims, printed in the participant handbook and agreed by the Education Committee: the Award gives "
   "teachers new to the role of SENCO the knowledge, skills and confidence to lead provision in their schools so "
   "that pupils with special educational needs and disabilities make better progress and reach higher standards, "
   "especially in reading, writing and mathematics. Of course we care about children's happiness as much as "
   "their results, and, as a Society founded by parents, we see parents as partners in everything we do.")
ev("1.2", "The Award is objective 3 of the Society's Plan 2008-2011 (\u201ceducating the educators\u201d). The "
   "2009-10 budget assumes 64 participants across the four hubs and breaks even at 48.")
p13 = ev("1.3", "We know from our Helpline and our members what new SENCOs need: the Helpline hears every week from "
   "parents whose school's SENCO is new to the job and unsure of the Code of Practice, and our member schools "
   "tell us they cannot find training that fits around a teaching timetable. The Government's intention that "
   "new SENCOs gain a national qualification will add to the demand. We have not yet surveyed schools or "
   "local authorities formally about the Award.")
footnote(p13, "The Parent Helpline answered 9,412 calls in 2007-08, most from parents of primary-age children; "
         "its volunteers help parents prepare for meetings with their child's school.")
ev("1.4", "The Education Committee reviews the Plan each June, using the annual report described under Quality "
   "Area 11.")

# ------------------------------------------------------------------ QA2
area("Quality Area 2: Governance", "Scope: who is accountable for the Award, and the agreement with our validating "
     "university.")
grid([
    ("2.1", "Trustees oversee the Award through a named committee", "Y"),
    ("2.2", "Trustees have the information they need to hold the Award to account", "Y"),
    ("2.3", "There is a signed agreement with the validating university", "Y"),
])
evidence_head()
ev("2.1", "The Education Committee (five trustees, two of them former headteachers) oversees all the Society's "
   "training and receives a report on the Award at each of its four meetings a year.")
ev("2.2", "Each report gives recruitment, withdrawals, results and evaluation summaries, and the progress of the "
   "improvement plan.")
p23 = ev("2.3", "Brockhurst University validated the Award as a Postgraduate Certificate in Special Educational "
         "Needs Coordination, 60 credits at Level 7 (masters level), on 9 December 2008, for five years from "
         "September 2009. The memorandum of agreement was signed on 14 January 2009. Participants register "
         "as students of the University and the University awards the Certificate.")
footnote(p23, "The validation panel set two conditions, both about assessment, which must be met before the first "
         "assessments in June 2010; see indicator 11.5.")

# ------------------------------------------------------------------ QA3
area("Quality Area 3: Leadership and management", "Scope: who runs the Award day to day.")
grid([
    ("3.1", "There is a named leader with enough time to run the Award", "Y"),
    ("3.2", "Everyone knows who is responsible for what", "Y"),
    ("3.3", "Problems are dealt with quickly", "P"),
])
evidence_head()
ev("3.1", "Bernadette Nolan leads the Award (0.8 of a full-time post) and reports to the Director of Professional "
   "Development.")
ev("3.2", "The Award Handbook for tutors sets out the duties of the Programme Leader, hub tutors, the e-tutor "
   "coordinator, Critical Friends and Partner Setting hosts. A one-page summary is given to every participant and "
   "their headteacher.")
ev("3.3", "Complaints follow the Society's complaints procedure; participants may also use the University's. We "
   "rated this Partly because the procedure has not yet been tested with a cohort of teachers.")

# ------------------------------------------------------------------ QA4
area("Quality Area 4: User-centred service", "Scope: the participants (our users), from application to completion.")
grid([
    ("4.1", "Our entry requirements are clear and fairly applied", "Y"),
    ("4.2", "We find out what each participant already knows and can do", "Y"),
    ("4.3", "Each participant has an individual learning plan", "P"),
    ("4.4", "Prior learning is recognised", "P"),
    ("4.5", "Participants are checked as safe to work with children", "Y"),
    ("4.6", "Experienced SENCOs can be assessed without taking the course", "Y"),
    ("4.7", "The Award fits around participants' working lives", "Y"),
    ("4.8", "Participants are supported between face-to-face sessions", "P"),
    ("4.9", "Our service is accessible to everyone", "Y"),
    ("4.10", "Participants can influence how the Award is run", "Y"),
    ("4.11", "Participants leave with a plan for their next steps", "N"),
])
evidence_head()
ev("4.1", "Applicants must hold Qualified Teacher Status, be working as a SENCO (or be named to become one within "
   "a year) in a school in England, and have the written support of their headteacher, who agrees to time in "
   "school for the portfolio work and to release for the two Partner Setting days. Places at each hub are allocated "
   "in order of receipt of complete applications.")
ev("4.2", "Each participant completes the Starting Profile before the Induction Day: for each of the 29 outcomes in "
   "the Outcome Record (Appendix B) they rate themselves from 1 (new to me) to 4 (I do this confidently and can "
   "show it) and note their evidence.")
ev("4.3", "At the induction tutorial the hub tutor goes through the Starting Profile with the participant and, "
   "where possible, their Critical Friend, and they agree an Individual Learning Plan: the five to eight outcomes "
   "the participant will give most attention to, personal targets for each, which online units to study in depth "
   "and which to skim, and which portfolio item will carry the main evidence. The ILP is reviewed at the "
   "tutorial at each Seminar Saturday and updated on Northcote Online. We rated this Partly only because the ILP "
   "form was finalised in January and has not yet been used with a cohort.")
ev("4.4", "We do not award credit for prior learning, and no participant is exempted from any portfolio item, "
   "because each participant must show every outcome in their own school now. Prior learning is recognised in "
   "other ways: the ILP lets experienced participants skip online units they have already covered, and 4.6 "
   "offers experienced SENCOs a route without the taught programme.")
ev("4.5", "Section D of the application form must be completed by the headteacher, who confirms the date and "
   "number of the applicant's current enhanced CRB disclosure, that the applicant is not barred from working with "
   "children (List 99), and that there are no current disciplinary proceedings or concerns about the applicant's "
   "conduct. The Programme Leader checks that Section D is complete before a place is offered. Where the "
   "disclosure is more than three years old, or the applicant has not worked in a school in the last three "
   "months, the Society obtains a new enhanced disclosure through its Registered Body before the Induction Day.")
p46 = ev("4.6", "Direct Assessment: in exceptional cases a teacher who has led SEN provision in a school for at "
         "least three years may apply to be assessed without taking the taught programme. The Programme Leader "
         "interviews the applicant and reviews their Starting Profile; if the application is accepted, the "
         "candidate submits the full portfolio (P1 to P5) within nine months, with the same Outcome Record and "
         "the same viva, marked in the same way as for taught participants.")
footnote(p46, "The Direct Assessment fee is \u00a3750, against \u00a31,550 for the taught route.")
ev("4.7", "There are three start points (September, January and April) and four hubs (Linbury, Wrexford, "
   "Haverleigh, Tamsbridge). Face-to-face teaching is on six Saturdays, so no school loses its SENCO on a teaching "
   "day for it; the ten online units can be studied at any time within the term they belong to. Participants "
   "normally complete in twelve months and may take up to eighteen. A participant who misses a Seminar Saturday "
   "can attend it at another hub or, if that is not possible, complete the recorded version online with a "
   "follow-up call from the tutor.")
ev("4.8", "Between Saturdays: each online unit has a forum moderated by the e-tutor team, who reply to questions "
   "within two working days; each hub tutor runs a live online tutorial (Elluminate) every fortnight in term; "
   "participants meet in learning sets of five or six, in a member school near them, once a month after school, "
   "facilitated by a Critical Friend; and tutors can be reached by email and telephone. Headteachers receive a "
   "termly email from the Programme Leader on what their SENCO is working on. We rated this Partly because the "
   "Tamsbridge learning sets depend on recruiting two more Critical Friends.")
ev("4.9", "As a disability charity, equality is at the heart of everything we do, and our tutors understand "
   "dyslexia better than anyone. Any participant who needs an adjustment can talk to their tutor. All four hubs "
   "are in accessible buildings.")
ev("4.10", "Each hub elects a participant representative who attends the termly Award team meeting.")
ev("4.11", "Not yet. The last Seminar Saturday is taken up with the portfolio and the viva, and we have not "
   "designed anything for the end of the course beyond that. See Appendix C, action 6.")

# ------------------------------------------------------------------ QA5
area("Quality Area 5: Managing people", "Scope: tutors, associate tutors, Critical Friends and Partner Setting "
     "hosts.")
grid([
    ("5.1", "Tutors are qualified and experienced for what they teach", "Y"),
    ("5.2", "Everyone knows their role and responsibilities", "Y"),
    ("5.3", "All staff and volunteers who work with children have enhanced CRB checks", "Y"),
    ("5.4", "Staff and volunteers are supervised and supported", "Y"),
])
evidence_head()
ev("5.1", "The Award team is Bernadette Nolan (Programme Leader; BEd, MA in SpLD, the Society's Diploma in "
   "Specialist Teaching; 14 years a specialist teacher), Imran Bashir (Wrexford; BSc, PGCE, the Society's "
   "Diploma; former local authority dyslexia support teacher), Kathryn Moss (Haverleigh; BA, PGCE, MEd; "
   "specialist teacher and assessor), Owen Tregear (Tamsbridge; BEd, the Society's Diploma; Society tutor since "
   "1996) and Lucy Fenwick (e-tutor coordinator; BA, PGCE, MA in Online Learning). All are experienced tutors of "
   "the Society's Diploma and hold current assessment practising certificates. None of the team has yet led "
   "SEN provision across a whole school; we are recruiting an associate tutor with recent experience as a "
   "SENCO (Appendix C, action 3).")
ev("5.2", "Tutors have a job description and the Award Handbook for tutors, and attended an Award induction day "
   "on 10 January 2009. Critical Friends are experienced SENCOs from member schools, recruited by application "
   "and reference; fourteen attended a training day on 24 January 2009 on the Award, the outcomes, the ILP, "
   "facilitating learning sets and what a Critical Friend does and does not do (they support; they do not mark), "
   "and have the Critical Friend Handbook, with a half-day refresher each term. Partner Setting hosts receive a "
   "written host brief and a briefing call from the hub tutor before their first visitor.")
ev("5.3", "All Society staff and volunteers who teach or meet children, including tutors and Helpline volunteers "
   "who visit families, have enhanced disclosures, renewed every three years.")
ev("5.4", "Hub tutors meet the Programme Leader monthly; Critical Friends can call their hub tutor at any time, "
   "and meet as a group at each refresher.")

# ------------------------------------------------------------------ QA6
area("Quality Area 6: Learning and development", "Scope: keeping the Award team's knowledge and skills up to date.")
grid([
    ("6.1", "Each member of the team has a development plan", "Y"),
    ("6.2", "The team keeps up to date with research and policy", "Y"),
])
evidence_head()
ev("6.1", "Annual appraisal sets each tutor's development objectives; each tutor has five days a year for their "
   "own development.")
ev("6.2", "The Society's research officer, Dr Hannah Lowther, writes a termly research digest for tutors and "
   "participants; the spring 2009 digest covers Brooks' What Works for Children with Literacy Difficulties (2007), "
   "the Bercow Review of services for children with speech, language and communication needs (2008), Ofsted's "
   "Inclusion: does it matter where pupils are taught? (2006) and the evidence emerging from the Lamb Inquiry. "
   "Seminar Saturday 2 is built on these; the online units will be revised when Sir Jim Rose's review of "
   "provision for dyslexia reports.")

# ------------------------------------------------------------------ QA7
area("Quality Area 7: Managing money", "Scope: fees, costs and value for money.")
grid([
    ("7.1", "Fees are clear and fair", "Y"),
    ("7.2", "The Award gives value for money to participants and schools", "Y"),
])
evidence_head()
p71 = ev("7.1", "The fee for the taught route in 2009-10 is \u00a31,550, payable in three instalments; there are no "
         "extra charges for Partner Setting days or materials.")
footnote(p71, "A bursary fund of \u00a312,000 from the Society's Schools Appeal meets half the fee for up to "
          "fifteen participants from schools with fewer than 150 pupils; applications are decided by the "
          "Programme Leader and the Director of Professional Development.")
ev("7.2", "Saturday teaching means no supply cover for taught days; the online units and learning sets replace "
   "further days out of school. Participants choose through the ILP where to spend their time, so time is not "
   "spent on what they already know.")

# ------------------------------------------------------------------ QA8
area("Quality Area 8: Managing resources", "Scope: venues, learning materials, library and ICT.")
grid([
    ("8.1", "Venues are suitable and accessible", "Y"),
    ("8.2", "Participants have the learning resources they need", "P"),
    ("8.3", "ICT supports learning and communication", "Y"),
])
evidence_head()
ev("8.1", "The four hubs are the Society's own centres at Linbury and Wrexford and rented rooms at Haverleigh "
   "College and Tamsbridge Teachers' Centre.")
ev("8.2", "The Society's library at Linbury is the largest specialist collection on dyslexia in the country, and "
   "posts books to participants. Its holdings on the wider range of SEN are thin. We have budgeted \u00a34,000 to "
   "build a collection on the other areas of need, and are discussing with Brockhurst University access to its "
   "library and electronic journals for participants (Appendix C, actions 5 and 7).")
ev("8.3", "Northcote Online (Moodle) holds the ten online units, the forums, the ILP, the recorded Saturday sessions "
   "and portfolio submission; it has a help desk on weekdays and on Seminar Saturdays. Each hub has an assistive "
   "technology room.")

# ------------------------------------------------------------------ QA9
area("Quality Area 9: Communications and promotion", "Scope: how people find out about the Award.")
grid([
    ("9.1", "Information about the Award is accurate and easy to read", "Y"),
    ("9.2", "We reach schools that do not already know the Society", "P"),
])
evidence_head()
ev("9.1", "The Award leaflet and web pages follow the Society's dyslexia style guide: plain sans-serif type, cream "
   "paper, no justified text.")
ev("9.2", "Most enquiries so far come from member schools. Local authority SEN teams have agreed to send the "
   "leaflet to their SENCO networks in the summer term.")

# ------------------------------------------------------------------ QA10
area("Quality Area 10: Working with others", "Scope: the University, local authorities, schools and other partners.")
grid([
    ("10.1", "We work well with our validating university", "Y"),
    ("10.2", "Participants have access to specialist settings and expertise", "P"),
    ("10.3", "Partners are involved in running and reviewing the Award", "Y"),
    ("10.4", "Partners have influenced the way the Award is designed", "N"),
])
evidence_head()
ev("10.1", "Brockhurst's link tutor, Dr Simon Arkwright, attends the termly Award team meeting.")
ev("10.2", "Each participant spends two days in a Partner Setting: a special school, a pupil referral unit or a "
   "local authority specialist service (for example a language unit or sensory support team). The Society keeps a "
   "list of 22 settings across the four regions that have signed a host agreement; the hub tutor arranges each "
   "placement, and the participant works to a visit brief linked to P2. Guest speakers on Seminar Saturday 4 "
   "include an educational psychologist, a speech and language therapist and a local authority SEN officer. We "
   "rated this Partly because Haverleigh has only four settings so far.")
ev("10.3", "The Award Advisory Group, whose terms of reference were agreed on 20 January 2009, has two local "
   "authority SEN officers, two headteachers, a Parent Partnership officer, a parent from the Helpline volunteer "
   "panel and a former Diploma participant. It meets each term, receives the evaluation summaries and the annual "
   "report, and sends its advice to the Education Committee. Its members also speak on Seminar Saturday 4 and two "
   "of them host Partner Setting days.")
ev("10.4", "Not yet. The Award was written by our tutor team in the summer of 2008, and partners have not yet "
   "shaped it. See Appendix C, action 8.")

# ------------------------------------------------------------------ QA11
area("Quality Area 11: Monitoring and evaluation", "Scope: how we find out how well the Award is working and act "
     "on it.")
grid([
    ("11.1", "We collect participants' views regularly", "Y"),
    ("11.2", "We use what we learn to improve the Award", "Y"),
    ("11.3", "We use outside views to check the Award", "P"),
    ("11.4", "We monitor who applies, who completes and who does not", "Y"),
    ("11.5", "Assessment decisions are checked for consistency", "N"),
])
evidence_head()
ev("11.1", "An evaluation form at the end of each Seminar Saturday, a poll at the end of each online unit, and the "
   "participant representatives' reports to the termly team meeting.")
ev("11.2", "The team reviews the evaluations each term and improves the next term's sessions and units.")
ev("11.3", "External evaluation will be arranged with the University once the Award is running.")
ev("11.4", "Applications, starts, withdrawals and completions, by hub, gender, ethnicity and disability, are "
   "reported to the Education Committee each term.")
ev("11.5", "Not yet. The validation panel's two conditions require us to agree with Brockhurst a moderation "
   "procedure and the appointment of an external examiner before the first assessments in June 2010. Until "
   "then, each portfolio is marked by the participant's own hub tutor. See Appendix C, action 4.")

# ------------------------------------------------------------------ QA12
area("Quality Area 12: Results", "Scope: the difference the Award makes.")
grid([
    ("12.1", "We know what difference we intend to make", "Y"),
    ("12.2", "We can show the difference our services make to learners", "Y"),
    ("12.3", "We can show the difference the Award makes to participants and their pupils", "N"),
])
evidence_head()
ev("12.1", "The intended results are the Award's aims (1.1) and the 29 outcomes in the Outcome Record.")
ev("12.2", "Learners taught at the Society's tuition centres in 2007-08 made an average ratio gain of 2.1 in reading "
   "accuracy over a term of twice-weekly lessons, and 88 per cent of their parents rated the service good or "
   "excellent.")
ev("12.3", "Not yet. We have not yet decided how to measure the Award's effect on participants or on the pupils in "
   "their schools. We hope to ask participants to collect evidence of pupils' progress once the first cohort is "
   "under way (Appendix C, action 9).")

# ------------------------------------------------------------------ Summary
doc.add_heading("Summary of ratings", level=1)
sm = doc.add_table(rows=14, cols=4)
sm.style = "Table Grid"
sdata = [["Quality area", "Yes", "Partly", "Not yet"],
         ["1 Planning", "3", "1", "0"], ["2 Governance", "3", "0", "0"], ["3 Leadership and management", "2", "1", "0"],
         ["4 User-centred service", "7", "3", "1"], ["5 Managing people", "4", "0", "0"],
         ["6 Learning and development", "2", "0", "0"], ["7 Managing money", "2", "0", "0"],
         ["8 Managing resources", "2", "1", "0"], ["9 Communications and promotion", "1", "1", "0"],
         ["10 Working with others", "2", "1", "1"], ["11 Monitoring and evaluation", "3", "1", "1"],
         ["12 Results", "2", "0", "1"], ["Total", "", "", ""]]
yes = sum(int(r[1]) for r in sdata[1:13])
par_ = sum(int(r[2]) for r in sdata[1:13])
no = sum(int(r[3]) for r in sdata[1:13])
sdata[13] = ["Total (%d indicators)" % (yes + par_ + no), str(yes), str(par_), str(no)]
for i, row in enumerate(sdata):
    for j, v in enumerate(row):
        rr = sm.cell(i, j).paragraphs[0].add_run(v)
        rr.font.size = Pt(9)
        if i in (0, 13):
            rr.bold = True
    if i == 0:
        for j in range(4):
            shade(sm.cell(i, j), "DDEBF7")
doc.add_paragraph()

# ------------------------------------------------------------------ Appendix A
doc.add_page_break()
doc.add_heading("Appendix A: The Award at a glance", level=1)
para("Postgraduate Certificate in Special Educational Needs Coordination (the National Award for SENCOs). "
     "Brockhurst University; 60 credits at Level 7. One year part-time (up to eighteen months).", italic=True,
     size=9)
doc.add_heading("How the year is organised", level=2)
para("Induction Day (face to face, at the hub): the Award, the Outcome Record, the Starting Profile and the ILP "
     "tutorial, Northcote Online, and meeting the Critical Friend.")
para("Six Seminar Saturdays (10.00 to 3.30 at each hub), each followed by one or two online units on Northcote "
     "Online that take the topic further, with tasks to try out in school and discuss in the learning set:")
sats = [
    ("Seminar Saturday 1 (Units 1 and 2). The SENCO in law and policy.",
     "The Education Act 1996 and the SEN Code of Practice (2001); the Special Educational Needs and Disability Act "
     "2001; the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and "
     "accessibility planning; Every Child Matters, its five outcomes and the Children Act 2004; Removing Barriers "
     "to Achievement; the SENCO Regulations 2008; what each means for the school, the governors and the SENCO."),
    ("Seminar Saturday 2 (Units 3 and 4). Understanding special educational needs.",
     "Behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; speech, "
     "language and communication needs; autistic spectrum disorders; moderate learning difficulties; how each "
     "affects learning. What research and inspection tell us works (the spring research digest); approaches, "
     "resources and ICT, including assistive technology, to remove barriers and personalise provision."),
    ("Seminar Saturday 3 (Units 5 and 6). Identifying needs, assessing and tracking progress.",
     "Observation, school data and standardised tests; reading and using the reports of educational psychologists, "
     "therapists and advisory teachers; setting targets, planning interventions and reviewing them; tracking "
     "progress with national tests, P scales and school data, and changing course when progress stalls; "
     "identifying early the access arrangements pupils need for national tests and public examinations and "
     "putting them in place in class and in the examination room; helping colleagues develop assessment for "
     "learning with pupils who have SEN."),
    ("Seminar Saturday 4 (Unit 7). Pupils' voices and the team around the child.",
     "Respectful relationships with pupils who have SEN or disabilities; consulting pupils, person-centred reviews "
     "and involving pupils in planning and reviewing their provision; the work of local services, health "
     "professionals and voluntary organisations and how to obtain their help; preparing for the Partner Setting "
     "days. Guest speakers from the Award Advisory Group and local services."),
    ("Seminar Saturday 5 (Units 8 and 9). Leading and influencing.",
     "Working with the headteacher, senior leaders and governors on the school's inclusive ethos, policy, "
     "priorities and budget; winning colleagues' commitment; coaching, mentoring, observing and giving feedback, "
     "and leading training for colleagues; anticipating problems and making sound decisions about provision; "
     "speaking and writing clearly and listening to others."),
    ("Seminar Saturday 6 (Unit 10). Mapping and reviewing provision.",
     "Provision mapping and management; reviewing with colleagues whether provision is working, and finding what "
     "is missing or ineffective; using research and outside advice in a school enquiry; presenting the enquiry."),
]
for head, body in sats:
    p = doc.add_paragraph()
    p.add_run(head + " ").bold = True
    p.add_run(body)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.space_after = Pt(5)
para("Learning sets meet monthly between Saturdays (4.8). Partner Setting days: two days, normally in the spring "
     "term (10.2). Critical Friend: three visits to the participant's school during the year.")

doc.add_heading("How the Award is assessed", level=2)
para("The Award is assessed by a portfolio of five items and a viva. Every item is done in the participant's own "
     "school. Each item lists what it must show; the tutor records the evidence for each outcome in the Outcome "
     "Record (Appendix B).")
items = [
    ("P1 Policy and role audit (3,000 words).",
     "An audit of the school's SEN policy, accessibility plan and practice against the Code of Practice, the "
     "disability equality duty and the five Every Child Matters outcomes, with an action plan agreed with the "
     "headteacher and presented to the governing body or its committee. It must show: knowledge of SEN law and "
     "guidance and how to apply it; the Every Child Matters outcomes and the SENCO's part in them; disability "
     "equality law and what it requires; work with senior leaders and governors on strategy, policy and resources; "
     "and how the participant won the head's and colleagues' commitment."),
    ("P2 Pupil case study (4,000 words).",
     "One pupil, followed over at least a term: identification from observation, data and assessment; the "
     "assessments of at least one other professional and how they shaped teaching; targets, intervention and "
     "review, using summative data including national tests; a record of the participant's meetings with the "
     "pupil's parents or carers and how they were involved; a map of the services and voluntary organisations "
     "involved with the pupil and how the participant worked with them; and the pupil's development and what has "
     "affected it. Part B is a short guide for staff (1,000 words) to the five main areas of need, with approaches "
     "and resources, including ICT, for each."),
    ("P3 Pupil voice and access project (2,500 words).",
     "Working with a group of pupils with SEN or disabilities to find out their views of their provision and "
     "involve them in reviewing it, showing fair and respectful relationships with them; and identifying, in good "
     "time, the access arrangements the group needs for national tests or examinations and how they were put in "
     "place."),
    ("P4 Leading provision: a school enquiry (4,000 words).",
     "A provision map and an enquiry into one area of provision, carried out with colleagues: the research and "
     "outside advice behind it; how the participant supported colleagues through observation and feedback, "
     "coaching or training, including colleagues' use of assessment for learning; how teaching assistants were "
     "deployed and managed; a term planner showing how the participant prioritised the work and delegated tasks; "
     "a log of the main decisions and the reasons for them; and the evaluation of the provision with colleagues, "
     "written as a contribution to the school's self-evaluation and improvement plan."),
    ("P5 Professional learning record.",
     "A record of the participant's reading, courses and professional conversations during the year, with a "
     "reflection on how each has changed their practice and kept them up to date."),
    ("Viva (30 minutes).",
     "Two tutors discuss the portfolio with the participant, who explains and justifies their decisions and "
     "responds to questions."),
]
for head, body in items:
    p = doc.add_paragraph()
    p.add_run(head + " ").bold = True
    p.add_run(body)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.space_after = Pt(5)
para("The award rule. Brockhurst University's Board of Examiners recommends the Award only when the participant "
     "has passed the viva and the Outcome Record shows every one of the 29 outcomes signed off by the tutor "
     "against evidence in the portfolio. A participant with outcomes not yet signed off may add evidence within "
     "three months.", after=6)

# ------------------------------------------------------------------ Appendix B
doc.add_page_break()
doc.add_heading("Appendix B: Outcome Record (blank)", level=1)
para("Participant: ____________________   Hub: ____________   Tutor: ____________________", size=9)
orows = [
    ("GROUP", "Being a SENCO: professional attributes"),
    ("1", "Builds fair, respectful and supportive relationships with pupils with SEN or disabilities and their parents or carers"),
    ("2", "Wins the commitment of the headteacher, senior leaders and colleagues"),
    ("3", "Prioritises, manages time and delegates, making sure delegated tasks are done"),
    ("4", "Anticipates and solves problems and makes sound decisions about provision"),
    ("5", "Speaks and writes clearly; listens to and understands others"),
    ("6", "Uses research and outside advice to improve own and colleagues' practice"),
    ("7", "Keeps up to date and takes charge of own professional development"),
    ("GROUP", "Knowing: knowledge and understanding"),
    ("8", "SEN law and guidance, including the Code of Practice, and putting it into practice"),
    ("9", "Every Child Matters: principles, outcomes and the SENCO's part"),
    ("10", "Disability equality law and the actions it requires"),
    ("11", "How children develop, and how SEN, disability and surroundings affect development"),
    ("12", "The main types of SEN and disability and how they affect learning"),
    ("13", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching"),
    ("14", "School self-evaluation and improvement, and SEN outcomes"),
    ("15", "Research and best practice in meeting SEN"),
    ("16", "External agencies: what they do and how to get their help"),
    ("GROUP", "Doing: skills"),
    ("17", "Shapes the school's inclusive ethos, policy, priorities and resources with senior colleagues and governors"),
    ("18", "Identifies needs, sets challenging targets, plans interventions and reviews progress"),
    ("19", "Uses other professionals' assessments to develop teaching"),
    ("20", "Uses summative assessment, including national tests, to track progress and adjust provision"),
    ("21", "Encourages colleagues' formative assessment, including for pupils with SEN"),
    ("22", "Identifies and arranges access arrangements for tests and examinations in good time"),
    ("23", "Uses provision mapping and management; finds missing or ineffective provision"),
    ("24", "Deploys and manages staff effectively"),
    ("25", "Supports colleagues' professional development"),
    ("26", "Reviews provision with staff to inform the school's self-evaluation"),
    ("27", "Involves pupils in planning, agreeing and reviewing their provision"),
    ("28", "Liaises effectively with parents and carers"),
    ("29", "Works in partnership with other services and voluntary organisations"),
]
ot = doc.add_table(rows=len(orows) + 1, cols=5)
ot.style = "Table Grid"
for j, h in enumerate(["No.", "Outcome", "Evidence (item and page)", "Signed off (tutor)", "Date"]):
    c = ot.cell(0, j)
    shade(c, "DDEBF7")
    rr = c.paragraphs[0].add_run(h)
    rr.bold = True
    rr.font.size = Pt(8.5)
for i, (n, txt) in enumerate(orows, start=1):
    if n == "GROUP":
        mc = ot.cell(i, 0).merge(ot.cell(i, 4))
        rr = mc.paragraphs[0].add_run(txt)
        rr.bold = True
        rr.font.size = Pt(8.5)
        shade(mc, "F2F2F2")
        continue
    for j, v in enumerate([n, txt, "", "", ""]):
        rr = ot.cell(i, j).paragraphs[0].add_run(v)
        rr.font.size = Pt(8.5)
for row in ot.rows:
    for j, w in enumerate([1.0, 8.2, 3.6, 2.4, 1.6]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

# ------------------------------------------------------------------ Appendix C
doc.add_heading("Appendix C: Improvement plan", level=1)
imp = [
    ["No.", "Action", "Indicator", "Lead", "By", "Status"],
    ["1", "Finalise the Individual Learning Plan form", "4.3", "BN", "Jan 2009", "Completed"],
    ["2", "Train the first Critical Friends", "5.2", "BN", "Jan 2009", "Completed (14 trained, 24 January)"],
    ["3", "Recruit an associate tutor with recent SENCO experience", "5.1", "FC", "Apr 2009", "In progress"],
    ["4", "Agree moderation procedure and external examiner with Brockhurst", "11.5", "FC", "Before June 2010", "Not started"],
    ["5", "Build a library collection on the wider range of SEN", "8.2", "Librarian", "Dec 2009", "Budget agreed"],
    ["6", "Design an end-of-course review", "4.11", "BN", "To be set", "Not started"],
    ["7", "Agree library access for participants with Brockhurst", "8.2", "FC", "Sep 2009", "In discussion"],
    ["8", "Ask partners for their views on the design of the Award", "10.4", "BN", "Summer 2009", "Not started"],
    ["9", "Decide how to measure the Award's impact on participants and pupils", "12.3", "BN / HL", "To be set", "Not started"],
    ["10", "Recruit two more Critical Friends for Tamsbridge", "4.8", "OT", "Jul 2009", "In progress"],
]
it = doc.add_table(rows=len(imp), cols=6)
it.style = "Table Grid"
for i, row in enumerate(imp):
    for j, v in enumerate(row):
        rr = it.cell(i, j).paragraphs[0].add_run(v)
        rr.font.size = Pt(8.5)
        if i == 0:
            rr.bold = True
            shade(it.cell(i, j), "DDEBF7")
para("")
para("BN Bernadette Nolan; FC Fiona Castellane; HL Hannah Lowther; OT Owen Tregear.", size=8, color=GREY)

# ------------------------------------------------------------------ footnotes part
from lxml import etree
fn_part = Part(PackURI("/word/footnotes.xml"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
               etree.tostring(fn_root, xml_declaration=True, encoding="UTF-8", standalone=True),
               doc.part.package)
doc.part.relate_to(fn_part, RT.FOOTNOTES)
settings = doc.settings.element
fpr = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % nsdecls("w"))
# footnotePr belongs early in w:settings (after w:characterSpacingControl / before w:compat)
compat = settings.find(qn("w:compat"))
if compat is not None:
    compat.addprevious(fpr)
else:
    settings.append(fpr)

# FootnoteText style, if the template lacks it
styles_el = doc.styles.element
if not any(s.get(qn("w:styleId")) == "FootnoteText" for s in styles_el.findall(qn("w:style"))):
    styles_el.append(parse_xml(
        '<w:style %s w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>' % nsdecls("w")))

doc.save(OUT)
print("wrote", OUT)
