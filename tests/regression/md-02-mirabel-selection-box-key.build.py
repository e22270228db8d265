"""md-02-mirabel-selection-box-key

Provider (invented): Mirabel Academy of Chocolate & Sugar Art, Porthellis, a
school for chocolatiers and sugar artists, applying to run the 2008-09 National
Award for SEN Coordination, validated by Dunmere University, with Ashcombe
County Council.

Document kind and layout: the course sent as the printed insert card of a
chocolate selection box, "Key to your Selection", addressed to the participant
("you"): panels typed as bold capitals in Normal paragraphs ("OUTER PANEL 1",
"INNER PANEL 2" ...), no heading styles. The front panel carries the "Key to
the finishes" ("Hallmarked", "Plain", "Not in this box") far above the outcome
tray. The Top Layer is a two-column grid table of fourteen pieces (eight
Atelier Days and six Cocoa Room online units), each a chocolate with a shape
line and a tasting note that describes the session. The Hallmark pieces (H1-H4
marked; H5 withdrawn) are described on their own panel. The Bottom Layer is a
table of the 28 outcomes ("What's inside") with merged, shaded group rows, a
Finish column and a Hallmark column. Other panels: "A word from our Maitre
Chocolatier", "How your box is made", "Allergy advice", "Care of your
chocolates", "Meet the chocolatiers", "Our kitchens", "Made with our
neighbours", "When the box is finished", "Also in the Mirabel range". A
"Gift message" text box; a header and a footer; a whole inserted paragraph
and a whole deleted paragraph (tracked changes); two Word comments.

Traps (requirement ids):
- Key far above the tray: "Plain" means worked on but never marked: 6.A1,
  6.A7 (the Next Box planner), 6.K6, 6.S2c, 6.S5, 6.S8 partially_met; "Not in
  this box": 6.S2b not_met. Kitchen Tasks (observing a colleague, interviewing
  a pupil) are unmarked unless they are one of H4's two named entries.
- 6.S9 is "Hallmarked" against H5, but the Hallmarks panel says H5 "has been
  withdrawn from this year's box" (developed in the Marzipan Fruit unit, not
  assessed: partially_met).
- A comment claims K3 is also marked in H1; comments are not evidence and the
  tray says Plain (6.K3 partially_met).
- The assessment-only route ("Tasting Only") exists only in a tracked
  insertion, which stands (2.3 met).
- A deleted paragraph reported a 2008 survey of schools; what stands is a
  general claim (4.1 partially_met) and "schools and the council have not yet
  been asked to comment" (4.2 not_met). Council advisers do sit on the
  Collection Board that reviews evaluations (4.3 met).
- 40 credits at Level 7 (E.2 partially_met).
- Aims stated as attainment in reading, writing and mathematics only (1.1
  partially_met).
- Parents only as a talk on how parents experience statutory assessment
  (1.7 partially_met).
- Some outcomes not marked (1.9 partially_met).
- Prior study "taken into account" but no credit given (2.1 partially_met).
- The Cocoa Room is self-study with no tutor on the forum; questions wait for
  the next Atelier Day (3.3 partially_met); the Online Praline Diploma's live
  tutor chat is another course's arrangement.
- CRB only in the footer and for volunteers at the Family Fudge Workshops
  (5.3 not_met).
- Resources: the University library and "fully equipped" kitchens; no
  specialist SEN resources or technology (5.6 partially_met).
- Roles: only "mentors will be given guidance on their role", a bare
  intention, and nothing on tutors' roles (5.7 not_met).
- The Gift message text box's blanket claim that every outcome is inside the
  box is not evidence.
- 6.0 met: the award rule requires every minimum outcome; the gaps are scored
  outcome by outcome.
"""
from pathlib import Path
from _md_helpers import (new_doc, para, runs, table, shade, cell_text, ins_para, del_para, text_box,
                         header_footer, comment)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Garamond", 11)
header_footer(d, "MIRABEL  ·  Key to your Selection  ·  The SENCO Collection, Box 2008-09",
              "Every Mirabel chocolatier holds an enhanced CRB disclosure.  Made by hand in Porthellis.  "
              "Best enjoyed within one school year of opening.")
