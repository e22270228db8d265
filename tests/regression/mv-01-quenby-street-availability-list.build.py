"""mv-01-quenby-street-availability-list: build script.

Provider (invented): The School of Floristry at Quenby Street Flower Market (a wholesale flower market), with the
University of Mardle Heath (Faculty of Education), which has validated the course as its Postgraduate Certificate in
Special Educational Needs Coordination. Partner councils: Quenby City Council and Lowfield Borough Council. Season
starting January 2009.

Document kind and layout: the school's own "Weekly Availability & Price List" (Week 46, Monday 10 November 2008), the
list it faxes and posts to its account holders every Monday, sent to the panel as a "panel edition" whose one
product is the Award. House vocabulary: participants are "Buyers" on account, heads sign the "account form", the
in-school mentor is the Buyer's "Porter", tutors are "Floor Tutors", guest specialists are "guest growers", study
days are "Market Mornings" (MM1-MM8) in the "Seed Loft", modules are three "Halls" (SENC701-703), formative tasks
are "Conditioning tasks", the three marked assignments are "Gradings" (G1 The Stock-Take, G2 The Arrangement, G3
The Stand), prior learning is "part-exchange", the award is "settling the account", the pilot was "the trial
boxes", the outcome list is the "Standing Order Sheet". Each line of a Hall list has a Status (IN, SHORT, DUE,
PRE-ORDER ONLY, FINISHED).

Word structure: no heading styles (titles are bold capital Normal paragraphs on grey shading); a bordered, shaded
note to the panel; a page header (stand, phone, fax, week) and a footer with a PAGE field and a CRB claim; a
floating VML text box ("TIP OF THE WEEK") holding a blanket claim; the status key ("HOW TO READ THIS LIST") far
above the tables it keys, including the meaning of "Conditioning only" and "Not landed" in the Standing Order
Sheet; three Hall tables with merged, shaded title rows; a Gradings table; a staff table; the Standing Order Sheet
with merged, shaded group rows (Attributes / Knowledge / Skills); numbered Terms of Trade; one footnote; tracked
changes (a deleted whole paragraph, a change inside a table cell, an inserted sentence); two Word comments.

Traps (requirement ids):
- The footer says "All floor staff CRB checked": footers are never evidence, and it is about staff (5.3).
- Term 2 says the school does not ask for disclosure details and "we take it that schools have done whatever checks
  their staff need": someone else's responsibility; the only CRB checks described are for the market's Saturday
  Bunch Club for children (wrong context). A comment suggests asking heads to confirm (comment, not evidence).
  5.3 not_met.
- Pupil voice: line 2.6 "Asking the children" is FINISHED (ran in the pilot only); the Standing Order Sheet has 6.S7
  "Not landed". A comment proposes saying pupil interviews happen in G2 (comment, not evidence). 1.5 and 6.S7
  not_met.
- Term 5 says there is no "straight to Grading" route (negation). 2.3 not_met.
- Access arrangements for tests and examinations, line 3.9, are DUE "from the 2010 season" (a plan); the sheet says
  "Not landed". 6.S2d not_met.
- A Thursday repeat of each Morning exists only in a deleted tracked paragraph; the surviving Term 6 has one season a
  year, Mornings in order on Wednesdays in one place; a neighbouring college's online course is another provider's
  arrangement. 3.2 partially_met (credit banked by Hall and catch-up only).
- Term 6 says there is no online part; phone and fax are not e-learning. 3.3 not_applicable.
- Research is only "the freshest reading we can find", nothing named (1.3 partially_met).
- Parents: line 2.7 is SHORT, one hour's talk, with a Conditioning task (1.7 partially_met; 6.S8 landed but
  "Conditioning only", partially_met). 6.A1 is graded in G2 (met).
- Stock Check before Morning 1 is read by tutors "so they know the room": a needs assessment with no individual
  training plan or personalised outcomes (2.2 partially_met).
- Guest growers are real, but visits to a special school and a PRU are "PRE-ORDER ONLY" (condition) (5.5
  partially_met).
- ICT / assistive technology only hoped for "when we can find the money" (5.6 partially_met).
- Heads' part in evaluation is only a wish ("We would like heads to tell us ... if they can find the time"), but the
  councils' advisers and Buyers' representatives sit on the July Season Review and council staff are guest growers,
  so 4.3 is met all the same (a hope beside a real arrangement).
- Pupils' achievement only hoped for ("we hope to hear from schools a year on"); confidence is measured (5.9
  partially_met).
- The award rule allows compensation between Gradings (6.0 partially_met), and the sheet leaves outcomes unmarked
  (1.9 partially_met) in spite of the text box's blanket claim that every outcome is graded.
- Outcomes worked on but "Conditioning only" (developed, not marked): 6.A3, 6.A7, 6.K3, 6.S2c, 6.S8 (partially_met).
- Outcome graded but not landed at any Morning ("-" in Landed at): 6.K7 (partially_met).
- A tracked change in a cell moves 6.S2b from "Conditioning only" to "G3" (met: the inserted text counts).
- An inserted sentence adds the external examiner and Exam Board to moderation (5.8 met either way).
- The Head of School's floristry qualifications are the right words about the wrong thing (5.4 is met by the
  SEN staff listed beside her).
- "Shadowing the council's SEN casework officer" is FINISHED (past arrangement; affects nothing that is met).

Expected verdicts: 40 met, 15 partially_met, 5 not_met, 1 not_applicable (3.3).
"""
from pathlib import Path
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mv_helpers import (run, ins, dele, mark_paragraph, deleted_paragraph, shade, shade_paragraph,
                         border_paragraph, cell_text, text_box, Footnotes, field, set_col_widths, word_count)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
