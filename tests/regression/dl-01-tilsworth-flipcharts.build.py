"""Build dl-01-tilsworth-flipcharts.docx (blind test application).

PROVIDER
  Tilsworth and Marden College (invented), a general further education college
  with a Higher Education Centre on its Marden Campus. Its higher education
  awards are validated by the University of Eastholme (invented). Partners:
  Marden County Council and Tilsworth Borough Council (invented), their Parent
  Partnership Service and educational psychology service, Marden Hill School
  (special school, invented). Award: Postgraduate Certificate in Special
  Educational Needs Coordination (National Award for SEN Coordination), three
  20-credit units, 60 credits at Level 7. People: Dr Helen Ashworth (Head of
  HE), Janet Thorne (course leader), Owen Prys (lecturer), Dr Rukhsana Malik
  (Eastholme link tutor), Claire Dunmore (Marden CC SEN adviser), Bev Okafor
  (Parent Partnership), Sanjay Lall (EP), Gill Royce and Mike Henshaw (heads),
  Tom Keogh (College Learning Support manager), Lisa Brennan (typist).

KIND OF DOCUMENT
  The typed-up record of a one-day course development workshop: flipchart
  sheets and sticky notes copied out as they were left at the end of the day,
  sent (with a covering note and the later Course Outline) as the application.
  Not minutes: there is no chair's narrative, no resolutions; there are sticky
  notes, dot votes, crossed-out words, margin notes, a parking lot and an
  actions table with a status column.

LAYOUT
  - Cover block (bold typed lines, no heading styles), a "Note to the approval
    panel", a key table of the marks used, a table of who was there.
  - Twenty "SHEET n - TITLE" blocks. Titles are bold capitalised Normal
    paragraphs on grey shading; under each an italic line naming the group.
    Items are typed lists with "-" or "*" (never Word lists), each followed by
    a mark: "AGREED" with a tick, "P" (parked) or a cross (dropped), and dot
    votes typed as "(dots x5)" style bullets. Some words are struck through
    with character formatting (w:strike): crossed out on the sheet on the day.
    Marginal notes are typed in square brackets and italics.
  - "SETTLED SINCE" boxes: single-cell shaded tables added after the day.
  - Sheet 18: an outcome table typed from two taped flipcharts (outcome in
    the group's shorthand, Taught, Assessed, Notes), with a struck-through
    cell, "?", "log only", "-" and a blanket claim under it.
  - Sheet 20: actions table with a "Status at 20.02.09" column.
  - Appendix: Course Outline v2 (three tables: the award, units, assignments
    naming the national outcomes each assesses in the College's own words).
  - Two Word comments (not part of the submission). Page header and footer
    (never evidence), the footer carrying the College's equality strapline.

TRAPS (requirement ids affected)
  Agreed, dropped, parked and settled-since marks:
  - 2.3   Assessment-only route only PARKED ("Uni regs??"), action 5 "Not
          started", no settled-since box; a Word comment gives Registry's
          informal "no". -> not_met.
  - 2.1   APCL up to 30 credits AGREED; APEL struck through and crossed
          ("Not for this award"). -> partially_met.
  - 2.2   Self-audit AGREED; individual learning plans PARKED, then settled
          as NOT being written (only the first tutorial planned from the
          audit). -> partially_met.
  - 2.4   Fee and LA contribution concrete, primary/secondary groups; no
          individual plan, one pattern of study. -> partially_met.
  - 3.2   Daytime crossed out, Saturdays struck through and crossed,
          January start parked then settled "not for 2009-10"; only one or two
          years' spread remains. -> partially_met.
  - 3.3   Moodle materials and a group forum AGREED (so e-learning is used);
          online tutor between twilights crossed out ("no hours"). Tutor
          support only at tutorials. -> partially_met.
  - 1.5, 6.S7  Pupil voice PARKED in the morning, then settled since: twilight
          6 and Assignment 2 require the pupil's own views. -> met (a trap in
          the other direction).
  - 4.3   Stakeholders teach, host the visit and mentor (delivery), but the
          steering group that would look at evaluations is only "agreed in
          principle. First meeting to be arranged". -> partially_met.
  - 5.3   "CRB? - They're all employed teachers, schools do it" is AGREED (a
          negative decision); the only safer-recruitment line is about the
          College's tutors (wrong context); a Word comment from the link tutor
          says the University expects checks (comment, not submission).
          -> not_met.
  - 5.6   University library and e-journals agreed; LRC SEN stock "thin",
          book bid and assistive-technology kit PARKED. -> partially_met.
  - 5.9   Self-audit repeated at the end (confidence and competence) AGREED;
          impact on pupils "HOW???" PARKED, action 11 "Not started".
          -> partially_met.
  - 1.3   Unit 1 cites Ofsted 2006 and Unit 2 Bercow 2008, but "Reading list -
          up to date!!" is a dot-voted wish and action 7 (reading list) is
          "Not started". -> partially_met.
  Other provider:
  - 6.S2c Formative assessment left to "the LA's induction course". -> not_met.
  Negation / dropped:
  - 6.K4  "Child development?" crossed out ("they're teachers"). -> not_met.
  - 6.A4  "in everything!" in the Taught column, "-" assessed. -> not_met.
  Struck-through cell:
  - 6.K3  DDA taught in twilight 3; "A1" struck through in the Assessed cell
          with margin note "out - A1 too long"; not in the Outline's list for
          Assignment 1. -> partially_met.
  Formative only ("log only", "not marked", "-"):
  - 6.A3, 6.A7, 6.K9, 6.S2d, 6.S5, 6.S9 -> partially_met.
  Blanket claim:
  - 1.9, 6.0  "Every one of the 29 is covered somewhere in the course" (HA) and
          the award on passing three assignments, which do not assess every
          outcome. -> partially_met.
  Header / footer:
  - Footer "committed to equality of opportunity" is never evidence (3.1 is
    met from Sheet 7 anyway).
  Met in this layout's own way:
  - E.1, E.2 in the settled-since box on Sheet 20 and the Outline (validated
    4 February 2009, 60 credits at Level 7).
  - 4.1, 4.2 from Sheets 2, 3 and 6 (survey figures, Heads' Forum, Parents'
    Forum, and what changed because of them).
  - 5.1, 5.2, 5.4, 5.5, 5.7, 5.8, 2.5, 3.1, 1.1, 1.2, 1.4, 1.6, 1.7, 1.8.
  - Outcomes met through the Outline's assignment table: A1, A2, A5, A6, K1,
    K2, K5, K6, K7, K8, S1, S2, S2a, S2b, S3, S4, S6, S7, S8.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for symmetry)
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dl-01-tilsworth-flipcharts.docx")

TICK = "\u2714"
CROSS = "\u2718"
DOT = "\u25cf"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(3)
st.paragraph_format.space_before = Pt(0)

sec = doc.sections[0]
sec.left_margin = Cm(2.3)
sec.right_margin = Cm(2.3)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.0)


# ------------------------------------------------------------------ helpers
def shade(cell_or_par, fill):
    """Shade a table cell or a paragraph."""
    if hasattr(cell_or_par, "_tc"):
        pr = cell_or_par._tc.get_or_add_tcPr()
    else:
        pr = cell_or_par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def para(text="", bold=False, italic=False, size=None, align=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
    if align:
        p.alignment = align
    return p


def segs(p, parts):
    """parts: list of str or (str, opts) with opts in {'s','b','i','m'}
    s = struck through, b = bold, i = italic, m = margin note (italic, red)."""
    runs = []
    for part in parts:
        if isinstance(part, str):
            runs.append(p.add_run(part))
            continue
        text, opts = part
        r = p.add_run(text)
        if "s" in opts:
            r.font.strike = True
        if "b" in opts:
            r.bold = True
        if "i" in opts or "m" in opts:
            r.italic = True
        if "m" in opts:
            r.font.color.rgb = RGBColor(0xB0, 0x1E, 0x1E)
        runs.append(r)
    return runs


def sheet(num, title, who):
    p = para(f"SHEET {num} \u2014 {title}", bold=True, size=12)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    shade(p, "D9D9D9")
    q = para(who, italic=True, size=9.5)
    q.paragraph_format.keep_with_next = True


def item(parts, mark=None, dots=0, bullet="-"):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    if isinstance(parts, str):
        parts = [parts]
    runs = segs(p, [bullet + " "] + list(parts))
    if dots:
        p.add_run(" (" + DOT * dots + ")")
    if mark == "A":
        r = p.add_run("  " + TICK + " AGREED")
        r.bold = True
    elif mark == "P":
        r = p.add_run("  P")
        r.bold = True
    elif mark == "X":
        r = p.add_run("  " + CROSS)
        r.bold = True
    elif mark == "T":
        r = p.add_run("  " + TICK)
        r.bold = True
    return p, runs


def margin(text):
    """A margin note copied from the sheet: no bullet, indented, red italic."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.4)
    segs(p, [(text, "m")])
    return p