ED = "S. Penhaligon"
DT = "2008-11-03T14:30:00Z"


def panel(text):
    p = para(d, text, bold=True, size=9, color="8A5A2B", space_after=2)
    return p


def head(text):
    return para(d, text, bold=True, size=14, color="3B1F0E", space_after=4)


panel("OUTER PANEL 1  ·  FRONT")
para(d, "MIRABEL", bold=True, size=22, color="3B1F0E", align="center", space_after=0)
para(d, "Academy of Chocolate & Sugar Art  ·  Porthellis", italic=True, size=10, align="center")
para(d, "THE SENCO COLLECTION", bold=True, size=16, align="center", space_after=0)
para(d, "A Selection of Fourteen, with Four Hallmark Pieces", italic=True, align="center")
para(d, "Key to your Selection", bold=True, size=13, align="center", space_after=10)
para(d, "This card comes with your place on the Mirabel SENCO Collection: the Dunmere University Postgraduate "
        "Certificate in Leading Special Educational Needs, made at Mirabel with Ashcombe County Council. Lift "
        "the card to find your Top Layer, the fourteen pieces you will taste through the year; your Bottom "
        "Layer, which shows the national minimum outcomes for SENCOs and where each is finished; and the "
        "Hallmark pieces, which are the parts of the Collection that are marked. We have sent the same card to "
        "the approval panel.")
para(d, "Key to the finishes", bold=True, size=12)
for t, v in [
    ("\u2605 Hallmarked", "the outcome is worked on in the Top Layer and is shown in the Hallmark piece named "
                          "beside it. Hallmark pieces are marked and must be passed."),
    ("\u25cb Plain", "the outcome is worked on at an Atelier Day or in the Cocoa Room, and you will talk it "
                     "through with your tutor, but it is never marked."),
    ("\u2715 Not in this box", "the outcome is not part of this year's Collection."),
]:
    p = d.add_paragraph()
    runs(p, [(t + ": ", {"bold": True}), v])
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.space_after = Pt(2)
text_box(d, ["Gift message",
             "To our new SENCOs: every one of the national SENCO outcomes is inside this box. Take your time, "
             "savour each piece, and share them with your school. With love from all at Mirabel."],
         height_pt=70, fill="FBEFF2")

panel("OUTER PANEL 2  ·  A WORD FROM OUR MAITRE CHOCOLATIER")
para(d, "Twenty years ago I opened Mirabel to teach the craft of chocolate: patience, precision and a steady "
        "hand. For the last six years we have also taught teachers, first through our food technology days "
        "and now through this Collection. Its aim is simple. Every SENCO who completes it will raise the "
        "attainment of pupils with special educational needs and disabilities in reading, writing and "
        "mathematics, and will lead the school's work so that those pupils make the progress their classmates "
        "make. Everything in the box is chosen for that.")
para(d, "Hywel Trevanion, Maitre Chocolatier and Principal", italic=True)

panel("OUTER PANEL 3  ·  ABOUT THIS COLLECTION")
para(d, "The Collection is validated by Dunmere University's School of Education as the Postgraduate "
        "Certificate in Leading Special Educational Needs, 40 credits at Level 7 (masters level), and it "
        "carries the National Award for SEN Coordination. The University validated it on 19 June 2008 and "
        "awards the Certificate; Mirabel teaches it; Ashcombe County Council's SEN and Inclusion Service "
        "provides two of the tutors and the mentors. The Collection takes one school year: eight Atelier Days "
        "at Mirabel, six Cocoa Room units on the University's online learning environment, a day in a special "
        "school, and Kitchen Tasks in your own school between Atelier Days.")
para(d, "What we draw on. Every piece is made from the best current evidence. The Collection is built around "
        "the SEN Code of Practice (2001) and the 2008 regulations that require every SENCO to be a qualified "
        "teacher and new SENCOs to gain the Award; Ofsted's reports Special educational needs and disability: "
        "towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), which "
        "we use on Atelier Days 3 and 4 to examine what makes provision effective; the Bercow Review of "
        "services for children with speech, language and communication needs (2008), used in the Ginger "
        "Batons unit; and current research on interventions for literacy and numeracy. The tutors revise the "
        "pieces each summer as new reports are published.")