TM, HV, DA = "Tom Mallinder", "Hilary Venn", "Doreen Ashworth"
D1, D2 = "2008-11-06T16:20:00Z", "2008-11-07T09:05:00Z"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin = Cm(2.2)
sec.bottom_margin = Cm(2.0)

# header and footer
hp = sec.header.paragraphs[0]
run(hp, "QUENBY STREET FLOWER MARKET · THE SCHOOL OF FLORISTRY · Stand 41, Hall 2 · Order line 0163 552 0417 · "
        "Fax 0163 552 0418", size=8)
hp2 = sec.header.add_paragraph()
run(hp2, "AVAILABILITY WEEK 46 · PANEL EDITION", bold=True, size=8)
fp = sec.footer.paragraphs[0]
run(fp, "All prices ex VAT and subject to availability. E&OE. All floor staff CRB checked. Page ", size=8)
field(fp, "PAGE")

fn = Footnotes(doc)


def title(text, fill="D9D9D9", size=11):
    p = doc.add_paragraph()
    run(p, text, bold=True, size=size)
    shade_paragraph(p, fill)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    return p


def para(text, bold_lead=None, italic=False):
    p = doc.add_paragraph()
    if bold_lead:
        run(p, bold_lead + " ", bold=True)
    run(p, text, italic=italic)
    p.paragraph_format.space_after = Pt(4)
    return p


def dash(text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    run(p, "– ")
    if lead:
        run(p, lead + " ", bold=True)
    run(p, text)
    p.paragraph_format.space_after = Pt(2)
    return p


# ---------------------------------------------------------------- masthead
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "QUENBY STREET FLOWER MARKET", bold=True, size=18)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "THE SCHOOL OF FLORISTRY", bold=True, size=14)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "AVAILABILITY & PRICE LIST · WEEK 46 · MONDAY 10 NOVEMBER 2008", bold=True, size=11)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "Panel edition: the National Award for SEN Coordination, season starting January 2009", italic=True)

p = doc.add_paragraph()
run(p, "For the TDA approval panel. ", bold=True)
run(p, "Every Monday at five in the morning our list goes out by fax and post to about nine hundred account "
       "holders: shop florists, hotel and event buyers, and our own students. This week's list carries one product "
       "only: the Award we will run with the University of Mardle Heath from January 2009. We have kept our usual "
       "layout because it is how the School writes everything, and our tutors and buyers know how to read it. The "
       "Market Notes, the Terms of Trade, the three Hall lists, the Gradings and the Standing Order Sheet together "
       "are our application. Ring Stand 41 with any query. Doreen Ashworth, Head of School.")
shade_paragraph(p, "F2F2F2")
border_paragraph(p)

# ---------------------------------------------------------------- market notes
title("MARKET NOTES")
para("Good morning all. Chrysanths are up ten pence a bunch again, the Dutch lorries were late on Thursday because "
     "of fog at the Hook, and the holly has come in early. None of that is on this list. This list is about the "
     "teachers.")
para("The School of Floristry has trained florists on the gallery above Hall 2 since 1987. Since 2005 we have also "
     "run short courses for the teachers of Quenby and Lowfield, because a good number of our Saturday students "
     "turned out to be teaching assistants and SENCOs, and because the two councils asked us to host their SEN "
     "network meetings in the Seed Loft when the trading floor is quiet. From January 2009 we will run the National "
     "Award for SEN Coordination in partnership with the University of Mardle Heath.")
p = para("The University of Mardle Heath validated the Award as its Postgraduate Certificate in Special Educational "
         "Needs Coordination at a validation event on 22 October 2008. The University's Faculty of Education "
         "registers every Buyer as a student of the University, keeps the marks, runs the Exam Board and confers "
         "the award. The Award carries 60 credits at Master's level (M level).")