def settled(text, who):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, "FFF2CC")
    p = c.paragraphs[0]
    r = p.add_run("SETTLED SINCE ")
    r.bold = True
    p.add_run("(" + who + "): ").italic = True
    p.add_run(text)
    para()


def table(rows, widths=None, header=True, fill="E7E6E6", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            p = c.paragraphs[0]
            if isinstance(val, list):
                segs(p, val)
            else:
                p.add_run(val)
            for r in p.runs:
                r.font.size = Pt(size)
            if header and i == 0:
                for r in p.runs:
                    r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ------------------------------------------------------------ header/footer
hp = sec.header.paragraphs[0]
hp.text = ("Tilsworth and Marden College \u00b7 HE Centre \u00b7 SENCO Award: "
           "Development Day 20.11.08 \u2014 typed record (v3, 27.02.09)")
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Tilsworth and Marden College is committed to equality of "
                "opportunity for all its learners and staff.   Page ")
fr.font.size = Pt(8)
pr = fp.add_run()
pr.font.size = Pt(8)
add_field(pr, "PAGE")

# ------------------------------------------------------------------ cover
para("TILSWORTH AND MARDEN COLLEGE", bold=True, size=16)
para("Higher Education Centre \u00b7 Marden Campus, Station Road, Marden", size=10)
para()
para("National Award for Special Educational Needs Coordination", bold=True, size=13)
para("Postgraduate Certificate in Special Educational Needs Coordination "
     "(validated by the University of Eastholme)", size=11)
para("Application for approval as a provider, 2009", size=11)
para("Course Development Day: the typed record of the flipcharts, with the Course "
     "Outline", bold=True, size=11)
