"""iw-02-ticline-call-guide: build script.

Provider (invented): the Tic Trust, a national Tourette syndrome charity, through its Schools
Education Service, with the University of Bramcaster School of Education (a research-intensive
university), applying to run the 2008-09 National Award for SEN Coordination as the
"Bramcaster and Tic Trust SENCO Award".

Document kind and layout: the charity sends, as its application, the internal call guide its
helpline (TicLine) advisers use for enquiries about the Award, with a short covering note.
A document-control table, "How to use this guide" with a numbered call flow, a floating
safeguarding text box, an "Award at a glance" fact table with merged, shaded cells, then
five scripts by caller (A SENCO or teacher, B headteacher, C parent, D current participant,
E professional), each a three-column table "Caller may say | You say | Then" with "Go to"
routing, shaded "Adviser note" paragraphs and "Don't say" lines; an "Award Cards" table of
the outcomes in the Trust's own card codes C1-C27 with merged, shaded group rows ("Where on
the course | How it's checked"), and call log codes. No heading styles except the title;
section titles are bold capitals typed in Normal paragraphs. Header ("TicLine - INTERNAL")
and footer, a placeholder left in, a tracked deletion and insertion, three Word comments.
The Trust's own vocabulary: "Hub Days", "TicTalk Online", "the Casebook", "the Ask Me
project", "the Change Project", "Starting Point call", "My Award Plan", "Award Cards",
"Fast Track", "Award Office".

Traps (requirement ids):
- Credits and level: "60 credits at" with "Level 6" deleted and "Level 7 (masters level)"
  inserted by tracked change (E.2 met: inserted text counts, deleted does not).
- Callers' words in the "Caller may say" column are not the provider's statements: a caller
  says "you can just be assessed without doing the course"; the adviser's answer corrects it
  (2.3 partially_met: the Fast Track reduces the Hub Days to three but is not an
  assessment-only route).
- "Don't say" lines negate: "Don't say the Award includes planning what comes next" and the
  answer "The Award doesn't include planning your next steps" (2.5 not_met).
- Accessibility of the helpline itself (text relay, interpreters) is the right words about the
  wrong thing; for the course the adviser only says the University's Disability Service "can
  talk to you about support" (3.1 partially_met).
- Parents and young people in reviewing the Award are only wished for ("We'd love ... one
  day"), with a comment "not agreed yet"; the only stakeholders in the provision are the
  placement hosts (a special school, a hospital clinic) and guest specialists (4.3
  partially_met: other aspects yes, evaluation no).
- Marking: tutor marks, fails second-marked; moderation and an external examiner appear only
  in a supervisor's comment (5.8 partially_met).
- Evaluation: an end-of-course feedback form and TicLine's monthly call summary, both
  internal; no external evaluation (5.1 partially_met).
- Resources: a posted reading pack and the participant's own school's resources; no library,
  ICT or specialist technology (5.6 partially_met).
- Research: only "kept up to date with the latest research and Ofsted's findings", with no
  research, inspection evidence or developments named (1.3 partially_met).
- A placeholder "[insert date of next Open Evening]" (no requirement).
- Old arrangement: the "Tics in the Classroom" twilight sessions ended in July 2008 (none).
- Safeguarding text box is about callers disclosing harm, not about checking candidates; the
  CRB check of candidates is in Script A and is met on its own terms (5.3 met).
- Outcome cards: time management "is not something the Award covers" (6.A3 not_met); no card
  and no mention of summative assessment or national tests to track progress (6.S2b not_met);
  five cards are checked but "Brought from your own practice" with no Hub Day (6.K4, 6.K7,
  6.S2d, 6.S4, 6.S6 partially_met); the award rule requires every card (6.0 met), but two
  national outcomes have no card (1.9 partially_met).
"""
from pathlib import Path

from docx.shared import Cm, Pt

from _iw_helpers import (new_doc, para, run, table, merge_row, shade, cell_text, ins, dele,
                         comment, text_box, header_footer)