fn.ref(p, "20 credits for each Hall; each Hall is a University module: SENC701, SENC702 and SENC703.")
para("What we are selling, in one line: a new SENCO who leaves us able to raise the achievement of the children with "
     "special educational needs and disabilities in their school, and to improve their well-being, in all five "
     "Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being), not only in test results. That aim is printed at the top of "
     "every Hall list and every Grading brief, and each Grading is marked on what changed for children, in at least "
     "one of the well-being outcomes as well as in their learning.")
para("The Buyer's own school is the shop floor for the whole season. Between Mornings every Buyer does a "
     "Conditioning task in school, linked to the lines of the Standing Order Sheet, and brings it back to the next "
     "Morning for feedback. All three Gradings are done in the Buyer's own school: G2 is an intervention the Buyer "
     "plans, carries out and reviews with a group of children, and G3 is a change to the school's SEN provision that "
     "the Buyer leads through the year and presents to their head or governors, with evidence of what changed in "
     "the school's practice.")
para("Our floor tutors keep the reading fresh: every Hall comes with the freshest reading we can find, and the "
     "reading packs are changed each season.")

p = doc.add_paragraph()
text_box(p, [("TIP OF THE WEEK", True, False),
             ("Every one of the national outcomes is on our Standing Order Sheet and every one is graded somewhere "
              "in the three Gradings. Nothing is left in the bucket. Tom, Floor Tutor", False, True)],
         height_pt=60, fill="FFF2CC")

# ---------------------------------------------------------------- key
title("HOW TO READ THIS LIST")
para("Each Hall list is a set of lines. Every line shows what is in the box, who grows it (the tutor or guest who "
     "leads it), the pack (when and how long) and its status. The status words are the ones we use on the market "
     "list every week:")
dash("on this season's list and running as described.", "IN")
dash("on the list but short: a part of a Morning only, as the line says.", "SHORT")
dash("not on this season's list; expected in a later season.", "DUE")
dash("runs only if enough Buyers order it in advance, as the line says.", "PRE-ORDER ONLY")
dash("ran in the trial boxes (the 2007-08 pilot) and is not on this season's list.", "FINISHED")
para("The Standing Order Sheet at the back of this list has two columns that matter. \"Landed at\" gives the Market "
     "Morning where the line is taught and worked on. \"Graded at\" gives the Grading (G1, G2 or G3) in which it is "
     "marked. Where \"Graded at\" says \"Conditioning only\", the line is practised in a Conditioning task and the "
     "Buyer gets written feedback from their Floor Tutor, but it is not marked in any Grading. Where a line says "
     "\"Not landed\", it is not part of this season's Award. A dash means nothing is arranged in that column.")

# ---------------------------------------------------------------- why the list looks like this
title("WHY THIS LIST LOOKS LIKE IT DOES")
para("In March and April 2008 we sent a questionnaire to every SENCO in Quenby and Lowfield schools (46 of 71 "
     "replied), held two evenings for heads in the Market Café (23 heads came), and met the SEN teams of both "
     "councils. What they told us:")
dash("Fridays are the worst day to be out of school, and whole days out are hard to cover; a morning that finishes "
     "by half past three is easier.")
dash("New SENCOs are most stuck on managing teaching assistants and on provision mapping.")
dash("Heads want the SENCO's coursework aimed at their own school's improvement plan, not at an essay for the "
     "shelf.")
dash("SENCOs want fewer long essays and more work they can use in school on Monday.")
para("What we changed because of it: Mornings moved from Fridays (as they were in the trial boxes) to Wednesdays; "
     "provision mapping got a Morning of its own (Morning 6) and staffing got a line of its own (line 3.4); G3 "
     "changed from a 6,000-word essay to a presentation to the head or governors with a short commentary; and Jean "
     "Pickles, the Lowfield SEN adviser, sat on the group that drew up this list. The councils' specialist "
     "teachers and the educational psychology service come in as guest growers on Mornings 4 and 5.")

title("CHANGES SINCE THE TRIAL BOXES")
para("Fourteen SENCOs from Quenby and Lowfield schools took the trial boxes in 2007-08 (unaccredited, six Friday "
     "Mornings). Their slips and the tutors' notes gave us these changes:")
dash("Slips said the law Morning was \"too much in one go\": it is now split between Morning 2 (the Code and the "
     "law) and a Conditioning task on the school's own policy.")
dash("Tutors found the essays were not used in school: all three Gradings are now school-based.")
dash("Porters were added because three pilot SENCOs said nobody at school knew what they were doing on the course.")
dash("The trial boxes' shadowing of the council's casework officer is finished (see line 1.7).")