panel("INNER PANEL 1  ·  HOW YOUR BOX IS MADE")
para(d, "Who the Collection is for. You must hold qualified teacher status and be your school's SENCO, or be "
        "about to take the role, and your headteacher must sign your application to agree your release for "
        "the Atelier Days and name a mentor for you in school. Every applicant is interviewed by the Course "
        "Director and an Ashcombe SEN adviser, who look at your experience of SEN and of working with "
        "colleagues. If we think you are not yet ready to reach the outcomes within the year, we tell you what "
        "to do first (usually a term shadowing an experienced SENCO and the council's SEN foundation course), "
        "write to your headteacher to say so, and keep a place for you the next year.")
para(d, "Your Palate Profile. Before your first Atelier Day you rate yourself against every national outcome "
        "on our Palate Profile and give an example for each. Your tutor reads it with you and your mentor and "
        "writes your Tasting Plan: the pieces you will spend longest on, which Kitchen Tasks you will do in "
        "school, and the outcomes you have agreed to aim at beyond the minimum. Your Tasting Plan is revisited "
        "at Atelier Days 4 and 7, and your tutor uses it to choose which optional workshop you attend on "
        "Atelier Day 6.")
para(d, "If you have studied before. Previous study is taken into account when we put your selection "
        "together, but the University does not give credit for it against the Certificate.")
ins_para(d, "Tasting Only. In exceptional cases an experienced SENCO, or a teacher from Ashcombe's SEN support "
            "services, may with the Course Director's agreement submit the four Hallmark pieces without "
            "attending the Atelier Days or the Cocoa Room. The pieces are marked and moderated in exactly the "
            "same way, against all the outcomes, and the fee is reduced to the cost of assessment.", ED, DT)
para(d, "When and how. The Collection starts twice a year, in September and in January. Atelier Days are held "
        "on Fridays at Mirabel; the six Cocoa Room units can be taken in any order, at any time between the "
        "Atelier Days they sit between, and from home or school. A teacher who has to pause (for example for "
        "maternity leave) may finish with the next group without losing work already passed. The fee is "
        "£1,400; Ashcombe County Council pays half for its own schools, and the Tasting Plan means you spend "
        "your time on what you need rather than on what you already know.")
para(d, "The Cocoa Room. The Cocoa Room is the Collection's space on Dunmere University's online learning "
        "environment: each unit has readings, short video clips and tasks, and a discussion board where "
        "participants post their work and comment on each other's. The Cocoa Room is a self-study space: tutors "
        "do not answer posts there, and questions are saved for the next Atelier Day.")

panel("INNER PANEL 2  ·  YOUR TOP LAYER")
para(d, "Fourteen pieces, in the order we suggest you taste them. Atelier Days are shown in dark chocolate; "
        "Cocoa Room units in milk.", italic=True, size=10)
