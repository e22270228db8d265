"""mu-02-tallowgate-event-management-plan: build mu-02-tallowgate-event-management-plan.docx next to this script.

PROVIDER (invented). Tallowgate Giants & Lanterns, a touring puppet company in Kelderwick that makes giant
processional puppets and lantern processions, with an education and training arm (Tallowgate Learning). It runs
the National Award for SEN Coordination as "The Long Procession" with Kelderwick University (validation event
booked for 14 May 2009).

DOCUMENT KIND AND LAYOUT. The course written on the company's own EVENT MANAGEMENT PLAN template (TG-EMP v6, the
plan it files with a Safety Advisory Group for every procession), draft v0.3 for the panel. Portrait A4, real
heading styles (Heading 1 for the template's numbered sections 1-10, Heading 2 for subsections numbered 4.1-4.6,
5.1-5.2, whose numbers collide with requirement ids). The template's grey italic "[Guidance: ...]" prompts are
left in under the headings. A document-control table and an Event Details table with merged, shaded label cells;
an Event Control table of roles; a Workshops table; a "they said / we did" consultation table; Appendix A, the
LANTERN LIST (the outcomes in the company's words, grouped Frames / Skins / Lights, numbered 1-27) with "Made at"
and "Lit at" columns, keyed in the prose of 4.5 well above it ("Dry Run" = feedback, not marked; a dash = none).
Five footnotes. Two Word comments. Tracked changes: a deleted "Night Lines" online paragraph, a deleted
"Walking with Families" paragraph, an inserted CRB paragraph, an inserted phrase in a Lantern List row and an
insertion inside a "Lit at" cell. "[TBC]" placeholders. Header and footer with a PAGE field.

House vocabulary: the Procession (the course), Muster (entry and self-rating), Lantern Teams, Joining Points and
Routes (flexibility), Workshops W1-W9 (study days), Lamp Checks LC1-LC2 and the Procession viva (the marked
pieces), the Dry Run (formative), Dispersal (completion, Next Lantern plan), Late Lighting (assessment-only
route), Lantern Masters (tutors), Stewards (school mentors), Event Control (programme team), Lantern
Conversations (stakeholder consultation), hot and cold debriefs (evaluation).

TRAPS (requirement ids):
- Credits are "[TBC: 30 or 60]" at Level 7: E.2 partially_met; a comment asks about it (not evidence).
- The stated purpose is attainment only ("make better progress in their learning and reach higher standards"),
  no well-being: 1.1 partially_met.
- W3 rests on "current research and the Masters' own experience", no inspection evidence or named work: 1.3
  partially_met.
- Parents: "we have not found room for a Workshop on working with parents" and "Walking with Families" is a
  plan for 2010-11; the paragraph describing it is a deleted tracked change; "Families walk with us in every
  Tallowgate procession" is the company's community work (wrong context): 1.7 not_met. Lantern 19 (parents) is
  lit at LC2 (a letter to parents) but made nowhere: 6.S8 partially_met. Lantern 21 covers pupils only: 6.A1
  partially_met.
- Muster questionnaire is used to form Lantern Teams; "We do not write individual plans": 2.2 and 2.4
  partially_met.
- Late Lighting (assessment-only) is a real route: 2.3 met (control).
- The "Night Lines" Moodle route exists only in a deleted paragraph; nothing else is e-learning (email to
  Masters is not): 3.3 not_applicable.
- Access: only buildings ("level access", "hearing loop"), under a template prompt about adjustments: 3.1
  partially_met.
- The CRB check of candidates is an inserted tracked paragraph: 5.3 met.
- Placements: candidates "arrange their own visit": 5.5 partially_met.
- Stewards "are given this plan and the Lantern List"; the template prompt about briefing and training is not
  an answer: 5.7 partially_met.
- Each Lamp Check "is marked by the Lantern Master who led the Workshops it draws on"; moderation only in a
  footnote's vague future: 5.8 not_met.
- Award on passing the Procession viva; "Lanterns not yet lit are written on the candidate's Dispersal record":
  6.0 not_met; 1.9 partially_met.
- Lantern List: K3 lit at LC1 but a footnote says that section is "read for feedback only" (6.K3 partially_met);
  S2a lit, not made (6.S2a partially_met); S2c and A2 "Dry Run" only (6.S2c, 6.A2 partially_met); S4 made, not
  lit (6.S4 partially_met); S2d lit only by an insertion in its cell (6.S2d met); S9's "and voluntary
  organisations" inserted (6.S9 met); no lantern for child development or for summative assessment and national
  tests (6.K4, 6.S2b not_met).
- Stakeholders: Lantern Conversations and a they-said/we-did table (4.1, 4.2 met); LA officer, head, parent on
  the cold debrief and Brook Lane pupils hosting W5 (4.3 met).
"""
from pathlib import Path
import sys