para()

para("Note to the approval panel", bold=True, size=11)
para("We have chosen to send the panel the typed record of our Course Development "
     "Day rather than write the course up again in fresh words. The day was held in "
     "H block on the Marden Campus on Thursday 20 November 2008. It brought together "
     "the College's teacher education staff, our link tutor from the University of "
     "Eastholme, officers of Marden County Council and Tilsworth Borough Council, the "
     "Parent Partnership Service, two headteachers and six serving SENCOs from local "
     "schools, and it is where this course was made. The Course Outline at the end "
     "(version 2, agreed by the Course Team on 15 January 2009 and the version the "
     "University validated) is the settled summary of what participants study and how "
     "they are assessed.")
para("Everything in the sheets is copied from the flipcharts and sticky notes as they "
     "were left at 4 o'clock, including the crossings-out. Please read them with the key "
     "below: items marked AGREED describe what the College will do, as do the yellow "
     "\"Settled since\" boxes that Janet Thorne added afterwards. Items that were parked "
     "or questioned were not decided on the day and, unless a box follows them, they "
     "remain open. The status column of the actions table (Sheet 20) was brought up to "
     "date on 20 February 2009.")
para("Dr Helen Ashworth, Head of Higher Education, 27 February 2009", italic=True)
para()

para("Key to the marks on the sheets", bold=True)
table([
    ["Mark", "What it means"],
    [TICK + " AGREED", "Agreed by the room on the day"],
    [TICK, "A fact or an existing arrangement, noted and not disputed"],
    ["P", "Parked: not agreed on the day (copied to the Parking Lot, Sheet 19)"],
    [CROSS, "Dropped, or \"not for us\""],
    ["(" + DOT * 3 + ")", "Sticky dots: each participant had five to spend on what mattered most"],
    [["Struck ", ("through", "s")], "Crossed out on the sheet on the day"],
    [[("[in square brackets]", "m")], "A note written in the margin of the sheet (initials where known)"],
], widths=[3.5, 12.5])
para()

para("Who was there", bold=True)
table([
    ["Name", "Role", "Initials on sheets"],
    ["Dr Helen Ashworth", "Head of Higher Education, Tilsworth and Marden College (facilitator)", "HA"],
    ["Janet Thorne", "Lecturer in teacher education; course leader for the award", "JT"],
    ["Owen Prys", "Lecturer in teacher education (Cert Ed / PGCE in-service)", "OP"],
    ["Tom Keogh", "Learning Support Manager, the College (from 11.15)", "TK"],
    ["Dr Rukhsana Malik", "Senior Lecturer in Inclusive Education, University of Eastholme; link tutor", "RM"],
    ["Claire Dunmore", "Senior Adviser, SEN and Inclusion, Marden County Council", "CD"],
    ["Sanjay Lall", "Senior Educational Psychologist, Tilsworth Borough Council", "SL"],
    ["Bev Okafor", "Parent Partnership Officer, Marden and Tilsworth", "BO"],
    ["Mike Henshaw", "Headteacher, St Wilfrid's CE Primary, Marden; chair of the Heads' Forum", "MH"],
    ["Gill Royce", "Headteacher, Marden Hill School (special: MLD and autism)", "GR"],
    ["Six SENCOs", "Abbeyfield Primary, Coldharbour Infants, Marden High, St Anne's RC High, "
                   "Tilsworth Park Primary, Wells Lane Junior", "\u2014"],
    ["Lisa Brennan", "HE Curriculum Office (typed the sheets)", "LB"],
], widths=[3.6, 10.2, 2.2])

# ------------------------------------------------------------------ sheets
sheet(1, "WHAT IS THE COURSE FOR?", "Whole room, 9.30. Sticky notes first, then the wording written across the top (HA)")
item("\"So new SENCOs know the law and the paperwork\"", dots=2, bullet="*")
item("\"Children with SEN making better progress \u2014 and not just in levels\"", dots=7, bullet="*")
item("\"Happier, safer children \u2014 all five ECM outcomes, not only the academic one\"", dots=5, bullet="*")
item([("\"Ticking the box for the new SENCO regulations\"", "s"), " ",
      ("[not what we're about \u2014 MH]", "m")], bullet="*")
item("\"SENCOs who lead, not SENCOs who just do the IEPs\"", dots=4, bullet="*")
item("Wording across the top: \"The course is there to make things better for children "
     "and young people with SEN and disabilities in our schools \u2014 their progress and "
     "their well-being across all five Every Child Matters outcomes (being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution, achieving "
     "economic well-being) \u2014 by making their SENCO a confident leader of "
     "provision.\"", mark="A")
item("Every assignment ends with the same question, and the answer is marked: \"What "
     "difference could this make for the pupil or pupils, and on which of the five "
     "outcomes?\"", mark="A")
item("The course is about the participant's own school: every assignment is carried out "
     "there and changes something there (see Sheet 13)", mark="A")

sheet(2, "WHAT SCHOOLS TOLD US", "Claire Dunmore and Sanjay Lall: the two councils' survey of SENCOs, and the Heads' Forum")
item("Survey sent by both councils to all 58 SENCOs in maintained schools, "
     "September-October 2008. 41 replied", mark="T")