# ---------------------------------------------------------------- terms of trade
title("TERMS OF TRADE")
para("These terms apply to every Buyer on the Award. They are printed on the back of the account form.")
para("To open an account a Buyer must be a qualified teacher, be the SENCO of their school or be named by their head "
     "to become SENCO within the year, and have their head sign the account form agreeing to release them for the "
     "eight Mornings and to act, or name a senior colleague to act, as their Porter. Every applicant then has a "
     "twenty-minute phone conversation with a Floor Tutor, who goes through the Stock Check with them. Where the "
     "Floor Tutor thinks an applicant would not yet manage the Award, we tell them what to do first (usually the "
     "councils' SEN Network Saturdays and the reading on our starter sheet), ring their head to agree it, and offer "
     "a place the season after. Before Morning 1 every Buyer fills in the Stock Check, rating themselves from 1 to 4 "
     "against each line of the Standing Order Sheet, and sends it back with the account form. Floor tutors read the "
     "stock checks before the first Morning so they know the room.", bold_lead="1. Opening an account.")
p = para("Buyers are employed teachers in their schools, so we take it that schools have done whatever checks their "
         "staff need; we do not ask for disclosure details on the account form. Everyone who works on our Saturday "
         "Bunch Club for children holds an enhanced CRB disclosure, renewed every three years.",
         bold_lead="2. Checks.")
doc.add_comment(p.runs[1], text="Should we ask heads to confirm each Buyer's CRB on the account form? HV",
                author=HV, initials="HV")
para("The Seed Loft is reached by the goods lift as well as the stairs, and the lift is kept free for Buyers from "
     "9.00 on Mornings. The account form asks every Buyer whether they have a disability or any need we should plan "
     "for, and says why we ask. The answer goes only to the Head of School, who agrees adjustments with the Buyer "
     "before Morning 1: the hearing loop, papers in large print or on coloured paper, a parking bay by the Hall 2 "
     "gate, rest breaks, and extra time or a different format for a Grading, agreed with the University's "
     "disability office. Disability information is never used in deciding who is accepted. This list is printed "
     "in 12-point type and we will send it in any format asked for.", bold_lead="3. Access.")
para("A Buyer who holds M-level credit in SEN from the last five years may bring it in against Hall 1 (up to 20 "
     "credits) under the University's regulations for accredited prior certificated learning. A Buyer with long "
     "experience but no credit may claim Hall 1 or Hall 2 through a portfolio of experience mapped to that Hall's "
     "lines on the Standing Order Sheet, assessed by a Floor Tutor and confirmed by the University's APEL panel. "
     "A Hall bought by part-exchange costs £120 instead of £550.", bold_lead="4. Part-exchange.")
para("There is no \"straight to Grading\" route this season: every Buyer attends the Mornings, whatever their "
     "experience. Experience is credited through part-exchange (term 4), not by skipping the Mornings.",
     bold_lead="5. No straight-to-Grading.")
para("One season a year, starting in January; the Mornings run in order, on Wednesdays, in the Seed Loft. Credit is "
     "banked Hall by Hall, so a Buyer who has to stop after a Hall can pick up the next Hall in the following season "
     "without losing what they have done. A Buyer who misses a Morning catches up from the Morning pack and a "
     "Stand Tutorial. There is no online part to the Award: nothing is bought or taught on a website. Packs are on "
     "paper, and Buyers reach their Floor Tutor on the order line or by fax.", bold_lead="6. Season.")
deleted_paragraph(doc, "A Thursday repeat of each Morning, for Buyers who cannot get Wednesdays, is DUE from "
                       "September 2009, and Buyers will be able to mix Wednesdays and Thursdays.", TM, D1)
para("Our neighbours at Lowfield Growers' College offer a distance-learning SENCO course online; Buyers who need "
     "that can ask us for their number.")
para("£1,650 for the three Halls, including the University's registration fee, invoiced to the school in three "
     "parts. Quenby City Council and Lowfield Borough Council pay half for their own schools' SENCOs from their SEN "
     "training budgets. Mornings are held in our own Seed Loft, so there is no room hire in the price. Each Buyer "
     "chooses the children and the focus for G2 and the change for G3 with their Porter, so the work is their own "
     "school's work, and the three one-to-one Stand Tutorials (forty minutes each, after Mornings 2, 5 and 7) are "
     "spent on whatever the Buyer brings. The Halls build one on the other, from the rules of the floor to running "
     "the stand.", bold_lead="7. Price.")
para("The University awards the Postgraduate Certificate when a Buyer has passed all three Gradings. The pass mark "
     "is 50 for each Grading; a mark of 40 to 49 in one Grading may be compensated by the other two where the "
     "average of the three is 50 or more, under the University's regulations.",
     bold_lead="8. Settling the account (the award).")