import docx
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _mu_helpers import (Footnotes, cell_text, del_run, deleted_paragraph, ins_run, inserted_paragraph,
                         page_field, para, run, set_col_widths, shade, shade_par)

HERE = Path(__file__).parent
NAME = "mu-02-tallowgate-event-management-plan"
EMBER = "7A2E0E"
SAND = "F6E7D2"
GREY = "808080"
MQ, IP, AB = "Mara Quennell", "Iris Penhallow", "Ann Brierley"
D1, D2, D3 = "2009-03-20T09:40:00Z", "2009-03-24T14:10:00Z", "2009-03-26T11:30:00Z"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(5)
for hn, sz in (("Heading 1", 14), ("Heading 2", 12)):
    hs = doc.styles[hn]
    hs.font.name = "Calibri"
    hs.font.size = Pt(sz)
    hs.font.color.rgb = RGBColor.from_string(EMBER)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
hp = sec.header.paragraphs[0]
run(hp, "TALLOWGATE GIANTS & LANTERNS · EVENT MANAGEMENT PLAN (TG-EMP v6) · THE LONG PROCESSION 2009-10 · "
        "DRAFT v0.3", size=8, color=GREY)
fp = sec.footer.paragraphs[0]
run(fp, "Tallowgate Giants & Lanterns CIC, The Lantern Shed, 12 Canal Side, Kelderwick KW4 1LP · "
        "Uncontrolled when printed · Page ", size=8, color=GREY)
page_field(fp)

FN = Footnotes(doc)


def h1(text):
    return doc.add_paragraph(text, style="Heading 1")


def h2(text):
    return doc.add_paragraph(text, style="Heading 2")


def prompt(text):
    """The template's own grey guidance, left in."""
    return para(doc, "[Guidance: " + text + "]", italic=True, color=GREY, size=9)


def bullet(text):
    p = doc.add_paragraph(style="List Bullet")
    run(p, text)
    return p


def table(headers, rows, widths, fill=EMBER):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for k, h in enumerate(headers):
        cell_text(t.rows[0].cells[k], h, bold=True, color="FFFFFF", size=9.5)
        shade(t.rows[0].cells[k], fill)
    for r in rows:
        cells = t.add_row().cells
        for k, v in enumerate(r):
            cell_text(cells[k], v, size=9.5)
    set_col_widths(t, widths)
    return t


# ------------------------------------------------------------------ cover
para(doc, "EVENT MANAGEMENT PLAN", bold=True, size=22, color=EMBER)
para(doc, "The Long Procession: the National Award for SEN Coordination, 2009-10", bold=True, size=14)
para(doc, "Tallowgate Giants & Lanterns (Tallowgate Learning) with Kelderwick University", size=11)

dc = doc.add_table(rows=5, cols=4)
dc.style = "Table Grid"
top = dc.cell(0, 0).merge(dc.cell(0, 3))
cell_text(top, "Document control", bold=True, color="FFFFFF")
shade(top, EMBER)
for k, h in enumerate(["Version", "Date", "By", "What changed"]):
    cell_text(dc.cell(1, k), h, bold=True, size=9)
    shade(dc.cell(1, k), SAND)
for i, row in enumerate([
    ("v0.1", "12 Jan 2009", "M. Quennell", "First draft from the Lantern Conversations"),
    ("v0.2", "27 Feb 2009", "M. Quennell, I. Penhallow", "University comments; Late Lighting added"),
    ("v0.3", "26 Mar 2009", "Event Control", "For the TDA approval panel (changes tracked)"),
], start=2):
    for k, v in enumerate(row):
        cell_text(dc.cell(i, k), v, size=9)
set_col_widths(dc, [2.0, 2.8, 4.2, 8.0])
para(doc, "")

note = para(doc, "")
run(note, "A note for the panel. ", bold=True)
run(note, "This is our Event Management Plan template. We use it for every procession we make, from a village "
          "lantern walk to the city's winter parade, and we have used it here because it is how our whole team "
          "thinks about anything we run: who is in control, where people gather, which way the route goes, who "
          "walks beside them, what happens if something goes wrong, and how we learn afterwards. The template's "
          "own guidance notes are left in grey so that our makers recognise it. Where this plan says what we do, "
          "it is what we do.")