item("27 of the 41 have been in the role less than two years. 6 are not qualified "
     "teachers and will not be able to join (they asked what happens to them \u2014 CD "
     "to answer through the network)", mark="T")
item("What they want most (could tick three): the law, the Code and the paperwork 30; "
     "managing and deploying TAs 26; data, tracking and provision mapping 24; working "
     "with parents 19; getting the head and senior team on board 17", mark="T")
item("33 of the 41 said their school could not release them in the daytime for ten "
     "days", mark="T")
item("Heads' Forum, 6 November (MH): 1) it has to cost less than \u00a31,500 to the "
     "school; 2) twilights, not days; 3) \"don't make it all essays \u2014 make it about "
     "my school\"", mark="T")
item("The survey and the three points from the Forum go into the design: see Sheets 6, "
     "8\u201310 and 12", mark="A")

sheet(3, "WHAT PARENTS SAY", "Bev Okafor: sticky notes copied from the Parents' Forum, 3 November 2008")
item("\"Listen to us first \u2014 we know our child\"", bullet="*")
item("\"No jargon at the review, please\"", bullet="*")
item("\"Tell us who to ring when it goes wrong\"", bullet="*")
item("\"The SENCO left and nobody told us for a term\"", bullet="*")
item("Bev and a parent from the Forum teach the parents half of twilight 6 (working with "
     "parents and carers)", mark="A")
item("Assignment 2 must include at least one planning or review meeting with the "
     "pupil's parents or carers, written up with what the participant changed because "
     "of it", mark="A")
item("A parent on a steering group? \u2014 see Sheet 16", mark="P")

sheet(4, "WHO COMES ON IT?", "Group A: Janet, Gill, Sanjay and two SENCOs")
item("Qualified teacher status", mark="T")
item("In post as SENCO, or named by the head to take the role on by September 2009", mark="T")
item("Nominated by the head on the College's form: the head agrees release for the ten "
     "twilights and the visit, agrees the school tasks, and names a school mentor from "
     "the senior team", mark="A")
item("Interview with Janet or Owen (30 minutes, by phone if easier), after we have the "
     "self-audit (Sheet 5)", mark="A")
item("If someone is not ready yet (e.g. has not taught in England for some years, or is "
     "not yet in a role where they could do the school tasks): a letter saying what they "
     "would need to do first, and Janet rings the head. Point them to the councils' "
     "four-twilight SENCO induction course and invite them to apply again next year",
     mark="A")
_, crb_runs = item("CRB? \u2014 \"They are all employed teachers. Schools have done it.\" "
                   "(HA, JT)", mark="A")
item("The College's safer recruitment policy covers all our tutors and visiting speakers", mark="T")

sheet(5, "STARTING POINTS", "Group A, continued")
item("Self-audit against the 29 national outcomes (from the TDA list), each rated 1 to 4 "
     "with a line of evidence, sent in with the application and talked through at "
     "interview", mark="A")
item("An individual learning plan for each participant, with their own targets?",
     mark="P", dots=2)
margin("[tutor time! \u2014 OP]")
item("APL: Eastholme's regulations allow credit for previous study at Level 7 (APCL) "
     "\u2014 up to 30 of the 60 credits, if it was within the last five years and it maps "
     "onto the outcomes of the unit it replaces", mark="A")
item([("APEL \u2014 counting years as a SENCO for credit?", "s"), " ",
      ("[Not for this award \u2014 RM, University regs]", "m")], mark="X")
_, ao_runs = item("An assessment-only route for people who are already doing the job well "
                  "(SL: two or three of the councils' support teachers would want it)",
                  mark="P")
margin("[Uni regs?? \u2014 RM to ask Registry]")
settled("Individual learning plans: not being written. Tutors will use each "
        "participant's self-audit to plan their first tutorial, and participants choose "
        "their own pupil for Assignment 2.", "JT, 9 February 2009")

sheet(6, "WHEN, WHERE AND HOW MUCH?", "Group B: Owen, Claire, Mike and two SENCOs")
item("Daytime sessions", mark="X", dots=8)
margin("[heads won't release \u2014 see the survey]")
item("Tuesday twilights, 4.30 to 7.30, H block, Marden Campus: ten twilights in the year "
     "plus three individual tutorials (after twilights 3, 6 and 9)", mark="A")
item([("Saturday mornings at the Tilsworth Centre", "s"), " ",
      ("[no Saturday cover for the building \u2014 HA]", "m")], mark="X")
item("A January start as well as September?", mark="P")
item("Do all three units in one year, or spread them over two years", mark="A")
item("Moodle: every handout, reading and presentation, the assignment briefs, and a "
     "forum for the group", mark="A")
item("An online tutor to answer questions between twilights", mark="X", dots=3)
margin("[no hours for this in the HE staffing model \u2014 HA]")
item("Fee \u00a31,250 for the whole award. Marden CC and Tilsworth BC each pay \u00a3500 "
     "of it for SENCOs in their maintained schools (CD to confirm: see Actions)", mark="A")
item("Separate primary and secondary groups for twilights 4 and 5 (areas of need)", mark="A")
settled("January start: not for 2009-10. One intake, in September 2009. We will look "
        "at it again when we know the numbers.", "HA, January 2009")

sheet(7, "ACCESS FOR EVERYONE", "Tom Keogh, Learning Support Manager (joined at 11.15), with Group B")
item("The application form asks about any disability, medical condition or learning "
     "difficulty, with a sentence saying why we ask and what we do with it", mark="A")
