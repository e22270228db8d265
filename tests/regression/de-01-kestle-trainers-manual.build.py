"""Build de-01.docx: The Kestle Trust, Trainer's Manual for the National Award for SEN Coordination 2009-10.

Provider (invented)
-------------------
The Kestle Trust, Harbridge: a national registered charity for children's speech,
language and communication needs. It runs a schools network, a Parent Network, a
Youth Voice panel, an outreach service and a professional development team, and
applies alone. The award (Postgraduate Certificate in Leading Provision for
Special Educational Needs, 60 credits at Level 7, two 30-credit modules KT701 and
KT702) is validated by the invented University of Selsmouth. Dated June 2009;
2008-era vocabulary throughout (CRB, List 99, DDA, Disability Equality Duty, SEN
Code of Practice 2001, ECM, CAF, SENCO Regulations 2008, Bercow Review, Moodle).

Layout (a kind of document a CPD charity really keeps: a trainer's manual)
--------------------------------------------------------------------------
The Trust sends the manual its associate trainers and markers work from, as it
stands, with one line on the cover saying it accompanies the application.
- Cover page; a typed contents list; page header and footer ("For Kestle trainers
  only ..."), a PAGE field in the footer.
- Part A "Before you start": short Heading 2 sections A1-A12 in the second person
  addressed to trainers (what the programme is for, the award, why it looks as it
  does, who does what, who the participants are, tutorials and Kestle Online,
  access, when and where, the team, resources, "what has changed from the old
  Certificate"). Italic "Trainer note." run-in paragraphs. A floating VML text box
  of "Golden rules" (no evidence in it beyond what the body says).
- Part B "The study days": eight session plans, each a Heading 2, a bold
  "Outcome links:" run-in paragraph in the Trust's own words, a four-column timed
  plan table (Time / Activity / Resources / Trainer notes) with a shaded header
  row and a merged lunch row, a "Gap task" run-in and sometimes a shaded
  one-cell "Trainer note" box.
- Part C "Assessment and the award": the two assignment briefs, each followed by
  a bulleted list of the national outcomes markers judge it against (in plain
  words, never by code); marking and moderation; the award rule; "Questions
  trainers ask" with bold question run-ins.
- Part D "After each day": evaluation forms and records.
- Appendix: trainer's checklists typed with empty ballot boxes.
The national outcomes are never named by id: a reader has to join each
outcome's "Outcome links" (where it is developed) to the assignment lists
(where it is assessed).

Traps and the ids they affect
-----------------------------
- 2.2 not_met (negation, in a trainer note): "We do not ask participants to
  complete a needs assessment before the course"; introductions on Day 1 and
  "keep a note" only.
- 2.3 not_met (plan under consideration plus other providers' arrangement):
  "Some universities offer an 'assessment-only' route ... The Trust is
  considering one ... from 2010-11. Until then the answer is no".
- 2.4 partially_met: "Every group is different, and good trainers adapt" and two
  tutorials per module; no needs-based plan, nothing on cost.
- 1.3 partially_met: the trainer note quotes the TDA specification, then says
  the research strand deals only with speech, language and communication, and
  asks trainers to "keep your slides up to date with the latest research"
  (general); no inspection evidence.
- 6.K8 partially_met: research and best practice are assessed in Assignment 1
  but developed only for communication needs (same trainer note).
- 1.7 partially_met: the only parents' slot is a parent telling her story,
  "It is not a session on working with parents"; the gap task's parent meeting
  record is unmarked. 6.S8 partially_met for the same reason.
- 3.3 partially_met (e-learning present): Kestle Online holds slides and a
  participant-run forum that "Trainers do not read or answer"; ICT used only to
  post slides, no tutor support online.
- 4.3 partially_met: stakeholders deliver (EP, SLT, Parent Partnership, Young
  Carers, a governor, parent, Youth Voice panel, host school) but "We do not
  ask them to evaluate the programme". 4.1 and 4.2 met (A4 survey, focus
  groups and what changed).
- 5.1 partially_met: methods listed (day forms, trainer reports, external
  examiner, annual monitoring) but the evidence is only "filed with the course
  records"; nothing on how it is used.
- 5.5 partially_met (past arrangement): specialist guests and a visit, but the
  old Certificate's placement week "has not been carried over to the Award".
- 5.9 partially_met: participants report in Assignment 2 what difference the
  change made to pupils, but "We do not at present measure the Award's impact
  on participants' practice or on pupils beyond what participants write in
  Assignment 2"; follow-up only hoped for.
- 1.9 and 6.0 partially_met: award on passing both assignments; blanket
  "Between them the two assignments assess the national minimum outcomes"
  against outcomes that are unmarked, optional, conditional or absent.
- Outcomes:
  met (developed on a day and in an assignment list): A1, A2, A4, A5, A6, K1,
  K2, K3, K4, K5, K6, S1, S2, S2a, S2c, S3, S4, S6, S7;
  partially_met: A7 (Day 8 and an unmarked planner), K8 (communication only),
  K9 (Day 7; only an optional section of Assignment 1 "may also be credited"),
  S2b (assessed in Assignment 1, but "We do not teach the use of national test
  results or tracking systems"), S5 (Day 6; marked only "where the change
  involves training or coaching colleagues"), S8 (see 1.7), S9 (Day 7 and an
  unmarked agency map);
  not_met: A3 (time management and delegation appear nowhere), K7 (school
  self-evaluation appears nowhere), S2d (access arrangements "are not part of
  the programme").
- Met despite looking thin: 5.3 (trainers are told they need not check, because
  the Course Administrator records disclosure date and number, barring, conduct
  and a new disclosure for anyone out of school three months), 5.7 (roles of
  leader, trainers, mentors with guide and briefing, guests briefed, new
  trainers co-deliver and are observed, standardisation), 3.1 and 3.2.
- The text box, the checklists (ticks are empty boxes) and the header and
  footer add no evidence.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from datetime import datetime
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("de-01-kestle-trainers-manual.docx")

TEAL = "1F6F5C"
PALE = "E6F2EE"
SAND = "FBF3E4"

doc = Document()
doc.core_properties.author = "Frances Oduya"
doc.core_properties.comments = ""
doc.core_properties.title = "Kestle Trust Trainer's Manual: National Award for SEN Coordination 2009-10"
doc.core_properties.created = datetime(2009, 5, 6, 14, 0)
doc.core_properties.modified = datetime(2009, 6, 15, 11, 30)
st = doc.styles["Normal"]
st.font.name = "Trebuchet MS"
st.font.size = Pt(10)
for name, size in (("Heading 1", 15), ("Heading 2", 12)):
    h = doc.styles[name]
    h.font.name = "Trebuchet MS"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor.from_string(TEAL)


def para(text="", bold=False, italic=False, size=None, align=None, after=None, colour=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
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


def runin(lead, text, italic_lead=False, bold_lead=True, italic_all=False):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = bold_lead
    r.italic = italic_lead or italic_all
    r2 = p.add_run(text)
    r2.italic = italic_all
    return p


def note(text):
    """Trainer note: italic run-in paragraph."""
    return runin("Trainer note.", text, italic_lead=True, bold_lead=True, italic_all=True)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return p


def box(title, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, SAND)
    cell_text(c, title, bold=True, size=9)
    p = c.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(9)
    doc.add_paragraph()


def plan(rows):
    """Session plan: Time / Activity / Resources / Trainer notes; a row with one value is merged."""
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(("Time", "Activity", "Resources", "Trainer notes")):
        cell_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), PALE)
    for row in rows:
        cells = t.add_row().cells
        if len(row) == 2:
            cell_text(cells[0], row[0])
            m = cells[1].merge(cells[3])
            cell_text(m, row[1], italic=True)
            shade(m, "F2F2F2")
            continue
        for j, val in enumerate(row):
            cell_text(cells[j], val)
    for r in t.rows:
        r.cells[0].width = Cm(1.6)
        r.cells[1].width = Cm(7.4)
        r.cells[2].width = Cm(3.2)
        r.cells[3].width = Cm(4.6)
    doc.add_paragraph()
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def day(title, module, links, rows, gap, extra_note=None, boxed=None):
    doc.add_heading(title, level=2)
    para(module, italic=True, size=9)
    runin("Outcome links:", links)
    plan(rows)
    runin("Gap task.", gap)
    if extra_note:
        note(extra_note)
    if boxed:
        box(*boxed)


# ------------------------------------------------------------- header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("THE KESTLE TRUST  \u00b7  Trainer\u2019s Manual  \u00b7  National Award for SEN Coordination 2009\u201310")
hr.font.size = Pt(8)
hr.font.color.rgb = RGBColor.from_string(TEAL)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("For Kestle trainers and markers only. Not to be copied to participants.  Version 1.2, June 2009  \u00b7  Page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------- cover
para("", after=50)
para("THE KESTLE TRUST", bold=True, size=22, align="c", colour=TEAL)
para("the national charity for children\u2019s speech, language and communication", italic=True, size=11, align="c")
para("", after=30)
para("TRAINER\u2019S MANUAL", bold=True, size=26, align="c")
para("National Award for SEN Coordination 2009\u201310", size=14, align="c")
para("Postgraduate Certificate in Leading Provision for Special Educational Needs", size=11, align="c")
para("validated by the University of Selsmouth", size=11, align="c")
para("", after=24)
para("", after=24)
para("This copy accompanies the Trust\u2019s application to the Training and Development Agency for Schools "
     "for approval as a provider of the National Award.", italic=True, size=8, align="c")
para("Kestle House, Tanner Row, Harbridge HB2 4LT  \u00b7  Registered charity no. 1094417", size=8, align="c")
page_break()

# ------------------------------------------------------------- contents
para("Contents", bold=True, size=13, colour=TEAL)
for line in ("Part A   Before you start", "Part B   The study days", "Part C   Assessment and the award",
             "Part D   After each day", "Appendix   Checklists"):
    para(line, after=2)
para("")

# ------------------------------------------------------------- Part A
doc.add_heading("Part A \u2013 Before you start", level=1)

doc.add_heading("A1  Welcome", level=2)
para("Thank you for agreeing to train on the Kestle Trust\u2019s National Award for SEN Coordination. This "
     "manual is your companion for the year. Please read Part A before your first study day.")

# golden rules text box (VML, floating at the right of the paragraph)
GOLDEN = [
    "Golden rules",
    "Start on time and finish on time: our participants have left a school to be here.",
    "Never discuss a participant\u2019s access needs with the group.",
    "Every activity should end with \u201cso what does this mean for a child in your school?\u201d",
]
txbx = "".join(
    f'<w:p><w:r><w:rPr>{"<w:b/>" if i == 0 else ""}<w:sz w:val="17"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
    for i, t in enumerate(GOLDEN))
gp = doc.add_paragraph()
gp._p.append(parse_xml(
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
    'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
    '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    '<v:shape id="Golden" o:spid="_x0000_s1025" type="#_x0000_t202" '
    'style="position:absolute;margin-left:250pt;margin-top:0;width:200pt;height:120pt;z-index:1;'
    'mso-position-horizontal-relative:margin" fillcolor="#E6F2EE" strokecolor="#1F6F5C">'
    f'<v:textbox><w:txbxContent>{txbx}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))

doc.add_heading("A2  What the programme is for", level=2)
para("The Award exists for one reason: so that children and young people with special educational needs "
     "and/or disabilities learn and achieve more, and are safer, healthier and happier at school. We mean "
     "achievement in the widest sense, across all five Every Child Matters outcomes, not only test results. "
     "Everything on the study days is chosen because it helps a SENCO improve what their school does for those "
     "children, and both assignments ask participants to show, with evidence, what difference their work has "
     "made to pupils\u2019 learning and well-being.")
para("Although the Trust\u2019s specialism is communication, the Award is a general SENCO qualification: "
     "communication runs through it as a thread, but it is not the whole course.")

doc.add_heading("A3  The award", level=2)
para("The Award is a Postgraduate Certificate in Leading Provision for Special Educational Needs, validated by "
     "the University of Selsmouth at Master\u2019s level (Level 7). It carries 60 credits in two 30-credit "
     "modules: KT701 The SENCO, the Child and the Family (Study Days 1 to 4 and Assignment 1) and KT702 Leading "
     "SEN Provision (Study Days 5 to 8 and Assignment 2). The University awards the certificate, and its Board "
     "of Examiners confirms every result.")

doc.add_heading("A4  Why the programme looks as it does", level=2)
para("Why does the programme have the shape it has? Because we asked. In "
     "spring 2008 the Trust surveyed the SENCOs in its schools network (212 replied), held focus groups with "
     "SEN advisers from nine local authorities and with members of the Kestle Parent Network, and asked the "
     "Trust\u2019s Youth Voice panel what they wanted their SENCOs to be good at. Four things came back clearly:")
bullets([
    "SENCOs felt least confident about speech, language and communication needs and about leading other "
    "adults, especially teaching assistants;",
    "local authority advisers wanted more on deploying and managing support staff and on provision mapping;",
    "parents wanted SENCOs who listen to children and who explain decisions plainly;",
    "SENCOs in small primary schools could not easily be released on weekdays.",
])
para("As a result we added Study Day 6 on leading adults, built Study Day 4 around hearing children, asked "
     "the Youth Voice panel to test the Talking Frames materials used on that day, put provision mapping into "
     "Study Day 5, and added a Saturday series at Selsmouth. A reference group of two of those local authority "
     "advisers, two headteachers and a parent reviewed the draft outline in October 2008, and at their "
     "suggestion the visit to a language resource base was added to Day 7.")

doc.add_heading("A5  Who does what", level=2)
runin("Programme Leader.", "Dr Frances Oduya, Head of Professional Development at the Trust, leads the "
      "programme team, admits participants, chairs the moderation meetings and is the link with the University.")
runin("Course Administrator.", "Mark Tillotson handles bookings, access needs, CRB confirmations, Kestle "
      "Online and the assignment register.")
runin("Trainers.", "Each cohort of up to 18 has a lead trainer for the year, who teaches most of the study "
      "days, holds the tutorials and first-marks the assignments. A second trainer co-leads Days 3, 6 and 7 "
      "and second-marks. New trainers co-deliver a full module with an experienced trainer, and are observed by "
      "the Programme Leader on one study day, before they lead a cohort of their own.")
runin("School mentors.", "Each participant\u2019s headteacher nominates an experienced colleague as school "
      "mentor. The Trust sends every mentor the Mentor Guide and invites them to a twilight briefing each "
      "October, run by the Programme Leader, on what the gap tasks involve and how to support them. Mentors "
      "meet the participant at least twice a term and sign the gap task sheets.")
runin("Guest speakers.", "Guests are listed under each study day. The lead trainer briefs each guest by "
      "telephone the week before, using the session plan in this manual.")

doc.add_heading("A6  Who the participants are", level=2)
para("Participants are qualified teachers who are SENCOs, or who have been designated by their headteacher to "
     "become SENCO within the year. Most have never studied at Master\u2019s level.")
runin("Getting in.", "Before a place is offered, the Programme Leader has a half-hour Entry Conversation by "
      "telephone with every applicant, using a standard set of prompts, to check that they have the experience "
      "of SEN, the time and the school support to meet the outcomes within the year. An applicant who is not "
      "yet ready is told what they need to do first, usually our Level 6 course Communication Matters or a "
      "term working alongside an experienced SENCO, and the Programme Leader writes to the headteacher to "
      "explain.")
runin("CRB.", "You do not need to check anyone\u2019s CRB status. The Course Administrator does this before any "
      "place is confirmed. The headteacher\u2019s nomination form must give the date and number of the "
      "applicant\u2019s enhanced CRB disclosure and confirm that the applicant is not barred from work with "
      "children, that there have been no concerns about their conduct and that there are no outstanding "
      "disciplinary matters. An applicant who has not worked in a school or college in the last three months "
      "must apply for a new enhanced disclosure through the Trust before starting. No one attends Day 1 until "
      "the Course Administrator has recorded all of this.")
runin("Credit for what they bring.", "Some participants arrive with Master\u2019s credit from an earlier course, "
      "or with long experience. Those with certificated credit at Level 7 in SEN may apply through the "
      "University\u2019s APL procedure for exemption from KT701 (30 credits). Those with substantial experience "
      "but no certificate may instead make an APEL claim: a portfolio mapped to the KT701 outcomes, assessed by "
      "the Programme Leader and approved by the University\u2019s APL panel.")
note("We do not ask participants to complete a needs assessment before the course: they have enough forms to "
     "fill in during their first term as SENCO. You will get to know them on Day 1. Use the introductions to "
     "find out what each person most wants from the year, and keep a note.")

doc.add_heading("A7  Tutorials and Kestle Online", level=2)
para("Every group is different, and good trainers adapt. Watch for the participant who is struggling, and for "
     "the one who is bored. Each participant is entitled to two tutorials in each module, by telephone or at a "
     "study day, which you arrange; use them to talk through assignment plans.")
para("Each cohort has an area on Kestle Online, the Trust\u2019s Moodle site. The Course Administrator posts "
     "the slides and handouts for each day there after the day. There is also a discussion forum, which "
     "participants set up and run for themselves. Trainers do not read or answer the forum; if a participant "
     "needs you, they should phone or email the Training Office and you will call them back.")

doc.add_heading("A8  Access and adjustments", level=2)
para("The booking form asks every applicant whether they have a disability, health condition or access need, "
     "and explains why we ask: so that reasonable adjustments can be in place from the first day. The Course "
     "Administrator follows up every disclosure with a telephone call and agrees an Access Plan with the "
     "participant. Before each study day you will receive an Access Needs Summary for your group. Typical "
     "adjustments are handouts sent in advance or in large print, a BSL interpreter or speech-to-text reporter, "
     "a hearing loop (all three venues have one), rest breaks, seating and a quiet room. Adjustments to "
     "assessment, such as extra time or an alternative to the oral presentation, are agreed with the "
     "University\u2019s Disability Service. Our leaflets and booking forms are available in large print, in "
     "Easy Read and on audio CD, and two of the programme\u2019s guest speakers are disabled adults who talk "
     "about their own schooling.")

doc.add_heading("A9  When and where", level=2)
para("The programme starts twice a year, in September and in January. Study days run at the Trust\u2019s centres "
     "in Harbridge and Dunmarsh on weekdays and at the University of Selsmouth on Saturdays. A participant who "
     "misses a day may attend the same day with another cohort at any venue. January starters take KT702 "
     "first and KT701 second, so the modules can be taken in either order, and a participant may take up to a "
     "year\u2019s break between the two modules.")

doc.add_heading("A10  The training team", level=2)
para("All Kestle trainers are qualified teachers who have worked as SENCOs or as advisory teachers for SEN for "
     "at least five years; two of the current team are also registered speech and language therapists. All "
     "hold a Master\u2019s degree in education or a related field. Each trainer spends at least five days a year "
     "working in schools through the Trust\u2019s outreach service and attends the Trust\u2019s two update days "
     "each year, which in 2009\u201310 cover the SENCO Regulations and the Inclusion Development Programme.")

doc.add_heading("A11  Resources for participants", level=2)
para("Each participant borrows a Talking Frames kit for the year. The Trust\u2019s Resource Library in "
     "Harbridge lends over 400 assessment and intervention materials by post, including standardised language "
     "assessments, and the communication aids library lends low-tech and high-tech devices and symbol software "
     "for trial in school. Each venue has a set of laptops with Widgit symbol software and Clicker 5 installed "
     "for use on study days. Registration with the University gives every participant its library and "
     "electronic journals through an Athens account.")

doc.add_heading("A12  What has changed from the old Certificate", level=2)
para("Trainers who taught on the Trust\u2019s Certificate in Communication Leadership (2004\u201308) will notice "
     "differences. The old Certificate\u2019s week-long placement at one of the Trust\u2019s two schools has not "
     "been carried over to the Award, and nor has its final examination. Specialist input now comes from the "
     "guest speakers on Days 3, 4 and 7 and from the visit to the Fernhill Language Resource Base on Day 7.")

page_break()

# ------------------------------------------------------------- Part B
doc.add_heading("Part B \u2013 The study days", level=1)
para("Times are a guide. "
     "\u201cOutcome links\u201d tells you which national outcomes the day works towards; the outcomes marked in "
     "each assignment are listed in Part C. Gap tasks are done in the participant\u2019s own school between "
     "study days, with the help of the school mentor, and go into the participant\u2019s portfolio.")

LUNCH = ("12.30", "Lunch")

day("Study Day 1 \u2013 The SENCO, the law and every child",
    "Module KT701  \u00b7  All venues",
    "knowing the law and guidance on SEN, including the Code of Practice, and how to put it into practice in "
    "school; Every Child Matters and the SENCO\u2019s part in it; disability equality law and what it requires of "
    "schools; expressing yourself clearly in writing.",
    [
        ("09.30", "Welcome. Introductions: my school, my role, what I want from this year",
         "Name cards; Access Needs Summary", "Read the Access Needs Summary before anyone arrives."),
        ("10.00", "What is a SENCO for? The Education Act 1996, the SEN Code of Practice 2001 (paragraphs 5.30 "
                  "and 6.32), the SENCO Regulations 2008, Removing Barriers to Achievement and the Inclusion "
                  "Development Programme", "Slides 1.1\u20131.14; Handout 1.1",
         ""),
        ("11.15", "Every Child Matters: the five outcomes, the Common Assessment Framework and the SENCO\u2019s "
                  "part in them", "Handout 1.2", ""),
        LUNCH,
        ("13.15", "Disability equality: the DDA 1995 and 2005, the Disability Equality Duty, accessibility plans "
                  "and reasonable adjustments for pupils", "Handout 1.3; case cards", ""),
        ("14.30", "Writing at Master\u2019s level: workshop with the University of Selsmouth\u2019s academic "
                  "skills tutor", "Handout 1.4", ""),
        ("15.30", "Gap task and close", "", ""),
    ],
    "Audit your school\u2019s SEN policy against the Code of Practice and the Disability Equality Duty.")

day("Study Day 2 \u2013 Communication: the research and the reality",
    "Module KT701  \u00b7  All venues",
    "knowing about research and best practice in meeting children\u2019s needs; drawing on research evidence "
    "and outside advice to improve your own and colleagues\u2019 practice.",
    [
        ("09.30", "Why communication matters: the Bercow Review (2008) and what it found about services for "
                  "children with speech, language and communication needs", "Slides 2.1\u20132.9", ""),
        ("10.30", "The research on language intervention: what works, for whom, and how we know",
         "Research digest 2.2", ""),
        ("11.30", "Reading research critically: journal club on two short papers", "Papers 2.3a and 2.3b",
         "Choose the papers from the current digest."),
        LUNCH,
        ("13.15", "The Trust\u2019s Talk Counts survey (2007): what 3,000 teachers told us", "Handout 2.4", ""),
        ("14.15", "Using outside advice: bringing research and specialists\u2019 recommendations into your "
                  "school\u2019s practice and your colleagues\u2019", "Case cards", ""),
        ("15.15", "Gap task and close", "", ""),
    ],
    "Find one piece of research relevant to a pupil in your school and discuss with your mentor how it could "
    "change what you and your colleagues do.",
    extra_note="The TDA\u2019s specification says programmes must \u201creflect recent research and inspection "
               "evidence and important developments and innovations relating to special educational needs and "
               "disability\u201d. On this programme that is Day 2\u2019s job, and Day 2 is about communication: "
               "the research strand deals only with speech, language and communication. Participants who want "
               "to read about other needs will find the University\u2019s reading list useful. Please keep your "
               "slides up to date with the latest research.")

day("Study Day 3 \u2013 How children develop, and what gets in the way",
    "Module KT701  \u00b7  All venues  \u00b7  Co-led by the second trainer",
    "how children develop and how special educational needs, disabilities and the environment affect "
    "development; the common kinds of SEN and disability and how they affect learning; identifying pupils who "
    "may have SEN, setting challenging targets, planning interventions and reviewing progress; using "
    "assessments from other professionals.",
    [
        ("09.30", "How children develop: communication, thinking, social and emotional, physical; what helps and "
                  "what hinders (home, language, the classroom, poverty)", "Slides 3.1\u20133.12", ""),
        ("10.45", "Carousel: the common kinds of SEN. Behavioural, emotional and social difficulties; specific "
                  "learning difficulties, including dyslexia; speech, language and communication needs; autistic "
                  "spectrum disorders; moderate learning difficulties", "Five carousel stations",
         "Each station ends with \u201cwhat this means in the classroom\u201d."),
        LUNCH,
        ("13.15", "Finding out: identifying need from observation, data and assessment; setting challenging "
                  "targets; planning interventions; reviewing progress", "Handout 3.3", ""),
        ("14.15", "Reading a report: Helen Achebe, senior educational psychologist, Harbridge City Council, on "
                  "using psychologists\u2019 and therapists\u2019 assessments to plan teaching",
         "Anonymised reports", ""),
        ("15.30", "Gap task and close", "", ""),
    ],
    "Gather the assessments held on the pupil you will write about in Assignment 1.",
    extra_note="We do not teach the use of national test results or tracking systems. Participants use their "
               "own school\u2019s systems and already know them.")

day("Study Day 4 \u2013 Hearing children and families",
    "Module KT701  \u00b7  All venues",
    "consulting children and involving them in planning, agreeing and reviewing their own provision; fair, "
    "respectful and supportive relationships with pupils and their families; approaches, strategies and "
    "resources, including ICT, for removing barriers to learning.",
    [
        ("09.30", "Why ask children? Article 12 of the UN Convention on the Rights of the Child; the Code of "
                  "Practice, Chapter 3. Relationships that work: being fair, respectful and supportive with "
                  "pupils and their families", "Slides 4.1\u20134.6", ""),
        ("10.15", "Consulting children who find talking hard: Talking Frames, visual rating scales, "
                  "person-centred reviews. Practising in pairs; planning how the pupil takes part in the next "
                  "review of their provision", "Talking Frames kits", "Everyone practises both roles."),
        ("11.30", "\u201cAsk me\u201d: two members of the Trust\u2019s Youth Voice panel, with their support "
                  "worker, on what makes a good review meeting", "",
         "Send the panel members\u2019 questions in advance; never ask them about their diagnosis."),
        LUNCH,
        ("13.15", "Parents\u2019 perspectives: a parent from the Kestle Parent Network tells her family\u2019s "
                  "story", "", "See note below."),
        ("14.00", "Approaches, strategies and resources, including ICT: symbol software, Clicker 5, voice output "
                  "communication aids; judging critically what works and what does not", "Laptops; Handout 4.4",
         ""),
        ("15.15", "Gap task and close", "", ""),
    ],
    "Use Talking Frames to consult three pupils about their support. Hold a meeting with the parents of your "
    "Assignment 1 pupil and write a short record of it for your portfolio.",
    extra_note="The parents\u2019 slot is for listening. It is not a session on working with parents, and you "
               "should not try to turn it into one.")

day("Study Day 5 \u2013 Leading for inclusion",
    "Module KT702  \u00b7  All venues",
    "working with senior colleagues and governors on an inclusive ethos, policy, priorities and the use of "
    "resources; gaining the commitment of the headteacher and senior leaders; presenting a case clearly and "
    "listening to other views; using provision mapping to plan provision and find what is missing or not "
    "working.",
    [
        ("09.30", "The SENCO as a leader: Removing Barriers to Achievement; the SENCO on the senior team",
         "Slides 5.1\u20135.8", ""),
        ("10.30", "Influencing the head, the senior team and governors: writing a paper for governors; "
                  "role-play of a governors\u2019 committee with Alan Reece, chair of governors at Dunmarsh "
                  "Community Primary", "Role cards",
         "Each participant presents a two-minute case and takes questions."),
        LUNCH,
        ("13.15", "Provision mapping and management: building a map, costing it, finding gaps and provision "
                  "that is not working", "Provision map templates; laptops", ""),
        ("14.45", "Introducing Assignment 2: choosing a change", "Assignment 2 brief", ""),
        ("15.30", "Gap task and close", "", ""),
    ],
    "Draw a provision map for one year group and talk it through with your headteacher.")

day("Study Day 6 \u2013 Leading adults",
    "Module KT702  \u00b7  All venues  \u00b7  Co-led by the second trainer",
    "deploying and managing teaching assistants and other staff; supporting colleagues\u2019 professional "
    "development through observation and feedback, modelling, coaching and training; encouraging colleagues "
    "to develop formative assessment for pupils with SEN; advising and supporting colleagues.",
    [
        ("09.30", "Deploying and managing teaching assistants: what the research says; planning where support "
                  "goes; performance management of support staff", "Slides 6.1\u20136.10", ""),
        ("10.45", "Coaching conversations (GROW); observing a lesson and giving feedback; modelling a strategy "
                  "in a colleague\u2019s classroom", "Video clips", ""),
        LUNCH,
        ("13.15", "Assessment for learning for pupils with SEN: helping colleagues adapt formative assessment",
         "Handout 6.3", ""),
        ("14.30", "Advising a colleague: planning and running a twilight training session", "Planning frame", ""),
        ("15.30", "Gap task and close", "", ""),
    ],
    "Coach a colleague through one cycle: observe, feed back, agree a next step.")

day("Study Day 7 \u2013 Beyond the school gate",
    "Module KT702  \u00b7  Held at the Fernhill Primary School Language Resource Base, Dunmarsh  \u00b7  "
    "Co-led by the second trainer",
    "the scope and role of external agencies and how to get specialist support and resources; working in "
    "partnership with other services and voluntary organisations; collaborating with colleagues beyond the "
    "school; anticipating and resolving problems and making sound decisions about provision; reviewing provision "
    "with colleagues.",
    [
        ("09.30", "Tour of the Language Resource Base with its teacher in charge: how a resource base works with "
                  "mainstream classes", "", "Groups of six."),
        ("10.30", "Many hands: a panel with a speech and language therapist from Dunmarsh Primary Care Trust, "
                  "the Harbridge Parent Partnership Service and the Dunmarsh Young Carers project; the Common "
                  "Assessment Framework and the team around the child", "Agency directory", ""),
        LUNCH,
        ("13.15", "Problem-solving scenarios: \u201cIt\u2019s the week before the annual review and \u2026\u201d. "
                  "Making and defending decisions about provision", "Scenario cards", ""),
        ("14.15", "Reviewing provision with colleagues: the provision review meeting; using pupils\u2019 progress "
                  "to judge what is working; reporting to the senior team", "Handout 7.4", ""),
        ("15.30", "Gap task and close", "", ""),
    ],
    "Draw an agency map for your school: who you use, how to refer, and what is missing.")

day("Study Day 8 \u2013 Looking back, looking forward",
    "Module KT702  \u00b7  All venues",
    "speaking clearly and listening to others; keeping up to date and taking responsibility for your own "
    "professional development.",
    [
        ("09.30", "Assignment 2 presentations (15 minutes each, in two rooms) to the lead trainer and the second "
                  "trainer", "Presentation schedule", "See Part C."),
        LUNCH,
        ("13.15", "Next steps: each participant drafts professional development targets for the coming year with "
                  "the Next Steps Planner, to take to their performance management review with their head",
         "Handout 8.2",
         "Read each participant\u2019s planner and discuss it with them in the final tutorial."),
        ("14.30", "Keeping up to date: networks, journals, the Trust\u2019s SENCO bulletin", "", ""),
        ("15.00", "Day Evaluation Form; celebration and close", "", ""),
    ],
    "Put your Next Steps Planner in your portfolio.")

page_break()

# ------------------------------------------------------------- Part C
doc.add_heading("Part C \u2013 Assessment and the award", level=1)

doc.add_heading("C1  Assignment 1 (KT701): Pupil and Provision Study", level=2)
para("4,000 words, due four weeks after Study Day 4. A study of one pupil with SEN and/or disabilities in the "
     "participant\u2019s school (any kind of need, not only communication), set in a critical review of the "
     "school\u2019s SEN policy. The participant shows how the pupil\u2019s needs were identified, uses the "
     "assessments of other professionals, sets targets, plans and reviews interventions, tracks progress, "
     "involves the pupil in reviewing the provision, and reviews the research on meeting needs like the "
     "pupil\u2019s. Markers judge the study against these national outcomes:")
bullets([
    "fair, respectful and supportive relationships with the pupil and family;",
    "clear, well-organised writing;",
    "drawing on research evidence and outside advice;",
    "the law and guidance on SEN, including the Code of Practice, and putting them into practice;",
    "Every Child Matters and the SENCO\u2019s part in it;",
    "disability equality law and what it requires of the school;",
    "how the pupil has developed and what has affected that development;",
    "the common kinds of SEN and how they affect learning;",
    "a critical choice of approaches, strategies and resources, including ICT;",
    "research and best practice in meeting the pupil\u2019s needs;",
    "identifying need, setting challenging targets, planning interventions and reviewing progress;",
    "using assessments from other professionals;",
    "tracking progress with summative assessments, including national tests;",
    "involving the pupil in planning, agreeing and reviewing the provision.",
])
para("An optional section on the other agencies involved with the pupil may also be credited, where the "
     "participant chooses to include one, against knowing the role of external agencies.")

doc.add_heading("C2  Assignment 2 (KT702): Leading a Change", level=2)
para("5,000 words and a 15-minute presentation on Study Day 8. "
     "The participant plans, leads and evaluates a change in their school\u2019s provision for pupils with SEN, "
     "agreed beforehand with the headteacher, and reports what difference it made to pupils and colleagues. "
     "Markers judge the report and the presentation against:")
bullets([
    "winning the commitment of the headteacher, senior leaders and colleagues;",
    "anticipating and resolving problems and making well-founded decisions about provision;",
    "speaking and writing clearly, and listening to others\u2019 views (in the presentation and its questions);",
    "working with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the "
    "use of resources;",
    "using provision mapping to plan provision and to find what is missing or not working;",
    "deploying and managing staff;",
    "encouraging colleagues to develop formative assessment for pupils with SEN;",
    "reviewing and evaluating, with other staff, how effective the provision is, and using what is found to "
    "inform the school\u2019s improvement planning;",
    "and, where the change involves training or coaching colleagues, supporting colleagues\u2019 professional "
    "development.",
])

doc.add_heading("C3  Marking and moderation", level=2)
para("Each assignment is first-marked by the participant\u2019s lead trainer against the University\u2019s Level 7 "
     "marking criteria and the outcomes listed above, on the Kestle marking sheet. The second trainer blind "
     "second-marks at least one script in five in every cohort, together with every fail and every mark of 70 or "
     "more. The Programme Leader chairs a moderation meeting after each marking round, at which markers compare "
     "decisions and agree final marks. The University appoints an external examiner, who samples the work of "
     "every cohort and attends the Board of Examiners. Every trainer and marker attends the July standardisation "
     "day, where the team marks the same scripts and discusses differences before the year\u2019s marking "
     "begins.")

doc.add_heading("C4  The award", level=2)
para("A participant who passes both assignments is awarded the Postgraduate Certificate by the University. "
     "Between them the two assignments assess the national minimum outcomes. Gap tasks and the portfolio are "
     "read by the trainer and discussed with the mentor, but they are not marked and do not count towards the "
     "award. A failed assignment may be resubmitted once.")

doc.add_heading("C5  Questions trainers ask", level=2)
runin("\u201cCan an experienced SENCO just do the assignments?\u201d",
      "Some universities offer an \u2018assessment-only\u2019 route for very experienced SENCOs. The Trust is "
      "considering one for experienced specialist teachers from 2010\u201311. Until then the answer is no: every "
      "participant attends the study days and completes both assignments.")
runin("\u201cWhere do we cover access arrangements for tests and exams?\u201d",
      "We don\u2019t. Access arrangements for national tests and GCSE examinations are not part of the "
      "programme: in most of our participants\u2019 schools they are the examinations officer\u2019s job, and the "
      "SENCOs we surveyed did not ask for them.")

page_break()

# ------------------------------------------------------------- Part D
doc.add_heading("Part D \u2013 After each day: evaluation and records", level=1)
para("At the end of every study day participants complete the Day Evaluation Form, rating each session for "
     "usefulness and pace. Collect the forms, write a short Trainer\u2019s Day Report (what went well, what you "
     "would change, any concerns about individuals) and send both to the Training Office within a week. They "
     "are filed with the course records.")
para("Each year the University\u2019s external examiner reports on the assignments and the marking, and the "
     "Programme Leader writes the University\u2019s annual monitoring report.")
para("Guest speakers and host schools are thanked in writing after each day. We do not ask them to evaluate the "
     "programme; evaluation is the Training Team\u2019s job.")
para("Trainers often ask how we will know whether the Award makes a difference to children. We do not at "
     "present measure the Award\u2019s impact on participants\u2019 practice or on pupils beyond what participants "
     "write in Assignment 2. The Trust would like to follow up a sample of participants\u2019 schools a year "
     "after the course, and hopes to find funding to do so from 2010\u201311.")

# ------------------------------------------------------------- Appendix
doc.add_heading("Appendix \u2013 Trainer\u2019s checklists", level=1)
BOX = "\u2610"
for title, items in (
    ("Before the day", ["Access Needs Summary received and read", "Guest speaker briefed by telephone",
                        "Handouts printed, including large-print copies where needed"]),
    ("On the day", ["Attendance register signed", "Day Evaluation Forms handed out and collected",
                    "Gap task explained"]),
    ("After the day", ["Trainer\u2019s Day Report written", "Forms and report sent to the Training Office"]),
):
    para(title, bold=True, after=2)
    for it in items:
        para(f"{BOX}  {it}", after=0)
    para("")

doc.save(OUT)
print("wrote", OUT)