shade_par(note, SAND)

# ------------------------------------------------------------------ 1 Event details
h1("1. Event details")
prompt("complete every row. If a row does not apply, write N/A.")
ed = doc.add_table(rows=9, cols=2)
ed.style = "Table Grid"
rows = [
    ("Event name", "The Long Procession (the National Award for SEN Coordination)"),
    ("Organiser", "Tallowgate Giants & Lanterns CIC, through Tallowgate Learning, its education and training arm, "
                  "with Kelderwick University, School of Education"),
    ("Event type", "Year-long course for teachers new to leading SEN coordination, with Workshops, school-based "
                   "work and a final Procession"),
    ("Dates", "Musters: July 2009 (September joiners) and November 2009 (January joiners). Workshops: September "
              "2009 to June 2010 (Long Route). Procession: Thursday 1 July 2010. A second Procession for January "
              "joiners: 9 December 2010"),
    ("Venues", "The Lantern Shed, 12 Canal Side, Kelderwick; Kelderwick University, Westgate Campus; each "
               "candidate's own school; Brook Lane Primary School (Workshop 5)"),
    ("Expected attendance", "24 candidates a year across both Joining Points, in Lantern Teams of six"),
    ("Accreditation", "Postgraduate Certificate in SEN Coordination of Kelderwick University, which makes the "
                      "award; the University's validation event is booked for 14 May 2009"),
    ("Credit", "CREDIT"),
    ("Site plan", "[Insert site plan]"),
]
for i, (a, b) in enumerate(rows):
    cell_text(ed.cell(i, 0), a, bold=True, size=9.5)
    shade(ed.cell(i, 0), SAND)
    if b == "CREDIT":
        p = ed.cell(i, 1).paragraphs[0]
        r_cr = run(p, "Level 7 (masters level), [TBC: 30 or 60] credits, to be agreed at validation", size=9.5)
        doc.add_comment(r_cr, "Iris, can we say 60 yet? Not until Faculty confirms the tariff. MQ",
                        author=MQ, initials="MQ")
    else:
        cell_text(ed.cell(i, 1), b, size=9.5)
set_col_widths(ed, [4.0, 13.0])

# ------------------------------------------------------------------ 2 Purpose
h1("2. Purpose of the event")
prompt("state in one or two sentences what the event is for and who it is for.")
pp = para(doc, "Tallowgate makes processions so that a whole town can walk together and nobody is left at the "
               "kerb. The Long Procession is for new SENCOs: to grow confident, creative SENCOs who can lead their "
               "schools so that pupils with special educational needs and/or disabilities make better progress in "
               "their learning and reach higher standards.")
FN.add(pp, "Tallowgate's mission, adopted by the board in 2005: \"Every town deserves a procession.\"")
para(doc, "It is a course of the kind we have run in our own way since 2004, when our makers first trained "
          "teachers to build lanterns with the pupils in Kelderwick's special schools; this is the first time it "
          "leads to a national award.")

# ------------------------------------------------------------------ 3 Event Control
h1("3. Event Control")
prompt("list the key personnel, their responsibilities and their relevant qualifications and experience.")
table(["Role", "Who", "Responsibility, qualifications and experience"], [
    ["Event Controller", "Mara Quennell, Director of Learning",
     "Leads the course and Event Control. SENCO at Kelderwick High School 1999-2008; MA in Special Educational "
     "Needs (Kelderwick, 2003); chair of the Kelderwick SENCO Network 2005-08."],
    ["Lantern Master", "Dev Okafor",
     "Specialist teacher, Kelderwick Autism Outreach Team, 2002 to date; PG Diploma in Autism (University of "
     "Birmingham, 2006). Leads W4 and W6."],
    ["Lantern Master", "Sally Nunn",
     "Educational psychologist with Kelderwick Educational Psychology Service for 30 years (retired 2008); "
     "still sits on the LA's statutory assessment panel. Leads W2 and W8."],
    ["Lantern Master", "Tom Greave, Head of Making",
     "Lantern-maker and workshop leader; fifteen years' making with pupils in special schools. Leads the making "
     "in W1 and W5."],
    ["University Link Tutor", "Dr Iris Penhallow",
     "Senior lecturer in inclusive education, Kelderwick University. Academic standards, prior credit, the "
     "University's regulations."],
    ["Chief Steward", "Mara Quennell", "Recruits and coordinates the Stewards (section 5)."],
    ["Safety Officer", "Ann Brierley", "The company's designated safeguarding lead (section 7)."],
], [3.2, 3.8, 10.0])