item("Anyone who tells us (on the form or later) meets Learning Support before the "
     "course starts, and the adjustments agreed are written down and sent to every tutor "
     "with their permission", mark="A")
item("What Learning Support can already do for HE students: dyslexia screening and full "
     "assessment; assistive software on loan (text-to-speech, mind-mapping); a notetaker "
     "or BSL interpreter; handouts in large print or on Moodle a week ahead; extra time, "
     "or another format, for the assessed presentation", mark="T")
item("Twilights in the ground-floor rooms of H block: hearing loop, accessible parking "
     "at the door", mark="A")
item("The visit half-day (Sheet 13): Janet checks access with the host school for "
     "anyone who needs it before the visit is booked", mark="A")
item("The course leaflet and the Moodle page say all of this in plain English, and the "
     "leaflet is available in large print and on tape", mark="A")
item("The College's Single Equality Scheme (race, disability, gender) covers HE students "
     "as it covers FE students", mark="T")

sheet(8, "UNIT 1: THE SENCO, THE LAW AND EVERY CHILD", "Group C: Claire, Rukhsana, Helen and two SENCOs. Twilights 1 to 3")
item("Twilight 1: the SENCO's role; the SEN Code of Practice (2001): the graduated "
     "response, School Action and School Action Plus, statutory assessment, statements "
     "and annual reviews; the Education Act 1996 Part IV and SENDA 2001. (CD)", mark="A")
item("Twilight 2: Every Child Matters and the five outcomes; the Children Act 2004; "
     "Removing Barriers to Achievement (2004); the CAF and the lead professional. What "
     "the SENCO does to help a child towards each outcome. (CD, HA)", mark="A")
item("Twilight 3: disability equality: the DDA 1995 and 2005, the disability equality "
     "duty, accessibility plans, reasonable adjustments for pupils. What Ofsted found in "
     "Inclusion: does it matter where pupils are taught? (2006). (RM)", mark="A")
item("Reading list \u2014 up to date!!", dots=4)
margin("[Uni library to send us a list \u2014 RM]")
item("Assignment 1 goes with this unit (Sheet 12 and the Outline)", mark="A")

sheet(9, "UNIT 2: KNOWING THE CHILD, WORKING WITH FAMILIES", "Group C, continued. Twilights 4 to 7")
item("Twilight 4 (primary and secondary groups): specific learning difficulties "
     "including dyslexia; speech, language and communication needs, with the Bercow "
     "Review (2008). Reading the reports of the EP, the speech and language therapist "
     "and the advisory teacher, and using them in planning. (SL with the councils' "
     "speech and language therapist)", mark="A")
item("Twilight 5 (primary and secondary groups): autism; behavioural, emotional and "
     "social difficulties; moderate learning difficulties. (GR and Marden Hill staff)",
     mark="A")
item("Twilight 6: working with parents and carers (BO and a parent). See also "
     "Sheet 11", mark="A")
item("Twilight 7: teaching approaches: personalised learning, waves 1 to 3, choosing and "
     "judging an intervention; ICT to remove barriers to learning. Setting targets that "
     "stretch, and reviewing them. (OP, TK)", mark="A")
item([("Child development? ", "s"), ("[they're teachers \u2014 they did it in "
      "training]", "m")], mark="X", dots=1)
item("Assignment 2 goes with this unit", mark="A")

sheet(10, "UNIT 3: LEADING PROVISION", "Group B, after the break. Twilights 8 to 10")
item("Twilight 8: data and tracking: P scales, RAISEonline and contextual value added; "
     "tracking pupils with SEN against national expectations and changing the programme "
     "when they do not move; access arrangements for Key Stage tests and GCSE (the JCQ "
     "rules and deadlines), with a secondary SENCO who is also an exams officer. (OP)",
     mark="A")
item("Twilight 9: provision mapping and costing; deploying and managing teaching "
     "assistants; the SEF, and reviewing with colleagues whether provision works. (CD)",
     mark="A")
item("Twilight 10: leading colleagues: coaching and mentoring, running INSET, "
     "watching a lesson and giving feedback; managing the job: priorities, time and "
     "delegation. Next steps (Sheet 17). (JT)", mark="A")
item("Assessment for learning for pupils with SEN \u2014 \"the councils' induction course "
     "does this, so we don't need to\" (CD)", mark="A")
item("Assignment 3 goes with this unit, and its presentations take the first half of "
     "twilight 10", mark="A")

sheet(11, "PUPIL VOICE", "Parking sheet opened in the morning by Gill Royce")
item("\"How does the SENCO find out what the child thinks?\"", bullet="*")
item("GR: \"our school council uses symbols and photographs\"", bullet="*")
item("\"The council trained twelve schools in person-centred reviews in 2007\"", bullet="*")
item("No room for it in Unit 2?", mark="P")
settled("Twilight 6 is now \"Hearing the child, working with families\". First half: "
        "gathering pupils' views (interviews, symbols and photographs, the "
        "person-centred review), led by Gill Royce with a film made by Marden Hill pupils. "
        "Second half: working with parents and carers (Bev Okafor and a parent). "
        "Assignment 2 now requires the participant to gather the pupil's own views "
        "about their needs and targets, and to show how the plan changed because of them.",
        "Course Team, 15 January 2009")

