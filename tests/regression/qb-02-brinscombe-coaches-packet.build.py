"""qb-02-brinscombe-coaches-packet: builds qb-02-brinscombe-coaches-packet.docx next to this script.

Provider: Brinscombe Bluebirds Softball & Baseball Club, through the Bluebirds Schools Foundation, with the
University of Marlhaven (validation) and Tarvey County Council's SEN and Inclusion Team. The course is the
"Bluebirds Invitational", the club's National Award for SEN Coordination, run as a season-long "tournament".

Document kind and layout: a softball tournament COACHES' PACKET, the kind a tournament director sends to
every team's head coach before a tournament, here written to the participants ("Coaches") and sent whole as
the application. No heading styles: section titles are bold capitals on shaded paragraphs with hand-typed
numbers (1 to 14, subsections 4.1, 4.2 ... whose numbers clash with requirement ids: "4.2 Check-in" holds
the CRB material, "5.3 Bye to the Championship" the assessment-only route). Typed bullets and dashes, a
letter with its address typed on manual line breaks, a "Tournament at a glance" table with merged cells and a
placeholder for the credits, a staff table, a "who does what" table, a check-in form with its prompts and
blanks left in, a Pool Play schedule table (month cells merged down, each Pool Day's "Fundamentals" as a
list inside the cell), a bracket drawn as a table, Bracket Games each with a "Scored on" list, numbered
Tournament Rules, a "Rainouts and make-ups" text box and a "For the panel" text box, header and footer,
footnotes, comments and tracked changes.

Club vocabulary: Coaches (participants), Pool Days PD1-PD7 (taught Saturdays), Scrimmages (school tasks with
the Dugout Partner's feedback, never scored), the Home Run Derby (optional Saturday masterclasses, not
scored), Bracket Games BG1-BG3 (marked pieces), Umpires (markers), Umpire-in-Chief (assessment lead), the
League Commissioner (external examiner), the Skills Clinic and Coach's Card (needs assessment and plan), the
Guest Player rule (prior learning), the Bye (assessment-only route), the Dugout Partner (school mentor).

Outcomes: no outcome table. They are placed as the "Fundamentals" listed under each Pool Day (developed),
the Scrimmages' "Worked on" lines, the Home Run Derby's topics, and each Bracket Game's "Scored on" list
(assessed). Met = in a Pool Day and scored; partially_met = only one side: 6.K4 (PD2 only), 6.S8 (PD5 only),
6.K6 (Scrimmage only), 6.S5 (Scrimmage only), 6.A3 (optional Home Run Derby only), 6.S1 (scored in BG3 but
no Pool Day); not_met: 6.S3 (provision mapping: last season's morning, "dropped" this season, and a deleted
Pool Day row), 6.A7 (a value in the welcome letter only: "a good coach never stops learning").

Traps (requirement ids):
- Placeholder credits "[credits to be confirmed by the University]" with Level 7 (E.2 partially_met).
- Check-in asks only for a roster form proving employment; "Your school is responsible for your CRB
  disclosure"; the club's own volunteers and tournament staff hold enhanced disclosures (wrong context,
  someone else's responsibility) -> 5.3 not_met. Section number "4.2" clashes with requirement 4.2.
- Guest Player rule: earlier study is taken into account when setting the Coach's Card, but the sentence
  giving credit is a tracked deletion -> 2.1 partially_met.
- Bye to the Championship: an assessment-only route, exceptional, all Fundamentals, with an inserted
  tracked sentence (counts) -> 2.3 met.
- Flexibility: one Opening Day, Pool Days in a fixed order, Saturdays only; a make-up day; the January
  start is a deleted sentence in the Rainouts text box -> 3.2 partially_met.
- No e-learning: "There is no online play" (3.3 not_applicable); rainout text alerts are not e-learning.
- Accessibility only of the ground, plus a general statement about the DDA -> 3.1 partially_met.
- Parents only through a talk from the Parent Partnership Service -> 1.7 partially_met (and 6.S8).
- Stakeholders in evaluation only hoped for: "We would like headteachers to sit on the Tournament Review"
  -> 4.3 partially_met (the County's officers do teach PD2 and PD5).
- Evaluation of pupils' achievement not done: "does not yet look at pupils' results" -> 5.9 partially_met.
- Equipment: no ICT at the ground, bring your own laptop -> 5.6 partially_met.
- Award rule: "wins all three Bracket Games" (a pass in each), not every Fundamental -> 6.0 partially_met;
  Scrimmages and the Home Run Derby are not scored -> 1.9 partially_met.
- After-the-tournament planning only hoped for: "we would like, in future seasons, to hold" -> 2.5 not_met.
- Last season (the pilot) as a past arrangement; a comment saying provision mapping should come back (not
  part of the submission); a comment on the Bye; the footer's slogan.
- Others' words: a headteacher's quotation in the welcome letter.
"""
from pathlib import Path
import sys

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _qb_helpers import (Footnotes, add_field, add_segments, bullet, cell_paras, cell_text, del_run,
                         deleted_paragraph_mark, fill_row, ins_run, mark_row_deleted, new_document, para,
                         repeat_header, shade, shade_paragraph, table, text_box)