# ------------------------------------------------------------------ 4 Route and programme
h1("4. Route and programme")
prompt("describe the assembly area, the route, the order of the procession, timings and the dispersal area. "
       "Attach a route map.")
para(doc, "Every Tallowgate procession has the same shape: people muster, they are put into groups with someone "
          "who knows the way, they walk a route with stops along it, the lanterns are lit, and the crowd disperses "
          "safely. The Long Procession has that shape too.")

h2("4.1 Muster")
para(doc, "Who can join: qualified teachers who are, or will be from the start of the Long Procession, the person "
          "leading SEN coordination in their school, with their head's written agreement to release them for "
          "nine Workshop days. At the Muster (a half-day at the Lantern Shed in July or November) the Chief "
          "Steward checks each applicant's Muster Form against these conditions. An applicant who does not meet "
          "them is told what to do first, and the Event Controller telephones their head to agree it; they can "
          "join at the next Joining Point.")
para(doc, "At the Muster each candidate also fills in the Lantern Questionnaire, rating themselves from 1 to 4 "
          "against each lantern on the Lantern List (Appendix A), and marks on a scale of 1 to 10 how confident "
          "they feel in the SENCO role.")

h2("4.2 Lantern Teams")
para(doc, "We use the Lantern Questionnaires to put candidates into Lantern Teams of six, mixing experience so "
          "that every Team has someone who has done each thing before. The Team walks one route together and "
          "stays together to the Procession. We do not write individual plans: the Procession is walked "
          "together, and everyone on a route takes the same Workshops in the same weeks.")

h2("4.3 Joining Points, routes and Late Lighting")
para(doc, "There are two Joining Points, September and January. There are two routes. The Long Route is nine "
          "Workshops over three terms. The Short Route, for candidates with prior credit (below), is six Workshops "
          "over two terms, leaving out W2, W3 and W4. Every Workshop runs twice: as a day at the Lantern Shed and "
          "as two twilight sessions at Westgate Campus, and a candidate may take any Workshop in either form. "
          "Workshops 6, 7 and 8 can be taken in any order.")
r_before = para(doc, "Prior credit. Candidates who hold earlier study at Level 7 in SEN can have it accredited by "
                     "the University, up to 20 credits, and go on the Short Route. Candidates with substantial "
                     "experience of leading SEN provision can claim credit for their experience by a portfolio "
                     "mapped against the Lantern List, which the Link Tutor and a Lantern Master assess; credit "
                     "for experience also counts against Lamp Check 1.")
nl = deleted_paragraph(doc, "Night Lines. Candidates who cannot travel can follow Workshops 2, 3 and 6 online "
                            "through the University's Moodle site, with a Lantern Master answering in the forum "
                            "each week and the Lantern Team meeting in its own online room between Workshops.",
                       IP, D1)
doc.add_comment(r_before.runs[0], "Night Lines taken out below: the University cannot host Moodle for partner "
                                  "courses until 2011. IP", author=IP, initials="IP")
ll = para(doc, "Late Lighting. An experienced SENCO (for example a teacher from the Learning Support Service who has "
               "led SEN coordination in schools) may ask to go straight to the lighting. The Late Lighting "
               "candidate takes no Workshops: they submit a portfolio against every lantern on the Lantern List and "
               "sit the Procession viva, and the Event Controller assesses them against every lantern to the same "
               "standard as everyone else. The fee is £480.")
FN.add(ll, "The fee covers the Event Controller's and the Link Tutor's time and is set at cost. We expect two or "
           "three Late Lighting candidates a year.")