sheet(12, "HOW IS IT ASSESSED?", "Rukhsana Malik and Janet Thorne, with the whole room")
item("Three assignments, one for each unit: three units of 20 credits = 60 credits at "
     "Level 7 (Eastholme's master's level)", mark="A")
item("Pass mark 50% on each. Every assignment must be passed; no compensation between "
     "them", mark="A")
item("One resubmission for each assignment, capped at the pass mark", mark="A")
item("A reflective log on Moodle: formative, not marked. Tutors read it at each "
     "tutorial", mark="A")
item("Internal verification: Owen second-marks every fail and a 25% sample of each "
     "assignment; marks agreed at a College standardisation meeting before they go to "
     "the University", mark="A")
item("Eastholme: the link tutor moderates a sample of every assignment; the external "
     "examiner appointed by the University sees the sample and all fails and attends the "
     "Assessment Board, which confirms the marks and the award", mark="A")
item("\"Don't make it all essays\" (Sheet 2): Assignment 3 is a presentation to the "
     "head and a governor, with a short paper", mark="A")

sheet(13, "IN SCHOOL", "Group B")
item("Each assignment is carried out in the participant's own school, with pupils and "
     "colleagues they work with", mark="A")
item("School mentor: a senior leader named by the head. Meets the participant once a "
     "half-term; signs the record that the school tasks took place; gives a short "
     "written comment for the Assignment 3 presentation", mark="A")
item("Mentor guide (four pages) and a twilight briefing for mentors each September", mark="A")
item("A visit half-day: Marden Hill School (special: MLD and autism), with a morning "
     "spent with its multi-agency team (EP, speech and language therapist, CAMHS nurse, "
     "social worker, and a volunteer from the Marden Dyslexia Association); secondary "
     "SENCOs may go to the Tilsworth Language Unit instead. Heads agree release for it on "
     "the nomination form", mark="A")

sheet(14, "WHO TEACHES IT?", "Helen Ashworth")
item("Janet Thorne (course leader): SENCO at Marden High School 1999-2007; MA Inclusive "
     "Education (Eastholme, 2004); lecturer in teacher education at the College since "
     "2007; sits on the councils' SENCO network steering group", mark="T")
item("Owen Prys: in-service Cert Ed / PGCE tutor; formerly head of learning support in "
     "FE; MEd (specific learning difficulties); AMBDA", mark="T")
item("Claire Dunmore: Senior Adviser, SEN and Inclusion, Marden CC; formerly deputy head "
     "of a special school", mark="T")
item("Sanjay Lall: Senior EP, Tilsworth BC", mark="T")
item("Gill Royce: head of Marden Hill School; NPQH", mark="T")
item("Bev Okafor: Parent Partnership Officer", mark="T")
item("Dr Rukhsana Malik: Senior Lecturer in Inclusive Education, Eastholme; link tutor "
     "and moderator", mark="T")
item("Every tutor gets the tutor notes, the marking guide and the assignment briefs, and "
     "comes to a standardisation meeting before first marking. The Course Team meets each "
     "term", mark="A")
item("Janet and Owen go to Eastholme's partner tutors' day and the nasen SENCO "
     "conference each year; each keeps a CPD record, reviewed in College appraisal",
     mark="A")

sheet(15, "BOOKS, KIT AND ROOMS", "Owen Prys and Tom Keogh")
item("College LRC: the SEN stock was bought for the Level 3 learning support courses "
     "\u2014 thin at this level (OP)", mark="T")
item("Eastholme library: full borrowing rights and e-journals (Athens password) for "
     "every participant", mark="A")
item("Bid for \u00a31,500 of SEN books for the LRC", mark="P")
margin("[March budget round \u2014 OP]")
item("\"See the kit: Kurzweil, Clicker, Dragon in the Learning Support base \u2014 would be "
     "good in Unit 2\"", mark="P", dots=2)
item("Moodle course page; H block room with an interactive whiteboard", mark="A")

sheet(16, "IS IT WORKING?", "Helen Ashworth and Rukhsana Malik, whole room after lunch")
item("End-of-unit evaluation forms (paper or Moodle)", mark="A")
item("A participant representative on the College's HE Course Committee, which meets "
     "each term", mark="A")
item("Annual Course Review: written by Janet each July from the evaluations, the marks, "
     "the external examiner's report and the representative's notes; goes to the "
     "College HE Quality Board and then to Eastholme's Partnership Committee; the action "
     "plan is shown to the next cohort at twilight 1", mark="A")
item("External examiner's annual report", mark="A")
item("The College's observation of teaching covers HE: one twilight observed each year",
     mark="A")
item("Self-audit repeated at the last twilight: before-and-after for each participant, "
     "on confidence and on competence, and summed for the Annual Course Review", mark="A")
item("Impact on pupils \u2014 HOW???", mark="P", dots=5)
margin("[ask Eastholme research office? \u2014 HA]")
item("A steering group (both councils, two heads, a parent) to look at the evaluations "
     "each summer", mark="P", dots=4)
item("Ask heads a year on what has changed in their school?", mark="P")
settled("Steering group: Claire Dunmore and Mike Henshaw have agreed in principle. "
        "First meeting to be arranged.", "JT, 20 February 2009")