OUT = Path(__file__).with_name("iw-02-ticline-call-guide.docx")
doc = new_doc(font="Calibri", size=10.5)
header_footer(doc, "TicLine  -  INTERNAL  -  Call Guide 14: enquiries about the SENCO Award",
              "The Tic Trust, registered charity 1089214  |  Version 3.2  |  Owner: TicLine Supervisor  |  Review: July 2009")

# ------------------------------------------------------------------ covering note
para(doc, "The Tic Trust  -  Schools Education Service", bold=True, size=12)
para(doc, "Unit 4, Canal Wharf, Bramcaster BR1 6TD", size=9.5)
para(doc, "16 January 2009", size=9.5)
para(doc, "To the TDA approval panel", size=9.5)
para(doc, "We are sending, as our application, the guide our TicLine advisers use when schools, parents and others ring "
          "about the Award. Everything we tell callers about the Award is in it, and it is kept up to date by the Award "
          "team at the University and the Trust. The University of Bramcaster's validation letter and the module "
          "handbooks are available if the panel wishes to see them.", size=9.5)
para(doc, "Marion Okonedo, Head of Schools Education, the Tic Trust; Dr Simon Herne, Programme Director, University of "
          "Bramcaster School of Education", size=9.5, italic=True)
doc.add_page_break()

para(doc, "TicLine Call Guide 14", bold=True, size=18)
para(doc, "Enquiries about the Bramcaster and Tic Trust SENCO Award", bold=True, size=13)
table(doc, [["Version", "Date", "Changed by", "What changed"],
            ["3.0", "June 2008", "M. Okonedo", "New guide for the Award (replaces Guide 9, Tics in the Classroom)"],
            ["3.1", "Sept 2008", "TicLine Supervisor", "Fast Track added; Script E added"],
            ["3.2", "Jan 2009", "S. Herne", "Level of credits corrected; Award Cards updated"]],
      widths=[1.6, 2.2, 3.2, 9.5], header_fill="D9E2F3", size=9)
para(doc, "")

# ------------------------------------------------------------------ how to use
para(doc, "1.  HOW TO USE THIS GUIDE", bold=True, size=11.5)
para(doc, "Callers who ask about the Award are usually SENCOs, headteachers, parents, people already on the Award, or "
          "professionals from local authorities and health. Follow the call flow below. The words under \"You say\" are "
          "what the Award team has agreed; say them in your own way but do not change the facts. If a caller asks "
          "something not in this guide, take a message for the Award Office and do not guess.")
for i, s in enumerate([
        "Greet the caller and give your first name.",
        "Ask who they are and why they are ringing. Choose the script: A (SENCO or teacher), B (headteacher), "
        "C (parent or carer), D (someone already on the Award), E (a professional).",
        "Use the script. The \"Then\" column tells you where to go next.",
        "Before you end, ask: \"Is there anything else I can help with?\"",
        "Log the call with the codes in section 6."], 1):
    para(doc, f"{i}.  {s}", indent=0.6)
text_box(doc, [("SAFEGUARDING - STOP", True),
               ("If any caller tells you a child is being harmed or is at risk, stop the script and follow TicLine "
                "Procedure 2 (Safeguarding). Tell the supervisor on duty before you log the call.", False)],
         height_pt=60, fill="FDE9D9")
para(doc, "")
para(doc, "Until July 2008 TicLine booked callers onto the Trust's Tics in the Classroom twilight sessions. Those "
          "sessions have finished. Do not book anyone onto them.", italic=True)