h2("4.4 Workshops")
para(doc, "Workshops run on Thursdays. Lantern numbers refer to Appendix A.")
table(["", "Workshop", "What happens", "Lanterns made"], [
    ["W1", "Lighting the wick\nSep / Jan, Lantern Shed",
     "What a SENCO is for and where the role sits in the school. Speaking and writing so that people listen: the "
     "staff briefing, the one-page note, the report to governors; listening to colleagues who see things "
     "differently. The Lantern Teams make their first lantern together.", "25"],
    ["W2", "The frame\nOct / Feb, Lantern Shed",
     "The law and guidance: the Education Act 1996, the SEN Code of Practice (2001), the Special Educational Needs "
     "and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability "
     "equality duty, the Children Act 2004 and Every Child Matters, the 2008 SENCO regulations; what each requires "
     "of a school, a SENCO and a governing body, and how to put it into practice.", "1, 2, 3"],
    ["W3", "What works\nNov / Mar, Westgate",
     "The Lantern Masters take candidates through current research and their own experience of what works for "
     "pupils with SEN; using research and advice from outside the school to improve your own teaching and your "
     "colleagues'.", "7, 26"],
    ["W4", "Finding the way\nDec / Mar, Lantern Shed",
     "Identifying pupils who may have SEN through observation, data and monitoring; the five common areas "
     "(behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
     "language and communication needs; autistic spectrum disorders; moderate learning difficulties) and how each "
     "affects learning; setting challenging targets, planning interventions and reviewing them; approaches and "
     "resources including ICT and assistive technology; identifying in good time the pupils who need access "
     "arrangements for Key Stage tests and GCSE and putting them in place with colleagues.", "4, 5, 10, 13"],
    ["W5", "Children's lanterns\nJan / Apr, Brook Lane Primary",
     "Candidates make lanterns with a group of pupils with SEN at Brook Lane. The making is the conversation: how "
     "to consult children about what matters to them, how to involve pupils in planning, agreeing and reviewing "
     "their own provision, and how to build fair, respectful relationships with them. Brook Lane's school council "
     "hosts the day.", "18, 21"],
    ["W6", "Other hands\nFeb / May, Westgate",
     "Working with the educational psychology service, speech and language therapy, CAMHS, social care, the "
     "Sensory Support Service and voluntary organisations (Kelderwick Mencap, the local branch of the National "
     "Autistic Society); getting specialist support and resources; anticipating problems and making sound "
     "decisions when the agencies disagree.", "8, 20, 24"],
    ["W7", "The whole town\nMar / Jun, Lantern Shed",
     "Working with the head, senior leaders and governors on an inclusive ethos, policies, priorities and the use "
     "of resources; winning the commitment of colleagues; coaching, mentoring, observation and feedback, "
     "modelling and running staff training; encouraging colleagues to use assessment for learning, with "
     "approaches for pupils with SEN.", "9, 12, 16, 22"],
    ["W8", "Keeping the procession moving\nMay / Sep, Westgate",
     "Provision mapping and finding ineffective or missing provision; deploying and managing teaching assistants "
     "and other staff; prioritising and delegating; reviewing provision with colleagues to inform the school's "
     "self-evaluation and improvement plan; the principles of school self-evaluation.", "6, 14, 15, 17, 23"],
    ["W9", "Dispersal\nJun / Nov, Lantern Shed",
     "Keeping up to date and taking charge of your own professional development. Each candidate drafts a Next "
     "Lantern plan: two or three professional targets for the year after the Procession.", "27"],
], [1.0, 3.6, 10.4, 2.0])
para(doc, "")
par_fam = para(doc, "Parents and carers: we have not found room for a Workshop on working with parents in this "
                    "first year. A Workshop called Walking with Families will be added in 2010-11 if the University "
                    "agrees.")
deleted_paragraph(doc, "W5b Walking with Families (Lantern Shed): candidates and parents of pupils with SEN make a "
                       "lantern together and rehearse a review meeting, led with Kelderwick Parent Partnership.",
                  MQ, D3)

h2("4.5 Lamp Checks and the Procession")
para(doc, "A lantern is lit when a Lantern Master marks it as passed. In the Lantern List (Appendix A) the \"Made "
          "at\" column names the Workshop where a lantern is made, and the \"Lit at\" column names the Lamp Check "
          "or the Procession where it is marked. Dry Run in that column means the lantern is tried at the "
          "February Dry Run, where a Lantern Master gives feedback and nothing is marked. A dash means none.")
bullet("Lamp Check 1 (December, or March for January joiners): a 3,000-word essay on the law, Every Child "
       "Matters, disability equality and what research says, applied to your school's provision for one of the "
       "five common areas of need.")
bullet("Dry Run (February): a ten-minute talk to your Lantern Team on how you are winning colleagues over and "
       "helping them use assessment for learning. Feedback only.")
bullet("Lamp Check 2 (March, or June): a school-based inquiry. Identify a group of pupils who may have SEN, take "
       "baseline measures of their attainment (reading, spelling or number), set targets, plan and run an "
       "intervention for a term and review it. Include the reports from other professionals you used to plan it; "
       "the approaches and resources, ICT among them, that you chose and why; the services and voluntary "
       "organisations you worked with; how the pupils were involved in agreeing and reviewing their targets; your "
       "letter to the pupils' parents; any access arrangements the group needs for national tests; your time plan "
       "and what you delegated; and your provision map before and after. 4,000 words.")