para("At Morning 8 each Buyer writes a next season's order: three professional targets for the year after the "
     "Award, and the training they will need for each. They take it to their head at their performance management "
     "meeting, and we give each Buyer the University's leaflet on the MA in Inclusive Education, into which the 60 "
     "credits carry.", bold_lead="9. Next season's order.")
para("Complaints and appeals go through the University's procedures; the Head of School will first try to sort "
     "any problem out on the floor.", bold_lead="10. Complaints.")

# ---------------------------------------------------------------- halls
HALLS = [
    ("HALL 1 · THE RULES OF THE FLOOR · SENC701 · 20 credits · Mornings 1 to 3 · graded by G1 The Stock-Take", [
        ("1.1", "The SENCO's week. What a SENCO is for; what to do first, what to hand on and to whom. "
                "Conditioning task: keep a diary of a week and bring it back for feedback.",
         "Hilary Venn", "MM1, 14 Jan, 9.30-12.30", "IN"),
        ("1.2", "Porters' hour. Heads and the senior colleagues who will act as Porters meet the Floor Tutors and "
                "go through the Porter's Card.", "Doreen Ashworth, Hilary Venn", "MM1, 12.30-1.30", "IN"),
        ("1.3", "The Code and the law. The SEN Code of Practice (2001) and its graduated response (School Action, "
                "School Action Plus, statements), Part IV of the Education Act 1996 as amended by SENDA 2001, and "
                "the 2008 regulations on SENCOs: what each means for the school, the SENCO, governors and the "
                "council, and how to put them into practice.", "Jean Pickles", "MM2, 4 Feb, morning", "IN"),
        ("1.4", "Every Child Matters. The five outcomes, the Children Act 2004, and what the SENCO does to help "
                "children with SEN reach them.", "Hilary Venn", "MM2, afternoon", "IN"),
        ("1.5", "Disability equality. The Disability Discrimination Acts of 1995 and 2005, the disability equality "
                "duty, the school's Disability Equality Scheme and accessibility plan. Conditioning task: check "
                "your school's accessibility plan against the duty.", "Lowfield disability equality officer",
         "MM2, last hour", "SHORT"),
        ("1.6", "What works. Reading research critically and using it in your own school; what is known about good "
                "practice for children with SEN; when and where to get outside advice, and how to use it with "
                "colleagues.", "Hilary Venn", "MM3, 4 Mar", "IN"),
        ("1.7", "Shadowing the council's SEN casework officer for a morning.", "Quenby SEN team", "-",
         "FINISHED"),
    ]),
    ("HALL 2 · STOCK AND GRADING · SENC702 · 20 credits · Mornings 4 and 5 · graded by G2 The Arrangement", [
        ("2.1", "Knowing your stock. How children develop and how SEN, disability and the physical and social "
                "setting of learning shape it; the common needs (behavioural, emotional and social difficulties, "
                "specific learning difficulties including dyslexia, speech, language and communication needs, "
                "autistic spectrum disorders, moderate learning difficulties) and what each does to learning.",
         "Hilary Venn with the councils' specialist teachers", "MM4, 25 Mar, morning", "IN"),
        ("2.2", "Finding the children. Spotting pupils who may have SEN or a disability from observation, data and "
                "assessment; setting targets that stretch; planning interventions that remove barriers; "
                "reviewing progress.", "Hilary Venn", "MM4, afternoon", "IN"),
        ("2.3", "The sundries table. Approaches, strategies and resources for assessment, planning, teaching and "
                "learning, ICT included (talking word processors, symbol software, visual timetables), tried out "
                "and judged for what they do for the child.", "Councils' specialist teachers", "MM4, afternoon",
         "IN"),
        ("2.4", "Guest growers. Using the assessments of the educational psychologist, the speech and language "
                "therapist and the specialist teachers to decide how a child is taught.",
         "Sunita Rao (EP), Lowfield SALT team", "MM5, 29 Apr, morning", "IN"),
        ("2.5", "The agencies' market. Stalls from health, social care, Connexions and the voluntary sector "
                "(Lowfield Autism Parents' Group, the local dyslexia association): who does what, how to get "
                "their help, and how to plan work with them round a child.", "Guests", "MM5, late morning", "IN"),
        ("2.6", "Asking the children. Ran in the trial boxes as a Morning with the pupil council of Marlow Road "
                "School.", "-", "-", "FINISHED"),
        ("2.7", "Parents and carers. One hour at the end of Morning 5: what parents tell the Parent Partnership "
                "Service about schools. Conditioning task: write up one conversation with a parent for feedback.",
         "Quenby Parent Partnership Service", "MM5, 2.30-3.30", "SHORT"),
        ("2.8", "Relationships. Building fair, respectful and steady relationships with children with SEN and with "
                "their families, including when things go wrong.", "Tom Mallinder", "MM5, afternoon", "IN"),
        ("2.9", "Visits to Marlow Road Special School and the Lowfield pupil referral unit, if eight or more Buyers "
                "ask for them by Morning 3.", "Host schools", "a Wednesday in May", "PRE-ORDER ONLY"),
    ]),
    ("HALL 3 · RUNNING THE STAND · SENC703 · 20 credits · Mornings 6 to 8 · graded by G3 The Stand", [
        ("3.1", "Provision mapping. Mapping and costing what the school provides, and finding what is missing or "
                "not working.", "Tom Mallinder", "MM6, 3 Jun, morning", "IN"),
        ("3.2", "Reading the data. Teacher assessment, P scales, optional tests and the Key Stage tests, used to "
                "track progress and change a child's programme; weighing the evidence and making a sound "
                "decision about provision.", "Hilary Venn", "MM6, afternoon", "IN"),
        ("3.3", "Is it working? Reviewing with colleagues how well the school's provision is working, and feeding "
                "what you find into the school's plans.", "Tom Mallinder", "MM6, afternoon", "IN"),
        ("3.4", "Staffing the stand. Deploying and managing teaching assistants and other staff round the children "
                "who need them.", "Tom Mallinder", "MM7, 1 Jul, morning", "IN"),
        ("3.5", "Working with colleagues in school and beyond it. Advising and supporting class teachers; "
                "observing, giving feedback, coaching and modelling; running a staff training session; working "
                "with the cluster SENCO network and colleagues in other schools; getting the head and the senior "
                "team behind the work.", "Tom Mallinder, Jean Pickles", "MM7, late morning", "IN"),
        ("3.6", "Assessment for learning with SEN in mind. Helping colleagues use formative assessment with "
                "children with SEN. Conditioning task only.", "Hilary Venn", "MM7, 2.30-3.30", "SHORT"),
        ("3.7", "Governors and strategy. Working with the head and governors on an inclusive ethos, the SEN "
                "policy, priorities and the use of resources.", "Jean Pickles", "MM7, afternoon", "IN"),
        ("3.8", "Season's end. G3 presentations to the group; next season's order (term 9).",
         "All Floor Tutors", "MM8, 4 Nov", "IN"),
        ("3.9", "Access arrangements for tests and examinations.", "-", "from the 2010 season", "DUE"),
    ]),
]