# ------------------------------------------------------------------ at a glance
para(doc, "2.  THE AWARD AT A GLANCE", bold=True, size=11.5)
g = doc.add_table(rows=12, cols=2)
g.style = "Table Grid"
merge_row(g, 0, "Bramcaster and Tic Trust SENCO Award (National Award for SEN Coordination)", fill="1F3864", size=10)
g.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
facts = [
    ("Awarded by", "The University of Bramcaster, which validated the Award in October 2008 as a Postgraduate Certificate."),
    ("Credits", None),
    ("Who it is for", "Teachers with QTS who are SENCOs, or will be within a year, in schools in England."),
    ("Length", "Three terms part time; up to two years if needed."),
    ("Starts", "September or February."),
    ("Hub Days", "Eight days, each run at the Trust's Bramcaster centre and again at Eastwold Teachers' Centre."),
    ("Online", "TicTalk Online (on the University's Moodle) between Hub Days."),
    ("Assessed work", "The Casebook; the Ask Me project; the Change Project."),
    ("Fee", "GBP 1,450. Paid by the local authority for schools in Bramcaster and Eastwold."),
    ("Award Office", "University of Bramcaster, School of Education, 0161 555 0192."),
    ("Next Open Evening", "[insert date of next Open Evening]")]
for i, (a, b) in enumerate(facts, 1):
    cell_text(g.cell(i, 0), a, bold=True, size=9.5)
    shade(g.cell(i, 0), "D9E2F3")
    if b:
        cell_text(g.cell(i, 1), b, size=9.5)
cp = g.cell(2, 1).paragraphs[0]
run(cp, "60 credits at ", size=9.5)
dele(cp, "Level 6", author="Simon Herne")
ins(cp, "Level 7 (masters level)", author="Simon Herne")
run(cp, ". Two modules of 30 credits: EDU7310 and EDU7320.", size=9.5)
for row in g.rows[1:]:
    row.cells[0].width = Cm(4)
    row.cells[1].width = Cm(12.5)
para(doc, "")

# ------------------------------------------------------------------ scripts
para(doc, "3.  THE SCRIPTS", bold=True, size=11.5)


def script(title, rows, note=None):
    para(doc, title, bold=True, size=11)
    t = table(doc, [["Caller may say", "You say", "Then"]] + rows, widths=[4.0, 10.0, 2.5], header_fill="D9E2F3", size=9.5)
    if note:
        p = para(doc, "", size=9.5)
        run(p, "Adviser note: ", bold=True, size=9.5)
        run(p, note, size=9.5)
        p.paragraph_format.left_indent = Cm(0.4)
        pPr = p._p.get_or_add_pPr()
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="F2F2F2"/>'))
    para(doc, "")
    return t


def dont(text):
    p = para(doc, "", size=9.5)
    run(p, "Don't say: ", bold=True, color="C00000", size=9.5)
    run(p, text, size=9.5)


