"""nn-02-chessingford-keepers-report: an angling trust's river keepers' school sends its Head Keeper's season report.

Provider (invented): the Chessingford Angling Trust's Keepers' School at Sedge Weir (river keeping, fly-fishing
coaching, fishery management), with the University of Kelmington validating and Lyneshire County Council paying part
of the fee, for 2008-09 after a 2007-08 pilot ("the first season").

Document kind and layout: the Head Keeper's report to the Trust's Fishery Committee (Paper FC/08/07, Item 7),
sent to the TDA "as it stands" under a short covering slip from the Trust Secretary, with the Secretary's and the
Chairman's tracked changes and a committee member's comments still in it. No heading styles: section titles are
bold capitals typed as Normal paragraphs with hand-typed numbers ("4.  RODS"), and paragraphs carry hand-typed
numbers 2.1 ... 11.2 that collide with requirement ids (e.g. "4.3", "5.3", "6.2" are about other things). Lists are
typed with en dashes. A distribution table with merged cells, a "Keeper's terms" glossary table in section 1 that is
the only key to the Catch Return far below ("Kept (W1), Kept (W2), Kept (W3)" = weighed and marked in that Weigh-in;
"Returned" = caught on a Beat, talked over, not weighed; "Blank" = not fished for; a dash under Beat = caught on no
Beat), a Beats table with a vertically merged cell, and the Catch Return: 29 "fish" (the national outcomes in the
Trust's words) with merged shaded group rows. Vocabulary: Rods (participants), Keepers (tutors), Beat Partners
(mentors), Beats 1-5 (modules), Days on the water (study days), home water (school-based tasks), the Opening-day
check (needs assessment), Weigh-ins W1-W3 (marked pieces), a Day Ticket (assessment-only route), Beat Cards
(evaluations), the Riparians' Meeting (stakeholders), Bailiffing (quality assurance), Water quality (impact). Page
header and footer (PAGE field), a VML text box ("Keeper's Notebook"), three footnotes.

Traps (requirement ids):
- Credits are a placeholder: "at Master's level, [TBC] credits" (E.2 partially_met; E.1 met).
- The aims speak of attainment only ("raise the attainment of pupils with SEN ... measured by National Curriculum
  levels and test results"); the ECM outcomes are content in Beat 1, not the programme's focus (1.1 partially_met).
- Parents: the parents' day was dropped when the Parent Partnership officer left; the only parents in the report
  are at the Trust's Family Fishing Days for junior anglers (wrong context). 1.7 not_met; the Catch Return has
  working with parents "Blank" (6.S8 not_met); fish 1 is about pupils only, "Fair, patient and steady dealings with
  pupils" (6.A1 partially_met: the parents half is missing).
- Opening-day check rates each Rod but "does not change what a Rod fishes": no individual plan or personalised
  outcomes (2.2 partially_met), and provision is the same for all (2.4 partially_met).
- APL and APEL are both described (2.1 met). The Day Ticket is a present route, used once in the pilot (2.3 met).
- "the Trust does not follow Rods beyond the last Weigh-in" - negation; a comment suggests a next-steps talk
  (comment: not evidence). 2.5 not_met.
- Access is physical only ("We have not had a Rod ask for anything else") - 3.1 partially_met.
- The online "Keeper's Log" exists only in a deleted paragraph, and section 10 only hopes for one: no e-learning,
  so 3.3 not_applicable. Flexible starts, order, catch-up, two years and a full-time summer fortnight (3.2 met).
- Entry checks teacher status and the head's signature only, "we have not turned anyone away" (5.2 partially_met).
- The CRB check on Rods is a whole inserted paragraph (tracked insertion: part of the submission) - 5.3 met.
- Beat Partners "have no separate briefing or written guidance" (5.7 partially_met: Keepers' roles are set out).
- Moderation: "No second weighing or moderation took place in the first season", the University's request is only
  to be considered, and the sentence promising a second Keeper's weighing is deleted (5.8 not_met).
- Catch Return: time and delegation has a dash under Beat but "Kept (W3)" - assessed, not taught (6.A3
  partially_met); "Returned" (taught, not marked): 6.A5, 6.K8, 6.S2c partially_met; governors and strategy "Blank",
  with a comment hoping to fish it next season (6.S1 not_met).
- A tracked change in a cell: access arrangements "Returned" deleted, "Kept (W2)" inserted (6.S2d met).
- Award rule: "three Weigh-ins have each been weighed and passed", with outcomes unmarked or Blank; the text box's
  "Every fish on the national list was caught on the Chessingford water this season" is a blanket claim (6.0
  partially_met; 1.9 partially_met).
- Section 10 ("Plans for season 2009-10") is all hopes: an online log, a parents' day, governors, second weighing;
  none of it counts.
- Paragraph numbers such as "4.3", "5.3" and "6.2" collide with requirement ids but are about other things.
"""
from pathlib import Path
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _nn_helpers import (Footnotes, add_page_field, cell_text, changed_cell, comment, deleted_paragraph,  # noqa: E402
                         del_run, inserted_paragraph, para, run, set_col_widths, shade_cell, shade_paragraph,
                         text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
SEC = "Judith Penrose"
CH = "Peter Ruddle"
D1 = "2008-10-09T10:05:00Z"
D2 = "2008-10-13T14:22:00Z"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

run(sec.header.paragraphs[0], "CHESSINGFORD ANGLING TRUST \u2013 FISHERY COMMITTEE \u2013 PAPER FC/08/07", size=8,
    bold=True)
f = sec.footer.paragraphs[0]
run(f, "Confidential to the Committee until approved. ", size=8)
add_page_field(f, "Page ")

fn = Footnotes()


def title(text):
    p = para(doc, text, bold=True, size=11)
    p.paragraph_format.space_before = Pt(12)
    return p


def np(num, text, lead=None):
    """A hand-numbered paragraph."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    run(p, num + "\t")
    if lead:
        run(p, lead, bold=True)
    run(p, text)
    return p


def dash(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    run(p, "\u2013 " + text)
    return p


# ---------------------------------------------------------------- covering slip
p = para(doc, "COVERING NOTE", bold=True)
shade_paragraph(p, "DDE5EE")
para(doc, "To the TDA approval panel, National Award for SEN Coordination, round 2008-09", italic=True)
para(doc, "The Fishery Committee of the Chessingford Angling Trust considered the Head Keeper's report at its meeting "
     "of 14 October 2008 and asked that Item 7 go to the panel as it stands, as the Trust's application to run the "
     "Award. The marked changes are mine and the Chairman's, made before the meeting; the Committee approved the "
     "report with them.")
para(doc, "Judith Penrose, Trust Secretary, 15 October 2008")
para(doc, "")

# ---------------------------------------------------------------- title block
p = para(doc, "CHESSINGFORD ANGLING TRUST", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "FISHERY COMMITTEE", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "HEAD KEEPER'S REPORT: SEASON 2008", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Item 7: The Keepers' School and the National Award for SEN Coordination, 2008-09",
     bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)

t = doc.add_table(rows=4, cols=4)
t.style = "Table Grid"
vals = [("Paper", "FC/08/07", "Meeting", "14 October 2008"),
        ("From", "Tom Haskard, Head Keeper", "For", "Decision"),
        ("Copies", "Committee members; Keepers; the University of Kelmington programme leader; Lyneshire County "
                   "Council SEN manager", None, None),
        ("Papers", "This report; the Beat Cards summary (tabled)", None, None)]
for r, v in enumerate(vals):
    cells = t.rows[r].cells
    cell_text(cells[0], v[0], bold=True)
    shade_cell(cells[0], "DDE5EE")
    if v[2] is None:
        m = cells[1].merge(cells[3])
        cell_text(m, v[1])
    else:
        cell_text(cells[1], v[1])
        cell_text(cells[2], v[2], bold=True)
        shade_cell(cells[2], "DDE5EE")
        cell_text(cells[3], v[3])
para(doc, "")

# ---------------------------------------------------------------- 1 terms
title("1.  KEEPER'S TERMS")
np("1.1", "The School uses the words of the water for its teachers' courses as for its keepers' courses. The "
   "Committee will know most of them; for the Award they mean this:")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Term", "Meaning in this report")):
    cell_text(c, h, bold=True)
    shade_cell(c, "DDE5EE")
terms = [
    ("Rod", "A teacher taking the Award."),
    ("Keeper", "One of the School's tutors for the Award."),
    ("Beat Partner", "An experienced SENCO in another school who visits a Rod's school (see 5.3)."),
    ("Beat", "One of the five parts of the course, each with its Days on the water."),
    ("Day on the water", "A taught day at the Fishing Hut, Sedge Weir."),
    ("Home water", "The Rod's own school, and the task the Rod does there after each Day."),
    ("Opening-day check", "The self-rating each Rod makes on the first Day (see 4.2)."),
    ("Weigh-in (W1, W2, W3)", "One of the three marked pieces of work (see 8.3)."),
    ("Kept (W1), Kept (W2), Kept (W3)", "In the Catch Return: caught on a Beat and weighed in that Weigh-in, which "
                                        "the Keeper marks."),
    ("Returned", "In the Catch Return: caught on a Beat and talked over on the bank, but not weighed in any "
                 "Weigh-in."),
    ("Blank", "In the Catch Return: not fished for this season. A dash under Beat means the fish is caught on no "
              "Beat."),
    ("Day Ticket", "The route for very experienced teachers (see 4.4)."),
    ("Beat Card", "The card each Rod fills in at the end of every Day."),
    ("Riparians' Meeting", "The yearly meeting with the schools and the county (see 9.1)."),
]
for k, v in terms:
    cells = t.add_row().cells
    cell_text(cells[0], k, bold=True)
    cell_text(cells[1], v)
set_col_widths(t, [4.6, 12.0])

# ---------------------------------------------------------------- 2 season in brief
title("2.  THE SEASON IN BRIEF")
np("2.1", "Fourteen Rods fished the first season of the Award (2007-08); twelve finished in July and were awarded "
   "the Certificate. Eighteen have entered for 2008-09, nine of them from Lyneshire schools.")
np("2.2", "The first season taught us a good deal. The Rods liked the Days at the Hut and the placements best; "
   "they found the home water tasks hard to fit round a full timetable, and two Rods withdrew in the spring for "
   "that reason. Three of the twelve who finished have since been made members of their schools' senior "
   "leadership teams. The changes we made for 2008-09 are at 6.3 and 9.1.")
np("2.3", "The Committee is asked to approve the 2008-09 season set out below and to send this report to the TDA "
   "as the Trust's application.")
p = np("2.4", "The University of Kelmington validated the Award in June 2008 as its Postgraduate Certificate in "
       "Special Educational Needs Coordination, at Master's level, [TBC] credits. The University awards the "
       "Certificate; the School teaches, sets and weighs the Weigh-ins and keeps the records.")
fn.ref(p, "Letter from the University's Dean of Education to the Head Keeper, 20 June 2008. The Faculty Board sets "
       "the credit value in November.")
np("2.5", "The Certificate aims to make Rods confident and competent SENCOs who know the law, run their school's SEN "
   "provision well and so raise the attainment of pupils with SEN in their schools, measured by National "
   "Curriculum levels and test results.")

# ---------------------------------------------------------------- 3 beats
title("3.  THE BEATS")
np("3.1", "There are five Beats and twelve Days on the water, held on Thursdays at the Fishing Hut, Sedge Weir, "
   "from September to June. After each Day the Rod does a home water task in their own school and brings it to "
   "the next Day.")
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Beat", "Days", "Keeper", "What is fished", "Weigh-in")):
    cell_text(c, h, bold=True)
    shade_cell(c, "DDE5EE")
beats = [
    ("1  Top Water", "2", "Anne Colley",
     "SEN law and the Code of Practice; disability equality law and the Disability Equality Duty; Every Child "
     "Matters, the five outcomes and the SENCO's part in them; the school's SEN policy.", "W1"),
    ("2  Mill Stream", "3", "Dr Ruth Okafor, Martin Fry",
     "How children develop and what affects it; the common kinds of SEN and disability and what they do to "
     "learning.", "W1"),
    ("3  Long Meadow", "3", "Anne Colley",
     "Finding pupils with SEN; assessment; targets, interventions and review; provision mapping; deploying staff; "
     "approaches and resources, ICT included; access arrangements; formative assessment.", "W2"),
    ("4  The Carrier", "2", "Gwen Tally",
     "Pupils' views and their part in their own provision; colleagues in school and beyond; outside agencies "
     "and voluntary bodies; coaching colleagues.", "W2, W3"),
    ("5  Hatch Pool", "2", "Anne Colley, Gwen Tally",
     "Bringing the head and staff with you; self-evaluation; reviewing provision with staff; research and best "
     "practice; keeping up to date.", "W3"),
]
for b in beats:
    cells = t.add_row().cells
    for c, v in zip(cells, b):
        cell_text(c, v)
# W3 is weighed at the end of Beats 4 and 5 together: merge the last two Weigh-in cells vertically
m = t.rows[4].cells[4].merge(t.rows[5].cells[4])
for extra in m.paragraphs[1:]:
    extra._p.getparent().remove(extra._p)
cell_text(m, "W2 (Beat 4); W3 at the end of Beats 4 and 5")
set_col_widths(t, [2.8, 1.2, 3.0, 7.4, 2.2])

np("3.2", "Beat 1 covers Part IV of the Education Act 1996, the SEN Code of Practice (2001), the "
   "Disability Discrimination Act 1995 as amended in 2005, with the Disability Equality Duty and the school's "
   "accessibility plan, and the Children Act 2004 and Every Child Matters. Rods leave with a list of what each "
   "law asks of the SENCO, the head, the governors and class teachers, and their home water task is to check "
   "their own school's SEN policy against it.", "Top Water. ")
np("3.3", "Beat 2 begins with how children develop, and how SEN, disability and the child's "
   "surroundings at home and in school can affect development, then takes the common kinds of SEN in turn: "
   "behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; speech, "
   "language and communication needs; autistic spectrum disorders; moderate learning difficulties. Ruth Okafor, "
   "an educational psychologist, and Martin Fry, a specialist teacher for autism, share the three Days.",
   "Mill Stream. ")
np("3.4", "Beat 3 is the longest Beat. Rods learn to find pupils who may have SEN from observation, "
   "data and monitoring; to use the reports of psychologists, therapists and specialist teachers to plan "
   "teaching; to use summative assessment, including national tests, to track progress and change a programme; "
   "to set challenging targets, plan interventions and review them; to map provision and find what is missing "
   "or not working; to deploy teaching assistants; to choose approaches and resources, including ICT, with a "
   "critical eye; to work through case problems in groups so as to see trouble coming and make sound decisions "
   "about provision; to plan access arrangements for national tests and examinations in good time; and to help "
   "colleagues use formative assessment with pupils with SEN.", "Long Meadow. ")
np("3.5", "Beat 4 is about the people round the pupil. The first Day is on pupils' views: how to "
   "consult pupils, including those with little speech, using interviews, questionnaires and symbols, and how to "
   "involve them in planning and reviewing their own provision. The second Day is on colleagues and agencies: "
   "advising and supporting colleagues in school and in other schools, coaching and mentoring, observing and "
   "giving feedback, running training; and what the outside agencies and voluntary bodies do and how to work in "
   "partnership with them.", "The Carrier. ")
np("3.6", "Working with parents was to be fished on the Carrier's second Day. The Parent Partnership officer who was "
   "to tie it left the county in the spring and the time went to agencies instead. Rods are very welcome to bring "
   "their own families to the Trust's Family Fishing Days, where parents and children fish together with a "
   "Keeper.")
np("3.7", "Beat 5 is about leading: bringing the head, senior staff and colleagues with you; the "
   "principles of school self-evaluation and improvement and where pupils with SEN come in; reviewing provision "
   "with other staff; finding and using research and best practice; and keeping up to date.", "Hatch Pool. ")
np("3.8", "Each Beat has a reading list. This season's lists include Ofsted's Inclusion: does it matter where pupils "
   "are taught? (2006) and Special Educational Needs and Disability: towards inclusive schools (2004); the "
   "Bercow Report (DCSF 2008); Brooks, What Works for Pupils with Literacy Difficulties? (DCSF 2007); and the "
   "new Inclusion Development Programme materials on dyslexia and on speech, language and communication needs "
   "(2008), which Anne Colley brought into Long Meadow this season.")

# ---------------------------------------------------------------- 4 rods
title("4.  RODS")
np("4.1", "A Rod must be a qualified teacher employed in a Lyneshire or neighbouring school as its SENCO, or named "
   "to become its SENCO, and the headteacher must sign the entry form. The Head Keeper reads every form; we have "
   "not turned anyone away.", "Entry. ")
np("4.2", "On the first Day every Rod completes the Opening-day check: a rating from 1 to 4 against each fish in "
   "the Catch Return, which the Rod talks over with their Keeper. The Keeper keeps the sheet and looks at it again "
   "at the last Weigh-in. Everyone fishes all five Beats: the Opening-day check does not change what a Rod "
   "fishes, but it tells the Keeper where to spend time on the bank.", "Opening-day check. ")
np("4.3", "Rods who already hold Master's-level credits in SEN from the last five years may have up to 20 credits "
   "accredited under the University's APL procedure. Rods with long SEN experience but no credits may claim up "
   "to 20 credits by a portfolio of experience (APEL), which the University's APEL panel judges against the fish "
   "of Beats 1 and 2.", "Credit for prior learning. ")
p = np("4.4", "In exceptional cases a very experienced teacher, for example a specialist teacher from the county's "
       "Learning Support Service, may take a Day Ticket: no Days on the water, but all three Weigh-ins, weighed "
       "against the whole Catch Return like any other Rod's. The Head Keeper and the University's programme leader "
       "decide together who may, and the fee is \u00a3450. One teacher took a Day Ticket in the first season and "
       "passed.", "Day Ticket. ")
fn.ref(p, "A teacher of the deaf with nineteen years' service.")
np("4.5", "The fee is \u00a31,080 for the season. Lyneshire pays \u00a3400 of it for each Rod from a maintained "
   "Lyneshire school. The Days are held in the Fishing Hut, which costs the School nothing but heating, and a "
   "Keeper teaches no more than ten Rods at once.", "Fees. ")
inserted_paragraph(doc, "Before a place is confirmed the Trust's Safeguarding Officer checks that every Rod holds a "
                   "current enhanced CRB disclosure: the headteacher gives its date and number on the entry form. "
                   "A Rod who has not worked in a school in the past three months must obtain a new enhanced "
                   "disclosure through the Trust before the first Day on the water. The headteacher also confirms "
                   "that the Rod is not barred from work with children and is not the subject of any disciplinary "
                   "process.", SEC, D1, bold_lead="4.6\tChecks. ")
np("4.7", "The Fishing Hut is all on one level, with a ramp from the car park and an accessible toilet, and the "
   "Sedge Weir platform takes a wheelchair. We have not had a Rod ask for anything else.", "Access. ")
np("4.8", "Rods may start in September or in February. Beats 2, 3 and 4 may be fished in any order, so a February "
   "starter joins at whichever Beat is running and fishes the rest with the following September group. A Rod "
   "who misses a Day fishes it with the next group at no charge, and every Rod has up to two years to finish. In "
   "the summer holiday the School also runs the Fortnight on the Water: all twelve Days in two weeks, full time, "
   "for Rods who cannot get release in term.", "Starts and order. ")
deleted_paragraph(doc, "The Keeper's Log, an online site where Rods post their home water notes and the Keepers "
                  "answer them between Days, will open in September.", CH, D2, bold_lead="4.9\tThe Keeper's Log. ")
p = np("4.10", "What a Rod does after the Certificate is for the Rod and the school to settle; the Trust does not "
       "follow Rods beyond the last Weigh-in.", "Afterwards. ")
comment(doc, [p.runs[-1]], "The University suggests a next-steps talk at W3 with a target sheet for the Rod's "
        "performance review. Add for 2009?", "Anne Colley", "AC")

# ---------------------------------------------------------------- 5 keepers
title("5.  KEEPERS AND BEAT PARTNERS")
np("5.1", "The Award's four Keepers are all serving or recent SEN practitioners, and each spends at least a day a "
   "month in schools. Two sit on Lyneshire's SEN moderation group.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Keeper", "Water fished", "Tickets held")):
    cell_text(c, h, bold=True)
    shade_cell(c, "DDE5EE")
for row in [
    ("Anne Colley (lead Keeper)", "SENCO for eleven years in two Lyneshire secondary schools; Lyneshire SEN "
     "adviser 2003-07.", "MA Special Educational Needs (Kelmington); OCR Certificate in SpLD."),
    ("Dr Ruth Okafor", "Senior educational psychologist, Lyneshire; statutory assessment work continues.",
     "Chartered Educational Psychologist; DAppEdPsy."),
    ("Martin Fry", "Specialist teacher for autism, Lyneshire Communication and Autism Team.",
     "BPhil Autism (Birmingham); Advanced Diploma in Special Education."),
    ("Gwen Tally", "Deputy headteacher, Sedge Lane Special School; formerly SENCO at Weirside Primary.",
     "MEd Inclusion; NPQH."),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        cell_text(c, v)
set_col_widths(t, [4.0, 7.4, 5.2])
np("5.2", "Rods also meet a speech and language therapist and a CAMHS nurse, who each take part of a Day. Each Rod "
   "spends two Days on the water as a placement: one at Sedge Lane Special School and one at the Mallard Road "
   "Resource Base for pupils with autism, each with a task set by the Keeper and a written note from the host.",
   "Specialists and placements. ")
np("5.3", "Each Rod has a Beat Partner, an experienced SENCO from another school, who visits the Rod's school twice "
   "and signs the home water record. Beat Partners are chosen because they know the water; they have no separate "
   "briefing or written guidance, and the Keeper telephones each one in the autumn. The Keepers themselves work to "
   "the School's Keeper's Book, which sets out their duties, and meet each month at the Hut.", "Beat Partners. ")
np("5.4", "The Hut has a lecture room with a projector and interactive whiteboard; a lending library of some 300 SEN "
   "books, screening and assessment materials; two laptops with text-to-speech, mind-mapping and symbol software "
   "for Rods to try before using it with pupils; and the University's library and electronic journals.",
   "The Hut. ")

# ---------------------------------------------------------------- 6 bailiffing
title("6.  BAILIFFING")
p = np("6.1", "Each Weigh-in is weighed by the Rod's own Keeper against the University's Master's-level criteria. "
       "No second weighing or moderation took place in the first season. The University has asked that a sample "
       "be second-weighed from 2009-10, and the Committee will consider this at its spring meeting.",
       "Weighing. ")
del_run(p, " From September a second Keeper will weigh one Weigh-in in four.", CH, D2)
np("6.2", "We look at the water in several ways. Every Rod fills in a Beat Card at the end of each Day; the Keepers "
   "read them at their monthly meeting and change the next Day where the cards ask for it. Each Rod's Beat "
   "Partner sends the Keeper a short note after each visit. The University's annual monitoring report and its "
   "external examiner's report on the programme come to this Committee each autumn, and the Riparians' Meeting "
   "(section 9) reads the season's results.", "Watching the water. ")
np("6.3", "After the first season the Beat Cards asked for more time on provision mapping and on "
   "teaching assistants, so Long Meadow went from two Days to three and the provision mapping Day moved before "
   "Christmas; the external examiner asked for a clearer reading list, and each Beat now has one.",
   "What we changed. ")

# ---------------------------------------------------------------- 7 water quality
title("7.  WATER QUALITY")
p = np("7.1", "We judge the season by three measures:")
dash("the Rods: the Opening-day check is repeated at the last Weigh-in and each Rod rates their confidence as a "
     "SENCO from 1 to 10 on the first Day and the last; in the first season the average rose from 4.2 to 7.9;")
p = dash("the pupils: for Weigh-in 2 every Rod takes baseline measures for a group of pupils before their "
         "intervention (reading or spelling ages, attendance, and a well-being scale the pupils complete "
         "themselves) and takes them again a term later; the Keeper reports the group results to this Committee;")
fn.ref(p, "First-season figures are for the twelve Rods who finished. Reading ages in the Rods' groups rose by a "
       "median of eight months over one term.")
dash("the schools: each Rod's headteacher answers a short questionnaire in July on what changed in the school's "
     "provision.")

# ---------------------------------------------------------------- 8 catch return
title("8.  THE CATCH RETURN")
np("8.1", "The Catch Return below lists the fish on the national list for SENCOs, in our words, with the Beat where "
   "each is caught and whether it is Kept, Returned or Blank this season. The terms are in section 1.")
p = doc.add_paragraph()
text_box(p, [("Keeper's Notebook", True),
             ("Every fish on the national list was caught on the Chessingford water this season. Not bad for a "
              "first full year. T.H.", False)], height_pt=70)
rows = [
    ("ATTRIBUTES", None),
    ("1", "Fair, patient and steady dealings with pupils who have SEN or disabilities", "4", "Kept (W3)"),
    ("2", "Bringing the head, senior staff and colleagues with you", "5", "Kept (W3)"),
    ("3", "Ordering your work and time; handing tasks to others and seeing them done", "\u2013", "Kept (W3)"),
    ("4", "Seeing trouble coming and making sound decisions about provision", "3", "Kept (W2)"),
    ("5", "Clear speaking and writing; listening to others", "All", "Returned"),
    ("6", "Using research and outside advice to improve your own and others' practice", "5", "Kept (W3)"),
    ("7", "Keeping up to date; owning your own CPD in SEN and disability", "5", "Kept (W3)"),
    ("KNOWLEDGE", None),
    ("8", "SEN law and guidance, the Code of Practice, what they mean in school and how to carry them out", "1",
     "Kept (W1)"),
    ("9", "Every Child Matters: principles, the five outcomes, the SENCO's part", "1", "Kept (W1)"),
    ("10", "Disability equality law and what it requires for disabled pupils", "1", "Kept (W1)"),
    ("11", "How children develop, and how SEN, disability and surroundings affect it", "2", "Kept (W1)"),
    ("12", "The common kinds of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effects on learning", "2",
     "Kept (W1)"),
    ("13", "Approaches, strategies and resources for assessment, planning and teaching, ICT included, critically "
           "understood", "3", "Kept (W2)"),
    ("14", "School self-evaluation and improvement as they bear on outcomes for pupils with SEN", "5", "Kept (W3)"),
    ("15", "Best practice and research on meeting SEN", "5", "Returned"),
    ("16", "The outside agencies, what they do, how to get their help", "4", "Kept (W2)"),
    ("SKILLS", None),
    ("17", "With senior staff and governors, shaping an inclusive ethos, policy and the use of resources", "\u2013",
     "Blank"),
    ("18", "Finding pupils with SEN, setting targets, planning interventions, reviewing progress", "3", "Kept (W2)"),
    ("19", "Using other professionals' assessments to plan teaching", "3", "Kept (W2)"),
    ("20", "Using summative assessment and national tests to track progress and change programmes", "3",
     "Kept (W2)"),
    ("21", "Encouraging colleagues' formative assessment, with approaches for pupils with SEN", "3", "Returned"),
    ("22", "Access arrangements for national tests and examinations, in good time", "3", "CHANGE"),
    ("23", "Provision mapping; finding provision that is missing or not working", "3", "Kept (W2)"),
    ("24", "Deploying and managing teaching assistants and other staff", "3", "Kept (W2)"),
    ("25", "Developing colleagues: observing and feeding back, modelling, coaching, training", "4", "Kept (W3)"),
    ("26", "Reviewing provision with other staff for the school's self-evaluation", "5", "Kept (W3)"),
    ("27", "Pupils taking part in planning, agreeing and reviewing their own provision", "4", "Kept (W2)"),
    ("28", "Working with parents and carers", "\u2013", "Blank"),
    ("29", "Partnership with other services and voluntary organisations", "4", "Kept (W2)"),
]
t = doc.add_table(rows=2, cols=4)
t.style = "Table Grid"
m = t.rows[0].cells[0].merge(t.rows[0].cells[3])
cell_text(m, "CATCH RETURN \u2013 SEASON 2008-09 \u2013 KEEPERS' SCHOOL, SEDGE WEIR", bold=True)
shade_cell(m, "B8CCE4")
for c, h in zip(t.rows[1].cells, ("No.", "Fish (in our words)", "Beat", "Kept / Returned / Blank")):
    cell_text(c, h, bold=True)
    shade_cell(c, "DDE5EE")
s1_cell = None
for item in rows:
    cells = t.add_row().cells
    if item[1] is None:
        g = cells[0].merge(cells[3])
        cell_text(g, item[0], bold=True)
        shade_cell(g, "EDF1F7")
        continue
    no, fish, beat, ret = item
    cell_text(cells[0], no)
    cell_text(cells[1], fish)
    cell_text(cells[2], beat)
    if ret == "CHANGE":
        changed_cell(cells[3], "Returned", "Kept (W2)", SEC, D1)
    else:
        cell_text(cells[3], ret)
    if no == "17":
        s1_cell = cells[3]
set_col_widths(t, [1.1, 10.6, 1.5, 3.4])
comment(doc, s1_cell.paragraphs[0].runs, "Governors - could we fish this next season? Gwen could take it on Hatch "
        "Pool.", "Peter Ruddle", "PR")

np("8.2", "A Rod whose three Weigh-ins have each been weighed and passed by the Keeper is awarded the Certificate by "
   "the University's examination board in July.", "The Certificate. ")
np("8.3", "The Weigh-ins are:", "The Weigh-ins. ")
dash("W1, in January: a 4,000-word paper on the law, disability equality and Every Child Matters as they apply in "
     "the Rod's school, with a study of how development and SEN affect two pupils the Rod knows, weighed on Beats "
     "1 and 2;")
dash("W2, in April: a 5,000-word account of an intervention the Rod led for a group of pupils, showing how the "
     "pupils were found, how other professionals' reports and summative data including national tests were used, "
     "the targets and how the pupils helped set and review them, the provision map and the staff deployed, the "
     "approaches and resources chosen, the agencies and voluntary bodies worked with, the access arrangements "
     "made, the decisions taken along the way, and the baseline and later measures;")
dash("W3, in June: a portfolio and a thirty-minute conversation at the Hut with two Keepers, in which the Rod shows "
     "how they brought the head and colleagues with them, coached or trained colleagues, reviewed provision with "
     "staff for the school's self-evaluation, drew on research and outside advice, managed their own time and "
     "delegated, keeps up to date, and built steady relationships with the pupils in their group.")

# ---------------------------------------------------------------- 9 riparians
title("9.  RIPARIANS")
np("9.1", "The Riparians' Meeting is held each May at the Hut. The headteachers of Rods' schools, Lyneshire's SEN "
   "manager and two former Rods attend. At the May 2008 meeting, and in the county's survey of SENCOs that winter "
   "(52 replies), the needs named most often were provision mapping, deploying teaching assistants and the new "
   "disability duties. We lengthened Long Meadow and added the Disability Equality Duty to Top Water as a result.",
   "The Riparians' Meeting. ")
np("9.2", "For 2008-09 the Riparians' Meeting will read the Beat Cards summary and the Water Quality results and "
   "advise this Committee on the next season; Lyneshire's SEN manager sits on the Committee's Schools "
   "sub-committee; the headteachers' questionnaire (7.1) comes to the Meeting; and former Rods serve as Beat "
   "Partners.", "This season. ")

# ---------------------------------------------------------------- 10 plans
title("10.  PLANS FOR SEASON 2009-10")
np("10.1", "If the Committee agrees, and if money allows, the Head Keeper would like to:")
dash("open an online Keeper's Log for Rods;")
dash("fish working with parents again, if a new Parent Partnership officer can be found to tie it;")
dash("give governors a place on Hatch Pool;")
dash("second-weigh a sample of Weigh-ins, as the University asks.")

# ---------------------------------------------------------------- 11 recommendation
title("11.  RECOMMENDATION")
np("11.1", "That the Committee approves the 2008-09 season of the Award as set out in this report.")
np("11.2", "That the Secretary sends this report to the TDA as the Trust's application.")
para(doc, "")
para(doc, "Tom Haskard, Head Keeper, 6 October 2008", italic=True)

fn.attach(doc)
doc.save(OUT)
print("wrote", OUT)
