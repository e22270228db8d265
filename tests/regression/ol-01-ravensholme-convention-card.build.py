"""ol-01-ravensholme-convention-card: builds ol-01-ravensholme-convention-card.docx next to this script.

Provider (invented): the Ravensholme Bridge Club Teaching Trust, the teaching charity of a
contract bridge club that teaches Minibridge in schools and has run teacher CPD since 2001,
"playing with" the University of Caldermouth (validation, 60 credits at Level 7).

Document kind and layout: the application written as a bridge PARTNERSHIP CONVENTION CARD
with its supplementary sheets, the way a bridge partnership explains its system to
opponents. No heading styles on the front of the card: each part of the card is a
one-column bordered table with a shaded title bar (GENERAL APPROACH AND STYLE, ALERTS,
OPENINGS ...). A title block with a merged, shaded title row; an ALERTS table of the
club's own words (Table = study day, Director = tutor, Partner = school mentor, Home
Board = school task, Practice Hand = unmarked formative task, Scored Board = assessed
piece, Convention = national outcome, Hand Evaluation = needs assessment, Playing Plan =
training plan, Clubroom = VLE area); an OPENINGS table of the eight Tables with merged
term band rows. Then Supplementary Sheet 1, "System Notes", with Heading 2 titles and
hand-typed note numbers 1.1-7.3 that clash with requirement ids (note "3.3" is the
needs assessment, note "5.3" is impact, note "2.3" is about Partners). Supplementary
Sheet 2, "Conventions Played", is the outcome table in the Trust's own words, grouped in
merged shaded bands, with columns "Played at" and "Scored on"; its values are keyed only
in the ALERTS box on page 1. A VML text box ("Why a bridge club?"). Header and footer.
Footnotes (citations only). Tracked changes and comments.

Traps (requirement ids):
- Aims are about attainment only ("progress in reading, writing and mathematics"); the
  five ECM outcomes appear only as content at Table 2 -> 1.1 partially_met.
- Tracked changes: an INSERTED paragraph (note 4.1) gives disclosure and reasonable
  adjustments -> 3.1 met only because the insertion counts. A DELETED sentence offered a
  January start with the Tables in a different order -> 3.2 partially_met (two seatings
  of each Table only). A DELETED clause offered experience-based credit by portfolio ->
  2.1 partially_met (certificated study only; "Experience on its own is not accredited";
  the 2004-2008 Certificate's exemption is a past arrangement).
- Negation: "There is no route to the Award by assessment alone" -> 2.3 not_met (other
  clubs' "strong pair start in the final" is a bridge analogy, not an arrangement).
- Someone else's responsibility: targets after the Award are "left to the participant
  and their head teacher" -> 2.5 not_met.
- Wrong context: CRB checks are on the Trust's own Directors and Minibridge volunteers;
  for participants "the Trust does not ask for them"; the footer's CRB claim is a footer
  -> 5.3 not_met.
- E-learning: the Clubroom gives tutor replies between Tables but has "no discussion
  board" and no use with schools -> 3.3 partially_met.
- Condition: the placement in Home Board 6 happens only "If the participant's head
  teacher agrees to release them" -> 5.5 partially_met (speakers are a range of
  expertise, placements are conditional).
- Comment-only arrangement: marking by the one Director who led the Table; second
  marking and moderation appear only in a comment -> 5.8 partially_met.
- Hope: pupil-level impact "We would like, in time ..."; only participant confidence is
  measured across the cohort -> 5.9 partially_met.
- Award rule is strict but runs over Sheet 2, which leaves out two national outcomes ->
  6.0 partially_met; 1.9 partially_met (several Conventions only Practice Hands).
- Outcomes: national tests explicitly "not played at this Table" and absent from Sheet 2
  -> 6.S2b not_met; access arrangements for tests never mentioned (a comment asks to add
  them) -> 6.S2d not_met; Practice Hand only -> 6.A7, 6.K9, 6.S2c, 6.S6 partially_met;
  child development scored on Board C but "Played at" a dash and in no Table -> 6.K4
  partially_met.
- Numbering clash: note numbers 2.3, 3.3, 4.1, 5.1, 5.3 and so on are the card's own and
  say nothing about the requirement with that id.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from _ol_helpers import (run, para, lead_para, typed_bullets, ins, dele, inserted_paragraph, comment,
                         Footnotes, shade, set_cell, col_widths, borders, text_box, page_field)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
NAVY = "1F3864"
PALE = "DCE6F2"
RED = "F2DCDB"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = sec.bottom_margin = Cm(2.0)
fn = Footnotes(doc)

# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
run(hp, "Ravensholme Bridge Club Teaching Trust  \u00b7  Partnership Convention Card  \u00b7  NASC 2009  \u00b7  Version 3 (for the panel)", size=8, color="595959")
fp = sec.footer.paragraphs[0]
run(fp, "Registered charity no. 1098842  \u00b7  All Directors and players hold enhanced CRB disclosure  \u00b7  Card Room, 14 Marlpit Lane, Ravensholme  \u00b7  page ", size=8, color="595959")
page_field(fp)


def box(title, fill=NAVY):
    """A one-column bordered table with a shaded title bar; returns the body cell."""
    t = doc.add_table(rows=2, cols=1)
    borders(t, sz=10, color=NAVY)
    set_cell(t.cell(0, 0), title, bold=True, size=10.5, fill=fill, color="FFFFFF")
    body = t.cell(1, 0)
    body.text = ""
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return body


def cell_para(cell, text="", bold=False, italic=False, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic)
    p.paragraph_format.space_after = Pt(3)
    return p


# ---------------------------------------------------------------- title block
t = doc.add_table(rows=7, cols=2)
borders(t, sz=12, color=NAVY)
top = t.cell(0, 0).merge(t.cell(0, 1))
set_cell(top, "PARTNERSHIP CONVENTION CARD", bold=True, size=16, fill=NAVY, color="FFFFFF")
top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
rows = [
    ("Partnership", "Ravensholme Bridge Club Teaching Trust (the Trust), playing with the University of Caldermouth, Faculty of Education (the University)"),
    ("Event", "National Award for Special Educational Needs Coordination (TDA/DCSF specification, 2008): application for approval to deliver from September 2009"),
    ("North\u2013South (the Trust)", "Margaret Ashdown, Chief Director; Dr Owen Pryce, Director of Studies"),
    ("East\u2013West (the University)", "Dr Hilary Wakefield, University link tutor and module leader"),
    ("Level and credit", "The Award is validated by the University of Caldermouth as the Postgraduate Certificate in Special Educational Needs Coordination: 60 credits at Level 7 (Master's). Participants register as students of the University for the year and the University confers the Award."),
    ("Card drawn up", "February 2009, after the Trust's Laws and Teaching Committee met on 27 January 2009"),
]
for i, (a, b) in enumerate(rows, start=1):
    set_cell(t.cell(i, 0), a, bold=True, fill=PALE)
    set_cell(t.cell(i, 1), b)
col_widths(t, [4.2, 12.4])
doc.add_paragraph()

p = para(doc, "")
run(p, "A word before you read. ", bold=True)
run(p, "At Ravensholme every partnership explains its agreements on a convention card, so that the people across the table know exactly what each bid means. We have done the same for the panel. The front of the card gives our whole approach in brief. Supplementary Sheet 1 (System Notes) gives the detail, and Supplementary Sheet 2 (Conventions Played) sets out the national outcomes in our own words, with where each is played and where it is scored. Where we use the club's words they are explained in the Alerts box below; please read it first, because Sheet 2 uses them without further explanation.")

p = doc.add_paragraph()
text_box(p, [
    ("Why a bridge club?", True),
    ("The Trust was founded in 1994 by members of Ravensholme Bridge Club to teach bridge and Minibridge in local schools. It now works in 38 primary, secondary and special schools across the county. Since 2001 it has also had a teacher education arm. Its Directors are former SENCOs, a county SEN adviser and a practising educational psychologist, and from 2004 to 2008 it ran a non-accredited Certificate in Leading SEN, which 112 teachers completed. The National Award replaces that Certificate.", False),
    ("Bridge is a partnership game played by agreed rules, and so is SEN coordination. We have kept the club's words because our teachers know them and, we find, remember them.", False),
], height_pt=128)

# ---------------------------------------------------------------- ALERTS
body = box("ALERTS  (our words, explained)", fill="C00000")
cell_para(body, "Opponents must be alerted to any agreement they might not expect. These are ours.", italic=True, first=True)
at = body.add_table(rows=0, cols=2)
borders(at, sz=4, color="999999")
alerts = [
    ("Table", "A study day. There are eight Tables, each played on a Saturday (9.30 to 3.30) in the Card Room and played again across two twilight evenings (4.30 to 7.30) in the following week, so that a participant may sit at either seating."),
    ("Director", "One of the Trust's tutors. Every Table is led by two Directors."),
    ("Partner", "The senior colleague in the participant's school, normally the head teacher or a deputy, who meets the participant each half term and signs off each Home Board."),
    ("Home Board", "The task played in the participant's own school between one Table and the next. Every Home Board is tied to named Conventions."),
    ("Practice Hand", "A task worked through and discussed with a Director. A Practice Hand is not marked and does not count towards the Award."),
    ("Scored Board", "One of the five assessed pieces, lettered A to E. Only Scored Boards count towards the Award."),
    ("Convention", "One of the national minimum outcomes, as we have written it on Supplementary Sheet 2."),
    ("Hand Evaluation", "The needs assessment each participant completes before Table 1."),
    ("Playing Plan", "The individual training plan agreed after the Hand Evaluation."),
    ("Clubroom", "The course's area on the University's virtual learning environment."),
    ("\u2014", "On Sheet 2, a dash means there is nothing in that column for that Convention."),
]
for a, b in alerts:
    r = at.add_row()
    set_cell(r.cells[0], a, bold=True, fill=RED)
    set_cell(r.cells[1], b)
col_widths(at, [3.2, 12.8])

# ---------------------------------------------------------------- GENERAL APPROACH
body = box("GENERAL APPROACH AND STYLE")
p = cell_para(body, "", first=True)
run(p, "Natural, school-based, and scored throughout. ", bold=True)
run(p, "The programme exists to help newly appointed SENCOs raise the attainment of pupils with SEN and/or disabilities: their progress in reading, writing and mathematics, as measured in the school's own data. Our aims are:")
for it in ["to raise the attainment of pupils with SEN and/or disabilities in participants' schools;",
           "to give participants the knowledge of law, policy and practice that the lead SENCO role requires;",
           "to build participants' skill in leading and supporting colleagues, in working with parents, carers and other agencies, and in managing provision;",
           "to assess every participant rigorously against the national outcomes."]:
    q = cell_para(body, "\u2022  " + it)
    q.paragraph_format.left_indent = Pt(14)
cell_para(body, "The year is eight Tables, eight Home Boards and five Scored Boards. Every Home Board asks the participant to change something in their own school and to report what difference it made, so the programme is felt in practice while it runs and not only after it. By June each participant has rebuilt their school's provision map, led a staff session, reviewed the school's SEN policy with their Partner and followed one pupil's progress through a full cycle of assessment, target setting, intervention and review.")

# ---------------------------------------------------------------- OPENINGS
body = box("OPENINGS  (the eight Tables)")
cell_para(body, "Dates are for the Saturday seating; the twilight seating follows in the next week. Readings for each Table are in the Clubroom three weeks ahead.", italic=True, first=True)
ot = body.add_table(rows=1, cols=4)
borders(ot, sz=4, color="999999")
for i, h in enumerate(["Table", "What is played", "Home Board that follows", "Led by"]):
    set_cell(ot.rows[0].cells[i], h, bold=True, fill=PALE)
openings = [
    ("AUTUMN TERM 2009", None),
    (("1   26 Sept", "The lead SENCO's seat: the role, the law and the Code. The SEN Code of Practice (2001), the SEN and Disability Act 2001 and Removing Barriers to Achievement (2004): what they mean for the school, the SENCO, governors and class teachers, and how to put them into practice.", "Audit the school's SEN policy against the Code, with your Partner.", "Margaret Ashdown, Hilary Wakefield"), None),
    (("2   17 Oct", "Every Child Matters and disability equality: the five outcomes, the Children Act 2004 and the SENCO's part; the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty, the school's Disability Equality Scheme and accessibility plan.", "Review the accessibility plan and one disabled pupil's access to the wider life of the school.", "Margaret Ashdown"), None),
    (("3   14 Nov", "Voices at the table: consulting pupils (talking mats, person-centred reviews, questionnaires adapted for pupils with SLCN); working with parents and carers, with role-played annual review meetings and a session led by the county Parent Partnership Service.", "Hold a person-centred review with one pupil and their parents or carers, and write it up.", "Ruth Okafor, Parent Partnership Service"), None),
    ("SPRING TERM 2010", None),
    (("4   9 Jan", "Reading the hand: identifying pupils who may have SEN from classroom observation, data and assessment; using reports from educational psychologists, speech and language therapists and specialist teachers; setting targets; planning and reviewing interventions; assessment for learning adapted for pupils with SEN.", "Practice Hand: coach one colleague in adapting assessment for learning for a pupil with SEN.", "Owen Pryce, Ruth Okafor"), None),
    (("5   6 Feb", "Managing the game: provision mapping and costing; finding provision that does not work or is missing; deploying and managing teaching assistants; prioritising the SENCO's own time and delegating.", "Build, or rebuild, the school's provision map.", "Ruth Okafor"), None),
    (("6   6 Mar", "Other tables in the room: educational psychology, CAMHS, speech and language therapy, sensory support, social care and the voluntary sector (Ravensholme Autism Support Group, the county Dyslexia Association), each introduced by a speaker from the service.", "A visit to, or an interview with, one service (see note 1.3).", "Owen Pryce and guest speakers"), None),
    ("SUMMER TERM 2010", None),
    (("7   24 Apr", "Knowing the cards: the common kinds of need (behavioural, emotional and social difficulties; dyslexia and other specific learning difficulties; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties) and the approaches, strategies, resources and ICT that remove barriers for each.", "Try one approach with a group of pupils; take a baseline and re-measure after six weeks.", "Owen Pryce, Hilary Wakefield"), None),
    (("8   19 Jun", "Leading from the front: working with the head teacher and governors on an inclusive ethos, policy and the use of resources; school self-evaluation and SEN; leading colleagues' development (observation and feedback, modelling, coaching); reviewing provision with colleagues.", "Lead one staff meeting or INSET session on SEN. Practice Hand: review the provision in one year group or department with its staff.", "Margaret Ashdown, Ruth Okafor"), None),
]
for row, _ in openings:
    r = ot.add_row()
    if isinstance(row, str):
        m = r.cells[0].merge(r.cells[3])
        set_cell(m, row, bold=True, fill="EEEEEE", size=9)
    else:
        for i, v in enumerate(row):
            set_cell(r.cells[i], v, bold=(i == 0), size=9.5)
col_widths(ot, [2.0, 7.6, 4.4, 2.6])

# ---------------------------------------------------------------- RESPONSES
body = box("RESPONSES  (Home Boards)")
cell_para(body, "After every Table the participant plays a Home Board in school. Each Home Board brief names the Conventions it is meant to develop and the evidence to bring back. The Partner signs the Home Board off, and the participant uploads it to the Clubroom, where a Director reads it and replies in writing within ten working days. Home Boards are not marked, but the Scored Boards draw on them, so a participant who plays every Home Board arrives at each Scored Board with the evidence already gathered.", first=True)

doc.add_page_break()

# ================================================================ SUPPLEMENTARY SHEET 1
p = para(doc, "SUPPLEMENTARY SHEET 1: SYSTEM NOTES", bold=True, size=14)
para(doc, "System notes explain, in more detail than the card has room for, how the partnership plays. The numbers are ours.", italic=True)

doc.add_heading("1. Openings: notes on the Tables", level=2)
p = lead_para(doc, "1.1 Readings.", "Each Table has a short reading list, refreshed every summer by the Directors from NASEN, Ofsted and DCSF publications. For 2009-10 the list includes Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the House of Commons Education and Skills Committee's report on special educational needs (2006), the Bercow Review of services for children with speech, language and communication needs (2008) and the Inclusion Development Programme materials on dyslexia and on speech, language and communication needs (2008).")
fn.add(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535; House of Commons Education and Skills Committee (2006) Special Educational Needs, Third Report of Session 2005-06, HC 478; J. Bercow (2008) The Bercow Report, DCSF-00632-2008.")
lead_para(doc, "1.2 Table 4 and national tests.", "National test data and tracking are not played at this Table: we take it that participants already use their school's tracking system in their class teacher role. Table 4 concentrates on identification, the advice of other professionals, targets and interventions.")
lead_para(doc, "1.3 Home Board 6.", "If the participant's head teacher agrees to release them, Home Board 6 is a half-day visit to a special school or to one of the services met at Table 6. If not, it is a telephone interview with a professional from one of those services, written up as a Practice Hand.")

doc.add_heading("2. Responses: Home Boards and Partners", level=2)
lead_para(doc, "2.1 What a Home Board is for.", "Home Boards tie each Table to the participant's own school. They are chosen so that, across the year, the participant practises every part of the SENCO's role on real pupils, real colleagues and real provision, and brings the effects back to the next Table for discussion.")
lead_para(doc, "2.2 Partners.", "Each participant's head teacher agrees, on the nomination form, to act as Partner or to name a deputy or senior leader who will. Partners meet the participant each half term, sign off each Home Board and sit with two Directors for Scored Board D.")
lead_para(doc, "2.3 Partners' briefing.", "Partners come to a twilight briefing before Table 1 and receive the Partner's Handbook, which sets out the half-term meetings, what a signed Home Board means, and their part in Scored Board D. A Director telephones every Partner after Table 4 to ask how the partnership is going.")

doc.add_heading("3. Competitive auctions: who plays and from where", level=2)
lead_para(doc, "3.1 Who may enter.", "Qualified teachers who are SENCOs, or who will take up the role within the year, in a maintained school or academy in the county or a neighbouring authority, nominated by their head teacher.")
lead_para(doc, "3.2 Checking the hand before the auction.", "Each applicant completes the Hand Evaluation and a short written statement and has a twenty-minute telephone conversation with a Director. We accept only applicants whose Evaluation and conversation show the knowledge and experience to reach every Convention by June: normally at least two years' teaching and some experience of planning for pupils with SEN. An applicant who is not yet ready is told in writing what to do first (usually a term shadowing the school's current SENCO and the Trust's free twilight Introduction to SEN), and the Chief Director speaks to their head teacher about it.")
lead_para(doc, "3.3 The Hand Evaluation and the Playing Plan.", "The Hand Evaluation lists every Convention on Supplementary Sheet 2. The applicant rates themselves against each on a four-point scale, with an example, and the Partner adds a comment. Because people tend to rate knowledge that is out of date too highly, the Director tests a sample of the ratings in the entry conversation. From the Evaluation the Director and the participant agree a Playing Plan: which Tables matter most for them, which Home Boards to stretch and how, and the participant's own targets for the year, written against named Conventions. The Playing Plan is reviewed with a Director at Table 4 and again at Table 7.")
p = lead_para(doc, "3.4 Carry-forward.", "The University's regulations allow up to 20 credits of certificated Level 7 study, taken in the last five years, to be carried forward into the Award")
dele(p, ", and experienced SENCOs may claim the same credit for experience through a portfolio mapped to the Conventions")
run(p, ". Experience on its own is not accredited. From 2004 to 2008 our own Certificate in Leading SEN let experienced teachers skip its first two sessions; that arrangement ended with the Certificate. A participant's experience is taken into account in their Playing Plan.")
lead_para(doc, "3.5 Straight to the scoring table.", "Some clubs let a strong pair start in the final. We do not. There is no route to the Award by assessment alone: every participant sits at all eight Tables and plays all five Scored Boards, however experienced.")
lead_para(doc, "3.6 Checks.", "The Trust's own Directors, and the volunteers who teach Minibridge in schools, all hold enhanced CRB disclosures renewed every three years, and the Trust's Child Protection Officer keeps the register. Participants are already employed as teachers by their schools, which hold their records; the Trust does not ask for them.")
lead_para(doc, "3.7 Fees and value.", "The fee for the year is \u00a31,150, including University registration; the county pays \u00a3600 of it for its own schools, and the Trust offers four bursaries a year to schools in the two neighbouring authorities. Because the Card Room is the club's own and Directors teach at sessional rates, the fee is well below that of the other programmes in the region. Each participant's Playing Plan decides where their time goes, so that they do not spend a Saturday on what they already know well and can spend longer on what they do not.")

doc.add_heading("4. Leads and signals: access, seatings and support", level=2)
lead_para(doc, "4.1 Access for all players.", "The Card Room is on the ground floor with level access, an accessible toilet and a hearing loop.")
inserted_paragraph(doc, "The application form asks every applicant whether they have a disability or a need we should plan for, and explains why we ask. The Chief Director then agrees reasonable adjustments with the participant before Table 1: materials in large print or electronic form, a reader or a scribe, extra time or a different format for a Scored Board, and rest breaks at Tables. Adjustments for visits on Home Board 6 are agreed with the host. Our leaflets and the Clubroom pages are checked against the RNIB clear print guidance.", author="Hilary Wakefield")
p = lead_para(doc, "4.2 Two seatings.", "Each Table is played twice: on the Saturday, and again across two twilight evenings in the following week. A participant may change seating from one Table to the next.")
dele(p, " A second cohort will start in January 2010, playing the Tables in a different order, for schools that cannot release a new SENCO in the autumn.")
run(p, " All participants study part time, and all start in September.")
lead_para(doc, "4.3 Signals between Tables.", "The Clubroom holds the readings for each Table, the Home Board briefs and the guidance for each Scored Board, and participants upload their Home Boards there. A participant can post a question to their Director in the Clubroom and will have a reply within three working days. The Clubroom has no discussion board; participants talk to one another at the Tables.")

doc.add_heading("5. Defensive methods: watching our own game", level=2)
lead_para(doc, "5.1 Evaluation.", "At the end of each Table every participant completes a Traveller, a one-page slip rating each session and saying what they will take back to school. The two Directors review the Travellers the same week and note any change for the next seating. Partners are asked for a written comment at the end of each term. Each year the University's external examiner reports on the programme, and the programme goes through the University's annual monitoring and, every five years, its periodic review. The county's SEN adviser observes one Table a term and sends the Chief Director a short note. Each summer the Laws and Teaching Committee reads the Travellers, the Directors' notes, the Partners' comments, the adviser's notes and the examiner's report, and agrees the changes for the next year, which are printed in the next year's handbook under 'Changes to our system'.")
p = lead_para(doc, "5.2 Marking.", "Each Scored Board is marked by the Director who led the Table it belongs to, against the University's Level 7 grade descriptors, and the marks go to the University's Examination Board.")
comment(doc, p.runs, "Hilary \u2014 shouldn't we say second marking and the joint moderation meeting here? Leave for now, fix before it goes. MA", author="Margaret Ashdown", initials="MA")
lead_para(doc, "5.3 Impact.", "We measure each participant's confidence against every Convention at the Hand Evaluation and again at the end of the year, on the same four-point scale, and compare the two for the cohort. Home Board 7 asks each participant for a baseline and a re-measure for the group they teach, but we do not collect these results across the cohort. We would like, in time, to follow participants' target pupils' progress for a year after the Award.")
lead_para(doc, "5.4 Directors.", "Margaret Ashdown (Chief Director) was SENCO at Fellside Primary for fourteen years and county SEN adviser from 1999 to 2007, and holds an MA in Special and Inclusive Education. Dr Owen Pryce is a chartered educational psychologist who still practises two days a week for the county; his doctorate was on reading interventions for pupils with dyslexia. Ruth Okafor is SENCO at Brindle Hill School, a secondary school with a resourced base for pupils with autism, and leads the county's secondary SENCO network. Dr Hilary Wakefield is a senior lecturer in inclusive education at the University, where she researches pupil voice. Every Director has at least five days' specialist CPD a year, paid for by the Trust, and the Trust pays each Director's NASEN membership.")
lead_para(doc, "5.5 Briefing the players.", "Every Director, new or not, attends the University's induction for associate tutors and the Trust's Directors' Day each September, which works through the card, the Conventions, the Home Board briefs and a marking exercise on last year's Scored Boards. New Directors lead a Table only after observing one. Partners are briefed as in note 2.3.")
lead_para(doc, "5.6 Resources.", "The Card Room seats forty, with a projector, an interactive whiteboard and a wireless network. The Trust's SEN library of over 600 books, assessment kits and software (among them Clicker 5, Write Online and Numicon) is lent to participants free. Participants have full use of the University's library and electronic journals through the Clubroom.")

doc.add_heading("6. Scoring", level=2)
para(doc, "Five Scored Boards make up the 60 credits. Each is set in the participant's own school.")
stb = doc.add_table(rows=1, cols=4)
stb.style = doc.styles["Table Grid"]
for i, h in enumerate(["Board", "What is played", "Form", "Due"]):
    set_cell(stb.rows[0].cells[i], h, bold=True, fill=PALE)
scored = [
    ("A  The Code in your school", "How the school meets the SEN Code of Practice, the disability equality duty and the Every Child Matters outcomes, and what the SENCO, governors and class teachers must do.", "Written assignment, 3,000 words", "December"),
    ("B  The Provision Map", "The participant's provision map for the school, costed, with an analysis of provision that does not work or is missing, a plan for deploying teaching assistants, the SENCO's own plan for prioritising and delegating work, and a note on how the school's self-evaluation judges outcomes for pupils with SEN.", "Portfolio with a 2,000-word commentary", "March"),
    ("C  One Pupil's Hand", "A case study of one pupil: how their needs were identified, how their development and learning are affected by their needs and circumstances, the assessments and advice of other professionals and services, targets, the intervention and its review; how the participant worked with at least one other service or voluntary organisation; how the participant worked with the pupil and with their parents or carers, and how the pupil took part in setting and reviewing targets.", "Case study, 4,000 words", "May"),
    ("D  The Post-mortem", "A professional discussion on a staff session the participant led, on how they have coached or mentored a colleague, and on how they have worked with the head teacher and governors on the school's SEN policy and priorities.", "30-minute discussion with two Directors and the Partner", "June"),
    ("E  The Enquiry", "A small-scale practitioner enquiry into one approach or resource, drawing on research and outside advice, judging it critically and reporting its effect.", "Enquiry report, 5,000 words", "July"),
]
for row in scored:
    r = stb.add_row()
    for i, v in enumerate(row):
        set_cell(r.cells[i], v, bold=(i == 0), size=9.5)
col_widths(stb, [3.4, 8.4, 3.2, 1.6])
para(doc, "")
lead_para(doc, "6.1 Practice Hands.", "Four Practice Hands run alongside the Scored Boards: the coaching task in Home Board 4, the provision review in Home Board 8, the agency visit or interview in Home Board 6, and a reading log kept through the year and discussed with a Director at Table 8. Each is discussed with a Director; none is marked.")
lead_para(doc, "6.2 The award rule.", "The Chief Director keeps a Score Card for every participant, with one line for each Convention on Sheet 2 that has a Scored Board against it. A line is signed only when the Director marking that Board has seen the Convention shown at pass standard. A participant receives the Award only when every line is signed and all five Scored Boards are passed; a strong Board cannot make up for a weak one.")
lead_para(doc, "6.3 After the last board.", "The programme stops at the Post-mortem. Setting targets for the year after the Award is left to the participant and their head teacher at performance management; the Trust plays no part in it.")

doc.add_heading("7. Other aspects of system which opponents should note", level=2)
lead_para(doc, "7.1 What the other players told us.", "In the autumn of 2008 we surveyed all 212 schools in the county (94 replied), met the county SEN team, and held two evening meetings with the Parent Partnership Service and the Ravensholme Autism Support Group. New SENCOs said they felt least ready on the law and on working with other agencies; head teachers put provision mapping and managing teaching assistants first; the county asked for SENCOs who can use data to find provision that is not working; parents asked for SENCOs who can run a review meeting that parents can follow.")
lead_para(doc, "7.2 How they changed the card.", "Because of the survey, provision mapping has grown from a half-day in the old Certificate to a whole Table (Table 5), with managing teaching assistants added to it. The county SEN team asked for the law to come first, and Table 1 now does. At the Parent Partnership Service's request its own staff lead the parents' session at Table 3. Former Certificate participants asked for evening study, which is why every Table is played twice.")
lead_para(doc, "7.3 Who else sits at the table.", "Partners sign off Home Boards, comment each term and co-assess Scored Board D. Speakers from the services and the voluntary sector teach at Tables 3 and 6. The county SEN adviser observes a Table each term, and former Certificate participants are invited to speak at Table 8 about their first year in the role.")

doc.add_page_break()

# ================================================================ SUPPLEMENTARY SHEET 2
para(doc, "SUPPLEMENTARY SHEET 2: CONVENTIONS PLAYED", bold=True, size=14)
para(doc, "The national outcomes, in our words. Sheet 2 lists twenty-seven Conventions. Entries in the two right-hand columns use the words in the Alerts box on the front of the card.", italic=True)
ct = doc.add_table(rows=1, cols=4)
ct.style = doc.styles["Table Grid"]
for i, h in enumerate(["No.", "Convention (our words)", "Played at", "Scored on"]):
    set_cell(ct.rows[0].cells[i], h, bold=True, fill=NAVY, color="FFFFFF")
conv = [
    "ATTITUDE AT THE TABLE",
    ("1", "Builds fair, respectful, supportive and constructive working relationships with pupils with SEN and/or disabilities and with their parents or carers", "Table 3", "Scored Board C"),
    ("2", "Wins the commitment of colleagues, the head teacher and senior leaders to better outcomes for pupils with SEN and/or disabilities", "Table 8", "Scored Board D"),
    ("3", "Sets priorities, manages own time and delegates tasks, checking they are done", "Table 5", "Scored Board B"),
    ("4", "Sees problems coming, solves them and makes sound, well-founded decisions about provision", "Tables 5 and 8", "Scored Boards B and E"),
    ("5", "Speaks and writes clearly; listens to and understands other people's views", "All Tables", "Scored Boards A to E (written); D (spoken)"),
    ("6", "Uses research and outside advice to improve own and colleagues' practice", "Tables 1 and 7", "Scored Board E"),
    ("7", "Keeps up to date and takes charge of own professional development in SEN and disability", "Table 8", "Practice Hand (reading log)"),
    "KNOWING THE LAWS",
    ("8", "Knows the law and guidance on SEN, above all the SEN Code of Practice, what they mean for the school, the SENCO and others, and how to put them into practice", "Table 1", "Scored Board A"),
    ("9", "Knows the five Every Child Matters outcomes and the SENCO's part in helping children reach them", "Table 2", "Scored Board A"),
    ("10", "Knows the disability equality law, the duties it places on the school, and how best to carry them out", "Table 2", "Scored Board A"),
    ("11", "Knows how children develop and how SEN, disability and the physical and social environment for learning affect their development", "\u2014", "Scored Board C"),
    ("12", "Knows the common kinds of SEN and disability (BESD, dyslexia and other SpLD, SLCN, ASD, MLD) and how they affect learning", "Table 7", "Scored Board C"),
    ("13", "Judges critically the approaches, strategies and resources, ICT included, for assessment, planning, teaching and learning, and uses them to remove barriers and personalise provision", "Tables 4 and 7", "Scored Board E"),
    ("14", "Understands school self-evaluation and improvement and how they bear on outcomes for pupils with SEN", "Table 8", "Scored Board B"),
    ("15", "Knows best practice and the findings of research on meeting SEN", "Tables 1 and 7", "Scored Board E"),
    ("16", "Knows what external agencies do and how to get specialist support and resources", "Table 6", "Practice Hand (Home Board 6)"),
    "CARD PLAY",
    ("17", "With senior colleagues and governors, shapes an inclusive ethos and the school's policies, priorities and use of resources", "Table 8", "Scored Board D"),
    ("18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "Table 4", "Scored Board C"),
    ("19", "Uses the assessments of other professionals to shape teaching and learning", "Tables 4 and 6", "Scored Board C"),
    ("20", "Encourages colleagues to use formative assessment, with approaches suited to pupils with SEN", "Table 4", "Practice Hand (Home Board 4)"),
    ("21", "Uses provision mapping to plan provision and to find what is ineffective or missing", "Table 5", "Scored Board B"),
    ("22", "Deploys and manages support staff well", "Table 5", "Scored Board B"),
    ("23", "Develops colleagues: observes and gives feedback, models, coaches and mentors, leads training", "Table 8", "Scored Board D"),
    ("24", "Reviews the effectiveness of provision with colleagues, to feed the school's self-evaluation", "Table 8", "Practice Hand (Home Board 8)"),
    ("25", "Makes sure pupils take part in planning, agreeing and reviewing their provision", "Table 3", "Scored Board C"),
    ("26", "Works with parents and carers to promote their children's learning and development", "Table 3", "Scored Board C"),
    ("27", "Works with other services and voluntary organisations for joined-up support", "Table 6", "Scored Board C"),
]
note_cell_para = None
for row in conv:
    r = ct.add_row()
    if isinstance(row, str):
        m = r.cells[0].merge(r.cells[3])
        set_cell(m, row, bold=True, fill=PALE, size=9.5)
    else:
        for i, v in enumerate(row):
            pp = set_cell(r.cells[i], v, size=9.5)
            if row[0] == "18" and i == 1:
                note_cell_para = pp
col_widths(ct, [1.0, 9.4, 2.8, 3.4])
comment(doc, note_cell_para.runs, "Can we add a line for exam access arrangements before this goes? OP", author="Owen Pryce", initials="OP")
para(doc, "")
para(doc, "Tracking progress through national tests is not on Sheet 2: see note 1.2.", italic=True)

para(doc, "")
p = para(doc, "")
run(p, "Signed for the partnership: ", bold=True)
run(p, "Margaret Ashdown, Chief Director, Ravensholme Bridge Club Teaching Trust; Dr Hilary Wakefield, for the University of Caldermouth.")

fn.finish()
doc.save(OUT)
print("wrote", OUT)