script("SCRIPT A  -  SENCO OR TEACHER THINKING OF APPLYING", [
    ["A1  What is the Award?",
     "It's the national qualification for SENCOs, run by the Tic Trust with the University of Bramcaster. It's about "
     "helping children with special educational needs and disabilities do better, and that means their learning and "
     "their well-being, all five Every Child Matters outcomes. Everything you do on it is done in your own school: each "
     "piece of assessed work asks you to show what changed for named pupils.", "A2"],
    ["A2  Can I do it?",
     "You need QTS, to be working in a school in England, and to be your school's SENCO or about to become it within a "
     "year. Your head signs the application form. Before we offer a place, a tutor has a 30-minute call with you about "
     "your experience. If the tutor thinks you need more experience first, they'll tell you what to do, usually a term "
     "working alongside your school's SENCO, and they'll ring your head. You can then apply again for the next start.",
     "A3"],
    ["A3  When and where?",
     "There are eight Hub Days over three terms. You can start in September or February. Each Hub Day is run twice, at "
     "our Bramcaster centre and at Eastwold Teachers' Centre, and you can go to either. The two modules can be taken in "
     "either order, so a February starter does the second module first. If you need longer, you can take up to two years.",
     "A4"],
    ["A4  Is any of it online?",
     "Yes. Between Hub Days you use TicTalk Online, on the University's Moodle. Your tutor runs a discussion forum for "
     "your group and answers questions there within two working days. Every Wednesday from 4 to 5 your tutor holds a "
     "live chat surgery. The Hub Day materials, readings and your Award Plan are kept there, and you send your work in "
     "through it. Tutors also use it to send news to your head.", "A5"],
    ["A5  I've already got an SEN qualification.",
     "You may be able to get credit for it. The University can give up to 20 of the 60 credits for earlier study at "
     "masters level, or for experience you can show in a portfolio, matched to the first module. The Award Office "
     "sends you the claim form and your tutor helps you with it; the University's exam board decides.", "A6"],
    ["A6  Someone said you can just be assessed without doing the course.",
     "Not quite. Very experienced SENCOs can ask for the Fast Track. On the Fast Track you come to three Hub Days (1, 4 "
     "and 8) instead of eight and do the same three pieces of assessed work. Your tutor agrees it with you after the "
     "Starting Point call.", "A7"],
    ["A7  What does it cost?",
     "GBP 1,450. If your school is in Bramcaster or Eastwold the local authority pays. Other schools pay the Trust in "
     "two halves.", "A8"],
    ["A8  I have a disability. Can I still do it?",
     "Of course. The University's Disability Service can talk to you about support. Would you like their number?",
     "A9"],
    ["A9  What checks do you do?",
     "On the application form you give the number and date of your enhanced CRB disclosure and your head confirms it "
     "is on the school's single central record. The Award Office checks every form before a place is offered. If you "
     "haven't worked in a school in the last three months, you'll need a new enhanced CRB disclosure, which the "
     "University arranges, before Hub Day 1. The Award Office also asks your head to confirm there are no concerns "
     "about your conduct and no disciplinary matters outstanding.", "A10"],
], note="Callers who use text relay or need an interpreter can use TicLine's text relay number and Language Line. "
        "Offer large-print copies of the Award leaflet to any caller who asks.")
dont("that the Fast Track means no Hub Days. It doesn't.")
para(doc, "")
t = script("SCRIPT A (continued)", [
    ["A10  What will I learn?",
     "The Hub Days go through the law and the Code of Practice (Hub Days 1 and 2), the main kinds of SEN and disability "
     "and how they affect learning, including tics and what often comes with them (Hub Day 3), assessment and "
     "teaching approaches including ICT (Hub Day 4), working with parents and with pupils (Hub Day 5), provision "
     "mapping and leading colleagues (Hub Day 6), research and working with other services (Hub Day 7), and leading "
     "change in your school (Hub Day 8). The course is kept up to date with the latest research and Ofsted's findings.",
     "A11"],
    ["A11  How is it assessed?",
     "Three pieces. The Casebook: a record of your work with five pupils and their families over the year, with your "
     "tutor's comments at two checkpoints. The Ask Me project: you plan and hold conversations with pupils about their "
     "support, using ways that suit each pupil, and change something because of what they say. The Change Project: you "
     "lead a change in your school's SEN practice, agreed with your head, and evaluate it, with baseline and follow-up "
     "measures for the pupils it affects. Each piece is checked against your Award Cards. You get the Award only when "
     "your tutor and the University's examiners agree you've shown every one of your Award Cards.", "A12"],
    ["A12  Do I go anywhere else?",
     "Yes: one placement day, either at Ferncourt Special School or with the Tourette and neurodevelopmental clinic at "
     "Bramcaster Children's Hospital, whichever fits your Award Plan. On Hub Days you also hear from a paediatrician, "
     "an educational psychologist, a speech and language therapist and a CAMHS nurse.", "A13"],
    ["A13  What books and things do I get?",
     "We post you a reading pack before each module. For everything else you use your own school's resources.",
     "End"],
])
comment(doc, t.cell(2, 1).paragraphs[0], "Can we name the research? Panel may ask which. (SH to supply)",
        author="TicLine Supervisor", initials="TS")

