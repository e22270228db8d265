"""mq-02-tallow-cross-commission-quotation: blind test application, written as an artist blacksmith's quotation.

Provider (invented): Tallow Cross Forge Ltd, artist blacksmiths and architectural ironworkers at Tallow Cross, near
Bramscote in (invented) Hexleigh, whose training arm, the Workshop School, has run "Anvil Days" for Key Stage 4
pupils with behavioural, emotional and social difficulties since 1996. It offers the National Award for SEN
Coordination with the (invented) Kelsham University, which validates it, and Hexleigh County Council. 16 February
2009.

Document kind and layout: the forge sends the panel what it sends every client who asks for a gate: a Quotation and
Design Proposal ("Our ref: Q/09/014") with its standard Terms and Conditions of Business and an acceptance slip. A
letterhead typed with manual line breaks; no heading styles (bold capital Normal paragraphs); a covering letter; the
proposal's own sections (The Commission, Site Visit and Survey, The Design, Making: the Heats, Fitting, Schedule of
Components, Materials and Makers, Programme, Price, Not Included in this Quotation, Aftercare); a Heats table with
merged, shaded term rows; a survey table; a Schedule of Components (the national outcomes in the forge's words, by
"Item") whose "Fitted" values ("F1", "F2", "F3", "FI", "Forged, not fitted", "Drawn only", "Supplied by others")
and "Forged at" dash are keyed only in clause 1 of the Terms, far below it; a price table with merged cells; twelve
numbered Terms whose sub-clause numbers (5.3, 6.3 ...) collide with requirement ids; a VML text box ("Our
guarantee") with a blanket claim; two footnotes; two Word comments; tracked changes; page header and footer (never
evidence); "[...]" placeholders in the acceptance slip.

Traps (requirement ids):
- Credits are a tracked change: "60" deleted, "[number to be confirmed by Kelsham]" inserted, so the credit value is
  a placeholder (E.2 partially_met); Masters level and validation by Kelsham stand (E.1 met).
- No e-learning: "Online or e-learning. There is none" in Not Included; the Blackboard sentence is a DELETED tracked
  change; telephone and email contact is not e-learning (3.3 not_applicable).
- The assessment-only route ("Inspection without making", clause 6.3) exists only in a tracked INSERTED paragraph,
  which is part of the submission (2.3 met).
- Safeguarding clause: CRB disclosures for "every smith, tutor and visitor", never for participants (wrong subject);
  a comment asking about participants' checks does not count (5.3 not_met).
- Equality clause is general ("complies with the Disability Discrimination Act") and its adjustments are for pupils
  on Anvil Days, not participants (wrong context) (3.1 partially_met).
- Pupil voice is "not part of this quotation" and left to the council's Participation Team (another provider)
  (1.5 not_met; Item 26, 6.S7 "Supplied by others": not_met).
- Special arrangements for tests: Item 21 "Supplied by others" (the council's briefing) (6.S2d not_met).
- School self-evaluation "not covered here" and no Item for it (6.K7 not_met).
- Parents: only "an hour in Heat 7" hearing a parent's story; Item 27 "Forged, not fitted" (1.7 and 6.S8
  partially_met).
- Research and inspection: the course rests on "our experience", a reading pack of the Code, the Toolkit and the
  council's handbook; no research or inspection evidence named, though Heat 8 teaches participants to read research
  (1.3 partially_met).
- Pre-course "site visit" is a conversation about the school and hopes, not against the outcomes and with no
  individual plan (2.2 partially_met); tailoring and cost are described (2.4 met).
- Mentors are chosen by the participant and sign a record; no briefing or role (5.7 partially_met).
- Evaluation: cards at each Heat read by the forge; nothing external and no account of how it changes the course
  (5.1 partially_met). Pupil baseline and twelve-week measures and confidence scales make 5.9 met.
- Stakeholders' part in evaluation is only wished for ("We would like, in time, to ask"); they take part in delivery
  (placements, the parent's talk, mentors); a comment about heads on the Course Committee does not count (4.3
  partially_met). Survey and the changes it made: 4.1 and 4.2 met.
- Placements are described only in a footnote, which is part of the submission (5.5 met).
- Item 4 (6.A4) and Item 20 (6.S2c) "Forged, not fitted"; Item 13 (6.K6) "Drawn only" (reading pack only); Item 10
  (6.K3) has a dash in "Forged at" but is fitted in F1 (assessed, not taught): all partially_met.
- Award rule: each Fitted piece and the Final Inspection must be passed, marks not averaged (6.0 met); the text
  box's guarantee that every SENCO "will have met every one of the national minimum outcomes" is a blanket claim.
- Header and footer are never evidence.

Verdicts: 41 met, 14 partially_met, 5 not_met, 1 not_applicable.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.shared import Cm, Pt  # noqa: E402
from _mq_helpers import (Footnotes, dele, deleted_paragraph, inserted_paragraph, ins, new_document,  # noqa: E402
                         page_field, para, set_cell, shade_cell, table, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
IRON, GREY, PALE = "3B3B3B", "D9D9D9", "EFEDE8"
HS, IF = "Hannah Scarth", "Imogen Farrant"
D1, D2, D3 = "2009-02-05T11:20:00Z", "2009-02-10T09:05:00Z", "2009-02-13T15:30:00Z"

doc = new_document("Georgia", 10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
fn = Footnotes()

hp = sec.header.paragraphs[0]
hp.add_run("QUOTATION Q/09/014  ·  valid for 90 days from the date shown  ·  E&OE").font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
fp.add_run("Tallow Cross Forge Ltd · Registered in England No. 2741106 · VAT Reg. 618 2240 19 · "
           "Member, British Artist Blacksmiths Association · page ").font.size = Pt(7.5)
page_field(fp)


def title(text):
    return para(doc, text, bold=True, size=10.5, space_after=3, keep=True)


# ------------------------------------------------------------------ letterhead (typed, manual line breaks)
p = doc.add_paragraph()
r = p.add_run("TALLOW CROSS FORGE")
r.bold = True
r.font.size = Pt(18)
r.add_break()
r2 = p.add_run("Artist Blacksmiths  ·  Architectural Ironwork  ·  The Workshop School")
r2.italic = True
r2.add_break()
r3 = p.add_run("The Old Smithy, Tallow Cross, Bramscote, Hexleigh HX4 7QT")
r3.add_break()
p.add_run("Telephone 01632 960418  ·  workshop@tallowcrossforge.co.uk")
para(doc, "")
p = doc.add_paragraph()
for line in ["Our ref: Q/09/014 (HS/DP)", "Your ref: National Award for SEN Coordination, invitation to apply",
             "16 February 2009"]:
    rr = p.add_run(line)
    rr.add_break()
p = doc.add_paragraph()
for line in ["The Approval Panel", "National Award for SEN Coordination",
             "Training and Development Agency for Schools", "London"]:
    rr = p.add_run(line)
    rr.add_break()

para(doc, "Dear Panel members,")
para(doc, "QUOTATION AND DESIGN PROPOSAL: THE NATIONAL AWARD FOR SEN COORDINATION AT TALLOW CROSS", bold=True)
para(doc, ("Thank you for inviting us to apply. When a client asks us for a gate or a staircase we go and look at "
           "the site, we draw, and we send a quotation that says what we will make, how we will make it, what it "
           "will cost, what is not included, and the terms on which we work. We have done the same for you, "
           "because it is how we think about any commission and because the heads we work with know our "
           "quotations and read them closely. The Award will be made jointly with Kelsham University's Faculty of "
           "Education and with Hexleigh County Council. Where we use our own words (Heat, Component, Fitted piece, "
           "Assembly) they are defined in clause 1 of our Terms and Conditions of Business at the end."))
para(doc, ("We should be glad to show any member of the panel round the Workshop School."))
para(doc, "Yours faithfully,")
para(doc, ["Hannah Scarth", ("   Director, The Workshop School", {"italic": True})], space_after=0)
para(doc, ["David Penrose", ("   Master Smith and Managing Director", {"italic": True})])

# ------------------------------------------------------------------ the commission
title("THE COMMISSION")
para(doc, ("What we will make is a course for teachers new to leading SEN coordination in their schools, which "
           "makes SENCOs whose pupils do better: better in their learning and attainment, and better in the five "
           "Every Child Matters outcomes of being healthy, staying safe, enjoying and achieving, making a positive "
           "contribution and achieving economic well-being. Every Heat, the three Fitted pieces and the Final "
           "Inspection ask the same question: what has this SENCO done that helps pupils with SEN and "
           "disabilities achieve more and be well in school? Each Fitted piece is marked first on what it shows "
           "about pupils' achievement and well-being."))
para(doc, ("Why a forge. The Workshop School has run Anvil Days for Key Stage 4 pupils with behavioural, emotional "
           "and social difficulties from Hexleigh schools since 1996, and for the past six years short courses for "
           "the teachers and teaching assistants who bring them. Heads asked us to go further. The Award is "
           "taught in the Granary teaching room beside the forge, in participants' own schools and on two "
           "placement days."))

# ------------------------------------------------------------------ site visit and survey
title("SITE VISIT AND SURVEY")
para(doc, ("Before drawing anything we looked at the site. In the autumn of 2008 we visited 22 schools in the "
           "Hexleigh and Bramscote clusters and met their heads and SENCOs; we met the council's Principal Officer "
           "for SEN, the Parent Partnership Service and the outreach team of Bramscote Special School; and we sent "
           "a short survey to all 64 schools in the two districts, of which 39 replied. What they told us, and "
           "what it changed in the design:"))
sv = [("What we heard", "What it changed"),
      ("Release is hardest for small primary schools; a full day a month is too much for some.",
       "Every Heat can be taken as a day or as two twilight sessions."),
      ("New SENCOs struggle most with managing teaching assistants and with provision mapping.",
       "Heat 4 given wholly to provision mapping; Heat 5 to deploying and managing staff."),
      ("The council asked that the course use its new provision-management tool.",
       "Heat 4 and the F2 piece use the council's tool and its costings."),
      ("Heads want the course to change something in their school, not only in the SENCO.",
       "The Assembly: an improvement each participant leads in his or her own school, with pupil measures."),
      ("Newly appointed SENCOs arrive at different times of year.", "A second start each January.")]
t = table(doc, len(sv), 2)
for i, (a, b) in enumerate(sv):
    set_cell(t.cell(i, 0), a, bold=(i == 0), fill=(GREY if i == 0 else None), size=9)
    set_cell(t.cell(i, 1), b, bold=(i == 0), fill=(GREY if i == 0 else None), size=9)
para(doc, "")

# ------------------------------------------------------------------ the design
title("THE DESIGN")
p = para(doc, ("The course is validated by Kelsham University's Faculty of Education as a Masters-level (M) module, "
               "EDU M731 Leading Provision for Special Educational Needs, worth "))
dele(p, "60", IF, D2)
ins(p, "[number to be confirmed by Kelsham]", IF, D2)
p.add_run(" credits. Kelsham registers every participant, holds the examination board and awards the credit; "
          "Hexleigh County Council is a partner in the design and meets half the fee for its schools.")
p = para(doc, ("It is made of nine Heats (taught days at the forge, described below); the Assembly, an improvement "
               "in provision that each participant leads in his or her own school through the spring and summer; "
               "two placement days"))
fn.ref(p, ("Placements. Every participant spends two placement days, one at Bramscote Special School and one at "
           "the Hexleigh Pupil Referral Unit, arranged by the Workshop School with both heads. Each day has a "
           "placement task linked to Items 12, 15 and 28 of the Schedule, is led by the host SENCO and is written "
           "up in the participant's Record of Work."))
p.add_run("; three Fitted pieces of marked work; and the Final Inspection. The Assembly is the heart of it: the "
          "participant chooses, with the head, one thing about SEN provision in the school to improve, takes "
          "baseline measures, leads colleagues through the change, and measures again.")

# ------------------------------------------------------------------ the heats
title("MAKING: THE HEATS")
para(doc, ("A Heat is one taught day (9.30 to 3.30) or two twilight sessions (4.15 to 7.15). The September group's "
           "dates are shown; the January group's Heats follow the same pattern from 14 January 2010."),
     italic=True)
heats = [
    "AUTUMN 2009",
    ("1", "24 Sept", "Lighting up",
     "The SENCO's job. SEN law and policy: the Education Act 1996, the SEN Code of Practice (2001), the 2008 "
     "regulations on the SENCO role, Removing Barriers to Achievement and the Inclusion Development Programme; what "
     "they mean for the school, the SENCO and others, and how to put them into practice. Every Child Matters and the "
     "Children Act 2004: the principles, the five outcomes and the SENCO's part."),
    ("2", "15 Oct", "How children grow",
     "How children develop (language, physical, social and emotional) and how SEN, disability, home and the physical "
     "and social surroundings of school affect development. The commonest kinds of SEN and disability: BESD, "
     "dyslexia and other specific learning difficulties, speech, language and communication needs, autism, moderate "
     "learning difficulties, and how each affects learning. Fair, respectful relationships with pupils."),
    ("3", "19 Nov", "Finding out",
     "Identifying pupils who may have SEN through observation, data and assessment; setting challenging targets; "
     "planning interventions; reviewing progress. Using the assessments of educational psychologists, therapists "
     "and advisory teachers to shape teaching. Tracking progress with end-of-key-stage and optional tests and P "
     "scales and changing programmes when they are not working. Encouraging colleagues to develop formative "
     "assessment with pupils with SEN in mind."),
    "SPRING 2010",
    ("4", "28 Jan", "Mapping",
     "Provision mapping and management with the council's tool: costs, what works, what is missing or ineffective. "
     "The Assembly is set."),
    ("5", "25 Feb", "The team",
     "Deploying and managing teaching assistants and other staff. The SENCO's own time: priorities, diary and "
     "delegating with care. Developing colleagues: observing and giving feedback, modelling, coaching and mentoring, "
     "leading training. Winning the commitment of the head and colleagues; advising and supporting colleagues "
     "within and beyond the school."),
    ("6", "25 Mar", "Leading",
     "Working with the head, the senior team and governors on an inclusive ethos, SEN policy, priorities and "
     "resources. Reviewing with other staff how well provision is working and reporting it for the school's "
     "improvement plan."),
    "SUMMER 2010",
    ("7", "29 Apr", "Partners",
     "The scope and role of outside agencies (educational psychology, CAMHS, health, social care, sensory support) "
     "and of voluntary organisations; getting specialist support and resources; working in partnership with them. "
     "For an hour a parent from the Parent Partnership Service tells her family's story of statutory assessment."),
    ("8", "27 May", "Research at the bench",
     "Finding, reading and weighing research and best practice in meeting SEN, and bringing research and outside "
     "advice into the participant's own and colleagues' practice. Problem cases: seeing difficulties coming and "
     "making sound judgements on provision."),
    ("9", "1 July", "Finishing",
     "Participants present their Assembly to the group and invited heads. Keeping up to date and planning one's "
     "own professional development in SEN and disability. Drafting the Next Commission (see Aftercare)."),
]
ht = table(doc, len(heats) + 1, 4)
for j, h in enumerate(["Heat", "Date", "Name", "What we forge"]):
    set_cell(ht.cell(0, j), h, bold=True, fill=GREY, size=9)
for i, row in enumerate(heats, 1):
    if isinstance(row, str):
        m = ht.cell(i, 0).merge(ht.cell(i, 3))
        set_cell(m, row, bold=True, size=8.5)
        shade_cell(m, PALE)
    else:
        for j, v in enumerate(row):
            set_cell(ht.cell(i, j), v, size=9, bold=(j == 0))
for row in ht.rows:
    for j, w in enumerate([Cm(1.1), Cm(1.7), Cm(2.8), Cm(11.0)]):
        row.cells[j].width = w
para(doc, "")

# ------------------------------------------------------------------ fitting
title("FITTING: THE MARKED PIECES")
para(doc, ("F1, The Pattern (after Heat 3; 3,000 words): a case study of one pupil, from identification and the "
           "assessments of other professionals to targets, intervention, the agencies involved and review, with an "
           "account of how the school meets its disability equality duty for that pupil."), space_after=2)
para(doc, ("F2, The Frame (after Heat 6; 2,500 words and a fifteen-minute presentation): a provision map for one "
           "year group with a plan for deploying support staff, presented to the head and a governor."),
     space_after=2)
para(doc, ("F3, The Assembly (end of June; 4,000 words): the report of the improvement the participant has led, "
           "with the baseline and follow-up measures of the pupils involved, the training given to colleagues, "
           "the research drawn on and a review with staff of what worked."), space_after=2)
para(doc, ("FI, the Final Inspection (July): a thirty-minute conversation between the participant, the tutor and a "
           "Kelsham tutor about the Record of Work, the Assembly and the participant's next steps."))
para(doc, ("Every Fitted piece is marked by the participant's tutor against Kelsham's Masters-level criteria. All "
           "fails and borderlines and a one-in-five sample are second-marked by a Kelsham tutor; Kelsham's "
           "moderator samples every piece across tutors; the external examiner sees a sample of all three pieces "
           "and attends the examination board. Before each marking round the tutors meet for a morning to mark "
           "anonymised pieces together and agree the standard."))

# ------------------------------------------------------------------ schedule of components
title("SCHEDULE OF COMPONENTS")
para(doc, "Read with clause 1 of our Terms.", italic=True, size=9)
comps = [
    "ATTRIBUTES",
    ("1", "Treats pupils with SEN and disabilities, and their families, fairly and with respect, and keeps working "
          "relationships with them constructive.", "2, 7", "F1"),
    ("2", "Gets the head, the senior team and colleagues behind better outcomes for pupils with SEN.", "5", "F2"),
    ("3", "Sets priorities, manages time and delegates with care, checking that delegated work is done.", "5", "F2"),
    ("4", "Sees trouble coming, sorts out problems and makes sound judgements on provision.", "8",
     "Forged, not fitted"),
    ("5", "Speaks and writes clearly; listens to and understands others' views.", "9", "FI"),
    ("6", "Brings research and outside advice to bear on own and colleagues' practice.", "8", "F3"),
    ("7", "Keeps up to date and takes charge of own professional development in SEN and disability.", "9", "FI"),
    "KNOWLEDGE",
    ("8", "SEN law and guidance, the Code of Practice first, what they mean for the school, the SENCO and others, "
          "and how to apply them.", "1", "F1"),
    ("9", "Every Child Matters: its principles, its five outcomes and the SENCO's part in them.", "1", "F1"),
    ("10", "Disability equality law and what it requires a school to do for disabled pupils.", "–", "F1"),
    ("11", "How children develop, and how SEN, disability and their surroundings affect development.", "2", "F1"),
    ("12", "The commonest SEN and disabilities (BESD, SpLD including dyslexia, SLCN, autism, MLD) and their effect "
           "on learning.", "2", "F1"),
    ("13", "A critical grasp of approaches, strategies and resources, ICT included, for assessing, planning and "
           "teaching, and how to use them to remove barriers.", "–", "Drawn only"),
    ("14", "Best practice and the findings of research in meeting SEN.", "8", "F3"),
    ("15", "What outside agencies do and how to get specialist support and resources.", "7", "F1"),
    "SKILLS",
    ("16", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and the use of "
           "resources.", "6", "F2"),
    ("17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
           "progress.", "3", "F1"),
    ("18", "Uses other professionals' assessments to shape teaching.", "3", "F1"),
    ("19", "Uses summative assessment, national tests included, to track progress and change programmes.", "3",
     "F3"),
    ("20", "Encourages colleagues to develop formative assessment, thinking about pupils with SEN.", "3",
     "Forged, not fitted"),
    ("21", "Arranges in good time any special arrangements pupils need in national tests and examinations.", "–",
     "Supplied by others"),
    ("22", "Maps and manages provision; finds what is ineffective or missing.", "4", "F2"),
    ("23", "Deploys and manages staff well.", "5", "F2"),
    ("24", "Supports colleagues' professional development: observation and feedback, modelling, coaching, "
           "training.", "5", "F3"),
    ("25", "Reviews with staff how well provision works, for the school's improvement planning.", "6", "F3"),
    ("26", "Makes sure pupils take part in planning and reviewing their own provision.", "–",
     "Supplied by others"),
    ("27", "Liaises with parents and carers.", "7", "Forged, not fitted"),
    ("28", "Works in partnership with other services and agencies, voluntary organisations included.", "7", "F1"),
]
ct = table(doc, len(comps) + 1, 4)
for j, h in enumerate(["Item", "Component (what the participant will be able to do)", "Forged at", "Fitted"]):
    set_cell(ct.cell(0, j), h, bold=True, fill=GREY, size=9)
for i, row in enumerate(comps, 1):
    if isinstance(row, str):
        m = ct.cell(i, 0).merge(ct.cell(i, 3))
        set_cell(m, row, bold=True, size=8.5)
        shade_cell(m, PALE)
    else:
        for j, v in enumerate(row):
            set_cell(ct.cell(i, j), v, size=9)
for row in ct.rows:
    for j, w in enumerate([Cm(1.1), Cm(11.0), Cm(1.6), Cm(2.9)]):
        row.cells[j].width = w
para(doc, "")
tb = para(doc, "")
text_box(tb, [("OUR GUARANTEE", True, False),
              ("We guarantee our work for the life of the role. Every SENCO who completes this commission will have "
               "met every one of the national minimum outcomes.", False, True)], width_pt=420, height_pt=58,
         fill="#EFEDE8")

# ------------------------------------------------------------------ materials and makers
title("MATERIALS")
para(doc, ("The course draws on our experience of what works at the anvil with young people who find school hard, "
           "and on the practice of the SENCOs who teach it. Each participant receives a reading pack: the SEN Code "
           "of Practice (2001), the SEN Toolkit, Hexleigh's SEN Handbook and the Workshop School's own notes, with "
           "Part C on approaches, strategies and resources for assessing and teaching, ICT included."))
para(doc, ("Resources. The Workshop School's SEN library (some 450 titles) and its loan set of assessments "
           "(British Picture Vocabulary Scale, Boxall Profile, WRAT); the Granary ICT bench of ten laptops with "
           "Clicker 5, Dragon NaturallySpeaking, Kurzweil 3000 and switch access, which participants use in Heats "
           "3 and 5 and may borrow for the Assembly; Kelsham University's library and electronic journals through "
           "Athens; and the loan service of Hexleigh's SEN Resource Centre."))
para(doc, ("Specialists. Participants are taught by a senior educational psychologist (Heats 3 and 7), a CAMHS "
           "primary mental health worker (Heat 7), Bramscote Special School's autism outreach teacher (Heat 2) and "
           "a sensory support teacher (Heat 7), and meet the host SENCOs on their placement days."))

title("THE MAKERS")
mk = [("Hannah Scarth", "Director of the Workshop School; programme leader and tutor",
       "SENCO for eleven years at Bramscote Church of England Primary; MA in Inclusive Education (Kelsham, 2003); "
       "OCR Certificate in SpLD; runs the Anvil Days and the council's SEN network for primary SENCOs."),
      ("Dr Imogen Farrant", "Kelsham University module leader; tutor",
       "Principal Lecturer in Special and Inclusive Education; former advisory teacher for SEN; research on the "
       "deployment of teaching assistants."),
      ("Mark Oduya", "Tutor", "SENCO and assistant head, Hexleigh Park School (in post); MEd; NPQH."),
      ("David Penrose", "Master Smith; hosts the forge sessions", "Teaches no Heats and marks no work.")]
mt = table(doc, len(mk) + 1, 3)
for j, h in enumerate(["Name", "Role", "Qualifications and current work"]):
    set_cell(mt.cell(0, j), h, bold=True, fill=GREY, size=9)
for i, row in enumerate(mk, 1):
    for j, v in enumerate(row):
        set_cell(mt.cell(i, j), v, size=9, bold=(j == 0))
para(doc, "")
para(doc, ("Mentors. Each participant chooses a mentor in school, usually a senior colleague, who signs the "
           "Assembly record. Our tutors are all experienced SENCOs or lecturers."))

# ------------------------------------------------------------------ programme and price
title("PROGRAMME")
para(doc, ("There are two starts each year, a September group and a January group. Each Heat can be taken as a "
           "day or as two twilight sessions, and a participant may mix the two. Heats 4 to 8 may be taken in any "
           "order, and a participant may move to the other group for a Heat. Most participants finish within a "
           "school year; a participant may spread the course over two years, part time, keeping the same tutor."))
para(doc, ("Before Heat 1 the Workshop School's director visits each participant's school for an hour (the site "
           "visit) to talk with the participant and the head about the school and what the participant hopes to "
           "get from the course. The tutor uses the site visit notes to agree each participant's Assembly focus "
           "and which specialist sessions and placement tasks to weight, and a participant already strong in a "
           "Heat's subject may use its afternoon for Assembly work with the tutor."))

title("PRICE")
pr = [("Course fee per participant (nine Heats, reading pack, two placement days, tutorials, marking, Final "
       "Inspection, Kelsham registration and lunches)", "£1,380.00"),
      ("Less Hexleigh County Council contribution for Hexleigh schools", "(£690.00)"),
      ("Price to a Hexleigh school", "£690.00"),
      ("Bursaries: two full places each year for participants from schools of fewer than 100 pupils", "no charge")]
pt = table(doc, len(pr) + 2, 2)
h = pt.cell(0, 0).merge(pt.cell(0, 1))
set_cell(h, "PRICE SCHEDULE, 2009-10 (VAT not applicable to education services)", bold=True, color="FFFFFF", size=9)
shade_cell(h, IRON)
for i, (a, b) in enumerate(pr, 1):
    set_cell(pt.cell(i, 0), a, size=9)
    set_cell(pt.cell(i, 1), b, size=9, bold=(i == 3))
f = pt.cell(len(pr) + 1, 0).merge(pt.cell(len(pr) + 1, 1))
set_cell(f, ("Value: the fee is about two thirds of a university's own module fee with supply cover at the "
             "council rate, because teaching is in our own building, tutors are shared with Kelsham, and the "
             "Assembly is done in the participant's school."), size=8.5, italic=True)
shade_cell(f, PALE)
para(doc, "")

title("NOT INCLUDED IN THIS QUOTATION")
for lead, rest in [
        ("Online or e-learning.", " There is none: all teaching is face to face at the forge, on placement or in "
                                  "the participant's own school. Between Heats participants reach their tutor by "
                                  "telephone or email."),
        ("Pupil voice.", " Consulting pupils and involving them in reviewing their own provision is not part of "
                         "this quotation: Hexleigh's Participation Team trains SENCOs in it on its own course, Hear "
                         "by Right in Schools."),
        ("Special arrangements for national tests and examinations.", " Supplied by others: the council's "
                                                                       "assessment officer briefs SENCOs each "
                                                                       "spring."),
        ("School self-evaluation.", " The self-evaluation form and the principles of school self-evaluation belong "
                                    "to Hexleigh's leadership programme and are not covered here."),
        ("Supply cover and travel.", " Met by the school.")]:
    q = para(doc, [("–  " + lead, {"bold": True}), rest], space_after=2)
    q.paragraph_format.left_indent = Cm(0.5)
deleted_paragraph(doc, "Readings and a discussion board for each group will also be available on Kelsham's "
                       "Blackboard site between Heats.", HS, D1)

title("AFTERCARE")
para(doc, ("In Heat 9 each participant drafts a Next Commission: two or three professional targets for the "
           "following year and how to meet them, on our Aftercare sheet, to take to the performance management "
           "review with the head. The tutor's note after the Final Inspection comments on the targets and points "
           "to what might come next, including Kelsham's MA routes and the council's SENCO network. A year after "
           "the award we invite every participant back for an Aftercare Heat to look at how the targets went."))

# ------------------------------------------------------------------ terms and conditions
para(doc, "")
para(doc, "TERMS AND CONDITIONS OF BUSINESS (WORKSHOP SCHOOL EDITION, 2009)", bold=True, size=11, align="center")


def clause(num, head, text):
    return para(doc, [(f"{num}  {head}. ", {"bold": True}), text], space_after=3)


clause("1", "Definitions", "In this quotation and these terms:")
for d in [
        "1.1 \"Heat\" means one taught day, or its two twilight sessions, listed under Making: the Heats.",
        "1.2 \"Component\" means an Item of the Schedule of Components; together they are the national minimum "
        "outcomes in our words.",
        "1.3 \"Forged at\" gives the Heat or Heats in which a Component is made. A dash means the Component is not "
        "made in any Heat.",
        "1.4 \"Fitted\" gives where a Component is marked: F1, F2 or F3 is the Fitted piece in which it is marked; FI "
        "means it is marked at the Final Inspection.",
        "1.5 \"Forged, not fitted\" means the Component is made in a Heat but is not marked in any Fitted piece or at "
        "the Final Inspection.",
        "1.6 \"Drawn only\" means the Component appears in the reading pack; it is not made in a Heat and is not "
        "marked.",
        "1.7 \"Supplied by others\" means the Component is neither made nor marked by us.",
        "1.8 \"Assembly\" means the improvement each participant leads in his or her own school and reports in F3."]:
    q = para(doc, d, space_after=2, size=9.5)
    q.paragraph_format.left_indent = Cm(0.6)
clause("2", "Acceptance of an order", (
    "We accept a participant who is a qualified teacher, holds or has been designated to the SENCO role, and is "
    "nominated by the head on our order form, which commits the school to release for every Heat and to the "
    "Assembly. The director's site visit checks the applicant's teaching experience and role; an applicant who "
    "does not yet have the experience to benefit (for example fewer than two years' teaching, or no designated "
    "SENCO role) is told so in writing with what to do first, usually the council's SEN Foundation modules, and "
    "we agree a later start with the head."))
p = clause("3", "Safeguarding", (
    "Every smith, tutor and visitor who works with young people at the forge holds an enhanced CRB disclosure, "
    "renewed every three years, and the forge keeps a single central record of them."))
doc.add_comment(p.runs[-1:], text=("Hannah, Kelsham's partnership office asks how you check the participants' own "
                                   "CRB disclosures. Can we add a line?"), author=IF, initials="IF")
clause("4", "Equality", (
    "Tallow Cross Forge complies with the Disability Discrimination Act and welcomes every participant. Our Anvil "
    "Days for young people are risk-assessed for each pupil, and pupils with physical disabilities work at the low "
    "forge with a support smith."))
clause("5", "Work already done", (
    "5.1 A participant who holds Masters-level credit in SEN gained in the last five years may claim it through "
    "Kelsham University's accreditation of prior learning procedure, up to one third of the module's credit. "
    "5.2 A participant may instead claim credit for experience by portfolio, mapped against the Schedule of "
    "Components and assessed by a Kelsham tutor. 5.3 The Fitted pieces a participant must complete are reduced to "
    "match the credit awarded, and the tutor records which Components the claim has covered."))
clause("6", "Inspection", (
    "6.1 Fitted pieces are marked as described under Fitting. 6.2 A piece that fails may be reworked and "
    "resubmitted once within eight weeks."))
inserted_paragraph(doc, [("6.3 Inspection without making. ", {"bold": True}),
                         ("In exceptional cases an experienced teacher (for example from the council's Learning "
                          "Support Service) who can already show every Component may ask to go straight to the three "
                          "Fitted pieces and the Final Inspection without attending the Heats, on the same standards "
                          "and with the same moderation. The director and Kelsham's module leader decide each "
                          "request after an interview; the fee is £450.")], HS, D3)
clause("7", "The award", (
    "A participant is awarded the credit and the National Award for SEN Coordination only when each of the three "
    "Fitted pieces has passed and the Final Inspection has passed. Marks are not averaged: a piece that fails must "
    "be reworked, and no piece can make up for another."))
p = clause("8", "Quality", (
    "8.1 We ask every participant to fill in our evaluation card at the end of each Heat, as we do after every "
    "commission, and we read every card ourselves. 8.2 Each participant takes baseline measures for the pupils in "
    "the Assembly (reading or spelling ages, P levels, attendance or the Boxall Profile) and measures again after "
    "at least twelve weeks; F3 reports the change, and we collect the measures from every participant each year "
    "and report the group's gains to Kelsham and the council. 8.3 Participants complete a confidence scale on the "
    "SENCO role at Heat 1 and Heat 9 and rate themselves against every Component at both points. 8.4 We would "
    "like, in time, to ask heads and the Parent Partnership Service to help us evaluate the course."))
doc.add_comment(p.runs[-1:], text=("Kelsham will put two heads on the Course Committee that reviews the evaluations "
                                   "from 2010. Add?"), author=IF, initials="IF")
clause("9", "Cancellation and transfer", (
    "A school may transfer a place to another teacher before Heat 1 at no charge. After Heat 1 the fee is payable "
    "in full, but a participant who has to stop may rejoin the next group without a further fee."))
clause("10", "Complaints and appeals", (
    "Complaints go first to the director; academic appeals follow Kelsham University's regulations."))
clause("11", "Payment", "Invoices are raised in October (September group) or February (January group), payable in "
                        "thirty days.")
clause("12", "Law", "These terms are governed by the law of England and Wales.")

# ------------------------------------------------------------------ acceptance slip
para(doc, "")
para(doc, "ACCEPTANCE", bold=True, shade=GREY)
para(doc, ("We accept quotation Q/09/014 on the terms above and nominate the participant named below."))
ac = table(doc, 4, 2)
for i, (a, b) in enumerate([("School", "[Name of school]"), ("Participant", "[Name of participant]"),
                            ("Head's signature", "[Signed]"), ("Date", "[Date]")]):
    set_cell(ac.cell(i, 0), a, bold=True, fill=PALE)
    set_cell(ac.cell(i, 1), b)

fn.install(doc)
doc.save(OUT)
print("wrote", OUT)