for hall_title, lines in HALLS:
    doc.add_paragraph()
    t = doc.add_table(rows=2 + len(lines), cols=5)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 4))
    cell_text(top, hall_title, bold=True, fill="BFBFBF")
    for j, h in enumerate(["Line", "What's in the box", "Grower", "Pack", "Status"]):
        cell_text(t.cell(1, j), h, bold=True, fill="E7E6E6", size=9)
    for i, (code, what, grower, pack, status) in enumerate(lines, start=2):
        for j, v in enumerate([code, what, grower, pack, status]):
            cell_text(t.cell(i, j), v, size=9, bold=(j == 4))
    set_col_widths(t, [1.1, 9.2, 3.2, 2.6, 2.0])

# the comment on the FINISHED pupil-voice line
hall2 = doc.tables[1]
c = hall2.cell(7, 1)
doc.add_comment(c.paragraphs[0].runs[0],
                text="Doreen, can we say pupil interviews happen inside G2 anyway? Most of them did it in the pilot. TM",
                author=TM, initials="TM")

# ---------------------------------------------------------------- gradings
title("THE GRADINGS")
para("There are three Gradings, one for each Hall. Each comes with a brief, the University's M-level criteria and a "
     "date. The Buyer's Porter signs a witness statement for G2 and G3 to say the work was done in school.")
t = doc.add_table(rows=4, cols=4)
t.style = "Table Grid"
rows = [
    ("Grading", "What the Buyer does", "Size", "Hand-in"),
    ("G1 The Stock-Take", "An audit of how the Buyer's school meets the SEN Code of Practice and the law, and of its "
     "work for children with SEN across the five Every Child Matters outcomes, set against what the school's "
     "self-evaluation form says about SEN; with an action list for the head.", "4,000 words", "1 April 2009"),
    ("G2 The Arrangement", "Plan, carry out and review an intervention for a small group of children in the Buyer's "
     "school over at least eight weeks: how the children were found, what the professionals' assessments said, "
     "the research the Buyer drew on, the targets, the approaches and resources used, the agencies and families "
     "worked with, how the Buyer built the relationship with the children and their families, and what changed "
     "for the children in their learning and well-being.", "5,000 words", "17 June 2009"),
    ("G3 The Stand", "The school's provision map, and a twenty-minute presentation to the head, or to governors, on "
     "one change in SEN provision the Buyer has led this year: the data behind it, how staff were deployed and "
     "how colleagues were coached and supported, what the Buyer decided and why, and how the head and governors "
     "were brought behind it; then a 2,000-word commentary on the presentation and the questions asked.",
     "Presentation and 2,000 words", "18 November 2009"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0 or j == 0), size=9, fill=("E7E6E6" if i == 0 else None))