script("SCRIPT B  -  HEADTEACHER", [
    ["B1  What will my SENCO actually do in school?",
     "They'll do all their assessed work in your school. In the Change Project they lead a real change, agreed with you "
     "first, and report what difference it made to pupils. You'll be asked to help them set it up, and they present "
     "it to your senior team at the end.", "B2"],
    ["B2  How much time out?",
     "Eight Hub Days (three on the Fast Track) and one placement day. Tutors visit your school once in each module.",
     "B3"],
    ["B3  Will it make a difference to our pupils?",
     "That's what it's for. Every SENCO takes baseline measures for the pupils in their Change Project and measures "
     "them again at the end of the project and a term later; the tutor checks those measures. SENCOs also fill in a "
     "confidence rating against the Award Cards at the Starting Point call and at the end. The Award team reports both "
     "each year to the University's programme committee.", "B4"],
    ["B4  How do you know it's any good?",
     "At the end of the course every participant fills in our feedback form. TicLine also keeps a record of every "
     "call about the Award, and the monthly call summary goes to the Award team, who look at what people have asked "
     "or complained about and change the next year's Hub Days if they need to.", "End"],
], note="Heads sometimes ask for the SENCO's marks. Do not give them out; transfer to the Award Office.")

script("SCRIPT C  -  PARENT OR CARER", [
    ["C1  Can parents be involved in the Award?",
     "We'd love parents and young people to help us review the Award one day. For now, the best thing you can do is "
     "tell your school's SENCO about TicLine.", "C2"],
    ["C2  My son's SENCO wants to interview him for her course. Is that right?",
     "That will be the Ask Me project. SENCOs are taught on Hub Day 5 how to talk with pupils about their support in "
     "ways that suit them, and your son doesn't have to take part. The SENCO will ask you first.", "End"],
])

script("SCRIPT D  -  SOMEONE ALREADY ON THE AWARD", [
    ["D1  What was the Starting Point call for?",
     "Before Hub Day 1 your tutor went through the Award Cards with you and what you already do. From that they wrote My "
     "Award Plan: which cards you'll focus on, your own targets for each, which Hub Days matter most for you, and which "
     "placement fits. Your tutor checks the Plan with you at each checkpoint and you can change it.", "D2"],
    ["D2  I'm stuck between Hub Days.",
     "Post in your group's forum on TicTalk Online or come to the Wednesday chat surgery. Other SENCOs in your group are "
     "on there too. If it's private, email your tutor.", "D3"],
    ["D3  I'm not happy with my mark.",
     "Your tutor marks every piece. If a piece doesn't pass, a second tutor marks it as well. If you still disagree, "
     "the Award Office will send you the University's appeals procedure.", "D4"],
    ["D4  What happens after the Award?",
     "That's really one for you and your head. The Award doesn't include planning your next steps, but the University's "
     "website lists its MA.", "End"],
])
dont("that the Award includes planning what comes next.")
comment(doc, doc.paragraphs[-1], "Uni says all work is moderated and there's an external examiner - add to D3?",
        author="TicLine Supervisor", initials="TS")
para(doc, "")

p_note = para(doc, "", size=9.5)
run(p_note, "Time management? ", bold=True, size=9.5)
run(p_note, "SENCOs sometimes ask whether the Award will help them manage their time. Time management is not something "
            "the Award covers. Suggest the National College's short guides.", size=9.5)
para(doc, "")