bullet("The Procession (1 July, or 9 December): a 30-minute viva before a Lantern Master on a portfolio of your "
       "year: the change you led in your school with your head and governors, how you coached and supported "
       "colleagues, how you and your colleagues reviewed provision for the school's self-evaluation, a problem "
       "you had to solve and the decision you made, your relationships with the pupils in your Lamp Check 2 "
       "group, and your Next Lantern plan.")

h2("4.6 Dispersal and the award")
para(doc, "A candidate who has walked the Procession (passed the viva) is awarded the Postgraduate Certificate by "
          "the University. Lanterns not yet lit are written on the candidate's Dispersal record, to carry into "
          "their Next Lantern plan.")
para(doc, "After the Procession the Event Controller meets each candidate with their head to agree the Next "
          "Lantern plan, and in the October after, we telephone each head to ask how the plan is going.")

# ------------------------------------------------------------------ 5 Stewarding
h1("5. Stewarding")
prompt("give steward numbers and positions. Describe how stewards are briefed and trained before the event and "
       "how you will check that they understand their duties.")
h2("5.1 Stewards")
para(doc, "Each Lantern Team has a Steward: an experienced SENCO from a nearby school, recruited through the "
          "Kelderwick SENCO Network and paid £250 for the year. The Steward visits each candidate in the Team "
          "twice in school, in the autumn and before Lamp Check 2, and takes their calls between Workshops. "
          "Stewards are given this plan and the Lantern List at the start of the year.")
h2("5.2 Lantern Masters and marking")
mk = para(doc, "Each Lamp Check is marked by the Lantern Master who led the Workshops it draws on, and the viva is "
               "held by the Lantern Master who knows the candidate's Team. Marks go to the University's Board of "
               "Examiners.")
FN.add(mk, "Moderation will follow the University's regulations once the course is validated.")
para(doc, "Between Workshops, Lantern Masters answer candidates' emails within three working days.")

# ------------------------------------------------------------------ 6 Participants and access
h1("6. Participants and access")
prompt("describe the expected crowd profile. Describe how you will identify and meet the needs of disabled "
       "participants, including reasonable adjustments, and how your publicity reaches them.")
para(doc, "Candidates are teachers from Kelderwick and the three neighbouring authorities, most from primary "
          "schools. The Lantern Shed is on one level, with an accessible toilet and a hearing loop in the "
          "workshop, and Westgate Campus is fully accessible.")
para(doc, "Families walk with us in every Tallowgate procession, and our Family Lantern Days are open to every "
          "child and parent in Kelderwick, with free places for children with SEN and a quiet lantern-making room "
          "for children who need it.")

# ------------------------------------------------------------------ 7 Safeguarding
h1("7. Safeguarding and welfare")
prompt("describe arrangements for children and vulnerable adults, including checks on staff and volunteers.")
para(doc, "Every Tallowgate maker, steward and Lantern Master who works with children holds an enhanced CRB "
          "disclosure, and the Safety Officer keeps the register. At Brook Lane (W5) the school's own safeguarding "
          "procedures apply, and candidates are never alone with pupils.")
inserted_paragraph(doc, "Candidates: the Muster Form records the number and date of each candidate's enhanced CRB "
                        "disclosure, and the Safety Officer checks it with the candidate's school before the first "
                        "Workshop. A candidate who has not worked in a school in a post with regular contact with "
                        "children in the past three months must obtain a new enhanced disclosure through us before "
                        "joining, and we ask each candidate's head to confirm that there are no concerns about the "
                        "candidate's conduct and no outstanding disciplinary matters.", AB, D2)

# ------------------------------------------------------------------ 8 Equipment and facilities
h1("8. Equipment, facilities and specialist support")
prompt("list equipment, facilities and any specialist contractors.")
table(["What", "Where", "Notes"], [
    ["SEN resource room: books, assessment kits, the Inclusion Development Programme materials, journals",
     "Lantern Shed", "Open to candidates on Workshop days and by arrangement"],
    ["Assistive technology: switch-access laptops, text-to-speech and symbol software, a loan communication aid",
     "Lantern Shed; loans from Kelderwick Sensory Support Service", "Used in W4"],
    ["University library, e-journals and remote access", "Westgate Campus and online",
     "Every candidate registered as a University student for the year"],
    ["Willow, tissue, wire and LED lights for the making", "Lantern Shed", "Every Workshop makes something"],
], [7.5, 5.0, 4.5])
para(doc, "Specialist expertise: the Lantern Masters include an autism specialist teacher and an educational "
          "psychologist, and W6 brings in speakers from the educational psychology service, speech and language "
          "therapy, CAMHS and two voluntary organisations. Candidates who want to spend time in a special school "
          "or a resource base arrange their own visit; we can give them a list of schools that have said yes in "
          "the past.")