pieces = [
    ("1  Sea-Salt Caramel Heart", "Atelier Day 1 · dark, heart-shaped, a flake of salt",
     "The law and the Code. The Education Act 1996, the SEN Code of Practice (2001) and the SEN Toolkit; "
     "the Disability Discrimination Act as amended in 2005 and the Disability Equality Duty; Removing "
     "Barriers to Achievement; Every Child Matters and the five outcomes; the 2008 SENCO regulations. "
     "What each requires of the school, the SENCO and the governors."),
    ("2  Dark Ganache Square", "Cocoa Room unit 1 · milk, square, cocoa dusted",
     "Reading the Code. A guided reading of the Code's chapters on school action and statutory assessment, "
     "with a short online quiz and a post on what your own school does at each stage."),
    ("3  Praline Shell", "Atelier Day 2 · dark, scallop shell",
     "Knowing the needs. Behavioural, emotional and social difficulties; specific learning difficulties "
     "including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate "
     "learning difficulties; and how each affects learning. A speech and language therapist and an "
     "educational psychologist from Ashcombe lead the afternoon."),
    ("4  Rose Cream", "Cocoa Room unit 2 · milk, round, crystallised petal",
     "How children grow. Child development from the early years to adolescence, and how special needs, "
     "disability, home and the classroom environment shape it; a case analysis posted for peer comment."),
    ("5  Hazelnut Rocher", "Atelier Day 3 · dark, rough-coated sphere",
     "Finding and planning. Identifying pupils who may have SEN by observation and assessment; setting "
     "challenging targets; planning interventions and reviewing progress; using the reports of "
     "educational psychologists, therapists and advisory teachers to plan teaching; and how a SENCO helps "
     "colleagues build formative assessment into lessons for pupils with SEN."),
    ("6  Orange Crisp", "Cocoa Room unit 3 · milk, thin disc",
     "Tools of the trade. Approaches, strategies and resources for teaching and learning, including "
     "ICT and assistive technology: a critical comparison of three published programmes, posted for "
     "discussion."),
    ("7  Cherry Kirsch Cup", "Atelier Day 4 · dark, foil cup",
     "Mapping and managing. Provision mapping and management; finding provision that is missing or does "
     "not work; deploying and managing teaching assistants; managing the SENCO's own time, priorities and "
     "delegation. Ofsted's evidence on effective provision."),
    ("8  Violet Fondant", "Atelier Day 5 · dark, oval, sugared violet",
     "Voices. Consulting children and young people: we practise pupil interviews, person-centred reviews "
     "and ways of gathering the views of pupils who do not use speech, using video of real reviews. "
     "Building fair and respectful relationships with pupils and families. An hour with the Ashcombe Parent "
     "Partnership Service on how parents experience the statutory assessment process."),
    ("9  Ginger Batons", "Cocoa Room unit 4 · milk, two batons",
     "Evidence. Best practice and research in meeting SEN; the Bercow Review; using research and outside "
     "advice to change practice; each participant posts a summary of one study for the group."),
    ("10  Espresso Truffle", "Atelier Day 6 · dark, cocoa-rolled truffle",
     "Leading colleagues. Working with the headteacher, senior leaders and governors on an inclusive ethos, "
     "policy, priorities and resources; gaining colleagues' commitment; supporting colleagues' development "
     "by observation and feedback, modelling, coaching and mentoring, and leading training. Optional "
     "workshops chosen from your Tasting Plan."),
    ("11  Lemon Meringue Pyramid", "Atelier Day 7 · white, pyramid",
     "Looking back to look forward. School self-evaluation and improvement; reviewing provision with "
     "colleagues; anticipating problems and making sound decisions; special arrangements for national "
     "tests and examinations and how to put them in place in good time."),
    ("12  Marzipan Fruit", "Cocoa Room unit 5 · milk, marzipan pear",
     "Other hands. The scope and role of external agencies (health, social care, the educational "
     "psychology service, sensory support, voluntary organisations); how to get specialist support; "
     "working in partnership with other services, with a shared case discussion on the board."),
    ("13  Champagne Truffle", "Cocoa Room unit 6 · milk, gold dusted",
     "Finishing. Writing at masters level; planning and drafting your Hallmark pieces, with peer comment "
     "on drafts."),
    ("14  Gold-leaf Ganache", "Atelier Day 8 · dark, gold leaf",
     "The Next Box. Presentations of Hallmark work; a final session in which you review your Tasting Plan, "
     "write your next professional targets on our Next Box planner and agree to take it to your line "
     "manager or headteacher at your next performance review."),
]
tt = d.add_table(rows=7, cols=2)
tt.style = "Table Grid"
for k, (nm, shape, note) in enumerate(pieces):
    c = tt.cell(k // 2, k % 2)
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run(nm)
    r.bold = True
    r.font.size = Pt(10)
    p2 = c.add_paragraph()
    r = p2.add_run(shape)
    r.italic = True
    r.font.size = Pt(9)
    p3 = c.add_paragraph()
    r = p3.add_run(note)
    r.font.size = Pt(9)
    shade(c, "F2E6DA" if "Atelier" in shape else "FFFAF3")
para(d, "")
para(d, "Also in your box: a Special School Day. Between Atelier Days 5 and 6 you spend a full day in one of "
        "Ashcombe's three special schools or two resource bases, arranged by the council, shadowing the SENCO "
        "and the therapists who work there, with a focus agreed in your Tasting Plan.")
para(d, "Kitchen Tasks. After every Atelier Day you carry out a Kitchen Task in your own school: for example "
        "interviewing a pupil about his or her provision, drawing up the school's provision map, or observing "
        "a colleague and giving feedback. Each task is tied to named outcomes on your Tasting Plan and is "
        "talked through with your mentor and, at the next Atelier Day, with your tutor.")

panel("INNER PANEL 3  ·  THE HALLMARK PIECES")
para(d, "The Hallmark pieces are the marked work of the Collection. Each is marked by two tutors and must be "
        "passed.")
for t, v in [
    ("H1 The Policy Ribbon", "a 2,500-word review of your school's SEN policy against SEN law and the Code of "
     "Practice and against the five Every Child Matters outcomes, presented in a ten-minute talk to your "
     "governors or senior team; both the writing and the talk are marked."),
    ("H2 The Case Box", "a 5,000-word case study of one pupil: his or her development and what has shaped it, "
     "the nature of the pupil's needs, how you used the assessments of other professionals to plan teaching, "
     "the targets, the intervention and its review, the decisions you took and the research behind them, "
     "and how the pupil took part in planning and reviewing the provision."),
    ("H3 The Provision Tray", "your school's provision map, your plan for deploying teaching assistants, your "
     "plan for your own time and what you have delegated, a section of the school's self-evaluation on SEN "
     "written after a review of provision with colleagues, and a paper to governors on the school's "
     "inclusive priorities, with the headteacher's written response."),
    ("H4 The Kitchen Task Journal", "two entries from your Kitchen Tasks: one on a referral you made to an "
     "outside service, and one on arranging access arrangements for national tests or examinations. Your "
     "other Kitchen Tasks are talked through with your mentor and tutor and are not marked."),
    ("H5 The Agency Truffle", "a report on joint work with another service. H5 has been withdrawn from this "
     "year's box; its time has been given to H2."),
]:
    p = d.add_paragraph()
    runs(p, [(t + ": ", {"bold": True}), v])
    p.paragraph_format.left_indent = Pt(14)

panel("INNER PANEL 4  ·  YOUR BOTTOM LAYER")
para(d, "What's inside: the national minimum outcomes, in our words, with the piece that carries each and "
        "its finish. The finishes are explained on the front of this card.", italic=True, size=10)
tray = [
    ["No.", "What's inside", "Piece", "Finish", "Hallmark"],
    ("ATTRIBUTES"),
    ["A1", "Fair, respectful and warm relationships with pupils and their families", "8", "\u25cb Plain", "-"],
    ["A2", "Winning the commitment of colleagues, the head and senior leaders", "10", "\u2605 Hallmarked", "H3"],
    ["A3", "Prioritising, managing time and delegating", "7", "\u2605 Hallmarked", "H3"],
    ["A4", "Anticipating and resolving problems; sound decisions on provision", "11", "\u2605 Hallmarked", "H2"],
    ["A5", "Clear speech and writing; listening to others", "13", "\u2605 Hallmarked", "H1"],
    ["A6", "Using research and outside advice to improve practice", "9", "\u2605 Hallmarked", "H2"],
    ["A7", "Keeping up to date; owning your CPD", "14", "\u25cb Plain", "-"],
    ("KNOWLEDGE"),
    ["K1", "SEN law and guidance, the Code of Practice and how to put them into practice", "1", "\u2605 Hallmarked", "H1"],
    ["K2", "Every Child Matters and the SENCO's part in it", "1", "\u2605 Hallmarked", "H1"],
    ["K3", "Disability equality law and what it requires", "1", "\u25cb Plain", "-"],
    ["K4", "How children develop and what affects development", "4", "\u2605 Hallmarked", "H2"],
    ["K5", "The common types of SEN and disability and their effect on learning", "3", "\u2605 Hallmarked", "H2"],
    ["K6", "Approaches, strategies and resources, including ICT", "6", "\u25cb Plain", "-"],
    ["K7", "School self-evaluation and improvement for SEN outcomes", "11", "\u2605 Hallmarked", "H3"],
    ["K8", "Best practice and research in meeting SEN", "9", "\u2605 Hallmarked", "H2"],
    ["K9", "External agencies and how to get specialist support", "12", "\u2605 Hallmarked", "H4"],
    ("SKILLS"),
    ["S1", "With senior colleagues and governors, shaping an inclusive ethos and priorities", "10", "\u2605 Hallmarked", "H3"],
    ["S2", "Identifying pupils, setting targets, planning interventions, reviewing progress", "5", "\u2605 Hallmarked", "H2"],
    ["S2a", "Using other professionals' assessments to plan teaching", "5", "\u2605 Hallmarked", "H2"],
    ["S2b", "Using summative assessment and national tests to track progress", "-", "\u2715 Not in this box", "-"],
    ["S2c", "Helping colleagues develop formative assessment for pupils with SEN", "5", "\u25cb Plain", "-"],
    ["S2d", "Special arrangements for national tests and examinations, in good time", "11", "\u2605 Hallmarked", "H4"],
    ["S3", "Provision mapping and management; finding missing or ineffective provision", "7", "\u2605 Hallmarked", "H3"],
    ["S4", "Deploying and managing staff", "7", "\u2605 Hallmarked", "H3"],
    ["S5", "Supporting colleagues' development: observation, modelling, coaching, training", "10", "\u25cb Plain", "-"],
    ["S6", "Reviewing provision with colleagues to inform self-evaluation", "11", "\u2605 Hallmarked", "H3"],
    ["S7", "Involving pupils in planning and reviewing their provision", "8", "\u2605 Hallmarked", "H2"],
    ["S8", "Liaising with parents and carers", "8", "\u25cb Plain", "-"],
    ["S9", "Working in partnership with other services and voluntary organisations", "12", "\u2605 Hallmarked", "H5"],
]
bt = d.add_table(rows=len(tray), cols=5)
bt.style = "Table Grid"
for i, row in enumerate(tray):
    if isinstance(row, str):
        c = bt.cell(i, 0).merge(bt.cell(i, 4))
        cell_text(c, row, bold=True, size=9)
        shade(c, "D8B89A")
        continue
    for j, v in enumerate(row):
        c = bt.cell(i, j)
        cell_text(c, v, bold=(i == 0), size=9)
        if i == 0:
            shade(c, "3B1F0E")
            c.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
    if not isinstance(row, str) and row[0] == "K3":
        comment(d, bt.cell(i, 3).paragraphs[0].runs[0], "K3 is also marked in H1 - the policy review covers "
                "the disability equality scheme. Change to Hallmarked? - Sarah", author=ED, initials="SP")
for r in bt.rows:
    for j, w in enumerate([1.2, 9.6, 1.4, 3.2, 1.6]):
        r.cells[j].width = Cm(w)
para(d, "")

panel("BACK PANEL 1  ·  ALLERGY ADVICE")
para(d, "Tell us what you need. Our application form asks every applicant whether they have a disability or "
        "any other need for which we should make adjustments, and says why we ask; you can also tell your "
        "tutor at any time. Adjustments we have made include materials in large print or in advance, a note-"
        "taker on Atelier Days, extra time or a different format for the H1 talk, and captioned video in the "
        "Cocoa Room. Agreed adjustments are written into your Tasting Plan and sent, with your permission, to "
        "the University's disability service so that they apply to marking as well as teaching. Mirabel's "
        "teaching rooms are on the ground floor with level access and a hearing loop, and the Special School "
        "Day is arranged in a school you can reach and move around. Our disability equality scheme covers the "
        "Collection, and the Course Director checks each year that disabled participants join, stay and pass "
        "at the same rate as others.")

panel("BACK PANEL 2  ·  CARE OF YOUR CHOCOLATES")
para(d, "How we check quality. You evaluate every Atelier Day and every Cocoa Room unit on a short form. "
        "Tutors meet after each term to read the evaluations, the Hallmark marks and the mentors' reports, and "
        "the Course Director writes an action plan from them. The Collection Board (Mirabel, Dunmere "
        "University and Ashcombe's SEN and Inclusion Service) meets each term to read those reports and the "
        "external examiner's report, and agrees the changes for the next group. Dunmere University reviews "
        "the Collection each year through its annual monitoring.")
para(d, "How we check marking. Every Hallmark piece is marked by two tutors against the University's Level 7 "
        "criteria. A sample of every piece, and every fail and every distinction, is moderated at a "
        "moderation meeting of all tutors each term, and then by the external examiner, a senior lecturer in "
        "inclusive education from another university, who sees every piece of Tasting Only work.")
para(d, "How we know it works. You complete the Palate Profile again at the end, so that we can measure the "
        "change in your competence and your confidence against each outcome. The Case Box (H2) records your "
        "case-study pupil's attainment and well-being measures at the start and the end of the intervention, "
        "and we collect these across the group each year as one measure of the Collection's effect on "
        "pupils. Headteachers complete a questionnaire at the end of the year on changes in the school's SEN "
        "provision and in pupils' progress, and a year later we ask every completer and headteacher what has "
        "lasted.")

panel("BACK PANEL 3  ·  MEET THE CHOCOLATIERS")
para(d, "The Collection is led by Dr Morwenna Pascoe, Course Director, a former SENCO and special school "
        "headteacher with a doctorate in inclusive education from Dunmere, who still teaches two days a week "
        "in an Ashcombe resource base. Tutors are Kit Angove, Ashcombe's senior SEN adviser and a former "
        "advisory teacher for autism; Dr Ruth Nankervis, senior lecturer in special education at Dunmere, "
        "who has published on dyslexia interventions; and Daniel Roskilly, an educational psychologist with "
        "Ashcombe's psychology service. All hold qualifications in SEN at masters level or above and all work "
        "with schools now. Mentors are experienced SENCOs from Ashcombe schools, named by your headteacher; "
        "mentors will be given guidance on their role.")
para(d, "Specialists you will meet: a speech and language therapist, an educational psychologist, the Parent "
        "Partnership Service, the sensory support service, and the SENCO and therapists of your Special School "
        "Day.")

panel("BACK PANEL 4  ·  OUR KITCHENS")
para(d, "You will have use of Dunmere University's library and its online journals. Our kitchens, with their "
        "marble benches and tempering machines, are fully equipped, and our seminar room seats twenty.")

panel("BACK PANEL 5  ·  MADE WITH OUR NEIGHBOURS")
del_para(d, "In spring 2008 we surveyed every primary and secondary school in Ashcombe about what new SENCOs "
            "need; 73 schools replied, and their answers shaped the choice of Atelier Days.", ED, DT)
para(d, "The Collection reflects what headteachers across the county tell us they need. The Collection was "
        "designed by our own chocolatiers; schools and the council have not yet been asked to comment on its "
        "content.")
para(d, "From the first group, Ashcombe's SEN advisers mentor participants, teach two of the Atelier Days and "
        "sit on the Collection Board, which reads the participants' evaluations, the headteachers' "
        "questionnaires and the external examiner's report each term; the council arranges the Special School "
        "Days, and headteachers' answers to the end-of-year questionnaire go to the Board.")

panel("BACK PANEL 6  ·  WHEN THE BOX IS FINISHED")
para(d, "The Certificate is awarded only when the examiners have seen, across the Hallmark pieces, evidence "
        "that you meet every one of the national minimum outcomes for SENCOs. The University's examination "
        "board confers the Certificate and the National Award in July (or in December for the January group).")
para(d, "Your Next Box planner, written at Atelier Day 8, goes with you to your headteacher, and we send you "
        "details of the Dunmere MA in Inclusive Education, into which the Collection's credits transfer.")

panel("BACK PANEL 7  ·  ALSO IN THE MIRABEL RANGE")
table(d, [
    ["Collection", "For", "What it offers"],
    ["Online Praline Diploma", "Home chocolatiers", "Twelve online units with weekly live tutor chat; tutors "
     "reply to every post within 24 hours"],
    ["Family Fudge Workshops", "Families with children", "Saturday sessions in the school holidays; we "
     "CRB-check every volunteer who helps"],
    ["Sugar Flowers for Food Teachers", "Secondary food teachers", "Two Atelier Days, unaccredited"],
], widths=[4.3, 3.7, 9.0])
para(d, "")
para(d, "Mirabel Academy of Chocolate & Sugar Art, Quay Street, Porthellis PL26 9HS  ·  "
        "senco@mirabel-academy.co.uk", italic=True, size=9, align="center")

d.save(OUT)
print("wrote", OUT)