set_col_widths(t, [3.0, 10.0, 2.6, 2.4])

# ---------------------------------------------------------------- staff
title("ON THE FLOOR")
t = doc.add_table(rows=6, cols=3)
t.style = "Table Grid"
rows = [
    ("Who", "Does what on the Award", "Background"),
    ("Doreen Ashworth", "Head of School; runs the Seed Loft, the accounts and Buyers' access needs",
     "Master Florist; NDSF and the Society of Floristry's Fellowship; judges at the county show"),
    ("Dr Hilary Venn", "Programme leader; leads Halls 1 and 2", "Senior lecturer in inclusive education at the "
     "University of Mardle Heath; SENCO in two Quenby primary schools for eleven years; MA in Special and Inclusive "
     "Education; EdD on SENCOs' use of pupil data (2006)"),
    ("Tom Mallinder", "Floor Tutor; leads Hall 3", "Head of Marlow Road Special School until 2007; NPQH; "
     "Advanced Diploma in SEN; now works three days a week with schools in both councils on provision mapping"),
    ("Jean Pickles", "Guest grower, Mornings 2 and 7; sat on the design group", "Lowfield Borough Council SEN "
     "adviser; former SENCO and specialist teacher for SpLD"),
    ("Sunita Rao", "Guest grower, Morning 5", "Educational psychologist, Quenby City Council"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=9, fill=("E7E6E6" if i == 0 else None))
set_col_widths(t, [3.2, 6.0, 8.8])
para("Every Floor Tutor who teaches or marks on the Award has been a SENCO or has led SEN work for a council within "
     "the last three years, and spends at least five days a year working in schools. Floor Tutors meet for a Floor "
     "Briefing before each Hall opens to go through the Hall's lines, its Conditioning tasks and its Grading brief "
     "and criteria, and new Floor Tutors shadow a whole Hall before they lead one. Porters get the Porter's Card, a "
     "two-page guide to what a Porter does each term (release for Mornings, a half-termly meeting with the Buyer, "
     "signing the witness statements for G2 and G3), and they come to the Porters' hour on Morning 1.")

title("GUEST GROWERS AND THE SEED LOFT")
para("The councils' specialist teachers for autism, hearing impairment and specific learning difficulties, a speech "
     "and language therapist from the Lowfield team and an educational psychologist come in as guest growers on "
     "Mornings 4 and 5, and the agencies' market (line 2.5) brings the services to the Seed Loft for a morning. "
     "Visits to a special school and a pupil referral unit are on the list as PRE-ORDER ONLY (line 2.9).")
para("The Seed Loft seats twenty-four, with a projector, a hearing loop and our loan library of about three hundred "
     "SEN books and assessment kits (the Porter's Trolley), which Buyers may borrow for a month. Buyers use the "
     "University of Mardle Heath's library and its online journals with their student card. Assistive technology: "
     "we are hoping to set up a corner of the Seed Loft with some of the software schools use, when we can find the "
     "money.")

# ---------------------------------------------------------------- quality
title("HOW WE CHECK THE STOCK")
para("Every Morning ends with a Buyer's slip: what worked, what didn't, what we should change. The Head of School "
     "reads the slips the same week and the Floor Tutors see them at the next Floor Briefing. At the end of each "
     "Hall the University's module questionnaire goes to every Buyer. The University appoints an external examiner, "
     "whose report each year goes to the programme leader and the Faculty; the programme leader writes the "
     "University's annual monitoring report on the Award and takes it to the Faculty's Academic Standards Committee. "
     "In July a Season Review brings together the Floor Tutors, two Buyers' representatives and the two councils' "
     "advisers to look at the slips, the questionnaires, the marks and the examiner's report and decide what comes "
     "off the list and what goes on for the next season. Changes go into the next season's list with a note, as "
     "\"Changes since the trial boxes\" shows above.")
p = para("Every Grading is marked by the Buyer's Floor Tutor against the Grading brief and the University's M-level "
         "criteria. A second Floor Tutor blind-marks every fail and one in four of the rest, and the University's "
         "Faculty moderates a sample from each Hall. ")
ins(p, "The external examiner sees all fails and a sample of the rest, and attends the Exam Board in December.",
    HV, D2)
para("At Morning 1 and again at Morning 8 each Buyer rates their confidence on every line of the Standing Order "
     "Sheet from 1 to 4, and we report the change for the season at the Season Review and in the annual monitoring "
     "report. As for the children, we hope to hear from schools a year on whether the children are doing better.")
para("We would like heads to tell us at the end of the season whether their SENCO is doing the job better, if they "
     "can find the time.")

# ---------------------------------------------------------------- standing order sheet
title("STANDING ORDER SHEET · THE NATIONAL OUTCOMES IN OUR WORDS")
para("One line for each of the national minimum outcomes, with the TDA's reference. Read \"Landed at\" and "
     "\"Graded at\" as set out under How to read this list.")

SHEET = [
    ("ATTRIBUTES", None),
    ("A1", "Build fair, respectful, steady relationships with children with SEN and with their families", "MM5",
     "G2"),
    ("A2", "Bring the head, the senior team and colleagues behind the work for children with SEN", "MM7", "G3"),
    ("A3", "Sort the week: put first things first, manage time, hand tasks on and check they are done", "MM1",
     "Conditioning only"),
    ("A4", "See trouble coming, sort it out, and make sound decisions about provision", "MM6", "G3"),
    ("A5", "Say and write things clearly; listen to others and understand their view", "MM1 to MM8", "G3"),
    ("A6", "Use research and outside advice to improve your own and colleagues' teaching", "MM3", "G2"),
    ("A7", "Keep up to date and take charge of your own professional development in SEN", "MM8",
     "Conditioning only"),
    ("KNOWLEDGE", None),
    ("K1", "Know the SEN law and the Code of Practice, what they mean for the school and how to put them into "
           "practice", "MM2", "G1"),
    ("K2", "Know the Every Child Matters outcomes and what the SENCO does to help children reach them", "MM2",
     "G1"),
    ("K3", "Know the disability equality law and what it requires the school to do", "MM2", "Conditioning only"),
    ("K4", "Know how children develop and what affects their development", "MM4", "G2"),
    ("K5", "Know the common kinds of SEN and disability and how they affect learning", "MM4", "G2"),
    ("K6", "Judge approaches, strategies and resources, ICT included, and use them to remove barriers", "MM4",
     "G2"),
    ("K7", "Know how school self-evaluation and improvement work for children with SEN", "-", "G1"),
    ("K8", "Know good practice and what research says about meeting SEN", "MM3", "G2"),
    ("K9", "Know what the outside agencies do and how to get their help", "MM5", "G2"),
    ("SKILLS", None),
    ("S1", "Work with the head and governors on an inclusive ethos, policy, priorities and resources", "MM7", "G3"),
    ("S2", "Find the children, set stretching targets, plan interventions and review progress", "MM4", "G2"),
    ("S2a", "Use other professionals' assessments to shape teaching", "MM5", "G2"),
    ("S2b", "Use tests and end-of-year results to track progress and change programmes", "MM6", None),
    ("S2c", "Help other teachers use formative assessment with children with SEN in mind", "MM7",
     "Conditioning only"),
    ("S2d", "Arrange in good time what children need for tests and examinations", "Not landed", "Not landed"),
    ("S3", "Map provision and find what is missing or not working", "MM6", "G3"),
    ("S4", "Deploy and manage staff well", "MM7", "G3"),
    ("S5", "Develop colleagues: observe and give feedback, model, coach and train", "MM7", "G3"),
    ("S6", "Review with other staff how well provision is working, for the school's plans", "MM6", "G3"),
    ("S7", "Involve children in planning and reviewing their own provision", "Not landed", "Not landed"),
    ("S8", "Keep in good touch with parents and carers", "MM5", "Conditioning only"),
    ("S9", "Work with other services and voluntary groups round the child", "MM5", "G2"),
]
t = doc.add_table(rows=1 + len(SHEET), cols=4)
t.style = "Table Grid"
for j, h in enumerate(["TDA ref", "The line (what the Buyer will be able to do)", "Landed at", "Graded at"]):
    cell_text(t.cell(0, j), h, bold=True, fill="BFBFBF", size=9)
for i, row in enumerate(SHEET, start=1):
    if row[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, row[0], bold=True, fill="E7E6E6", size=9)
        continue
    code, words, landed, graded = row
    cell_text(t.cell(i, 0), code, bold=True, size=9)
    cell_text(t.cell(i, 1), words, size=9)
    cell_text(t.cell(i, 2), landed, size=9)
    if graded is None:  # tracked change in the cell
        gp = t.cell(i, 3).paragraphs[0]
        dele(gp, "Conditioning only", TM, D2)
        ins(gp, "G3", TM, D2)
    else:
        cell_text(t.cell(i, 3), graded, size=9)
set_col_widths(t, [1.4, 11.0, 2.6, 3.0])

para("Signed for the School of Floristry: Doreen Ashworth, Head of School. For the University of Mardle Heath: "
     "Dr Hilary Venn, Programme Leader.")

fn.save_part()
doc.save(OUT)
print(OUT.name, "words:", word_count(doc))
