"""mt-01-ampersand-press-type-specimen: build script.

PROVIDER (invented). The Ampersand Press, the working case room and press room of the Marrick Street
Printing Museum (a jobbing printing office of 1881 kept as a working museum), through its training arm the
Ampersand Workshop School, in partnership with the University of Stainmoor School of Education (which
validates and confers the award) and the SEN Support Service of Marrick Metropolitan Borough Council.
January 2009, for the 2009-10 National Award for SEN Coordination.

DOCUMENT KIND AND LAYOUT. The course sent as a printer's TYPE SPECIMEN BOOK: "A Specimen of the Founts,
Rules & Ornaments in the Case Room", the old jobbing-house custom of showing customers every fount in the
case before they order. No heading styles: titles are centred bold small capitals in Normal paragraphs.
A title page; an ERRATA slip "tipped in" as a floating text box (wps with a VML fallback); a preface "To
the Reader"; a table of "Terms of the Case Room" (the house vocabulary: Compositors = participants,
Overseers = tutors, Mother of the Chapel = programme leader, Clickers = school mentors, Companionships =
learning sets, Case Days = taught days, Pulls = unmarked exercises, Proofs = marked assignments, Readers
= markers, the Forme = the school project, the Stone = the closing presentation, "banging out" = the
award), which also KEYS the Bill of Fount's last column far above the Bill ("a Proof's name", "Cast, not
proved", "Pulled only", "Wanting"); three specimen pages, one per Fount (module), each a display line in
a large size with "showing lines" set in falling sizes (24, 16, 12, 10 pt) that carry the module
content, then a "Particulars of the Fount" table; the BILL OF FOUNT (the outcome map: 28 numbered
"sorts" in the provider's own words, group rows merged and shaded, "Cast on" and "Proved in" columns, a
tracked change inside one cell, a footnote on one row); sixteen numbered "Conditions of Supply" with bold
run-in titles (the arrangements); "A Note on the Reading of Proofs"; "Of the Chapel" (evaluation and
stakeholders); "Our Overseers" (a staff table); a colophon. Header (running head) and footer (with a
claim about CRB checks and a PAGE field). Word comments. One footnote. Tracked changes: a deleted
paragraph, an inserted sentence, a deletion and insertion in a Bill cell.

TRAPS (requirement ids):
- ERRATA slip (text box) withdraws the assessment-only route that Condition 7 sets out: "for 'may, in
  exceptional cases, come straight to the Stone' read 'may not come straight to the Stone in the year
  2009-10'" -> 2.3 not_met (the body text alone reads as an offered route).
- ERRATA slip changes the Bill's sort 14 (school self-evaluation) from "Proof 3" to "Pulled only (Pull
  9)", i.e. formative only -> 6.K7 partially_met. Another erratum (a Case Day venue) is harmless.
- The Bill's key is in the Terms table far above it; the Bill's values must be read through it.
- "Cast, not proved" (taught, never marked): sort 3 time/priorities/delegation -> 6.A3 partially_met;
  sort 26 pupils' involvement in their provision -> 6.S7 partially_met.
- "Wanting": sort 11 child development -> 6.K4 not_met.
- Access arrangements for national tests are not in the Bill at all (the Bill has "twenty-eight sorts");
  they appear only in a Word comment ("should it go in the Bill?") -> 6.S2d not_met.
- Tracked change in the Bill: sort 23 (deploying staff) "Pulled only (Pull 7)" deleted and "Proof 3"
  inserted -> 6.S4 met (the insertion is part of the submission).
- Footnote on sort 20 (summative tracking) confirms the Case Proof tracks test data -> 6.S2b met.
- CRB: the footer says "All Compositors are CRB checked" (a footer is never evidence); Condition 11
  checks the Museum's own demonstrators and volunteers (wrong people) and says of Compositors "we take
  it that their schools have checked them"; a Word comment asks whether to see certificates -> 5.3 not_met.
- Placements: the sentence giving every Compositor two days in a special school is a DELETED paragraph;
  what remains is "may ask the Overseers, who will try to arrange it" -> 5.5 partially_met (specialist
  expertise is real: visiting specialists, Brookfield Special School hosting Case Day 7).
- Award rule is pass marks on three Proofs and the Stone, not shown attainment of every outcome -> 6.0
  partially_met; with three unproved sorts, one wanting and one absent -> 1.9 partially_met.
- Pupils' views only "time allowing, a short look" -> 1.5 partially_met.
- Case Audit used only to group Companionships, no individual plan or personalised outcomes -> 2.2
  partially_met.
- The Type Case (Blackboard) is "a store, not a meeting place"; peers meet between Case Days, tutors by
  telephone, but ICT is not used for communication -> 3.3 partially_met.
- Stakeholders in evaluation only meant for later ("we mean to ask their headteachers"); delivery
  involvement is real -> 4.3 partially_met. Consultation (4.1) and its effects (4.2) are concrete: met.
- Clickers (mentors) only sent a card, "not asked to come to the Museum" -> 5.7 partially_met.
- Impact on pupils only hoped for ("We hope the Forme will shew a difference for pupils"), while
  confidence and competence are measured (Case Audit repeated at the Stone) -> 5.9 partially_met.
- Next professional targets only "a word about what comes next" at the Wayzgoose -> 2.5 partially_met.
- Research: only a general claim that Overseers "keep abreast of new thinking" -> 1.3 partially_met
  (participants' own use of research is taught and assessed: 6.A6, 6.K8 met).
- The Master Printer who teaches hand-setting "has no part in the Reading of Proofs": flavour, not a gap.
- Value statements in the preface ("a case room is a good place to learn patience") are not arrangements.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mt_helpers import *  # noqa
from docx.enum.section import WD_ORIENT  # noqa
from docx.enum.table import WD_TABLE_ALIGNMENT

OUT = Path(__file__).with_name("mt-01-ampersand-press-type-specimen.docx")
BODY = "Garamond"
D1 = "2009-01-14T09:20:00Z"
D2 = "2009-01-19T16:05:00Z"
RA = "Ruth Ansty"
TG = "Tobias Greer"

doc = Document()
base_font(doc, BODY, 11)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.4)
sec.top_margin = sec.bottom_margin = Cm(2.2)

# running head and footer
hp = sec.header.paragraphs[0]
run(hp, "A SPECIMEN OF THE AMPERSAND PRESS", smallcaps=True, size=9, font=BODY)
run(hp, "\u2003\u00b7\u2003MARRICK STREET\u2003\u00b7\u2003MMIX", size=9, font=BODY)
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
run(fp, "Set by hand and printed on the Columbian press at Marrick Street. All Compositors are CRB checked "
        "before their first Case Day.\u2003Page ", italic=True, size=8, font=BODY)
page_field(fp, size=8, font=BODY)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def title(text, size=13, before=14, after=6):
    return para(doc, text, align="center", bold=True, smallcaps=True, size=size, font=BODY,
                space_before=before, space_after=after, keep_next=True)


def body(text, after=6, align="justify", **kw):
    return para(doc, text, align=align, space_after=after, font=BODY, **kw)


def rule():
    return para(doc, "\u2022 \u2022 \u2022", align="center", size=9, space_before=4, space_after=4)


# ------------------------------------------------------------------ title page
para(doc, "A SPECIMEN", align="center", bold=True, size=40, font="Caslon Old Face", space_before=30,
     space_after=4)
para(doc, "of the Founts, Rules & Ornaments in the Case Room of", align="center", italic=True, size=14,
     space_after=4)
para(doc, "THE AMPERSAND PRESS", align="center", bold=True, size=26, font="Caslon Old Face", space_after=2)
para(doc, "at the Marrick Street Printing Museum", align="center", italic=True, size=12, space_after=16)
para(doc, "\u2767 shewing \u2767", align="center", size=11, space_after=10)
para(doc, "THE NATIONAL AWARD FOR SEN COORDINATION", align="center", bold=True, size=17, space_after=6)
para(doc, "as it will be cast for the year 2009\u201310, together with the Terms of the Case Room, the Bill of "
          "Fount, the Conditions of Supply and a Note on the Reading of Proofs", align="center", italic=True,
     size=11, space_after=16)
para(doc, "Offered by the Ampersand Workshop School in partnership with the University of Stainmoor, School of "
          "Education, and the SEN Support Service of Marrick Metropolitan Borough Council", align="center",
     size=11, space_after=6)
para(doc, "Laid before the Training and Development Agency for Schools, January 2009", align="center",
     smallcaps=True, size=11, space_after=24)
para(doc, "MARRICK \u00b7 PRINTED AT THE AMPERSAND PRESS \u00b7 MMIX", align="center", size=9,
     space_after=18)

# errata slip, tipped in
ep = para(doc, "", align="center", space_after=6)
text_box(ep, [
    ("ERRATA", {"bold": True, "size": 12, "align": "center"}),
    ("Condition 7, line 1: for \u201cmay, in exceptional cases, come straight to the Stone\u201d read \u201cmay not "
     "come straight to the Stone in the year 2009\u201310. The Condition will be reset when the University has "
     "agreed how such a Compositor is to be examined and what it should cost.\u201d", {"size": 9.5}),
    ("Bill of Fount, sort 14: for \u201cProof 3\u201d read \u201cPulled only (Pull 9)\u201d.", {"size": 9.5}),
    ("Particulars of Fount III: for \u201cCase Day 11 at Brookfield School\u201d read \u201cCase Day 11 at the "
     "Museum\u201d.", {"size": 9.5}),
    ("The Overseers regret these faults, which were found after the sheets had been worked off.",
     {"size": 9, "italic": True}),
], width_cm=12.5, height_cm=5.6, fill="FFFBEA", font=BODY)

page_break(doc)

# ------------------------------------------------------------------ to the reader
title("TO THE READER", size=15)
body("Printers have always shewn their wares in a specimen, so that a customer could see, before ordering, "
     "what founts were in the case and on what terms the work would be done. We have followed the custom. What "
     "follows is the Award as we shall cast it, shewn fount by fount, with the Bill that says where each of "
     "the national outcomes is cast and where it is proved, and the Conditions on which places are supplied.")
body("The Ampersand Press is the working case room and press room of the Marrick Street Printing Museum, a "
     "jobbing printing office of 1881. Its training arm, the Ampersand Workshop School, has taught hand "
     "composition to apprentices and volunteers since 1997 and has run courses for teachers since 2004, "
     "among them, from 2006, \u2018Reading the Type\u2019, a six-day unaccredited course on dyslexia and literacy taught "
     "with the Borough\u2019s SEN Support Service, which 112 teachers have now completed. The teachers who came "
     "to \u2018Reading the Type\u2019 asked us, more than once, for a course for SENCOs. This is it.")
body("Our partner in the Award is the University of Stainmoor, whose School of Education validated the Award "
     "in November 2008 as its Postgraduate Certificate in Special Educational Needs Coordination (National "
     "Award for SEN Coordination) and will confer it. The Award is taught at the Museum, in the Compositors\u2019 "
     "own schools, and on two Case Days at the University\u2019s Marrick campus.")
body("The aim of the Award is plain. Every Compositor should leave us able to raise the achievement and "
     "improve the well-being of the children and young people with special educational needs and "
     "disabilities in their school: achievement in all five Every Child Matters outcomes, being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being, and not in test results alone. The three Founts are built round that aim, and so are the "
     "Proofs. Every Proof is marked in part on what the Compositor\u2019s work has changed for pupils, and a "
     "Proof that says nothing about pupils cannot pass.")
body("Why print? Because a case room is a good place to learn patience and the care of small things. Each "
     "Case Day opens with twenty minutes at the case; nobody is marked on their setting.")
para(doc, "Ruth Ansty, Mother of the Chapel, the Ampersand Workshop School", align="right", italic=True,
     space_after=10)

# ------------------------------------------------------------------ terms of the case room
title("TERMS OF THE CASE ROOM", size=15)
body("The Award has its own words, borrowed from the trade. They are used in the same sense throughout.",
     after=4, align=None)
TERMS = [
    ("Compositor", "A teacher taking the Award. Every Compositor is a qualified teacher who is, or is about to "
                   "become, the SENCO of a school."),
    ("Overseer", "One of the Award\u2019s tutors (see Our Overseers). Each Companionship has its own Overseer "
                 "for the year."),
    ("Mother of the Chapel", "The Programme Leader, who chairs the Chapel Meeting and answers for the Award to "
                             "the University."),
    ("Companionship", "A group of four or five Compositors who work together for the year with one Overseer."),
    ("Clicker", "A senior colleague in the Compositor\u2019s own school, chosen by the headteacher, who supports "
                "the Compositor\u2019s work in school (see Condition 10)."),
    ("Case Day", "A taught day. There are twelve. They are held on Thursdays at the Museum and given again on "
                 "the Saturday after; Case Days 6 and 10 are at the University."),
    ("Case Audit", "The starting self-assessment against the sorts of the Bill (see Condition 5)."),
    ("Pull", "A short exercise done between Case Days. The Overseer writes comments on every Pull. Pulls are "
             "never marked and count for nothing towards the Award."),
    ("Proof", "One of the three marked assignments. A Proof is read by a Reader and marked against the "
              "University\u2019s Master\u2019s level criteria."),
    ("Reader, Second Reader", "The Overseer who marks a Proof; the Overseer who reads it again (see the Note on "
                              "the Reading of Proofs)."),
    ("The Forme", "The school-based development project of Fount III, planned with the Clicker and carried "
                  "out in the Compositor\u2019s school over two terms."),
    ("The Stone", "The closing presentation of the Forme, given to two Readers and the Clicker at the "
                  "imposing stone in the Case Room."),
    ("Sort", "One of the national minimum outcomes as the Bill of Fount words it. The Bill lists "
             "twenty-eight sorts."),
    ("Proved in", "The last column of the Bill. Where it names a Proof, the sort is taught on the Case Days "
                  "named and is read and marked in that Proof. \u201cCast, not proved\u201d means the sort is "
                  "taught on the Case Days named but no Proof reads it. \u201cPulled only\u201d means it is "
                  "practised in the Pull named, with the Overseer\u2019s comments, and is not marked. "
                  "\u201cWanting\u201d means it is not in this year\u2019s fount."),
    ("Banging out", "The award of the Certificate (see Condition 15)."),
    ("Wayzgoose", "The last gathering of the year (see Condition 16)."),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for term, meaning in TERMS:
    c = t.add_row().cells
    cell_text(c[0], term, bold=True, size=10, font=BODY)
    cell_text(c[1], meaning, size=10, font=BODY)
    shade_cell(c[0], "F2EDE0")
set_col_widths(t, [4.0, 12.2])

page_break(doc)

# ------------------------------------------------------------------ specimen pages
comments_to_add = []


def specimen(face, font, sub, lines, particulars):
    title("THE FOUNTS", size=10, before=0, after=2)
    para(doc, face, align="center", bold=True, size=30, font=font, space_after=0, keep_next=True)
    para(doc, sub, align="center", italic=True, size=12, font=font, space_after=10, keep_next=True)
    out = []
    for size, text in lines:
        out.append(para(doc, text, align="justify" if size < 20 else "center", size=size, font=font,
                        space_after=8, italic=(size >= 20)))
    para(doc, "Particulars of the Fount", align="center", smallcaps=True, bold=True, size=10, space_before=4,
         space_after=2, keep_next=True)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in particulars:
        c = tb.add_row().cells
        cell_text(c[0], k, bold=True, size=9.5, font=BODY)
        cell_text(c[1], v, size=9.5, font=BODY)
    set_col_widths(tb, [3.2, 13.0])
    rule()
    return out


specimen(
    "CASLON OLD FACE", "Caslon Old Face",
    "Fount I \u00b7 The Law, the Code and the Child \u00b7 twenty credits \u00b7 Case Days 1 to 4",
    [
        (24, "The Code is a frame, not a fence."),
        (16, "Fount I sets the Compositor\u2019s case in order: the law on special educational needs and "
             "disability, the Code of Practice, Every Child Matters, and the needs that children bring."),
        (12, "Case Day 1, Setting the Case, begins with the Case Audit and then takes the SENCO\u2019s place in "
             "law: the Special Educational Needs and Disability Act 2001, the Special Educational Needs Code of "
             "Practice (2001), School Action and School Action Plus, "
             "statutory assessment, statements and annual reviews, and what each asks of the school, the "
             "SENCO, the headteacher and the governors, and how it is put into practice. Case Day 2, the Five "
             "Outcomes, takes Every Child Matters and the Children Act 2004 and asks what a SENCO can do "
             "towards each outcome. In the afternoon it turns to the Disability Discrimination Act 1995 as "
             "amended in 2005, the disability equality duty, the school\u2019s disability equality scheme and "
             "accessibility plan, and the adjustments the law requires for disabled pupils."),
        (10, "Case Day 3, the Government\u2019s Strategy, reads Removing Barriers to Achievement (2004) and "
             "the Inclusion Development Programme. Case Day 4, Knowing the "
             "Needs, is given with visiting specialists from the Borough: an educational psychologist, a speech "
             "and language therapist, the autism outreach teacher and a specialist teacher for specific "
             "learning difficulties. It covers behavioural, emotional and social difficulties, specific "
             "learning difficulties including dyslexia, speech, language and communication needs, autistic "
             "spectrum disorders and moderate learning difficulties, and how each can bear on a child\u2019s "
             "learning."),
    ],
    [
        ("Case Days", "1 Setting the Case \u00b7 2 The Five Outcomes \u00b7 3 The Government\u2019s Strategy \u00b7 "
                      "4 Knowing the Needs"),
        ("Pulls", "Pull 1, the school\u2019s SEN register read against the Code \u00b7 Pull 2, an accessibility walk "
                  "round the school \u00b7 Pull 3, a one-page profile of one kind of need"),
        ("Proof", "Proof 1, the Policy Proof (4,000 words): a critical review of the school\u2019s SEN policy and "
                  "practice against the Code of Practice, the disability equality duty and the five outcomes, "
                  "drawing on published research and outside advice, with recommendations the Compositor has "
                  "discussed with the headteacher."),
        ("Overseers", "Ruth Ansty; Dr Tobias Greer"),
        ("Credits", "Twenty, at Master\u2019s level"),
    ])

page_break(doc)
f2 = specimen(
    "BASKERVILLE", "Baskerville Old Face",
    "Fount II \u00b7 Finding, Planning and Tracking \u00b7 twenty credits \u00b7 Case Days 5 to 8",
    [
        (24, "Every child is set to a measure of their own."),
        (16, "Fount II is the Compositor\u2019s daily work: finding the pupils who may have special educational "
             "needs, setting their targets, planning what will help, and looking again to see whether it has."),
        (12, "Case Day 5, Finding, covers identification through classroom observation, data, assessment and "
             "other monitoring; setting challenging targets; planning interventions that remove or lessen "
             "barriers to learning; and reviewing progress with the pupil\u2019s teachers. It also takes the "
             "reports of other professionals (educational psychologists, therapists, specialist teachers, "
             "paediatricians) and how a SENCO turns them into teaching approaches a class teacher can use, and "
             "how to weigh a problem and reach a sound decision on provision when the advice conflicts. Case "
             "Day 6, at the University, is on Tracking: using summative assessment, National Curriculum levels, "
             "P scales, the end of Key Stage tests and RAISEonline to follow pupils\u2019 progress and to change "
             "a programme that is not working; and how a SENCO encourages colleagues to use formative "
             "assessment for every pupil, with approaches suited to pupils with SEN and disabilities."),
        (10, "Case Day 7, Mapping, is held at Brookfield Special School and is on provision mapping and "
             "management: costing provision, mapping it across a year group, and using the map to find "
             "provision that is not working or is missing. Case Day 8, the Reading Room, is on approaches, "
             "strategies and resources for assessment, planning, teaching and learning, including ICT and "
             "assistive technology, judged against the research on what works. Compositors bring a question "
             "from their own school and learn to search and weigh the research for an answer, and to take it "
             "back to colleagues."),
    ],
    [
        ("Case Days", "5 Finding \u00b7 6 Tracking \u00b7 7 Mapping \u00b7 8 The Reading Room"),
        ("Pulls", "Pull 4, a target-setting conversation with a class teacher, written up on one page \u00b7 Pull 5, "
                  "a year group\u2019s data read for pupils who stall \u00b7 Pull 6, a first provision map"),
        ("Proof", "Proof 2, the Case Proof (5,000 words): the Compositor follows one pupil with SEN over a term "
                  "(identification, the assessments of other professionals, targets, the intervention, the "
                  "tracking and the review) and sets the pupil beside a provision map of the year group, shewing "
                  "what is working, what is not and what is missing."),
        ("Overseers", "Helen Maybury; Dr Tobias Greer"),
        ("Credits", "Twenty, at Master\u2019s level"),
    ])
comments_to_add.append((f2[2], "Helen \u2014 we also do access arrangements for SATs and GCSE on this day (the "
                                "afternoon slot). Should it go in the Bill? RA", RA, "RA"))

page_break(doc)
f3 = specimen(
    "GILL SANS", "Gill Sans MT",
    "Fount III \u00b7 Leading the Companionship \u00b7 twenty credits \u00b7 Case Days 9 to 12",
    [
        (24, "A good compositor makes the whole forme fit."),
        (16, "Fount III is about leading others: senior leaders and governors, teachers and teaching "
             "assistants, parents and carers, and the services beyond the school."),
        (12, "Case Day 9, the Chapel, is on the leadership of SEN: working with the headteacher, senior leaders "
             "and governors on an inclusive ethos, the school\u2019s policies and priorities and the use of its "
             "resources, and winning colleagues\u2019 commitment to better outcomes for pupils with SEN. Case Day "
             "10, at the University, is on Working with Others: relationships with pupils and with their "
             "parents and carers that are fair, respectful and constructive; liaising with parents and carers, "
             "with the Borough\u2019s Parent Partnership Service; and working with health, social care and "
             "voluntary services, the scope and role of each agency, and how to get specialist support. Case "
             "Day 11 is on the SENCO\u2019s working week: deploying and managing teaching assistants; supporting "
             "colleagues\u2019 professional development by observation and feedback, modelling, coaching, "
             "mentoring and training; and setting priorities, managing time and delegating. Case Day 12, the "
             "Stone, is on reviewing with colleagues how well provision works, to inform the school\u2019s "
             "self-evaluation and improvement plan, and, time allowing, a short look at how pupils\u2019 views "
             "can be gathered."),
        (10, "The Forme. Over the two terms of Fount III each Compositor plans with the Clicker and the "
             "headteacher, and carries out, a development in the school\u2019s provision for pupils with SEN: for "
             "instance a new way of deploying teaching assistants, a coaching programme for class teachers, or "
             "a new way of reviewing provision with parents. The Forme must change practice in the school, and "
             "the Compositor must say, with evidence, what changed for pupils and for staff."),
    ],
    [
        ("Case Days", "9 The Chapel \u00b7 10 Working with Others \u00b7 11 The Working Week (Case Day 11 at "
                      "Brookfield School) \u00b7 12 The Stone"),
        ("Pulls", "Pull 7, a map of the school\u2019s teaching-assistant timetable \u00b7 Pull 8, an observation of a "
                  "colleague with feedback, written up \u00b7 Pull 9, the school\u2019s self-evaluation form read for "
                  "what it says about SEN"),
        ("Proof", "Proof 3, the Forme (5,000 words), with the Stone: a twenty-minute presentation and fifteen "
                  "minutes of questions. Both must be passed."),
        ("Overseers", "Ruth Ansty; Helen Maybury"),
        ("Credits", "Twenty, at Master\u2019s level"),
    ])

page_break(doc)

# ------------------------------------------------------------------ bill of fount
title("THE BILL OF FOUNT", size=15, before=0)
body("A founder\u2019s bill says how many of each sort a fount holds. Ours says, for each of the national "
     "minimum outcomes, on which Case Days it is cast and in which Proof it is proved. The last column is "
     "read as the Terms of the Case Room say.", after=6)

GROUPS = [
    ("THE COMPOSITOR\u2019S BEARING (professional attributes)", [
        ("1", "Builds fair, respectful, supportive and constructive relationships with pupils who have SEN or "
              "disabilities and with their parents and carers", "10, 12", "Proof 3 and the Stone"),
        ("2", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for "
              "these pupils", "9", "Proof 3 and the Stone"),
        ("3", "Orders the week: sets priorities, manages time, delegates, and checks that what is delegated is "
              "done", "11", "Cast, not proved"),
        ("4", "Sees trouble coming and settles it; makes well-founded decisions and sound judgements about "
              "provision", "5, 7", "Proof 2"),
        ("5", "Speaks and writes clearly; listens to others and understands their views", "all",
         "Proofs 1, 2 and 3, and the Stone"),
        ("6", "Uses research and outside advice to improve own and colleagues\u2019 practice", "3, 8", "Proof 1"),
        ("7", "Keeps up to date and takes charge of own professional development in SEN and disability",
         "1, 12", "Proof 3 (the Compositor\u2019s Commonplace Book is read with it)"),
    ]),
    ("THE COMPOSITOR\u2019S CASE (knowledge and understanding)", [
        ("8", "Knows the law and guidance on SEN, the Code of Practice among them, what they mean for the "
              "school, the SENCO and others, and how to carry them out", "1", "Proof 1"),
        ("9", "Knows the principles and five outcomes of Every Child Matters and what the SENCO can do towards "
              "them", "2", "Proof 1"),
        ("10", "Knows the disability equality laws and what they require a school to do for disabled pupils",
         "2", "Proof 1"),
        ("11", "Knows how children develop and what can affect development, SEN, disability and surroundings "
               "among them", "\u2014", "Wanting"),
        ("12", "Knows the commoner kinds of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and how "
               "each bears on learning", "4", "Proof 2"),
        ("13", "Weighs approaches, strategies and resources, ICT among them, for assessing, planning, teaching "
               "and learning, and uses them to remove barriers", "8", "Proof 2"),
        ("14", "Knows the principles of school self-evaluation and improvement as they bear on outcomes for "
               "pupils with SEN", "12", "Proof 3"),
        ("15", "Knows best practice and research findings in meeting SEN", "8", "Proofs 1 and 2"),
        ("16", "Knows what the outside agencies do and how to get specialist help and resources", "4, 10",
         "Proof 3"),
    ]),
    ("THE COMPOSITOR\u2019S HAND (professional skills)", [
        ("17", "With senior colleagues and governors, shapes the school\u2019s inclusive ethos, policies, "
               "priorities and use of resources", "9", "Proof 3 and the Stone"),
        ("18", "Finds pupils who may have SEN, sets them challenging targets, plans interventions and reviews "
               "their progress", "5", "Proof 2"),
        ("19", "Turns other professionals\u2019 assessments into teaching approaches", "5", "Proof 2"),
        ("20", "Tracks progress with summative assessment and national tests, and changes programmes "
               "accordingly", "6", "Proof 2"),
        ("21", "Encourages colleagues to use formative assessment, with approaches suited to pupils with SEN",
         "6", "Proof 3"),
        ("22", "Maps and manages provision, and finds what is ineffective or missing", "7", "Proof 2"),
        ("23", "Deploys and manages staff, teaching assistants above all", "11", None),
        ("24", "Supports colleagues\u2019 development by observation and feedback, modelling, coaching, mentoring "
               "and training", "11", "Proof 3 and the Stone"),
        ("25", "Reviews with colleagues how well provision works, to feed the school\u2019s self-evaluation and "
               "improvement plan", "12", "Proof 3"),
        ("26", "Involves pupils in planning, agreeing, reviewing and evaluating their own provision", "12",
         "Cast, not proved"),
        ("27", "Works with parents and carers to further their children\u2019s learning and development", "10",
         "Proof 3"),
        ("28", "Works with other services and agencies, voluntary bodies among them, towards joined-up support",
         "10", "Proof 3"),
    ]),
]
fn = Footnotes(doc)
bill = doc.add_table(rows=1, cols=4)
bill.style = "Table Grid"
hdr = bill.rows[0].cells
for c, h in zip(hdr, ["No.", "The sort: what the Compositor can do", "Cast on (Case Days)", "Proved in"]):
    cell_text(c, h, bold=True, size=9.5, font=BODY)
    shade_cell(c, "3B3026")
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor.from_string("FFFFFF")
repeat_header(bill.rows[0])
for gname, rows in GROUPS:
    gr = bill.add_row().cells
    m = gr[0].merge(gr[3])
    cell_text(m, gname, bold=True, size=9.5, font=BODY)
    shade_cell(m, "E8DFC8")
    for no, what, cast, proved in rows:
        c = bill.add_row().cells
        cell_text(c[0], no, size=9.5, font=BODY, align="center")
        cell_text(c[1], what, size=9.5, font=BODY)
        cell_text(c[2], cast, size=9.5, font=BODY, align="center")
        if proved is None:
            p = c[3].paragraphs[0]
            del_run(p, "Pulled only (Pull 7)", TG, D2, size=9.5, font=BODY)
            ins_run(p, "Proof 3", TG, D2, size=9.5, font=BODY)
        else:
            cell_text(c[3], proved, size=9.5, font=BODY)
        if no == "20":
            fn.add(c[1].paragraphs[0], "The Case Proof must follow the pupil\u2019s National Curriculum levels or "
                                       "P scales and any statutory and optional test results over at least two "
                                       "terms, and say what was changed in the pupil\u2019s programme as a result.",
                   font=BODY)
set_col_widths(bill, [1.2, 9.0, 2.4, 3.6])
body("", after=4)

page_break(doc)

# ------------------------------------------------------------------ conditions of supply
title("CONDITIONS OF SUPPLY", size=15, before=0)
body("Places on the Award are supplied on the following Conditions, which are part of the Specimen.", after=6)


def condition(no, head, text, after=6):
    return rich(doc, [(f"{no}. {head}. ", {"bold": True}), text], align="justify", space_after=after,
                font=BODY, size=11)


condition(1, "Who may order", "Places are supplied to qualified teachers who are the SENCO of a maintained "
          "school or academy, or who have been named by their headteacher to become its SENCO within the year. "
          "Each order comes with the headteacher\u2019s nomination letter, which names the Clicker and promises "
          "the Compositor release for the twelve Case Days.")
condition(2, "The entry conversation", "Before a place is confirmed, the Mother of the Chapel or an Overseer "
          "holds a forty-minute entry conversation with each candidate and reads the candidate\u2019s Case Audit with them. The conversation looks for enough "
          "knowledge of SEN, and enough experience of teaching pupils with SEN, to make it likely that the "
          "candidate can meet every sort by the end of the year. A candidate who is not yet ready is told in "
          "writing what to do first, most often the Borough\u2019s SENCO induction days or our own \u2018Reading "
          "the Type\u2019, and the Mother of the Chapel speaks to the headteacher about it. The candidate may "
          "apply again for the next impression.")
condition(3, "Credits and the Certificate", "The Award is a Postgraduate Certificate of the University of "
          "Stainmoor, validated at Master\u2019s level and worth sixty credits: three Founts of twenty credits "
          "each. The University\u2019s regulations for taught postgraduate awards govern it, and the University "
          "confers the Certificate.")
condition(4, "Impressions and times", "There are two impressions a year, one starting in September and one in "
          "February. Every Case Day is given on a Thursday and again on the Saturday after, and a Compositor may "
          "come to either. Founts I and II may be taken in either order; Fount III comes last. A Compositor "
          "may finish in twelve months or spread the three Founts over two years, joining a later Companionship "
          "for the last Fount. The Award is part time only.")
condition(5, "The Case Audit", "Each candidate fills in the Case Audit before the entry conversation, rating "
          "themselves against each sort of the Bill from \u2018new to me\u2019 to \u2018I could teach it\u2019, "
          "with a line of evidence for each rating and the Clicker\u2019s signature. The Case Audit is returned "
          "to the Overseers before the first Case Day and is used to sort Compositors into Companionships of "
          "four or five with a mix of experience. Compositors keep their own copy.")
condition(6, "Credit for earlier work", "A Compositor who has passed certificated study in SEN at Master\u2019s "
          "level in the last five years may ask for it to be credited against Fount I (twenty credits). A "
          "Compositor with long experience but no such certificate may instead present a portfolio of their "
          "own work mapped against the sorts of Fount I, with a 2,000-word commentary. Either claim is read by "
          "two Readers and decided by the University\u2019s Accreditation of Prior Learning Board; the fee is "
          "\u00a3120. Credit is never given against Fount III, because the Forme must be done in the Compositor\u2019s "
          "present school.")
condition(7, "Coming straight to the Stone", "A teacher with long experience of leading SEN provision, for "
          "instance from the Borough\u2019s SEN Support Service or a special school, may, in exceptional cases, "
          "come straight to the Stone: that is, present all three Proofs and the Stone without taking the Case "
          "Days, after an entry conversation with the Mother of the Chapel. The Proofs are read to the same "
          "standard as everyone else\u2019s.")
condition(8, "Access and adjustments", "The booking form asks every candidate, in plain words, whether they "
          "have a disability or a health condition we should plan for, and says why we ask. Whatever is "
          "disclosed is talked over at the entry conversation and written into an adjustment note agreed with "
          "the University\u2019s Disability Service, which the Readers see. We have given Case Days on the ground "
          "floor of the Case Room, which has level access from Marrick Street, and moved the Reading Room out "
          "of the upstairs Bindery, which has no lift. Handouts come in large print or by e-mail on request; "
          "the Museum has a hearing loop and a quiet room; Proofs may be given extra time or submitted in "
          "another form; and the Stone may be given seated, recorded, or in two parts. Our leaflet is "
          "published in large print and on tape.")
condition(9, "The Type Case", "The Type Case is the Award\u2019s area on the University\u2019s Blackboard site. It "
          "holds the readings for each Case Day, the Pull sheets and the Proof briefs, and Proofs are handed in "
          "through it. The Type Case is a store, not a meeting place: it has no forum and the Overseers do not "
          "watch it. Between Case Days each Companionship meets once in one member\u2019s school, and a "
          "Compositor with a question telephones their Overseer, who keeps Tuesday afternoons free for calls.")
condition(10, "Clickers", "Every Compositor has a Clicker, a senior colleague chosen by the headteacher, who "
          "meets the Compositor twice a term and signs the Case Audit and the plan of the Forme. We send each "
          "Clicker the Clicker\u2019s Card, which lists what a Clicker does. Clickers are not asked to come to "
          "the Museum. The Overseers themselves attend the University\u2019s briefing for associate tutors before "
          "their first year.")
c11 = condition(11, "Safety in the Museum", "The Museum\u2019s demonstrators and volunteers hold enhanced CRB "
                "disclosures, renewed every three years, because school parties visit the Case Room every "
                "weekday. Compositors come to us as serving teachers, and we take it that their schools have "
                "checked them.")
comments_to_add.append((c11.runs[-1], "Should we say we see the CRB certificate at the entry conversation? We "
                                      "don\u2019t at present. TG", TG, "TG"))
condition(12, "Visiting specialists and placements", "Case Day 4 is given with the Borough\u2019s educational "
          "psychologist, a speech and language therapist, the autism outreach teacher and a specialist teacher "
          "for specific learning difficulties; Case Day 10 with the Parent Partnership Service and a social "
          "worker from the Children\u2019s Disability Team; Case Day 7 is held at Brookfield Special School, "
          "whose deputy head teaches it.", after=2)
deleted_paragraph(doc, [("Each Compositor spends two days in the spring term in Brookfield Special School or "
                         "with the Borough\u2019s SEN Support Service, arranged by the Overseers and written up "
                         "as a Pull.", {"font": BODY, "size": 11})], RA, D1)
body("A Compositor who wishes to spend time in a special school or with a specialist service may ask the "
     "Overseers, who will try to arrange it.")
condition(13, "Stock and equipment", "Compositors have full use of the University library and its electronic "
          "journals, and of the SEN Support Service\u2019s lending library of assessment materials. The Museum\u2019s Learning Room has twelve laptops with "
          "text-to-speech, word prediction and symbol software, and an assistive technology box (reading pens, "
          "a talking tin, switch-access kit, Clicker 5 and Dragon NaturallySpeaking) that Compositors may borrow "
          "for three weeks at a time to try in school.")
condition(14, "Fees", "The fee is \u00a31,275 for the whole Award, covering the Case Days and lunches, the "
          "Readers\u2019 fees and University registration. Marrick Borough pays half the fee for its own schools. "
          "Taught close to home and repeated on Saturdays, the Award costs a school fewer supply days and less "
          "travel than a university course forty miles away.")
condition(15, "Banging out", "A Compositor is banged out, that is, awarded the Certificate, when all three "
          "Proofs and the Stone have been passed at forty per cent or better and the University\u2019s "
          "Examination Board has confirmed the marks.")
condition(16, "The Wayzgoose", "The year ends with the Wayzgoose in July, at which the Certificates are "
          "presented, each Compositor pulls a keepsake on the Columbian press, and each Compositor says a word "
          "about what comes next.")

# ------------------------------------------------------------------ reading of proofs
title("A NOTE ON THE READING OF PROOFS", size=14)
body("Every Proof is read by the Companionship\u2019s own Overseer as first Reader, against the University\u2019s "
     "Master\u2019s level criteria and the Proof\u2019s brief, which names the sorts the Proof must prove. The "
     "brief for Proof 3 requires the Compositor to shew their work with the headteacher and governors, with "
     "teaching assistants and class teachers, with parents and carers and with outside services, and how they "
     "reviewed with colleagues what the Forme achieved; the Readers mark each of these.")
rp = body("A Second Reader from another Companionship reads every Proof that fails, every Proof near a "
          "borderline and one in four of the rest, and the two Readers agree the mark. Before each round of "
          "marking the Overseers meet for a morning and each marks the same two Proofs from an earlier year, so "
          "that all read to the same standard. The University appoints an External Examiner, at present Dr "
          "Miriam Holroyd of the University of Kelsey, who sees a sample of every Proof and every Stone "
          "recording. ")
ins_run(rp, "The External Examiner attends the Examination Board and sees every Proof marked below fifty per "
            "cent.", RA, D2, font=BODY, size=11)

# ------------------------------------------------------------------ of the chapel
title("OF THE CHAPEL: HOW WE KEEP THE PRESS IN GOOD ORDER", size=14)
body("In the spring of 2008 we asked the headteachers and SENCOs of all sixty-eight of the Borough\u2019s schools "
     "what a SENCO course should do. Forty-one schools replied, and two evening groups of SENCOs (twenty-three "
     "teachers in all) and the Borough\u2019s SEN Support Service met us to talk it through. Three things stood "
     "out: they wanted the days near home and not all in term time; they wanted provision mapping taught "
     "early, not late; and they wanted more on managing teaching assistants.")
body("So every Case Day is given twice, on a Thursday and again on the Saturday; provision mapping moved from "
     "Fount III to Case Day 7 in Fount II; and Case Day 11 is now given over to the SENCO\u2019s working week, "
     "teaching assistants first. Parents from the Borough\u2019s Parent Partnership forum read the draft of Fount "
     "III and asked that Case Day 10 begin with parents\u2019 own accounts of working with schools. It does.")
body("The Chapel Meeting is the Award\u2019s programme committee. It meets once a term and is made up of the "
     "Overseers, the University\u2019s link tutor, the Museum\u2019s Learning Manager and two Compositors elected "
     "by the Companionships. It reads the evaluation slips Compositors fill in after each Case Day, the "
     "Readers\u2019 report on each round of marking, the notes of the Overseers\u2019 yearly visits to one "
     "another\u2019s Case Days and the External Examiner\u2019s report. Its "
     "decisions are written in the Overseer\u2019s Book with a name and a date against each, and the year\u2019s "
     "changes go into the annual monitoring report that the University\u2019s Faculty Board reviews each "
     "October. The University reviews the Award as a whole every five years.")
body("Specialists and parents from the Borough help to teach the Award, Brookfield School hosts Case Day 7, and "
     "headteachers choose and release the Clickers. When the first Compositors have been banged out we mean to "
     "ask their headteachers, and perhaps some parents, what difference the Award has made.")
body("Each Compositor fills in the Case Audit again before the Stone, and the Readers set the two side by side, "
     "with the Compositor\u2019s own ratings of confidence at the start and at the end; the Chapel Meeting "
     "reports the figures for each Companionship. We hope the Forme will shew a difference for pupils, and "
     "Compositors who have figures for their pupils are welcome to put them in.")

# ------------------------------------------------------------------ our overseers
title("OUR OVERSEERS", size=14)
body("Our Overseers keep abreast of new thinking and bring it to the Case Days. They are:", after=4, align=None)
staff = doc.add_table(rows=1, cols=3)
staff.style = "Table Grid"
for c, h in zip(staff.rows[0].cells, ["Overseer", "Part in the Award", "Qualifications and experience"]):
    cell_text(c, h, bold=True, size=9.5, font=BODY)
    shade_cell(c, "E8DFC8")
STAFF = [
    ("Ruth Ansty", "Mother of the Chapel; Overseer, Founts I and III",
     "MA in Special and Inclusive Education; SENCO of two Marrick primary schools for fourteen years; Head of "
     "Learning at the Museum since 2004."),
    ("Dr Tobias Greer", "University link tutor; Overseer, Founts I and II",
     "Senior Lecturer in Inclusive Education, University of Stainmoor; formerly an educational psychologist "
     "with Marrick Borough for nine years; PhD on provision mapping in primary schools (2006)."),
    ("Helen Maybury", "Overseer, Founts II and III",
     "Specialist teacher (AMBDA) and Team Leader, Marrick SEN Support Service; secondary SENCO for eight "
     "years."),
    ("Jack Soward", "Master Printer",
     "Served his time at the Marrick Courier jobbing room, 1966\u20131972. Teaches the hand-setting that opens "
     "each Case Day and has no part in the Reading of Proofs."),
]
for row in STAFF:
    c = staff.add_row().cells
    for cell, v in zip(c, row):
        cell_text(cell, v, size=9.5, font=BODY)
set_col_widths(staff, [3.2, 4.4, 8.6])

rule()
para(doc, "COLOPHON", align="center", bold=True, smallcaps=True, size=10, space_before=10, space_after=2)
para(doc, "Set by hand in Caslon Old Face, Baskerville and Gill Sans and printed in sixty copies on the "
          "Columbian press of 1859.", align="center",
     italic=True, size=9.5, space_after=4)

# comments last (they need runs)
for target, text, author, ini in comments_to_add:
    runs = target if isinstance(target, list) else [target] if hasattr(target, "_r") else target.runs
    comment(doc, runs, text, author, ini)

doc.save(OUT)
print("wrote", OUT)