# ------------------------------------------------------------------ 9 Consultation
h1("9. Consultation and stakeholders")
prompt("list who has been consulted about the event and who will be notified. Summarise any concerns raised and "
       "how the plan answers them.")
lc = para(doc, "Between October and December 2008 we held Lantern Conversations with 31 SENCOs (at two meetings "
               "of the Kelderwick SENCO Network), six headteachers, the local authority's SEN Team, the Parent "
               "Partnership Service, and twelve pupils from Brook Lane's school council, who told us what they "
               "want from a SENCO. What they said changed the plan:")
FN.add(lc, "Notes of every Lantern Conversation are kept at the Lantern Shed and can be sent to the panel.")
table(["They said", "We did"], [
    ["SENCOs: \"Nobody showed me how to write a provision map.\"", "Provision mapping is the heart of W8 and of "
                                                                    "Lamp Check 2."],
    ["Heads: \"We can't release anyone for a day a fortnight.\"", "Nine Workshops, each run as a day or as two "
                                                                   "twilights; two Joining Points."],
    ["LA SEN Team: \"New SENCOs don't know what the agencies can do.\"", "W6, Other hands, with speakers from the "
                                                                         "services themselves."],
    ["Brook Lane pupils: \"Ask us, don't just tell us.\"", "W5 is held at Brook Lane and made with the pupils."],
    ["Experienced SENCOs: \"Don't make us sit through what we already do.\"", "Late Lighting and the Short "
                                                                              "Route."],
], [8.0, 9.0])
para(doc, "")
para(doc, "Stakeholders stay in the Procession. The LA's Principal Officer (SEN), one head from the Kelderwick "
          "Primary Heads' group and a parent from Parent Partnership sit on the cold debrief (section 10) and "
          "agree what changes; Stewards are serving SENCOs from local schools; and Brook Lane's school council "
          "hosts W5 each year and tells us how the day went.")

# ------------------------------------------------------------------ 10 Debrief and evaluation
h1("10. Debrief and evaluation")
prompt("describe how the event will be debriefed and how lessons will be recorded and acted on.")
bullet("Hot debrief: at the end of every Workshop each candidate fills in a comments card; the Lantern Master "
       "reads them that evening and answers them at the start of the next Workshop.")
bullet("Cold debrief: Event Control, the Link Tutor and the three stakeholder members meet after each Lamp Check "
       "and after the Procession, with the comments cards, the marks, the Stewards' visit notes and the pupils' "
       "comments from W5. Every change they agree goes into the next version of this plan.")
bullet("External examiner: the University appoints an external examiner for every Postgraduate Certificate. "
       "Ours is [TBC] until validation; the examiner's report, and the University's annual monitoring report, "
       "come to the cold debrief after the Procession.")
bullet("Impact: the Lantern Questionnaire and the confidence scale are repeated at Dispersal, so that we can see "
       "how each candidate has moved, lantern by lantern; Lamp Check 2's baseline and after-measures show what "
       "changed for the pupils in each inquiry; and each head's October telephone call tells us what has "
       "happened since. We put the year's figures together for the cold debrief after the Procession.")

# ------------------------------------------------------------------ Appendix A
h1("Appendix A. The Lantern List")
para(doc, "A lantern has a frame, a skin and a light. So does a SENCO: what you know is the frame, what you do is "
          "the skin stretched over it, and how you carry yourself is the light inside. These are the lanterns "
          "every candidate makes. See 4.5 for what \"Made at\" and \"Lit at\" mean.")
