"""ft-02-kelderby-desk-instructions: a new course administrator's desk instructions.

Provider (invented): the Kelderby Diocesan Board of Education (Diocese of
Kelderby, a large rural diocese: 212 church schools, 71 voluntary aided and
141 voluntary controlled, across Kelderby and most of Fellshire), with
St Wilfrith's University College, Aldmouth, a church university college with
taught degree awarding powers. The award is the "Postgraduate Certificate in
Special Educational Needs Coordination (National Award for SENCOs)", three
20-credit modules (SENC701-703) taught at three hubs.

Document kind: "Desk Instructions No. 14", written by the Board's Schools
Training Officer for the Award's new Course Administrator (starting 1 April
2009), in the second person ("you"), and sent to the TDA as it stands with
a shaded note from the Director of Education because it is the fullest
account of how the Award runs from enquiry to certificate.

Layout: no heading styles; bold typed section titles ("SECTION 4:
PROCEDURES") and bold "Procedure N" lines; a document control table; a
shaded "Read this first" box; a who's-who table; a year-at-a-glance table;
seventeen procedures with typed "Step" lines; a section on what the course
covers for answering enquiries; Appendix A, an Outcome Tracking Sheet key in
the Board's own codes (PA1-PA7, KU1-KU9, PS1-PS9 with PS2a-PS2d) with merged
group rows and S/F evidence marks; Appendix B, a blank checks log. A header
and footer. Tracked changes by the Director (Mark Thwaite) and the Training
Officer (Jenny Cawthorne). Word comments by the Programme Leader (Philip
Ansty) and the Training Officer.

Traps (requirement ids):
- 5.3 met only through tracked changes: the original sentence "Participants
  are serving teachers, so no checks are needed" is a tracked deletion and the
  whole paragraph on CRB checks (date and number of the enhanced disclosure,
  List 99, new disclosure for anyone not working with children in the last
  three months, a reference) is a tracked insertion.
- 2.5 not_met: the only paragraph on next-steps planning ("Moving On" plan)
  is a tracked deletion; a comment explains it.
- 6.K3 not_met: the row for disability equality law in Appendix A is a tracked
  deleted table row, and SENC701's content never names disability law; 1.4
  partially_met for the same reason (SEN law and policy only).
- 4.2 partially_met: how the heads' focus group shaped the hubs and
  twilights is only in a comment ("Should we add ..."); the text shows
  stakeholders influencing only future changes, through the Programme
  Committee. 4.1 partially_met: the course "grew out of conversations at the
  2008 Heads' Conference", nothing more.
- 5.9 not_met: the old Certificate's Pupil Progress Return "stopped in 2007
  and nothing has replaced it yet"; a confidence measure is only in a comment.
- 2.2 partially_met: Starting Profiles are filed and copied to tutors, who
  "may refer to it"; a past arrangement (individual planning tutorials on the
  old Certificate) is said to have ended.
- 1.1 partially_met: the stated purpose is attainment and progress only.
- 1.3 partially_met: reading lists that "the tutors keep up to date", no
  research or inspection evidence named.
- 5.4 partially_met: staff named with roles only; a comment asks for their
  qualifications.
- 5.6 partially_met: "Resources for the Award are kept in the Resource Room".
- 2.4 partially_met: hub days are the same for everyone; fees given.
- 6.0 / 1.9 partially_met: Procedure 13 lets an "F" row (tutor's initials
  after a tutorial) count towards the award; PA3 and PS5 are F only; PS2b has
  "[evidence TBC]"; KU3 is deleted.
- Placeholder "[Moodle enrolment key: ask IT at St Wilfrith's]" (3.3 still met:
  forums, tutor replies within three working days, monthly online tutorials).
- Met and not traps: APL (2.1) and the assessment-only Route B (2.3) with
  their procedures; disability disclosure and Access Plans (3.1); entry review
  with a "Not yet" letter and the head (5.2); contrasting-setting visits for
  participants (5.5); mentor and tutor induction (5.7); double marking,
  moderation and external examiner (5.8); Programme Committee with heads,
  Area SENCOs and a parent representative (4.3).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("ft-02-kelderby-desk-instructions.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

DATE = "2009-03-06T10:00:00Z"
_id = [100]


def nid():
    _id[0] += 1
    return str(_id[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def borders(table, sz="6"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), "666666")
        b.append(e)
    tblPr.append(b)


def para(text="", bold=False, italic=False, size=None, align=None, after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def section(text):
    p = para(text, bold=True, size=12.5, after=6)
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.keep_with_next = True
    return p


def proc(text):
    p = para(text, bold=True, size=11, after=3)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    return p


def step(n, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.first_line_indent = Cm(-1.6)
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(f"Step {n}\t")
    r.bold = True
    p.add_run(text)
    return p


def _mark_para(p, kind, author):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement(f"w:{kind}")
    m.set(qn("w:id"), nid())
    m.set(qn("w:author"), author)
    m.set(qn("w:date"), DATE)
    rPr.append(m)
    pPr.append(rPr)


def ins_run(p, text, author):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), nid())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def del_run(p, text, author):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)


def ins_para(text, author, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    _mark_para(p, "ins", author)
    if lead:
        ins_run(p, lead, author)
    ins_run(p, text, author)
    return p


def del_para(text, author):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    _mark_para(p, "del", author)
    del_run(p, text, author)
    return p


def table(rows, widths, head_fill="D9E2F3", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    borders(t)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if i == 0:
                r.bold = True
                shade(c, head_fill)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def box(lines, fill, title=None):
    t = doc.add_table(rows=1, cols=1)
    borders(t, "8")
    c = t.cell(0, 0)
    shade(c, fill)
    first = True
    if title:
        c.paragraphs[0].add_run(title).bold = True
        first = False
    for line in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        p.add_run(line).font.size = Pt(9.5)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


# ------------------------------------------------------------ header / footer
hp = sec.header.paragraphs[0]
hp.text = "Kelderby Diocesan Board of Education \u2013 Desk Instructions No. 14 \u2013 DRAFT v0.9"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Uncontrolled when printed. Check the shared drive (S:\\Training\\SENCO Award\\Desk) for the current version."
fp.runs[0].font.size = Pt(8)

# ------------------------------------------------------------ panel note
box([
    "The Kelderby Diocesan Board of Education and St Wilfrith's University College send these desk "
    "instructions in support of their application. They were written for the Award's new Course "
    "Administrator, who takes up post on 1 April 2009, and they are the fullest account we have of how the "
    "Award runs from the first enquiry to the certificate. Sections 1 and 5 describe the course itself.",
    "The document is still a draft. We have left the tracked changes and comments in so that the panel "
    "sees it as it stands.",
    "Revd Canon Mark Thwaite, Diocesan Director of Education, 9 March 2009",
], "E2EFD9", title="Note for the TDA approval panel")

para("KELDERBY DIOCESAN BOARD OF EDUCATION", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Church House, Minster Yard, Kelderby", align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
para("DESK INSTRUCTIONS No. 14", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("The SENCO Award: Course Administration", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

table([
    ["Version", "Date", "Author", "Checked by", "Next review"],
    ["0.9 (draft for the new post holder)", "6 March 2009", "Jenny Cawthorne, Schools Training Officer",
     "Dr Philip Ansty, Programme Leader, St Wilfrith's", "July 2009, after the first Assessment Board"],
], widths=[3.3, 2.3, 3.6, 4, 3.4])

box([
    "You are the first person most people will speak to about the Award: SENCOs, heads, governors, "
    "tutors, the College. These instructions tell you what to do and when. Where a step says \"tell "
    "Philip\" or \"tell Jenny\", do that rather than deciding yourself.",
    "Sections 1 and 5 tell you what the course is, so that you can answer questions. Section 3 is the "
    "year at a glance. Section 4 holds the procedures; each says what to do, in order. The forms "
    "(SA1 to SA9) and standard letters (L1 to L12) are on the shared drive.",
    "If something is not covered here, write it down and we will add it at the July review.",
], "FFF2CC", title="Read this first")

# ------------------------------------------------------------ Section 1
section("SECTION 1: THE AWARD IN BRIEF")
para(
    "The Kelderby SENCO Award is the Postgraduate Certificate in Special Educational Needs Coordination "
    "(National Award for SENCOs). It is awarded by St Wilfrith's University College, Aldmouth, under the "
    "College's taught degree awarding powers, and carries 60 credits at Level 7 (masters level). The Board "
    "runs the Award with the College: the Board recruits participants, looks after them and provides most "
    "of the tutors; the College validates the Award, registers participants as its students, holds the "
    "Assessment Boards and issues the certificates."
)
para(
    "What it is for. The Award exists to help SENCOs raise the attainment and progress of pupils with "
    "special educational needs and disabilities in our schools. When people ask what the Award is for, "
    "that is the sentence to use."
)
para(
    "Why we run it. The Award grew out of conversations at the 2008 Heads' Conference. Since September "
    "2008 every school must have a SENCO who is a qualified teacher, and from September 2009 new SENCOs "
    "will have to gain the national award."
)
para(
    "Who it is for. Teachers who are SENCOs, or who will become SENCOs, in the Diocese's 212 church schools "
    "(71 voluntary aided, 141 voluntary controlled), and community schools in Kelderby and Fellshire where "
    "there is room. The Diocese covers the whole of Kelderby and most of Fellshire, and some participants "
    "will drive more than an hour to the nearest hub."
)
p = para(
    "How it runs. There are three modules of 20 credits: SENC701 The SENCO in Context, SENC702 Teaching, "
    "Learning and Assessment, and SENC703 Leading and Developing Provision. Each year there are eight hub "
    "days and six twilight sessions (4.15 to 6.45 pm), taught at three hubs: Church House, Kelderby; St "
    "Bega's Church Centre, Brackenthwaite; and the College in Aldmouth. Participants choose a hub when they "
    "apply and may go to a different hub for any session if that suits them better. There are two starts "
    "a year, in September and January. SENC701 comes first; SENC702 and SENC703 may be taken in either "
    "order. Most participants finish in a year; with Philip's agreement a participant may spread the "
    "modules over two years. Between sessions the course runs on StWilf Online (Procedure 9)."
)
para(
    "Hub days are the same for everyone; the choice comes in the assignments, where participants pick the "
    "pupil, the policy and the project from their own school."
)
para(
    "Routes. Route A is the taught course. Route B is assessment only, for a small number of very "
    "experienced people (Procedure 6). Anyone may also claim credit for earlier study or experience "
    "(Procedure 5)."
)
para(
    "Fees for 2009-10. Route A £1,350; Route B £600; a credit claim £120. Schools are invoiced by the "
    "Board's finance office in two halves, in October and February (January starters: February and May)."
)

# ------------------------------------------------------------ Section 2
section("SECTION 2: WHO'S WHO")
t = table([
    ["Name", "Role on the Award", "Ask them about"],
    ["Revd Canon Mark Thwaite", "Diocesan Director of Education; chairs the Programme Committee",
     "Letters to heads signed by the Director; complaints at Board level"],
    ["Dr Philip Ansty (St Wilfrith's)", "Programme Leader; entry review; credit claims; Route B",
     "Anything academic; extensions; moderation"],
    ["Jenny Cawthorne", "Schools Training Officer; your line manager", "Hub bookings, budget, this document"],
    ["Mrs Claire Redfern", "Hub tutor, Kelderby; marks SENC701", "Kelderby hub participants"],
    ["Mr Owen Blakey", "Hub tutor, Brackenthwaite; marks SENC702", "Brackenthwaite hub participants"],
    ["Ms Priya Lal (St Wilfrith's)", "Hub tutor, Aldmouth; marks SENC703", "Aldmouth hub participants"],
    ["Mrs Sue Dinsdale (St Wilfrith's)", "Disability Adviser", "Access Plans (Procedure 4)"],
    ["Registry, St Wilfrith's", "Student records, StWilf Online accounts, certificates",
     "Enrolment numbers, results letters"],
    ["Professor Ian Hebden, University of Merecastle", "External examiner",
     "Nothing directly: go through Philip"],
    ["Area SENCOs, Kelderby and Fellshire County Councils", "Mentors (Procedure 10)",
     "Mentor visits and practice records"],
], widths=[4.6, 6, 6])
doc.add_comment(t.cell(3, 0).paragraphs[0].runs, author="Jenny Cawthorne", initials="JC",
                text="Phil - TDA will want qualifications and experience for each tutor. Can you do a short "
                     "paragraph on each of you before we send this?")

# ------------------------------------------------------------ Section 3
section("SECTION 3: THE YEAR AT A GLANCE (SEPTEMBER START)")
table([
    ["When", "What happens", "What you do"],
    ["April to June", "Applications open; entry review", "Procedures 1 to 7"],
    ["July", "Tutors' induction and standardisation day", "Book room; send Tutor Handbook; list attendance"],
    ["Early September", "Mentors' induction (half day)", "Book room; send Mentor Handbook"],
    ["September", "Enrolment; StWilf Online accounts; hub day 1", "Procedures 8 and 9"],
    ["October", "Programme Committee; first invoices", "Papers and minutes; tell finance"],
    ["November", "SENC701 hand-in", "Procedure 12"],
    ["December", "Moderation (SENC701); Assessment Board (January starters' results)", "Procedure 12"],
    ["January", "January start: enrolment and hub day 1", "As September"],
    ["February to March", "SENC702 hub days; contrasting-setting visits; Programme Committee",
     "Procedure 11; papers and minutes"],
    ["April", "SENC702 hand-in", "Procedure 12"],
    ["May to June", "SENC703 hub days; project presentations", "Room bookings; panel timetable"],
    ["July", "Moderation; external examiner visit; Assessment Board; heads' survey",
     "Procedures 12 to 15"],
    ["October (following year)", "Certificates presented at the Minster service", "Procedure 15"],
], widths=[3.3, 7.3, 6])

# ------------------------------------------------------------ Section 4
section("SECTION 4: PROCEDURES")

proc("Procedure 1 \u2013 Enquiries")
step(1, "Send the leaflet and the application pack (Forms SA1, SA2 and SA3). Both are on the shared drive "
        "in standard and large print; the pack says that we welcome applications from disabled teachers "
        "and that all course materials can be provided in other formats.")
step(2, "Log the enquiry in the Enquiries sheet. If the caller asks about credit for earlier study or "
        "about being assessed without taking the course, tell them these exist and that Philip will "
        "discuss them; do not promise anything.")
step(3, "If the hub they want is full, offer the January start or another hub.")

proc("Procedure 2 \u2013 Applications and the entry review")
step(1, "A complete application has three parts: Form SA1 (the application, with a statement of about "
        "500 words on the applicant's experience of special educational needs); Form SA2 (the Starting "
        "Profile, in which the applicant rates themselves from 1 to 4 against each of the national "
        "outcomes); and Form SA3 (the headteacher's nomination, confirming that the applicant is or will "
        "be the SENCO by January, will be released for hub days and has a named mentor).")
step(2, "Check that all three parts are there and signed. If not, send letter L2 and wait.")
step(3, "Send the complete application to Philip for the entry review. He reads the statement and the "
        "Starting Profile, may telephone the applicant, and decides: Accept, Accept with conditions, or "
        "Not yet.")
step(4, "Accept: send L3 with the enrolment form. Accept with conditions: send L3a, which names the "
        "condition (usually reading before hub day 1, or a term in post first).")
step(5, "Not yet: send L4 to the applicant and a copy to the headteacher. L4 explains what the applicant "
        "needs before they are ready, offers a place on the Board's one-day course Getting Started as a "
        "SENCO, and offers a place at the next start. Philip will usually phone the head as well.")

proc("Procedure 3 \u2013 Checks before enrolment")
p = doc.add_paragraph()
p.paragraph_format.space_after = Pt(6)
del_run(p, "Participants are serving teachers, so no checks are needed. ", "Mark Thwaite")
ins_run(p, "Do not enrol anyone until their row of the Checks Log (Appendix B) is complete.", "Mark Thwaite")
ins_para(
    "Part C of the headteacher's nomination (Form SA3) must give the date and number of the applicant's "
    "enhanced CRB disclosure and confirm that the school has checked List 99 and taken up references when "
    "the applicant was appointed. If the applicant has not worked in a school or college in a post with "
    "regular contact with children in the last three months (for example a returner, or a teacher coming "
    "from supply agency work or from outside teaching), you must arrange a new enhanced disclosure through "
    "the Diocesan Registry's CRB service before enrolment, and write to the applicant's last employer for a "
    "reference. Record each check in the Checks Log. Do not photocopy or keep disclosures.",
    "Mark Thwaite",
)

proc("Procedure 4 \u2013 Disability and access")
step(1, "Form SA1 asks whether the applicant has a disability, health condition or specific learning "
        "difficulty that they would like us to know about, and explains that we ask so that we can make "
        "adjustments. A participant can also tell us at any later stage.")
step(2, "If they tell us, send the details to Sue Dinsdale within five working days. She contacts the "
        "participant and agrees an Access Plan, which may cover hub days, materials, visits and "
        "assessment (for example extra time, or a different format for the SENC703 presentation).")
step(3, "When you receive the Access Plan: book an accessible room (all three hubs have level access; at "
        "Brackenthwaite the hearing loop is in the small hall only, so use that room); order materials "
        "in the format asked for; tell the hub tutor, and the host of the contrasting-setting visit if "
        "the plan covers it; and add the adjustments to the markers' list for each hand-in.")
step(4, "Keep Access Plans in the locked cabinet, not in the participant's general folder.")

proc("Procedure 5 \u2013 Credit for earlier study and experience")
step(1, "An applicant with masters-level credit in special educational needs gained in the last five "
        "years may claim up to 20 credits against SENC701 or SENC702. An applicant without such credit "
        "may claim credit for experience against the same modules by building a portfolio against the "
        "module's outcomes. The Board's old Certificate in Learning Support was at Level 6, so it cannot "
        "be claimed as credit, but holders often make a good claim for experience.")
step(2, "Send Form SA6 and the guidance notes; invoice the £120 fee.")
step(3, "Pass the completed claim to Philip. He assesses it against the module's outcomes and the "
        "Assessment Board confirms the credit. No credit can be claimed against SENC703.")

proc("Procedure 6 \u2013 Route B: assessment only")
step(1, "Route B is for very experienced people, such as advisory teachers or long-serving SENCOs who "
        "have moved into the Diocese. It is not advertised. It is offered only if Philip agrees after a "
        "conversation with the applicant.")
step(2, "The candidate submits a portfolio of evidence against every national outcome, set out on the "
        "Outcome Tracking Sheet, with the headteacher's statement that the evidence is the candidate's "
        "own work, and then has a one-hour professional discussion with Philip and a hub tutor.")
step(3, "The portfolio is second-marked like any assignment and goes to the external examiner. A "
        "candidate who does not show every outcome is offered the taught module or modules they need.")
step(4, "Fee £600; Route B candidates go through Procedures 2 to 4 like everyone else.")

proc("Procedure 7 \u2013 Starting Profiles")
para(
    "File each Starting Profile (Form SA2) in the participant's folder and send a copy to the hub tutor "
    "before the first hub day. Tutors may refer to it when they plan the hub sessions. On the old "
    "Certificate every participant had a planning tutorial at the start of the year; there is no time for "
    "this on the Award, so do not book one."
)

proc("Procedure 8 \u2013 Hub days, twilights and registers")
step(1, "Print a register for every session from the enrolment list. Hub tutors return them to you.")
step(2, "If someone misses a session, email them the link to that session's page on StWilf Online and "
        "tell the hub tutor. After a second missed hub day, send letter L7 to the participant and the "
        "headteacher.")
step(3, "Order lunch for hub days (St Bega's provides its own; Church House and the College need a week's "
        "notice). Tutors and participants claim no travel from us; tutors' mileage goes on Form SA9.")

proc("Procedure 9 \u2013 StWilf Online")
step(1, "Registry creates accounts in the week after enrolment. Send each participant the log-in letter "
        "and the Getting Online sheet. [Moodle enrolment key: ask IT at St Wilfrith's]")
step(2, "Each module has a course page with the session materials, readings and the assignment brief, "
        "and each hub has its own forum. Participants can message each other and their tutor through it.")
step(3, "Hub tutors answer forum posts and emails within three working days in term, and each hub tutor "
        "runs a one-hour online tutorial in the chat room once a month in term, between hub days. Put "
        "the dates in the course calendar on StWilf Online each term.")
step(4, "Reminders and letters to headteachers can be sent by email from StWilf Online; keep a copy in "
        "the participant's folder.")

proc("Procedure 10 \u2013 Mentors and tutors")
step(1, "Every participant has a mentor, normally an Area SENCO from Kelderby or Fellshire County Council "
        "(or, if the school asks, a senior colleague approved by Philip). Mentors visit twice a term, "
        "talk through the participant's work in school and sign the practice records.")
step(2, "Mentors attend a half-day induction in early September, where Philip and the Area SENCO "
        "coordinator go through the Mentor Handbook: the role, the visits, the records and what mentors "
        "must not do (mentors do not mark). Hub tutors attend an induction and standardisation day in "
        "July, working from the Tutor Handbook: teaching, tutorials, marking and moderation.")
step(3, "Keep the attendance list. Anyone who misses their induction must have a catch-up meeting with "
        "Philip before they start; book it and tell Jenny.")

proc("Procedure 11 \u2013 Contrasting-setting visits and specialist contributors")
step(1, "Every participant spends two days during SENC702 in a setting unlike their own school. The "
        "hosts are Beckside Special School, Kelderby; the Thornber Resource Base for deaf children; the "
        "Fellshire Autism Outreach Team; and the Aldmouth centre of the Dyslexia Association. Book the "
        "visit from the host list, send letter L9 to the host and confirmation to the participant and "
        "the headteacher.")
step(2, "Hosts receive the visit guidance (what the participant should see and do, and who they should "
        "talk to). Send the host evaluation slip afterwards.")
step(3, "Specialists teach on hub days: educational psychologists from the Kelderby Educational "
        "Psychology Service, a speech and language therapist from Kelderby and Fellshire Primary Care "
        "Trust, and the Kelderby Parent Partnership Service. Send them the session brief three weeks "
        "before, and a claim form afterwards.")

proc("Procedure 12 \u2013 Assignments, marking and moderation")
step(1, "Assignments are handed in on StWilf Online by 5 pm on the hand-in date, with the cover sheet. "
        "Extensions are agreed by Philip only, on Form SA7.")
step(2, "First marking is done by the marking tutor within four weeks. Send a second marker (another hub "
        "tutor) every fail, every distinction and one in four of the rest, chosen from the list by "
        "number, not by name.")
step(3, "Book the moderation meeting for the week after second marking is due. Philip chairs it; the "
        "markers agree marks and note any changes to the marking guidance.")
step(4, "Send the external examiner the sample Philip chooses, and the marks list, three weeks before "
        "the Assessment Board. Registry sends results letters after the Board. A participant may "
        "resubmit a failed assignment once.")

proc("Procedure 13 \u2013 The Outcome Tracking Sheet")
para(
    "Every participant has an Outcome Tracking Sheet (key at Appendix A). When a marker passes an "
    "assignment, they sign the rows for the outcomes it showed. Rows marked S on the key are signed by the "
    "marker from an assessed assignment. Rows marked F are checked by the hub tutor at a tutorial and need "
    "only the tutor's initials. Before the July Assessment Board, check that every row has either an S "
    "signature or F initials, and tell Philip about any sheet with an empty row. Between them the three "
    "modules assess every national outcome."
)

proc("Procedure 14 \u2013 Evaluation")
step(1, "Hand out evaluation slips at every hub day and twilight; collate them monthly into the "
        "Evaluation Summary and send it to the hub tutors and Philip.")
step(2, "Open the end-of-module questionnaire on StWilf Online in the week of each hand-in; send "
        "reminders twice.")
step(3, "In July send the headteachers' survey (Form SA8) to the head of every participant's school, "
        "and collect the mentors' feedback at the March mentors' meeting. Send the host evaluation "
        "slips (Procedure 11) to Philip.")
step(4, "The Programme Committee meets in October and March: the Director (chair), Philip, Jenny, a "
        "headteacher from each county, an Area SENCO from each county and a parent representative from "
        "the Kelderby Parent Partnership forum. You prepare the papers (the Evaluation Summary, the "
        "survey results, the external examiner's report and the College's Annual Programme Review) and "
        "take the minutes. The Committee agrees an action plan for the next year, and changes to the "
        "course go to the College's Academic Quality Committee.")
p = step(5, "The old Certificate asked each participant to send in a Pupil Progress Return at the end of "
            "the year. That stopped in 2007 and nothing has replaced it yet, so there is nothing for you to "
            "collect on pupils' progress.")
doc.add_comment(p.runs[1], author="Philip Ansty", initials="PA",
                text="We need something here. A before-and-after confidence rating on the Starting Profile, "
                     "and maybe pupil data from the 702 case studies? I'll draft something for the July review.")

proc("Procedure 15 \u2013 Completion and certificates")
step(1, "After the July Assessment Board, Registry issues results letters and, in September, the "
        "certificates. Send each headteacher letter L11 from the Director.")
step(2, "Certificates are presented at the Minster service for church schools in October. Send the "
        "invitations in early September; the Minster office needs final numbers by 20 September.")
dp = del_para(
    "At the last hub day each participant completes a Moving On plan: three professional targets for the "
    "next year, to be agreed afterwards with the headteacher at performance management, and a list of "
    "routes on (the College's MA modules, the Board's SENCO network). Collect a copy for the file.",
    "Jenny Cawthorne",
)
anchor = step(3, "Keep the completion list; the Board's directory is updated from it each October.")
doc.add_comment(anchor.runs[1], author="Jenny Cawthorne", initials="JC",
                text="Moving On plan taken out - the last hub day is now the project showcase and there is "
                     "no time for it.")

proc("Procedure 16 \u2013 Complaints and appeals")
para(
    "Complaints about the course go first to Philip, then to the Director. Appeals against Assessment Board "
    "decisions follow the College's academic appeals procedure; send the participant the College's "
    "leaflet and tell Registry the same day."
)

proc("Procedure 17 \u2013 Records")
para(
    "Keep each participant's folder for six years after completion. The Checks Log and Access Plans are "
    "kept in the locked cabinet and destroyed after one year. Resources for the Award are kept in the "
    "Resource Room at Church House; sign them out in the book."
)

# ------------------------------------------------------------ Section 5
section("SECTION 5: WHAT THE COURSE COVERS (FOR ANSWERING ENQUIRIES)")
para(
    "Each module has a reading list that the tutors keep up to date; you order the books for the "
    "Resource Room in August."
)
para("SENC701 The SENCO in Context (20 credits)", bold=True, after=2)
para(
    "Covers the law and guidance on special educational needs: the Education Act 1996, the SEN Code of "
    "Practice (2001), statutory assessment and statements, the 2008 SENCO regulations, Every Child Matters "
    "and the Children Act 2004; the SENCO's role; the school's SEN policy and the governing body; and "
    "working with parents and with agencies (the Parent Partnership Service, educational psychology, "
    "health, social care and voluntary organisations such as the local branch of the National Autistic "
    "Society). Assessed by a 3,000-word review of the participant's school's SEN policy, with an action "
    "plan presented to the senior leadership team."
)
para("SENC702 Teaching, Learning and Assessment (20 credits)", bold=True, after=2)
para(
    "Covers how children develop and how special needs, disability and the environment for learning "
    "affect development; the most common kinds of need (behavioural, emotional and social difficulties, "
    "specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
    "spectrum disorders and moderate learning difficulties); assessment by observation, standardised tests "
    "and P scales; using reports from educational psychologists and therapists; planning and teaching "
    "approaches, including ICT; tracking progress with national test results; and access arrangements for "
    "tests and examinations. Includes the contrasting-setting visit. Assessed by a 4,000-word case study of "
    "one pupil, with baseline measures, targets, the intervention and its review, the parents' part, and "
    "the access arrangements the pupil needs."
)
para("SENC703 Leading and Developing Provision (20 credits)", bold=True, after=2)
para(
    "Covers provision mapping; deploying and managing teaching assistants; observing, coaching and "
    "training colleagues; formative assessment across the school; school self-evaluation and reviewing "
    "provision; working with the head, senior leaders and governors; working with SENCOs in partner "
    "schools; and involving pupils in planning and reviewing their provision, including a session led by "
    "a participation worker from the Children's Society on running a pupil conference. Assessed by a "
    "4,000-word report on a change project in the participant's school and a twenty-minute professional "
    "discussion with the hub tutor and the mentor, to which the headteacher is invited."
)
para(
    "All three assignments are carried out in the participant's own school, so the work changes practice "
    "as the course goes on."
)

# ------------------------------------------------------------ Appendix A
doc.add_page_break()
section("APPENDIX A: OUTCOME TRACKING SHEET \u2013 KEY")
para("S = signed by the marker from an assessed assignment. F = checked by the hub tutor at a tutorial; "
     "tutor's initials only.", italic=True, size=9)
rows = [
    ["Code", "National outcome (short)", "Module", "Evidence"],
    ["PROFESSIONAL ATTRIBUTES"],
    ["PA1", "Constructive relationships with pupils and parents", "702, 703", "S \u2013 702 case study"],
    ["PA2", "Commitment of colleagues, head and senior leaders", "703", "S \u2013 703 professional discussion"],
    ["PA3", "Prioritising, managing time, delegating", "703", "F \u2013 time log discussed at tutorial"],
    ["PA4", "Resolving problems; sound judgement on provision", "703", "S \u2013 703 change project"],
    ["PA5", "Clear speech and writing; listening", "All", "S \u2013 all assignments; 703 discussion"],
    ["PA6", "Using research and outside advice", "All", "S \u2013 701 and 703 reviews of reading"],
    ["PA7", "Keeping up to date; own CPD", "703", "S \u2013 reflective commentary, 703 report"],
    ["PROFESSIONAL KNOWLEDGE AND UNDERSTANDING"],
    ["KU1", "SEN law and the Code of Practice", "701", "S \u2013 701 policy review"],
    ["KU2", "Every Child Matters and the SENCO", "701", "S \u2013 701 policy review"],
    ["KU3", "Disability equality law and duties", "701", "S \u2013 701 policy review"],
    ["KU4", "Child development and what affects it", "702", "S \u2013 702 case study"],
    ["KU5", "Common types of SEN and their effect on learning", "702", "S \u2013 702 case study"],
    ["KU6", "Approaches and resources, including ICT", "702", "S \u2013 702 case study"],
    ["KU7", "School self-evaluation and improvement", "703", "S \u2013 703 change project"],
    ["KU8", "Best practice and research", "702, 703", "S \u2013 702 and 703"],
    ["KU9", "External agencies and specialist support", "701, 702", "S \u2013 702 case study"],
    ["PROFESSIONAL SKILLS"],
    ["PS1", "Strategy, ethos and resources with leaders and governors", "701, 703",
     "S \u2013 701 action plan; 703 project"],
    ["PS2", "Identifying pupils, targets, interventions, review", "702", "S \u2013 702 case study"],
    ["PS2a", "Using other professionals' assessments", "702", "S \u2013 702 case study"],
    ["PS2b", "Summative data and national tests to track progress", "702", "[evidence TBC]"],
    ["PS2c", "Colleagues' formative assessment", "703", "S \u2013 703 change project"],
    ["PS2d", "Access arrangements for tests and examinations", "702", "S \u2013 702 case study"],
    ["PS3", "Provision mapping; spotting missing provision", "703", "S \u2013 703 change project"],
    ["PS4", "Deploying and managing staff", "703", "S \u2013 703 change project"],
    ["PS5", "Supporting colleagues' development", "703", "F \u2013 coaching log seen by mentor"],
    ["PS6", "Reviewing provision with staff", "703", "S \u2013 703 change project"],
    ["PS7", "Pupils involved in their provision", "703", "S \u2013 703 change project (pupil conference)"],
    ["PS8", "Liaising with parents and carers", "702", "S \u2013 702 case study"],
    ["PS9", "Partnership with services and voluntary bodies", "701, 702", "S \u2013 702 case study"],
]
t = doc.add_table(rows=len(rows), cols=4)
borders(t)
for i, row in enumerate(rows):
    if len(row) == 1:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        m.text = ""
        r = m.paragraphs[0].add_run(row[0])
        r.bold = True
        r.font.size = Pt(9)
        shade(m, "EDEDED")
        continue
    for j, val in enumerate(row):
        c = t.cell(i, j)
        c.text = ""
        r = c.paragraphs[0].add_run(val)
        r.font.size = Pt(9)
        if i == 0:
            r.bold = True
            shade(c, "D9E2F3")
for row in t.rows:
    for j, w in enumerate((1.6, 7.4, 2.2, 5.4)):
        row.cells[j].width = Cm(w)

# the KU3 row is a tracked deletion (row and its text)
ku3 = [r for r in t.rows if r.cells[0].text == "KU3"][0]
tr = ku3._tr
trPr = tr.get_or_add_trPr()
d = OxmlElement("w:del")
d.set(qn("w:id"), nid())
d.set(qn("w:author"), "Jenny Cawthorne")
d.set(qn("w:date"), DATE)
trPr.append(d)
for cell in ku3.cells:
    for p in cell.paragraphs:
        for r in list(p.runs):
            txt = r.text
            rpr = r._r.find(qn("w:rPr"))
            wdel = OxmlElement("w:del")
            wdel.set(qn("w:id"), nid())
            wdel.set(qn("w:author"), "Jenny Cawthorne")
            wdel.set(qn("w:date"), DATE)
            nr = OxmlElement("w:r")
            if rpr is not None:
                nr.append(rpr)
            dt = OxmlElement("w:delText")
            dt.set(qn("xml:space"), "preserve")
            dt.text = txt
            nr.append(dt)
            wdel.append(nr)
            r._r.addprevious(wdel)
            p._p.remove(r._r)
ku4 = [r for r in t.rows if r.cells[0].text == "KU4"][0]
doc.add_comment(ku4.cells[1].paragraphs[0].runs, author="Jenny Cawthorne", initials="JC",
                text="KU3 row taken out: 701 does not teach the DDA at the moment. Phil to decide whether "
                     "it goes back in.")
doc.add_paragraph()

# ------------------------------------------------------------ Appendix B
section("APPENDIX B: CHECKS LOG (one row per participant)")
table([
    ["Name", "SA3 Part C received", "CRB enhanced disclosure: date and number",
     "List 99 and references confirmed by school", "Worked with children in last 3 months? (Y/N)",
     "New disclosure applied for (date)", "Reference from last employer (date)", "Checked by"],
    ["", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
], widths=[2.4, 1.8, 2.4, 2.2, 2, 2, 2, 1.6], size=8)

# the Section 1 paragraph on stakeholders gets the Programme Leader's comment
target = [p for p in doc.paragraphs if p.text.startswith("Why we run it.")][0]
doc.add_comment(target.runs, author="Philip Ansty", initials="PA",
                text="Should we add that the twilight sessions and the Brackenthwaite hub came from the "
                     "Fellshire heads' focus group in November? The TDA will ask how stakeholders shaped it.")

doc.save(OUT)
print("wrote", OUT)