HERE = Path(__file__).parent
NAME = "qb-02-brinscombe-coaches-packet"
BLUE, PALE, SAND = "1B4F8A", "DCE6F2", "F4ECD8"

doc = new_document(font="Arial", size=10, margins_cm=1.9)
fn = Footnotes(doc)


def bar(text):
    """A section title: bold capitals on a shaded Normal paragraph (no heading style)."""
    p = para(doc, [("b", text)], size=11.5, keep=True)
    shade_paragraph(p, BLUE)
    for r in p.runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p.paragraph_format.space_before = Pt(10)
    return p


def sub(text):
    p = para(doc, [("b", text)], size=10.5, keep=True)
    p.paragraph_format.space_before = Pt(6)
    return p


# ---------------------------------------------------------------- header / footer
s0 = doc.sections[0]
hp = s0.header.paragraphs[0]
hp.text = "BLUEBIRDS INVITATIONAL 2009-10  |  COACHES' PACKET  |  Version 3, 9 March 2009"
hp.runs[0].font.size = Pt(8)
fp = s0.footer.paragraphs[0]
r = fp.add_run("Bluebirds Schools Foundation \u00b7 Quarry Lane Diamonds, Brinscombe \u00b7 Every coach a "
               "champion \u00b7 page ")
r.font.size = Pt(8)
add_field(fp, "PAGE", "1", size=8)