LANTERNS = [
    ("FRAMES: what you know", None),
    ("1", "The law and guidance on SEN, including the Code of Practice, what they mean for the school and the "
          "SENCO, and how to put them into practice", "W2", "LC1"),
    ("2", "Every Child Matters: its principles and outcomes, and the SENCO's part in helping children reach them",
     "W2", "LC1"),
    ("3", "The law on disability equality and what it requires schools to do", "W2", "LC1 FN"),
    ("4", "The common kinds of SEN and disability and how they affect learning", "W4", "LC1"),
    ("5", "Approaches, strategies and resources for assessment, planning and teaching, ICT included, and when to "
          "use which", "W4", "LC2"),
    ("6", "The principles of school self-evaluation and improvement, for outcomes of pupils with SEN", "W8",
     "Procession"),
    ("7", "Best practice and what research says about meeting SEN", "W3", "LC1"),
    ("8", "What the outside agencies do and how to get specialist support and resources", "W6", "LC2"),
    ("SKINS: what you do", None),
    ("9", "With senior leaders and governors, shapes an inclusive ethos, policies, priorities and resources",
     "W7", "Procession"),
    ("10", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "W4", "LC2"),
    ("11", "Uses assessments from other professionals to plan teaching", "-", "LC2"),
    ("12", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "W7",
     "Dry Run"),
    ("13", "Identifies in good time the arrangements pupils need for national tests and examinations and puts them "
           "in place", "W4", "INS"),
    ("14", "Maps provision and finds what is ineffective or missing", "W8", "LC2"),
    ("15", "Deploys and manages staff well", "W8", "-"),
    ("16", "Supports colleagues' professional development: observation and feedback, modelling, coaching, "
           "training", "W7", "Procession"),
    ("17", "Reviews provision with colleagues to inform the school's self-evaluation and improvement planning",
     "W8", "Procession"),
    ("18", "Makes sure pupils are involved in planning, agreeing and reviewing their own provision", "W5", "LC2"),
    ("19", "Keeps in touch with parents and carers about their child's learning", "-", "LC2"),
    ("20", "Works in partnership with other services VOL", "W6", "LC2"),
    ("LIGHTS: how you carry yourself", None),
    ("21", "Builds fair, respectful, supportive relationships with pupils with SEN", "W5", "Procession"),
    ("22", "Gains the commitment of colleagues, the head and senior leaders", "W7", "Dry Run"),
    ("23", "Prioritises, manages time and delegates well", "W8", "LC2"),
    ("24", "Anticipates and solves problems and makes sound decisions about provision", "W6", "Procession"),
    ("25", "Speaks and writes clearly, and listens to others", "W1", "LC1, Procession"),
    ("26", "Uses research and outside advice to improve own and colleagues' practice", "W3", "LC1"),
    ("27", "Keeps up to date and takes charge of own professional development", "W9", "Procession"),
]
lt = doc.add_table(rows=1, cols=4)
lt.style = "Table Grid"
for k, h in enumerate(["No.", "Lantern (what the SENCO can do)", "Made at", "Lit at"]):
    cell_text(lt.rows[0].cells[k], h, bold=True, color="FFFFFF", size=9.5)
    shade(lt.rows[0].cells[k], EMBER)
for item in LANTERNS:
    cells = lt.add_row().cells
    if item[1] is None:
        m = cells[0].merge(cells[3])
        cell_text(m, item[0], bold=True, size=9.5)
        shade(m, SAND)
        continue
    no, what, made, lit = item
    cell_text(cells[0], no, bold=True, size=9.5)
    if what.endswith(" VOL"):
        p = cells[1].paragraphs[0]
        run(p, what[:-4], size=9.5)
        ins_run(p, " and voluntary organisations", MQ, D3, size=9.5)
    else:
        cell_text(cells[1], what, size=9.5)
    cell_text(cells[2], made, size=9.5)
    if lit == "INS":
        p = cells[3].paragraphs[0]
        del_run(p, "-", MQ, D3, size=9.5)
        ins_run(p, "LC2", MQ, D3, size=9.5)
    elif lit.endswith(" FN"):
        p = cells[3].paragraphs[0]
        run(p, lit[:-3], size=9.5)
        FN.add(p, "In Lamp Check 1 the disability-equality section is read by the Lantern Master for feedback only; "
                  "it is not marked.")
    else:
        cell_text(cells[3], lit, size=9.5)
set_col_widths(lt, [1.2, 11.0, 2.2, 2.6])

# ------------------------------------------------------------------ Appendix B
h1("Appendix B. Contacts")
table(["Who", "For", "How"], [
    ["Mara Quennell, Event Controller", "Anything about the course", "Lantern Shed, 01632 960 418"],
    ["Ann Brierley, Safety Officer", "Safeguarding and checks", "Lantern Shed, 01632 960 419"],
    ["Dr Iris Penhallow, Link Tutor", "Credit, regulations, the award", "Kelderwick University, School of "
                                                                        "Education"],
    ["Stewards", "Between Workshops", "Phone numbers given at the Muster"],
], [5.5, 5.5, 6.0])

FN.finish()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