sheet(17, "AFTER THE COURSE", "Janet Thorne")
item("Second half of twilight 10: each participant writes a next-steps plan for the "
     "following year (using our template) to take to their performance management "
     "review with the head", mark="A")
item("The 60 credits count towards Eastholme's MA Education (Inclusion): a further 120 "
     "credits, part time", mark="T")
item("Stay in the councils' termly SENCO network", mark="T")

sheet(18, "THE 29: WHERE DO WE DO THEM?", "Rukhsana Malik with Group C, after tea. Two sheets taped together; the outcomes as the group wrote them")
table([
    ["Outcome (as we wrote it)", "Taught", "Assessed", "Notes"],
    ["Good relationships with pupils and parents", "U2 tw 6", "A2", ""],
    ["Getting the head and staff on board", "U3 tw 9-10", "A3", "presentation to head + governor"],
    ["Time, priorities, delegating", "U3 tw 10", "?", "log only"],
    ["Solving problems, good judgement", "in everything!", "\u2014", ""],
    ["Clear speaking and writing; listening", "all", "A1, A2, A3", "A3 is spoken"],
    ["Using research and outside advice", "U1", "A1", ""],
    ["Own CPD", "U3 tw 10 (next steps)", "\u2014", "not marked"],
    ["SEN law and the Code", "U1 tw 1", "A1", ""],
    ["ECM", "U1 tw 2", "A2", "ECM evaluation at the end"],
    ["Disability law (DDA)", "U1 tw 3", [("A1", "s")], [("[out \u2014 A1 too long. RM]", "m")]],
    ["Child development", CROSS, CROSS, "see Sheet 9"],
    ["Types of SEN", "U2 tw 4-5", "A2", ""],
    ["Approaches, strategies, ICT", "U2 tw 7", "A2", ""],
    ["School self-evaluation", "U3 tw 9", "A3", ""],
    ["Best practice and research", "U1", "A1", ""],
    ["Other agencies", "visit half-day", "log only", ""],
    ["Strategy with SLT and governors", "U3", "A3", ""],
    ["Identify, target, plan, review", "U2 tw 7", "A2", ""],
    ["Using other professionals' reports", "U2 tw 4", "A2", ""],
    ["Data and tracking", "U3 tw 8", "A3", ""],
    ["AfL with colleagues", "councils' course", "\u2014", "see Sheet 10"],
    ["Exam access arrangements", "U3 tw 8", "\u2014", ""],
    ["Provision mapping", "U3 tw 9", "A3", ""],
    ["Managing TAs", "U3 tw 9", "A3", ""],
    ["Coaching and training colleagues", "U3 tw 10", "log", "formative"],
    ["Reviewing provision with staff (SEF)", "U3 tw 9", "A3", ""],
    ["Pupils involved in their own plans", "U2 tw 6 (since Jan)", "A2", "added 15.01.09"],
    ["Parents", "U2 tw 6", "A2", ""],
    ["Other services, incl. voluntary", "visit half-day", "log only", ""],
], widths=[5.6, 3.6, 2.6, 4.2])
item("Every one of the 29 is covered somewhere in the course (HA)", mark="T", bullet="*")
item([("[child dev?? AfL?? \u2014 OP]", "m")], bullet="*")

sheet(19, "PARKING LOT", "Sticky notes on the door, copied at 4 o'clock")
for s in ["Assessment-only route \u2014 University regs? (SL)",
          "January start?",
          "Individual learning plans \u2014 tutor time",
          "Pupil voice \u2014 where does it go?",
          "LRC books, \u00a31,500",
          "Let them see the kit in Unit 2",
          "Impact on pupils \u2014 how?",
          "Steering group \u2014 who, when?",
          "Heads a year on?"]:
    item(s, bullet="*")

sheet(20, "ACTIONS", "Typed from the last sheet; status column brought up to date by Janet Thorne on 20 February 2009")
table([
    ["No.", "Action", "Who", "By", "Status at 20.02.09"],
    ["1", "Course Outline v1 to the Course Team", "JT", "12 Dec", "Done: v2 agreed 15 Jan"],
    ["2", "Validation document to Eastholme", "HA, RM", "9 Jan", "Done: validated 4 Feb (box below)"],
    ["3", "Confirm the councils' \u00a3500 towards the fee", "CD", "19 Dec", "Done: both confirmed in writing"],
    ["4", "Nomination form, self-audit and application form", "JT", "31 Jan", "Done"],
    ["5", "Ask Registry about an assessment-only route", "RM", "19 Dec", "Not started"],
    ["6", "Move pupil voice into Unit 2", "JT", "15 Jan", "Done (Sheet 11)"],
    ["7", "Reading list from Eastholme library", "RM", "31 Jan", "Not started"],
    ["8", "LRC book bid", "OP", "March", "Ongoing"],
    ["9", "Mentor guide and September briefing", "JT", "31 May", "Guide done; briefing booked for 15 Sept 2009"],
    ["10", "Steering group", "CD, MH", "\u2014", "Agreed in principle"],
    ["11", "A way of measuring impact on pupils", "HA", "\u2014", "Not started"],
], widths=[1.0, 6.2, 1.6, 1.8, 5.4])
para()
settled("The University of Eastholme's validation panel met on 4 February 2009 and "
        "approved the Postgraduate Certificate in Special Educational Needs Coordination "
        "(National Award for SEN Coordination) as a 60-credit award at Level 7 (master's "
        "level) of the University's framework, taught and assessed by the College under "
        "the University's regulations, for five years from September 2009. Its one "
        "condition (a fuller mentor guide) has been met.", "HA, 9 February 2009")