script("SCRIPT E  -  A PROFESSIONAL (local authority, health, another charity)", [
    ["E1  Why did the Tic Trust make this?",
     "Between 2006 and 2008 TicLine took over 1,100 calls from schools. The commonest were about exam access "
     "arrangements, about tics being treated as bad behaviour, and about getting help from health services. In 2007 we "
     "and the University also surveyed SENCOs in Bramcaster and Eastwold and met both authorities' SEN teams. That is why "
     "the Award has Hub Day 7 on working with other services, the placement with the hospital clinic, and a whole Hub "
     "Day on the common kinds of need. The authorities asked for more on provision mapping, so Hub Day 6 now gives it "
     "half the day.", "E2"],
    ["E2  Who teaches it?",
     "Dr Simon Herne (University, Programme Director: PhD, former SENCO, 10 years teaching masters modules); Marion "
     "Okonedo (Trust, Head of Schools Education: MA Inclusive Education, former local authority SEN adviser); two "
     "Course Tutors who were SENCOs until 2007 and 2008 and hold masters degrees; and guest specialists. Every tutor "
     "does the University's two-day tutor induction and the Trust's induction day before teaching, and has the Tutor "
     "Handbook, which sets out what the tutor does on Hub Days, on school visits, at the Starting Point call and in "
     "marking. The placement hosts get a briefing visit and a one-page guide to their part.", "End"],
])
ci = doc.paragraphs[-1]
p = para(doc, "", size=9.5)
run(p, "Adviser note: ", bold=True, size=9.5)
run(p, "if a professional offers to speak at a Hub Day, take their details for the Award Office.", size=9.5)
comment(doc, p, "Parents/young people reviewing the Award - not agreed yet. Don't promise.", author="Marion Okonedo",
        initials="MO")

# ------------------------------------------------------------------ award cards
para(doc, "4.  AWARD CARDS (for callers who ask what they will be able to do)", bold=True, size=11.5)
para(doc, "Each participant gets a pack of 27 Award Cards. Read out the card wording. \"Brought from your own practice\" "
          "means no Hub Day covers it: the participant shows it from work they already do.", size=9.5)
cards = [
    ["Card", "What you'll be able to do", "Where on the course", "How it's checked"],
    ["YOU AS A SENCO", None, None, None],
    ["C1", "Build fair and trusting relationships with pupils with SEN and their families", "Hub Day 5", "Casebook"],
    ["C2", "Get your head, senior team and colleagues behind better outcomes for pupils with SEN", "Hub Day 8", "Change Project"],
    ["C3", "Spot problems early and make sound decisions about provision", "Hub Days 6, 8", "Casebook; Change Project"],
    ["C4", "Speak and write clearly, and listen to other people's views", "All Hub Days", "All three pieces"],
    ["C5", "Use research and outside advice to improve your own and colleagues' practice", "Hub Day 7", "Change Project"],
    ["C6", "Keep up to date and take charge of your own learning about SEN", "Hub Day 8", "Casebook (reading log)"],
    ["WHAT YOU KNOW", None, None, None],
    ["C7", "The law on SEN and the Code of Practice, and what they mean for your school", "Hub Days 1-2", "Casebook"],
    ["C8", "Every Child Matters and how a SENCO helps children reach its five outcomes", "Hub Day 1", "Casebook"],
    ["C9", "Disability equality law and what it asks schools to do", "Hub Day 2", "Change Project"],
    ["C10", "How children develop, and how SEN, disability and their surroundings affect that", "Brought from your own practice", "Casebook"],
    ["C11", "The common kinds of SEN and disability (including BESD, dyslexia, SLCN, autism, MLD) and their effect on learning", "Hub Day 3", "Casebook"],
    ["C12", "A critical view of ways to assess, plan and teach, including ICT", "Hub Day 4", "Casebook"],
    ["C13", "How school self-evaluation works and how it improves outcomes for pupils with SEN", "Brought from your own practice", "Change Project"],
    ["C14", "What research and best practice say about meeting SEN", "Hub Day 7", "Change Project"],
    ["C15", "What other agencies do and how to get their help", "Hub Day 7; placement", "Casebook"],
    ["WHAT YOU DO", None, None, None],
    ["C16", "Work with senior staff and governors on an inclusive ethos, policies and resources", "Hub Day 8", "Change Project"],
    ["C17", "Identify pupils who may have SEN, set stretching targets, plan support and review progress", "Hub Days 1, 4", "Casebook"],
    ["C18", "Use other professionals' assessments to plan teaching", "Hub Day 3; placement", "Casebook"],
    ["C19", "Help teachers use formative assessment well with pupils with SEN", "Hub Day 4", "Change Project"],
    ["C20", "Arrange access arrangements for tests and exams in good time", "Brought from your own practice", "Casebook"],
    ["C21", "Use provision mapping to plan and to find weak or missing provision", "Hub Day 6", "Casebook"],
    ["C22", "Deploy and manage teaching assistants and other staff", "Brought from your own practice", "Change Project"],
    ["C23", "Support colleagues' development by observing, coaching, modelling and training", "Hub Day 6", "Change Project"],
    ["C24", "Review provision with colleagues to feed your school's self-evaluation", "Brought from your own practice", "Change Project"],
    ["C25", "Involve pupils in planning and reviewing their own support", "Hub Day 5", "Ask Me project"],
    ["C26", "Work with parents and carers to support their child's learning", "Hub Day 5", "Casebook"],
    ["C27", "Work with other services and voluntary organisations", "Hub Day 7", "Casebook"],
]
t = table(doc, cards, widths=[1.3, 8.7, 3.6, 3.0], header_fill="D9E2F3", size=9)
for i, r in enumerate(cards):
    if r[1] is None:
        merge_row(t, i, r[0], fill="FBE4D5", size=9)