# ---------------------------------------------------------------- cover
p = para(doc, [("b", "BRINSCOMBE BLUEBIRDS SOFTBALL & BASEBALL CLUB")], size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
p = para(doc, [("b", "THE BLUEBIRDS INVITATIONAL 2009-10")], size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
shade_paragraph(p, PALE)
para(doc, [("b", "COACHES' PACKET")], size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, [("i", "The National Award for SEN Coordination, played the Bluebirds way")], size=11,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "")
text_box(doc, [
    [("b", "FOR THE PANEL")],
    "Every September we send this packet to the teachers who have entered the Bluebirds Invitational. This "
    "year we are sending it to you as our application, unchanged apart from this box. In the packet a Coach is "
    "a teacher taking the Award, a Pool Day is a taught Saturday, a Scrimmage is a task in the Coach's own "
    "school, and a Bracket Game is a piece of work that is marked. The Fundamentals are what a Coach must "
    "know and be able to do by the end of the season.",
    "Carol Pennock, Tournament Director",
], width_pt=440, height_pt=110, fill=SAND)

# ---------------------------------------------------------------- 1 welcome
bar("1.  WELCOME, COACHES!")
p = para(doc, ["Bluebirds Schools Foundation", ("br", ""), "Quarry Lane Diamonds", ("br", ""), "Quarry Lane",
               ("br", ""), "Brinscombe", ("br", ""), "BR4 7QL"], size=9)
para(doc, "Dear Coach,")
para(doc, "Welcome to the Bluebirds Invitational. You have entered because you lead, or are about to lead, the "
          "coordination of provision for pupils with special educational needs in your school. For the next "
          "season you are a Coach in our tournament, and your school is your team.")
para(doc, "The Bluebirds have played softball and baseball in Brinscombe for thirty years, and for twelve of them "
          "the Bluebirds Schools Foundation has run sport in Tarvey's special schools and with pupils with SEN in "
          "mainstream schools. We run the Invitational with the University of Marlhaven and Tarvey County "
          "Council's SEN and Inclusion Team because we want one thing: children and young people with SEN "
          "and/or disabilities in Tarvey doing better \u2014 being healthy, staying safe, enjoying and achieving, "
          "making a positive contribution and achieving economic well-being. The tournament is built to that "
          "end. Every Pool Day starts from a question about pupils, every Scrimmage is done with your own "
          "pupils and colleagues, and at least a third of the marks for each Bracket Game are for what changed "
          "for the pupils you worked with.")
para(doc, ["One headteacher whose SENCO played last season told us: ", ("i", "\u201cShe came back from every "
           "Saturday with something to try on Monday, and by the summer the whole staff were asking her "
           "advice.\u201d"), " That is the kind of season we want for you."])
para(doc, "We believe a good coach never stops learning, and we hope the Invitational is the start of many seasons "
          "for you.")
para(doc, ["Play ball!", ("br", ""), ("b", "Carol Pennock"), ("br", ""), "Tournament Director"])

# ---------------------------------------------------------------- 2 at a glance
bar("2.  TOURNAMENT AT A GLANCE")
g = table(doc, 8, 4, widths_cm=[3.4, 5.4, 3.4, 5.0])
glance = [
    ("Format", "Seven Pool Days, three Scrimmages, three Bracket Games", "Season", "September 2009 to July 2010"),
    ("Venue", "Quarry Lane Diamonds clubhouse, Brinscombe; PD6 at the University", "Entry", "24 Coaches"),
    ("Entry fee", "\u00a3880; Tarvey pays \u00a3440 for its own schools' Coaches", "Entry closes", "3 July 2009"),
]
for i, row in enumerate(glance):
    for j, v in enumerate(row):
        cell_text(g.cell(i, j), v, bold=(j % 2 == 0), size=9)
        if j % 2 == 0:
            shade(g.cell(i, j), PALE)
m = g.cell(3, 1).merge(g.cell(3, 3))
cell_text(g.cell(3, 0), "Sanctioned by", bold=True, size=9)
shade(g.cell(3, 0), PALE)
cell_text(m, "The University of Marlhaven validates the Invitational as a module of its Postgraduate Certificate in "
             "Special and Inclusive Education, at Level 7 (master's level), worth [credits to be confirmed by the "
             "University] credits. The University awards the credit and the certificate.", size=9)
m = g.cell(4, 1).merge(g.cell(4, 3))
cell_text(g.cell(4, 0), "With", bold=True, size=9)
shade(g.cell(4, 0), PALE)
cell_text(m, "Tarvey County Council SEN and Inclusion Team; Hollins Brook School; Tarvey Parent Partnership "
             "Service", size=9)
m = g.cell(5, 1).merge(g.cell(5, 3))
cell_text(g.cell(5, 0), "Online", bold=True, size=9)
shade(g.cell(5, 0), PALE)
cell_text(m, "There is no online play: every Pool Day is on the diamond. Rainout alerts come by text message.",
          size=9)
m = g.cell(6, 1).merge(g.cell(6, 3))
cell_text(g.cell(6, 0), "Contacts", bold=True, size=9)
shade(g.cell(6, 0), PALE)
cell_text(m, "Tournament Desk 01632 960 233; invitational@bluebirds-schools.org.uk", size=9)
m = g.cell(7, 0).merge(g.cell(7, 3))
cell_text(m, [("i", "All times are approximate and subject to the weather.")], size=8)

# ---------------------------------------------------------------- 3 staff
bar("3.  TOURNAMENT STAFF")
st = table(doc, 7, 3, widths_cm=[3.6, 3.6, 10.0])
fill_row(st.rows[0], ["Name", "Tournament role", "Day job and background"], size=9, bold=True, fill=PALE)
for i, row in enumerate([
        ("Carol Pennock", "Tournament Director (programme leader)",
         "Principal Lecturer in Inclusive Education, University of Marlhaven; eleven years a SENCO and then "
         "deputy head in two Tarvey secondary schools; MEd (SEN)."),
        ("Dev Mistry", "Umpire-in-Chief (assessment lead)",
         "Senior Lecturer, University of Marlhaven; leads assessment on the PGCert; former advisory teacher for "
         "specific learning difficulties."),
        ("Anne-Marie Coyle", "Pool Coach",
         "SENCO, St Bede's Primary, Brinscombe, since 1999; chairs the Tarvey primary SENCO cluster."),
        ("Tom Haigh", "Pool Coach",
         "Educational psychologist, Tarvey County Council; previously a teacher of pupils with autism."),
        ("Bernadette Oyelaran", "Pool Coach",
         "Deputy head, Hollins Brook School (special school for pupils with moderate and severe learning "
         "difficulties)."),
        ("Dr Graham Fell", "League Commissioner (external examiner)",
         "Reader in Special Education, University of Eastwick; appointed by the University of Marlhaven."),
], start=1):
    fill_row(st.rows[i], row, size=9)
para(doc, "")
para(doc, "All our Pool Coaches are working with pupils, schools or SENCOs now. Before each season the staff "
          "spend a day together bringing the Pool Days up to date with new legislation, guidance and research, "
          "and each Pool Coach has two days a year from the Foundation for their own development.")

# ---------------------------------------------------------------- 4 entry and check-in
bar("4.  ENTRY AND CHECK-IN")
sub("4.1  Who can enter")
for t in ("You hold QTS and teach in a Tarvey or neighbouring school.",
          "You are your school's SENCO, or your headteacher has asked you to take on the role within the year.",
          "Your headteacher signs your entry form, agrees to release you for the Pool Days and names your Dugout "
          "Partner, a senior leader who will meet you in school.",
          "You have taught pupils with a range of special educational needs."):
    bullet(doc, t)
para(doc, "The Tournament Director reads every entry and phones every Coach before accepting them. If you are not "
          "ready yet \u2014 usually because you have not yet worked with a range of needs, or your school cannot "
          "give you the time \u2014 she will tell you what to do first (often Tarvey's Inclusion Foundation course "
          "and a term working alongside your school's current SENCO), and she will talk it through with your "
          "headteacher. You can enter the following season.")
sub("4.2  Check-in")
para(doc, "Check-in is at the clubhouse from 8.45 on Pool Day 1. Please bring the Team Roster Form (below), signed "
          "by your headteacher, which confirms that you are employed at the school as a teacher. Your school is "
          "responsible for your CRB disclosure. All Bluebirds volunteers and tournament staff hold enhanced CRB "
          "disclosures, checked every three years by the club's Welfare Officer.")
para(doc, "Team Roster Form", size=9).runs[0].bold = True
f = table(doc, 6, 2, widths_cm=[6.0, 11.2])
for i, (k, v) in enumerate([
        ("Coach's name:", "____________________________"),
        ("School:", "____________________________"),
        ("Role in school (e.g. SENCO, assistant SENCO):", "[type here]"),
        ("Dugout Partner (name and role):", "[type here]"),
        ("I confirm that the Coach is employed at this school as a teacher.", "Headteacher's signature: ____________"),
        ("Date:", "__ / __ / ____"),
]):
    cell_text(f.cell(i, 0), k, size=9)
    cell_text(f.cell(i, 1), v, size=9)
    shade(f.cell(i, 0), PALE)

# ---------------------------------------------------------------- 5 skills clinic
bar("5.  BEFORE THE FIRST PITCH")
sub("5.1  The Skills Clinic")
para(doc, "In the month before Pool Day 1 every Coach comes to a Skills Clinic at the clubhouse. You rate "
          "yourself on every Fundamental in this packet, bring evidence for the ones you rate highly, and bring "
          "a short note from your headteacher on what your school needs from its SENCO. A Pool Coach then spends "
          "an hour with you going through it, testing your ratings \u2014 people who trained years ago often find "
          "that what they know about the law is out of date.")
para(doc, ["Out of the Clinic comes your ", ("b", "Coach's Card"), ": your own training plan for the season. It "
           "lists the Fundamentals you will concentrate on and your personal goals for each, the Scrimmage pupils "
           "and colleagues, what to read first, and which Home Run Derby sessions to come to. Your Dugout Partner "
           "gets a copy, and you and your Pool Coach update it after each Bracket Game. When the whole entry is "
           "already strong on a Fundamental, the Pool Day spends less time on it."])
para(doc, "Pool Days split into primary and secondary dugouts for the afternoon, and your Scrimmages are set in "
          "your own school with your own pupils, so each Coach's season fits their school. Tarvey pays half the "
          "fee for its schools, and the clubhouse costs nothing, so the fee goes on teaching and marking.")
sub("5.2  The Guest Player rule")
p = para(doc, "If you have already studied SEN at university or on a County course, tell us at the Skills Clinic. "
              "We will take it into account when we set your Coach's Card, so you do not repeat what you already "
              "know. ")
del_run(p, "A Coach who has passed a Level 7 SEN module elsewhere may be awarded up to 20 credits towards the "
           "Invitational.")
sub("5.3  Bye to the Championship")
p = para(doc, "Exceptionally, a very experienced Coach \u2014 for example a teacher from the County's SEN support "
              "services who has coordinated SEN provision for several years \u2014 may ask for a Bye straight to "
              "the Championship. They play no Pool Days and no Scrimmages. Instead they submit a portfolio and "
              "take a two-hour professional discussion with two Umpires. ")
ins_run(p, "The Bye is assessed against every Fundamental in this packet, and a Coach who does not show every one "
           "plays the full season.")
doc.add_comment(p.runs[0], text="We had one Bye request last year and turned it down \u2014 keep this? \u2014 CP",
                author="Carol Pennock", initials="CP")
para(doc, "The Bye costs \u00a3450.")

# ---------------------------------------------------------------- 6 pool play
bar("6.  POOL PLAY")
para(doc, "All Pool Days are Saturdays, 9.30 to 3.30, in the clubhouse at Quarry Lane unless shown. They are "
          "played in this order. Under each Pool Day are its Fundamentals: what you will work on that day.")
pools = [
    ("Sat 19 Sept 2009", "PD1", "First Pitch",
     ["The lead SENCO's job and the principles and five outcomes of Every Child Matters, and how the SENCO "
      "helps children reach them",
      "The SEN Code of Practice and the law on SEN: what they mean for the school, the SENCO and others, and "
      "how to put them into practice",
      "The Coach's Talk: explaining your role clearly to colleagues, in speech and in writing, and listening to "
      "what they say back"]),
    ("Sat 17 Oct 2009", "PD2", "Knowing the Rules",
     ["The Disability Discrimination Act as amended in 2005, the Disability Equality Duty, and the actions "
      "they require of a school",
      "How children develop, and how SEN, disability and the physical and social environment affect their "
      "development",
      "County guidance on SEN, given by the County's SEN and Inclusion Team"]),
    ("Sat 21 Nov 2009", "PD3", "Reading the Pitcher",
     ["The most common types of SEN and disability \u2014 behavioural, emotional and social difficulties, "
      "specific learning difficulties including dyslexia, speech, language and communication needs, autism and "
      "moderate learning difficulties \u2014 and how they affect learning",
      "Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets; "
      "planning interventions; reviewing progress",
      "Using the assessments of educational psychologists, therapists and advisory teachers to shape teaching",
      "Building fair, respectful relationships with pupils and their parents; interviewing pupils about their "
      "provision and involving them in setting and reviewing their targets (practised in pairs)"]),
    ("Sat 23 Jan 2010", "PD4", "The Scoreboard",
     ["Using national tests, teacher assessment and P scales to track progress and change programmes",
      "Encouraging colleagues to use formative assessment, with approaches for pupils with SEN",
      "Spotting in good time the access arrangements pupils need for national tests and examinations, and "
      "putting them in place with colleagues",
      "The principles of school self-evaluation, and reviewing with staff how well provision is working so that "
      "it feeds the school's self-evaluation"]),
    ("Sat 27 Feb 2010", "PD5", "Bleachers and Bus Trips",
     ["Parents and carers: the Tarvey Parent Partnership Service explains its work",
      "External agencies \u2014 educational psychology, speech and language therapy, CAMHS, social care \u2014 "
      "and voluntary organisations: what they do and how to get their help",
      "Working in partnership with other services; the Common Assessment Framework",
      "Tough calls: problem cases worked in teams, ending with a decision and its reasons"]),
    ("Sat 20 Mar 2010", "PD6", "Film Room (at the University)",
     ["What research and inspection tell us: the Bercow Review of services for children with speech, language "
      "and communication needs (2008), recent Ofsted reports on SEN and inclusion, the Inclusion Development "
      "Programme",
      "Using research and outside advice to improve your own and colleagues' practice"]),
    ("Sat 15 May 2010", "PD7", "Managing the Dugout",
     ["Deploying and managing teaching assistants and other staff",
      "Winning the backing of the headteacher, senior leaders and colleagues for better outcomes for pupils with "
      "SEN"]),
]
pt = table(doc, len(pools) + 2, 5, widths_cm=[1.7, 2.4, 1.2, 2.8, 9.1])
fill_row(pt.rows[0], ["Term", "Date", "Day", "Theme", "Fundamentals"], size=9, bold=True, fill=PALE)
repeat_header(pt.rows[0])
for i, (date, code, theme, funds) in enumerate(pools, start=1):
    row = pt.rows[i]
    cell_text(row.cells[1], date, size=9)
    cell_text(row.cells[2], code, bold=True, size=9)
    cell_text(row.cells[3], theme, size=9)
    cell_paras(row.cells[4], ["\u2022 " + x for x in funds], size=9)
for (a, b_, label) in ((1, 3, "Autumn"), (4, 6, "Spring")):
    mc = pt.cell(a, 0).merge(pt.cell(b_, 0))
    for extra in mc.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell_text(mc, label, bold=True, size=9)
    shade(mc, SAND)
cell_text(pt.cell(7, 0), "Summer", bold=True, size=9)
shade(pt.cell(7, 0), SAND)
# a deleted Pool Day row (provision mapping)
drow = pt.rows[len(pools) + 1]
fill_row(drow, ["Summer", "Sat 12 June 2010", "PD8", "The Game Plan", "\u2022 Provision mapping: planning provision "
                "and finding what is ineffective or missing"], size=9)
mark_row_deleted(drow)
para(doc, "")
fn.add(para(doc, "PD6 is at the University of Marlhaven's Brinscombe campus, so that Coaches can use the library "
                 "that day."), "The campus library is open to Coaches all season with a University card, issued "
                               "at check-in.")

sub("6.1  Scrimmages")
para(doc, "Between Pool Days you play three Scrimmages in your own school. Your Dugout Partner watches where they "
          "can and gives you feedback. Scrimmages are not scored.")
for segs in (
        [("b", "Scrimmage 1 \u2013 Try it out."), " Try an ICT or other resource for teaching or assessment with a "
         "group of pupils with SEN, and weigh up critically what it did and did not do for them. Worked on: a "
         "critical understanding of approaches, strategies and resources, including ICT."],
        [("b", "Scrimmage 2 \u2013 Ride along."), " Observe a colleague teaching a pupil with SEN, give feedback, "
         "model an approach in their lesson and coach them over two more lessons. Worked on: supporting colleagues' "
         "professional development."],
        [("b", "Scrimmage 3 \u2013 Travel Team."), " Meet the SENCOs of two neighbouring schools twice in the "
         "season to share a problem each and advise one another."]):
    bullet(doc, segs, char="\u2013")

sub("6.2  Home Run Derby (optional)")
para(doc, "Three optional Saturday mornings for Coaches who want more. They are not scored, and many Coaches "
          "come to none of them.")
for t in ("Time-Out: prioritising a crowded week, managing your time, and delegating tasks to others and "
          "checking they get done.",
          "Extra Innings: dyslexia, with the Dyslexia Association's local branch.",
          "Curveballs: behaviour, with Hollins Brook School's outreach team."):
    bullet(doc, t, char="\u2013")

# ---------------------------------------------------------------- 7 bracket
bar("7.  THE BRACKET")
para(doc, "Three Bracket Games decide the tournament. Each is marked by the Umpires against its Scored on list "
          "and the University's Level 7 criteria.")
b = table(doc, 3, 5, widths_cm=[3.4, 0.6, 3.4, 0.6, 3.4])
cell_text(b.cell(0, 0), [("b", "BG1 Quarter-final"), ("br", ""), "The Case File"], size=9)
cell_text(b.cell(0, 1), "\u2192", size=9)
sf = b.cell(0, 2).merge(b.cell(1, 2))
cell_text(sf, [("b", "BG2 Semi-final"), ("br", ""), "The Pupil Voice Project"], size=9)
cell_text(b.cell(1, 1), "\u2192", size=9)
cell_text(b.cell(1, 0), [("i", "due after PD4")], size=9)
ch = b.cell(0, 4).merge(b.cell(2, 4))
cell_text(ch, [("b", "BG3 Championship"), ("br", ""), "The Coach's Review"], size=9)
cell_text(b.cell(0, 3), "\u2192", size=9)
cell_text(b.cell(2, 2), [("i", "due after PD6")], size=9)
cell_text(b.cell(2, 0), "", size=9)
for c in (b.cell(0, 0), sf, ch):
    shade(c, SAND)
para(doc, "")
sub("BG1 Quarter-final: The Case File (3,000 words, due after PD4)")
para(doc, "A case study of one pupil or a small group from your school. Scored on:")
for t in ("the law and the Code of Practice as they apply to the pupils, and what you did to put them into practice",
          "Every Child Matters: which outcomes were at stake for these pupils and what you did about them",
          "the school's duties under disability equality law and the actions you took",
          "the pupils' type of need and how it affects their learning",
          "how you identified the pupils, set targets, planned the intervention and reviewed their progress",
          "how you used other professionals' assessments",
          "the decisions you made along the way and why they were sound",
          "clear writing"):
    bullet(doc, t)
sub("BG2 Semi-final: The Pupil Voice Project (5,000 words, due after PD6)")
para(doc, "A project in your school in which you change something in provision with pupils' involvement. Scored on:")
for t in ("how you consulted the pupils and involved them in planning, agreeing and reviewing their provision",
          "your relationships with the pupils and their families",
          "the tracking data you used, including national tests, and how it changed the programme",
          "how you encouraged colleagues' formative assessment",
          "the access arrangements you identified and put in place for the pupils' tests and examinations",
          "how you reviewed the change with staff, and how it fed into the school's self-evaluation",
          "the research and outside advice you drew on, and what it shows about best practice"):
    bullet(doc, t)
sub("BG3 Championship: The Coach's Review (portfolio and a 20-minute presentation with questions)")
para(doc, "Your season as your school's SENCO. Scored on:")
for t in ("how you deployed and managed teaching assistants and other staff",
          "how you won the commitment of your headteacher, senior leaders and colleagues",
          "your work with senior colleagues and governors on the school's inclusion policy, priorities and use of "
          "resources",
          "how you found and used external agencies and voluntary organisations, and worked in partnership with them",
          "how clearly you present and answer questions"):
    bullet(doc, t)

# ---------------------------------------------------------------- 8 rules
bar("8.  TOURNAMENT RULES")
rules = [
    "Time limit. Bracket Games are due by 5 pm on the Friday shown in your Coach's Card. Extensions are agreed by "
    "the Umpire-in-Chief.",
    "Word count. Ten per cent either way; beyond that the Umpires stop reading.",
    "Scoring. Every Bracket Game is marked by one Umpire and second-marked by another when it is a fail, a "
    "distinction or one of the sample of one in three that the Umpire-in-Chief draws for every Game.",
    "Umpires' meeting. Before marking each Bracket Game the Umpires mark two pieces together and agree the "
    "standard.",
    "Protests. A Coach who disagrees with a result may appeal through the University's academic appeals "
    "procedure.",
    "Re-entry. A Coach who loses a Bracket Game may replay it once, within eight weeks.",
    "The Award. The Invitational goes to every Coach who wins all three Bracket Games (a pass in each). The "
    "University then awards the credit.",
    "League Commissioner. The League Commissioner sees a sample of every Bracket Game and every fail, and "
    "reports to the University's exam board, which moderates all results.",
]
for i, t in enumerate(rules, start=1):
    p = para(doc, [("b", f"Rule {i}. "), t], indent_cm=0.3)
    p.paragraph_format.space_after = Pt(3)

# ---------------------------------------------------------------- 9 umpires, who does what
bar("9.  UMPIRES, DUGOUT PARTNERS AND WHO DOES WHAT")
para(doc, "Every Umpire comes to the Umpires' Clinic each September, run by the Umpire-in-Chief, on the "
          "Fundamentals, the Scored on lists and the University's criteria. Every Dugout Partner comes to a "
          "two-hour briefing at the clubhouse before Pool Day 1 and gets the Dugout Partner's Guide. New Pool "
          "Coaches sit in on a full Pool Day before they lead one.")
wd = table(doc, 6, 2, widths_cm=[4.0, 13.2])
fill_row(wd.rows[0], ["Who", "Does what"], size=9, bold=True, fill=PALE)
for i, (a, b_) in enumerate([
        ("Tournament Director", "Accepts Coaches, runs the Skills Clinic with the Pool Coaches, leads the "
                                "Tournament Review."),
        ("Pool Coaches", "Teach the Pool Days; meet each Coach after each Bracket Game to update the Coach's Card."),
        ("Dugout Partner", "Meets the Coach in school at least once a half term; watches Scrimmages and gives "
                           "feedback; confirms the Coach's school work is their own. Does not mark."),
        ("Umpires", "Mark the Bracket Games; second-mark; attend the Umpires' meeting."),
        ("Umpire-in-Chief", "Sets the standard; draws the samples; presents results to the exam board."),
], start=1):
    fill_row(wd.rows[i], [a, b_], size=9)

# ---------------------------------------------------------------- 10 rainouts (text box)
bar("10.  RAINOUTS, MAKE-UPS AND ACCESS")
text_box(doc, [
    [("b", "RAINOUTS AND MAKE-UPS")],
    "If a Pool Day is rained off \u2014 or you miss one because of illness or a crisis at school \u2014 you "
    "make it up at the Make-up Day in July, when every Pool Day's key sessions are run again in one long day. "
    "A Coach who misses more than two Pool Days finishes with next season's entry.",
], width_pt=440, height_pt=90, fill="FFFFFF")
# tracked deletion inside a normal paragraph directly after the box (the January start)
p = para(doc, "")
del_run(p, "From 2010 there will also be a January Opening Day, for Coaches who cannot start in September.")
deleted_paragraph_mark(p)
para(doc, "The Invitational runs part-time only, on Saturdays. Coaches play the Pool Days in order with their "
          "entry.")
sub("10.1  Access")
para(doc, "Quarry Lane Diamonds clubhouse is step-free, with an accessible toilet and parking beside the door, and "
          "the University campus is fully accessible. The club follows the Disability Discrimination Act and "
          "welcomes every Coach.")

# ---------------------------------------------------------------- 11 review
bar("11.  TOURNAMENT REVIEW")
para(doc, "How we find out whether the Invitational worked, and make it better:")
for segs in (
        [("b", "Scorecards."), " Every Coach fills in a Scorecard at the end of every Pool Day; the Pool Coaches "
         "read them that evening and change the next Pool Day if they need to."],
        [("b", "Confidence check."), " Coaches rate their confidence on every Fundamental at the Skills Clinic and "
         "again at the end of the season, and we compare the two."],
        [("b", "Umpires' report."), " After each Bracket Game the Umpire-in-Chief reports which Scored on lines "
         "Coaches found hardest, and the Pool Coaches change the Pool Days that lead to it."],
        [("b", "The University."), " The Invitational goes through the University's annual monitoring, with the "
         "League Commissioner's report and the Coaches' results."],
        [("b", "The County."), " We send Tarvey's SEN and Inclusion Team the Tournament Review's report each "
         "summer."]):
    bullet(doc, segs)
para(doc, "All of this comes together at the Tournament Review each July, which agrees the changes for the next "
          "season. The Tournament Review does not yet look at pupils' results; we hope to start collecting what "
          "Coaches find in their Bracket Games about their pupils' progress from 2010-11.")

# ---------------------------------------------------------------- 12 friends
bar("12.  FRIENDS OF THE TOURNAMENT")
para(doc, "Before we drew up the first schedule, we asked every school in Tarvey what its SENCO most needed. Of "
          "the 63 schools that replied, 41 named leading and managing teaching assistants, 37 tracking the "
          "progress of pupils with SEN, and 30 knowing when and how to call in other services. Tarvey's SEN "
          "strategy for 2008-11 asks for the same three. Each of them is a Pool Day: PD7, PD4 and PD5.")
para(doc, "Our Friends have changed the Invitational. At the County SEN and Inclusion Team's request, PD6 now "
          "includes the Inclusion Development Programme. Headteachers told us they could release Coaches on "
          "Saturdays more easily than on weekdays, so every Pool Day is a Saturday. Last season's Coaches asked for "
          "more time with pupils' voices, so the Semi-final became the Pupil Voice Project.")
para(doc, "The County's SEN and Inclusion Team teaches PD2, and its educational psychologists and the Parent "
          "Partnership Service teach PD5. We would like headteachers to sit on the Tournament Review in future, and "
          "headteachers may be invited to the Awards Ceremony.")

# ---------------------------------------------------------------- 13 equipment, away games
bar("13.  EQUIPMENT AND AWAY GAMES")
sub("13.1  Equipment")
para(doc, "The Foundation's equipment room at the clubhouse holds a lending library of about 300 books on SEN and "
          "the County's loan assessment kits. There is no ICT at the ground: please bring a laptop if you want to "
          "use one on Pool Days.")
sub("13.2  Away Games")
p = para(doc, "Every Coach plays two Away Games, arranged by the Tournament Desk: a day at Hollins Brook School, "
              "working alongside its teachers, and a day with the County's sensory support service, out with a "
              "teacher of the deaf or of visually impaired pupils. Specialists teach on the Pool Days: educational "
              "psychologists, a speech and language therapist, CAMHS and the Parent Partnership Service.")
fn.add(p, "Away Games are arranged around your school's timetable; your headteacher agrees the dates at check-in.")

# ---------------------------------------------------------------- 14 awards, last season, faq
bar("14.  AWARDS, LAST SEASON AND QUESTIONS")
sub("14.1  Awards Ceremony")
para(doc, "The Awards Ceremony is at Quarry Lane in July, after the exam board. Every Coach who has won all three "
          "Bracket Games receives the Invitational pennant and the University certificate. We would like, in "
          "future seasons, to hold a \u2018Next Season\u2019 meeting for each Coach and their headteacher to set "
          "targets for the year after the Invitational.")
sub("14.2  Last season")
p = para(doc, "Last season's pilot, for eleven Coaches, spent a morning on provision maps. This season we have "
              "dropped it to make room for the Film Room.")
doc.add_comment(p.runs[0], text="Heads keep asking about provision maps. Bring it back as PD8? \u2014 AMC",
                author="Anne-Marie Coyle", initials="AMC")
sub("14.3  Questions coaches ask")
for q, a in (
        ("Is there an online forum or course site?", "No. Everything happens on the diamond and in your school."),
        ("Can I start in January?", "Not this season."),
        ("Can I bring my Dugout Partner to a Pool Day?", "Yes, to PD7, and we encourage it."),
        ("What if I change schools mid-season?", "Tell the Tournament Desk; your new headteacher signs a new Team "
                                                 "Roster Form and names a Dugout Partner."),
        ("Do I need to be good at softball?", "No. There is a friendly game after PD7 for anyone who wants one.")):
    para(doc, [("b", "Q. " + q), ("br", ""), "A. " + a], size=9.5)

out = HERE / f"{NAME}.docx"
doc.save(out)
print("wrote", out)
