"""Build dc-02.docx: The Hollins Federation, SENCO Award 2009-10 Session Planning File (invented provider).

Provider
--------
The Hollins Federation, Eastwold (invented county): three special schools under
one governing body since 2007 (Hollins Park School, BESD, 7-16; Brook Lane
School, autism, 4-19; Kinder Edge School, SLD and PMLD, 2-19) and the Hollins
Federation Outreach Team, which Eastwold County Council commissions to support
mainstream schools. The award is the (invented) Marchbank University
Postgraduate Certificate in SEN Coordination, validated by its School of
Education, which awards 60 credits at Level 7. Working copy dated 26 June
2009. 2008-era vocabulary (CRB, DDA, Disability Equality Duty, SEN Code of
Practice 2001, ECM, CAF, School Action Plus, P scales, APP, RAISEonline,
Bercow, IDP, DISS, Rose Review, Lamb Inquiry).

Layout (a kind of document not in the earlier sets: a session planning file)
---------------------------------------------------------------------------
The course team's planning file, sent as it stands, written the way special
school teachers write lesson plans.
- A cover, a note "Why a planning file?", a two-column "Course at a glance"
  table, then bold typed headings (no heading styles anywhere): AIMS, WHERE
  THE COURSE CAME FROM, and NOTES FOR SESSION LEADS numbered 1-13 with bold
  run-in titles.
- Eleven session plans (Session 0 and Sessions 1-10), each one table on the
  Federation's lesson-planning sheet: a merged, shaded banner row (session,
  dates, venue, lead), then rows WALT ("We are learning to"), WILF ("What
  I'm looking for"), Sign-off lines (numbers pointing to the sign-off sheet
  at the back, not requirement ids), Research and reading, Sequence (one
  paragraph per timed item), Personalising, Gap task, Resources, Evaluation
  (mostly "To be completed after the session").
- THE PORTFOLIO, THE PROFESSIONAL DISCUSSION AND THE AWARD, then a sign-off
  sheet: 29 numbered lines in the Federation's own words under three merged,
  shaded group rows, with "Main evidence" (P1-P4, PD) and two blank assessor
  columns.
- Real Word tracked changes by the course leader (w:del / w:ins) and four
  Word comments by the outreach team leader. Page header and footer.

Traps and the requirement ids they affect
-----------------------------------------
- E.1, E.2 met (Course at a glance).
- 1.1 partially_met: the AIMS are attainment only ("reading, writing, number
  and communication"); well-being appears only as a value ("Every child
  deserves to be happy and safe at school"); the change project is judged
  on practice, not pupils.
- 1.3 met: every plan's "Research and reading" row names specific research,
  inspection and guidance; note 2 says reading is revised each June.
- 1.5 and 6.S7 met: Session 5 (Talking Mats, conferencing, person-centred
  reviews), gap task and P2; sign-off line 27.
- 1.6 partially_met: colleagues within school (Session 8) developed;
  collaboration beyond the school is not (Session 7 is a who's-who carousel,
  and its Note row says partnership working "is not covered in sessions").
- 1.9 and 6.0 met: every one of the 29 national outcomes is a sign-off line,
  signed by two assessors at the Professional Discussion; the award needs
  every line. (The outcome partials below are developed-but-not-taught
  gaps, not assessment gaps.)
- 2.1 not_met: note 6, "There is no accreditation of prior learning on the
  Award"; the sentence that offered 20 credits of APL is a tracked DELETION
  and is not part of the submission.
- 2.2 met (Session 0: self-audit, tested ratings, Personal Plan).
- 2.3 met: note 7, portfolio-only route, concretely described.
- 2.4 partially_met: "Personalising" rows and note 3 are general ("we try to
  give each of them what they need"; the fee "is kept as low as we can");
  nothing concrete on cost-effectiveness.
- 2.5 not_met: Session 10 "Next steps for participants: TBC (KM to plan)"
  (placeholder); a comment on it is not part of the submission.
- 3.1 met (note 4: disclosure invited and explained, adjustments to
  teaching and assessment, access, publicity, monitoring).
- 3.2 partially_met: one September start, sessions in a fixed order; only
  the Tuesday/Thursday repeat gives choice. A comment asking about a January
  start is not evidence.
- 3.3 not_applicable: "There is no online or distance element".
- 4.1 partially_met: "We did not carry out a formal survey"; general
  outreach experience only. 4.2 met: two concrete changes attributed to the
  heads' conference and the parents' group. 4.3 partially_met: stakeholders
  teach but have no part in evaluation.
- 5.1 partially_met: internal methods only (slips, plan boxes, end
  questionnaire, team review), though with a route to change. The footer's
  "outside observer" claim is not evidence.
- 5.2 met (Session 0 readiness check with headteacher and a preparatory
  course). 5.3 met: the CRB arrangement is a tracked INSERTION in Session 0
  (inserted text is part of the submission), replacing a deleted weaker
  sentence.
- 5.4 partially_met: note 8 is general ("experienced teachers"); Session 2
  "Lead: TBC"; no qualifications or currency.
- 5.5 met (note 13 placements and specialists). 5.6 met (note 12).
- 5.7 not_met: note 9 "We intend to write a short guide ... over the
  summer" (intention); a comment proposing a briefing is not evidence.
- 5.8 met (two assessors at the PD, second marking, University moderation and
  Assessment Board).
- 5.9 not_met: note 11 "At present we have no measure of the course's
  impact on participants or on pupils ..." and only "We would like to".
- Outcomes: all 29 are assessed (sign-off sheet). Developed in a session
  (listed in a Sign-off lines row) -> met: 6.A1, A4, A5, A6, K1, K2, K3, K5,
  K6, K8, K9, S2, S2a, S2b, S4, S5, S7, S8.
  Assessed but not developed -> partially_met, in several guises:
  6.A2, 6.A3, 6.A7, 6.S1 (no session at all); 6.K4 (only in a tracked-deleted
  Session 3 row); 6.S2d (only in a Word comment on Session 7); 6.K7, 6.S6
  (only an "If time" item in Session 9); 6.S2c (only an "Optional" gap
  task); 6.S3 (provision mapping taught only on the Outreach Team's twilight
  "not part of the Award"); 6.S9 (Session 7 Note: "not covered in sessions").
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm, Twips

OUT = Path(__file__).with_name("dc-02-hollins-session-planning-file.docx")

NAVY = "243A73"
BANNER = "D9E2F3"
GROUPFILL = "F2F2F2"
KM = ("Kath Marsh", "2009-06-24T16:05:00Z")
_rev = [200]

doc = Document()
doc.core_properties.author = "Kath Marsh"
doc.core_properties.title = "SENCO Award 2009-10 Session Planning File"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.page_width, sec.page_height = Twips(11906), Twips(16838)
sec.left_margin = sec.right_margin = Cm(2.0)


def nid():
    _rev[0] += 1
    return _rev[0]


def para(text="", bold=False, italic=False, size=None, align=None, after=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def typed_heading(text):
    p = para(text, bold=True, size=11.5, colour=NAVY)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def rpr(size):
    return f'<w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>' if size else ""


def add_del(p, text, size=None):
    author, date = KM
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{rpr(size)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def add_ins(p, text, size=None):
    author, date = KM
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{author}" w:date="{date}">'
        f'<w:r>{rpr(size)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def mark_para(p, kind):
    """Mark the paragraph mark itself as inserted or deleted (whole-paragraph change)."""
    author, date = KM
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:{kind} w:id="{nid()}" w:author="{author}" w:date="{date}"/></w:rPr>'))


def cell_lines(cell, lines, size=9, bold=False):
    """lines: strings, or ('del', text) / ('ins', text) for tracked paragraphs. Returns runs by index."""
    cell.text = ""
    runs = {}
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        if isinstance(line, tuple):
            kind, text = line
            if kind == "del":
                add_del(p, text, size)
                mark_para(p, "del")
            else:
                add_ins(p, text, size)
                mark_para(p, "ins")
            continue
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold
        runs[i] = r
    return runs


def comment(run, text):
    doc.add_comment(run, text=text, author="Jo Tully", initials="JT")


def note(num, title, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(f"{num}.  {title}. ")
    r.bold = True
    if text:
        p.add_run(text)
    return p


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
r = hp.add_run("Hollins Federation \u00b7 SENCO Award 2009\u201310 \u00b7 Session Planning File")
r.font.size = Pt(8)
r.font.color.rgb = RGBColor.from_string(NAVY)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Working copy \u00b7 every session is evaluated by participants and by an outside observer \u00b7 "
               "Hollins Park School, Moor Road, Eastwold EW3 9HP \u00b7 page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- cover
para("", after=40)
para("THE HOLLINS FEDERATION", bold=True, size=20, align="c", colour=NAVY, after=2)
para("Hollins Park School \u00b7 Brook Lane School \u00b7 Kinder Edge School \u00b7 Hollins Federation Outreach Team",
     size=9, align="c", after=30)
para("SENCO AWARD 2009\u201310", bold=True, size=26, align="c", after=2)
para("Session Planning File", size=16, align="c", after=6)
para("Postgraduate Certificate in SEN Coordination, awarded by Marchbank University School of Education",
     italic=True, size=11, align="c", after=30)
para("Working copy, 26 June 2009. Sent to the TDA as our application for approval, with the course "
     "team\u2019s notes left in.", size=9, align="c")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- why a planning file
typed_heading("WHY A PLANNING FILE?")
para("We are teachers in three special schools, and we plan the SENCO Award the way we plan lessons: every "
     "session on the same planning sheet, with what we want participants to learn, how we will know they have, "
     "how we will personalise it and what they take back to school. When the TDA invited applications we "
     "decided to send the file itself rather than write something separate. The course facts are on the next "
     "pages, then the eleven session plans, then the portfolio and the sign-off sheet we use at the end. The "
     "notes and changes the team has made while planning are left in, so that you see the file as it is.")
para("Kath Marsh, Deputy Headteacher, Brook Lane School; Course Leader", italic=True, size=9)

typed_heading("COURSE AT A GLANCE")
GLANCE = [
    ("Award", "Postgraduate Certificate in SEN Coordination, Marchbank University. Validated by the "
     "University\u2019s School of Education on 4 June 2009; the University awards the credits. University "
     "link tutor: Dr Simon Achebe."),
    ("Credits", "60 credits at Level 7 (Masters level)."),
    ("Who it is for", "Teachers with QTS who are SENCO, or about to become SENCO, in a mainstream school in "
     "Eastwold, nominated by their headteacher."),
    ("Structure", "Session 0 (an individual Starting Point meeting), ten taught sessions (full days), a "
     "portfolio and a Professional Discussion."),
    ("When", "One intake a year. Session 0 in September; Sessions 1\u201310 from 29 September 2009 to 24 June "
     "2010, in order, about one a month. Each session runs twice, on a Tuesday and on the Thursday of the same "
     "week, and participants come to either."),
    ("Where", "The three Federation schools (see each plan)."),
    ("Online", "There is no online or distance element: everything happens in the sessions and in "
     "participants\u2019 own schools."),
    ("Fee", "\u00a3950 (taught route); \u00a3450 (portfolio-only route, note 7)."),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
when_run = None
for k, v in GLANCE:
    cells = t.add_row().cells
    cell_lines(cells[0], [k], bold=True)
    shade(cells[0], BANNER)
    rr = cell_lines(cells[1], [v])
    if k == "When":
        when_run = rr[0]
for row in t.rows:
    row.cells[0].width = Cm(3.2)
    row.cells[1].width = Cm(13.8)
comment(when_run, "January start as well? Several heads asked at the conference. JT")

typed_heading("AIMS")
para("We want pupils with SEN in our participants\u2019 schools to make faster progress in reading, writing, "
     "number and communication, because their SENCO knows how to find out what is getting in the way and how "
     "to lead others in removing it. Every child deserves to be happy and safe at school, and every member of "
     "our staff believes that.")

typed_heading("WHERE THE COURSE CAME FROM")
para("We did not carry out a formal survey. The course grew out of what mainstream SENCOs tell our outreach "
     "teachers on visits, week in, week out, and out of our own experience of the pupils who come to us from "
     "mainstream schools. Two things changed after we talked to people. At the Eastwold Primary "
     "Headteachers\u2019 Conference in November 2008 heads asked for more on managing teaching assistants, so "
     "Session 8 became a whole day on leading adults (it had been an afternoon). The Kinder Edge Parents\u2019 "
     "Group asked that SENCOs learn to explain assessments to parents in plain words, and that is now the "
     "afternoon of Session 6.")
para("Stakeholders also teach on the course: the Eastwold Educational Psychology Service (Sessions 4 and 7), "
     "the speech and language therapy team (Session 3), the Eastwold Parent Partnership Service and two "
     "parents (Session 6) and Eastwold\u2019s CAF coordinator (Session 2).")

typed_heading("NOTES FOR SESSION LEADS")
note(1, "The planning sheet", "Every session uses the Federation\u2019s lesson-planning sheet, the one we use "
     "in our own classrooms. WALT is \u2018We are learning to\u2019; WILF is \u2018What I\u2019m looking "
     "for\u2019. \u2018Sign-off lines\u2019 are the numbered lines of the sign-off sheet at the back of this "
     "file that the session works on.")
note(2, "Research and reading", "Every plan names the research, inspection evidence or national guidance the "
     "session draws on. The course leader and Dr Achebe revise the reading for every session each June.")
note(3, "Personalising", "Every plan says how the session is personalised. We know our participants, and "
     "we try to give each of them what they need. The fee is kept as low as we can.")
note(4, "Access", "The application form asks whether the applicant has a disability or a health condition, "
     "and explains why we ask and who will see the answer. Kath Marsh contacts everyone who tells us of a need "
     "within a week to agree adjustments: for example large-print or electronic copies of handouts, a BSL "
     "interpreter, a scribe or extra time for the portfolio and the Professional Discussion, rest breaks, or "
     "parking at the door. All three schools are on one level or have lifts, with hearing loops in the halls. "
     "Our publicity says that disabled teachers are welcome and tells them how to ask for adjustments. We "
     "monitor applications and results by disability and ethnicity and report them to governors each year "
     "under the Federation\u2019s Disability and Race Equality Schemes.")
note(5, "Entry", "See the Session 0 plan.")
p6 = note(6, "Prior learning", "")
add_del(p6, "Teachers who hold M-level credit in SEN from the last five years may claim up to 20 credits "
            "through the University\u2019s APL procedure. ")
p6.add_run("There is no accreditation of prior learning on the Award: the University\u2019s regulations for this "
           "Certificate do not allow credit to be carried in, and every participant on the taught route "
           "completes all ten sessions and the whole portfolio.")
note(7, "Portfolio-only route", "Experienced SENCOs (at least three years as a SENCO) and advisory or "
     "outreach teachers may apply to go straight to the portfolio and the Professional Discussion without "
     "attending Sessions 1\u201310. They come to Session 0, where the course leader and the University link "
     "tutor decide whether the route suits them, and they are assessed in exactly the same way as everyone "
     "else, on all 29 lines.")
note(8, "Who teaches", "Sessions are led by experienced teachers from the three schools, with visiting "
     "specialists from Eastwold\u2019s services. Leads are named on each plan.")
p9 = note(9, "Guides", None)
r9 = p9.add_run("We intend to write a short guide for session leads and for headteachers over the summer.")
comment(r9, "Can we run a proper briefing for session leads and Professional Discussion assessors in "
            "September, not just a guide? JT")
note(10, "Evaluation", "Participants fill in an evaluation slip at the end of every session. Within a week "
     "the lead writes the slips up in the Evaluation box on the plan. At the end of the course participants "
     "complete a questionnaire on the sessions, venues and organisation (Session 10). The course team reviews "
     "the boxes and the questionnaires at its July meeting and rewrites the plans for the next cohort.")
note(11, "Impact", "At present we have no measure of the course\u2019s impact on participants or on pupils "
     "beyond what participants tell us on the evaluation slips. We would like to be able to show the "
     "difference the course makes to pupils in participants\u2019 schools, and have talked about asking "
     "participants to collect \u2018before and after\u2019 data, but have not decided how.")
note(12, "Resources", "Participants may borrow from Hollins Park\u2019s assessment library, Brook Lane\u2019s "
     "autism library and Kinder Edge\u2019s Communication Centre (Talking Mats, Boardmaker, switches, eye-gaze "
     "and communication aids), and hold Marchbank University library cards.")
note(13, "Placements and specialists", "Each participant spends two half-days in a Federation school on a "
     "task agreed with the host teacher (following one pupil\u2019s day, and sitting in on an annual "
     "review), as well as the classroom visits in Sessions 3, 5 and 9. Specialists teach in Sessions 2 to 7.")

# ---------------------------------------------------------------- session plans
LABELS = ("WALT", "WILF", "Sign-off lines", "Research and reading", "Sequence", "Personalising", "Gap task",
          "Resources", "Evaluation")


def plan(banner, rows, comments=None):
    """rows: dict label -> list of lines (strings or tracked tuples). comments: {label: (line_index, text)}."""
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    b = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    cell_lines(b, banner, size=10, bold=True)
    shade(b, BANNER)
    for label, lines in rows:
        cells = t.add_row().cells
        cell_lines(cells[0], [label], bold=True)
        runs = cell_lines(cells[1], lines)
        if comments and label in comments:
            idx, text = comments[label]
            comment(runs[idx], text)
    for row in t.rows:
        if len(row.cells) == 2:
            row.cells[0].width = Cm(3.2)
            row.cells[1].width = Cm(13.8)
    return t


TBC_EVAL = ["To be completed after the session."]

plan(["SESSION 0 \u00b7 Starting Point meeting (individual, one hour)",
      "September 2009 \u00b7 the participant\u2019s school or Hollins Park \u00b7 Lead: Kath Marsh or Dean Okafor"], [
    ("WALT", ["know where I am starting from against the 29 sign-off lines, and agree my Personal Plan"]),
    ("WILF", ["self-audit completed with an example for every line; ratings tested in discussion; Personal Plan "
              "agreed and signed by the participant, the lead and the headteacher"]),
    ("Sign-off lines", ["All (starting point only)"]),
    ("Sequence", [
        "Before: the participant completes the self-audit, rating each of the 29 sign-off lines from 1 to 4 with "
        "an example from his or her own work.",
        "0\u201320 min: the lead asks for the example behind every rating of 3 or 4, and the two adjust any rating "
        "the example does not bear out.",
        "20\u201340 min: agree the Personal Plan: the three to five lines to work on first, the school tasks that "
        "will give portfolio evidence, and the lines already secure.",
        "40\u201350 min: readiness check. If the self-audit and discussion show that the teacher is unlikely to "
        "reach all 29 lines by June (for example, a teacher with little experience of teaching pupils with "
        "SEN), the course leader talks to the teacher and the headteacher, explains what needs to be in place "
        "first, and offers a place on the Outreach Team\u2019s Inclusion Essentials twilight course with a "
        "guaranteed place in the next cohort. Allocate the two placement half-days (note 13).",
        "50\u201360 min: nomination form; access form (note 4); checks (below).",
    ]),
    ("Checks", [
        ("del", "Headteachers confirm on the nomination form that the teacher has been CRB checked."),
        ("ins", "The participant brings his or her enhanced CRB disclosure to Session 0, and the Federation\u2019s "
                "Business Manager, Alan Reeve, sees it and records its number and date. A participant who has "
                "not worked in a post with regular contact with children in the last three months applies for a "
                "new enhanced disclosure through the Federation and does not visit classes until it has come "
                "back. The headteacher\u2019s nomination form confirms that there are no concerns about the "
                "teacher\u2019s conduct and no outstanding disciplinary matters."),
    ]),
    ("Personalising", ["The Personal Plan personalises the whole course: before each session the lead receives "
                       "a one-page summary of every participant\u2019s focus lines."]),
    ("Resources", ["Self-audit booklet; Personal Plan form; nomination form; access form."]),
])

plan(["SESSION 1 \u00b7 The SENCO and the law",
      "Tuesday 29 September / Thursday 1 October 2009 \u00b7 Hollins Park \u00b7 Lead: Kath Marsh"], [
    ("WALT", ["know the law and the Code of Practice that shape the SENCO\u2019s work, and what they mean in my "
              "school"]),
    ("WILF", ["can explain the graduated response (School Action, School Action Plus, statutory assessment and "
              "statements) and the SENCO\u2019s duties under the 2008 Regulations, and apply them to a case from "
              "my school"]),
    ("Sign-off lines", ["8"]),
    ("Research and reading", ["SEN Code of Practice (DfES 2001); Education Act 1996 Part IV; SENDA 2001; the "
                              "Education (SEN Co-ordinators) (England) Regulations 2008; Removing Barriers to "
                              "Achievement (2004); Ofsted (2004) Special educational needs and disability: "
                              "towards inclusive schools."]),
    ("Sequence", ["9.15 Welcome; the course map; the portfolio and the sign-off sheet explained",
                  "9.45 The Code of Practice in a SENCO\u2019s week (case cards)",
                  "11.00 Statutory assessment and annual reviews: role play of a Hollins Park annual review",
                  "1.30 The 2008 Regulations: what they ask of the SENCO and the governing body",
                  "2.45 Plan the gap task"]),
    ("Personalising", ["Participants with law among their focus lines work with KM on the harder case cards; "
                       "those already secure act as table experts."]),
    ("Gap task", ["Audit your school\u2019s SEN policy against the Code (portfolio P1)."]),
    ("Resources", ["Code of Practice for each participant; case cards; anonymised annual review papers."]),
    ("Evaluation", TBC_EVAL),
])

plan(["SESSION 2 \u00b7 Every Child Matters and disability equality",
      "Tuesday 3 / Thursday 5 November 2009 \u00b7 Brook Lane \u00b7 Lead: TBC"], [
    ("WALT", ["understand the five Every Child Matters outcomes and the SENCO\u2019s part in them, and what "
              "disability equality law asks of my school"]),
    ("WILF", ["can map my school\u2019s provision for pupils with SEN against the five outcomes; can explain the "
              "Disability Equality Duty and reasonable adjustments and check my school\u2019s accessibility plan"]),
    ("Sign-off lines", ["9, 10"]),
    ("Research and reading", ["Every Child Matters: Change for Children (2004); Children Act 2004; DDA 1995 and "
                              "2005; Disability Rights Commission guidance on the Disability Equality Duty for "
                              "schools (2006)."]),
    ("Sequence", ["9.15 The five outcomes for a Brook Lane pupil and for a pupil with SEN in your school",
                  "10.45 CAF and the Team Around the Child: a case walk-through with Eastwold\u2019s CAF "
                  "coordinator",
                  "1.30 The DDA and the Disability Equality Duty: reasonable adjustments, accessibility plans, "
                  "the disability equality scheme",
                  "2.45 Plan the gap task"]),
    ("Personalising", ["Primary and secondary SENCOs work on separate case studies."]),
    ("Gap task", ["Check your school\u2019s accessibility plan and disability equality scheme against the Duty "
                  "(P1)."]),
    ("Evaluation", TBC_EVAL),
])

plan(["SESSION 3 \u00b7 Understanding autism, speech, language and communication needs, and MLD",
      "Tuesday 1 / Thursday 3 December 2009 \u00b7 Brook Lane \u00b7 Lead: Kath Marsh with Lucy Pell "
      "(speech and language therapist, Eastwold PCT)"], [
    ("WALT", ["understand autism, speech, language and communication needs and moderate learning difficulties, "
              "and how they affect learning"]),
    ("WILF", ["can describe how each need shows itself in class and what helps; can adapt a lesson for a pupil "
              "with autism"]),
    ("Sign-off lines", ["12"]),
    ("Research and reading", ["The Bercow Review (2008); Inclusion Development Programme: speech, language and "
                              "communication needs (2008); Autistic Spectrum Disorders: Good Practice Guidance "
                              "(DfES 2002)."]),
    ("Sequence", ["9.15 Autism: the triad of impairments; TEACCH and visual structure at Brook Lane",
                  "10.45 Speech, language and communication needs with Lucy Pell: spotting language difficulties",
                  ("del", "1.30 Visit to the Child Development Centre, Eastwold General Hospital: typical and "
                          "atypical development from birth to five (line 11)"),
                  ("ins", "1.30 Classroom visits at Brook Lane: the autism base and Key Stage 2"),
                  "2.45 Moderate learning difficulties: what they mean and what helps"]),
    ("Personalising", ["Participants with line 12 as a focus observe with a Brook Lane teacher using a structured "
                       "observation sheet; others plan an adapted lesson."]),
    ("Gap task", ["Adapt a lesson for a pupil with autism or language needs in your school and note what "
                  "happened."]),
    ("Resources", ["Brook Lane autism library; observation sheets."]),
    ("Evaluation", TBC_EVAL),
])

plan(["SESSION 4 \u00b7 BESD and dyslexia; identifying and tracking",
      "Tuesday 12 / Thursday 14 January 2010 \u00b7 Hollins Park \u00b7 Lead: Dean Okafor (Assistant Headteacher, "
      "Hollins Park) with Dr Fiona Grant (educational psychologist, Eastwold EPS)"], [
    ("WALT", ["recognise behavioural, emotional and social difficulties and dyslexia; identify pupils who may "
              "have SEN; set targets and track progress"]),
    ("WILF", ["can use observation, data and assessment to identify need; can set challenging targets and plan "
              "an intervention; can track progress with P scales, APP, national tests and RAISEonline and "
              "change the programme when progress stalls"]),
    ("Sign-off lines", ["12, 18, 20"]),
    ("Research and reading", ["Inclusion Development Programme: dyslexia (2008); the Rose Review, Identifying and "
                              "teaching children and young people with dyslexia and literacy difficulties (June "
                              "2009); Ofsted (2005) Managing challenging behaviour; DCSF Progression Guidance "
                              "(2008)."]),
    ("Sequence", ["9.15 BESD at Hollins Park: what lies behind the behaviour",
                  "10.45 Dyslexia and other specific learning difficulties",
                  "1.30 Identifying and tracking: observation, data, P scales, APP, Key Stage tests and "
                  "RAISEonline; setting targets",
                  "2.45 IEPs and reviews that work"]),
    ("Personalising", ["The data workshop runs at two levels: \u2018getting started\u2019 and \u2018using "
                       "RAISEonline for groups\u2019."]),
    ("Gap task", ["Track one group of pupils with SEN with your school\u2019s data and set targets (P2). "
                  "Optional: lead a short staff meeting on assessment for learning for pupils with SEN."]),
    ("Resources", ["Hollins Park assessment library; laptops with anonymised RAISEonline data."]),
    ("Evaluation", TBC_EVAL),
])

plan(["SESSION 5 \u00b7 Listening to pupils",
      "Tuesday 9 / Thursday 11 February 2010 \u00b7 Kinder Edge \u00b7 Lead: Sue Hartley (Deputy Headteacher, "
      "Kinder Edge)"], [
    ("WALT", ["consult pupils with SEN, including pupils with little or no speech, about their provision and "
              "decisions that affect them, and involve them in planning and reviewing it"]),
    ("WILF", ["can use at least two ways of gathering pupils\u2019 views; can plan a review that the pupil helps "
              "to lead; can build fair, respectful relationships with pupils and their families"]),
    ("Sign-off lines", ["1, 27"]),
    ("Research and reading", ["SEN Code of Practice (2001), chapter 3, Pupil Participation; UN Convention on the "
                              "Rights of the Child, Article 12; the Talking Mats research (University of "
                              "Stirling)."]),
    ("Sequence", ["9.15 Why pupil participation matters",
                  "10.00 Talking Mats: demonstration with Kinder Edge pupils (with parents\u2019 consent), then "
                  "practice in pairs",
                  "11.15 Pupil conferencing and person-centred reviews: a Year 9 transition review",
                  "1.30 Relationships with pupils and families: fair, respectful, constructive",
                  "2.30 Plan the gap task"]),
    ("Personalising", ["Secondary SENCOs practise conferencing; primary SENCOs practise with Talking Mats."]),
    ("Gap task", ["Consult a small group of pupils with SEN about one piece of provision, and involve your P2 "
                  "pupil in planning his or her next review (P2)."]),
    ("Resources", ["Talking Mats kits; Boardmaker symbols; video of a person-centred review."]),
    ("Evaluation", TBC_EVAL),
])

plan(["SESSION 6 \u00b7 Working with parents and carers",
      "Tuesday 9 / Thursday 11 March 2010 \u00b7 Hollins Park \u00b7 Lead: Kath Marsh with the Eastwold Parent "
      "Partnership Service and two parents from the Kinder Edge Parents\u2019 Group"], [
    ("WALT", ["listen to parents and carers, explain provision and assessment in plain words, and work in "
              "partnership with them"]),
    ("WILF", ["can run a meeting with parents that listens first; can explain an assessment report without "
              "jargon; can write a clear summary of what was agreed"]),
    ("Sign-off lines", ["1, 5, 28"]),
    ("Research and reading", ["Evidence to the Lamb Inquiry on parental confidence (2009); Parent Partnership "
                              "Services guidance."]),
    ("Sequence", ["9.15 Parents\u2019 stories", "10.30 Listening; handling disagreement",
                  "1.30 Explaining assessments in plain words", "2.45 Role play of a difficult meeting"]),
    ("Personalising", ["Participants choose the role-play scenario closest to their school."]),
    ("Gap task", ["Hold a meeting with the parents or carers of your P2 pupil and write it up (P2)."]),
    ("Evaluation", TBC_EVAL),
])

plan(["SESSION 7 \u00b7 Using other professionals\u2019 assessments; who\u2019s who",
      "Tuesday 20 / Thursday 22 April 2010 \u00b7 Brook Lane \u00b7 Lead: Dr Fiona Grant"], [
    ("WALT", ["use reports from educational psychologists, therapists and others to plan teaching, and know "
              "what each service does and how to get its help"]),
    ("WILF", ["can turn a professional\u2019s report into classroom strategies; can name the referral route to "
              "each service"]),
    ("Sign-off lines", ["16, 19"]),
    ("Research and reading", ["SEN Code of Practice (2001), chapter 10; Eastwold\u2019s directory of services "
                              "for children with SEN (2009)."]),
    ("Sequence", ["9.15 Reading an EP report and a speech and language therapy report: from recommendations to "
                  "classroom strategies",
                  "11.00 Who\u2019s who carousel: educational psychology, speech and language therapy, "
                  "occupational therapy, CAMHS, Sensory Support, social care, Connexions and the Eastwold Autism "
                  "Support Group",
                  "1.30 Turning reports into a plan for your P2 pupil",
                  "2.45 Plan the gap task"]),
    ("Note", ["Working in partnership with other services is not covered in sessions: participants evidence "
              "line 29 from their own work."]),
    ("Gap task", ["Use two professionals\u2019 reports on your P2 pupil to plan his or her teaching (P2)."]),
    ("Evaluation", TBC_EVAL),
], comments={"Sequence": (1, "Could Hollins Park\u2019s exams officer do half an hour here on access "
                             "arrangements for Key Stage 2 tests and GCSE? Nothing on this anywhere at present. JT")})

plan(["SESSION 8 \u00b7 Leading adults: teaching assistants and colleagues",
      "Tuesday 18 / Thursday 20 May 2010 \u00b7 Hollins Park \u00b7 Lead: Dean Okafor"], [
    ("WALT", ["deploy and manage teaching assistants well, support colleagues\u2019 professional development, "
              "and solve problems with colleagues"]),
    ("WILF", ["can plan TA deployment for a class; can give feedback after an observation; can model a strategy "
              "and coach a colleague using GROW; can plan staff training; can anticipate and work through a real "
              "problem"]),
    ("Sign-off lines", ["4, 24, 25"]),
    ("Research and reading", ["Deployment and Impact of Support Staff (DISS) project, first findings "
                              "(2008\u201309); National Strategies (2006) Leading on Intervention."]),
    ("Sequence", ["9.15 What the DISS project tells us about teaching assistants",
                  "10.30 Deploying and managing TAs: timetables, roles, appraisal",
                  "11.30 Observation and feedback; modelling; coaching with GROW",
                  "1.30 Problem-solving circles on problems from participants\u2019 schools",
                  "2.45 Planning staff training"]),
    ("Personalising", ["Participants who manage large TA teams work on appraisal; others on timetabling."]),
    ("Gap task", ["Coach a colleague through three short cycles, and plan TA deployment for one class (P3)."]),
    ("Evaluation", TBC_EVAL),
])

plan(["SESSION 9 \u00b7 Approaches and resources, including ICT",
      "Tuesday 8 / Thursday 10 June 2010 \u00b7 Kinder Edge \u00b7 Lead: Sue Hartley"], [
    ("WALT", ["judge approaches, strategies and resources, including ICT, critically, and use research and "
              "specialist advice to improve my own and colleagues\u2019 practice"]),
    ("WILF", ["can compare two interventions using evidence; can choose ICT to remove a barrier; can show how "
              "research or advice changed what I or colleagues do"]),
    ("Sign-off lines", ["6, 13, 15"]),
    ("Research and reading", ["Ofsted (2006) Inclusion: does it matter where pupils are taught?; Brooks (2007) "
                              "What works for pupils with literacy difficulties?; Becta guidance on ICT and "
                              "inclusion."]),
    ("Sequence", ["9.15 What works and how we know: reading research critically",
                  "10.45 ICT at Kinder Edge: switches, eye-gaze, Clicker 5, Communicate: In Print, Boardmaker",
                  "1.30 Change project surgery",
                  "If time: link your change project to your school\u2019s self-evaluation form (lines 14, 26)",
                  "3.00 Plenary"]),
    ("Personalising", ["Change project surgery in small groups by phase."]),
    ("Gap task", ["Finish the change project (P3)."]),
    ("Evaluation", TBC_EVAL),
])

plan(["SESSION 10 \u00b7 Change project presentations; course review",
      "Tuesday 22 / Thursday 24 June 2010 \u00b7 Hollins Park \u00b7 Lead: Kath Marsh and Dr Simon Achebe"], [
    ("WALT", ["present my change project clearly and answer questions on it"]),
    ("WILF", ["a 15-minute presentation; answers that show I have listened to colleagues\u2019 questions"]),
    ("Sign-off lines", ["5"]),
    ("Sequence", ["9.15 Presentations in groups of five",
                  "1.30 Course evaluation questionnaire",
                  "2.15 Next steps for participants: TBC (KM to plan)",
                  "3.00 Celebration"]),
    ("Evaluation", TBC_EVAL),
], comments={"Sequence": (2, "Ask the heads what they want here. Link it to performance management? JT")})

# ---------------------------------------------------------------- portfolio and award
typed_heading("THE PORTFOLIO, THE PROFESSIONAL DISCUSSION AND THE AWARD")
para("The portfolio has four parts: P1, an audit of the school\u2019s SEN policy, accessibility plan and "
     "practice against the law and the Code, with an action plan; P2, a study of one pupil (needs, assessments, "
     "targets, the pupil\u2019s views, work with the family and with other professionals); P3, a report on a "
     "change to provision the participant has led in his or her own school, saying what was done and what "
     "changed in the school\u2019s practice; P4, a reflective log written after each session.")
para("The Professional Discussion (PD) lasts 45 to 60 minutes, in July 2010. Two assessors, the course leader "
     "or a senior session lead and the University link tutor, go through the sign-off sheet line by line with "
     "the participant and the portfolio, and each assessor signs a line only when the evidence shows it is "
     "secure.")
para("The award. The 29 lines of the sign-off sheet are the TDA\u2019s national minimum outcomes in our own "
     "words; none has been left out or merged. The University awards the Certificate only when both assessors "
     "have signed every one of the 29 lines and the portfolio has passed at Level 7, and the University\u2019s "
     "Assessment Board has confirmed the result.")
para("Marking and moderation. Each portfolio is marked by the course leader and second-marked by another "
     "member of the Federation team against the University\u2019s Level 7 criteria. Dr Achebe moderates every "
     "fail and a third of the passes, and the University\u2019s Assessment Board confirms all results.")

typed_heading("SIGN-OFF SHEET")
SIGN = [
    ("GROUP", "Who I am as a SENCO"),
    ("1", "Builds fair, respectful and constructive relationships with pupils with SEN and their families", "P2, PD"),
    ("2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN",
     "P1, PD"),
    ("3", "Manages time and priorities and delegates well", "P4, PD"),
    ("4", "Anticipates and solves problems; makes sound decisions about provision", "P3, PD"),
    ("5", "Speaks and writes clearly; listens to and understands others\u2019 views", "P1\u2013P4, PD"),
    ("6", "Uses research and outside advice to improve own and colleagues\u2019 practice", "P3, PD"),
    ("7", "Keeps up to date and takes charge of own CPD", "P4, PD"),
    ("GROUP", "What I know"),
    ("8", "SEN law, the Code of Practice and how to put them into practice", "P1, PD"),
    ("9", "Every Child Matters and the SENCO\u2019s part in it", "P1, PD"),
    ("10", "Disability equality law and what it requires of schools", "P1, PD"),
    ("11", "How children develop, and how SEN, disability and surroundings affect development", "P2, PD"),
    ("12", "The main types of SEN (BESD, dyslexia and other SpLD, speech, language and communication needs, "
           "autism, MLD) and how they affect learning", "P2, PD"),
    ("13", "Approaches, strategies and resources, including ICT, understood critically", "P3, PD"),
    ("14", "School self-evaluation and improvement, and pupils with SEN", "P3, PD"),
    ("15", "Best practice and research on meeting SEN", "P3, PD"),
    ("16", "What other services and agencies do, and how to get their help", "P2, PD"),
    ("GROUP", "What I do"),
    ("17", "Works with senior leaders and governors on an inclusive ethos, policy, priorities and resources",
     "P1, PD"),
    ("18", "Identifies pupils who may have SEN; sets targets; plans and reviews interventions", "P2, PD"),
    ("19", "Uses other professionals\u2019 assessments to plan teaching", "P2, PD"),
    ("20", "Tracks progress with summative data, including national tests, and changes programmes", "P2, PD"),
    ("21", "Encourages colleagues to use formative assessment with pupils with SEN", "P3, PD"),
    ("22", "Arranges access arrangements for national tests and examinations in good time", "P2, PD"),
    ("23", "Uses provision mapping and finds ineffective or missing provision", "P3, PD"),
    ("24", "Deploys and manages staff", "P3, PD"),
    ("25", "Supports colleagues\u2019 development: observation and feedback, modelling, coaching, training",
     "P3, PD"),
    ("26", "Reviews provision with staff to inform the school\u2019s self-evaluation", "P3, PD"),
    ("27", "Involves pupils in planning, agreeing and reviewing their provision", "P2, PD"),
    ("28", "Works in partnership with parents and carers", "P2, PD"),
    ("29", "Works in partnership with other services, including voluntary organisations", "PD"),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for j, h in enumerate(("No.", "Line", "Main evidence", "Assessor 1", "Assessor 2")):
    cell_lines(t.rows[0].cells[j], [h], bold=True)
    shade(t.rows[0].cells[j], BANNER)
for row in SIGN:
    cells = t.add_row().cells
    if row[0] == "GROUP":
        m = cells[0].merge(cells[-1])
        cell_lines(m, [row[1]], bold=True)
        shade(m, GROUPFILL)
        continue
    cell_lines(cells[0], [row[0]])
    cell_lines(cells[1], [row[1]])
    cell_lines(cells[2], [row[2]])
    cell_lines(cells[3], [""])
    cell_lines(cells[4], [""])
for row in t.rows:
    for j, w in enumerate((1.0, 10.0, 2.4, 1.8, 1.8)):
        if j < len(row.cells):
            row.cells[j].width = Cm(w)

para("")
para("Provision mapping (line 23) is taught on the Outreach Team\u2019s Provision Mapping twilight, which "
     "participants may attend; it is not part of the Award.", italic=True, size=9)

doc.save(OUT)
print("wrote", OUT)
