"""Build dh-02.docx: NAISP Delivery Statement 2009-10, the national framework and the hub
schedule (invented provider).

Provider
--------
The National Association of Inclusion and SEN Practitioners (NAISP), York: an invented
registered charity and professional association of some 4,800 SENCOs, specialist teachers,
advisers and therapists. Since 1994 it has run its members' professional development
through regional hubs hosted by member schools and services. Its National Award for SEN
Coordination is a Postgraduate Certificate validated by the invented University of
Eastwold and delivered at five hubs: North (Wearbank School, Sunderland), Yorkshire
(head office, York), Midlands (Brindley Park Teachers' Centre, Walsall), Eastern (Orwell
Learning Centre, Ipswich) and South West (Quantock Vale School, Taunton). Dated 24 February
2009; 2008-era vocabulary (CRB, List 99, Safer Recruitment 2006, DDA 1995/2005, disability
equality duty, SEN Code of Practice 2001, SENCO regulations 2008, P scales, RAISEonline,
Bercow Review, IDP, CAF, Athens, Moodle).

Layout (a kind of document a federated association keeps: the national office's
statement of what is common to every hub and what varies hub by hub)
-------------------------------------------------------------------------------------
- Title block and a one-line document status paragraph; page header; a footer with a
  claim about tutors' qualifications (footers are never evidence).
- "About this statement" (Heading 1): hubs' history, values (the only mention of Every
  Child Matters), and how to read Parts A and B ("Where Part B says nothing different, the
  national framework applies").
- Part A, the national framework: Heading 2 sections numbered A1-A9 by the Association
  (the numbers collide with outcome ids 6.A1-6.A7 and mean nothing for them); aims as a
  bulleted list; the ten study days as a Word numbered list; four assessed tasks as bold
  run-in paragraphs with "Marked on:" lists in prose; bold run-in sub-paragraphs elsewhere.
- Part B, the hub schedule: a landscape section with one wide table, rows = aspects, five
  hub columns, cells merged across all five hubs where an arrangement is common, lettered
  notes (a)-(e) under the table; "To be confirmed", "To be established", "Not offered",
  "Reading pack only", "Self-study only", "Provisional" cells.
- Part C, what members told us: a survey table and one sentence about its use; sign-off.

Traps and the requirement ids they affect
-----------------------------------------
- Hub-by-hub variation (an arrangement only some participants get is only part of an
  arrangement for the programme):
  parents' session taught with the Parent Partnership Service at two hubs, "Reading pack
  only" at two, "To be confirmed" at one (1.7 partially_met; 6.S8 partially_met: assessed
  in Task 2 for everyone, developed only at some hubs);
  forum "Moderated" at two hubs, "Self-study only" at three (3.3 partially_met);
  visits to specialist provision at two hubs, "Not offered" or "To be confirmed" elsewhere,
  while the specialist panel is common (5.5 partially_met);
  a local stakeholder group reviewing evaluations at one hub, "To be established" at three
  (4.3 partially_met).
- Past arrangement in a note: the Eastern hub's parents' session "in its 2007-08 pilot
  group; it is not planned for 2009-10" (1.7).
- Conditional and pending entries: South West "will run only if twelve places are filled",
  its hub lead "Appointment pending" (5.4 partially_met together with the generic "Hub
  tutors are experienced members of the Association with a strong record"; the footer's
  "All NAISP hub tutors hold a masters-level qualification in SEN" is not evidence).
- Aims about compliance, confidence and "attainment ... particularly in reading, writing and
  mathematics"; well-being and the ECM outcomes appear only in a values paragraph (1.1
  partially_met; 6.K2 not_met: ECM is neither taught nor assessed).
- Self-audit used only to place participants in learning sets and advise on strands, no
  individual plan (2.2 partially_met); choices of strand and task focus, learning sets and
  a fee make 2.4 met.
- Members-only survey and "took these findings fully into account" (4.1, 4.2
  partially_met).
- Internal evaluation only, and "The Association will consider how best to use this
  information" (5.1 partially_met).
- Commitment and conditional intention: impact on children "deeply committed to" and
  "Subject to funding, we intend to commission" (5.9 not_met).
- Encouragement and hope: "Hubs are encouraged to discuss next steps" and "We hope to
  launch an Advanced Practitioner Award" (2.5 not_met; 6.A7 not_met, never addressed).
- Blanket claim "Between them the four tasks assess every one of the national minimum
  outcomes" (6.0, 1.9 partially_met).
- Outcomes (study days in A5 against the "Marked on" lists in A6):
  met: A3, A4, A5, A6, K1, K3, K4, K6, K7, K8, K9, S1, S2, S2a, S2b, S3, S5, S6, S7, S9;
  relationships with pupils developed on day 5 and assessed in Task 2, but relationships
  with parents developed only at the hubs that teach the parents' afternoon (A1
  partially_met, like S8);
  taught on day 9, not among any marking points (A2 partially_met);
  two of four strands chosen, MLD "not a separate strand", assessed only for the studied
  pupil's own area of need (K5 partially_met);
  taught on day 6, not assessed (S2c partially_met);
  "The project may, but need not, involve the deployment of teaching assistants" (S4
  partially_met: taught on day 7, assessed only optionally);
  "outside the scope of the award" (S2d not_met).
- Met among the variation: E.1, E.2, 1.2-1.6, 1.8, 2.1 (APCL and APEL), 2.3 (the Direct
  Route), 3.1 (access adviser, written adjustment plans), 3.2, 5.2, 5.3 (headteacher's
  statement with CRB date and reference, checked by the hub lead; new disclosure through the
  Association), 5.6, 5.7 (Hub Handbook, shadowing, Mentor Guide and briefing), 5.8.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("dh-02-naisp-delivery-statement.docx")

doc = Document()
doc.core_properties.author = "Samir Qureshi"
doc.core_properties.title = "NAISP National Award Delivery Statement 2009-10"
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10)
TEAL = RGBColor(0x1F, 0x5C, 0x5C)
for name, size in (("Heading 1", 14), ("Heading 2", 11.5)):
    st = doc.styles[name]
    st.font.name = "Georgia"
    st.font.size = Pt(size)
    st.font.color.rgb = TEAL

LIGHT = "DCEBEA"
PALE = "F3F8F8"


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(text="", bold=False, italic=False, size=None, align=None, after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def cell_text(cell, text, bold=False, italic=False, size=8.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)


# ------------------------------------------------------------------ header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("NAISP \u00b7 National Award for SEN Coordination \u00b7 Delivery Statement 2009\u201310")
hr.font.size = Pt(8)
hr.italic = True
fp = sec.footer.paragraphs[0]
fr = fp.add_run("National Association of Inclusion and SEN Practitioners \u00b7 Registered charity no. 1049372 "
                "\u00b7 All NAISP hub tutors hold a masters-level qualification in SEN \u00b7 Page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ title
para("National Association of Inclusion and SEN Practitioners", bold=True, size=12, align="c", after=0)
para("NATIONAL AWARD FOR SEN COORDINATION", bold=True, size=18, align="c", after=0)
para("Delivery Statement 2009\u201310: the national framework and the hub schedule", size=13, align="c",
     after=4)
para("Postgraduate Certificate in Special Educational Needs Coordination, validated by the University of "
     "Eastwold", italic=True, size=10, align="c", after=10)
para("Version 3.1. Approved by the Board of Trustees on 24 February 2009. Owner: Dr Samir Qureshi, Head of "
     "Professional Learning, Clifford House, 22 Monkgate, York YO31 7PB. Submitted to the Training and "
     "Development Agency for Schools in support of the Association\u2019s application for approval.",
     size=8.5, italic=True)

# ------------------------------------------------------------------ about
doc.add_heading("About this statement", level=1)
para("NAISP has some 4,800 members: SENCOs, specialist and advisory teachers, educational psychologists "
     "and therapists. Since 1994 the Association has organised its members\u2019 professional development "
     "through regional hubs, each hosted by a member school or service, so that members can learn close to "
     "where they work and alongside colleagues who know their local authority. The National Award "
     "continues that tradition. It is one award, with one set of study days, one assessment scheme and one "
     "Award Board, delivered locally at five hubs.")
para("We believe that every child with special educational needs deserves a SENCO who knows the law, knows "
     "the child and knows how to lead colleagues. We share the ambition of Every Child Matters that every "
     "child should be healthy, stay safe, enjoy and achieve, make a positive contribution and achieve "
     "economic well-being. Inclusion is not a project; it is a way of working.")
para("This statement has two main parts. Part A sets out the national framework, which every hub follows. "
     "Part B, the hub schedule, shows what each hub adds or does differently. Where Part B says nothing "
     "different, the national framework applies. Part C summarises what members told us when the award "
     "was being designed.")

# ------------------------------------------------------------------ Part A
doc.add_heading("Part A \u2013 The national framework", level=1)

doc.add_heading("A1  The award and who validates it", level=2)
para("The National Award leads to the Postgraduate Certificate in Special Educational Needs Coordination "
     "of the University of Eastwold: 60 credits at masters level (Level 7), made up of two 30-credit "
     "modules, EDU7141 Leading SEN Provision in Law and Practice and EDU7142 Leading Change for Inclusion. "
     "The University approved the award at a validation event on 11 February 2009 for five years, and it "
     "is the University\u2019s Award Board, chaired by the Dean of Education, that confers the certificate. "
     "The credit counts towards the University\u2019s MEd in Inclusive Education.")
para("The award aims:")
for t in (
    "to equip teachers new to the SENCO role to meet their statutory duties under the SEN Code of Practice "
    "2001 and the 2008 SENCO regulations;",
    "to build participants\u2019 confidence and professional standing as leaders within their schools;",
    "to ensure that schools\u2019 SEN policies and practice comply with the law and with good practice; and",
    "to help participants raise the attainment of pupils with special educational needs, particularly in "
    "reading, writing and mathematics.",
):
    para(t, style="List Bullet")

doc.add_heading("A2  Who can join, and how we select", level=2)
para("Applicants must hold QTS, be employed in a school in England, and either be the school\u2019s SENCO or "
     "be designated to take on the role within twelve months. They apply on the NAISP application form, "
     "which includes a supporting statement from the headteacher confirming that the school will release "
     "the participant for the study days and support a school-based project. Every applicant is "
     "interviewed by the hub lead, in person or by telephone, using the national interview schedule, to "
     "judge whether he or she has enough experience of teaching pupils with SEN, and enough knowledge of the "
     "Code of Practice, to be likely to meet all the outcomes within the year. Applicants who are not yet "
     "ready are given written guidance on what to do first (usually the NAISP Introduction to SEN course, "
     "or a term shadowing an experienced SENCO), and the hub lead telephones the headteacher to discuss it. "
     "They may reapply for the next intake.")
runin("Safeguarding.",
      "The headteacher\u2019s statement must give the date and reference number of the applicant\u2019s "
      "enhanced CRB disclosure and confirm that the school has checked List 99 and taken references in line "
      "with Safeguarding Children and Safer Recruitment in Education (2006). The hub lead checks that the "
      "statement is complete before any offer is made. An applicant who has not worked in a school or "
      "college in a post involving regular contact with children in the past three months must obtain a new "
      "enhanced disclosure through the Association, as a registered body, before starting.")

doc.add_heading("A3  Prior learning and the Direct Route", level=2)
runin("Accreditation of prior learning.",
      "Up to 30 credits (module EDU7141) may be accredited under the University\u2019s APL regulations, "
      "either for certificated M-level study in SEN completed within the last five years or, through an "
      "APEL claim, for experience: the applicant submits a reflective commentary and a portfolio mapped to "
      "the national outcomes, which the hub lead assesses and the University\u2019s APL panel confirms.")
runin("The Direct Route.",
      "In exceptional cases, experienced SENCOs and advisory teachers who already appear to meet the "
      "outcomes may be assessed without attending the study days. A Direct Route candidate submits a "
      "portfolio of evidence against every national outcome, with testimony from the headteacher, and takes "
      "part in a 60-minute professional discussion with two assessors, one of them from another hub. The "
      "candidate must meet every outcome; a candidate who does not is offered a place on the taught award "
      "with credit for the outcomes already shown. The fee is \u00a3650. The Direct Route is open at every "
      "hub and is managed nationally by the Head of Professional Learning.")

doc.add_heading("A4  Starting the award", level=2)
para("Every participant attends an induction afternoon at the hub in the July (or December) before the "
     "course. At induction participants complete the NAISP self-audit against the national outcomes, and "
     "the hub lead uses the self-audits to place them in learning sets of five or six and to advise on the "
     "choice of specialist strands.")
runin("Choice.",
      "Each participant chooses two of the four specialist strands taught on study day 4, and chooses the "
      "focus of the pupil study and of the change project to fit the needs of his or her school and his or "
      "her own development. Learning sets meet three times a term in members\u2019 schools and work on "
      "problems that participants bring from their own practice. The fee, \u00a31,395 (\u00a31,195 for "
      "members), covers all study days, learning sets, online materials and University registration; local "
      "authority bursaries are available at two hubs (Part B).")

doc.add_heading("A5  The study days", level=2)
para("The ten study days are the same at every hub. The same national materials are used everywhere, and "
     "hub leads adapt the examples to local circumstances.")
for t in (
    "The SENCO and the law: the Education Act 1996, the SEN and Disability Act 2001, the SEN Code of "
    "Practice 2001 and the 2008 SENCO regulations; statements and annual reviews.",
    "Disability equality: the Disability Discrimination Act 1995 and 2005, the disability equality duty, "
    "accessibility plans, and the social model of disability.",
    "How children develop: typical development in communication, cognition and social and emotional life, "
    "and how special educational needs, disability and the physical and social environment for learning "
    "can affect it.",
    "Specialist strands: each participant takes two of autistic spectrum disorders; dyslexia and specific "
    "learning difficulties; speech, language and communication needs; and behavioural, emotional and "
    "social difficulties. Moderate learning difficulties are not a separate strand; they are touched on in "
    "study day 3.",
    "Hearing pupils: a morning led by members of the Association\u2019s Young People\u2019s Panel, disabled "
    "young people trained as co-trainers, on consulting pupils and involving them in planning and review; "
    "an afternoon on identification, target-setting, individual education plans and review.",
    "Assessment: using reports from educational psychologists, therapists and advisory teachers; tracking "
    "progress with P scales, optional and national tests and RAISEonline; assessment for learning for "
    "pupils with SEN; choosing and evaluating approaches, resources and ICT. At some hubs the afternoon is "
    "given to working with parents (Part B).",
    "Provision mapping and management; deploying and managing teaching assistants; planning the SENCO\u2019s "
    "year: priorities, time and delegation.",
    "Research and inspection: Ofsted\u2019s reports of 2004 and 2006 on inclusion, the Bercow Review of "
    "services for children with speech, language and communication needs (2008), the Inclusion Development "
    "Programme, and research on effective interventions; reading research critically.",
    "Leading colleagues: coaching and mentoring, observing and giving feedback, planning INSET, winning the "
    "support of the headteacher and senior team, working with governors, and school self-evaluation.",
    "Working with other services: the Common Assessment Framework, the team around the child, health and "
    "social care, and voluntary organisations; presentations of change projects.",
):
    para(t, style="List Number")
para("Strand days are taught by members of the Association\u2019s specialist panel: educational "
     "psychologists, speech and language therapists and specialist teachers. Access arrangements for national "
     "tests and public examinations are outside the scope of the award: in our members\u2019 schools they are "
     "managed by examinations officers and key stage coordinators.")

doc.add_heading("A6  Assessment", level=2)
para("The award is assessed by four tasks, each marked and moderated as set out in A8. The marking points "
     "below are those of the University-approved assessment handbook.")
runin("Task 1 \u2013 Policy and compliance audit (3,000 words; EDU7141).",
      "An audit of the participant\u2019s school\u2019s SEN policy and practice against the Code of Practice and "
      "the disability equality duty, with recommendations to the headteacher and governors. Marked on: "
      "accurate knowledge of the law and statutory guidance and of how the school should apply them; "
      "knowledge of the disability equality duty and the actions it requires; the quality of the "
      "recommendations for the school\u2019s inclusive policies, priorities and use of resources; and the "
      "participant\u2019s analysis of how the school\u2019s self-evaluation treats pupils with SEN.")
runin("Task 2 \u2013 Pupil study (4,000 words; EDU7141).",
      "A study of one pupil with SEN, from identification through an intervention to review. Marked on: the "
      "identification of the pupil\u2019s needs and the targets set; the use of assessments from other "
      "professionals; the use of summative data, including national tests where relevant, to track "
      "progress; understanding of the pupil\u2019s development and of his or her area of need; the choice and "
      "critique of approaches and resources, including ICT; the record of the pupil\u2019s views and of the "
      "pupil\u2019s part in the review; the record of the participant\u2019s meeting with the pupil\u2019s parents "
      "or carers; the participant\u2019s relationship with the pupil and family; and critical use of research.")
runin("Task 3 \u2013 Provision map and work plan (2,000 words and a map; EDU7142).",
      "Marked on: a provision map for the school that identifies provision which is ineffective or missing, "
      "with the participant\u2019s justified decisions about it; and the participant\u2019s SENCO work plan for "
      "the year, showing priorities, the time allocated, what is delegated to whom, and how it will be "
      "checked.")
runin("Task 4 \u2013 Leading change (4,000 words and a 30-minute professional discussion; EDU7142).",
      "A project in which the participant leads colleagues in changing an aspect of provision, works with at "
      "least one service or voluntary organisation from outside the school, and evaluates the change with "
      "the staff involved. The project may, but need not, involve the deployment of teaching assistants. "
      "Marked on: the support given to colleagues\u2019 professional development (for example observation "
      "and feedback, coaching or training); the evaluation of the change with other staff and its place in "
      "the school\u2019s improvement plan; the partnership with the outside service and knowledge of the scope "
      "and role of external agencies; and, in the professional discussion, the participant\u2019s ability to "
      "explain and justify decisions clearly and to listen and respond to questions.")
runin("The award.",
      "The University confers the award on participants who pass all four tasks and attend at least eight "
      "of the ten study days. Between them the four tasks assess every one of the national minimum outcomes.")

doc.add_heading("A7  Access, flexibility and support", level=2)
runin("Access.",
      "NAISP\u2019s Access and Equality Policy (revised 2008) applies to every stage of the award. The "
      "application form and the award leaflet, available in large print, in Braille and on audio CD, invite "
      "applicants to tell us about a disability or health condition and explain why we ask. Every applicant "
      "who does so is offered a conversation with the Association\u2019s Access Adviser, who agrees a written "
      "adjustment plan with the applicant and the hub lead before the course begins: for example materials "
      "in alternative formats, a BSL interpreter or note-taker, extra time or another format for a task, or "
      "a change of venue. Interview and selection arrangements are adjusted in the same way. Hub venues are "
      "audited for access each year against the Association\u2019s checklist, and adjustment plans cover "
      "learning sets in other schools as well as study days. The Access Adviser reviews each plan with the "
      "participant at the end of the first term. Recruitment and completion figures by disability and "
      "ethnicity are reported to the Board each year, and study day 2 is co-led by a disabled tutor.")
runin("Flexibility.",
      "There are two intakes a year, in September and January, at the Yorkshire and Midlands hubs and one "
      "at the others. A missed study day can be made up at any other hub. The Eastern hub offers the ten "
      "days as five two-day blocks in school holidays. The modules can be taken in either order, and "
      "EDU7142 may be deferred for up to two years.")
runin("NAISP Online.",
      "All participants have a place on NAISP Online, the Association\u2019s Moodle site, where study-day "
      "materials, readings and recorded presentations are posted and each hub has a discussion forum. "
      "Whether the forum is moderated by a tutor differs from hub to hub (Part B).")
runin("Staff.",
      "Hub tutors are experienced members of the Association with a strong record of SEN leadership, and "
      "the specialist panel brings expert knowledge to every strand.")
runin("Roles and briefing.",
      "Hub leads and tutors work to the NAISP Hub Handbook, which sets out who does what at each stage of "
      "the award. New hub leads spend a day at head office and shadow an experienced hub lead for one study "
      "day, and all hub staff attend the annual hub conference in July, which includes a marking "
      "standardisation session. Each participant\u2019s headteacher names a school mentor, who receives the "
      "NAISP Mentor Guide and is invited to a twilight briefing at the hub in the first half of the autumn "
      "term; mentors who cannot attend are briefed by telephone by the hub lead.")
runin("Resources.",
      "Each hub holds a NAISP assistive technology kit (a screen reader, Clicker 5, Widgit symbol software, "
      "talking tins and switch devices), used on study day 6, and participants may borrow assessment "
      "materials and books from the Association\u2019s resource loan service. Library access is set out in "
      "Part B.")

doc.add_heading("A8  Marking, moderation and evaluation", level=2)
runin("Marking and moderation.",
      "Every task is first-marked by the hub tutor and second-marked by a tutor from another hub; "
      "disagreements go to the Head of Professional Learning. A cross-hub moderation day is held after each "
      "submission date, and the University\u2019s external examiner samples work from every hub, attends the "
      "Award Board and reports each year to the University.")
runin("Evaluation.",
      "Participants complete an evaluation after every study day and a questionnaire at the end of the "
      "award; each hub lead writes an annual hub report; and the Head of Professional Learning visits every "
      "hub at least once a year and observes a study day. The Association will consider how best to use "
      "this information to improve the award.")
runin("Impact.",
      "Measuring the impact of the award on children is something the Association is deeply committed to. "
      "Subject to funding, we intend to commission an independent evaluation of the award\u2019s impact on "
      "pupils\u2019 progress in 2010\u201311.")

doc.add_heading("A9  After the award", level=2)
para("Hubs are encouraged to discuss next steps with participants on the final study day, and successful "
     "participants are warmly invited to continue their professional learning with the Association. We "
     "hope to launch an Advanced Practitioner Award for experienced SENCOs in 2011.")

# ------------------------------------------------------------------ Part B (landscape)
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = sec.page_height, sec.page_width
new.left_margin = new.right_margin = Cm(1.8)
doc.add_heading("Part B \u2013 The hub schedule 2009\u201310", level=1)
para("Read across each row. A cell that spans all five hubs applies everywhere.", italic=True, size=9)

HUBS = ("North", "Yorkshire", "Midlands", "Eastern", "South West")
ALL = "ALL"
ROWS = [
    ("Host", ["Wearbank School (special school), Sunderland", "NAISP head office, Clifford House, York",
              "Brindley Park Teachers\u2019 Centre, Walsall", "Orwell Learning Centre, Ipswich",
              "Quantock Vale School, Taunton"]),
    ("Hub lead", ["Pauline Dunstan, head of outreach, former SENCO", "Dr Samir Qureshi, Head of Professional "
                  "Learning", "Jo Whitlock, SEN adviser (a)", "Helen Marr, specialist teacher (SpLD)",
                  "Appointment pending (c)"]),
    ("Intakes", ["September", "September and January", "September and January",
                 "September (holiday blocks)", "September (d)"]),
    ("Study days", ALL, "Ten national study days, the same content and materials at every hub (A5); dates "
                        "in each hub\u2019s calendar"),
    ("Learning sets", ALL, "Three twilight learning sets a term, held in participants\u2019 schools in turn"),
    ("NAISP Online forum", ["Self-study only", "Moderated: hub lead replies within three working days",
                            "Self-study only", "Moderated: hub lead replies within three working days",
                            "Self-study only"]),
    ("Working with parents (study day 6, afternoon)",
     ["Taught with Sunderland Parent Partnership Service", "Reading pack only",
      "Taught with Walsall Parent Partnership Service", "Reading pack only (b)", "To be confirmed"]),
    ("Visits to specialist provision",
     ["Two days at Wearbank School and its outreach team", "Not offered",
      "One day at the Brindley Park autism resource base", "Not offered", "To be confirmed"]),
    ("Specialist strand tutors", ALL, "NAISP specialist panel: educational psychologists, speech and language "
                                      "therapists, specialist teachers (ASD, SpLD, SLCN, BESD)"),
    ("Library and resources", ALL, "University of Eastwold library (postal loans; journals through Athens); "
                                   "NAISP resource loan service; the hub\u2019s assistive technology kit"),
    ("Venue access", ["Level access, hearing loop, accessible parking", "Level access, hearing loop",
                      "Level access, hearing loop", "Level access, hearing loop",
                      "Ground floor only; portable loop (e)"]),
    ("Local stakeholder group",
     ["Wearbank Steering Group (Sunderland LA, two headteachers, Parent Partnership Service): reviews "
      "participant evaluations and the hub report each term", "To be established",
      "Walsall SEN officers teach study days 1 and 10", "To be established", "To be established"]),
    ("Local bursaries", ["Sunderland LA: 10 places", "None", "Walsall LA: 8 places", "None", "None"]),
    ("Status for 2009\u201310", ["Confirmed", "Confirmed", "Confirmed", "Confirmed", "Provisional (d)"]),
]
tb = doc.add_table(rows=1 + len(ROWS), cols=6)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
cell_text(tb.cell(0, 0), "", bold=True)
shade(tb.cell(0, 0), LIGHT)
for j, h in enumerate(HUBS, start=1):
    cell_text(tb.cell(0, j), h, bold=True)
    shade(tb.cell(0, j), LIGHT)
for i, row in enumerate(ROWS, start=1):
    cell_text(tb.cell(i, 0), row[0], bold=True)
    shade(tb.cell(i, 0), PALE)
    if row[1] == ALL:
        m = tb.cell(i, 1).merge(tb.cell(i, 5))
        cell_text(m, row[2], italic=True)
    else:
        for j, val in enumerate(row[1], start=1):
            cell_text(tb.cell(i, j), val)
for r in tb.rows:
    for j, w in enumerate((Cm(3.6), Cm(4.3), Cm(4.3), Cm(4.3), Cm(4.3), Cm(4.3))):
        r.cells[j].width = w

para("", after=2)
for note in (
    "(a) Jo Whitlock is seconded from Walsall\u2019s Inclusion Support Service for two days a week.",
    "(b) The Eastern hub ran a parents\u2019 session with Suffolk Parent Partnership Service in its 2007-08 "
    "pilot group; it is not planned for 2009-10.",
    "(c) The South West hub lead will be appointed by the Head of Professional Learning before May 2009.",
    "(d) The South West hub will run only if twelve places are filled by 30 June 2009.",
    "(e) The Association brings a portable loop to every session at Taunton.",
):
    para(note, size=8.5, after=1)

# ------------------------------------------------------------------ Part C (portrait)
back = doc.add_section(WD_SECTION.NEW_PAGE)
back.orientation = WD_ORIENT.PORTRAIT
back.page_width, back.page_height = sec.page_width, sec.page_height
back.left_margin = back.right_margin = sec.left_margin
doc.add_heading("Part C \u2013 What members told us", level=1)
para("In spring 2008 NAISP surveyed its members who are SENCOs or aspiring SENCOs: 2,106 questionnaires "
     "were sent and 893 returned (42 per cent). Table C1 shows the five needs that members ranked highest.")
para("Table C1. Members\u2019 highest-ranked needs (percentage placing each in their top three)", bold=True,
     size=9)
c1 = doc.add_table(rows=6, cols=2)
c1.style = "Table Grid"
for i, (a, b) in enumerate((
    ("Need", "Per cent"),
    ("Understanding the law and the Code of Practice", "64"),
    ("Managing teaching assistants", "58"),
    ("Using data to track pupils\u2019 progress", "51"),
    ("Leading and influencing colleagues", "47"),
    ("Training close to where I work", "45"),
)):
    cell_text(c1.cell(i, 0), a, bold=(i == 0), size=9)
    cell_text(c1.cell(i, 1), b, bold=(i == 0), size=9)
    if i == 0:
        shade(c1.cell(i, 0), LIGHT)
        shade(c1.cell(i, 1), LIGHT)
para("", after=2)
para("The Award Development Group took these findings fully into account in designing the award, and "
     "members will continue to be consulted through the Association\u2019s annual members\u2019 survey.")

para("", after=6)
para("Signed on behalf of the Board of Trustees", italic=True, after=0)
para("Margaret Ellerby, Chair of Trustees \u00b7 Dr Samir Qureshi, Head of Professional Learning", after=0)
para("24 February 2009")

doc.save(OUT)
print("wrote", OUT)