# ------------------------------------------------------------------ outline
p = para("APPENDIX: COURSE OUTLINE, VERSION 2", bold=True, size=12)
p.paragraph_format.space_before = Pt(14)
shade(p, "D9D9D9")
para("Agreed by the Course Team on 15 January 2009; the version validated on 4 February 2009.",
     italic=True, size=9.5)
para("The award", bold=True)
table([
    ["Title", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination)"],
    ["Awarding body", "University of Eastholme (validated award); taught and assessed by Tilsworth and Marden College"],
    ["Credit and level", "60 credits at Level 7: three units of 20 credits"],
    ["Pattern", "Ten Tuesday twilights (4.30-7.30), three tutorials, one visit half-day; one year, or two"],
    ["Intake", "September 2009 (one intake, up to 18 places)"],
    ["Fee", "\u00a31,250, of which \u00a3500 is paid by Marden CC or Tilsworth BC for SENCOs in their maintained schools"],
], header=False, widths=[3.5, 12.5])
para()
para("The units", bold=True)
table([
    ["Unit", "Twilights", "What it covers"],
    ["1 The SENCO, the Law and Every Child", "1-3",
     "The SENCO role; the SEN Code of Practice (2001) and the law; Every Child Matters and the five outcomes; "
     "disability equality law and accessibility planning; inspection evidence on inclusion."],
    ["2 Knowing the Child, Working with Families", "4-7 and the visit",
     "The main areas of need (SpLD including dyslexia, SLCN, autism, BESD, MLD); using other professionals' "
     "assessments; hearing the child; working with parents and carers; teaching approaches, interventions and "
     "ICT; other services and voluntary organisations (visit half-day)."],
    ["3 Leading Provision", "8-10",
     "Data, tracking and access arrangements; provision mapping and costing; deploying and managing TAs; "
     "the SEF and reviewing provision; leading and coaching colleagues; managing the job; next steps."],
], widths=[4.6, 2.4, 9.0])
para()
para("The assignments, and the national outcomes each one assesses", bold=True)
table([
    ["Assignment", "What the participant does", "National outcomes assessed (our words)"],
    ["A1 Policy into practice (Unit 1; 4,000 words)",
     "A critical review of the school's SEN policy and practice against the Code of Practice and the law, with "
     "recommendations that draw on research, inspection evidence and advice from the council's SEN team or EP; "
     "ends with the difference the recommendations would make for pupils.",
     "Knowing the law and the Code and how to put them into practice in the school; drawing on research and outside "
     "advice to improve own and colleagues' practice; knowing what research and best practice say about meeting "
     "SEN; clear writing."],
    ["A2 One child, one plan (Unit 2; 4,000 words)",
     "A case study of one pupil: identifying needs from the school's own assessments and the reports of other "
     "professionals; placing the pupil's needs within a critical overview of the main areas of need; gathering the "
     "pupil's own views; setting challenging targets; a 6-8 week intervention, reviewed; a critical look at the "
     "approaches and resources used, including ICT; at least one meeting with the parents or carers; an evaluation "
     "for the pupil against the five ECM outcomes.",
     "Identifying needs, setting targets, planning and reviewing interventions; using other professionals' "
     "assessments; the main types of SEN and their effect on learning; approaches, strategies and resources "
     "including ICT; involving the pupil in planning and review; working with parents and carers; fair and "
     "respectful relationships with pupils and parents; Every Child Matters; clear writing."],
    ["A3 Leading provision (Unit 3; 2,500 words and a 15-minute presentation)",
     "An analysis of the school's data for pupils with SEN, including Key Stage or GCSE results, showing how "
     "progress is tracked and where programmes must change; a costed provision map showing gaps and provision "
     "that is not working; a review of provision carried out with colleagues, written for the SEF; a plan for "
     "deploying and managing TAs; strategic priorities for inclusion presented to the head (or a senior leader) "
     "and a governor, whose written comments are handed in with the paper.",
     "Working with senior colleagues and governors on an inclusive ethos, policy and resources; gaining the "
     "commitment of colleagues and the head; tracking progress with summative data; provision mapping; deploying "
     "and managing staff; reviewing provision with staff to inform self-evaluation; school self-evaluation; "
     "clear speaking."],
], widths=[3.6, 6.8, 5.6], size=9)
para()
para("The award is made by the University's Assessment Board to participants who have "
     "passed all three assignments. The reflective log (coaching colleagues, managing time, "
     "the services met on the visit, the next-steps plan) is formative and is not marked.")

# ------------------------------------------------------------------ comments
doc.add_comment(crb_runs[1:], text=(
    "Eastholme's partnership handbook (section 7) expects partner colleges to check that "
    "students on education courses hold a current enhanced CRB disclosure. Please look "
    "at this before it goes in. RM 24/02/09"), author="Rukhsana Malik", initials="RM")
doc.add_comment(ao_runs[1:], text=(
    "Registry's informal view on the phone: not under the current regulations. Nothing "
    "in writing yet. RM"), author="Rukhsana Malik", initials="RM")

doc.save(OUT)
print("wrote", OUT)