para(doc, "")

# ------------------------------------------------------------------ log codes
para(doc, "5.  IF YOU ARE NOT SURE", bold=True, size=11.5)
para(doc, "Take the caller's name, number and question, tell them the Award Office will ring back within two working "
          "days, and email the message to the Award Office. Never guess about marks, credit or fees.")
para(doc, "6.  CALL LOG CODES", bold=True, size=11.5)
table(doc, [["Code", "Use for"],
            ["AW-S", "SENCO or teacher asking about the Award"],
            ["AW-H", "Headteacher"],
            ["AW-P", "Parent or carer asking about the Award"],
            ["AW-D", "Current participant"],
            ["AW-X", "Professional"],
            ["AW-C", "Complaint about the Award (also tell the supervisor)"]],
      widths=[2.0, 14.5], header_fill="D9E2F3", size=9)

para(doc, "")
para(doc, "7.  WORDS WE USE ABOUT THE AWARD", bold=True, size=11.5)
for term, meaning in [
        ("Hub Day", "one of the eight taught days. Never call them lectures: most of the day is spent working in small "
                    "groups on real cases brought by the SENCOs."),
        ("TicTalk Online", "the Award's online space on the University's Moodle. It is not the same as the Trust's "
                           "public TicTalk forum for families, which callers may also know."),
        ("Starting Point call", "the call with a tutor before Hub Day 1 that leads to My Award Plan."),
        ("My Award Plan", "the participant's own plan: the cards they will focus on, their targets and their placement."),
        ("Award Cards", "the 27 things a SENCO must show to get the Award, written as cards."),
        ("The Casebook, the Ask Me project, the Change Project", "the three pieces of assessed work."),
        ("Fast Track", "three Hub Days instead of eight, for very experienced SENCOs, agreed with the tutor."),
        ("Award Office", "the University's office that deals with applications, checks, credit, marks and appeals."),
        ("Tic", "a sudden, repeated movement or sound that the person does not choose to make. Say \"has tics\", not "
                "\"suffers from tics\"."),
        ("Tourette syndrome", "a condition in which a person has had several motor tics and at least one vocal tic "
                              "for more than a year. Many callers will say \"Tourette's\"; that is fine."),
        ("Co-occurring conditions", "conditions that often come with tics, such as ADHD, OCD, anxiety and autism. "
                                    "Avoid \"comorbid\" with parents.")]:
    p = para(doc, "", size=9.5)
    run(p, term + ": ", bold=True, size=9.5)
    run(p, meaning, size=9.5)
para(doc, "")
para(doc, "Most callers about the Award have never rung TicLine before. Some will be SENCOs who have a pupil with tics "
          "and want help now, not a course. If so, answer their first question first, send them the Trust's schools "
          "pack, and then ask whether they would like to hear about the Award.", italic=True, size=9.5)

doc.save(OUT)
print("wrote", OUT)
